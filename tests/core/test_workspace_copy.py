"""``hubdesk workspace copy``: SQLite -> PostgreSQL -> SQLite keeps every dossier, its history,
versions, packages register and attachment bytes; a damaged blob or a clash writes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.services import Workspace
from tests.core.conftest import HANDWRITTEN
from tests.pgserver import count_rows, fresh_database


def _snapshot(ws: Workspace) -> dict[str, object]:
    out: dict[str, object] = {}
    for s in ws.list_dossiers(include_archived=True, check=False):
        att = {}
        for record in ws.get(s.id).document["attachments"]:
            with ws.open_attachment(s.id, record["id"]) as fh:
                att[record["id"]] = fh.read()
        out[s.id] = (
            ws.get(s.id).document,
            [(e.seq, e.description, e.undone) for e in ws.history(s.id)],
            [(v.number, v.package_name) for v in ws.list_versions(s.id)],
            [(p.version, p.file_name, p.sha256) for p in ws.list_packages(s.id)],
            att,
            s.version,
            s.archived,
        )
    return out


def test_copy_there_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.sqlite3"
    with Workspace.open(source) as ws:
        demo = ws.add_demo()[0]
        imported = ws.import_file(HANDWRITTEN / "dossier.json", HANDWRITTEN)
        state = ws.get(demo)
        ws.update(
            demo,
            state.version,
            [{"op": "replace", "path": "/proposal/acronym", "value": "COPIA"}],
            description="Acronimo",
        )
        ws.freeze_version(demo, package_name="HUB_v1.asice", package_sha256="ab" * 32)
        ws.set_archived(imported, True)
        before = _snapshot(ws)
    with fresh_database() as url:
        assert main(["workspace", "copy", str(source), url]) == 0
        assert "ogni impronta verificata" in capsys.readouterr().out
        assert count_rows(url, "dossiers") == 2 and count_rows(url, "edit_history") == 1
        with Workspace.open(url) as ws:
            assert _snapshot(ws) == before
        back = tmp_path / "b.sqlite3"
        assert main(["--lang", "en", "workspace", "copy", url, str(back)]) == 0
        with Workspace.open(back) as ws:
            assert _snapshot(ws) == before
        assert main(["workspace", "copy", str(source), url]) == 2  # the dossiers are there already
        assert "già" in capsys.readouterr().err
        assert count_rows(url, "dossiers") == 2


def test_a_damaged_blob_stops_the_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.sqlite3"
    with Workspace.open(source) as ws:
        ws.import_file(HANDWRITTEN / "dossier.json", HANDWRITTEN)
    with sqlite3.connect(source) as conn:
        conn.execute(
            "UPDATE blob_chunks SET data = X'00' "
            "WHERE seq = 0 AND rowid = (SELECT min(rowid) FROM blob_chunks)"
        )
    target = tmp_path / "b.sqlite3"
    assert main(["workspace", "copy", str(source), str(target)]) == 2
    assert "danneggiato" in capsys.readouterr().err
    with Workspace.open(target) as ws:
        assert ws.list_dossiers(check=False) == []
    assert main(["workspace", "copy", str(tmp_path / "none.sqlite3"), str(target)]) == 2
    assert not (tmp_path / "none.sqlite3").exists()
