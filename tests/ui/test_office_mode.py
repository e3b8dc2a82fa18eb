"""Office mode in the app: the user's name on every change, who changed a dossier, shared workspaces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6

from hubdesk.services import Workspace
from tests.ui.helpers import type_text
from ui import settings
from ui.library.window import LibraryWindow


def _title_edit(ws: Any, dossier_id: str, value: str) -> None:
    state = ws.get(dossier_id)
    ws.update(
        dossier_id,
        state.version,
        [{"op": "replace", "path": "/proposal/title", "value": value}],
        description="T",
    )


def test_the_name_set_in_settings_is_the_author_of_the_changes(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.delenv("HUBDESK_AUTHOR", raising=False)
    dossier = workspace.create(istat_code="072029").id
    window = LibraryWindow(workspace)
    window.show()
    try:
        dialog = window.show_settings()
        assert dialog.author.placeholderText()  # the name used when none is set
        type_text(dialog.author, "Maria  Rossi ")
        dialog.accept()
        assert settings.get(settings.AUTHOR_NAME) == "Maria Rossi"
        assert workspace.author == "Maria Rossi"
        _title_edit(window.workspace, dossier, "Primo")
        assert [e.author for e in workspace.history(dossier)] == ["Maria Rossi"]
        window.switch_workspace(tmp_path / "other.sqlite3")  # the next workspace opened too
        assert window.workspace.author == "Maria Rossi"
        again = window.show_settings()
        assert again.author.text() == "Maria Rossi"
        again.reject()
    finally:
        if shiboken6.isValid(window):
            window.close()
            window.workspace.close()
