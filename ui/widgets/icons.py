"""The SVG icon set in resources/icons, looked up by name and cached (QIcon renders SVG at any size)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from hubdesk.paths import resource_path

#: the icon each editor section shows in the navigation list
SECTION_ICONS: dict[str, str] = {
    "applicant": "sec_applicant",
    "proposal": "sec_proposal",
    "properties": "sec_properties",
    "partners": "sec_partners",
    "activities": "sec_activities",
    "budget": "sec_budget",
    "indicators": "sec_indicators",
    "attachments": "sec_attachments",
    "submit": "sec_submit",
}

SEVERITY_ICONS: dict[str, str] = {"error": "error", "warning": "warning", "info": "info", "ok": "ok"}


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon when the file is missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
