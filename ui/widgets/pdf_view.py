"""A PDF shown inside the app: pages rendered by PDFium (pypdfium2) to QImages, off the GUI thread.

Generic on purpose (the reviewer's signed proposal, the editor's draft preview):

    view = PdfView()
    view.sig_loaded.connect(...)        # page count, once every page is rendered
    view.load_bytes(pdf_bytes)          # or load_file(path); a new load cancels the previous one
    view.set_zoom(1.5)

Why pypdfium2 and not QtPdf: it is one self-contained wheel (PDFium, the engine of Chromium's viewer),
while QtPdf needs PySide6-Addons (+140 MB) for a single widget. Rendering runs in the global
QThreadPool; each page comes back as a QImage (safe to build off the GUI thread) and is shown as it
arrives, so a long PDF never freezes the window.

PDFium is not thread-safe, not even across different documents: two render jobs (a zoom change while
the previous zoom still renders, two windows) calling it at once crash the process. Every PDFium
call in the process therefore holds `PDFIUM_LOCK`, one page at a time, so a new job waits at most
one page for the old one.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger("hubdesk.ui")
MAX_PAGES = 500
PDFIUM_LOCK = threading.Lock()


class _Bridge(QObject):
    sig_page = Signal(int, int, QImage)  # generation, page index, image
    sig_count = Signal(int, int)  # generation, pages
    sig_failed = Signal(int, str)


class _RenderJob(QRunnable):
    def __init__(self, bridge: _Bridge, data: bytes, scale: float, generation: int, stop: threading.Event):
        super().__init__()
        self.bridge, self.data, self.scale, self.generation, self.stop = bridge, data, scale, generation, stop

    def run(self) -> None:
        try:
            import pypdfium2 as pdfium

            with PDFIUM_LOCK:
                pdf = pdfium.PdfDocument(self.data)
            try:
                with PDFIUM_LOCK:
                    count = min(len(pdf), MAX_PAGES)
                if count == 0:
                    raise ValueError("no pages")
                self.bridge.sig_count.emit(self.generation, count)
                for index in range(count):
                    if self.stop.is_set():
                        return
                    with PDFIUM_LOCK:
                        image = self._render(pdf, index)
                    self.bridge.sig_page.emit(self.generation, index, image)
            finally:
                with PDFIUM_LOCK:
                    pdf.close()
        except Exception as exc:  # a broken PDF: say so in the view, never crash
            log.info("PDF rendering failed: %s", exc)
            try:
                self.bridge.sig_failed.emit(self.generation, str(exc))
            except RuntimeError:  # the view was deleted meanwhile
                return

    def _render(self, pdf: object, index: int) -> QImage:
        page = pdf[index]  # type: ignore[index]
        try:
            bitmap = page.render(scale=self.scale)
            try:
                return QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_BGR888,
                ).copy()
            finally:
                bitmap.close()
        finally:
            page.close()


class PdfView(QScrollArea):
    """Pages one under the other, centred, in a scroll area."""

    sig_loaded = Signal(int)
    sig_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self.setAccessibleName(self.tr("PDF document"))
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._inner)
        self._bridge = _Bridge(self)
        self._bridge.sig_page.connect(self._on_page)
        self._bridge.sig_count.connect(self._on_count)
        self._bridge.sig_failed.connect(self._on_failed)
        self._generation = 0
        self._stop = threading.Event()
        self._data: bytes | None = None
        self._zoom = 1.25
        self._pages: list[QLabel] = []
        self._expected = 0
        self._rendered = 0
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._layout.addWidget(self._message)
        self._message.hide()

    # ------------------------------------------------------------------ API
    def load_file(self, path: str | Path) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._on_failed(self._generation, exc.strerror or str(exc))
            return
        self.load_bytes(data)

    def load_bytes(self, data: bytes) -> None:
        self._data = data
        self._start()

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(0.25, min(zoom, 4.0))
        if self._data is not None:
            self._start()

    def zoom(self) -> float:
        return self._zoom

    def page_count(self) -> int:
        return len(self._pages)

    def rendered_count(self) -> int:
        return self._rendered

    def page_image(self, index: int) -> QImage:
        pixmap = self._pages[index].pixmap()
        return pixmap.toImage()

    def clear(self) -> None:
        self._stop.set()
        self._generation += 1
        self._data = None
        self._reset_pages()

    # ------------------------------------------------------------------ internals
    def _reset_pages(self) -> None:
        for label in self._pages:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._pages = []
        self._expected = self._rendered = 0
        self._message.hide()

    def _start(self) -> None:
        self._stop.set()
        self._stop = threading.Event()
        self._generation += 1
        self._reset_pages()
        assert self._data is not None
        job = _RenderJob(
            self._bridge, self._data, self._zoom * self.devicePixelRatioF(), self._generation, self._stop
        )
        QThreadPool.globalInstance().start(job)

    def _on_count(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self._expected = count
        for index in range(count):
            label = QLabel()
            label.setObjectName(f"pdfPage{index + 1}")
            label.setAccessibleName(
                self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
            )
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setText(self.tr("Page %1…").replace("%1", str(index + 1)))
            label.setMinimumHeight(200)
            self._layout.addWidget(label)
            self._pages.append(label)
        if count == 0:
            self.sig_loaded.emit(0)

    def _on_page(self, generation: int, index: int, image: QImage) -> None:
        if generation != self._generation or index >= len(self._pages):
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        label = self._pages[index]
        label.setMinimumHeight(0)
        label.setPixmap(pixmap)
        label.setStyleSheet("background: white; border: 1px solid palette(mid);")
        self._rendered += 1
        if self._rendered == self._expected:
            self.sig_loaded.emit(self._expected)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._message.setText(self.tr("The PDF cannot be shown: %1").replace("%1", message))
        self._message.show()
        self.sig_failed.emit(message)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._stop.set()
        super().closeEvent(event)
