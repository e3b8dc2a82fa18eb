"""Alembic migrations: an empty and a populated older workspace upgrade, with a backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from hubdesk.services import Workspace
from hubdesk.storage.engine import make_engine
from hubdesk.storage.migrate import WorkspaceError, current_revision, head_revision, upgrade


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}


def test_new_workspace_is_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "new.sqlite3")
    try:
        assert current_revision(ws.engine) == head_revision()
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        ws.close()
    assert {"dossiers", "budget_lines", "dossier_versions", "dossier_status"} <= _tables(
        tmp_path / "new.sqlite3"
    )


def test_empty_older_workspace_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, path, "0001")
    engine.dispose()
    assert "dossier_versions" not in _tables(path)
    ws = Workspace.open(path)
    try:
        assert current_revision(ws.engine) == head_revision()
        assert ws.backup_path is not None and ws.backup_path.exists()
        assert ws.list_dossiers() == []
    finally:
        ws.close()


def test_populated_older_workspace_keeps_its_dossiers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    # Build a workspace at revision 0001 and put the demo in it with plain SQL inserts of that era.
    head = Workspace.open(tmp_path / "source.sqlite3")
    demo = head.get(head.add_demo()[0]).document
    head.close()
    engine = make_engine(path)
    upgrade(engine, path, "0001")
    engine.dispose()
    src = sqlite3.connect(tmp_path / "source.sqlite3")
    dst = sqlite3.connect(path)
    for table in (
        "dossiers",
        "properties",
        "partners",
        "activities",
        "budget_lines",
        "indicators",
        "attachments",
        "blobs",
        "blob_chunks",
    ):
        old_cols = {r[1] for r in dst.execute(f"pragma table_info({table})")}
        cols = [r[1] for r in src.execute(f"pragma table_info({table})") if r[1] in old_cols]
        rows = src.execute(f"select {', '.join(cols)} from {table}").fetchall()
        dst.executemany(
            f"insert into {table} ({', '.join(cols)}) values ({', '.join('?' * len(cols))})", rows
        )
    dst.commit()
    dst.close()
    src.close()

    ws = Workspace.open(path)
    try:
        assert ws.backup_path is not None
        assert "dossier_versions" not in _tables(ws.backup_path)  # the backup is the old file
        [summary] = ws.list_dossiers()
        assert summary.errors == 0
        doc = ws.get(summary.id).document
        assert doc["budget"] == demo["budget"] and doc["attachments"] == demo["attachments"]
        assert ws.freeze_version(summary.id) == 1
    finally:
        ws.close()


def test_workspace_from_a_newer_hubdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Workspace.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    with pytest.raises(WorkspaceError):
        Workspace.open(path)


def test_a_file_that_is_not_a_workspace_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("appunti", encoding="utf-8")
    with pytest.raises(WorkspaceError):
        Workspace.open(path)
    assert path.read_text(encoding="utf-8") == "appunti"


def test_the_head_constant_is_alembics_head() -> None:
    """A current workspace opens without Alembic only if HEAD_REVISION names the newest migration."""
    from hubdesk.storage.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
