"""Problem counts as words, with proper plurals (“1 errore”, “2 errori”), shared by the editor's views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counts_text(errors: int, warnings: int, advice: int) -> str:
    """``2 errori, 1 avviso, 0 suggerimenti`` (in the UI language)."""
    return ", ".join(
        (
            QCoreApplication.translate("Counts", "%n error(s)", None, errors),
            QCoreApplication.translate("Counts", "%n warning(s)", None, warnings),
            QCoreApplication.translate("Counts", "%n advice", None, advice),
        )
    )
