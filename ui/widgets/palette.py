"""Fusion style with a palette that follows the system colour scheme (light or dark).

Issue colours are picked per scheme so a red border or an amber mark stays readable on both.
"""

from __future__ import annotations

import os
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark() -> bool:
    """True when the system asks for a dark colour scheme (``HUBDESK_COLOR_SCHEME=dark|light`` overrides)."""
    forced = os.environ.get("HUBDESK_COLOR_SCHEME", "").lower()
    if forced in {"dark", "light"}:
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def issue_color(severity: str) -> QColor:
    """The colour that marks a widget or a count of this severity."""
    dark = is_dark()
    table = {
        "error": ("#c62828", "#ef5350"),
        "warning": ("#b26a00", "#ffb74d"),
        "info": ("#1565c0", "#64b5f6"),
        "ok": ("#2e7d32", "#81c784"),
    }
    light, dark_c = table.get(severity, ("#555555", "#bbbbbb"))
    return QColor(dark_c if dark else light)


def issue_tint(severity: str) -> QColor:
    """A light background for a cell with a problem: the severity colour blended into the base colour."""
    return QColor(_tint(severity if severity in ("error", "warning", "info") else "info", is_dark()))


@lru_cache(maxsize=16)
def _tint(severity: str, dark: bool) -> str:
    base = (_dark_palette() if dark else _light_palette()).color(QPalette.ColorRole.Base)
    mark = issue_color(severity)
    share = 0.28 if dark else 0.2
    return QColor(
        round(base.red() + (mark.red() - base.red()) * share),
        round(base.green() + (mark.green() - base.green()) * share),
        round(base.blue() + (mark.blue() - base.blue()) * share),
    ).name()


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1f2124"), QColor("#2b2d31"), QColor("#e8e8e8")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282c"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3a3d42"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3b6ea8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#82b1ff"))
    # Shades Fusion and our gauges draw with (tracks, frames, bevels), dark enough for the scheme.
    p.setColor(QPalette.ColorRole.Light, QColor("#4a4d53"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#3c3f44"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#33363a"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#18191b"))
    p.setColor(QPalette.ColorRole.Shadow, QColor("#000000"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#777a80"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f3f4f6"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1d1f22"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#1d1f22"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1d1f22"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8f98"))
    p.setColor(QPalette.ColorRole.Button, QColor("#eceef1"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1d1f22"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3b6ea8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#2a5d9f"))
    # Setting a role for all groups also overwrote the disabled look: restore a visibly greyed text.
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0a6"))
    return p


def apply_palette(app: QApplication) -> None:
    """Fusion plus a hand-tuned light or dark palette, chosen from the system colour scheme."""
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark() else _light_palette())
