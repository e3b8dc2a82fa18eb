"""What validation returns: issues with a stable rule id, a severity, a JSON Pointer and two messages."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# Sections of the editor, in navigation order, keyed by the first token of a JSON Pointer.
SECTIONS: dict[str, tuple[str, str]] = {
    "applicant": ("Ente proponente", "Applicant"),
    "proposal": ("Proposta", "Proposal"),
    "properties": ("Immobili", "Properties"),
    "partners": ("Partenariato", "Partnership"),
    "activities": ("Attività e cronoprogramma", "Activities and timeline"),
    "budget": ("Piano finanziario", "Budget"),
    "indicators": ("Indicatori", "Indicators"),
    "attachments": ("Allegati", "Attachments"),
    "document": ("Documento", "Document"),
}


def section_of(path: str) -> str:
    """The editor section a JSON Pointer belongs to (``document`` for top-level fields)."""
    first = path.split("/")[1] if path.startswith("/") and len(path) > 1 else ""
    return first if first in SECTIONS else "document"


@dataclass(frozen=True, slots=True)
class Issue:
    rule: str
    severity: Severity
    path: str
    message_it: str
    message_en: str

    def message(self, lang: str = "it") -> str:
        return self.message_en if lang == "en" else self.message_it

    @property
    def section(self) -> str:
        return section_of(self.path)

    def to_json(self, lang: str = "it") -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "path": self.path,
            "message": self.message(lang),
        }


@dataclass(frozen=True, slots=True)
class ValidationResult:
    issues: tuple[Issue, ...]
    skipped_rules: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, issues: list[Issue], skipped_rules: tuple[str, ...] = ()) -> ValidationResult:
        c = Counter(i.severity for i in issues)
        return cls(tuple(issues), skipped_rules, {s: c.get(s, 0) for s in SEVERITIES})

    @property
    def errors(self) -> int:
        return self.counts.get("error", 0)

    @property
    def warnings(self) -> int:
        return self.counts.get("warning", 0)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def by_section(self) -> dict[str, list[Issue]]:
        """Issues grouped by editor section, sections in navigation order."""
        groups: dict[str, list[Issue]] = {s: [] for s in SECTIONS}
        for issue in self.issues:
            groups[issue.section].append(issue)
        return {s: items for s, items in groups.items() if items}

    def section_counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for section, items in self.by_section().items():
            c = Counter(i.severity for i in items)
            out[section] = {s: c.get(s, 0) for s in SEVERITIES}
        return out

    def to_json(self, lang: str = "it") -> dict[str, Any]:
        """The ``validate --json`` shape of FORMATS.md §3 (plus ``skipped_rules``)."""
        return {
            "errors": self.errors,
            "warnings": self.warnings,
            "issues": [i.to_json(lang) for i in self.issues],
            "skipped_rules": list(self.skipped_rules),
        }
