"""Preferences: the UI language (Italian, English, or the system's) and the reviewer's trust store."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui import settings


class SettingsDialog(QDialog):
    """Non-modal by default (``open()``); ``apply()`` stores the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system (Italian unless the system is English)"), "system")
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("The new language applies the next time HubDesk starts."))
        note.setWordWrap(True)
        form.addRow("", note)
        from ui.reviewer.trust_box import TrustStoreBox

        self.trust = TrustStoreBox()
        form.addRow(self.tr("Trusted authorities\n(package verification)"), self.trust)
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self.apply)

    def apply(self) -> None:
        settings.put(settings.LANGUAGE, self.language.currentData())
