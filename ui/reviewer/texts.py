"""The verdict in plain words for the reviewer: a colour, a headline and the reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.verify.verdict import TOTAL_FAILED, TOTAL_PASSED, PackageVerdict

GREEN, AMBER, RED = "green", "amber", "red"
COLOURS = {GREEN: ("#1e7b34", "#e6f4ea"), AMBER: ("#8a5a00", "#fff4d6"), RED: ("#b3261e", "#fce8e6")}


def level(v: PackageVerdict) -> str:
    if v.indication == TOTAL_FAILED or v.rule_errors:
        return RED
    if v.indication != TOTAL_PASSED or v.has_warnings:
        return AMBER
    return GREEN


def short_label(v: PackageVerdict) -> str:
    """The triage table's verdict cell."""
    if v.indication == TOTAL_FAILED:
        return QCoreApplication.translate("Verdict", "Not valid")
    if v.indication != TOTAL_PASSED:
        return QCoreApplication.translate("Verdict", "Indeterminate")
    if v.rule_errors:
        return QCoreApplication.translate("Verdict", "Valid, breaks the call rules")
    if v.has_warnings:
        return QCoreApplication.translate("Verdict", "Valid, to check")
    return QCoreApplication.translate("Verdict", "Valid")


def headline(v: PackageVerdict) -> str:
    if v.indication == TOTAL_FAILED:
        return QCoreApplication.translate("Verdict", "Not valid: this package must not be accepted as it is")
    if v.indication != TOTAL_PASSED:
        if v.sub_indication == "NO_CERTIFICATE_CHAIN_FOUND":
            return QCoreApplication.translate(
                "Verdict", "Signature intact, but the signer cannot be confirmed with the trusted authorities"
            )
        return QCoreApplication.translate(
            "Verdict", "Cannot be confirmed: the signature could not be fully checked"
        )
    if v.rule_errors:
        return QCoreApplication.translate(
            "Verdict", "Intact and signed, but the dossier breaks the call rules"
        )
    if v.signed_by_legal_representative is False:
        return QCoreApplication.translate("Verdict", "Intact and signed, but not by the legal representative")
    if v.has_warnings:
        return QCoreApplication.translate(
            "Verdict", "Intact and signed by the legal representative; some points need a look"
        )
    return QCoreApplication.translate("Verdict", "Intact and signed by the legal representative")


def reason(v: PackageVerdict, lang: str) -> str:
    if v.problems:
        return v.problems[0].text(lang)
    return ""


def yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Verdict", "cannot tell")
    return (
        QCoreApplication.translate("Verdict", "yes") if value else QCoreApplication.translate("Verdict", "no")
    )
