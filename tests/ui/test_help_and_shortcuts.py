"""Keyboard: undo and both redo shortcuts, Ctrl+F to the search box, F1 to the manual at the section.

Shortcuts are pressed through the one action bound to the key (no window activation needed, which a
busy test machine does not always grant); the tests also check that no key is bound twice in a window,
which is what makes Qt report an "Ambiguous shortcut overload" and drop the key on a real display.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QTextBrowser

from hubdesk.services import Workspace
from tests.ui.helpers import replace_text

KEYS = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+F", "F1")


def _bound(window: QMainWindow, key: str) -> list[QAction]:
    """The window's actions bound to ``key``, an action once per binding (twice if bound twice)."""
    wanted = QKeySequence(key)
    return [
        a
        for a in window.findChildren(QAction)
        if a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
        for s in a.shortcuts()
        if s.matches(wanted) == QKeySequence.SequenceMatch.ExactMatch
    ]


def press(window: QMainWindow, key: str) -> None:
    """Press ``key`` in ``window``: trigger the single enabled action bound to it."""
    actions = _bound(window, key)
    assert len(actions) == 1, f"{key} is bound to {[a.text() for a in actions]}"
    assert actions[0].isEnabled(), f"{key}: {actions[0].text()} is disabled"
    actions[0].trigger()


def test_each_key_is_bound_once_in_both_windows(editor: Any, workspace: Workspace) -> None:
    from ui.library.window import LibraryWindow

    library = LibraryWindow(workspace)
    try:
        for window in (editor, library):
            for key in KEYS:
                assert len(_bound(window, key)) == 1, (type(window).__name__, key)
        assert editor.redo_action in _bound(editor, "Ctrl+Y") and editor.redo_action in _bound(
            editor, "Ctrl+Shift+Z"
        )
        assert library.redo_action in _bound(library, "Ctrl+Y")
    finally:
        library.status_refresher.stop()
        library.close()


def test_undo_and_both_redo_shortcuts(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    page = editor.show_section("proposal")
    replace_text(page.acronym, "MOLHUB")
    stored = lambda: workspace.get(editor.session.dossier_id).document["proposal"]["acronym"]  # noqa: E731
    qtbot.waitUntil(lambda: stored() == "MOLHUB", timeout=10000)
    press(editor, "Ctrl+Z")
    qtbot.waitUntil(lambda: stored() == "", timeout=10000)
    assert page.acronym.text() == ""
    press(editor, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: stored() == "MOLHUB", timeout=10000)
    press(editor, "Ctrl+Z")
    qtbot.waitUntil(lambda: stored() == "", timeout=10000)
    press(editor, "Ctrl+Y")
    qtbot.waitUntil(lambda: stored() == "MOLHUB", timeout=10000)
    assert page.acronym.text() == "MOLHUB"


def test_f1_opens_the_manual_at_the_current_section(qtbot: Any, editor: Any) -> None:
    editor.show_section("budget")
    press(editor, "F1")
    browser = editor.findChild(QTextBrowser, "manualText")
    assert browser is not None
    qtbot.waitUntil(browser.isVisible, timeout=10000)
    assert browser.textCursor().selectedText() == "Budget"  # the English manual, at the budget's heading
    assert "BUD-009" in browser.toPlainText()
    top = browser.cursorRect(browser.textCursor()).top()
    bar = browser.verticalScrollBar()
    assert bar.value() > 0  # scrolled down to the heading
    # the heading is at the top of the view, unless the manual ends before it can get there
    assert 0 <= top < 40 or (bar.value() == bar.maximum() and top < browser.viewport().height())


def test_ctrl_f_in_the_editor_goes_to_the_budget_filter(editor: Any) -> None:
    page = editor.show_section("budget")
    editor.nav.setFocus()
    press(editor, "Ctrl+F")
    assert editor.focusWidget() is page.filter_edit


def test_library_ctrl_f_and_about(workspace: Workspace) -> None:
    from ui.library.window import LibraryWindow

    window = LibraryWindow(workspace)
    try:
        window.show()
        window.table.setFocus()
        press(window, "Ctrl+F")
        assert window.focusWidget() is window.search
        import hubdesk
        from ui.help import about_text

        assert hubdesk.__version__ in about_text()
        assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"
    finally:
        window.status_refresher.stop()
        window.close()


def test_partner_picker_search_and_enter_picks_the_match(qtbot: Any) -> None:
    from ui.sections.partner_picker import PartnerPickerDialog

    candidates = [
        ("Comune di Bari", {"name": "Coop. Sociale Il Faro", "fiscal_code": "00743110157"}),
        ("Comune di Molfetta", {"name": "Associazione Ponti", "fiscal_code": "93012340727"}),
    ]
    dialog = PartnerPickerDialog(candidates)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.search, "ponti")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen() == candidates[1][1]
