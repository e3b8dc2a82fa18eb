"""Schema and call rules re-run on the dossier inside the package, on the package's own bytes.

ATT-001/ATT-002 compare each attachment record with the facts of the packaged file, so an attachment
replaced by a different file (even if re-signed) shows up as a rule error, not only as a digest problem.
"""

from __future__ import annotations

from typing import Any

from hubdesk.validation import AttachmentFacts, ValidationResult, validate_document


def check_rules(document: dict[str, Any], facts: dict[str, AttachmentFacts]) -> ValidationResult:
    """``validate_document`` with the call profile the dossier names (the default one otherwise)."""
    return validate_document(document, attachment_facts=facts)
