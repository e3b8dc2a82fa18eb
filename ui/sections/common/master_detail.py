"""A section that is a list (properties, partners): a table with add/duplicate/remove/reorder on the
left, the selected item's form on the right. Every list change is one edit op (add/remove/move)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.document.ids import next_id_in
from ui.sections.common.binder import FieldBinder
from ui.sections.common.focus import focus_widget
from ui.sections.common.forms import scrolling
from ui.sections.common.marks import IssueMarks
from ui.sections.common.table_model import Column, DocTableModel
from ui.sections.common.table_view import configure_table
from ui.sections.page import EditorContext, SectionPage, edit_action
from ui.widgets.icons import icon


class MasterDetailPage(SectionPage):
    """Subclasses define ``columns()``, ``new_item()`` (a core template) and fill ``self.detail_layout``."""

    #: translation context of the column titles
    columns_context = "ListPage"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.lang = context.lang
        self.doc: dict[str, Any] = {}
        self.binder = FieldBinder(self.emit_edit, self)
        self.model = DocTableModel(
            self, section=self.section, context_name=self.columns_context, columns=self.columns()
        )
        self.model.row_icons = True
        self.issues: list[Any] = []

        self.table = QTableView()
        self.table.setObjectName(f"{self.section}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultSectionSize(150)  # fixed widths: no per-row measuring
        configure_table(self.table, self.table_name(), stretch=0)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.add_button = self._tool("add", QCoreApplication.translate("ListPage", "Add"), self._on_add)
        self.duplicate_button = self._tool(
            "clone", QCoreApplication.translate("ListPage", "Duplicate"), self._on_duplicate
        )
        self.remove_button = self._tool(
            "delete", QCoreApplication.translate("ListPage", "Remove"), self._on_remove
        )
        self.up_button = self._tool(
            "up", QCoreApplication.translate("ListPage", "Move up"), lambda: self._on_move(-1)
        )
        self.down_button = self._tool(
            "down", QCoreApplication.translate("ListPage", "Move down"), lambda: self._on_move(1)
        )
        self.buttons_row = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for button in (
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)

        master = QWidget()
        ml = QVBoxLayout(master)
        ml.setContentsMargins(8, 8, 4, 8)
        ml.addLayout(self.buttons_row)
        ml.addWidget(self.table)

        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(12, 8, 12, 8)
        self.empty_label = QLabel(self.empty_text())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty_label)
        self.detail_stack.addWidget(scrolling(self.detail))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.section}Splitter")
        self.splitter.addWidget(master)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 620])
        self.detail.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self._update_buttons()

    # ------------------------------------------------------------------ subclass hooks
    def columns(self) -> list[Column]:
        return []

    def new_item(self) -> dict[str, Any]:
        """A fresh item for "Add" (with its id): subclasses return the core's template."""
        return {"id": self.next_id()}

    def empty_text(self) -> str:
        return ""

    def table_name(self) -> str:
        """The list's accessible name ("Properties", "Partners")."""
        return QCoreApplication.translate("ListPage", "Items")

    def after_load_item(self, item: dict[str, Any]) -> None:
        """Hook for dependent widgets (enable RUNTS for third-sector forms...)."""
        return None

    # ------------------------------------------------------------------ helpers
    def _tool(self, icon_name: str, text: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setToolTip(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        edit_action(button)
        return button

    @property
    def items(self) -> list[dict[str, Any]]:
        return list(self.doc.get(self.section) or [])

    def current_row(self) -> int:
        idx = self.table.selectionModel().currentIndex()
        return idx.row() if idx.isValid() and idx.row() < len(self.items) else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def next_id(self) -> str:
        return next_id_in(self.doc, self.section)

    # ------------------------------------------------------------------ contract
    def set_document(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        row = self.current_row()
        self.model.set_rows(self.items)
        if row < 0 and self.items:
            row = 0
        row = min(row, len(self.items) - 1)
        if row >= 0 and row != self.current_row():
            self.select_row(row)
        self._load_row(row)

    def _load_row(self, row: int) -> None:
        items = self.items
        if 0 <= row < len(items):
            self.binder.load(f"/{self.section}/{row}", items[row])
            self.after_load_item(items[row])
            self.detail_stack.setCurrentIndex(1)
        else:
            self.binder.flush()
            self.binder.base, self.binder.obj = "", None
            self.detail_stack.setCurrentIndex(0)
        self._apply_issue_marks()
        self._update_buttons()

    def _on_current_row_changed(self, current: Any, _previous: Any) -> None:
        self._load_row(current.row() if current.isValid() else -1)

    def _update_buttons(self) -> None:
        row, n = self.current_row(), len(self.items)
        self.duplicate_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)

    def focus_path(self, pointer: str) -> bool:
        target = self.target_of(pointer)
        if target is None:
            return False
        if target.row is None:
            return focus_widget(self.table)
        if target.row >= len(self.items):
            return False
        self.select_row(target.row)
        if target.rest and self.binder.focus(target.rest):
            return True
        return focus_widget(self.table)

    def set_issues(self, issues: list[Any]) -> None:
        self.issues = issues
        self._apply_issue_marks()

    def _apply_issue_marks(self) -> None:
        self.model.set_marks(IssueMarks(self.section, self.issues, self.lang))
        row = self.current_row()
        current: list[tuple[str, str, str]] = []
        for issue in self.issues:
            target = self.target_of(issue.path)
            if row >= 0 and target is not None and target.row == row:
                current.append((target.rest, issue.severity, issue.message(self.lang)))
        self.binder.set_issues(current)

    # ------------------------------------------------------------------ list actions
    def _on_add(self) -> None:
        self.binder.flush()
        value = self.new_item()
        self.emit_edit(
            [{"op": "add", "path": f"/{self.section}/-", "value": value}],
            QCoreApplication.translate("ListPage", "Add item"),
        )
        self.select_row(len(self.items) - 1)

    def add_item(self, item: dict[str, Any], description: str) -> None:
        """Append ``item`` (with a fresh id) and select it: used by "add from workspace"."""
        self.binder.flush()
        value = copy.deepcopy(item)
        value["id"] = self.next_id()
        self.emit_edit([{"op": "add", "path": f"/{self.section}/-", "value": value}], description)
        self.select_row(len(self.items) - 1)

    def _on_duplicate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.binder.flush()
        value = copy.deepcopy(self.items[row])
        value["id"] = self.next_id()
        if isinstance(value.get("name"), str):
            value["name"] = (value["name"] + " " + QCoreApplication.translate("ListPage", "(copy)"))[:500]
        self.emit_edit(
            [{"op": "add", "path": f"/{self.section}/{row + 1}", "value": value}],
            QCoreApplication.translate("ListPage", "Duplicate item"),
        )
        self.select_row(row + 1)

    def _on_remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.binder.flush()
        self.emit_edit(
            [{"op": "remove", "path": f"/{self.section}/{row}"}],
            QCoreApplication.translate("ListPage", "Remove item"),
        )

    def _on_move(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.items):
            return
        self.binder.flush()
        op = {"op": "move", "from": f"/{self.section}/{row}", "path": f"/{self.section}/{target}"}
        self.emit_edit([op], QCoreApplication.translate("ListPage", "Reorder items"))
        self.select_row(target)
