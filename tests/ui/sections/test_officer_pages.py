"""What an officer met on the pages, by mouse and keyboard: wheel, typing pauses, Tab, names, look."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from hubdesk.services import Workspace
from ui.sections.common.table_view import header_width
from ui.sections.common.text_commit import TYPING_MAX_WAIT_MS, TYPING_PAUSE_MS


def _wheel(widget: QWidget, steps: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user, scrolling down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _focus(qtbot: Any, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


# ---------------------------------------------------------------------------------------- (a) wheel
def test_the_wheel_over_an_unfocused_combo_scrolls_the_page(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    demo_editor.resize(1100, 600)
    page = demo_editor.show_section("properties")
    page.select_row(0)
    stored = workspace.get(demo_editor.session.dossier_id).document["properties"][0]
    for combo in (page.owner_kind, page.register):
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
        index = combo.currentIndex()
        page.name.setFocus()
        area = _scroll_area_of(combo)
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        before = bar.value()
        _wheel(combo)
        assert combo.currentIndex() == index
        assert bar.maximum() > 0 and bar.value() != before, "the page did not scroll"
    _wheel(page.area)
    assert workspace.get(demo_editor.session.dossier_id).document["properties"][0] == stored


def test_a_focused_combo_still_follows_the_wheel(qtbot: Any, demo_editor: Any) -> None:
    page = demo_editor.show_section("properties")
    page.select_row(0)
    _focus(qtbot, page.register)
    index = page.register.currentIndex()
    _wheel(page.register, -1 if index == 0 else 1)
    assert page.register.currentIndex() != index


# ---------------------------------------------------------------------------------------- (b) pauses
def test_an_activity_description_is_stored_after_a_typing_pause(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("activities")
    page.list.setCurrentRow(1)
    box = page.form.description_edit
    _focus(qtbot, box)
    box.moveCursor(box.textCursor().MoveOperation.End)
    QTest.keyClicks(box, " typed and paused")
    dossier = demo_editor.session.dossier_id

    def stored() -> str:
        return str(workspace.get(dossier).document["activities"][1]["description"])

    assert not stored().endswith("typed and paused")  # not per keystroke
    qtbot.waitUntil(lambda: stored().endswith(" typed and paused"), timeout=TYPING_PAUSE_MS * 4)
    assert box.hasFocus(), "stored without leaving the field"


def test_typing_on_without_a_pause_is_stored_while_typing(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    """A fast typist never pauses: what they typed is stored anyway (a kill -9 loses at most about
    the last second), and the box keeps every character and the cursor where they type."""
    page = demo_editor.show_section("activities")
    page.list.setCurrentRow(1)
    box = page.form.description_edit
    _focus(qtbot, box)
    box.moveCursor(box.textCursor().MoveOperation.End)
    before = box.toPlainText()
    steps = demo_editor.undo_stack.count()
    dossier = demo_editor.session.dossier_id
    stored_while_typing = ""
    typed = ""
    for ch in "senza mai fermarsi, una parola dopo l'altra, per tre secondi buoni"[:40]:
        QTest.keyClicks(box, ch)
        typed += ch
        qtbot.wait(TYPING_PAUSE_MS // 7)  # far shorter than the pause: it never elapses
        stored_while_typing = str(workspace.get(dossier).document["activities"][1]["description"])
    assert 40 * (TYPING_PAUSE_MS // 7) > 2 * TYPING_MAX_WAIT_MS
    assert stored_while_typing.startswith(before) and len(stored_while_typing) > len(before)
    assert (before + typed).startswith(stored_while_typing)
    assert box.toPlainText() == before + typed
    assert box.textCursor().position() == len(before + typed)
    qtbot.waitUntil(
        lambda: workspace.get(dossier).document["activities"][1]["description"] == before + typed,
        timeout=TYPING_PAUSE_MS * 4,
    )
    assert demo_editor.undo_stack.count() == steps + 1  # several commits, one undo step


def test_an_activity_title_is_stored_after_a_typing_pause(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("activities")
    page.list.setCurrentRow(0)
    _focus(qtbot, page.form.title_edit)
    page.form.title_edit.end(False)
    QTest.keyClicks(page.form.title_edit, " bis")
    dossier = demo_editor.session.dossier_id
    qtbot.waitUntil(
        lambda: workspace.get(dossier).document["activities"][0]["title"].endswith(" bis"),
        timeout=TYPING_PAUSE_MS * 4,
    )


def test_a_pending_description_goes_to_its_own_activity(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("activities")
    page.list.setCurrentRow(0)
    _focus(qtbot, page.form.description_edit)
    QTest.keyClicks(page.form.description_edit, "first ")
    page.list.setCurrentRow(2)  # before the pause ends
    doc = workspace.get(demo_editor.session.dossier_id).document
    assert doc["activities"][0]["description"].startswith("first ")
    assert not doc["activities"][2]["description"].startswith("first ")


# ---------------------------------------------------------------------------------------- (c) Tab in texts
def test_tab_in_a_description_moves_on_and_types_nothing(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("activities")
    page.list.setCurrentRow(0)
    title = page.form.title_edit.text()
    box = page.form.description_edit
    _focus(qtbot, box)
    text = box.toPlainText()
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == text and "\t" not in box.toPlainText()
    assert not box.hasFocus()
    assert page.form.title_edit.text() == title
    for key in ("proposal", "properties", "partners"):
        for w in demo_editor.pages[key].findChildren(QPlainTextEdit):
            assert w.tabChangesFocus(), f"{key}: {w.objectName()}"


# ---------------------------------------------------------------------------------------- (d) Tab in tables
def _tab_leaves(qtbot: Any, table: QAbstractItemView, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    table.setCurrentIndex(table.model().index(0, 0))
    _focus(qtbot, table)
    QTest.keyClick(table, key)
    assert not table.hasFocus(), f"{table.objectName()} keeps the focus on {key}"


def test_tab_leaves_every_table(qtbot: Any, demo_editor: Any) -> None:
    for key in ("properties", "partners", "attachments", "budget", "indicators"):
        page = demo_editor.show_section(key)
        assert page.table.model().rowCount() > 0, key
        _tab_leaves(qtbot, page.table)
        _tab_leaves(qtbot, page.table, Qt.Key.Key_Backtab)


def test_tab_from_the_partners_list_reaches_the_detail_form(qtbot: Any, demo_editor: Any) -> None:
    page = demo_editor.show_section("partners")
    page.select_row(0)
    _focus(qtbot, page.table)
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is page.name:
            break
    assert QApplication.focusWidget() is page.name


def test_the_budget_keyboard_still_moves_between_cells(qtbot: Any, demo_editor: Any) -> None:
    page = demo_editor.show_section("budget")
    table = page.table
    table.setCurrentIndex(page.proxy.index(0, 1))
    _focus(qtbot, table)
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().column() == 2 and table.hasFocus()
    QTest.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == 3
    QTest.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().column() == 2
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1


# ---------------------------------------------------------------------------------------- (e) names
def _unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or spin box is named by it
        if isinstance(w, QCheckBox) and w.text():
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox | QCheckBox):
            if not w.accessibleName().strip():
                missing.append(f"{type(w).__name__}#{w.objectName()}")
        elif (
            isinstance(w, QAbstractItemView)
            and not isinstance(w, QHeaderView)
            and w.isVisibleTo(root)
            and not w.accessibleName().strip()
        ):
            missing.append(f"{type(w).__name__}#{w.objectName()}")
    return missing


def test_every_input_of_every_page_has_an_accessible_name(demo_editor: Any) -> None:
    for key, page in demo_editor.pages.items():
        demo_editor.show_section(key)
        assert _unnamed_inputs(page) == [], key


def test_gantt_gauges_and_chart_describe_themselves(demo_editor: Any) -> None:
    activities = demo_editor.show_section("activities")
    gantt = activities.gantt
    assert gantt.accessibleName()
    first = demo_editor.session.document["activities"][0]
    assert first["id"] in gantt.accessibleDescription()
    budget = demo_editor.show_section("budget")
    for gauge in (budget.summary.ceiling_gauge, budget.summary.fse_gauge):
        assert gauge.accessibleName() and gauge.value_text in gauge.accessibleDescription()
    chart = budget.summary.chart
    assert chart.accessibleName()
    assert chart.rows[0].label in chart.accessibleDescription()


# ---------------------------------------------------------------------------------------- (f) look
def test_a_marked_combo_keeps_a_readable_list(qtbot: Any, demo_editor: Any) -> None:
    from hubdesk.validation import Issue
    from ui.sections.common.marks import IssueMarks

    page = demo_editor.show_section("activities")
    page.list.setCurrentRow(0)
    normal = page.form.fund_combo.view().palette().color(QPalette.ColorRole.Base)
    marks = IssueMarks("activities", [Issue("PLAN-002", "error", "/activities/0/fund", "x", "x")])
    page.form.set_marks(marks, 0)
    combo = page.form.fund_combo
    assert combo.property("issueSeverity") == "error"
    view = combo.view()
    view.ensurePolished()
    assert view.palette().color(QPalette.ColorRole.Base) == normal
    assert view.palette().color(QPalette.ColorRole.Text) != view.palette().color(QPalette.ColorRole.Base)


def test_no_column_header_is_clipped(demo_editor: Any) -> None:
    demo_editor.resize(1000, 700)
    for key in ("properties", "partners", "attachments", "budget", "indicators"):
        page = demo_editor.show_section(key)
        table = page.table
        for column in range(table.model().columnCount()):
            assert table.columnWidth(column) >= header_width(table, column), (key, column)


def test_the_thematic_areas_do_not_move_when_their_problem_comes_or_goes(qtbot: Any, editor: Any) -> None:
    from hubdesk.validation import Issue

    page = editor.show_section("proposal")
    first = next(iter(page.area_checks.values()))
    issue = Issue("TXT-004", "error", "/proposal/thematic_areas", "Nessun ambito", "No area")
    page.set_issues([])
    QApplication.processEvents()
    before, size = first.mapTo(page, QPoint(0, 0)), page.areas_box.size()
    page.set_issues([issue])
    QApplication.processEvents()
    assert page.areas_box.property("issueSeverity") == "error"
    assert page.areas_box.toolTip() == "No area"
    assert (first.mapTo(page, QPoint(0, 0)), page.areas_box.size()) == (before, size)
    first.click()
    page.set_issues([])
    QApplication.processEvents()
    assert (first.mapTo(page, QPoint(0, 0)), page.areas_box.size()) == (before, size)


# ---------------------------------------------------------------------------------------- (g) budget add
def test_the_add_line_button_adds_a_line_and_focuses_it(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("budget")
    n = page.model.rowCount()
    page.add_button.click()
    assert page.model.rowCount() == n + 1
    stored = workspace.get(demo_editor.session.dossier_id).document["budget"]
    assert len(stored) == n + 1 and stored[-1]["amount_cents"] == 0
    current = page.proxy.mapToSource(page.table.currentIndex())
    assert current.row() == n
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    QTest.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.model.rowCount() == n + 2
