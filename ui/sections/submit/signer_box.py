"""Signer choice: a certificate file (PKCS#12) or a smart card / token (PKCS#11)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.signing import SigningError, load_pkcs12_signer, open_pkcs11_signer
from hubdesk.signing.tokens import known_modules, list_tokens
from ui import dialogs, settings


class SignerBox(QGroupBox):
    """Collects where the signature comes from; ``signer_factory(secret)`` opens it in the worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signature"))
        self.file_radio = QRadioButton(self.tr("Certificate file (.p12, .pfx)"))
        self.card_radio = QRadioButton(self.tr("Smart card or USB token (PKCS#11)"))
        self.file_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.card_radio)

        self.p12_edit = QLineEdit(_existing(settings.get(settings.CERTIFICATE_FILE)))
        self.p12_edit.setPlaceholderText(self.tr("Choose the certificate file…"))
        self.p12_edit.setAccessibleName(self.tr("Certificate file"))
        self.p12_browse = QPushButton(self.tr("Browse…"))
        self.p12_browse.clicked.connect(self._on_p12_browse_clicked)
        p12_row = QHBoxLayout()
        p12_row.addWidget(self.p12_edit, 1)
        p12_row.addWidget(self.p12_browse)

        self.module_combo = QComboBox()
        self.module_combo.setEditable(True)
        self.module_combo.addItems(known_modules())
        self.token_combo = QComboBox()
        self.token_combo.setEditable(True)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(self.tr("optional: label of the signing key"))
        self.read_tokens = QPushButton(self.tr("Read devices"))
        self.read_tokens.clicked.connect(self._on_read_tokens_clicked)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_combo, 1)
        token_row.addWidget(self.read_tokens)

        self.card_form = QWidget()
        card = QFormLayout(self.card_form)
        card.addRow(self.tr("PKCS#11 library"), self.module_combo)
        card.addRow(self.tr("Device"), token_row)
        card.addRow(self.tr("Key"), self.key_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_radio)
        layout.addLayout(p12_row)
        layout.addWidget(self.card_radio)
        layout.addWidget(self.card_form)
        self.file_radio.toggled.connect(self._on_mode_toggled)
        self._on_mode_toggled(True)

    # ------------------------------------------------------------------ state
    @property
    def uses_card(self) -> bool:
        return self.card_radio.isChecked()

    def problem(self) -> str | None:
        """What is still missing before a build can start (translated), or None."""
        if self.uses_card:
            if not self.module_combo.currentText().strip():
                return self.tr("Choose the PKCS#11 library of your smart card.")
            if not self.token_combo.currentText().strip():
                return self.tr("Insert the smart card and press “Read devices”.")
            return None
        if not self.p12_edit.text().strip():
            return self.tr("Choose the certificate file (.p12 or .pfx).")
        return None

    def secret_prompt(self) -> tuple[str, str]:
        if self.uses_card:
            return self.tr("Smart card PIN"), self.tr("Type the PIN of the signing device:")
        return self.tr("Certificate password"), self.tr("Type the password of the certificate file:")

    def signer_factory(self, secret: str) -> Callable[[], Any]:
        if self.uses_card:
            module = self.module_combo.currentText().strip()
            token = self.token_combo.currentText().strip()
            key = self.key_edit.text().strip() or None
            return lambda: open_pkcs11_signer(module, token, key, pin=secret)
        path = self.p12_edit.text().strip()
        return lambda: load_pkcs12_signer(path, secret)

    # ------------------------------------------------------------------ handlers
    def _on_mode_toggled(self, _checked: bool) -> None:
        file_mode = not self.uses_card
        self.p12_edit.setEnabled(file_mode)
        self.p12_browse.setEnabled(file_mode)
        self.card_form.setEnabled(not file_mode)

    def remember(self) -> None:
        """The certificate file of a package that was signed: offered again next time."""
        if self.file_radio.isChecked() and self.p12_edit.text().strip():
            settings.put(settings.CERTIFICATE_FILE, self.p12_edit.text().strip())

    def _on_p12_browse_clicked(self) -> None:
        path = dialogs.pick_open_file(
            self, self.tr("Signing certificate"), self.tr("Certificates (*.p12 *.pfx);;All files (*)")
        )
        if path:
            self.p12_edit.setText(path)

    def _on_read_tokens_clicked(self) -> None:
        module = self.module_combo.currentText().strip()
        try:
            labels = list_tokens(module)
        except SigningError as exc:
            dialogs.show_message(self, "error", self.tr("Smart card"), exc.message("it"))
            return
        self.token_combo.clear()
        self.token_combo.addItems(labels)
        if not labels:
            dialogs.show_message(self, "warning", self.tr("Smart card"), self.tr("No signing device found."))


def _existing(path: str) -> str:
    return path if path and Path(path).is_file() else ""
