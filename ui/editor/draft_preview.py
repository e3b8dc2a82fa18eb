"""«Anteprima PDF»: the proposal as it is now, errors or not, marked BOZZA on every page.

Rendered off the GUI thread by the same code as the package PDF (``hubdesk.report.draft``), shown
inside the app (``ui.widgets.pdf_view``) and savable.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from hubdesk.report.draft import render_draft_pdf
from ui import dialogs
from ui.widgets.geometry import fit_to_screen
from ui.widgets.pdf_view import PdfView


class _Bridge(QObject):
    sig_done = Signal(int, bytes)
    sig_failed = Signal(int, str)


class _RenderDraft(QRunnable):
    def __init__(self, bridge: _Bridge, generation: int, doc: dict[str, Any], validation: Any) -> None:
        super().__init__()
        self.bridge, self.generation, self.doc, self.validation = bridge, generation, doc, validation

    def run(self) -> None:
        try:
            data = render_draft_pdf(self.doc, validation=self.validation, generated_on=date.today())
        except Exception as exc:  # shown to the user, never a crash
            self.bridge.sig_failed.emit(self.generation, str(exc))
            return
        self.bridge.sig_done.emit(self.generation, data)


class DraftPreviewWindow(QMainWindow):
    """One window per editor; «Aggiorna» renders the dossier again as it is at that moment."""

    sig_ready = Signal(int)  # bytes of the PDF shown

    def __init__(self, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftPreviewWindow")
        self.setWindowTitle(self.tr("PDF preview (draft, not valid for submission)"))
        self.file_stem = file_stem
        self.data: bytes | None = None
        self._generation = 0
        self._source: Any = None
        self._bridge = _Bridge(self)
        self._bridge.sig_done.connect(self._on_done)
        self._bridge.sig_failed.connect(self._on_failed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.view = PdfView()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.save_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        close = QAction(self.tr("&Close"), self)  # a window without a menu: Ctrl+W and Esc close it
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)
        fit_to_screen(self, (900, 1000))

    def show_for(self, source: Any) -> None:
        """``source()`` returns ``(document, validation result or None)`` at the moment it is called."""
        self._source = source
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def refresh(self) -> None:
        if self._source is None:
            return
        doc, validation = self._source()
        self._generation += 1
        self.save_button.setEnabled(False)
        errors = getattr(validation, "errors", 0) or 0
        self.status.setText(self.tr("Preparing the PDF…"))
        self._errors = errors
        QThreadPool.globalInstance().start(_RenderDraft(self._bridge, self._generation, doc, validation))

    def _on_done(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return
        self.data = bytes(data)
        self.view.load_bytes(self.data)
        self.save_button.setEnabled(True)
        if self._errors:
            text = self.tr("Draft with %1 open error(s): every page is marked as not valid for submission.")
            self.status.setText(text.replace("%1", str(self._errors)))
        else:
            self.status.setText(self.tr("Draft: every page is marked as not valid for submission."))
        self.sig_ready.emit(len(self.data))

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("The PDF could not be prepared: %1").replace("%1", message))

    def _on_save_clicked(self) -> None:
        if self.data is None:
            return
        suggested = f"{self.file_stem}_BOZZA_{date.today().isoformat()}.pdf"
        path = dialogs.pick_save_file(self, self.tr("Save the draft PDF"), self.tr("PDF (*.pdf)"), suggested)
        if not path:
            return
        try:
            Path(path).write_bytes(self.data)
        except OSError as exc:
            dialogs.show_message(self, "error", self.tr("PDF preview"), exc.strerror or str(exc))
            return
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
