"""Keyboard: undo and both redo shortcuts, Ctrl+F to the search box, F1 to the manual at the section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser

from hubdesk.services import Workspace
from tests.ui.helpers import replace_text


def _activate(qtbot: Any, window: Any) -> None:
    window.show()
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def _keys(widget: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, mods)


def test_undo_and_both_redo_shortcuts(qtbot: Any, editor: Any, workspace: Workspace, capfd: Any) -> None:
    page = editor.show_section("proposal")
    _activate(qtbot, editor)
    replace_text(page.acronym, "MOLHUB")
    stored = lambda: workspace.get(editor.session.dossier_id).document["proposal"]["acronym"]  # noqa: E731
    qtbot.waitUntil(lambda: stored() == "MOLHUB", timeout=5000)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    editor.nav.setFocus()
    _keys(editor.nav, Qt.Key.Key_Z, ctrl)
    assert stored() == ""
    _keys(editor.nav, Qt.Key.Key_Z, ctrl | shift)
    assert stored() == "MOLHUB"
    _keys(editor.nav, Qt.Key.Key_Z, ctrl)
    assert stored() == ""
    _keys(editor.nav, Qt.Key.Key_Y, ctrl)
    assert stored() == "MOLHUB"
    assert "Ambiguous shortcut" not in capfd.readouterr().err


def test_f1_opens_the_manual_at_the_current_section(qtbot: Any, editor: Any) -> None:
    editor.show_section("budget")
    _activate(qtbot, editor)
    _keys(editor.nav, Qt.Key.Key_F1)
    browser = editor.findChild(QTextBrowser, "manualText")
    assert browser is not None and browser.isVisible()
    cursor = browser.textCursor()
    assert cursor.selectedText() == "Budget"  # the English manual, at the budget's heading
    assert "BUD-009" in browser.toPlainText()


def test_ctrl_f_in_the_editor_goes_to_the_budget_filter(qtbot: Any, editor: Any) -> None:
    page = editor.show_section("budget")
    _activate(qtbot, editor)
    editor.nav.setFocus()
    _keys(editor.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()


def test_library_ctrl_f_and_about(qtbot: Any, workspace: Workspace) -> None:
    from ui.library.window import LibraryWindow

    window = LibraryWindow(workspace)
    try:
        _activate(qtbot, window)
        window.table.setFocus()
        _keys(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.search.hasFocus()
        import hubdesk
        from ui.help import about_text

        assert hubdesk.__version__ in about_text()
        assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"
    finally:
        window.status_refresher.stop()
        window.close()


def test_partner_picker_search_and_enter_picks_the_match(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer

    from ui.sections.partner_picker import PartnerPickerDialog

    candidates = [
        ("Comune di Bari", {"name": "Coop. Sociale Il Faro", "fiscal_code": "00743110157"}),
        ("Comune di Molfetta", {"name": "Associazione Ponti", "fiscal_code": "93012340727"}),
    ]
    dialog = PartnerPickerDialog(candidates)
    qtbot.addWidget(dialog)

    def type_and_enter() -> None:
        QTest.keyClicks(dialog.search, "ponti")
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_enter)
    assert dialog.exec() == dialog.DialogCode.Accepted
    assert dialog.chosen() == candidates[1][1]
