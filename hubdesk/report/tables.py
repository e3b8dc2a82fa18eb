"""Table building blocks shared by the sections: header repeated on every page, zebra rows, totals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeAlias

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


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[Cell] | None = None,
) -> Table:
    """A full-width table; ``widths`` are fractions of the frame; ``right`` columns hold amounts."""
    col_widths = [w * FRAME_WIDTH for w in widths]
    head = [markup(text(h), "head_right" if i in right else "head") for i, h in enumerate(header)]
    body: list[list[Cell]] = [head]
    # Amount columns keep plain strings (one line, drawn directly): far cheaper than Paragraphs
    # on a 40-page budget, and amounts never need wrapping.
    for row in rows:
        body.append(
            [c if not isinstance(c, str) or i in right else para(c, "cell") for i, c in enumerate(row)]
        )
    if total is not None:
        body.append(
            [c if not isinstance(c, str) or i in right else para(c, "cell_bold") for i, c in enumerate(total)]
        )
    if len(body) == 1:
        body.append([para("Nessun elemento", "cell")] + [""] * (len(header) - 1))
    # splitInRow: a row taller than a page (a very long text in a cell) continues on the next page
    table = Table(body, colWidths=col_widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right],
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    last_body = len(body) - (2 if total is not None else 1)
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, last_body + 1, 2)]
    if total is not None:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ]
    if len(body) == 2 and total is None and not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


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
