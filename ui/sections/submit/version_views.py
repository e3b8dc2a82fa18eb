"""A frozen version opened inside the app, read-only: its proposal PDF, or its document's pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from ui.widgets.geometry import fit_to_screen
from ui.widgets.pdf_view import PdfView

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile


def _window(parent: QWidget, name: str, title: str, content: QWidget) -> QMainWindow:
    window = QMainWindow(parent)
    window.setObjectName(name)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setWindowTitle(title)
    window.setCentralWidget(content)
    fit_to_screen(window, (900, 900))
    window.show()
    return window


def open_version_pdf(parent: QWidget, number: int, pdf: bytes) -> QMainWindow:
    view = PdfView()
    view.load_bytes(pdf)
    title = QCoreApplication.translate("SubmitPage", "Version %1: proposal PDF (read-only)")
    return _window(parent, "versionPdfWindow", title.replace("%1", str(number)), view)


def open_version_document(
    parent: QWidget, profile: CallProfile, lang: str, number: int, doc: dict[str, Any]
) -> QMainWindow:
    from ui.sections.read_only import ReadOnlySections

    view = ReadOnlySections(profile, lang)
    view.set_document(doc)
    title = QCoreApplication.translate("SubmitPage", "Version %1: document (read-only)")
    return _window(parent, "versionDocumentWindow", title.replace("%1", str(number)), view)
