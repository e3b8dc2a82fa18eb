"""One-page Italian PDF letters for the demo attachments, byte-reproducible.

ReportLab's invariant mode fixes the creation date and document id, so the same text gives the same
bytes on every run; it is set per canvas rather than globally (``rl_config.invariant``) so that the
app's own PDF rendering in the same process is not affected.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

_MARGIN = 56
_BODY_SIZE = 11
_LEADING = 15


def one_page_pdf(heading: str, title: str, paragraphs: Sequence[str], signature: str) -> bytes:
    """A letter-like page: issuing body, a bold title, wrapped paragraphs and a signature line."""
    buf = io.BytesIO()
    # The initial font is pinned: another module may change ReportLab's global default font.
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1, initialFontName="Helvetica")
    pdf.setTitle(title)
    pdf.setAuthor(heading)
    pdf.setSubject("Documento dimostrativo HubDesk")
    pdf.setCreator("HubDesk")
    width, height = A4
    text_width = width - 2 * _MARGIN
    y = height - _MARGIN

    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawCentredString(width / 2, y, heading)
    y -= 2 * _LEADING
    pdf.setFont("Helvetica-Bold", 13)
    for line in simpleSplit(title, "Helvetica-Bold", 13, text_width):
        pdf.drawString(_MARGIN, y, line)
        y -= _LEADING + 2
    y -= _LEADING

    pdf.setFont("Helvetica", _BODY_SIZE)
    for paragraph in paragraphs:
        for line in simpleSplit(paragraph, "Helvetica", _BODY_SIZE, text_width):
            pdf.drawString(_MARGIN, y, line)
            y -= _LEADING
        y -= _LEADING / 2

    y -= _LEADING
    pdf.drawRightString(width - _MARGIN, y, signature)
    pdf.setFont("Helvetica-Oblique", 8)
    pdf.drawString(_MARGIN, _MARGIN / 2, "Documento dimostrativo generato da HubDesk: dati fittizi.")
    pdf.showPage()
    pdf.save()
    return buf.getvalue()
