"""Absurd numbers are refused at the door, with the pointer; every storable number round-trips exactly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.cli import main
from hubdesk.document import DocumentError, dumps, load_bytes
from hubdesk.document.numbers import MAX_SAFE_INTEGER
from hubdesk.services import InputError, Workspace
from tests.core.conftest import HANDWRITTEN

BASE = (HANDWRITTEN / "dossier.json").read_text(encoding="utf-8")
NUMERIC_PLACES = [
    ("/budget/0/amount_cents", ("budget", 0, "amount_cents")),
    ("/budget/1/vat_cents", ("budget", 1, "vat_cents")),
    ("/attachments/0/size", ("attachments", 0, "size")),
    ("/indicators/0/target", ("indicators", 0, "target")),
    ("/properties/0/floor_area_sqm", ("properties", 0, "floor_area_sqm")),
    ("/applicant/population", ("applicant", "population")),
]
MARK = 7_123_456_789_012  # a unique, storable placeholder to substitute in the JSON text

too_big_int = st.one_of(
    st.integers(min_value=MAX_SAFE_INTEGER + 1),
    st.integers(max_value=-MAX_SAFE_INTEGER - 1),
    st.sampled_from([2**63, 2**64, -(2**63) - 1]),
).map(str) | st.integers(min_value=41, max_value=6000).map(lambda n: "9" * n)
absurd_float = st.one_of(
    st.sampled_from(["1e400", "-1e400", "1E309", "2.5e99999", "1" + "0" * 400 + ".5"]),
    st.integers(min_value=309, max_value=10**6).map(lambda e: f"9.9e{e}"),
)


def _with_literal(place: tuple[Any, ...], literal: str) -> bytes:
    doc = json.loads(BASE)
    node = doc
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = MARK
    return json.dumps(doc).replace(str(MARK), literal, 1).encode("utf-8")


@settings(max_examples=60)
@given(place=st.sampled_from(NUMERIC_PLACES), literal=st.one_of(too_big_int, absurd_float))
def test_unstorable_numbers_are_refused_with_their_pointer(place: Any, literal: str) -> None:
    pointer, path = place
    with pytest.raises(DocumentError) as info:
        load_bytes(_with_literal(path, literal))
    assert info.value.pointer == pointer
    assert pointer in info.value.message("en")


@pytest.fixture(scope="module")
def shared_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with Workspace.open(tmp_path_factory.mktemp("n") / "ws.sqlite3") as ws:
        yield ws


@settings(max_examples=40)
@given(
    amount=st.integers(min_value=1, max_value=10**11),
    area=st.floats(min_value=0, max_value=10_000_000),
)
def test_storable_numbers_round_trip_exactly(shared_ws: Workspace, amount: int, area: float) -> None:
    data = _with_literal(("budget", 0, "amount_cents"), str(amount))
    doc = load_bytes(data)
    doc["properties"][0]["floor_area_sqm"] = area
    doc = load_bytes(dumps(doc).encode("utf-8"))
    new_id = shared_ws.import_document(doc)
    shared_ws._cache.clear()
    stored = shared_ws.get(new_id).document
    shared_ws.list_dossiers()  # the cached totals are stored too
    assert stored["budget"][0]["amount_cents"] == amount
    assert stored["properties"][0]["floor_area_sqm"] == area


@pytest.mark.parametrize(
    "value",
    [2**63, -(2**63) - 1, 10**4999, float("inf"), float("-inf"), float("nan")],
    ids=["2^63", "-2^63-1", "10^4999", "inf", "-inf", "nan"],
)
def test_edits_with_unstorable_numbers_are_input_errors(ws: Workspace, demo_id: str, value: Any) -> None:
    v = ws.get(demo_id).version
    with pytest.raises(InputError) as info:
        ws.update(demo_id, v, [{"op": "replace", "path": "/budget/0/amount_cents", "value": value}])
    assert "/budget/0/amount_cents" in info.value.message("en")
    assert ws.get(demo_id).version == v


def test_an_added_item_with_a_huge_size_is_refused(ws: Workspace, demo_id: str) -> None:
    state = ws.get(demo_id)
    record = {**state.document["attachments"][0], "id": "ALL-77", "size": 2**63}
    with pytest.raises(InputError, match="attachments"):
        ws.update(demo_id, state.version, [{"op": "add", "path": "/attachments/-", "value": record}])


@pytest.mark.parametrize("literal", ["1e400", "9" * 5000, str(2**63)])
def test_cli_import_refuses_with_exit_2_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], literal: str
) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(_with_literal(("budget", 0, "amount_cents"), literal))
    ws_path = tmp_path / "ws.sqlite3"
    code = main(["--workspace", str(ws_path), "dossier", "import", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2 and "/budget/0/amount_cents" in err and "Traceback" not in err
    code = main(["--workspace", str(ws_path), "validate", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2 and "/budget/0/amount_cents" in err
    assert main(["--workspace", str(ws_path), "dossier", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dossiers"] == []
