"""A line edit with type-ahead over the 257 Puglia municipalities ("Molf" -> "Molfetta (BA)")."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class MunicipalityPicker(QLineEdit):
    """Emits ``sig_picked(istat_code)`` when the text names exactly one municipality."""

    sig_picked = Signal(str)

    def __init__(self, profile: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        municipalities = sorted(profile.municipalities.values(), key=lambda m: m.name)  # type: ignore[attr-defined]
        self._by_label = {self.label_of(m): m.istat_code for m in municipalities}
        self._label_by_code = {code: label for label, code in self._by_label.items()}
        self.setPlaceholderText(self.tr("Type the name of the municipality…"))
        completer = QCompleter(QStringListModel(list(self._by_label), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(self._on_completer_activated)
        self.editingFinished.connect(self._on_editing_finished)

    @staticmethod
    def label_of(m: object) -> str:
        return f"{m.name} ({m.province})"  # type: ignore[attr-defined]

    def code_for(self, text: str) -> str | None:
        """The ISTAT code for a label or a bare name (case-insensitive), None if unknown or ambiguous."""
        text = text.strip()
        if text in self._by_label:
            return self._by_label[text]
        matches = [
            code
            for label, code in self._by_label.items()
            if label.rsplit(" (", 1)[0].casefold() == text.casefold()
        ]
        return matches[0] if len(matches) == 1 else None

    def set_code(self, istat: str) -> None:
        label = self._label_by_code.get(istat, "")
        if self.text() != label and not self.hasFocus():
            self.blockSignals(True)
            self.setText(label)
            self.blockSignals(False)

    def _on_completer_activated(self, text: str) -> None:
        code = self.code_for(text)
        if code:
            self.sig_picked.emit(code)

    def _on_editing_finished(self) -> None:
        code = self.code_for(self.text())
        if code:
            self.setText(self._label_by_code[code])
            self.sig_picked.emit(code)
