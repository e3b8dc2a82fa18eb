"""Allegati: add files (dialog or drag and drop), classify them, preview, open, replace."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.attachment_fixes import AttachFix, guess_kind
from hubdesk.document.ids import ID_PREFIXES, next_ids
from hubdesk.document.pointer import join_pointer
from ui.sections.attachments.model import AttachmentsModel
from ui.sections.attachments.preview import AttachmentPreview
from ui.sections.common.choice_delegate import ChoiceDelegate
from ui.sections.common.focus import focus_cell
from ui.sections.common.marks import IssueMarks
from ui.sections.common.table_view import configure_table
from ui.sections.common.vocab import Vocab
from ui.sections.page import EditorContext, SectionPage, edit_action


def error_text(exc: BaseException, lang: str) -> str:
    """The user's message of an InputError (message_it / message_en), else the exception text."""
    return str(getattr(exc, f"message_{lang}", None) or getattr(exc, "message_it", None) or exc)


class AttachmentsPage(SectionPage):
    section = "attachments"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._rows: list[dict[str, Any]] = []
        self.vocab = Vocab.of({}, context.profile, context.lang)
        #: injectable for tests: () -> list of paths ([] when cancelled)
        self.file_picker = self._ask_files
        #: injectable for tests: QUrl -> bool
        self.url_opener = QDesktopServices.openUrl
        self.model = AttachmentsModel(self.vocab, self)
        self.table = QTableView()
        self.table.setObjectName("attachments_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self._choices_for, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        configure_table(self.table, self.tr("Attachments"), (70, 180, 260, 180, 160, 110, 80), stretch=2)
        self.preview = AttachmentPreview()
        self.message = QLabel()
        self.message.setObjectName("attachments_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a12a1f;")
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add files…"))
        edit_action(self.add_button)
        self.replace_button = QPushButton(self.tr("Replace file…"))
        edit_action(self.replace_button)
        self.remove_button = QPushButton(self.tr("Remove"))
        edit_action(self.remove_button)
        self.open_button = QPushButton(self.tr("Open"))
        self._build()
        self.setAcceptDrops(True)
        self.model.sig_edit.connect(self.emit_edit)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.replace_button.clicked.connect(self._on_replace_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        self.open_button.clicked.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_preview())

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for b in (self.add_button, self.replace_button, self.remove_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Drop files here to attach them. "
                "Accepted: PDF, signed PDF (.p7m), PNG, JPEG, ODT, ODS, DOCX, XLSX."
            )
        )
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Preview")))
        side.addWidget(self.preview)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def _choices_for(self, field: str) -> list[tuple[str | None, str]] | None:
        if field == "kind":
            return self.model.kind_choices()
        if field == "refers_to":
            return self.model.refers_choices()
        return None

    # ------------------------------------------------------------------ SectionPage contract
    def set_document(self, doc: dict[str, Any]) -> None:
        rows = doc.get("attachments")
        self._rows = rows if isinstance(rows, list) else []
        self.vocab = Vocab.of(doc, self.context.profile, self.context.lang)
        self.model.set_vocab(self.vocab)
        old_current = self.current_row()
        self.model.set_rows(self._rows)
        if self.current_row() != old_current or old_current < 0:
            self._show_preview()

    def focus_path(self, pointer: str) -> bool:
        target = self.target_of(pointer)
        return target is not None and focus_cell(self.table, self.model, target, 2)

    def set_issues(self, issues: list[Any]) -> None:
        self.model.set_marks(IssueMarks(self.section, issues, self.context.lang))

    def apply_read_only(self, read_only: bool) -> None:
        self.setAcceptDrops(not read_only)

    # ------------------------------------------------------------------ helpers
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _media_type(self, sniffed: str | None, file_name: str) -> str:
        """The sniffed type when the workspace recognised the bytes, else the one the extension implies."""
        if sniffed and sniffed != "application/octet-stream":
            return sniffed
        suffix = Path(file_name).suffix.lower()
        for media_type, extensions in self.context.profile.accepted_media_types.items():
            if suffix in extensions:
                return media_type
        return sniffed or "application/octet-stream"

    def _store(self, path: str) -> Any | None:
        try:
            return self.context.workspace.store_file(path)
        except Exception as exc:  # InputError (too large, unreadable) or OSError: show, never crash
            self.show_message(error_text(exc, self.context.lang))
            return None

    def _read(self, row: int) -> bytes | None:
        att = self._rows[row]
        if self.context.workspace is None:  # a document shown without its workspace: no bytes
            return None
        try:
            with self.context.workspace.open_attachment(self.context.dossier_id, str(att.get("id"))) as fh:
                return fh.read()
        except Exception:  # a missing blob shows as an icon; ATT-001 reports it in the problems panel
            return None

    # ------------------------------------------------------------------ actions
    def _ask_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return paths

    def _on_add_clicked(self) -> None:
        self.add_files(self.file_picker())

    def attach_for(self, fix: AttachFix) -> bool:
        """The fix a problem offers: pick a file and record it with the fix's kind and ``refers_to``."""
        paths = self.file_picker()
        if not paths:
            return False
        self.add_files(paths[:1], kind=fix.kind, refers_to=fix.refers_to, title=fix.title(self.context.lang))
        return True

    def add_files(
        self,
        paths: list[str],
        *,
        kind: str | None = None,
        refers_to: str | None = None,
        title: str | None = None,
    ) -> None:
        """Store each file and record it; every file added by one gesture is one undo step.

        Without an explicit ``kind`` the kind is guessed from the file name (``guess_kind``).
        """
        ops: list[dict[str, Any]] = []
        ids = next_ids(self._rows, ID_PREFIXES["attachments"], len(paths))
        self.show_message("")
        for path, new_id in zip(paths, ids, strict=True):
            stored = self._store(path)
            if stored is None:
                continue
            record = {
                "id": new_id,
                "kind": kind or guess_kind(stored.file_name, self.context.profile),
                "title": title or Path(stored.file_name).stem,
                "file_name": stored.file_name,
                "media_type": self._media_type(stored.sniffed_media_type, stored.file_name),
                "size": stored.size,
                "sha256": stored.sha256,
                "refers_to": refers_to,
            }
            ops.append({"op": "add", "path": "/attachments/-", "value": record})
        if ops:
            self.emit_edit(ops, self.tr("Attach %n file(s)", "", len(ops)))
            self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 1))

    def _on_replace_clicked(self) -> None:
        paths = self.file_picker()
        if paths:
            self.replace_current(paths[0])

    def replace_current(self, path: str) -> None:
        """New bytes for the same record: id, kind, title and refers_to stay."""
        row = self.current_row()
        if row < 0:
            return
        stored = self._store(path)
        if stored is None:
            return
        values = {
            "size": stored.size,
            "sha256": stored.sha256,
            "file_name": stored.file_name,
            "media_type": self._media_type(stored.sniffed_media_type, stored.file_name),
        }
        ops = [
            {"op": "replace", "path": join_pointer("attachments", row, k), "value": v}
            for k, v in values.items()
        ]
        self.show_message("")
        self.emit_edit(ops, self.tr("Replace file of %1").replace("%1", str(self._rows[row].get("id"))))
        self._show_preview()

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.emit_edit(
                [{"op": "remove", "path": join_pointer("attachments", row)}], self.tr("Remove attachment")
            )

    def open_current(self) -> Path | None:
        """Open a temporary copy with the system viewer (the stored bytes are never handed out)."""
        row = self.current_row()
        data = self._read(row) if row >= 0 else None
        if data is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="hubdesk-open-"))
        target = folder / Path(str(self._rows[row].get("file_name") or "allegato")).name
        target.write_bytes(data)
        self.url_opener(QUrl.fromLocalFile(str(target)))
        return target

    def _show_preview(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self._rows):
            self.preview.show_bytes(None, "")
            return
        self.preview.show_bytes(self._read(row), str(self._rows[row].get("media_type") or ""))

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
