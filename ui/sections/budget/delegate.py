"""Editors for budget cells: choice lists limited by the call profile, Italian money entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.sections.budget.model import MONEY_FIELDS
from ui.sections.budget.money_input import MoneyInputError, format_amount, parse_amount
from ui.sections.common.combo import fill_combo
from ui.sections.common.table_model import FieldRole
from ui.sections.common.vocab import Vocab

Index = QModelIndex | QPersistentModelIndex
CHOICE_FIELDS = frozenset({"activity", "fund", "category", "beneficiary"})


class BudgetDelegate(QStyledItemDelegate):
    """Combo boxes for coded columns, a line edit parsing Italian amounts for money columns.

    Refused input (e.g. "1,2,3") is not written: ``sig_rejected`` carries the message to show.
    """

    sig_rejected = Signal(str)

    def __init__(self, vocab: Vocab, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vocab = vocab

    def _choices(self, field: str, index: Index) -> list[tuple[str, str]]:
        if field == "activity":
            return self.vocab.activity_choices()
        if field == "fund":
            return self.vocab.fund_choices()
        if field == "beneficiary":
            return self.vocab.party_choices()
        fund_index = index.siblingAtColumn(2)
        return self.vocab.category_choices(str(fund_index.data(Qt.ItemDataRole.EditRole) or ""))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = index.data(FieldRole)
        if field in CHOICE_FIELDS:
            combo = QComboBox(parent)
            combo.setObjectName(f"editor_{field}")
            combo.setFrame(False)
            return combo
        if field in MONEY_FIELDS:
            edit = QLineEdit(parent)
            edit.setFrame(False)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setObjectName(f"editor_{field}")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        field = index.data(FieldRole)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            fill_combo(editor, self._choices(field, index), None if value is None else str(value))
        elif field in MONEY_FIELDS and isinstance(editor, QLineEdit):
            editor.setText(format_amount(value) if isinstance(value, int) else "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        field = index.data(FieldRole)
        if isinstance(editor, QComboBox):
            code = editor.currentData()
            if code is not None:
                model.setData(index, code, Qt.ItemDataRole.EditRole)
            return
        if field in MONEY_FIELDS and isinstance(editor, QLineEdit):
            try:
                cents = parse_amount(editor.text())
            except MoneyInputError as exc:
                self.sig_rejected.emit(str(exc))
                return
            model.setData(index, cents, Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def displayText(self, value: Any, locale: Any) -> str:
        return "" if value is None else str(value)
