"""The password / PIN prompt: never echoed, never stored, testable through ``ask``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class SecretDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(prompt)
        self.label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        """The secret typed by the user, or None when cancelled."""
        dialog = cls(parent, title, prompt)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.edit.text()
        finally:
            dialog.edit.clear()
            dialog.deleteLater()
