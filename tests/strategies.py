"""Hypothesis strategies for schema-valid dossier documents (FORMATS.md §1).

The documents have every key, the right types, enum values from the call profile and real dates,
but they need not satisfy any business rule: they exercise storage, canonical dumping and the
validator's tolerance, not the rules. Lists are kept short (0-4 items) so that tests stay fast.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from hubdesk.callprofile import load_call_profile
from hubdesk.document import CURRENT_FORMAT_VERSION, FORMAT

_PROFILE = load_call_profile()
_CALL_ID = _PROFILE.id
THEMATIC_AREAS = sorted(_PROFILE.thematic_areas)
COST_CATEGORIES = sorted(_PROFILE.cost_categories)
LEGAL_FORMS = sorted(_PROFILE.legal_forms)
RUNTS_SECTIONS = sorted(_PROFILE.runts_sections)
OWNER_KINDS = sorted(_PROFILE.owner_kinds)
AVAILABILITY_TITLES = sorted(_PROFILE.availability_titles)
ATTACHMENT_KINDS = sorted(_PROFILE.attachment_kinds)
ACTIVITY_FUNDS = list(_PROFILE.raw["activity_funds"])
BUDGET_FUNDS = sorted(_PROFILE.funds)
REGISTERS = list(_PROFILE.raw["property_registers"])
MEDIA_TYPES = sorted(_PROFILE.accepted_media_types)

ITALIAN = "àèéìíòóùÀÈÉÌÒÙçÇ«»’“”–—€°ªº"
EMOJI = ["😀", "🇮🇹", "👩‍👩‍👧", "🏛️", "♿", "🌱", "❤️", "🍝"]
MAX_ITEMS = 4

# Any encodable code point (no lone surrogates), weighted towards Italian text and emoji.
_CHARS = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list(ITALIAN)),
    st.sampled_from([c for e in EMOJI for c in e]),
    st.sampled_from(list("abcdefghilmnopqrstuvz ABC0123456789'.,-")),
)


def texts(max_size: int = 30, *, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(_CHARS, min_size=min_size, max_size=max_size)


def ids(prefix: str) -> st.SearchStrategy[str]:
    """Item ids: usually the app's style (``IMM-3``), sometimes arbitrary non-empty text."""
    return st.one_of(st.integers(1, 99).map(lambda n: f"{prefix}-{n}"), texts(12, min_size=1))


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def iso_dates() -> st.SearchStrategy[str]:
    return st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)).map(date.isoformat)


def small_lists(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=MAX_ITEMS)


def numbers(max_value: float) -> st.SearchStrategy[float | int]:
    """A JSON number >= 0: an int or a finite float (no NaN/inf, which JSON cannot carry)."""
    return st.one_of(
        st.integers(0, int(max_value)),
        st.floats(min_value=0, max_value=max_value, allow_nan=False, allow_infinity=False),
    )


def cents() -> st.SearchStrategy[int]:
    return st.integers(1, 10**11)


def applicants() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "istat_code": texts(20),
            "name": texts(),
            "fiscal_code": texts(16),
            "pec": texts(),
            "population": st.integers(0, 100_000_000),
            "population_reference": texts(),
            "joint_bat": st.booleans(),
            "legal_representative": st.fixed_dictionaries(
                {"full_name": texts(), "role": texts(), "fiscal_code": texts(16)}
            ),
            "rup": st.fixed_dictionaries(
                {
                    "full_name": texts(),
                    "fiscal_code": texts(16),
                    "email": texts(),
                    "phone": optional(texts(15)),
                }
            ),
        }
    )


def proposals() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "title": texts(),
            "acronym": texts(12),
            "hub_name": texts(),
            "summary": texts(200),
            "objectives": texts(100),
            "target_groups": small_lists(texts()),
            "thematic_areas": st.lists(st.sampled_from(THEMATIC_AREAS), unique=True, max_size=MAX_ITEMS),
            "start_date": iso_dates(),
            "duration_months": st.integers(1, 600),
            "cup": optional(texts(15)),
        }
    )


def properties() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "id": ids("IMM"),
            "name": texts(),
            "address": texts(),
            "cadastre": st.fixed_dictionaries(
                {
                    "register": st.sampled_from(REGISTERS),
                    "municipality_code": texts(4),
                    "section": optional(texts(3)),
                    "sheet": optional(texts(4)),
                    "parcel": optional(texts(5)),
                    "subordinate": optional(texts(3)),
                }
            ),
            "owner": st.fixed_dictionaries(
                {
                    "kind": st.sampled_from(OWNER_KINDS),
                    "name": texts(),
                    "fiscal_code": optional(texts(16)),
                }
            ),
            "availability": st.fixed_dictionaries(
                {
                    "title": st.sampled_from(AVAILABILITY_TITLES),
                    "reference": texts(),
                    "valid_until": iso_dates(),
                }
            ),
            "floor_area_sqm": numbers(10_000_000),
            "current_use": texts(),
            "planned_use": texts(),
            "works": texts(),
            "public_funding_last_10_years": st.booleans(),
            "derelict_site": st.booleans(),
        }
    )


def partners() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "id": ids("PAR"),
            "name": texts(),
            "legal_form": st.sampled_from(LEGAL_FORMS),
            "fiscal_code": texts(16),
            "vat_number": optional(texts(11)),
            "runts_section": optional(st.sampled_from(RUNTS_SECTIONS)),
            "pec": texts(),
            "address": texts(),
            "role": texts(),
            "contact": st.fixed_dictionaries(
                {"full_name": texts(), "email": texts(), "phone": optional(texts(15))}
            ),
        }
    )


def activities() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "id": ids("ATT"),
            "title": texts(),
            "description": texts(100),
            "thematic_area": st.sampled_from(THEMATIC_AREAS),
            "fund": st.sampled_from(ACTIVITY_FUNDS),
            "lead": st.one_of(st.just("applicant"), ids("PAR")),
            "partners": small_lists(ids("PAR")),
            "property": optional(ids("IMM")),
            "start_month": st.integers(-1000, 10000),
            "end_month": st.integers(-1000, 10000),
            "deliverables": small_lists(texts()),
        }
    )


def budget_lines() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "id": ids("VOC"),
            "activity": ids("ATT"),
            "fund": st.sampled_from(BUDGET_FUNDS),
            "category": st.sampled_from(COST_CATEGORIES),
            "description": texts(),
            "beneficiary": st.one_of(st.just("applicant"), ids("PAR")),
            "amount_cents": cents(),
            "vat_cents": st.integers(0, 10**11),
            "vat_recoverable": st.booleans(),
        }
    )


def indicators() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "id": ids("IND"),
            "name": texts(),
            "unit": texts(10),
            "target": numbers(1e12),
        }
    )


def attachments() -> st.SearchStrategy[dict[str, Any]]:
    file_chars = _CHARS.filter(lambda c: c not in "/\\\x00")
    return st.fixed_dictionaries(
        {
            "id": ids("ALL"),
            "kind": st.sampled_from(ATTACHMENT_KINDS),
            "title": texts(),
            "file_name": st.text(file_chars, min_size=1, max_size=40),
            "media_type": st.one_of(st.sampled_from(MEDIA_TYPES), texts(20)),
            "size": st.integers(0, 2**40),
            "sha256": st.text("0123456789abcdef", min_size=64, max_size=64),
            "refers_to": optional(st.one_of(ids("IMM"), ids("PAR"))),
        }
    )


def dossier_documents() -> st.SearchStrategy[dict[str, Any]]:
    """Whole documents that pass ``schemas/dossier.schema.json`` (but not necessarily the rules)."""
    return st.fixed_dictionaries(
        {
            "format": st.just(FORMAT),
            "format_version": st.just(CURRENT_FORMAT_VERSION),
            "call": st.just(_CALL_ID),
            "id": st.uuids(version=4).map(str),
            "applicant": applicants(),
            "proposal": proposals(),
            "properties": small_lists(properties()),
            "partners": small_lists(partners()),
            "activities": small_lists(activities()),
            "budget": small_lists(budget_lines()),
            "indicators": small_lists(indicators()),
            "attachments": small_lists(attachments()),
        }
    )
