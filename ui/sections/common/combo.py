"""Combo boxes holding codes as item data and labels as text (shared by the planning pages)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox


def fill_combo(combo: QComboBox, choices: Sequence[tuple[str | None, str]], current: str | None) -> None:
    """Replace the items without emitting change signals; an unknown current code is kept visibly."""
    with QSignalBlocker(combo):
        combo.clear()
        for code, label in choices:
            combo.addItem(label, code)
        idx = combo.findData(current)
        if idx < 0 and current not in (None, ""):
            combo.addItem(str(current), current)
            idx = combo.count() - 1
        combo.setCurrentIndex(idx)


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    with QSignalBlocker(combo):
        idx = combo.findData(code)
        if idx < 0 and code not in (None, ""):
            combo.addItem(str(code), code)
            idx = combo.count() - 1
        combo.setCurrentIndex(idx)
