"""The detail form of one activity. It reports edited fields; the page turns them into ops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.sections.common.combo import choice_combo, fill_combo
from ui.sections.common.focus import focus_widget
from ui.sections.common.marks import IssueMarks, mark_widget
from ui.sections.common.text_commit import TextCommitter
from ui.sections.common.vocab import Vocab
from ui.sections.page import edit_action


class ActivityForm(QWidget):
    #: (field, new value) of one user edit
    sig_field_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id_label = QLabel()
        self.committer = TextCommitter(self)
        self.title_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(72)
        self.area_combo = choice_combo([])
        self.fund_combo = choice_combo([])
        self.lead_combo = choice_combo([])
        self.partners_list = QListWidget()
        self.partners_list.setMaximumHeight(72)
        self.property_combo = choice_combo([])
        self.start_spin = QSpinBox()
        self.end_spin = QSpinBox()
        for spin in (self.start_spin, self.end_spin):
            spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            spin.setKeyboardTracking(False)
            spin.setRange(1, 240)
        self.deliverables_list = QListWidget()
        self.deliverables_list.setMaximumHeight(72)
        self.add_deliverable_button = QPushButton(self.tr("Add deliverable"))
        edit_action(self.add_deliverable_button)
        self.remove_deliverable_button = QPushButton(self.tr("Remove deliverable"))
        edit_action(self.remove_deliverable_button)
        self.widgets: dict[str, QWidget] = {
            "title": self.title_edit,
            "description": self.description_edit,
            "thematic_area": self.area_combo,
            "fund": self.fund_combo,
            "lead": self.lead_combo,
            "partners": self.partners_list,
            "property": self.property_combo,
            "start_month": self.start_spin,
            "end_month": self.end_spin,
            "deliverables": self.deliverables_list,
        }
        for name, w in self.widgets.items():
            w.setObjectName(f"activity_{name}")
        self._build()
        self._connect()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code"), self.id_label)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Thematic area"), self.area_combo)
        form.addRow(self.tr("Fund"), self.fund_combo)
        form.addRow(self.tr("Lead"), self.lead_combo)
        form.addRow(self.tr("Partners"), self.partners_list)
        form.addRow(self.tr("Property"), self.property_combo)
        months = QHBoxLayout()
        months.addWidget(QLabel(self.tr("from month")))
        months.addWidget(self.start_spin)
        months.addWidget(QLabel(self.tr("to month")))
        months.addWidget(self.end_spin)
        months.addStretch(1)
        form.addRow(self.tr("Months"), months)
        deliverables = QVBoxLayout()
        deliverables.addWidget(self.deliverables_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_deliverable_button)
        buttons.addWidget(self.remove_deliverable_button)
        buttons.addStretch(1)
        deliverables.addLayout(buttons)
        form.addRow(self.tr("Deliverables"), deliverables)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.committer.watch(self.title_edit, self._commit_title)
        self.committer.watch(self.description_edit, self._commit_description)
        for field, combo in (
            ("thematic_area", self.area_combo),
            ("fund", self.fund_combo),
            ("lead", self.lead_combo),
            ("property", self.property_combo),
        ):
            combo.activated.connect(
                lambda _i, f=field, c=combo: self.sig_field_edited.emit(f, c.currentData())
            )
        self.start_spin.valueChanged.connect(lambda v: self.sig_field_edited.emit("start_month", v))
        self.end_spin.valueChanged.connect(lambda v: self.sig_field_edited.emit("end_month", v))
        self.partners_list.itemChanged.connect(self._on_partners_changed)
        self.deliverables_list.itemChanged.connect(self._emit_deliverables)
        self.add_deliverable_button.clicked.connect(self._on_add_deliverable)
        self.remove_deliverable_button.clicked.connect(self._on_remove_deliverable)

    # ------------------------------------------------------------------ showing an activity
    def set_activity(self, act: dict[str, Any] | None, vocab: Vocab, duration: int) -> None:
        self.setEnabled(act is not None)
        act = act or {}
        same = self.id_label.text() == str(act.get("id", ""))
        self.id_label.setText(str(act.get("id", "")))
        if self.title_edit.text() != str(act.get("title") or "") and not (
            same and self.committer.pending(self.title_edit)
        ):
            self.title_edit.setText(str(act.get("title") or ""))
        if self.description_edit.toPlainText() != str(act.get("description") or "") and not (
            same and self.committer.pending(self.description_edit)
        ):
            with QSignalBlocker(self.description_edit):
                self.description_edit.setPlainText(str(act.get("description") or ""))
            self.description_edit.document().setModified(False)
        areas = [(c, ch.label(vocab.lang)) for c, ch in vocab.profile.thematic_areas.items()]
        fill_combo(self.area_combo, areas, act.get("thematic_area"))
        fill_combo(self.fund_combo, vocab.activity_fund_choices(), act.get("fund"))
        fill_combo(self.lead_combo, vocab.party_choices(), act.get("lead"))
        fill_combo(self.property_combo, [(None, self.tr("(none)")), *vocab.properties], act.get("property"))
        for spin, field in ((self.start_spin, "start_month"), (self.end_spin, "end_month")):
            with QSignalBlocker(spin):
                spin.setMaximum(max(240, duration))
                value = act.get(field)
                spin.setValue(value if isinstance(value, int) and not isinstance(value, bool) else 1)
        chosen = set(act.get("partners") or [])
        with QSignalBlocker(self.partners_list):
            self.partners_list.clear()
            for pid, name in vocab.partners:
                item = QListWidgetItem(name or pid, self.partners_list)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
        deliverables = [str(d) for d in act.get("deliverables") or []]
        if deliverables != self.deliverables():
            row = self.deliverables_list.currentRow()
            with QSignalBlocker(self.deliverables_list):
                self.deliverables_list.clear()
                for text in deliverables:
                    item = QListWidgetItem(text, self.deliverables_list)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.deliverables_list.setCurrentRow(min(row, len(deliverables) - 1))

    def set_marks(self, marks: IssueMarks, row: int) -> None:
        """Mark the fields an issue points at (the pages' one look), message as tooltip."""
        for field, w in self.widgets.items():
            mark = marks.cell(row, field) if row >= 0 else None
            mark_widget(w, mark.severity if mark else "", list(mark.messages) if mark else [])

    def focus_field(self, field: str) -> bool:
        w = self.widgets.get(field)
        if w is None:
            return False
        return focus_widget(w)

    # ------------------------------------------------------------------ edits
    def deliverables(self) -> list[str]:
        return [self.deliverables_list.item(i).text() for i in range(self.deliverables_list.count())]

    def _commit_title(self) -> None:
        if self.title_edit.isModified():
            self.title_edit.setModified(False)
            self.sig_field_edited.emit("title", self.title_edit.text().strip())

    def _commit_description(self) -> None:
        if self.description_edit.document().isModified():
            self.description_edit.document().setModified(False)
            self.sig_field_edited.emit("description", self.description_edit.toPlainText())

    def flush(self) -> None:
        """Commit what is waiting for its typing pause (before another activity is shown)."""
        self.committer.flush()

    def _on_partners_changed(self, _item: QListWidgetItem) -> None:
        chosen = [
            self.partners_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.partners_list.count())
            if self.partners_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.sig_field_edited.emit("partners", chosen)

    def _emit_deliverables(self, *_args: object) -> None:
        self.sig_field_edited.emit("deliverables", [d.strip() for d in self.deliverables()])

    def _on_add_deliverable(self) -> None:
        self.sig_field_edited.emit("deliverables", [*self.deliverables(), self.tr("New deliverable")])

    def _on_remove_deliverable(self) -> None:
        row = self.deliverables_list.currentRow()
        items = self.deliverables()
        if 0 <= row < len(items):
            del items[row]
            self.sig_field_edited.emit("deliverables", items)
