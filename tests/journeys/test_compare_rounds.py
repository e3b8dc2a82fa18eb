"""Journey: an officer compares two rounds, filters amounts and texts, and jumps to a field.

The rounds exist beforehand (two frozen versions and a draft); everything after is done through
the windows: toolbar action, combo boxes by keyboard, check boxes and double-clicks by mouse.
"""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QToolBar, QTreeWidget, QTreeWidgetItem

from ui.editor.window import EditorWindow


@pytest.fixture
def rounds(workspace: Any) -> str:
    dossier_id = workspace.add_demo()[0]
    workspace.freeze_version(dossier_id)  # v1: the first submission
    state = workspace.get(dossier_id)
    amount = state.document["budget"][1]["amount_cents"]
    workspace.update(
        dossier_id,
        state.version,
        [
            {"op": "replace", "path": "/proposal/title", "value": "Officine Comuni – seconda proposta"},
            {"op": "replace", "path": "/budget/1/amount_cents", "value": amount + 250_000},
            {"op": "remove", "path": "/indicators/4"},
        ],
    )
    workspace.freeze_version(dossier_id)  # v2: the resubmission the Region asked for
    state = workspace.get(dossier_id)
    workspace.update(
        dossier_id, state.version, [{"op": "replace", "path": "/proposal/hub_name", "value": "Hub Officine"}]
    )
    return dossier_id


def _click_toolbar(window: Any, text: str) -> None:
    toolbar = window.findChild(QToolBar, "editorToolbar")
    action = next(a for a in toolbar.actions() if a.text().replace("&", "") == text)
    QTest.mouseClick(toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def _compare_window() -> Any:
    return next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "compareWindow" and w.isVisible()
    )


def _pick(combo: QComboBox, text: str) -> None:
    """Choose an entry by keyboard, as a user does with a focused combo box."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}")


def _rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out = []
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        out += [head.child(j) for j in range(head.childCount())]
    return out


def _double_click(tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    centre = tree.visualItemRect(item).center()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_compare_two_versions_filter_and_jump(qtbot: Any, workspace: Any, rounds: str) -> None:
    editor = EditorWindow(workspace, rounds, "en")
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.validation.sig_result, timeout=10000):
        editor.show()
    _click_toolbar(editor, "Compare versions…")
    window = _compare_window()
    a = window.findChild(QComboBox, "compareA")
    b = window.findChild(QComboBox, "compareB")
    _pick(a, "Version 1")
    _pick(b, "Version 2")
    tree = window.findChild(QTreeWidget, "compareChanges")
    texts = [r.text(0) for r in _rows(tree)]
    assert any("Title" in t for t in texts)
    assert any("Budget line VOC-2 › Amount" in t for t in texts)
    assert any("Indicator IND-5" in t and "removed" in t for t in texts)
    assert not any("Hub name" in t for t in texts)  # only in the draft
    assert "+€2,500.00" in window.findChild(type(window.summary), "compareMoney").text()

    money_box = next(c for c in window.findChildren(QCheckBox) if c.text() == "Amounts only")
    text_box = next(c for c in window.findChildren(QCheckBox) if c.text() == "Texts only")
    QTest.mouseClick(money_box, Qt.MouseButton.LeftButton)
    assert [r.text(0) for r in _rows(tree)] == ["Budget line VOC-2 › Amount"]
    assert _rows(tree)[0].text(3) == "+€2,500.00"
    QTest.mouseClick(text_box, Qt.MouseButton.LeftButton)
    assert not money_box.isChecked()
    assert [r.text(0) for r in _rows(tree)] == ["Title"]

    # B is a frozen version: the field opens read-only
    _double_click(tree, _rows(tree)[0])
    read_only = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "readOnlyRound" and w.isVisible()
    )
    assert "Version 2" in read_only.windowTitle()
    read_only.close()

    # B is the current draft: the field opens in the editor
    _pick(b, "Current draft")
    QTest.mouseClick(text_box, Qt.MouseButton.LeftButton)  # all changes again
    assert not text_box.isChecked()
    hub = next(r for r in _rows(tree) if r.text(0) == "Hub name")
    assert hub.text(2) == "Hub Officine"
    _double_click(tree, hub)
    assert editor.current_section() == "proposal"
    focused = QApplication.focusWidget()
    assert focused is not None and editor.isAncestorOf(focused)
    assert getattr(focused, "text", lambda: "")() == "Hub Officine"
    if shiboken6.isValid(window):
        window.close()
