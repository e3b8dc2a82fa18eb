"""Offline validation of a dossier: the schema layer plus the rules of RULES.md.

Public API: :func:`validate_document` (everything), :func:`schema_issues` (schema only),
:func:`check_fragment` (fast re-check after an edit), :func:`sniff_media_type`,
:func:`format_text_report`, and the rule catalogue :data:`RULES`.
"""

from hubdesk.validation.catalogue import BYTES_RULES, RULES, RuleInfo
from hubdesk.validation.engine import validate_document
from hubdesk.validation.facts import AttachmentFacts
from hubdesk.validation.issues import SECTIONS, Issue, ValidationResult
from hubdesk.validation.report import format_text_report
from hubdesk.validation.schema import check_fragment, schema_issues
from hubdesk.validation.sniff import sniff_media_type

__all__ = [
    "BYTES_RULES",
    "RULES",
    "SECTIONS",
    "AttachmentFacts",
    "Issue",
    "RuleInfo",
    "ValidationResult",
    "check_fragment",
    "format_text_report",
    "schema_issues",
    "sniff_media_type",
    "validate_document",
]
