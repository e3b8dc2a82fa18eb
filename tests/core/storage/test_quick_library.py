"""The library list read with the standard sqlite3 module (start-up before SQLAlchemy loads)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from hubdesk.services import Workspace
from hubdesk.services.opening import OpeningWorkspace, quick_listing
from hubdesk.storage import migrate, revision
from hubdesk.storage.quick_library import read_library


def _workspace(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        ids = [ws.create(istat_code="072029" if i % 2 else "072011").id for i in range(5)]
        ws.set_archived(ids[1], True)
        ws.delete(ids[2])
        ws.refresh_status(ids[3])
    return ids


def test_quick_listing_matches_the_workspace_listing(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    _workspace(path)
    quick = quick_listing(str(path))
    assert quick is not None
    with Workspace.open(path) as ws:
        expected = ws.list_dossiers(include_archived=True, check=False)
    assert quick[0] == path
    assert quick[1] == expected
    assert any(r.archived for r in quick[1]) and any(r.checked for r in quick[1])
    assert any(not r.checked for r in quick[1])


def test_anything_but_a_current_sqlite_workspace_takes_the_normal_path(tmp_path: Path) -> None:
    assert revision.HEAD_REVISION == migrate.HEAD_REVISION
    assert read_library(tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists()  # never created by the quick read
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert read_library(junk) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as con:
        con.execute("create table notes (x)")
    assert read_library(foreign) is None
    older = tmp_path / "older.sqlite3"
    _workspace(older)
    with sqlite3.connect(older) as con:
        con.execute("update alembic_version set version_num = '0005_older'")
    assert read_library(older) is None
    assert quick_listing("postgresql+psycopg://someone@localhost/db") is None


def test_opening_workspace_lists_at_once_then_opens_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    ids = _workspace(path)
    quick = quick_listing(path)
    assert quick is not None
    opening = OpeningWorkspace(*quick)
    assert len(opening.list_dossiers(include_archived=True, check=False)) == 4
    assert ids[1] not in {r.id for r in opening.list_dossiers(check=False)}  # archived
    opening.start()
    assert opening.get(ids[0]).id == ids[0]  # waits for the real workspace
    assert opening.ready and opening.error is None
    assert isinstance(opening.result(), Workspace)
    opening.close()


def test_opening_workspace_hands_over_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    _workspace(path)
    quick = quick_listing(path)
    assert quick is not None
    path.unlink()
    path.mkdir()  # the file is gone, a folder in its place: opening fails
    opening = OpeningWorkspace(*quick)
    opening.start()
    try:
        opening.result(timeout=60)
    except Exception as exc:  # whatever Workspace.open raised, handed over as is
        assert opening.error is exc
    else:
        raise AssertionError("opening a folder as a workspace succeeded")
    opening.close()  # nothing to close, no error


def test_the_library_window_paints_without_sqlalchemy_or_validation() -> None:
    code = (
        "import sys; import ui.app, ui.library.window, hubdesk.services.opening, hubdesk.cli; "
        "heavy = [m for m in ('sqlalchemy', 'jsonschema', 'alembic', 'hubdesk.validation', "
        "'hubdesk.callprofile', 'reportlab', 'pyhanko') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout
