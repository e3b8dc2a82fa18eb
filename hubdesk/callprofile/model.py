"""Frozen, typed view of a call profile: plain data the validator, the UI and the PDF share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Municipality:
    istat_code: str
    name: str
    province: str
    cadastral_code: str
    population_2011: int
    provincial_capital: bool


@dataclass(frozen=True, slots=True)
class Choice:
    """A coded value with Italian and English labels (fund, area, category, legal form...)."""

    code: str
    label_it: str
    label_en: str
    funds: tuple[str, ...] = ()
    kind: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str = "it") -> str:
        return self.label_en if lang == "en" else self.label_it


@dataclass(frozen=True, slots=True)
class CallProfile:
    id: str
    title_it: str
    title_en: str
    raw: dict[str, Any]
    municipalities: dict[str, Municipality]
    funds: dict[str, Choice]
    thematic_areas: dict[str, Choice]
    cost_categories: dict[str, Choice]
    legal_forms: dict[str, Choice]
    runts_sections: dict[str, Choice]
    owner_kinds: dict[str, Choice]
    availability_titles: dict[str, Choice]
    attachment_kinds: dict[str, Choice]
    accepted_media_types: dict[str, tuple[str, ...]]

    # ------------------------------------------------------------------ derived views
    @property
    def grant_funds(self) -> tuple[str, ...]:
        return tuple(c for c, f in self.funds.items() if f.kind == "grant")

    @property
    def cofinancing_funds(self) -> tuple[str, ...]:
        return tuple(c for c, f in self.funds.items() if f.kind == "cofinancing")

    @property
    def third_sector_forms(self) -> frozenset[str]:
        return frozenset(c for c, f in self.legal_forms.items() if f.kind == "third_sector")

    @property
    def public_forms(self) -> frozenset[str]:
        return frozenset(c for c, f in self.legal_forms.items() if f.kind == "public")

    @property
    def social_partner_forms(self) -> frozenset[str]:
        return frozenset(self.raw.get("social_partner_forms", ()))

    @property
    def region_prefixes(self) -> tuple[str, ...]:
        return tuple(self.raw["region_istat_prefixes"])

    @property
    def bat_istat_codes(self) -> frozenset[str]:
        return frozenset(self.raw["eligibility"]["bat_istat_codes"])

    @property
    def population_threshold(self) -> int:
        return int(self.raw["eligibility"]["population_threshold"])

    @property
    def population_tolerance_percent(self) -> int:
        return int(self.raw["eligibility"]["population_tolerance_percent"])

    @property
    def grant_ceiling_cents(self) -> int:
        return int(self.raw["ceilings"]["grant_cents"])

    @property
    def bat_single_ceiling_cents(self) -> int:
        return int(self.raw["ceilings"]["bat_single_municipality_cents"])

    @property
    def eligibility_end_date(self) -> str:
        return str(self.raw["eligibility_end_date"])

    @property
    def durability_years(self) -> int:
        return int(self.raw["durability_years"])

    @property
    def attachment_max_bytes(self) -> int:
        return int(self.raw["attachment_max_bytes"])

    @property
    def fund_colors(self) -> dict[str, str]:
        """Each fund's colour in charts, the Gantt and the PDF (grey when the profile has none)."""
        return {str(f.get("code")): str(f.get("color", "#888888")) for f in self.raw.get("funds", [])}

    @property
    def fse_share_range(self) -> tuple[int, int]:
        """Allowed FSE share of the requested grant, in percent (BUD-007)."""
        share = self.raw.get("fse_share_percent", {})
        return int(share.get("min", 0)), int(share.get("max", 100))

    def land_purchase_percent(self, derelict_site: bool) -> int:
        """Ceiling of land purchase as a percentage of the total eligible cost (BUD-003)."""
        shares = self.raw.get("land_purchase_percent", {})
        return int(shares.get("derelict_site" if derelict_site else "default", 10))

    @property
    def summary_max_chars(self) -> int:
        return int(self.raw.get("summary_max_chars", 3000))

    @property
    def partner_letter_kind(self) -> str:
        """The attachment kind that carries a partner's letter of intent (PART-003)."""
        return str(self.raw.get("partner_letter_kind", "letter_of_intent"))

    @property
    def property_agreement_kind(self) -> str:
        """The attachment kind that makes a property not owned by the applicant available (PROP-002)."""
        return str(self.raw.get("property_agreement_kind", "property_agreement"))

    @property
    def required_attachment_kinds(self) -> tuple[str, ...]:
        return tuple(self.raw.get("required_attachment_kinds", ()))

    @property
    def media_type_names(self) -> tuple[str, ...]:
        """The accepted media types as people call them (PDF, PNG...), in the profile's order."""
        return tuple(str(m.get("label", m["media_type"])) for m in self.raw.get("accepted_media_types", []))

    def category_allowed(self, fund: str, category: str) -> bool:
        """Whether ``category`` may be paid by ``fund`` (co-financing may pay any category)."""
        if fund in self.cofinancing_funds:
            return category in self.cost_categories
        cat = self.cost_categories.get(category)
        return cat is not None and fund in cat.funds

    def area_allowed(self, fund: str, area: str) -> bool:
        a = self.thematic_areas.get(area)
        return a is not None and fund in a.funds

    def ceiling_for(self, istat_code: str, joint_bat: bool) -> int:
        """The requested-grant ceiling in cents for an applicant."""
        if istat_code in self.bat_istat_codes and not joint_bat:
            return self.bat_single_ceiling_cents
        return self.grant_ceiling_cents

    def is_eligible_applicant(self, istat_code: str, population: int) -> tuple[bool, str]:
        """Eligibility and its reason in Italian (see ``callprofile.eligibility``)."""
        from hubdesk.callprofile.eligibility import applicant_eligibility

        verdict = applicant_eligibility(self, istat_code, population)
        return verdict.eligible, verdict.text("it")
