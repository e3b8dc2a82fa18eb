"""Comparison of two rounds of a dossier (FORMATS.md §5): changes field by field, money euro by euro."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hubdesk.diff.compare import LIST_SECTIONS, SECTIONS, Change, apply_changes, compare_documents, same_value
from hubdesk.diff.money import ALL_FUNDS, money_changed, money_deltas
from hubdesk.diff.sources import DiffInputError, Round, read_file_round, resolve_round


@dataclass(frozen=True, slots=True)
class DiffResult:
    a: Round
    b: Round
    changes: list[Change]
    money: dict[str, Any]

    @property
    def same(self) -> bool:
        return not self.changes

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.header(),
            "b": self.b.header(),
            "changes": [c.to_json() for c in self.changes],
            "money": self.money,
        }


def diff_rounds(a: Round, b: Round) -> DiffResult:
    return DiffResult(a, b, compare_documents(a.document, b.document), money_deltas(a.document, b.document))


def diff_documents(a: dict[str, Any], b: dict[str, Any]) -> DiffResult:
    """Compare two documents held in memory (the app's current draft and a version, tests)."""
    ra = Round("A", a, a.get("id") if isinstance(a.get("id"), str) else None, None, "json")
    rb = Round("B", b, b.get("id") if isinstance(b.get("id"), str) else None, None, "json")
    return diff_rounds(ra, rb)


__all__ = [
    "ALL_FUNDS",
    "LIST_SECTIONS",
    "SECTIONS",
    "Change",
    "DiffInputError",
    "DiffResult",
    "Round",
    "apply_changes",
    "compare_documents",
    "diff_documents",
    "diff_rounds",
    "money_changed",
    "money_deltas",
    "read_file_round",
    "resolve_round",
    "same_value",
]
