"""The editor's sections in navigation order, with translatable names (explicit context "Sections")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTION_KEYS: tuple[str, ...] = (
    "applicant",
    "proposal",
    "properties",
    "partners",
    "activities",
    "budget",
    "indicators",
    "attachments",
    "submit",
)
#: the sections that show the document's content (all but "Check and submit")
DOCUMENT_SECTIONS: tuple[str, ...] = SECTION_KEYS[:-1]

_NAMES: dict[str, str] = {
    "applicant": QT_TRANSLATE_NOOP("Sections", "Applicant"),
    "proposal": QT_TRANSLATE_NOOP("Sections", "Proposal"),
    "properties": QT_TRANSLATE_NOOP("Sections", "Properties"),
    "partners": QT_TRANSLATE_NOOP("Sections", "Partnership"),
    "activities": QT_TRANSLATE_NOOP("Sections", "Activities and timeline"),
    "budget": QT_TRANSLATE_NOOP("Sections", "Budget"),
    "indicators": QT_TRANSLATE_NOOP("Sections", "Indicators"),
    "attachments": QT_TRANSLATE_NOOP("Sections", "Attachments"),
    "submit": QT_TRANSLATE_NOOP("Sections", "Check and submit"),
    "document": QT_TRANSLATE_NOOP("Sections", "Document"),
}


def section_name(key: str) -> str:
    """The translated name of a section key."""
    return QCoreApplication.translate("Sections", _NAMES.get(key, key))
