"""Human names for JSON Pointers: ``/partners/2/fiscal_code`` -> "Partner 3 › Fiscal code" (translated).

The problems panel shows these instead of raw pointers; the pointer stays in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hubdesk.document.pointer import split_pointer

_CTX = "Fields"

#: a list item: "%1" is its 1-based position
ITEMS = {
    "properties": QT_TRANSLATE_NOOP("Fields", "Property %1"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partner %1"),
    "activities": QT_TRANSLATE_NOOP("Fields", "Activity %1"),
    "budget": QT_TRANSLATE_NOOP("Fields", "Budget line %1"),
    "indicators": QT_TRANSLATE_NOOP("Fields", "Indicator %1"),
    "attachments": QT_TRANSLATE_NOOP("Fields", "Attachment %1"),
}
SECTIONS = {
    "properties": QT_TRANSLATE_NOOP("Fields", "Properties"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partners"),
    "activities": QT_TRANSLATE_NOOP("Fields", "Activities"),
    "budget": QT_TRANSLATE_NOOP("Fields", "Budget"),
    "indicators": QT_TRANSLATE_NOOP("Fields", "Indicators"),
    "attachments": QT_TRANSLATE_NOOP("Fields", "Attachments"),
}
FIELDS = {
    "legal_representative": QT_TRANSLATE_NOOP("Fields", "Legal representative"),
    "rup": QT_TRANSLATE_NOOP("Fields", "RUP"),
    "cadastre": QT_TRANSLATE_NOOP("Fields", "Cadastre"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "availability": QT_TRANSLATE_NOOP("Fields", "Availability"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact person"),
    "id": QT_TRANSLATE_NOOP("Fields", "Code"),
    "istat_code": QT_TRANSLATE_NOOP("Fields", "ISTAT code"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "fiscal_code": QT_TRANSLATE_NOOP("Fields", "Fiscal code"),
    "vat_number": QT_TRANSLATE_NOOP("Fields", "VAT number"),
    "pec": QT_TRANSLATE_NOOP("Fields", "PEC address"),
    "population": QT_TRANSLATE_NOOP("Fields", "Population"),
    "population_reference": QT_TRANSLATE_NOOP("Fields", "Population source"),
    "joint_bat": QT_TRANSLATE_NOOP("Fields", "Joint BAT proposal"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "acronym": QT_TRANSLATE_NOOP("Fields", "Acronym"),
    "hub_name": QT_TRANSLATE_NOOP("Fields", "Hub name"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "objectives": QT_TRANSLATE_NOOP("Fields", "Objectives"),
    "target_groups": QT_TRANSLATE_NOOP("Fields", "Target groups"),
    "thematic_areas": QT_TRANSLATE_NOOP("Fields", "Thematic areas"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "duration_months": QT_TRANSLATE_NOOP("Fields", "Duration in months"),
    "cup": QT_TRANSLATE_NOOP("Fields", "CUP"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "register": QT_TRANSLATE_NOOP("Fields", "Register"),
    "municipality_code": QT_TRANSLATE_NOOP("Fields", "Cadastral municipality code"),
    "section": QT_TRANSLATE_NOOP("Fields", "Section"),
    "sheet": QT_TRANSLATE_NOOP("Fields", "Sheet"),
    "parcel": QT_TRANSLATE_NOOP("Fields", "Parcel"),
    "subordinate": QT_TRANSLATE_NOOP("Fields", "Subordinate"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "floor_area_sqm": QT_TRANSLATE_NOOP("Fields", "Floor area"),
    "current_use": QT_TRANSLATE_NOOP("Fields", "Current use"),
    "planned_use": QT_TRANSLATE_NOOP("Fields", "Planned use"),
    "works": QT_TRANSLATE_NOOP("Fields", "Works"),
    "public_funding_last_10_years": QT_TRANSLATE_NOOP("Fields", "Public funding in the last 10 years"),
    "derelict_site": QT_TRANSLATE_NOOP("Fields", "Derelict site"),
    "legal_form": QT_TRANSLATE_NOOP("Fields", "Legal form"),
    "runts_section": QT_TRANSLATE_NOOP("Fields", "RUNTS section"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "thematic_area": QT_TRANSLATE_NOOP("Fields", "Thematic area"),
    "fund": QT_TRANSLATE_NOOP("Fields", "Fund"),
    "lead": QT_TRANSLATE_NOOP("Fields", "Lead"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partners"),
    "property": QT_TRANSLATE_NOOP("Fields", "Property"),
    "start_month": QT_TRANSLATE_NOOP("Fields", "Start month"),
    "end_month": QT_TRANSLATE_NOOP("Fields", "End month"),
    "deliverables": QT_TRANSLATE_NOOP("Fields", "Deliverables"),
    "activity": QT_TRANSLATE_NOOP("Fields", "Activity"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "beneficiary": QT_TRANSLATE_NOOP("Fields", "Beneficiary"),
    "amount_cents": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "vat_cents": QT_TRANSLATE_NOOP("Fields", "VAT"),
    "vat_recoverable": QT_TRANSLATE_NOOP("Fields", "VAT recoverable"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "target": QT_TRANSLATE_NOOP("Fields", "Target"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "Format"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "SHA-256"),
    "refers_to": QT_TRANSLATE_NOOP("Fields", "Refers to"),
}
_NUMBERED = QT_TRANSLATE_NOOP("Fields", "no. %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(pointer: str) -> str:
    """A readable name for ``pointer``; the pointer itself when it cannot be named."""
    try:
        tokens = split_pointer(pointer)
    except ValueError:
        return pointer
    if not tokens:
        return pointer
    parts: list[str] = []
    rest = tokens
    if tokens[0] in ITEMS:
        if len(tokens) == 1:
            return _tr(SECTIONS[tokens[0]])
        if tokens[1].isdigit():
            parts.append(_tr(ITEMS[tokens[0]]).replace("%1", str(int(tokens[1]) + 1)))
            rest = tokens[2:]
        else:
            rest = tokens[1:]
    elif tokens[0] in ("applicant", "proposal"):
        rest = tokens[1:]  # the problems panel already groups by section
    for token in rest:
        if token.isdigit():
            parts.append(_tr(_NUMBERED).replace("%1", str(int(token) + 1)))
        elif token in FIELDS:
            parts.append(_tr(FIELDS[token]))
        else:
            return pointer
    return " › ".join(parts) if parts else pointer
