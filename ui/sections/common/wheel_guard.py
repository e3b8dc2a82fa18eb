"""The wheel guard: the mouse wheel over a combo, spin box or date field that does not have the
focus scrolls the page, never changes the value (a form is scrolled by wheel, not edited).

``guard_wheel(page)`` (done by every section page once it is built) gives each such field of the
page ``StrongFocus`` (a wheel never focuses it) and one shared event filter that hands the wheel
to the scroll area around the field. A focused field still reacts to the wheel, as Qt intends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARD: WheelGuard | None = None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """Hands wheel events over unfocused value fields to the scroll area around them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:  # the page scrolls as if the wheel were over its background
                QApplication.sendEvent(area.viewport(), event.clone())
            event.accept()
            return True
        return False


def guard_wheel(root: QWidget) -> int:
    """Guard every combo, spin box and date field under ``root``; returns how many."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    fields = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for field in fields:
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.removeEventFilter(_GUARD)
        field.installEventFilter(_GUARD)
    return len(fields)
