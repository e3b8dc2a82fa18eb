"""Run the schema layer and every registered rule over one document."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from hubdesk.callprofile import CallProfile, load_call_profile
from hubdesk.validation import rules as _rules  # noqa: F401  (importing registers the checks)
from hubdesk.validation.catalogue import BYTES_RULES, CHECKS, RULES, issue
from hubdesk.validation.context import Context, as_dict, build_context
from hubdesk.validation.facts import AttachmentFacts
from hubdesk.validation.issues import Issue, ValidationResult
from hubdesk.validation.schema import schema_issues

log = logging.getLogger("hubdesk.validation")


def _profile_for(doc: Any) -> CallProfile:
    """The profile the document names, falling back to the default one when it names none we know."""
    call = as_dict(doc).get("call")
    if isinstance(call, str):
        try:
            return load_call_profile(call)
        except Exception:  # unknown or broken profile: SCHEMA-001 on /call says so
            log.debug("call profile %r not available, using the default", call)
    return load_call_profile()


def run_rules(doc: Any, ctx: Context, skip: frozenset[str] = frozenset()) -> list[Issue]:
    """Every check in catalogue order; a crashing check becomes a SYS-001 error, never a crash."""
    out: list[Issue] = []
    for rule_id in RULES:
        check = CHECKS.get(rule_id)
        if check is None or rule_id in skip:
            continue
        try:
            out.extend(check(doc if isinstance(doc, dict) else {}, ctx))
        except Exception:
            log.exception("validation rule %s failed", rule_id)
            out.append(
                issue(
                    "SYS-001",
                    "",
                    f"Il controllo {rule_id} non è stato completato per un errore interno: "
                    "segnalarlo "
                    "all'assistenza. Il dossier non può essere inviato finché il controllo non "
                    "passa.",
                    f"Check {rule_id} did not complete because of an internal error: please report "
                    "it. "
                    "The dossier cannot be submitted until the check passes.",
                )
            )
    return out


def validate_document(
    doc: Any,
    profile: CallProfile | None = None,
    *,
    attachment_facts: Mapping[str, AttachmentFacts] | None = None,
) -> ValidationResult:
    """Schema layer plus every rule; ATT-001/ATT-002 are skipped (and listed) without attachment facts."""
    profile = profile or _profile_for(doc)
    issues = schema_issues(doc)
    skipped = BYTES_RULES if attachment_facts is None else ()
    ctx = build_context(doc, profile, attachment_facts)
    issues.extend(run_rules(doc, ctx, frozenset(skipped)))
    return ValidationResult.of(issues, tuple(skipped))
