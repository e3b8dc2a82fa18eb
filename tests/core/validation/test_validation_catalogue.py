"""The rule catalogue against RULES.md, and the text report."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hubdesk.validation import RULES, Issue, ValidationResult, format_text_report
from hubdesk.validation.catalogue import CHECKS
from tests.core.validation.conftest import only

# The public rule catalogue, kept in the project's docs/ (a copy of the design contract).
RULES_MD = Path(__file__).resolve().parents[3] / "docs" / "RULES.md"
DOCUMENTED = {
    "SCHEMA-001",
    "ELIG-001",
    "ELIG-002",
    "ELIG-003",
    "ELIG-004",
    "ID-001",
    "ID-002",
    "ID-003",
    "ID-004",
    "ID-005",
    "REF-001",
    "REF-002",
    "PROP-001",
    "PROP-002",
    "PROP-003",
    "PROP-004",
    "PROP-005",
    "PART-001",
    "PART-002",
    "PART-003",
    "PLAN-001",
    "PLAN-002",
    "PLAN-003",
    "PLAN-004",
    "BUD-001",
    "BUD-002",
    "BUD-003",
    "BUD-004",
    "BUD-005",
    "BUD-006",
    "BUD-007",
    "BUD-008",
    "ATT-001",
    "ATT-002",
    "ATT-003",
    "TXT-001",
    "TXT-002",
    "BUD-009",
    "TXT-003",
    "PLAN-005",
    "PLAN-006",
    "IND-001",
    "ATT-004",
}
SEVERITY = {
    "ELIG-003": "warning",
    "PROP-005": "warning",
    "PART-002": "warning",
    "PART-003": "warning",
    "PLAN-003": "warning",
    "BUD-007": "warning",
    "ATT-003": "warning",
    "TXT-002": "warning",
    "PLAN-006": "warning",
}


def test_every_documented_rule_is_in_the_catalogue() -> None:
    assert set(RULES) >= DOCUMENTED
    table = set(re.findall(r"^\| ([A-Z]+-\d{3}) \|", RULES_MD.read_text(encoding="utf-8"), re.M))
    assert table >= DOCUMENTED - {"SCHEMA-001"}  # SCHEMA-001 is described in the prose above the table
    assert table <= set(RULES)


def test_severities_match_rules_md() -> None:
    for rule_id in DOCUMENTED:
        assert RULES[rule_id].severity == SEVERITY.get(rule_id, "error"), rule_id


def test_every_rule_has_both_titles_and_a_check() -> None:
    for rule_id, info in RULES.items():
        assert info.title_it and info.title_en and info.title_it != info.title_en, rule_id
        assert info.title("en") == info.title_en
    assert set(CHECKS) == set(RULES) - {"SCHEMA-001", "SYS-001"}


def test_crashing_rule_becomes_sys001(base: dict[str, Any], validate: Any, monkeypatch: Any) -> None:
    def boom(doc: Any, ctx: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setitem(CHECKS, "TXT-002", boom)
    result = validate(base)
    (found,) = only(result, "SYS-001")
    assert found.severity == "error" and "TXT-002" in found.message_it
    assert not result.ok


def _result() -> ValidationResult:
    return ValidationResult.of(
        [
            Issue("ID-001", "error", "/partners/0/fiscal_code", "Codice errato.", "Wrong code."),
            Issue("ATT-003", "warning", "/attachments", "Manca la delibera.", "Resolution missing."),
            Issue("SCHEMA-001", "error", "/extra", "Campo non previsto.", "Unknown field."),
        ],
        ("ATT-001", "ATT-002"),
    )


def test_text_report_italian() -> None:
    text = format_text_report(_result())
    assert "Partenariato\n  [ERRORE] ID-001 /partners/0/fiscal_code: Codice errato." in text
    assert "  [AVVISO] ATT-003 /attachments: Manca la delibera." in text
    assert "Documento\n  [ERRORE] SCHEMA-001 /extra" in text
    assert "Riepilogo: 2 errori, 1 avviso, 0 informazioni." in text
    assert "ATT-001, ATT-002" in text and "non sono disponibili" in text


def test_text_report_english() -> None:
    text = format_text_report(_result(), "en")
    assert "Partnership\n  [ERROR] ID-001 /partners/0/fiscal_code: Wrong code." in text
    assert "[WARNING] ATT-003" in text
    assert "Summary: 2 errors, 1 warning, 0 info." in text
    assert "bare JSON file: attachment bytes not available" in text


def test_text_report_clean() -> None:
    assert "nessun problema" in format_text_report(ValidationResult.of([]))
    assert "no problems" in format_text_report(ValidationResult.of([]), "en")
