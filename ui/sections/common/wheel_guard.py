"""The wheel guard: the mouse wheel over a combo, spin box or date field that does not have the
focus scrolls the page, never changes the value (a form is scrolled by wheel, not edited).

One application-wide event filter (``install_wheel_guard()``, done by every section page) covers
every field of every page, also those created later; the fields get ``StrongFocus`` so a wheel
never gives them focus either. A focused field still reacts to the wheel, as Qt intends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARD: WheelGuard | None = None


def _guarded(widget: QObject) -> bool:
    return isinstance(widget, QComboBox | QAbstractSpinBox)


def _in_section_page(widget: QWidget) -> bool:
    from ui.sections.page import SectionPage  # the page module installs the guard

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, SectionPage):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """Hands wheel events over unfocused value fields to the scroll area around them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and _guarded(watched):
            widget: QWidget = watched  # type: ignore[assignment]
            if not widget.hasFocus() and _in_section_page(widget):
                area = _scroll_area_of(widget)
                if area is not None:  # the page scrolls as if the wheel were over its background
                    QApplication.sendEvent(area.viewport(), event.clone())
                event.accept()
                return True
        elif kind == QEvent.Type.Polish and _guarded(watched):
            widget = watched  # type: ignore[assignment]
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus and _in_section_page(widget):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard() -> WheelGuard | None:
    """Install the guard on the application once; returns it (None without an application)."""
    global _GUARD
    app = QApplication.instance()
    if app is None:
        return None
    if _GUARD is None or _GUARD.parent() is not app:
        _GUARD = WheelGuard(app)
        app.installEventFilter(_GUARD)
    return _GUARD
