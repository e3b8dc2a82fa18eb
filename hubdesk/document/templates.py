"""Templates of new list items (a property, a partner, an activity, a budget line, an indicator,
an attachment record): the one place that says what a fresh item holds, for the UI and the CLI.

Each template is a draft (FORMATS.md §5): empty texts and zero amounts are allowed; the rules say
what is still missing. Ids come from ``hubdesk.document.ids``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hubdesk.document.ids import next_id_in

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile

APPLICANT = "applicant"


def _list(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = doc.get(key)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def new_property(doc: dict[str, Any], profile: CallProfile) -> dict[str, Any]:
    """A building owned by the applicant, in its cadastral municipality, available until 2030."""
    applicant = doc.get("applicant") or {}
    m = profile.municipalities.get(str(applicant.get("istat_code", "")))
    return {
        "id": next_id_in(doc, "properties"),
        "name": "",
        "address": "",
        "cadastre": {
            "register": "fabbricati",
            "municipality_code": m.cadastral_code if m else "",
            "section": None,
            "sheet": None,
            "parcel": None,
            "subordinate": None,
        },
        "owner": {
            "kind": "applicant",
            "name": applicant.get("name", ""),
            "fiscal_code": applicant.get("fiscal_code") or None,
        },
        "availability": {"title": "ownership", "reference": "", "valid_until": "2030-12-31"},
        "floor_area_sqm": 0,
        "current_use": "",
        "planned_use": "",
        "works": "",
        "public_funding_last_10_years": False,
        "derelict_site": False,
    }


def new_partner(doc: dict[str, Any]) -> dict[str, Any]:
    """A social cooperative (the most common partner of the call), registered in RUNTS section d."""
    return {
        "id": next_id_in(doc, "partners"),
        "name": "",
        "legal_form": "social_cooperative_a",
        "fiscal_code": "",
        "vat_number": None,
        "runts_section": "d",
        "pec": "",
        "address": "",
        "role": "",
        "contact": {"full_name": "", "email": "", "phone": None},
    }


def new_activity(doc: dict[str, Any], profile: CallProfile, title: str = "") -> dict[str, Any]:
    """An activity led by the applicant over the whole project, on the first grant fund and area."""
    duration = (doc.get("proposal") or {}).get("duration_months")
    months = duration if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0 else 1
    return {
        "id": next_id_in(doc, "activities"),
        "title": title,
        "description": "",
        "thematic_area": next(iter(profile.thematic_areas), ""),
        "fund": profile.grant_funds[0] if profile.grant_funds else "FESR",
        "lead": APPLICANT,
        "partners": [],
        "property": None,
        "start_month": 1,
        "end_month": months,
        "deliverables": [],
    }


def new_budget_line(
    doc: dict[str, Any], profile: CallProfile, like: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A zero line: activity, fund and beneficiary from ``like`` (the current line) or the first activity."""
    activities = _list(doc, "activities")
    if like:
        activity, fund = str(like.get("activity", "")), str(like.get("fund", ""))
    else:
        first = activities[0] if activities else {}
        activity = str(first.get("id", ""))
        fund = str(first.get("fund") or "") or "FESR"
    category = next((c for c in profile.cost_categories if profile.category_allowed(fund, c)), "")
    return {
        "id": next_id_in(doc, "budget"),
        "activity": activity,
        "fund": fund,
        "category": category,
        "description": "",
        "beneficiary": str(like.get("beneficiary", APPLICANT)) if like else APPLICANT,
        "amount_cents": 0,
        "vat_cents": 0,
        "vat_recoverable": False,
    }


def new_indicator(doc: dict[str, Any]) -> dict[str, Any]:
    """An indicator still to be named, with target 0 (IND-001 asks for both)."""
    return {"id": next_id_in(doc, "indicators"), "name": "", "unit": "", "target": 0}
