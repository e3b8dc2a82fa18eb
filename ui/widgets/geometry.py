"""First-run window size: a generous share of the screen, before any saved geometry applies."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, minimum: tuple[int, int], share: float = 0.9) -> None:
    """Resize to ``share`` of the available screen, never below ``minimum`` nor above the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*minimum)
        return
    area = screen.availableGeometry()
    width = min(area.width(), max(minimum[0], int(area.width() * share)))
    height = min(area.height(), max(minimum[1], int(area.height() * share)))
    window.resize(width, height)
