"""The problems panel: issues grouped by section (a two-level tree), activated to jump to the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ui.editor.counts import counts_text
from ui.editor.field_labels import field_label
from ui.sections.names import SECTION_KEYS, section_name
from ui.widgets.icons import icon
from ui.widgets.palette import issue_color

_Index = QModelIndex | QPersistentModelIndex

COL_MESSAGE, COL_RULE, COL_PATH = range(3)
_HEADERS = (
    QT_TRANSLATE_NOOP("ProblemsModel", "Problem"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Rule"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Field"),
)
IssueRole = Qt.ItemDataRole.UserRole + 1
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_TOP = 0  # internalId of section rows; issue rows carry section row + 1


class ProblemsModel(QAbstractItemModel):
    """Sections at the top level, issues below; ``set_issues`` replaces everything."""

    def __init__(self, lang: str = "it", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._groups: list[tuple[str, list[Any]]] = []
        self._shown: tuple[Any, ...] = ()
        self._labels: dict[str, str] = {}

    def set_issues(self, issues: list[Any]) -> None:
        """Show ``issues``; the same issues again (the usual case after an edit) cost nothing."""
        if tuple(issues) == self._shown:
            return
        self._shown = tuple(issues)
        self._labels = {issue.path: field_label(issue.path) for issue in issues}
        groups: dict[str, list[Any]] = {}
        for issue in issues:
            groups.setdefault(issue.section, []).append(issue)
        order = [*SECTION_KEYS, "document"]
        self.beginResetModel()
        self._groups = [
            (key, sorted(groups[key], key=lambda i: (_SEVERITY_ORDER.get(i.severity, 3), i.path)))
            for key in sorted(groups, key=lambda k: order.index(k) if k in order else len(order))
        ]
        self.endResetModel()

    # ------------------------------------------------------------------ structure
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return self.tr(_HEADERS[section])
        return None

    def issue_at(self, index: _Index) -> Any:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        _key, items = self._groups[index.internalId() - 1]
        return items[index.row()] if 0 <= index.row() < len(items) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._section_data(index, role)
        issue = self.issue_at(index)
        if issue is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (issue.message(self.lang), issue.rule, self._labels.get(issue.path, issue.path))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{issue.rule} · {issue.path}\n{issue.message(self.lang)}"
        if role == Qt.ItemDataRole.DecorationRole and col == COL_MESSAGE:
            return icon(issue.severity)
        if role == IssueRole:
            return issue
        return None

    def _section_data(self, index: _Index, role: int) -> Any:
        if not 0 <= index.row() < len(self._groups):
            return None
        key, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_MESSAGE:
            errors = sum(1 for i in items if i.severity == "error")
            warnings = sum(1 for i in items if i.severity == "warning")
            return f"{section_name(key)} — {counts_text(errors, warnings, len(items) - errors - warnings)}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_MESSAGE:
            worst = min((_SEVERITY_ORDER.get(i.severity, 3) for i in items), default=3)
            return issue_color(("error", "warning", "info", "ok")[worst])
        return None

    def first_issue_index(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()


class ProblemsView(QTreeView):
    """The tree of problems; Enter or double-click emits ``sig_activated(issue)``."""

    sig_activated = Signal(object)

    def __init__(self, model: ProblemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("problemsView")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        # A fixed width from the font: sizing to contents would measure every row at each refresh.
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_RULE, self.fontMetrics().horizontalAdvance("SCHEMA-001") + 24)
        header.setSectionResizeMode(COL_PATH, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_PATH, 220)
        self.doubleClicked.connect(self._on_activated)
        model.modelReset.connect(self.expandAll)

    def _on_activated(self, index: QModelIndex) -> None:
        issue = self.model().issue_at(index)  # type: ignore[attr-defined]
        if issue is not None:
            self.sig_activated.emit(issue)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)
