"""A signed package becomes an editable dossier only after it has been verified, in the app and on
the command line alike: this module is that one step (the verdict, and whether it lets the copy be
made without the user's explicit consent)."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from hubdesk.verify.engine import verify_package
from hubdesk.verify.trust import TrustAnchors
from hubdesk.verify.verdict import TOTAL_PASSED, PackageVerdict

log = logging.getLogger("hubdesk.verify")


def reviewer_trust() -> TrustAnchors:
    """The user's trust store; a damaged store means no trust (the verdict then says so)."""
    from hubdesk.verify.truststore import TrustStore

    try:
        return TrustStore().trust()
    except Exception:
        log.exception("trust store unreadable")
        return TrustAnchors((), "nessuna", None)


def verify_before_import(
    path: str | Path, trust: TrustAnchors | None = None, *, now: datetime | None = None
) -> PackageVerdict:
    """Verify the package about to be imported, with ``trust`` or else the user's trust store."""
    return verify_package(path, trust if trust is not None else reviewer_trust(), now=now)


def import_allowed(verdict: PackageVerdict) -> bool:
    """Only an intact package whose signatures all check (TOTAL_PASSED) is imported without asking;
    rule errors do not matter here (the copy is a draft to work on)."""
    return verdict.indication == TOTAL_PASSED


def refusal(verdict: PackageVerdict, lang: str = "it") -> str:
    """Why the copy is not made without consent, and how to give it (command line)."""
    what = verdict.indication + (f"/{verdict.sub_indication}" if verdict.sub_indication else "")
    if lang == "en":
        return (
            f"package not verified ({what}): no copy made; verify it with «hubdesk package verify», "
            "or import it anyway with --accept-unverified"
        )
    return (
        f"pacchetto non verificato ({what}): nessuna copia creata; verificarlo con «hubdesk package "
        "verify», o importarlo comunque con --accept-unverified"
    )
