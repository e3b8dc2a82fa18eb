"""Timeline geometry without Qt: month <-> x, bars, drags and calendar labels, all unit-testable.

Months are 1-based from ``proposal.start_date`` (month 1 is the start month). Month ``m`` spans
x in ``[month_to_x(m), month_to_x(m + 1))``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import Enum

from hubdesk.timeline import month_of, months_elapsed
from hubdesk.timeline import parse_date as parse_date

#: ``(year, calendar month)`` of a project month (kept under the name the widgets use).
month_calendar = month_of


class DragMode(Enum):
    """Which part of a bar the pointer grabbed."""

    MOVE = "move"
    START = "start"
    END = "end"


@dataclass(frozen=True, slots=True)
class GanttGeometry:
    """Horizontal scale of the chart: where month 1 begins and how wide a month is."""

    left: float = 180.0
    px_per_month: float = 24.0
    edge_grip: float = 6.0

    def month_to_x(self, month: float) -> float:
        """Left edge of ``month`` (fractional months give positions inside a month)."""
        return self.left + (month - 1.0) * self.px_per_month

    def x_to_month(self, x: float) -> int:
        """The month under ``x`` (may be < 1 or beyond the project: callers clamp)."""
        return math.floor((x - self.left) / self.px_per_month) + 1

    def bar_span(self, start: int, end: int) -> tuple[float, float]:
        """``(x, width)`` of a bar covering months start..end inclusive."""
        x0 = self.month_to_x(start)
        return x0, max(1, end - start + 1) * self.px_per_month

    def hit(self, start: int, end: int, x: float) -> DragMode | None:
        """What dragging from ``x`` would change on the bar start..end (edges have a small grip)."""
        x0, w = self.bar_span(start, end)
        grip = min(self.edge_grip, w / 4)
        if x0 - 1 <= x <= x0 + grip:
            return DragMode.START
        if x0 + w - grip <= x <= x0 + w + 1:
            return DragMode.END
        if x0 < x < x0 + w:
            return DragMode.MOVE
        return None

    def delta_months(self, dx: float) -> int:
        """Whole months a horizontal drag of ``dx`` pixels moves (rounded to the nearest month)."""
        return round(dx / self.px_per_month)

    def zoomed(self, factor: float, minimum: float = 6.0, maximum: float = 120.0) -> GanttGeometry:
        return GanttGeometry(
            self.left, min(maximum, max(minimum, self.px_per_month * factor)), self.edge_grip
        )


def drag_months(mode: DragMode, start: int, end: int, delta: int, duration: int) -> tuple[int, int]:
    """New ``(start, end)`` after dragging by ``delta`` months, kept inside 1..duration and start <= end.

    A move keeps the length (the bar stops at the project's edges); an edge drag stops at the other edge.
    """
    duration = max(1, duration)
    if mode is DragMode.MOVE:
        length = max(0, end - start)
        new_start = min(max(1, start + delta), max(1, duration - length))
        return new_start, min(duration, new_start + length)
    if mode is DragMode.START:
        return min(max(1, start + delta), end), end
    return start, max(start, min(duration, end + delta))


def date_position(start: date, when: date) -> float:
    """Fractional project month at the END of day ``when`` (31/12/2023 -> end of its month)."""
    return 1.0 + months_elapsed(start, when)
