"""The rule families of RULES.md, one module each; importing this package registers every check."""

from hubdesk.validation.rules import (
    attachments,
    budget,
    drafts,
    eligibility,
    identifiers,
    partners,
    plan,
    properties,
    references,
    texts,
)

__all__ = [
    "attachments",
    "budget",
    "drafts",
    "eligibility",
    "identifiers",
    "partners",
    "plan",
    "properties",
    "references",
    "texts",
]
