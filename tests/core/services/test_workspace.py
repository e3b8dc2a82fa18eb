"""Workspace use cases: editing, optimistic concurrency, rejected input, trash, versions."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hubdesk.services import ConflictError, InputError, NotFoundError, Workspace


def test_create_fills_the_applicant_from_the_bundled_table(ws: Workspace) -> None:
    state = ws.create(istat_code="072029")
    applicant = state.document["applicant"]
    assert applicant["name"] == "Comune di Molfetta"
    assert applicant["population"] == 60433
    with pytest.raises(InputError):
        ws.create(istat_code="058091")  # Roma is not in Puglia


def test_update_bumps_the_version_and_returns_the_inverse(ws: Workspace, demo_id: str) -> None:
    state = ws.get(demo_id)
    result = ws.update(
        demo_id, state.version, [{"op": "replace", "path": "/proposal/acronym", "value": "HUBÈ"}]
    )
    assert result.state.version == state.version + 1
    assert ws.get(demo_id).document["proposal"]["acronym"] == "HUBÈ"
    undone = ws.update(demo_id, result.state.version, result.inverse)
    assert undone.state.document == state.document


def test_a_second_process_cannot_overwrite_silently(ws: Workspace, demo_id: str, tmp_path: Path) -> None:
    other = Workspace.open(ws.location)
    try:
        v = ws.get(demo_id).version
        other.update(demo_id, v, [{"op": "replace", "path": "/proposal/title", "value": "Scritto altrove"}])
        with pytest.raises(ConflictError) as info:
            ws.update(demo_id, v, [{"op": "replace", "path": "/proposal/title", "value": "Scritto qui"}])
        assert info.value.actual == v + 1
        assert "altra finestra" in info.value.message_it
    finally:
        other.close()
    assert ws.get(demo_id).document["proposal"]["title"] == "Scritto altrove"


@pytest.mark.parametrize(
    "ops",
    [
        [{"op": "replace", "path": "/budget/0/amount_cents", "value": "mille"}],
        [{"op": "replace", "path": "/proposal/summary", "value": "x" * 10_000_000}],
        [{"op": "add", "path": "/partners/-", "value": {"id": "PAR-9"}}],
        [{"op": "replace", "path": "/id", "value": "altro"}],
        [{"op": "remove", "path": "/budget/999"}],
        [
            {"op": "replace", "path": "/proposal/title", "value": "ok"},
            {"op": "replace", "path": "/nope", "value": 1},
        ],
    ],
)
def test_rejected_edits_write_nothing(ws: Workspace, demo_id: str, ops: list) -> None:
    before = ws.get(demo_id)
    with pytest.raises(InputError):
        ws.update(demo_id, before.version, ops)
    ws._cache.clear()
    after = ws.get(demo_id)
    assert after.version == before.version and after.document == before.document


def test_clone_delete_restore(ws: Workspace, demo_id: str) -> None:
    clone = ws.clone(demo_id)
    assert clone.id != demo_id and clone.document["proposal"]["title"].endswith("(copia)")
    assert len(ws.list_dossiers()) == 2
    ws.delete(clone.id)
    assert [s.id for s in ws.list_dossiers()] == [demo_id]
    with pytest.raises(NotFoundError):
        ws.get(clone.id)
    ws.restore(clone.id)
    assert len(ws.list_dossiers()) == 2
    # attachments of the clone share the stored bytes
    with ws.open_attachment(clone.id, "ALL-1") as fh:
        assert fh.read(5) == b"%PDF-"


def test_library_status_reflects_edits(ws: Workspace, demo_id: str) -> None:
    [summary] = ws.list_dossiers()
    assert summary.errors == 0 and summary.requested_fesr_cents > 0
    ws.update(demo_id, summary.version, [{"op": "replace", "path": "/proposal/title", "value": ""}])
    [after] = ws.list_dossiers()
    assert after.errors == 1 and after.version == summary.version + 1


def test_store_file_streams_and_deduplicates(ws: Workspace, tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 9000
    src = tmp_path / "foto.png"
    src.write_bytes(data)
    stored = ws.store_file(src)
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == len(data)
    assert ws.store_file(src) == stored


def test_store_file_refuses_what_is_too_large_or_missing(ws: Workspace, tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 2000)
    monkeypatch.setitem(ws.profile.raw, "attachment_max_bytes", 1000)
    with pytest.raises(InputError, match="supera il limite"):
        ws.store_file(big)
    with pytest.raises(InputError, match="non trovato"):
        ws.store_file(tmp_path / "assente.pdf")


def test_attachment_facts_drive_att_001(ws: Workspace, demo_id: str) -> None:
    state = ws.get(demo_id)
    fake = "0" * 64
    ws.update(demo_id, state.version, [{"op": "replace", "path": "/attachments/0/sha256", "value": fake}])
    rules = {(i.rule, i.path) for i in ws.validate(demo_id).issues}
    assert ("ATT-001", "/attachments/0") in rules


def test_versions_are_frozen_copies(ws: Workspace, demo_id: str) -> None:
    assert ws.next_version_number(demo_id) == 1
    assert ws.freeze_version(demo_id, package_name="HUB.asice", package_sha256="ab" * 32) == 1
    state = ws.get(demo_id)
    ws.update(demo_id, state.version, [{"op": "replace", "path": "/proposal/acronym", "value": "NUOVO"}])
    assert ws.get_version(demo_id, 1)["proposal"]["acronym"] == state.document["proposal"]["acronym"]
    assert [v.number for v in ws.list_versions(demo_id)] == [1]
    with pytest.raises(NotFoundError):
        ws.get_version(demo_id, 2)


def test_partners_can_be_reused_across_dossiers(ws: Workspace, demo_id: str) -> None:
    other = ws.create(istat_code="072029")
    found = ws.partners_in_workspace(exclude_dossier=other.id)
    assert found and all(m == "Comune di Bitonto" for m, _ in found)
    assert ws.partners_in_workspace(exclude_dossier=demo_id) == []


def test_library_lists_without_checking_then_checks_one_by_one(ws: Workspace, demo_id: str) -> None:
    ws.list_dossiers()  # the demo is checked
    clone = ws.clone(demo_id)
    rows = {r.id: r for r in ws.list_dossiers(check=False)}
    assert rows[demo_id].checked and not rows[clone.id].checked
    assert ws.stale_dossiers() == [clone.id]
    assert ws.refresh_status(clone.id) == 1
    assert ws.stale_dossiers() == []
    rows = {r.id: r for r in ws.list_dossiers(check=False)}
    assert rows[clone.id].checked
    assert rows[clone.id].requested_fesr_cents == rows[demo_id].requested_fesr_cents


def test_footprint_counts_what_a_delete_would_take_out_of_sight(ws: Workspace, demo_id: str) -> None:
    fresh = ws.create(istat_code="072029")
    assert not ws.footprint(fresh.id).worked_on
    ws.update(fresh.id, fresh.version, [{"op": "replace", "path": "/proposal/title", "value": "Hub"}])
    ws.freeze_version(fresh.id)
    footprint = ws.footprint(fresh.id)
    assert (footprint.changes, footprint.versions, footprint.packages) == (1, 1, 0)
    assert footprint.worked_on


def test_suggested_export_name_is_acronym_and_municipality(ws: Workspace) -> None:
    state = ws.create(istat_code="072006")
    assert ws.suggested_export_name(state.id).endswith("Bari.hubdesk.zip")
    ws.update(state.id, state.version, [{"op": "replace", "path": "/proposal/acronym", "value": "HUB BARI"}])
    assert ws.suggested_export_name(state.id) == "HUB_BARI-Bari.hubdesk.zip"
