"""Facts every rule needs, computed once per validation so that no rule is quadratic.

Everything here tolerates a partly invalid document: wrong types become "unknown" (None, empty
containers) rather than exceptions, because the schema layer already reports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hubdesk.budget import eligible_cents
from hubdesk.callprofile import CallProfile
from hubdesk.timeline import parse_date, project_end
from hubdesk.validation.facts import AttachmentFacts

APPLICANT_REF = "applicant"


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def as_int(value: Any) -> int | None:
    """An integer that is not a bool (JSON ``true`` must not count as 1)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def is_blank(value: Any) -> bool:
    """Missing, null or whitespace-only text."""
    return value is None or (isinstance(value, str) and not value.strip())


def index_ids(items: list[Any]) -> dict[str, int]:
    """Id -> index of its first occurrence (duplicates are REF-002's business)."""
    out: dict[str, int] = {}
    for i, item in enumerate(items):
        if isinstance(item, dict):
            ident = item.get("id")
            if isinstance(ident, str) and ident not in out:
                out[ident] = i
    return out


@dataclass(slots=True)
class Context:
    """Pre-computed views of one document for one validation run."""

    profile: CallProfile
    facts: Mapping[str, AttachmentFacts] | None
    applicant: dict[str, Any]
    proposal: dict[str, Any]
    properties: list[Any]
    partners: list[Any]
    activities: list[Any]
    budget: list[Any]
    indicators: list[Any]
    attachments: list[Any]
    property_ids: dict[str, int]
    partner_ids: dict[str, int]
    activity_ids: dict[str, int]
    budget_ids: dict[str, int]
    indicator_ids: dict[str, int]
    attachment_ids: dict[str, int]
    start_date: date | None
    duration: int | None
    end_date: date | None
    eligible: list[int | None] = field(default_factory=list)
    grant_cents: int = 0
    fse_cents: int = 0
    total_eligible_cents: int = 0
    activities_with_lines: set[str] = field(default_factory=set)
    attachment_refs: set[tuple[str, str]] = field(default_factory=set)
    attachment_kinds: set[str] = field(default_factory=set)

    def activity(self, ident: Any) -> dict[str, Any] | None:
        i = self.activity_ids.get(ident) if isinstance(ident, str) else None
        return self.activities[i] if i is not None else None

    def property(self, ident: Any) -> dict[str, Any] | None:
        i = self.property_ids.get(ident) if isinstance(ident, str) else None
        return self.properties[i] if i is not None else None


def line_eligible_cents(line: Any) -> int | None:
    """Eligible cost of a budget line (``hubdesk.budget``); None when it has no usable amount."""
    if not isinstance(line, dict) or as_int(line.get("amount_cents")) is None:
        return None
    return eligible_cents(line)


def build_context(doc: Any, profile: CallProfile, facts: Mapping[str, AttachmentFacts] | None) -> Context:
    root = as_dict(doc)
    proposal = as_dict(root.get("proposal"))
    lists = {
        k: as_list(root.get(k))
        for k in ("properties", "partners", "activities", "budget", "indicators", "attachments")
    }
    start = parse_date(proposal.get("start_date"))
    duration = as_int(proposal.get("duration_months"))
    ctx = Context(
        profile=profile,
        facts=facts,
        applicant=as_dict(root.get("applicant")),
        proposal=proposal,
        properties=lists["properties"],
        partners=lists["partners"],
        activities=lists["activities"],
        budget=lists["budget"],
        indicators=lists["indicators"],
        attachments=lists["attachments"],
        property_ids=index_ids(lists["properties"]),
        partner_ids=index_ids(lists["partners"]),
        activity_ids=index_ids(lists["activities"]),
        budget_ids=index_ids(lists["budget"]),
        indicator_ids=index_ids(lists["indicators"]),
        attachment_ids=index_ids(lists["attachments"]),
        start_date=start,
        duration=duration,
        end_date=project_end(start, duration),
    )
    grant_funds = set(profile.grant_funds)
    for line in ctx.budget:
        cost = line_eligible_cents(line)
        ctx.eligible.append(cost)
        if not isinstance(line, dict):
            continue
        activity = as_str(line.get("activity"))
        if activity is not None:
            ctx.activities_with_lines.add(activity)
        if cost is None:
            continue
        ctx.total_eligible_cents += cost
        fund = as_str(line.get("fund"))
        if fund in grant_funds:
            ctx.grant_cents += cost
            if fund == "FSE":
                ctx.fse_cents += cost
    for att in ctx.attachments:
        if isinstance(att, dict):
            kind, ref = as_str(att.get("kind")), as_str(att.get("refers_to"))
            if kind is not None:
                ctx.attachment_kinds.add(kind)
                if ref is not None:
                    ctx.attachment_refs.add((kind, ref))
    return ctx
