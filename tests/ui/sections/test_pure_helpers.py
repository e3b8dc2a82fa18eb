"""Qt-free helpers: totals, money input, TSV, ids, Gantt geometry."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.budget import compute_totals, explain
from hubdesk.budget import eligible_cents as line_eligible
from hubdesk.document.ids import next_ids as next_id
from hubdesk.document.patch import apply_ops
from ui.sections.activities.gantt_geometry import (
    DragMode,
    GanttGeometry,
    date_position,
    drag_months,
    month_calendar,
)
from ui.sections.budget.money_input import MoneyInputError, format_amount, parse_amount
from ui.sections.common.tsv import format_tsv, parse_tsv
from ui.sections.common.vocab import parse_bool

from .plan_fixtures import fixture_document


# ---------------------------------------------------------------------- money
@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,50", 123450),
        ("1234.50", 123450),
        ("1234,5", 123450),
        ("1.234.567", 123456700),
        ("0", 0),
        (" 12 € ", 1200),
    ],
)
def test_parse_amount_accepts_italian_and_plain(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["1,2,3", "abc", "", "1.23.4", "12,345"])
def test_parse_amount_rejects_ambiguous_with_a_message(text: str) -> None:
    with pytest.raises(MoneyInputError) as info:
        parse_amount(text)
    assert "1,234.50" in str(info.value)  # the English source: an example the reader can copy


def test_amounts_are_written_and_read_as_the_ui_language_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import i18n
    from ui.sections.budget.money_input import format_amount

    monkeypatch.setattr(i18n, "_current", "en")
    assert (i18n.eur(123456789), format_amount(123450), i18n.percent(12.5)) == (
        "€1,234,567.89",
        "1,234.50",
        "12.5%",
    )
    assert parse_amount("1,234.50") == parse_amount("1234.5") == 123450
    with pytest.raises(MoneyInputError):
        parse_amount("1.234")  # one euro and 234 thousandths, or 1234 euros? refused
    monkeypatch.setattr(i18n, "_current", "it")
    assert (i18n.eur(123456789), format_amount(123450), i18n.percent(12.5)) == (
        "1.234.567,89 €",
        "1.234,50",
        "12,5 %",
    )
    assert parse_amount("1.234") == 123400


def test_parse_amount_rejects_negative_and_optionally_zero() -> None:
    with pytest.raises(MoneyInputError, match="negative"):
        parse_amount("-5")
    with pytest.raises(MoneyInputError, match="greater than zero"):
        parse_amount("0", allow_zero=False)


def test_format_amount_round_trips() -> None:
    assert format_amount(150234000) == "1.502.340,00"
    assert parse_amount(format_amount(150234012)) == 150234012


# ---------------------------------------------------------------------- totals
def test_line_eligible_follows_vat_rule() -> None:
    assert line_eligible({"amount_cents": 1000, "vat_cents": 220, "vat_recoverable": False}) == 1220
    assert line_eligible({"amount_cents": 1000, "vat_cents": 220, "vat_recoverable": True}) == 1000
    assert line_eligible({"amount_cents": "x", "vat_cents": None}) == 0


def test_totals_of_fixture() -> None:
    t = compute_totals(fixture_document()["budget"])
    assert t.by_fund["FESR"] == 150010000
    assert t.requested_grant == t.by_fund["FESR"] + t.by_fund["FSE"]
    assert t.total_eligible == t.requested_grant + t.by_fund["COFIN_APPLICANT"]
    assert sum(t.by_category.values()) == sum(t.by_activity.values()) == t.total_eligible
    assert 20 < (t.fse_share_percent or 0) < 45


def test_explain_lists_the_lines_of_a_total() -> None:
    budget = fixture_document()["budget"]
    ex = explain(budget, "fund", "FESR")
    assert [n for n, _ in ex.terms] == ["VOC-1", "VOC-2", "VOC-3", "VOC-4", "VOC-5", "VOC-12"]
    assert ex.total == compute_totals(budget).by_fund["FESR"]
    grant = explain(budget, "grant", "")
    assert [n for n, _ in grant.terms] == ["FESR", "FSE"]
    assert grant.total == compute_totals(budget).requested_grant


_line = st.fixed_dictionaries(
    {
        "id": st.from_regex(r"VOC-[0-9]{1,3}", fullmatch=True),
        "activity": st.sampled_from(["ATT-1", "ATT-2"]),
        "fund": st.sampled_from(["FESR", "FSE", "COFIN_APPLICANT", "COFIN_PRIVATE"]),
        "category": st.sampled_from(["works", "personnel", "management"]),
        "description": st.text(max_size=5),
        "beneficiary": st.sampled_from(["applicant", "PAR-1"]),
        "amount_cents": st.integers(0, 10**10),
        "vat_cents": st.integers(0, 10**9),
        "vat_recoverable": st.booleans(),
    }
)


@st.composite
def _op(draw: st.DrawFn, n: int) -> dict:
    kinds = ["add"] + (["replace", "remove", "move", "flip"] if n else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "add":
        return {"op": "add", "path": f"/budget/{draw(st.integers(0, n))}", "value": draw(_line)}
    i = draw(st.integers(0, n - 1))
    if kind == "remove":
        return {"op": "remove", "path": f"/budget/{i}"}
    if kind == "move":
        return {"op": "move", "from": f"/budget/{i}", "path": f"/budget/{draw(st.integers(0, n - 1))}"}
    if kind == "flip":
        return {"op": "replace", "path": f"/budget/{i}/vat_recoverable", "value": draw(st.booleans())}
    field = draw(st.sampled_from(["amount_cents", "vat_cents", "fund", "category"]))
    value = draw(_line)[field]
    return {"op": "replace", "path": f"/budget/{i}/{field}", "value": value}


def _check(doc: dict) -> None:
    t = compute_totals(doc["budget"])
    lines = doc["budget"]
    assert t.total_eligible == sum(line_eligible(x) for x in lines)
    for fund in {x["fund"] for x in lines}:
        assert t.by_fund[fund] == sum(line_eligible(x) for x in lines if x["fund"] == fund)
    assert t.requested_grant == sum(line_eligible(x) for x in lines if x["fund"] in ("FESR", "FSE"))
    assert sum(t.by_category.values()) == sum(t.by_beneficiary.values()) == t.total_eligible


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_totals_equal_sum_of_lines_through_edits_undo_redo(data: st.DataObject) -> None:
    doc = fixture_document()
    undo: list[list[dict]] = []
    for _ in range(data.draw(st.integers(1, 12))):
        ops = [data.draw(_op(len(doc["budget"])))]
        doc, inverse = apply_ops(doc, ops)
        undo.append(inverse)
        _check(doc)
    redo = []
    while undo:
        doc, inverse = apply_ops(doc, undo.pop())
        redo.append(inverse)
        _check(doc)
    assert compute_totals(doc["budget"]) == compute_totals(fixture_document()["budget"])
    while redo:
        doc, _ = apply_ops(doc, redo.pop())
        _check(doc)


# ---------------------------------------------------------------------- tsv, ids
def test_tsv_round_trip_with_quotes() -> None:
    rows = [["a", "b\tc", 'say "hi"'], ["1.234,50", "", "x\ny"]]
    assert parse_tsv(format_tsv(rows)) == rows
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]


def test_next_id_and_bool() -> None:
    assert next_id([{"id": "VOC-3"}, {"id": "VOC-12"}, {"id": "X"}], "VOC", 2) == ["VOC-13", "VOC-14"]
    assert parse_bool("sì") and parse_bool("1") and not parse_bool("no")
    with pytest.raises(ValueError):
        parse_bool("maybe")


# ---------------------------------------------------------------------- gantt geometry
def test_bar_geometry_from_months() -> None:
    g = GanttGeometry(left=100, px_per_month=20)
    assert g.month_to_x(1) == 100
    assert g.bar_span(3, 5) == (140, 60)
    assert g.x_to_month(100) == 1 and g.x_to_month(139.9) == 2 and g.x_to_month(140) == 3
    assert g.hit(3, 5, 141) is DragMode.START
    assert g.hit(3, 5, 198) is DragMode.END
    assert g.hit(3, 5, 170) is DragMode.MOVE
    assert g.hit(3, 5, 230) is None


def test_months_from_a_drag_with_clamping() -> None:
    g = GanttGeometry(left=0, px_per_month=20)
    assert g.delta_months(41) == 2 and g.delta_months(-29) == -1
    assert drag_months(DragMode.MOVE, 3, 5, 2, 30) == (5, 7)
    assert drag_months(DragMode.MOVE, 3, 5, -10, 30) == (1, 3)
    assert drag_months(DragMode.MOVE, 25, 28, 10, 30) == (27, 30)
    assert drag_months(DragMode.START, 3, 5, 4, 30) == (5, 5)
    assert drag_months(DragMode.START, 3, 5, -9, 30) == (1, 5)
    assert drag_months(DragMode.END, 3, 5, -9, 30) == (3, 3)
    assert drag_months(DragMode.END, 3, 5, 99, 30) == (3, 30)


def test_calendar_and_deadline_position() -> None:
    start = date(2021, 3, 1)
    assert month_calendar(start, 1) == (2021, 3)
    assert month_calendar(start, 10) == (2021, 12)
    assert month_calendar(start, 11) == (2022, 1)
    assert date_position(start, date(2023, 12, 31)) == 35.0  # end of month 34
    assert GanttGeometry(0, 10).zoomed(100).px_per_month == 120
