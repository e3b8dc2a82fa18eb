"""Activities page: list, detail form, Gantt drag/zoom/print, focus and issues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hubdesk.validation.issues import Issue
from ui.sections.activities.page import ActivitiesPage
from ui.sections.registry import PAGE_CLASSES as PLAN_PAGES

from .plan_fixtures import Editor


def make(qtbot, context, doc) -> tuple[ActivitiesPage, Editor]:
    page = PLAN_PAGES["activities"](context)
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.show()
    qtbot.waitExposed(page)
    return page, Editor(page, doc)  # type: ignore[return-value]


def test_list_and_form_show_the_activity(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    assert page.list.count() == 4
    page.list.setCurrentRow(1)
    f = page.form
    assert f.title_edit.text() == "Incubatore di imprese sociali"
    assert f.area_combo.currentText() == "Start-up and strengthening of social-impact businesses"
    assert f.fund_combo.currentData() == "FSE"
    assert f.lead_combo.currentText() == "Cooperativa Sociale Il Faro"
    checked = [f.partners_list.item(i).checkState() == Qt.CheckState.Checked for i in range(2)]
    assert checked == [False, True]
    assert f.property_combo.currentData() is None
    assert (f.start_spin.value(), f.end_spin.value()) == (10, 30)
    assert f.deliverables() == ["10 imprese accompagnate"]


def test_form_edits_become_ops(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    f = page.form
    f.title_edit.setFocus()
    f.title_edit.selectAll()
    for ch in "Città":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, f.title_edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QTest.keyClick(f.title_edit, Qt.Key.Key_Return)
    assert ed.doc["activities"][0]["title"] == "Città"
    f.end_spin.setValue(20)
    assert ed.doc["activities"][0]["end_month"] == 20
    f.partners_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert ed.doc["activities"][0]["partners"] == ["PAR-1"]
    idx = f.lead_combo.findData("PAR-2")
    f.lead_combo.setCurrentIndex(idx)
    f.lead_combo.activated.emit(idx)
    assert ed.doc["activities"][0]["lead"] == "PAR-2"
    f.add_deliverable_button.click()
    assert ed.doc["activities"][0]["deliverables"][-1] == "New deliverable"
    assert f.title_edit.text() == "Città"  # the form survives set_document
    n = len(ed.undo_stack)
    for _ in range(n):
        ed.undo()
    assert ed.doc["activities"] == doc["activities"]


def test_add_move_remove_activity(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    page.add_button.click()
    assert ed.doc["activities"][-1]["id"] == "ATT-5" and page.list.currentRow() == 4
    page.up_button.click()
    assert ed.doc["activities"][3]["id"] == "ATT-5" and page.list.currentRow() == 3
    page.remove_button.click()
    assert [a["id"] for a in ed.doc["activities"]] == ["ATT-1", "ATT-2", "ATT-3", "ATT-4"]


def _bar_point(page: ActivitiesPage, row: int, where: str) -> QPoint:
    rect = page.gantt.bar_rect(row)
    x = {"mid": rect.center().x(), "end": rect.right() - 1, "start": rect.left() + 1}[where]
    return QPoint(int(x), int(rect.center().y()))


def test_gantt_bars_follow_the_months(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    g = page.gantt.geometry_
    rect = page.gantt.bar_rect(1)
    assert rect.left() == g.month_to_x(10) and rect.width() == 21 * g.px_per_month
    assert page.gantt.months_shown() == 35  # up to the eligibility deadline (month 34) + 1


def test_click_selects_and_drag_moves_with_one_op_pair(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    ppm = page.gantt.geometry_.px_per_month
    start = _bar_point(page, 2, "mid")
    QTest.mouseClick(page.gantt, Qt.MouseButton.LeftButton, pos=start)
    assert page.list.currentRow() == 2
    QTest.mousePress(page.gantt, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(page.gantt, start + QPoint(int(2 * ppm), 0))
    with qtbot.waitSignal(page.sig_edit) as blocker:
        QTest.mouseRelease(page.gantt, Qt.MouseButton.LeftButton, pos=start + QPoint(int(2 * ppm), 0))
    ops = blocker.args[0]
    assert [op["path"] for op in ops] == ["/activities/2/start_month", "/activities/2/end_month"]
    assert (ed.doc["activities"][2]["start_month"], ed.doc["activities"][2]["end_month"]) == (14, 30)
    assert len(ed.undo_stack) == 1
    ed.undo()
    assert (ed.doc["activities"][2]["start_month"], ed.doc["activities"][2]["end_month"]) == (12, 28)


def test_drag_the_end_edge(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    ppm = page.gantt.geometry_.px_per_month
    p = _bar_point(page, 0, "end")
    QTest.mousePress(page.gantt, Qt.MouseButton.LeftButton, pos=p)
    QTest.mouseMove(page.gantt, p - QPoint(int(3 * ppm), 0))
    QTest.mouseRelease(page.gantt, Qt.MouseButton.LeftButton, pos=p - QPoint(int(3 * ppm), 0))
    assert (ed.doc["activities"][0]["start_month"], ed.doc["activities"][0]["end_month"]) == (1, 15)


def test_zoom_with_buttons_and_ctrl_wheel(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    before = page.gantt.geometry_.px_per_month
    page.zoom_in_button.click()
    assert page.gantt.geometry_.px_per_month == before * 1.25
    event = QWheelEvent(
        QPointF(300, 60),
        QPointF(300, 60),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.gantt, event)
    assert abs(page.gantt.geometry_.px_per_month - before) < 1e-9
    assert page.gantt.width() == page.gantt.sizeHint().width()


def test_print_timeline_to_pdf(qtbot, context, doc, tmp_path: Path) -> None:
    page, _ = make(qtbot, context, doc)
    out = tmp_path / "timeline.pdf"
    page.pdf_picker = lambda: str(out)
    page.print_button.click()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_focus_path_and_issues(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    assert page.focus_path("/activities/3/end_month")
    assert page.list.currentRow() == 3
    qtbot.waitUntil(lambda: page.form.end_spin.hasFocus())
    page.set_issues(
        [Issue("PLAN-001", "error", "/activities/3/end_month", "Mesi fuori", "Months out of range")]
    )
    assert page.form.end_spin.toolTip() == "Months out of range"
    assert page.list.item(3).toolTip() == "Months out of range"
    assert page.gantt.bars[3].problem == "error"
    assert not page.focus_path("/budget/1")
