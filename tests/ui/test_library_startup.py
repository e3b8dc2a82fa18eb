"""Start-up: the library shows a current workspace's rows at once, then takes the opened workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from hubdesk.services import Workspace
from ui.app import _adopt_opened, _opening_workspace
from ui.library.window import LibraryWindow


def test_library_paints_from_the_quick_listing_then_adopts_the_workspace(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    with Workspace.open(path) as ws:
        ids = {ws.create(istat_code="072029").id for _ in range(3)}
    quick = _opening_workspace(str(path))
    assert quick is not None
    opening, opened = quick
    assert not opening.ready
    window = LibraryWindow(cast(Workspace, opening), hold_status_check=True)
    opened.sig_done.connect(lambda: _adopt_opened(window, opening, str(path)))
    window.show()
    try:
        assert {window.model.rows[i].id for i in range(window.model.rowCount())} == ids
        assert not window.status_refresher.running  # held until the first paint
        opening.start()
        window.status_refresher.release()
        qtbot.waitUntil(lambda: isinstance(window.workspace, Workspace), timeout=30000)
        qtbot.waitUntil(lambda: not window.status_refresher.running, timeout=60000)
        window.refresh()
        assert all(r.checked for r in window.model.rows)  # the status check ran on the real workspace
    finally:
        window.close()
        window.workspace.close()
