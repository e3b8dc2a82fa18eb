"""The budget sheet view: keyboard-first editing and spreadsheet copy/paste.

Enter edits and, once committed, moves down; arrows and Ctrl+Tab / Ctrl+Shift+Tab move between
cells; Tab and Shift+Tab leave the sheet (in an open cell editor Tab commits and edits the next
cell); Insert adds a line, Ctrl+D duplicates
the selected lines, Delete removes them; Ctrl+C / Ctrl+V copy and paste tab-separated ranges.
The view only reports what the user asked for: the page turns it into document operations.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from ui.sections.common.tsv import format_tsv


class BudgetTableView(QTableView):
    sig_add_requested = Signal()
    sig_duplicate_requested = Signal()
    sig_remove_requested = Signal()
    #: clipboard text to paste at the current cell
    sig_paste_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setHighlightSections(False)

    # ------------------------------------------------------------------ rows of the document
    def source_index(self, index: QModelIndex) -> QModelIndex:
        model = self.model()
        return model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index

    def selected_source_rows(self) -> list[int]:
        """Document rows touched by the selection (or the current cell), in document order."""
        rows = (
            {self.source_index(i).row() for i in self.selectionModel().selectedIndexes()}
            if self.selectionModel()
            else set()
        )
        if not rows and self.currentIndex().isValid():
            rows = {self.source_index(self.currentIndex()).row()}
        return sorted(r for r in rows if r >= 0)

    def copy_selection(self) -> str:
        """The selected block (bounding rectangle, in view order) as TSV, also put on the clipboard."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        model = self.model()
        grid = [
            [
                str(
                    model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or self._check_text(model.index(r, c))
                )
                for c in range(cols[0], cols[-1] + 1)
            ]
            for r in range(rows[0], rows[-1] + 1)
        ]
        text = format_tsv(grid)
        QGuiApplication.clipboard().setText(text)
        return text

    @staticmethod
    def _check_text(index: QModelIndex) -> str:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            return ""
        return "1" if state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value) else "0"

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.sig_paste_requested.emit(QGuiApplication.clipboard().text())
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods & Qt.KeyboardModifier.ControlModifier:
            back = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            action = (
                QAbstractItemView.CursorAction.MovePrevious
                if back
                else QAbstractItemView.CursorAction.MoveNext
            )
            target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
            if target.isValid():
                self.setCurrentIndex(target)
        elif key == Qt.Key.Key_Insert:
            self.sig_add_requested.emit()
        elif key == Qt.Key.Key_D and mods & Qt.KeyboardModifier.ControlModifier:
            self.sig_duplicate_requested.emit()
        elif key == Qt.Key.Key_Delete and not mods:
            self.sig_remove_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            if not self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event):
                self._move_down()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()

    def _move_down(self) -> None:
        cur = self.currentIndex()
        if cur.isValid() and cur.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(cur.sibling(cur.row() + 1, cur.column()))
