"""Indicatori: a small table editor (id, name, unit, target)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.document.pointer import join_pointer
from hubdesk.document.templates import new_indicator
from ui.sections.common.focus import focus_cell
from ui.sections.common.marks import IssueMarks
from ui.sections.common.table_model import Column, DocTableModel
from ui.sections.common.table_view import configure_table
from ui.sections.page import EditorContext, SectionPage, edit_action


def parse_target(value: Any) -> int | float:
    """A target typed as "120", "1.500" (Italian thousands) or "12,5"; ValueError otherwise."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value).strip().replace(" ", "")
    if "," in text:
        number = float(text.replace(".", "").replace(",", "."))
    elif text.count(".") >= 1 and all(len(part) == 3 for part in text.split(".")[1:]):
        number = float(text.replace(".", ""))
    else:
        number = float(text)
    if number < 0 or number != number:
        raise ValueError(text)
    return int(number) if number.is_integer() else number


class IndicatorsModel(DocTableModel):
    section = "indicators"
    context_name = "IndicatorsModel"
    columns = (
        Column("id", QT_TRANSLATE_NOOP("IndicatorsModel", "Code"), editable=False),
        Column("name", QT_TRANSLATE_NOOP("IndicatorsModel", "Indicator")),
        Column("unit", QT_TRANSLATE_NOOP("IndicatorsModel", "Unit")),
        Column("target", QT_TRANSLATE_NOOP("IndicatorsModel", "Target"), numeric=True),
    )

    def display(self, row: dict[str, Any], col: Column) -> str:
        value = row.get(col.field)
        if col.field == "target" and isinstance(value, int | float) and not isinstance(value, bool):
            return f"{value:,}".replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
        return super().display(row, col)

    def sort_value(self, row: dict[str, Any], col: Column) -> Any:
        value = row.get(col.field)
        return (
            value
            if col.field == "target" and isinstance(value, int | float)
            else super().sort_value(row, col)
        )

    def to_document(self, row: dict[str, Any], col: Column, value: Any) -> Any:
        return parse_target(value) if col.field == "target" else str(value).strip()


class IndicatorsPage(SectionPage):
    section = "indicators"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._rows: list[dict[str, Any]] = []
        self.model = IndicatorsModel(self)
        self.table = QTableView()
        self.table.setObjectName("indicators_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        configure_table(
            self.table,
            QCoreApplication.translate("IndicatorsPage", "Indicators"),
            (80, 300, 140, 120),
            stretch=1,
        )
        self.add_button = QPushButton(self.tr("Add indicator"))
        edit_action(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove indicator"))
        edit_action(self.remove_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.model.sig_edit.connect(self.emit_edit)
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_indicator)

    def set_document(self, doc: dict[str, Any]) -> None:
        rows = doc.get("indicators")
        self._rows = rows if isinstance(rows, list) else []
        self.model.set_rows(self._rows)

    def focus_path(self, pointer: str) -> bool:
        target = self.target_of(pointer)
        return target is not None and focus_cell(self.table, self.model, target, 1)

    def set_issues(self, issues: list[Any]) -> None:
        self.model.set_marks(IssueMarks(self.section, issues, self.context.lang))

    def add_indicator(self) -> None:
        value = new_indicator({"indicators": self._rows})
        self.emit_edit(
            [{"op": "add", "path": "/indicators/-", "value": value}],
            QCoreApplication.translate("IndicatorsPage", "Add indicator"),
        )
        index = self.model.index(self.model.rowCount() - 1, 1)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def remove_indicator(self) -> None:
        rows = sorted(
            {i.row() for i in self.table.selectionModel().selectedIndexes()}
            or {self.table.currentIndex().row()},
            reverse=True,
        )
        ops = [{"op": "remove", "path": join_pointer("indicators", r)} for r in rows if r >= 0]
        if ops:
            self.emit_edit(ops, QCoreApplication.translate("IndicatorsPage", "Remove indicator"))
