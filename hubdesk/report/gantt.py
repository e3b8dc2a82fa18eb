"""The activities' timeline as vector graphics: months on x, one bar per activity coloured by fund,
with the project end and the call's eligibility deadline (31/12/2023) drawn as vertical lines.

Long plans are split into several drawings so each fits on a page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from hubdesk.report.styles import FONT, FONT_BOLD, FRAME_WIDTH, FUND_COLOURS, INK, MUTED, RULE, ZEBRA
from hubdesk.timeline import months_elapsed

ROW_H = 13.0
HEAD_H = 26.0
LEGEND_H = 16.0
LABEL_W = 150.0
ROWS_PER_CHART = 40
DEADLINE_COLOUR = colors.HexColor("#b3261e")
END_COLOUR = colors.HexColor("#0b4f8a")


def _fit(label: str, width: float, size: float) -> str:
    if stringWidth(label, FONT, size) <= width:
        return label
    while label and stringWidth(label + "…", FONT, size) > width:
        label = label[:-1]
    return label + "…"


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _tick_step(total: int) -> int:
    return next(s for s in (1, 2, 3, 6, 12) if total / s <= 36)


def _chart(
    rows: list[dict[str, Any]], total: int, start: date | None, duration: int, deadline: float | None
) -> Drawing:
    height = HEAD_H + ROW_H * len(rows) + LEGEND_H
    d = Drawing(FRAME_WIDTH, height)
    plot_w = FRAME_WIDTH - LABEL_W - 4
    unit = plot_w / total
    top = height - HEAD_H

    def x(month: float) -> float:
        return LABEL_W + month * unit

    for i, act in enumerate(rows):
        y = top - (i + 1) * ROW_H
        if i % 2:
            d.add(Rect(0, y, FRAME_WIDTH, ROW_H, fillColor=ZEBRA, strokeColor=None))
        label = f"{act.get('id', '')} {act.get('title', '')}"
        d.add(String(2, y + 3.5, _fit(label, LABEL_W - 6, 7), fontName=FONT, fontSize=7, fillColor=INK))
        s, e = _int(act.get("start_month"), 1), _int(act.get("end_month"), 1)
        if 1 <= s <= e:
            fill = FUND_COLOURS.get(str(act.get("fund")), MUTED)
            d.add(Rect(x(s - 1), y + 2.5, (e - s + 1) * unit, ROW_H - 5, fillColor=fill, strokeColor=None))
    step = _tick_step(total)
    for m in range(0, total + 1):
        d.add(
            Line(
                x(m),
                top,
                x(m),
                top - ROW_H * len(rows),
                strokeColor=RULE,
                strokeWidth=0.5 if m % step == 0 else 0.15,
            )
        )
        if m < total and m % step == 0:
            d.add(
                String(
                    x(m + 0.5),
                    top + 4,
                    str(m + 1),
                    fontName=FONT,
                    fontSize=6,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    if start is not None:
        for m in range(total):
            year, month0 = divmod(start.month - 1 + m, 12)
            if month0 == 0 or m == 0:
                d.add(
                    String(
                        x(m) + 1,
                        top + 14,
                        str(start.year + year),
                        fontName=FONT_BOLD,
                        fontSize=6.5,
                        fillColor=INK,
                    )
                )
    d.add(String(2, top + 4, "Mese", fontName=FONT_BOLD, fontSize=6.5, fillColor=INK))
    bottom = top - ROW_H * len(rows)
    d.add(Line(LABEL_W, bottom, x(total), bottom, strokeColor=INK, strokeWidth=0.6))
    for pos, colour in ((duration, END_COLOUR), (deadline, DEADLINE_COLOUR)):
        if pos is not None and 0 <= pos <= total:
            d.add(
                Line(
                    x(pos),
                    top + 2,
                    x(pos),
                    bottom,
                    strokeColor=colour,
                    strokeWidth=1.4,
                    strokeDashArray=[3, 2],
                )
            )
    _legend(d, 2)
    return d


def _legend(d: Drawing, y: float) -> None:
    cursor = LABEL_W
    items = [
        ("FESR", FUND_COLOURS["FESR"], False),
        ("FSE", FUND_COLOURS["FSE"], False),
        ("Fine progetto", END_COLOUR, True),
        ("Termine ammissibilità 31/12/2023", DEADLINE_COLOUR, True),
    ]
    for label, colour, dashed in items:
        if dashed:
            d.add(
                Line(
                    cursor,
                    y + 4,
                    cursor + 12,
                    y + 4,
                    strokeColor=colour,
                    strokeWidth=1.4,
                    strokeDashArray=[3, 2],
                )
            )
        else:
            d.add(Rect(cursor, y + 1, 12, 7, fillColor=colour, strokeColor=None))
        d.add(String(cursor + 15, y + 1.5, label, fontName=FONT, fontSize=7, fillColor=INK))
        cursor += 15 + stringWidth(label, FONT, 7) + 12


def gantt_drawings(doc: dict[str, Any], deadline_iso: str = "2023-12-31") -> list[Drawing]:
    """One or more Gantt drawings for the document's activities (empty list when there are none)."""
    proposal = doc.get("proposal") or {}
    acts = [a for a in doc.get("activities") or [] if isinstance(a, dict)]
    if not acts:
        return []
    duration = max(_int(proposal.get("duration_months"), 1), 1)
    try:
        start: date | None = date.fromisoformat(str(proposal.get("start_date")))
    except ValueError:
        start = None
    deadline = months_elapsed(start, date.fromisoformat(deadline_iso)) if start else None
    last = max([duration] + [_int(a.get("end_month"), 1) for a in acts])
    total = last
    if deadline is not None and deadline > total and deadline - total <= 12:
        total = int(deadline + 0.999)
    total = min(total, 120)
    return [
        _chart(acts[i : i + ROWS_PER_CHART], total, start, duration, deadline)
        for i in range(0, len(acts), ROWS_PER_CHART)
    ]
