"""Calendar arithmetic of a project: dates of its months, its end, and positions on a month axis.

One place for it, because the rules (PLAN-002, PROP-003), the PDF's Gantt and the editor's Gantt
must agree on when a project ends and where a date falls.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: Any) -> date | None:
    """An ISO ``YYYY-MM-DD`` date, or None for anything else a partly invalid document may hold."""
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def add_months(start: date, months: int) -> date | None:
    """``start`` moved by ``months`` calendar months (day clamped to the month's length)."""
    y, m = divmod(start.month - 1 + months, 12)
    year = start.year + y
    if not 1 <= year <= 9999:
        return None
    day = min(start.day, calendar.monthrange(year, m + 1)[1])
    return date(year, m + 1, day)


def add_years(d: date, years: int) -> date | None:
    return add_months(d, 12 * years)


def project_end(start: date | None, duration: int | None) -> date | None:
    """Last day of the project: a 30-month project starting 2021-03-01 ends 2023-08-31.

    When the target month is too short for the start day (a 1-month project from 31 March), the
    project ends on that month's last day (30 April), not one day earlier.
    """
    if start is None or duration is None or duration < 1:
        return None
    after = add_months(start, duration)
    if after is None:
        return None
    return after if after.day < start.day else after - timedelta(days=1)


def month_of(start: date, project_month: int) -> tuple[int, int]:
    """``(year, calendar month 1-12)`` of 1-based project month ``project_month``."""
    index = start.month - 1 + project_month - 1
    return start.year + index // 12, index % 12 + 1


def months_elapsed(start: date, when: date) -> float:
    """Months from the beginning of project month 1 to the END of day ``when``.

    From 2021-03-01: 2021-03-31 -> 1.0, 2023-08-31 -> 30.0, 2023-12-31 -> 34.0.
    """
    whole = (when.year - start.year) * 12 + (when.month - start.month)
    into_when = when.day / calendar.monthrange(when.year, when.month)[1]
    before_start = (start.day - 1) / calendar.monthrange(start.year, start.month)[1]
    return whole + into_when - before_start
