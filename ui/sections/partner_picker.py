"""Pick a partner entered in another dossier of the workspace (consultants reuse partners)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class PartnerPickerDialog(QDialog):
    """A filterable list "Partner name — fiscal code (Comune di X)"; ``chosen()`` returns the partner."""

    def __init__(self, candidates: list[tuple[str, dict[str, Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a partner from the workspace"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("partnerPickerSearch")
        self.search.setAccessibleName(self.tr("Search by name or fiscal code…"))
        self.search.setPlaceholderText(self.tr("Search by name or fiscal code…"))
        self.search.textChanged.connect(self._on_search)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        seen: set[tuple[str, str]] = set()
        for municipality, partner in candidates:
            key = (str(partner.get("fiscal_code", "")), str(partner.get("name", "")))
            if key in seen:
                continue
            seen.add(key)
            label = f"{partner.get('name', '')} — {partner.get('fiscal_code', '')}  ({municipality})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, partner)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _on_search(self, text: str) -> None:
        """Filter, and keep the current row on a shown item so that Enter adds what the user sees."""
        needle = text.casefold()
        first: QListWidgetItem | None = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(needle not in item.text().casefold())
            if first is None and not item.isHidden():
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)

    def chosen(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    @classmethod
    def ask(cls, parent: QWidget, candidates: list[tuple[str, dict[str, Any]]]) -> dict[str, Any] | None:
        """Modal pick (tests replace ``PartnersPage.pick_partner`` instead of driving this)."""
        dialog = cls(candidates, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
