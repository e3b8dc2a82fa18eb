"""The combo helper of every page: codes as item data, labels as text.

``choice_combo`` builds one (non-editable, sized for its labels, wheel-safe focus policy);
``fill_combo`` replaces its items, ``set_combo_code`` selects a code; neither emits change signals,
and a code the list does not know is kept visibly instead of silently showing another choice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox


def choice_combo(items: Sequence[tuple[str | None, str]], current: str | None = None) -> QComboBox:
    """A non-editable combo whose item data are the stored codes."""
    w = QComboBox()
    w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel over it scrolls the page (wheel guard)
    fill_combo(w, items, current)
    w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    w.setMinimumContentsLength(18)
    return w


def fill_combo(combo: QComboBox, choices: Sequence[tuple[str | None, str]], current: str | None) -> None:
    """Replace the items without emitting change signals; an unknown current code is kept visibly."""
    with QSignalBlocker(combo):
        combo.clear()
        for code, label in choices:
            combo.addItem(label, code)
    set_combo_code(combo, current)


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    """Select ``code`` without emitting; an unknown code is added as its own item, None picks the first."""
    with QSignalBlocker(combo):
        idx = combo.findData(code)
        if idx < 0 and code not in (None, ""):
            combo.addItem(str(code), code)
            idx = combo.count() - 1
        elif idx < 0 and code is None and combo.count():
            idx = 0
        combo.setCurrentIndex(idx)
