"""Page template of the proposal: header, "Pagina X di Y" footer, TOC and outline, progress/cancel.

One layout pass only: the canvas holds every page until the end, then writes the page numbers
into the footers and the table of contents (a two-pass ``multiBuild`` doubles the time).
Built with ``invariant=1`` (fixed dates and document id) so the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hubdesk.progress import Progress, check_cancel
from hubdesk.report.headings import Heading
from hubdesk.report.styles import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    WATERMARK,
)

TOC_NUMBER_W = 28.0


class TocSlot:
    """Where a TOC line ended on the page; its dots and page number are drawn at save time."""

    def __init__(self, key: str, page: int, x_end: float, y: float, size: float) -> None:
        self.key, self.page, self.x_end, self.y, self.size = key, page, x_end, y, size


class TableOfContents(Flowable):
    """Fixed-height TOC listing the story's headings (known before layout)."""

    def __init__(self, headings: Sequence[Heading]) -> None:
        super().__init__()
        self.lines = [(h.toc_level, h.toc_text, h.toc_key) for h in headings]

    @staticmethod
    def _metrics(level: int) -> tuple[str, float, float, float]:
        return (FONT_BOLD, 10.0, 0.0, 17.0) if level == 0 else (FONT, 9.0, 14.0, 13.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, sum(self._metrics(level)[3] for level, _, _ in self.lines)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.wrap(FRAME_WIDTH, 0)[1]
        slots: list[TocSlot] = canvas._toc_slots
        for level, title, key in self.lines:
            font, size, indent, leading = self._metrics(level)
            top -= leading
            room = FRAME_WIDTH - indent - TOC_NUMBER_W - 10
            while title and stringWidth(title, font, size) > room:
                title = title[:-2] + "…"
            canvas.setFont(font, size)
            canvas.setFillColor(INK if level == 0 else MUTED)
            canvas.drawString(x + indent, top + 4, title)
            slots.append(
                TocSlot(
                    key, canvas.getPageNumber(), x + indent + stringWidth(title, font, size), top + 4, size
                )
            )

    def draw(self) -> None:
        return None


def make_canvas_class(
    header: str, footer_left: str, watermark: str | None = None, made_on: date | None = None
) -> type[Canvas]:
    """A canvas that holds pages until the end so footers and TOC can say which page is which.

    With ``watermark`` every page carries it across the page and above the footer (draft PDFs).
    ``made_on`` is the PDF's CreationDate and ModDate (the version's date, midnight UTC): the file
    stays byte-identical for the same input, and its properties tell the truth about its date.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if made_on is not None:
                stamp = f"D:{made_on:%Y%m%d}000000+00'00'"
                self.setDateFormatter(lambda *_ymdhms: stamp)
            self._held: list[dict[str, Any]] = []
            self._toc_slots: list[TocSlot] = []
            self.heading_pages: dict[str, int] = {}

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = PAGE_SIZE
            page = self._pageNumber
            self.saveState()
            for slot in (s for s in self._toc_slots if s.page == page):
                number = str(self.heading_pages.get(slot.key, ""))
                right = width - MARGIN_X
                self.setFont(FONT, slot.size)
                self.setFillColor(MUTED)
                dots_w = right - TOC_NUMBER_W - slot.x_end - 8
                dot = stringWidth(" .", FONT, slot.size)
                self.drawRightString(right - TOC_NUMBER_W, slot.y, " ." * max(int(dots_w / dot), 0))
                self.setFillColor(INK)
                self.drawRightString(right, slot.y, number)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            if page > 1:
                self.drawString(MARGIN_X, height - MARGIN_TOP + 12, header)
                self.line(MARGIN_X, height - MARGIN_TOP + 8, width - MARGIN_X, height - MARGIN_TOP + 8)
            self.line(MARGIN_X, MARGIN_BOTTOM - 6, width - MARGIN_X, MARGIN_BOTTOM - 6)
            self.drawString(MARGIN_X, MARGIN_BOTTOM - 16, footer_left)
            self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 16, f"Pagina {page} di {total}")
            if watermark:
                draw_watermark(self, watermark)
            self.restoreState()

    return NumberedCanvas


def draw_watermark(canvas: Canvas, mark: str) -> None:
    """``mark`` in large light red letters across the page, and once more in full above the footer."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(WATERMARK, alpha=0.16)
    size = 40.0
    while size > 12 and stringWidth(mark, FONT_BOLD, size) > 0.95 * (width**2 + height**2) ** 0.5 * 0.8:
        size -= 2
    canvas.setFont(FONT_BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(54.7)
    canvas.drawCentredString(0, -size / 3, mark)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(WATERMARK)
    canvas.drawCentredString(width / 2, MARGIN_BOTTOM - 4, mark)
    canvas.restoreState()


class ProposalDocTemplate(BaseDocTemplate):
    """A4 single-frame template that records where headings land (TOC, PDF outline)."""

    def __init__(self, out: BinaryIO, *, progress: Progress, expected_flowables: int, **kw: Any) -> None:
        super().__init__(
            out,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=1,
            initialFontName=FONT,
            lang="it-IT",
            **kw,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._expected = max(expected_flowables, 1)
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        self._done += 1
        if self._done % 10 == 0:
            check_cancel(self._progress)
            self._progress.report(min(0.98, self._done / self._expected), "Impaginazione della proposta")
        if isinstance(flowable, Heading) and flowable.toc_key:
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(
                flowable.toc_text, flowable.toc_key, level=flowable.toc_level, closed=True
            )
            self.canv.heading_pages[flowable.toc_key] = self.page


def number_headings(story: Sequence[Flowable]) -> list[Heading]:
    """Give each heading a stable bookmark key, in story order, and return them for the TOC."""
    headings = [f for f in story if isinstance(f, Heading)]
    for n, heading in enumerate(headings, start=1):
        heading.toc_key = f"sec{n}"
    return headings
