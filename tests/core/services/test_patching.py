"""``Workspace.patch``: RFC 6902 in one transaction, on both engines; nothing written on failure."""

from __future__ import annotations

import pytest

from hubdesk.services import Workspace
from hubdesk.services.errors import ConflictError, InputError


def test_patch_applies_all_operations_and_records_one_history_entry(ws: Workspace, demo_id: str) -> None:
    before = ws.get(demo_id)
    pop = before.document["applicant"]["population"]
    state = ws.patch(
        demo_id,
        [
            {"op": "test", "path": "/applicant/population", "value": pop},
            {"op": "replace", "path": "/applicant/population", "value": pop + 1},
            {"op": "copy", "from": "/budget/0", "path": "/budget/-"},
            {"op": "remove", "path": "/budget/0"},
            {"op": "move", "from": "/partners/0", "path": "/partners/1"},
        ],
    )
    assert state.version == before.version + 1
    ws._cache.clear()  # read back from the rows
    doc = ws.get(demo_id).document
    assert doc["applicant"]["population"] == pop + 1
    assert doc["budget"] == [*before.document["budget"][1:], before.document["budget"][0]]
    assert doc["partners"][:2] == before.document["partners"][1::-1]
    [entry] = ws.history(demo_id)
    undone = ws.undo_entry(demo_id, state.version, entry.seq)
    assert undone.state.document == before.document


@pytest.mark.parametrize(
    "patch",
    [
        [{"op": "test", "path": "/applicant/population", "value": -1}],
        [{"op": "replace", "path": "/applicant/population", "value": "molti"}],
        [{"op": "add", "path": "/applicant/colore", "value": "blu"}],
        [{"op": "remove", "path": "/applicant"}],
        [{"op": "replace", "path": "/id", "value": "00000000-0000-0000-0000-000000000000"}],
        [{"op": "replace", "path": "/nope", "value": 1}],
        "not a patch",
    ],
)
def test_rejected_patches_write_nothing(ws: Workspace, demo_id: str, patch: object) -> None:
    before = ws.get(demo_id)
    with pytest.raises(InputError):
        ws.patch(
            demo_id,
            [{"op": "replace", "path": "/proposal/title", "value": "X"}, *patch]
            if isinstance(patch, list)
            else patch,
        )
    ws._cache.clear()
    after = ws.get(demo_id)
    assert after.version == before.version and after.document == before.document
    assert ws.history(demo_id) == []


def test_expected_version_conflict(ws: Workspace, demo_id: str) -> None:
    v = ws.get(demo_id).version
    ws.patch(demo_id, [{"op": "replace", "path": "/proposal/title", "value": "Uno"}], v)
    with pytest.raises(ConflictError) as exc:
        ws.patch(demo_id, [{"op": "replace", "path": "/proposal/title", "value": "Due"}], v)
    assert (exc.value.expected, exc.value.actual) == (v, v + 1)
    assert ws.get(demo_id).document["proposal"]["title"] == "Uno"


def test_an_empty_patch_changes_nothing(ws: Workspace, demo_id: str) -> None:
    v = ws.get(demo_id).version
    assert ws.patch(demo_id, []).version == v


def test_changes_record_who_made_them(ws: Workspace, demo_id: str, location: object) -> None:
    other = Workspace.open(ws.location)
    try:
        other.author = "Maria Rossi"
        v = ws.get(demo_id).version
        other.update(
            demo_id,
            v,
            [{"op": "replace", "path": "/proposal/acronym", "value": "MR"}],
            description="Acronimo",
        )
        with pytest.raises(ConflictError) as exc:
            ws.update(demo_id, v, [{"op": "replace", "path": "/proposal/acronym", "value": "IO"}])
        assert exc.value.by == "Maria Rossi"
        assert "modificato da Maria Rossi alle " in exc.value.message_it
        assert "changed by Maria Rossi at " in exc.value.message_en
        [entry] = ws.history(demo_id)
        assert entry.author == "Maria Rossi" and entry.created_at
        [row] = [r for r in ws.list_dossiers(check=False) if r.id == demo_id]
        assert row.modified_by == "Maria Rossi"
        ws.patch(demo_id, [{"op": "replace", "path": "/proposal/acronym", "value": "IO"}])
        [row] = [r for r in ws.list_dossiers(check=False) if r.id == demo_id]
        assert row.modified_by == ws.author and ws.author
    finally:
        other.close()
