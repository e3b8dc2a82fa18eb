"""Office mode in the app: the user's name on every change, who changed a dossier, shared workspaces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtGui import QGuiApplication

from hubdesk.services import Workspace
from tests.ui.helpers import replace_text, type_text
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


def test_a_refused_edit_names_who_changed_the_dossier_and_keeps_the_text(
    qtbot: Any, editor: Any, workspace: Workspace
) -> None:
    from hubdesk.labels import local_clock

    editor.watch_timer.stop()  # the edit itself meets the change
    dossier = editor.session.dossier_id
    other = Workspace.open(workspace.path, author="Maria Rossi")
    try:
        _title_edit(other, dossier, "Titolo di Maria")
        at = other.get(dossier).modified
    finally:
        other.close()
    page = editor.show_section("proposal")
    replace_text(page.title, "Il mio titolo")
    banner = editor.banner
    assert banner.isVisible() and banner.reload_button.isVisible()
    assert banner.message.text().startswith(f"Changed by Maria Rossi at {local_clock(at)}: reload")
    assert banner.yours.isVisible() and banner.yours.toPlainText() == "Il mio titolo"
    assert "Title" in banner.yours_label.text()
    replace_text(page.acronym, "MIO")  # typed on while in conflict: kept too, not stored
    assert banner.yours.toPlainText() == "Il mio titolo\n\nMIO"
    banner.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Il mio titolo\n\nMIO"
    banner.reload_button.click()
    assert page.title.text() == "Titolo di Maria"
    assert workspace.get(dossier).document["proposal"]["acronym"] != "MIO"
    assert banner.isVisible() and not banner.reload_button.isVisible()
    assert "NOT saved" in banner.message.text()
    replace_text(page.title, banner.yours.toPlainText().split("\n")[0])  # applied again: now it is stored
    assert workspace.get(dossier).document["proposal"]["title"] == "Il mio titolo"
    banner.close_button.click()
    assert not banner.isVisible()


def test_a_conflict_with_oneself_in_another_window_names_nobody(
    qtbot: Any, editor: Any, workspace: Workspace
) -> None:
    editor.watch_timer.stop()
    dossier = editor.session.dossier_id
    _title_edit(workspace, dossier, "Dall'altra finestra")  # same workspace, same author
    page = editor.show_section("proposal")
    replace_text(page.title, "Da questa")
    assert editor.banner.message.text().startswith("Changed in another window or program at ")
