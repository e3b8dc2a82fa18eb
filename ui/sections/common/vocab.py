"""Codes <-> labels for the planning pages, built from the document and the call profile (Qt-free).

The tables store codes (``ATT-1``, ``FESR``, ``works``, ``applicant``) and show labels in the UI
language; paste and typing accept either, so a spreadsheet copy comes back as it went out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hubdesk.labels import fund_short

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile

APPLICANT = "applicant"
_TRUE = {"1", "true", "yes", "y", "si", "sì", "s", "x", "vero", "\u2713", "\u2714"}
_FALSE = {"", "0", "false", "no", "n", "falso", "-"}


def parse_bool(text: str) -> bool:
    """A spreadsheet cell as a boolean; raise ValueError for anything else."""
    key = text.strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(text)


@dataclass(frozen=True, slots=True)
class Vocab:
    """Everything the planning tables need to turn codes into labels and back."""

    profile: CallProfile
    lang: str
    applicant_name: str
    activities: tuple[tuple[str, str, str], ...]  # (id, title, fund)
    partners: tuple[tuple[str, str], ...]  # (id, name)
    properties: tuple[tuple[str, str], ...]  # (id, name)
    #: id -> (title, fund), built once so labels cost O(1) per cell
    _acts: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)
    _names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._acts.update({i: (t, f) for i, t, f in self.activities})
        self._names.update(dict(self.partners))

    @classmethod
    def of(cls, doc: dict[str, Any], profile: CallProfile, lang: str) -> Vocab:
        def items(key: str, *fields: str) -> tuple[tuple[str, ...], ...]:
            out = []
            for it in doc.get(key) or []:
                if isinstance(it, dict):
                    out.append(tuple(str(it.get(f) or "") for f in ("id", *fields)))
            return tuple(out)

        applicant = doc.get("applicant") or {}
        return cls(
            profile,
            lang,
            str(applicant.get("name") or "") if isinstance(applicant, dict) else "",
            items("activities", "title", "fund"),  # type: ignore[arg-type]
            items("partners", "name"),  # type: ignore[arg-type]
            items("properties", "name"),  # type: ignore[arg-type]
        )

    # ------------------------------------------------------------------ labels
    def fund_label(self, code: str, short: bool = True) -> str:
        choice = self.profile.funds.get(code)
        if choice is None:
            return code
        if short and choice.kind == "grant":
            return fund_short(code, self.lang)
        return choice.label(self.lang)

    def category_label(self, code: str) -> str:
        choice = self.profile.cost_categories.get(code)
        return choice.label(self.lang) if choice else code

    def area_label(self, code: str) -> str:
        choice = self.profile.thematic_areas.get(code)
        return choice.label(self.lang) if choice else code

    def activity_label(self, code: str) -> str:
        title = self._acts.get(code, ("", ""))[0]
        return code if not title else f"{code} \u00b7 {title}"

    def activity_fund(self, code: str) -> str | None:
        found = self._acts.get(code)
        return found[1] if found else None

    def party_label(self, code: str) -> str:
        """``applicant`` as the municipality's name, a partner id as its name."""
        if code == APPLICANT:
            return self.applicant_name or code
        return self._names.get(code) or code

    def fund_color(self, code: str) -> str:
        return self.profile.fund_colors.get(code, "#888888")

    # ------------------------------------------------------------------ choices (code, label)
    def fund_choices(self) -> list[tuple[str, str]]:
        return [(c, self.fund_label(c, short=False)) for c in self.profile.funds]

    def activity_fund_choices(self) -> list[tuple[str, str]]:
        return [(c, self.fund_label(c, short=False)) for c in self.profile.grant_funds]

    def category_choices(self, fund: str) -> list[tuple[str, str]]:
        """Categories the fund may pay (co-financing: all), in the call's order."""
        return [
            (c, ch.label(self.lang))
            for c, ch in self.profile.cost_categories.items()
            if self.profile.category_allowed(fund, c)
        ]

    def activity_choices(self) -> list[tuple[str, str]]:
        return [(i, self.activity_label(i)) for i, _, _ in self.activities]

    def party_choices(self) -> list[tuple[str, str]]:
        return [(APPLICANT, self.party_label(APPLICANT)), *self.partners]

    # ------------------------------------------------------------------ typed or pasted text -> code
    def _match(self, text: str, choices: list[tuple[str, str]]) -> str:
        key = text.strip().casefold()
        for code, label in choices:
            if key in (code.casefold(), label.casefold()):
                return code
        raise ValueError(text)

    def parse_fund(self, text: str) -> str:
        return self._match(text, self.fund_choices() + [(c, self.fund_label(c)) for c in self.profile.funds])

    def parse_category(self, text: str) -> str:
        choices = [(c, ch.label_it) for c, ch in self.profile.cost_categories.items()]
        choices += [(c, ch.label_en) for c, ch in self.profile.cost_categories.items()]
        return self._match(text, choices)

    def parse_activity(self, text: str) -> str:
        return self._match(text, self.activity_choices() + [(i, t) for i, t, _ in self.activities])

    def parse_party(self, text: str) -> str:
        return self._match(text, self.party_choices())
