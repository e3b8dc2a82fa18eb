"""Which applicants the call admits, and in which phase of the negotiated procedure (DOMAIN.md §1.3).

Phase 1: the provincial capitals (Bari, Barletta, Andria, Trani, Brindisi, Foggia, Lecce, Taranto).
Phase 2 ("in seconda battuta"): the other Puglia municipalities above the population threshold.
The verdict is a code plus facts; the UI words it through its own translations, the CLI and the
PDF use :meth:`Eligibility.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hubdesk.callprofile.model import CallProfile

Reason = Literal["unknown_municipality", "capital", "above_threshold", "below_threshold"]


@dataclass(frozen=True, slots=True)
class Eligibility:
    eligible: bool
    reason: Reason
    phase: int | None  # 1 = capitals, 2 = other municipalities above the threshold, None = not eligible
    municipality: str | None
    population: int
    threshold: int

    def text(self, lang: str = "it") -> str:
        """The verdict in a sentence, Italian or English."""
        n = f"{self.threshold:,}"
        n = n if lang == "en" else n.replace(",", ".")
        name = self.municipality or ""
        if self.reason == "unknown_municipality":
            if lang == "en":
                return "Choose a municipality from the list of Puglia municipalities."
            return "Scegliere un Comune dall'elenco dei Comuni pugliesi."
        if self.reason == "capital":
            if lang == "en":
                return (
                    f"{name} is a provincial capital: eligible in the first phase of the negotiated "
                    "procedure."
                )
            return f"{name} è capoluogo di provincia: ammesso nella prima fase della procedura negoziale."
        if self.reason == "above_threshold":
            if lang == "en":
                return (
                    f"{name} has more than {n} residents: eligible in the second phase of the "
                    "negotiated procedure (after the provincial capitals)."
                )
            return (
                f"{name} supera i {n} abitanti: ammesso nella seconda fase della procedura "
                "negoziale (dopo i capoluoghi)."
            )
        if lang == "en":
            return f"{name} is not a provincial capital and does not exceed {n} residents: not eligible."
        return f"{name} non è capoluogo e non supera i {n} abitanti: non ammesso."


def applicant_eligibility(profile: CallProfile, istat_code: str, population: int) -> Eligibility:
    """The eligibility of the municipality ``istat_code`` with ``population`` residents."""
    threshold = int(profile.population_threshold)
    m = profile.municipalities.get(istat_code)
    if m is None:
        return Eligibility(False, "unknown_municipality", None, None, population, threshold)
    if m.provincial_capital:
        return Eligibility(True, "capital", 1, m.name, population, threshold)
    if population > threshold:
        return Eligibility(True, "above_threshold", 2, m.name, population, threshold)
    return Eligibility(False, "below_threshold", None, m.name, population, threshold)
