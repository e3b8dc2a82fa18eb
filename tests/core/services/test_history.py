"""The undo history lives in the workspace: undo and redo work after closing and reopening."""

from __future__ import annotations

import pytest

from hubdesk.services import ConflictError, InputError, Workspace


def _title(ws: Workspace, dossier_id: str, value: str, **kw) -> tuple[int, int | None]:
    state = ws.get(dossier_id)
    r = ws.update(
        dossier_id, state.version, [{"op": "replace", "path": "/proposal/title", "value": value}], **kw
    )
    return r.state.version, r.entry


def test_undo_and_redo_survive_a_restart(ws: Workspace, demo_id: str) -> None:
    original = ws.get(demo_id).document["proposal"]["title"]
    _, first = _title(ws, demo_id, "Primo titolo", description="Titolo")
    _, second = _title(ws, demo_id, "Secondo titolo", description="Titolo")
    assert (first, second) == (1, 2)
    path = ws.location
    ws.close()
    reopened = Workspace.open(path)
    try:
        assert [(e.seq, e.undone) for e in reopened.history(demo_id)] == [(1, False), (2, False)]
        state = reopened.get(demo_id)
        r = reopened.undo_entry(demo_id, state.version, 2)
        assert r.state.document["proposal"]["title"] == "Primo titolo"
        r = reopened.undo_entry(demo_id, r.state.version, 1)
        assert r.state.document["proposal"]["title"] == original
        r = reopened.redo_entry(demo_id, r.state.version, 1)
        assert r.state.document["proposal"]["title"] == "Primo titolo"
        assert [(e.seq, e.undone) for e in reopened.history(demo_id)] == [(1, False), (2, True)]
    finally:
        reopened.close()


def test_a_new_action_drops_the_redo_branch(ws: Workspace, demo_id: str) -> None:
    _title(ws, demo_id, "A", description="A")
    _, b = _title(ws, demo_id, "B", description="B")
    ws.undo_entry(demo_id, ws.get(demo_id).version, b)
    _title(ws, demo_id, "C", description="C")
    assert [(e.description, e.undone) for e in ws.history(demo_id)] == [("A", False), ("C", False)]
    with pytest.raises(InputError):
        ws.redo_entry(demo_id, ws.get(demo_id).version, b)


def test_typing_in_one_field_is_one_step(ws: Workspace, demo_id: str) -> None:
    original = ws.get(demo_id).document["proposal"]["title"]
    _, seq = _title(ws, demo_id, "Of", description="Titolo", mergeable=True)
    _, again = _title(ws, demo_id, "Officine", description="Titolo", mergeable=True, merge_into=seq)
    assert again == seq and len(ws.history(demo_id)) == 1
    r = ws.undo_entry(demo_id, ws.get(demo_id).version, seq)
    assert r.state.document["proposal"]["title"] == original
    r = ws.redo_entry(demo_id, r.state.version, seq)
    assert r.state.document["proposal"]["title"] == "Officine"


def test_undo_refuses_stale_versions_and_repeated_undo(ws: Workspace, demo_id: str) -> None:
    version, seq = _title(ws, demo_id, "X", description="X")
    with pytest.raises(ConflictError):
        ws.undo_entry(demo_id, version - 1, seq)
    ws.undo_entry(demo_id, version, seq)
    with pytest.raises(InputError):
        ws.undo_entry(demo_id, version + 1, seq)


def test_plain_updates_are_not_recorded(ws: Workspace, demo_id: str) -> None:
    _title(ws, demo_id, "Senza cronologia")
    assert ws.history(demo_id) == []


def test_the_author_given_at_opening_lands_in_history(ws: Workspace, demo_id: str, monkeypatch) -> None:
    monkeypatch.setenv("HUBDESK_AUTHOR", "dal-ambiente")
    other = Workspace.open(ws.location, author="  Maria Rossi ")
    try:
        assert other.author == "Maria Rossi"
        state = other.get(demo_id)
        other.update(
            demo_id,
            state.version,
            [{"op": "replace", "path": "/proposal/title", "value": "M"}],
            description="T",
        )
        other.set_author("")  # a blank name falls back to HUBDESK_AUTHOR
        assert other.author == "dal-ambiente"
        other.set_author("Luca Bianchi")
        _title(other, demo_id, "L", description="T")
    finally:
        other.close()
    entries = ws.history(demo_id)
    assert [e.author for e in entries] == ["Maria Rossi", "Luca Bianchi"]
    assert all(e.created_at for e in entries)
    assert [s.modified_by for s in ws.list_dossiers(check=False) if s.id == demo_id] == ["Luca Bianchi"]


def test_the_author_of_a_workspace_still_opening_is_kept(tmp_path, monkeypatch) -> None:
    from hubdesk.services.opening import OpeningWorkspace, quick_listing

    monkeypatch.delenv("HUBDESK_AUTHOR", raising=False)
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as first:
        dossier = first.add_demo()[0]
    listing = quick_listing(path)
    assert listing is not None
    opening = OpeningWorkspace(*listing, author="Maria Rossi")
    opening.set_author("Anna Verdi")  # changed in Settings before it finished opening
    opening.start()
    try:
        real = opening.result(timeout=60)
        assert real.author == "Anna Verdi"
        _title(real, dossier, "A", description="T")
        assert [e.author for e in real.history(dossier)] == ["Anna Verdi"]
    finally:
        opening.close()
