"""Attività e cronoprogramma: activity list, detail form and the Gantt timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hubdesk.document.pointer import join_pointer
from hubdesk.document.templates import new_activity
from ui import dialogs
from ui.sections.activities.form import ActivityForm
from ui.sections.activities.gantt_geometry import parse_date
from ui.sections.activities.gantt_widget import Bar, GanttChart
from ui.sections.common.focus import focus_widget
from ui.sections.common.marks import IssueMarks
from ui.sections.common.vocab import Vocab
from ui.sections.page import EditorContext, SectionPage, edit_action


class ActivitiesPage(SectionPage):
    section = "activities"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._doc: dict[str, Any] = {}
        self._acts: list[dict[str, Any]] = []
        self._form_row = -1  # the activity the form shows
        self._marks = IssueMarks(self.section)
        self.vocab = Vocab.of({}, context.profile, context.lang)
        #: injectable for tests: () -> path or "" (a save-file dialog by default)
        self.pdf_picker = self._ask_pdf_path
        self.list = QListWidget()
        self.list.setObjectName("activities_list")
        self.form = ActivityForm()
        self.gantt = GanttChart()
        self.gantt.labels = {"end": self.tr("End of project"), "deadline": self.tr("Eligibility deadline")}
        self.gantt.setAccessibleName(self.tr("Timeline"))
        self.list.setAccessibleName(self.tr("Activities"))
        self._build()
        self._connect()

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add"))
        edit_action(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove"))
        edit_action(self.remove_button)
        self.up_button = QPushButton(self.tr("Up"))
        edit_action(self.up_button)
        self.down_button = QPushButton(self.tr("Down"))
        edit_action(self.down_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        ll.addLayout(buttons)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(form_scroll)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 2)
        top.setSizes([380, 900])
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.print_button = QPushButton(self.tr("Print to PDF…"))
        bar = QHBoxLayout()
        bar.addWidget(
            QLabel(self.tr("Timeline (drag a bar or its edges to change the months; Ctrl+wheel zooms)"))
        )
        bar.addStretch(1)
        for b in (self.zoom_out_button, self.zoom_in_button, self.print_button):
            bar.addWidget(b)
        self.gantt_scroll = QScrollArea()
        self.gantt_scroll.setWidget(self.gantt)
        self.gantt_scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(bar)
        bl.addWidget(self.gantt_scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([530, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.form.sig_field_edited.connect(self._on_field_edited)
        self.gantt.sig_activity_clicked.connect(self.list.setCurrentRow)
        self.gantt.sig_months_changed.connect(self._on_months_dragged)
        self.add_button.clicked.connect(self.add_activity)
        self.remove_button.clicked.connect(self.remove_activity)
        self.up_button.clicked.connect(lambda: self.move_activity(-1))
        self.down_button.clicked.connect(lambda: self.move_activity(1))
        self.zoom_in_button.clicked.connect(lambda: self.gantt.zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.gantt.zoom_by(0.8))
        self.print_button.clicked.connect(self._on_print)

    # ------------------------------------------------------------------ SectionPage contract
    def set_document(self, doc: dict[str, Any]) -> None:
        self._doc = doc
        acts = doc.get("activities")
        self._acts = [a for a in acts if isinstance(a, dict)] if isinstance(acts, list) else []
        self.vocab = Vocab.of(doc, self.context.profile, self.context.lang)
        row = self.list.currentRow()
        with QSignalBlocker(self.list):
            while self.list.count() > len(self._acts):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(self._acts):
                self.list.addItem(QListWidgetItem())
            for i, act in enumerate(self._acts):
                item = self.list.item(i)
                text = self.vocab.activity_label(str(act.get("id", "")))
                if item.text() != text:
                    item.setText(text)
            row = min(max(row, 0), len(self._acts) - 1)
            self.list.setCurrentRow(row)
        self._paint_marks()
        self._show_current()
        self._update_gantt()

    def focus_path(self, pointer: str) -> bool:
        target = self.target_of(pointer)
        if target is None:
            return False
        if target.row is None:
            return focus_widget(self.list)
        if target.row >= len(self._acts):
            return False
        self.list.setCurrentRow(target.row)
        if target.field and self.form.focus_field(target.field):
            return True
        return focus_widget(self.list)

    def set_issues(self, issues: list[Any]) -> None:
        self._marks = IssueMarks(self.section, issues, self.context.lang)
        self._paint_marks()
        self.form.set_marks(self._marks, self.list.currentRow())
        self._update_gantt()

    def apply_read_only(self, read_only: bool) -> None:
        self.gantt.draggable = not read_only
        for checks in (self.form.partners_list, self.form.deliverables_list):
            checks.setEnabled(not read_only)

    # ------------------------------------------------------------------ showing
    def _paint_marks(self) -> None:
        for i in range(self.list.count()):
            mark = self._marks.row_mark(i)
            item = self.list.item(i)
            item.setBackground(mark.color if mark else Qt.GlobalColor.transparent)
            item.setToolTip(mark.tooltip if mark else "")

    def _duration(self) -> int:
        value = (self._doc.get("proposal") or {}).get("duration_months")
        return value if isinstance(value, int) and value > 0 else 1

    def _show_current(self) -> None:
        row = self.list.currentRow()
        self._form_row = row
        act = self._acts[row] if 0 <= row < len(self._acts) else None
        self.form.set_activity(act, self.vocab, self._duration())
        self.form.set_marks(self._marks, row)
        self.gantt.set_selected(row)

    def _update_gantt(self) -> None:
        bars = []
        for i, act in enumerate(self._acts):
            mark = self._marks.row_mark(i)
            start, end = act.get("start_month"), act.get("end_month")
            bars.append(
                Bar(
                    self.vocab.activity_label(str(act.get("id", ""))),
                    str(act.get("fund") or ""),
                    start if isinstance(start, int) else 1,
                    end if isinstance(end, int) else 1,
                    mark.severity if mark and mark.severity in ("error", "warning") else "",
                )
            )
        colors = self.context.profile.fund_colors
        start_date = parse_date((self._doc.get("proposal") or {}).get("start_date"))
        deadline = parse_date(self.context.profile.eligibility_end_date)
        self.gantt.set_data(bars, colors, start_date, self._duration(), deadline, self.context.lang)
        self.gantt.set_selected(self.list.currentRow())

    def _on_list_row_changed(self, _row: int) -> None:
        self.form.flush()  # what was typed belongs to the activity shown until now
        self._show_current()

    # ------------------------------------------------------------------ edits -> ops
    def _on_field_edited(self, field: str, value: Any) -> None:
        row = self._form_row
        if not 0 <= row < len(self._acts) or self._acts[row].get(field) == value:
            return
        ops = [{"op": "replace", "path": join_pointer("activities", row, field), "value": value}]
        self.emit_edit(ops, self.tr("Edit activity %1").replace("%1", str(self._acts[row].get("id", ""))))

    def _on_months_dragged(self, row: int, start: int, end: int) -> None:
        """One op pair per drag, so one undo puts the bar back."""
        act = self._acts[row]
        ops = [
            {"op": "replace", "path": join_pointer("activities", row, "start_month"), "value": start},
            {"op": "replace", "path": join_pointer("activities", row, "end_month"), "value": end},
        ]
        self.list.setCurrentRow(row)
        self.emit_edit(ops, self.tr("Reschedule activity %1").replace("%1", str(act.get("id", ""))))

    def add_activity(self) -> None:
        act = new_activity(self._doc, self.context.profile, self.tr("New activity"))
        self.emit_edit([{"op": "add", "path": "/activities/-", "value": act}], self.tr("Add activity"))
        self.list.setCurrentRow(self.list.count() - 1)

    def remove_activity(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._acts):
            self.emit_edit(
                [{"op": "remove", "path": join_pointer("activities", row)}], self.tr("Remove activity")
            )

    def move_activity(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._acts) and 0 <= target < len(self._acts):
            self.emit_edit(
                [
                    {
                        "op": "move",
                        "from": join_pointer("activities", row),
                        "path": join_pointer("activities", target),
                    }
                ],
                self.tr("Move activity"),
            )
            self.list.setCurrentRow(target)

    # ------------------------------------------------------------------ printing
    def _ask_pdf_path(self) -> str:
        return (
            dialogs.pick_save_file(self, self.tr("Print timeline"), "PDF (*.pdf)", "cronoprogramma.pdf") or ""
        )

    def _on_print(self) -> None:
        path = self.pdf_picker()
        if path:
            self.print_timeline(path)

    def print_timeline(self, path: str) -> None:
        proposal = self._doc.get("proposal") or {}
        title = self.tr("Timeline — %1").replace("%1", str(proposal.get("title") or ""))
        self.gantt.print_to_pdf(path, title)
