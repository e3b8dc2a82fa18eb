"""The one table-model base of the section pages: one row per item of a document list.

Used by the editable tables (budget, indicators, attachments) and by the master lists of the
master-detail pages (properties, partners), which show derived text (``Column.getter``) and an
issue icon in the first column (``row_icons``).

The model never changes its rows when the user edits: ``setData`` turns the edit into document
operations and emits ``sig_edit``; the rows change only through ``set_rows`` (called from
``set_document`` after the shell applied the ops, or after undo/redo). ``set_rows`` diffs the old
and the new list (patch.apply_ops keeps unchanged items identical) and emits fine-grained
dataChanged / rowsInserted / rowsRemoved, never a reset, so selection and scroll survive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hubdesk.document.pointer import join_pointer
from ui.sections.common.marks import IssueMarks
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from ui.sections.common.vocab import Vocab

SortRole = Qt.ItemDataRole.UserRole + 1
#: the document field a column shows ("" for derived columns)
FieldRole = Qt.ItemDataRole.UserRole + 2
#: the whole item (dict) of the row
ItemRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    """One column: the document field it shows, its header (source text, translated at runtime)."""

    field: str
    title: str
    editable: bool = True
    numeric: bool = False
    #: derived text for display (read-only columns of master lists); None shows ``row[field]``
    getter: Callable[[dict[str, Any]], str] | None = None


class DocTableModel(QAbstractTableModel):
    """Rows are the document's dicts, shown read-only; edits become ops (see module docstring)."""

    #: (ops, description) of one user edit
    sig_edit = Signal(object, str)
    section: str = ""
    context_name: str = "DocTable"
    columns: tuple[Column, ...] = ()
    #: show the row's worst issue as an icon in the first column, its messages as the row's tooltip
    row_icons: bool = False

    def __init__(
        self,
        parent: Any = None,
        *,
        section: str | None = None,
        context_name: str | None = None,
        columns: tuple[Column, ...] | list[Column] | None = None,
    ) -> None:
        super().__init__(parent)
        if section is not None:
            self.section = section
        if context_name is not None:
            self.context_name = context_name
        if columns is not None:
            self.columns = tuple(columns)
        self._rows: list[dict[str, Any]] = []
        self._marks = IssueMarks(self.section)
        self._read_only = False

    def set_read_only(self, read_only: bool) -> None:
        """No cell is editable while read-only (the reviewer view, frozen versions)."""
        if read_only != self._read_only:
            self._read_only = read_only
            self.refresh_all()

    def is_read_only(self) -> bool:
        return self._read_only

    # ------------------------------------------------------------------ content
    @property
    def rows(self) -> list[dict[str, Any]]:
        return self._rows

    def column_of(self, field: str) -> int:
        """The column showing ``field``, -1 when none does."""
        return next((i for i, c in enumerate(self.columns) if c.field == field), -1)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``, signalling only what changed (prefix/suffix diff, O(n) identity checks)."""
        old = self._rows
        if rows is old:
            return
        n_old, n_new = len(old), len(rows)
        lim = min(n_old, n_new)
        p = 0
        while p < lim and (old[p] is rows[p] or old[p] == rows[p]):
            p += 1
        s = 0
        while s < lim - p and (
            old[n_old - 1 - s] is rows[n_new - 1 - s] or old[n_old - 1 - s] == rows[n_new - 1 - s]
        ):
            s += 1
        mid_old, mid_new = n_old - p - s, n_new - p - s
        common = min(mid_old, mid_new)
        if mid_new > mid_old:
            self.beginInsertRows(QModelIndex(), p + mid_old, p + mid_new - 1)
            self._rows = rows
            self.endInsertRows()
        elif mid_old > mid_new:
            self.beginRemoveRows(QModelIndex(), p + mid_new, p + mid_old - 1)
            self._rows = rows
            self.endRemoveRows()
        self._rows = rows
        if common > 0:
            self.dataChanged.emit(self.index(p, 0), self.index(p + common - 1, self.columnCount() - 1))

    def refresh_all(self) -> None:
        """Labels depend on other sections (activity titles, partner names): repaint every cell."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def set_marks(self, marks: IssueMarks) -> None:
        touched = self._marks.rows | marks.rows
        self._marks = marks
        last = self.columnCount() - 1
        for row in sorted(r for r in touched if 0 <= r < len(self._rows)):
            self.dataChanged.emit(
                self.index(row, 0),
                self.index(row, last),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole],
            )

    @property
    def marks(self) -> IssueMarks:
        return self._marks

    # ------------------------------------------------------------------ hooks for subclasses
    def display(self, row: dict[str, Any], col: Column) -> str:
        if col.getter is not None:
            return col.getter(row)
        value = row.get(col.field)
        return "" if value is None else str(value)

    def edit_value(self, row: dict[str, Any], col: Column) -> Any:
        return row.get(col.field)

    def sort_value(self, row: dict[str, Any], col: Column) -> Any:
        return self.display(row, col).casefold()

    def to_document(self, row: dict[str, Any], col: Column, value: Any) -> Any:
        """The document value for an edited cell; raise ValueError to refuse it."""
        return value

    def tooltip(self, row: dict[str, Any], col: Column) -> str | None:
        return None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate(self.context_name, self.columns[section].title)
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self._read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if not isinstance(row, dict):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, col)
        if role == SortRole:
            return self.sort_value(row, col)
        if role == FieldRole:
            return col.field
        if role == ItemRole:
            return row
        if self.row_icons and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            row_mark = self._marks.row_mark(index.row())
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(row_mark.severity) if row_mark and index.column() == 0 else None
            return row_mark.tooltip if row_mark else self.tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            mark = self._marks.get(index.row(), col.field)
            if role == Qt.ItemDataRole.BackgroundRole:
                return mark.color if mark else None
            return mark.tooltip if mark else self.tooltip(row, col)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not self.columns[index.column()].editable
            or self._read_only
        ):
            return False
        row, col = self._rows[index.row()], self.columns[index.column()]
        try:
            new = self.to_document(row, col, value)
        except ValueError:
            return False
        if row.get(col.field) == new:
            return False
        path = join_pointer(self.section, index.row(), col.field)
        title = QCoreApplication.translate(self.context_name, col.title)
        desc = QCoreApplication.translate("DocTable", "Edit %1").replace("%1", title)
        self.sig_edit.emit([{"op": "replace", "path": path, "value": new}], desc)
        return True


class VocabTableModel(DocTableModel):
    """A table whose cells show labels from the dossier's vocabulary (activity titles, partner names)."""

    def __init__(self, vocab: Vocab, parent: Any = None) -> None:
        super().__init__(parent)
        self.vocab = vocab

    def set_vocab(self, vocab: Vocab) -> None:
        """New labels (activity titles, partner names, language): repaint, the rows are unchanged."""
        if vocab != self.vocab:
            self.vocab = vocab
            self.refresh_all()
