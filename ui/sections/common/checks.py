"""Checks run while the user types (before the debounced validation), for an instant hint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from hubdesk.validation.identifiers import (
    entity_code_reason,
    is_valid_email,
    personal_fiscal_code_reason,
)

Checker = Callable[[str], str]


def _reason_text(reason: str) -> str:
    return {
        "length": QCoreApplication.translate("FieldChecks", "Wrong length"),
        "format": QCoreApplication.translate("FieldChecks", "Wrong format"),
        "checksum": QCoreApplication.translate("FieldChecks", "Wrong check digit"),
        "component": QCoreApplication.translate("FieldChecks", "Impossible code (office or birth date)"),
    }.get(reason, QCoreApplication.translate("FieldChecks", "Invalid code"))


def check_entity_code(text: str) -> str:
    """11-digit fiscal code or VAT number of an organisation; "" when valid or empty."""
    text = text.strip()
    if not text:
        return ""
    if len(text) == 16:
        return check_personal_code(text)
    reason = entity_code_reason(text)
    return _reason_text(reason) if reason else ""


def check_personal_code(text: str) -> str:
    """16-character personal fiscal code; "" when valid or empty."""
    text = text.strip()
    if not text:
        return ""
    reason = personal_fiscal_code_reason(text)
    return _reason_text(reason) if reason else ""


def check_email(text: str) -> str:
    text = text.strip()
    if not text or is_valid_email(text):
        return ""
    return QCoreApplication.translate("FieldChecks", "Not a valid e-mail / PEC address")
