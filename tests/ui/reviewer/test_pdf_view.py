"""The in-app PDF view renders every page of a real PDF off the GUI thread, and says so when it cannot."""

from __future__ import annotations

import io
from typing import Any

from reportlab.pdfgen import canvas

from ui.widgets.pdf_view import PdfView


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for i in range(pages):
        c.drawString(72, 720, f"Pagina {i + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def test_pages_are_rendered(qtbot: Any) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000) as blocker:
        view.load_bytes(_pdf(3))
    assert blocker.args == [3] and view.page_count() == 3 == view.rendered_count()
    image = view.page_image(0)
    assert image.width() > 500 and image.height() > 700
    assert image.pixelColor(5, 5).lightness() > 240  # white paper
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.set_zoom(0.5)
    assert view.page_image(0).width() < image.width()


def test_broken_pdf_is_a_message_not_a_crash(qtbot: Any) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_failed, timeout=10000):
        view.load_bytes(b"%PDF-1.4 rotto")
    assert view.page_count() == 0


def test_zoom_changes_and_two_views_at_once_do_not_crash(qtbot: Any) -> None:
    """PDFium is not thread-safe: render jobs that overlap (a zoom while the last zoom still renders,
    two windows at once) must take turns, or the process dies."""
    data = _pdf(40)
    views = [PdfView(), PdfView()]
    for view in views:
        qtbot.addWidget(view)
    for zoom in (0.5, 1.0, 1.5, 0.75, 2.0):
        for view in views:
            view.set_zoom(zoom)
            view.load_bytes(data)
    for view in views:
        qtbot.waitUntil(lambda v=view: v.rendered_count() == v.page_count() == 40, timeout=60000)
