"""A delegate that edits coded columns with a combo box (codes as data, labels as text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.sections.common.combo import fill_combo
from ui.sections.common.table_model import FieldRole

Index = QModelIndex | QPersistentModelIndex
Choices = list[tuple[str | None, str]]


class ChoiceDelegate(QStyledItemDelegate):
    """``choices_for(field)`` returns the choices of a coded column, or None for a plain text column."""

    def __init__(self, choices_for: Callable[[str], Choices | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices_for = choices_for

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = str(index.data(FieldRole))
        if self.choices_for(field) is not None:
            combo = QComboBox(parent)
            combo.setObjectName(f"editor_{field}")
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        choices = self.choices_for(str(index.data(FieldRole)))
        if isinstance(editor, QComboBox) and choices is not None:
            value = index.data(Qt.ItemDataRole.EditRole)
            fill_combo(editor, choices, None if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
