"""The budget table: one row per budget line, the eligible cost derived, never typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hubdesk.budget import eligible_cents
from hubdesk.document.pointer import join_pointer
from ui.sections.budget.money_input import format_amount, parse_amount
from ui.sections.common.table_model import Column, VocabTableModel

CTX = "BudgetModel"
COL_ID, COL_ACTIVITY, COL_FUND, COL_CATEGORY, COL_DESCRIPTION = range(5)
COL_BENEFICIARY, COL_AMOUNT, COL_VAT, COL_VAT_RECOVERABLE, COL_ELIGIBLE = range(5, 10)
MONEY_FIELDS = frozenset({"amount_cents", "vat_cents"})

Index = QModelIndex | QPersistentModelIndex


class BudgetModel(VocabTableModel):
    section = "budget"
    context_name = CTX
    columns = (
        Column("id", QT_TRANSLATE_NOOP("BudgetModel", "Line"), editable=False),
        Column("activity", QT_TRANSLATE_NOOP("BudgetModel", "Activity")),
        Column("fund", QT_TRANSLATE_NOOP("BudgetModel", "Fund")),
        Column("category", QT_TRANSLATE_NOOP("BudgetModel", "Category")),
        Column("description", QT_TRANSLATE_NOOP("BudgetModel", "Description")),
        Column("beneficiary", QT_TRANSLATE_NOOP("BudgetModel", "Beneficiary")),
        Column("amount_cents", QT_TRANSLATE_NOOP("BudgetModel", "Amount (net)"), numeric=True),
        Column("vat_cents", QT_TRANSLATE_NOOP("BudgetModel", "VAT"), numeric=True),
        Column("vat_recoverable", QT_TRANSLATE_NOOP("BudgetModel", "VAT recov."), editable=False),
        Column("", QT_TRANSLATE_NOOP("BudgetModel", "Eligible cost"), editable=False, numeric=True),
    )

    # ------------------------------------------------------------------ cell texts
    def display(self, row: dict[str, Any], col: Column) -> str:
        f = col.field
        if f == "":
            return format_amount(eligible_cents(row))
        value = row.get(f)
        if f in MONEY_FIELDS:
            return format_amount(value) if isinstance(value, int) and not isinstance(value, bool) else ""
        if f == "vat_recoverable":
            return ""
        text = "" if value is None else str(value)
        if f == "activity":
            return self.vocab.activity_label(text)
        if f == "fund":
            return self.vocab.fund_label(text)
        if f == "category":
            return self.vocab.category_label(text)
        if f == "beneficiary":
            return self.vocab.party_label(text)
        return text

    def sort_value(self, row: dict[str, Any], col: Column) -> Any:
        if col.field == "":
            return eligible_cents(row)
        if col.field in MONEY_FIELDS or col.field == "vat_recoverable":
            value = row.get(col.field)
            return int(value) if isinstance(value, int) else 0
        if col.field == "id":
            text = str(row.get("id", ""))
            head, _, num = text.rpartition("-")
            return f"{head}-{int(num):08d}" if num.isdigit() else text
        return super().sort_value(row, col)

    def tooltip(self, row: dict[str, Any], col: Column) -> str | None:
        if col.field == "":
            return QCoreApplication.translate(
                "BudgetModel",
                "Eligible cost = amount + VAT when VAT is not recoverable, else the amount alone",
            )
        if col.field in ("activity", "category", "fund", "beneficiary"):
            return self.display(row, col)
        return None

    def to_document(self, row: dict[str, Any], col: Column, value: Any) -> Any:
        if col.field in MONEY_FIELDS and isinstance(value, str):
            return parse_amount(value)
        return value

    # ------------------------------------------------------------------ the VAT check box
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_VAT_RECOVERABLE and not self.is_read_only():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != COL_VAT_RECOVERABLE:
                return None
            row = self.rows[index.row()]
            checked = isinstance(row, dict) and row.get("vat_recoverable") is True
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == COL_VAT_RECOVERABLE
        ):
            if self.is_read_only():
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            path = join_pointer("budget", index.row(), "vat_recoverable")
            self.sig_edit.emit(
                [{"op": "replace", "path": path, "value": bool(checked)}],
                QCoreApplication.translate("BudgetModel", "Edit VAT recoverable"),
            )
            return True
        return super().setData(index, value, role)
