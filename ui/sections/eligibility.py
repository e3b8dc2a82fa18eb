"""Eligibility of an applicant municipality with its reason, in the UI language.

The rule itself is the call profile's (``CallProfile.is_eligible_applicant``); this only words the
reason through Qt's translation system so the English UI does not show the Italian text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale


def eligibility_text(profile: Any, istat: str, population: int) -> tuple[bool, str]:
    """(eligible, reason) for the municipality ``istat`` with ``population`` residents."""
    ok, _reason_it = profile.is_eligible_applicant(istat, population)
    m = profile.municipalities.get(istat)
    threshold = QLocale().toString(int(profile.population_threshold))
    if m is None:
        return False, QCoreApplication.translate(
            "Eligibility", "Choose a municipality from the list of Puglia municipalities."
        )
    if m.provincial_capital:
        text = QCoreApplication.translate(
            "Eligibility", "%1 is a provincial capital: eligible in the first phase."
        )
    elif ok:
        text = QCoreApplication.translate("Eligibility", "%1 has more than %2 residents: eligible.")
    else:
        text = QCoreApplication.translate(
            "Eligibility", "%1 is not a provincial capital and does not exceed %2 residents: not eligible."
        )
    return ok, text.replace("%1", m.name).replace("%2", threshold)
