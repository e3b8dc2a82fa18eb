"""Attachment previews: first PDF page through ``pdftoppm`` in a worker, images decoded directly.

QtPdf is not part of PySide6-Essentials, so PDFs are rendered by poppler when it is installed; the
worker gets bytes and a bound signal from a main-thread owner (never touches widgets).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QRunnable, QSize, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QStyle, QWidget

PREVIEW_SIZE = QSize(220, 280)


def render_pdf_first_page(data: bytes, dpi: int = 40) -> bytes | None:
    """PNG bytes of page 1, or None when poppler is missing or the PDF cannot be rendered."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="hubdesk-preview-") as tmp:
        src = Path(tmp, "in.pdf")
        src.write_bytes(data)
        try:
            subprocess.run(
                [
                    exe,
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-png",
                    "-r",
                    str(dpi),
                    "-singlefile",
                    str(src),
                    str(Path(tmp, "out")),
                ],
                check=True,
                capture_output=True,
                timeout=30,
            )
        except (subprocess.SubprocessError, OSError):
            return None
        out = Path(tmp, "out.png")
        return out.read_bytes() if out.is_file() else None


class _PdfJob(QRunnable):
    def __init__(self, token: int, data: bytes, done: SignalInstance) -> None:
        super().__init__()
        self.token, self.data, self.done = token, data, done

    def run(self) -> None:
        self.done.emit(self.token, render_pdf_first_page(self.data))


class AttachmentPreview(QLabel):
    """Shows a thumbnail; ``sig_ready`` fires when a (possibly asynchronous) preview is on screen."""

    sig_ready = Signal()
    _sig_pdf_done = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_preview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(PREVIEW_SIZE)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self._token = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.kind = "none"
        self._sig_pdf_done.connect(self._on_pdf_done)

    def show_bytes(self, data: bytes | None, media_type: str) -> None:
        """Preview ``data``: images now, PDFs in the worker, anything else as an icon."""
        self._token += 1
        if data and media_type.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self._set_image(image, "image")
                return
        if data and media_type == "application/pdf" and shutil.which("pdftoppm"):
            self._show_icon()
            self.pool.start(_PdfJob(self._token, data, self._sig_pdf_done))
            return
        self._show_icon()
        self.sig_ready.emit()

    def _show_icon(self) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.setPixmap(icon.pixmap(64, 64))
        self.kind = "icon"

    def _set_image(self, image: QImage, kind: str) -> None:
        scaled = image.scaled(
            PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(QPixmap.fromImage(scaled))
        self.kind = kind
        self.sig_ready.emit()

    def _on_pdf_done(self, token: int, png: object) -> None:
        if token != self._token:
            return
        image = QImage.fromData(png) if isinstance(png, bytes) else QImage()
        if image.isNull():
            self._show_icon()
            self.sig_ready.emit()
        else:
            self._set_image(image, "pdf")

    def wait_idle(self) -> None:
        self.pool.waitForDone()
