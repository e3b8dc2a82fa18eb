"""Eligibility of an applicant municipality with its reason and phase, in the UI language.

The verdict is the core's (``hubdesk.callprofile.eligibility``: a reason code and the phase of the
negotiated procedure); this only words it through Qt's translation system.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from hubdesk.callprofile.eligibility import applicant_eligibility


def eligibility_text(profile: Any, istat: str, population: int) -> tuple[bool, str]:
    """(eligible, reason) for the municipality ``istat`` with ``population`` residents."""
    verdict = applicant_eligibility(profile, istat, population)
    threshold = QLocale().toString(verdict.threshold)

    if verdict.reason == "unknown_municipality":
        return False, QCoreApplication.translate(
            "Eligibility", "Choose a municipality from the list of Puglia municipalities."
        )
    if verdict.reason == "capital":
        text = QCoreApplication.translate(
            "Eligibility",
            "%1 is a provincial capital: eligible in the first phase of the negotiated procedure.",
        )
    elif verdict.reason == "above_threshold":
        text = QCoreApplication.translate(
            "Eligibility",
            "%1 has more than %2 residents: eligible in the second phase of the negotiated procedure "
            "(after the provincial capitals).",
        )
    else:
        text = QCoreApplication.translate(
            "Eligibility", "%1 is not a provincial capital and does not exceed %2 residents: not eligible."
        )
    return verdict.eligible, text.replace("%1", verdict.municipality or "").replace("%2", threshold)
