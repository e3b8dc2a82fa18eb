"""Load the bundled DejaVu Sans so every platform draws Italian accents and the euro sign the same way."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hubdesk.paths import resource_path

log = logging.getLogger("hubdesk.ui")

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def load_bundled_fonts() -> str | None:
    """Register the bundled fonts and return their family name (None if none could be loaded)."""
    family: str | None = None
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("bundled font not loaded: %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    return family


def apply_app_font(app: QApplication, point_size: float = 10.0) -> None:
    """Make the bundled family the application font."""
    family = load_bundled_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(point_size)
        app.setFont(font)
