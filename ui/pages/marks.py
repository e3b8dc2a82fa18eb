"""Marking a widget that shows a problem: a coloured border plus the message as tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.widgets.palette import issue_color

_ORDER = {"error": 0, "warning": 1, "info": 2}


def worst(severities: list[str]) -> str:
    """The most serious severity of a list ("" for an empty list)."""
    return min(severities, key=lambda s: _ORDER.get(s, 9)) if severities else ""


def mark_widget(widget: QWidget, severity: str, messages: list[str]) -> None:
    """Give ``widget`` a border in the severity's colour and ``messages`` as tooltip; "" clears it."""
    if widget.property("issueSeverity") == (severity or None) and widget.toolTip() == "\n".join(messages):
        return
    widget.setProperty("issueSeverity", severity or None)
    if not severity:
        widget.setStyleSheet("")
        widget.setToolTip(widget.property("baseToolTip") or "")
        return
    cls = widget.metaObject().className()
    color = issue_color(severity).name()
    widget.setStyleSheet(f"{cls} {{ border: 2px solid {color}; border-radius: 3px; padding: 1px; }}")
    widget.setToolTip("\n".join(messages))
