"""Issues of one list section, indexed by row and field, so models can colour cells quickly."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from hubdesk.document.pointer import split_pointer

if TYPE_CHECKING:
    from hubdesk.validation.issues import Issue

_RANK = {"error": 0, "warning": 1, "info": 2}
_COLORS = {"error": "#f8d7d7", "warning": "#fcefc7", "info": "#dde9f7"}


def severity_color(severity: str) -> QColor:
    """Cell background for a severity (light tints, text stays readable)."""
    return QColor(_COLORS.get(severity, _COLORS["info"]))


@dataclass(frozen=True, slots=True)
class Mark:
    """The worst severity on a cell and every message about it."""

    severity: str
    messages: tuple[str, ...]

    @property
    def color(self) -> QColor:
        return severity_color(self.severity)

    @property
    def tooltip(self) -> str:
        return "\n".join(self.messages)


class IssueMarks:
    """``/<section>/<row>/<field>...`` issues as ``(row, field)`` marks; ``field`` "" is the whole row."""

    def __init__(self, section: str, issues: Iterable[Issue] = (), lang: str = "it") -> None:
        self.section = section
        self.section_messages: list[tuple[str, str]] = []
        raw: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for issue in issues:
            try:
                tokens = split_pointer(issue.path)
            except ValueError:
                continue
            if not tokens or tokens[0] != section:
                continue
            msg = issue.message(lang)
            if len(tokens) < 2 or not tokens[1].isdigit():
                self.section_messages.append((issue.severity, msg))
                continue
            key = (int(tokens[1]), tokens[2] if len(tokens) > 2 else "")
            raw.setdefault(key, []).append((issue.severity, msg))
        self._marks = {
            key: Mark(min((s for s, _ in items), key=lambda s: _RANK.get(s, 3)), tuple(m for _, m in items))
            for key, items in raw.items()
        }
        self.rows = frozenset(r for r, _ in self._marks)

    def get(self, row: int, field: str) -> Mark | None:
        """The mark for a cell, falling back to the row's own mark."""
        return self._marks.get((row, field)) or self._marks.get((row, ""))

    def cell(self, row: int, field: str) -> Mark | None:
        """The mark on exactly this cell (no fallback to the row)."""
        return self._marks.get((row, field))

    def row_mark(self, row: int) -> Mark | None:
        """The worst mark anywhere on a row (for list views that show one line per item)."""
        found = [m for (r, _), m in self._marks.items() if r == row]
        if not found:
            return None
        worst = min(found, key=lambda m: _RANK.get(m.severity, 3))
        return Mark(worst.severity, tuple(msg for m in found for msg in m.messages))
