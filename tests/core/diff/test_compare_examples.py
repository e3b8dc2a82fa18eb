"""A hand-made pair of rounds with known differences: exactly those changes and money deltas."""

from __future__ import annotations

import copy
from typing import Any

from hubdesk.budget import eligible_cents
from hubdesk.demo.document import demo_document
from hubdesk.diff import diff_documents


def _pair() -> tuple[dict[str, Any], dict[str, Any]]:
    a = demo_document()
    b = copy.deepcopy(a)
    b["proposal"]["title"] = "Nuovo titolo"
    b["properties"][0]["cadastre"]["sheet"] = "99"
    b["proposal"]["target_groups"] = [*a["proposal"]["target_groups"], "anziani"]
    b["budget"][1]["amount_cents"] += 100_000  # VOC-2, FESR, vat not recoverable
    removed = b["budget"].pop(2)  # VOC-3
    b["budget"].append(
        {
            "id": "VOC-99",
            "activity": "ATT-2",
            "fund": "FSE",
            "category": "training",
            "description": "Corso",
            "beneficiary": "PAR-1",
            "amount_cents": 500_000,
            "vat_cents": 0,
            "vat_recoverable": True,
        }
    )
    b["partners"].reverse()  # a reorder: not a change
    b["activities"].insert(0, b["activities"].pop())
    return a, b | {"_removed": removed}


def test_known_pair_gives_exactly_its_changes() -> None:
    a, b = _pair()
    removed = b.pop("_removed")
    result = diff_documents(a, b)
    got = [(c.op, c.section, c.item, c.field, c.path) for c in result.changes]
    assert sorted(got) == sorted(
        [
            ("changed", "proposal", None, "/title", "/proposal/title"),
            ("changed", "proposal", None, "/target_groups", "/proposal/target_groups"),
            ("changed", "properties", "IMM-1", "/cadastre/sheet", "/properties/0/cadastre/sheet"),
            ("changed", "budget", "VOC-2", "/amount_cents", "/budget/1/amount_cents"),
            ("removed", "budget", "VOC-3", "", "/budget/2"),
            ("added", "budget", "VOC-99", "", f"/budget/{len(b['budget']) - 1}"),
        ]
    )
    by_key = {(c.op, c.item, c.field): c for c in result.changes}
    assert by_key["removed", "VOC-3", ""].before == removed
    assert (
        by_key["changed", "VOC-2", "/amount_cents"].after - by_key["changed", "VOC-2", "/amount_cents"].before
        == 100_000
    )

    money = result.money
    fesr_delta = 100_000 - eligible_cents(removed)  # VAT of VOC-2 unchanged
    assert money["by_fund"]["FESR"]["delta"] == fesr_delta
    assert money["by_fund"]["FSE"]["delta"] == 500_000
    assert money["by_fund"]["COFIN_APPLICANT"]["delta"] == 0
    assert money["by_fund"]["COFIN_PRIVATE"] == {
        "a": money["by_fund"]["COFIN_PRIVATE"]["a"],
        "b": money["by_fund"]["COFIN_PRIVATE"]["a"],
        "delta": 0,
    }
    assert money["requested_cents"]["delta"] == fesr_delta + 500_000
    assert money["requested_cents"]["b"] - money["requested_cents"]["a"] == fesr_delta + 500_000
    assert money["by_activity"]["ATT-1"]["delta"] == fesr_delta
    assert money["by_activity"]["ATT-2"]["delta"] == 500_000
    assert money["by_beneficiary"]["PAR-1"]["delta"] == 500_000
    assert money["by_beneficiary"]["applicant"]["delta"] == fesr_delta


def test_types_matter_but_int_and_float_do_not() -> None:
    a = demo_document()
    b = copy.deepcopy(a)
    b["properties"][0]["floor_area_sqm"] = float(a["properties"][0]["floor_area_sqm"])
    assert diff_documents(a, b).changes == []
    b["applicant"]["joint_bat"] = 0
    (change,) = diff_documents(a, b).changes
    assert (change.field, change.before, change.after) == ("/joint_bat", False, 0)


def test_duplicate_ids_pair_in_order_and_missing_ids_are_whole_items() -> None:
    a = demo_document()
    b = copy.deepcopy(a)
    b["indicators"].append(copy.deepcopy(b["indicators"][0]))
    result = diff_documents(a, b)
    assert [(c.op, c.item, c.path) for c in result.changes] == [("added", "IND-1", "/indicators/5")]
