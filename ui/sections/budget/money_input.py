"""Money typed in the UI: Italian ("1.234,50") and plain ("1234.50") input, ambiguous input refused.

The parsing rules live in hubdesk.money (one truth for UI, CLI and import); this module only adds
the UI's own checks (sign) and a translatable message for the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.money import format_eur, parse_eur
from ui.i18n import current_language

__all__ = ["MoneyInputError", "format_amount", "parse_amount"]

CONTEXT = "MoneyInput"


class MoneyInputError(ValueError):
    """Typed text that is not an amount; ``str(exc)`` is the message for the user (UI language)."""


def format_amount(cents: int) -> str:
    """``123450`` -> ``"1.234,50"`` (``"1,234.50"`` in English; no symbol: cells, spreadsheet copies)."""
    return format_eur(cents, symbol=False, lang=current_language())


def parse_amount(text: str, *, allow_zero: bool = True) -> int:
    """Cents for ``text``; raise MoneyInputError with a translated message when it is not an amount."""
    try:
        cents = parse_eur(text, current_language())
    except ValueError as exc:
        raise MoneyInputError(
            QCoreApplication.translate(
                "MoneyInput",
                "Amount not recognised: \u201c%1\u201d. Type for example 1,234.50 or 1234.50 "
                "(comma for thousands, dot for decimals, at most two decimals).",
            ).replace("%1", text.strip())
        ) from exc
    if cents < 0:
        raise MoneyInputError(QCoreApplication.translate("MoneyInput", "An amount cannot be negative."))
    if cents == 0 and not allow_zero:
        raise MoneyInputError(
            QCoreApplication.translate("MoneyInput", "The amount must be greater than zero.")
        )
    return cents
