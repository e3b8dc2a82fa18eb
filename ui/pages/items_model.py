"""The table model behind a master-detail list (properties, partners): one row per list item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ui.pages.marks import worst
from ui.widgets.icons import icon

_Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1


class Column:
    """A column: translation context + source header, and how to get the cell text from an item."""

    def __init__(self, context: str, header: str, getter: Callable[[dict[str, Any]], str]) -> None:
        self.context, self.header, self.getter = context, header, getter


class ItemsTableModel(QAbstractTableModel):
    """Rows are the items of one document list; ``set_items`` after each change, issues mark rows."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.items: list[dict[str, Any]] = []
        self.row_issues: dict[int, list[tuple[str, str]]] = {}

    def set_items(self, items: list[dict[str, Any]]) -> None:
        if len(items) == len(self.items):
            # edits copy only what they touch: unchanged items are the very same objects
            changed = [r for r, (a, b) in enumerate(zip(self.items, items, strict=True)) if a is not b]
            self.items = list(items)
            if changed:
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_row_issues(self, row_issues: dict[int, list[tuple[str, str]]]) -> None:
        if row_issues == self.row_issues:
            return
        self.row_issues = row_issues
        if self.items:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.items) - 1, 0),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            return QCoreApplication.translate(col.context, col.header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].getter(item)
        issues = self.row_issues.get(index.row(), [])
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and issues:
            return icon(worst([s for s, _m in issues]))
        if role == Qt.ItemDataRole.ToolTipRole and issues:
            return "\n".join(m for _s, m in issues)
        if role == ItemRole:
            return item
        return None
