"""Journey: two colleagues on one shared workspace. Luca sets his name in Settings, opens the office's
server from the Workspace menu, opens the dossier Maria prepared; Maria changes it from the command
line and Luca's editor shows her change within seconds, naming her; Luca's own edit is shown as his."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QTableView,
)

from tests.pgserver import fresh_database
from tests.ui.helpers import replace_text, type_text

ROOT = Path(__file__).resolve().parents[2]


def _hubdesk(url: str, author: str, *argv: str, stdin: str = "") -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HUBDESK_AUTHOR": author}
    done = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--workspace", url, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return done.stdout


def _action(window: Any, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def _field(parent: Any, cls: type, name: str) -> Any:
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, (name, found)
    return found[0]


def _visible_dialog(title: str) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if w.windowTitle() == title and w.isVisible()]
    assert found, title
    return found[-1]


def _click_button(dialog: Any, text: str) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.slow
def test_two_colleagues_on_one_shared_workspace(qtbot: Any, workspace: Any) -> None:
    from ui.library.window import LibraryWindow

    with fresh_database() as url:
        dossier = _hubdesk(url, "Maria Rossi", "demo").strip().splitlines()[-1]
        library = LibraryWindow(workspace)
        qtbot.addWidget(library)
        library.show()
        try:
            _journey(qtbot, library, url, dossier)
        finally:
            library.close()  # closes the editors too
            library.workspace.close()  # before the database is dropped


def _journey(qtbot: Any, library: Any, url: str, dossier: str) -> None:
    _action(library, "Settings…").trigger()
    settings_dialog = _visible_dialog("Settings")
    type_text(_field(settings_dialog, QLineEdit, "Your name"), "Luca Bianchi")
    _click_button(settings_dialog, "OK")

    _action(library, "Open shared workspace…").trigger()
    shared = _visible_dialog("Open shared workspace")
    from ui.library.shared_dialog import url_fields

    host, port, database, user = url_fields(url)
    for name, value in (("Server", host), ("Database", database), ("User", user)):
        field = _field(shared, QLineEdit, name)
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Delete)
        type_text(field, value)
    port_box = _field(shared, QSpinBox, "Port")
    port_box.selectAll()
    type_text(port_box, str(port))
    _click_button(shared, "Connect")
    table = library.findChild(QTableView, "dossierTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=30000)

    assert database in library.windowTitle()

    first = table.model().index(0, 0)
    rect = table.visualRect(first)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = next(w for w in library.editors.values() if w.isVisible())
    nav = editor.findChild(QListView, "sectionNavigation")
    row = next(
        r for r in range(nav.model().rowCount()) if nav.model().index(r, 0).data().startswith("Proposal")
    )
    QTest.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(nav.model().index(row, 0)).center()
    )
    title = _field(editor, QLineEdit, "Title")

    patch = [{"op": "replace", "path": "/proposal/title", "value": "Officine Comuni — testo di Maria"}]
    _hubdesk(url, "Maria Rossi", "dossier", "patch", dossier, "-", stdin=json.dumps(patch))
    qtbot.waitUntil(lambda: title.text() == "Officine Comuni — testo di Maria", timeout=15000)
    note = editor.findChild(QLabel, "changeNoteText")
    assert note.isVisible() and "Maria Rossi" in note.text()
    assert "Maria Rossi" in table.model().index(0, 6).data()

    replace_text(_field(editor, QLineEdit, "Acronym"), "OFFLUCA")
    listed = json.loads(_hubdesk(url, "Maria Rossi", "dossier", "list", "--json"))
    assert [d["acronym"] for d in listed["dossiers"]] == ["OFFLUCA"]
    qtbot.waitUntil(lambda: "Luca Bianchi" in table.model().index(0, 6).data(), timeout=15000)
