"""Preferences: the user's name, the UI language (Italian, English, or the system's) and the
reviewer's trust store."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui import settings


class SettingsDialog(QDialog):
    """Non-modal by default (``open()``); ``apply()`` stores the choice.

    ``default_name``: who changes are recorded as when no name is set (shown as a hint).
    """

    def __init__(self, parent: QWidget | None = None, *, default_name: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.author = QLineEdit(settings.get(settings.AUTHOR_NAME))
        self.author.setObjectName("authorName")
        self.author.setAccessibleName(self.tr("Your name"))
        self.author.setMaxLength(120)
        self.author.setMinimumWidth(320)
        if default_name:
            self.author.setPlaceholderText(self.tr("If empty: %1").replace("%1", default_name))
        form.addRow(self.tr("Your name"), self.author)
        author_note = QLabel(
            self.tr(
                "Recorded with every change you make and shown to colleagues working on the same dossier."
            )
        )
        author_note.setWordWrap(True)
        form.addRow("", author_note)
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
        settings.put(settings.AUTHOR_NAME, " ".join(self.author.text().split()))
