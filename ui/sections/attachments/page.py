"""Allegati: add files (dialog or drag and drop), classify them, preview, open, replace."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.attachment_fixes import AttachFix
from hubdesk.attachment_records import file_values, new_record
from hubdesk.document.ids import ID_PREFIXES, next_ids
from hubdesk.document.pointer import join_pointer
from ui import dialogs
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
        #: the temporary copy handed to the system viewer last
        self.last_opened: Path | None = None
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

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #a12a1f;" if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _store_then(self, paths: list[str], then: Any) -> None:
        """Store the files off the GUI thread (a 50 MB file takes a while), then ``then(stored)`` with
        the files stored, in order; a file refused (too large, unreadable) is said and skipped."""
        workspace = self.context.workspace
        if workspace is None:
            return
        names = ", ".join(Path(p).name for p in paths)
        self.show_message(self.tr("Storing %1…").replace("%1", names), error=False)
        self.add_button.setEnabled(False)
        self.replace_button.setEnabled(False)

        def store_all() -> tuple[list[Any], list[BaseException]]:
            stored: list[Any] = []
            errors: list[BaseException] = []
            for path in paths:
                try:
                    stored.append(workspace.store_file(Path(path)))
                except Exception as exc:  # InputError (too large, unreadable) or OSError: say it
                    errors.append(exc)
            return stored, errors

        def done(outcome: tuple[list[Any], list[BaseException]]) -> None:
            self._buttons_back()
            stored, errors = outcome
            self.show_message("\n".join(error_text(e, self.context.lang) for e in errors))
            if stored:
                then(stored)

        def failed(exc: BaseException) -> None:
            self._buttons_back()
            self.show_message(error_text(exc, self.context.lang))

        self.context.run(store_all, done, failed)

    def _buttons_back(self) -> None:
        self.add_button.setEnabled(True)  # hidden, not disabled, in read-only mode
        self.replace_button.setEnabled(True)

    def _read_then(self, row: int, then: Any) -> None:
        """The stored bytes of row ``row``, read off the GUI thread, then ``then(att_id, bytes or None)``."""
        att_id = str(self._rows[row].get("id"))
        workspace = self.context.workspace
        if workspace is None:  # a document shown without its workspace: no bytes
            then(att_id, None)
            return
        dossier_id = self.context.dossier_id

        def read() -> bytes:
            with workspace.open_attachment(dossier_id, att_id) as fh:
                return fh.read()

        # a missing blob shows as an icon; ATT-001 reports it in the problems panel
        self.context.run(read, lambda data: then(att_id, data), lambda _exc: then(att_id, None))

    # ------------------------------------------------------------------ actions
    def _ask_files(self) -> list[str]:
        return dialogs.pick_open_files(self, self.tr("Attach files"))

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
        if not paths:
            return

        def record(stored: list[Any]) -> None:
            ids = next_ids(self._rows, ID_PREFIXES["attachments"], len(stored))
            profile = self.context.profile
            ops = [
                {
                    "op": "add",
                    "path": "/attachments/-",
                    "value": new_record(
                        new_id,
                        f.file_name,
                        f.size,
                        f.sha256,
                        f.sniffed_media_type,
                        profile,
                        kind=kind,
                        refers_to=refers_to,
                        title=title,
                    ),
                }
                for f, new_id in zip(stored, ids, strict=True)
            ]
            self.emit_edit(ops, self.tr("Attach %n file(s)", "", len(ops)))
            self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 1))

        self._store_then(paths, record)

    def _on_replace_clicked(self) -> None:
        paths = self.file_picker()
        if paths:
            self.replace_current(paths[0])

    def replace_current(self, path: str) -> None:
        """New bytes for the same record: id, kind, title and refers_to stay."""
        row = self.current_row()
        if row < 0:
            return
        att_id = str(self._rows[row].get("id"))

        def record(stored: list[Any]) -> None:
            current = next((i for i, a in enumerate(self._rows) if str(a.get("id")) == att_id), -1)
            if current < 0:  # removed meanwhile (undo): nothing to replace
                return
            f = stored[0]
            values = file_values(f.file_name, f.size, f.sha256, f.sniffed_media_type, self.context.profile)
            ops = [
                {"op": "replace", "path": join_pointer("attachments", current, k), "value": v}
                for k, v in values.items()
            ]
            self.emit_edit(ops, self.tr("Replace file of %1").replace("%1", att_id))
            self._show_preview()

        self._store_then([path], record)

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.emit_edit(
                [{"op": "remove", "path": join_pointer("attachments", row)}], self.tr("Remove attachment")
            )

    def open_current(self) -> None:
        """Open a temporary copy with the system viewer (the stored bytes are never handed out)."""
        row = self.current_row()
        if row < 0:
            return
        file_name = Path(str(self._rows[row].get("file_name") or "allegato")).name

        def opened(_att_id: str, data: bytes | None) -> None:
            if data is None:
                return
            folder = Path(tempfile.mkdtemp(prefix="hubdesk-open-"))
            target = folder / file_name
            target.write_bytes(data)
            self.last_opened = target
            self.url_opener(QUrl.fromLocalFile(str(target)))

        self._read_then(row, opened)

    def _show_preview(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self._rows):
            self.preview.show_bytes(None, "")
            return
        media_type = str(self._rows[row].get("media_type") or "")

        def show(att_id: str, data: bytes | None) -> None:
            current = self.current_row()
            if 0 <= current < len(self._rows) and str(self._rows[current].get("id")) == att_id:
                self.preview.show_bytes(data, media_type)  # still the row chosen: not a stale read

        self._read_then(row, show)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
