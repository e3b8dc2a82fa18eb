"""Table building blocks shared by the sections: header repeated on every page, zebra rows, totals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from hubdesk.report.styles import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    HEADER_BG,
    INK,
    RULE,
    TOTAL_BG,
    ZEBRA,
    markup,
    para,
    text,
)

Cell: TypeAlias = Flowable | str


CELL_PADDING = 4
#: lists longer than this are laid out page by page (LongTable) instead of as one Table
LONG_LIST_ROWS = 60


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[Cell] | None = None,
) -> Flowable:
    """A full-width table; ``widths`` are fractions of the frame; ``right`` columns hold amounts.

    A long list becomes a ``LongTable``: ReportLab re-measures every remaining row of a ``Table`` at
    each page split, which made a 2,000-line budget quadratic; a LongTable measures about one page.
    """
    col_widths = [w * FRAME_WIDTH for w in widths]
    head = [markup(text(h), "head_right" if i in right else "head") for i, h in enumerate(header)]
    body: list[list[Cell]] = []
    # Amounts, and any text that fits its column on one line, stay plain strings (drawn directly in
    # the table's font): far cheaper than Paragraphs on a 40-page budget. Longer texts wrap.
    room = [w - 2 * CELL_PADDING for w in col_widths]

    def cell(i: int, c: Cell, style: str) -> Cell:
        if not isinstance(c, str) or i in right:
            return c
        font = FONT_BOLD if style == "cell_bold" else FONT
        if "\n" not in c and stringWidth(c, font, 8) <= room[i]:
            return c
        return para(c, style)

    for row in rows:
        body.append([cell(i, c, "cell") for i, c in enumerate(row)])
    if total is not None:
        body.append([cell(i, c, "cell_bold") for i, c in enumerate(total)])
    empty = not body
    if empty:
        body.append([para("Nessun elemento", "cell")] + [""] * (len(header) - 1))
    layout = _Layout(head, col_widths, tuple(right), len(body) - 1 if total is not None else None, empty)
    numbered = list(enumerate(body))
    if len(body) > LONG_LIST_ROWS:
        return LongTable(layout, numbered)
    return layout.table(numbered)


class _Layout:
    """How one list's tables look: header, widths, amount columns, zebra rows and the total row."""

    def __init__(
        self,
        head: list[Cell],
        col_widths: list[float],
        right: tuple[int, ...],
        total_at: int | None,
        empty: bool,
    ) -> None:
        self.head = head
        self.col_widths = col_widths
        self.right = right
        self.total_at = total_at  # index in the body of the total row, if any
        self.empty = empty

    def table(self, rows: Sequence[tuple[int, list[Cell]]]) -> Table:
        """A Table of the header plus ``rows`` (each with its index in the whole list, for the zebra)."""
        data = [self.head, *[cells for _, cells in rows]]
        # splitInRow: a row taller than a page (a very long text in a cell) continues on the next page
        table = Table(data, colWidths=self.col_widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in self.right],
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        for r, (index, _cells) in enumerate(rows, start=1):
            if index == self.total_at:
                commands += [
                    ("BACKGROUND", (0, r), (-1, r), TOTAL_BG),
                    ("LINEABOVE", (0, r), (-1, r), 0.8, RULE),
                    ("FONTNAME", (0, r), (-1, r), FONT_BOLD),
                ]
            elif index % 2 == 1:
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        if self.empty:
            commands.append(("SPAN", (0, 1), (-1, 1)))
        table.setStyle(TableStyle(commands))
        return table


class LongTable(Flowable):
    """A long list laid out one page at a time: each split builds a Table of about one page of rows.

    ``wrap`` asks for more room than there is, so the frame always calls ``split``, which returns the
    rows that fit (as a Table with the header) and a LongTable of the rest.
    """

    FIRST_CHUNK = 40

    def __init__(self, layout: _Layout, rows: list[tuple[int, list[Cell]]], per_page: int = 0) -> None:
        super().__init__()
        self.layout = layout
        self.rows = rows
        self.per_page = per_page or self.FIRST_CHUNK  # rows that fitted on the previous page

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = availHeight + 1
        return availWidth, self.height

    def draw(self) -> None:  # never drawn itself: split() always replaces it
        raise AssertionError("LongTable is drawn through the tables its split returns")

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        size = self.per_page + 8
        while True:
            chunk = self.rows[:size]
            table = self.layout.table(chunk)
            parts = table.split(availWidth, availHeight)
            if not parts:
                return []  # not even one row fits here: the next frame
            if len(parts) == 1 and len(chunk) < len(self.rows):
                size *= 2  # the whole chunk fits: take more rows onto this page
                continue
            break
        if len(parts) == 1:
            last: list[Any] = parts
            return last  # the last rows
        first, rest = parts[0], parts[1]
        shown = len(first._cellvalues) - 1
        carried = rest._cellvalues[1:]
        # With splitInRow a row cut by the page shows in both parts: it keeps its index in the list.
        start = len(chunk) - len(carried)
        assert start in (shown, shown - 1), (shown, len(carried), len(chunk))
        remainder = [(chunk[start + i][0], list(cells)) for i, cells in enumerate(carried)]
        return [first, LongTable(self.layout, remainder + self.rows[size:], per_page=shown)]


def field_table(pairs: Sequence[tuple[str, object]], label_width: float = 0.3) -> Table:
    """Label/value pairs of one record (applicant, a property...) in two columns."""
    rows = [
        [para(label, "label"), para("—" if value in (None, "") else value, "value")] for label, value in pairs
    ]
    table = Table(
        rows,
        colWidths=[label_width * FRAME_WIDTH, (1 - label_width) * FRAME_WIDTH],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def it_date(value: object) -> str:
    """ISO date -> ``dd/mm/yyyy``; anything unparsable is shown as typed."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    try:
        return date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return str(value or "—")


def bullet_list(items: Sequence[object]) -> list[Paragraph]:
    return [markup("•&nbsp;" + text(item), "body") for item in items] or [para("—", "body")]
