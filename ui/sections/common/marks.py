"""Issue marks: the one way a page shows a problem, with every colour taken from the palette.

* ``worst(severities)`` — the most serious severity of a list.
* ``mark_widget(widget, severity, messages)`` — a border in the severity's colour and the messages as
  tooltip on one form widget (the style names the widget's exact class, so a combo's popup list and
  the widgets inside a group box keep their normal, readable look).
* ``IssueMarks`` — the issues of one list section indexed by row and field, for table models and
  list views (``Mark.color`` is a light tint of the severity colour over the palette's base).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QWidget

from hubdesk.document.pointer import split_pointer
from ui.widgets.palette import issue_color, issue_tint

if TYPE_CHECKING:
    from hubdesk.validation.issues import Issue

RANK = {"error": 0, "warning": 1, "info": 2}


def worst(severities: Iterable[str]) -> str:
    """The most serious severity of a list ("" for an empty list)."""
    found = [s for s in severities if s]
    return min(found, key=lambda s: RANK.get(s, 9)) if found else ""


def severity_color(severity: str) -> QColor:
    """Cell background for a severity: a light tint, so the text stays readable."""
    return issue_tint(severity)


def group_style(color: str | None = None) -> str:
    """The style of every form group: the same border width marked or not, so nothing moves."""
    border = color or "palette(mid)"
    return (
        f".QGroupBox {{ border: 2px solid {border}; border-radius: 4px; margin-top: 1.4em;"
        " padding: 6px 4px 4px 4px; }"
        " .QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left;"
        " left: 8px; padding: 0 3px; }"
    )


def mark_widget(widget: QWidget, severity: str, messages: list[str]) -> None:
    """Give ``widget`` a border in the severity's colour and ``messages`` as tooltip; "" clears it."""
    if widget.property("issueSeverity") == (severity or None) and widget.toolTip() == "\n".join(messages):
        return
    widget.setProperty("issueSeverity", severity or None)
    if isinstance(widget, QGroupBox):  # groups keep their geometry: only the border colour changes
        widget.setStyleSheet(group_style(issue_color(severity).name() if severity else None))
        widget.setToolTip("\n".join(messages) if severity else widget.property("baseToolTip") or "")
        return
    if not severity:
        widget.setStyleSheet("")
        widget.setToolTip(widget.property("baseToolTip") or "")
        return
    # ".QComboBox" matches that class only: the popup list and child widgets are not restyled.
    cls = widget.metaObject().className()
    color = issue_color(severity).name()
    widget.setStyleSheet(f".{cls} {{ border: 2px solid {color}; border-radius: 3px; padding: 1px; }}")
    widget.setToolTip("\n".join(messages))


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
            key: Mark(worst(s for s, _ in items), tuple(m for _, m in items)) for key, items in raw.items()
        }
        self.rows = frozenset(r for r, _ in self._marks)

    def get(self, row: int, field: str) -> Mark | None:
        """The mark for a cell, falling back to the row's own mark."""
        return self._marks.get((row, field)) or self._marks.get((row, ""))

    def cell(self, row: int, field: str) -> Mark | None:
        """The mark on exactly this cell (no fallback to the row)."""
        return self._marks.get((row, field))

    def below(self, row: int, prefix: str) -> list[tuple[str, Mark]]:
        """Marks of ``row`` whose field is ``prefix`` or starts with it (for detail forms)."""
        return [(f, m) for (r, f), m in self._marks.items() if r == row and f.startswith(prefix)]

    def row_mark(self, row: int) -> Mark | None:
        """The worst mark anywhere on a row (for list views that show one line per item)."""
        found = [m for (r, _), m in self._marks.items() if r == row]
        if not found:
            return None
        severity = worst(m.severity for m in found)
        return Mark(severity, tuple(msg for m in found for msg in m.messages))
