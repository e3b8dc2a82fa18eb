"""The reviewer's trust store in Settings: the same store as ``hubdesk trust add/list/remove``.

Changes apply at once (as on the command line); the list says where each certificate came from and,
for a trusted list, its issue date.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui import dialogs


class TrustStoreBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustStoreBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("trustStoreList")
        self.list.setAccessibleName(self.tr("Trusted certification authorities"))
        self.list.setMinimumHeight(110)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_files = QPushButton(self.tr("Add certificates or trusted list…"))
        self.add_files.clicked.connect(self._on_add_files)
        self.add_folder = QPushButton(self.tr("Add a folder…"))
        self.add_folder.clicked.connect(self._on_add_folder)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self._on_remove)
        for b in (self.add_files, self.add_folder, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        from hubdesk.verify.truststore import TrustStore

        self.list.clear()
        try:
            anchors = TrustStore().anchors()
        except Exception as exc:
            self.list.addItem(str(exc))
            return
        if not anchors:
            self.list.addItem(
                self.tr("No trusted authority: packages cannot be confirmed until one is added.")
            )
        from hubdesk.labels import local_datetime
        from ui.i18n import current_language

        lang = current_language()
        for a in anchors:
            dated = f", {local_datetime(a.as_of, lang, with_time=False)}" if a.as_of else ""
            item = QListWidgetItem(f"{a.subject_text(lang)} — {a.source}{dated} — {a.fingerprint[:16]}…")
            item.setData(Qt.ItemDataRole.UserRole, a.fingerprint)
            item.setToolTip(a.fingerprint)
            self.list.addItem(item)
        self.remove.setEnabled(bool(anchors))

    def add_paths(self, paths: list[Path]) -> None:
        from hubdesk.verify.truststore import TrustStore, read_anchor_files
        from ui.i18n import current_language

        try:
            TrustStore().add(read_anchor_files(paths))
        except Exception as exc:
            message = exc.message(current_language()) if hasattr(exc, "message") else str(exc)
            dialogs.show_message(self, "error", self.tr("Certificates not added"), message)
            return
        self.refresh()

    def _on_add_files(self) -> None:
        path = dialogs.pick_open_file(
            self,
            self.tr("Add trusted certificates"),
            self.tr("Certificates and trusted lists (*.pem *.crt *.cer *.der *.xml);;All files (*)"),
        )
        if path:
            self.add_paths([Path(path)])

    def _on_add_folder(self) -> None:
        path = dialogs.pick_folder(self, self.tr("Add a folder of certificates"))
        if path:
            self.add_paths([Path(path)])

    def _on_remove(self) -> None:
        from hubdesk.verify.truststore import TrustStore

        item = self.list.currentItem()
        fingerprint = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not fingerprint:
            return
        TrustStore().remove(fingerprint)
        self.refresh()
