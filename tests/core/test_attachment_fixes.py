"""Problems that need an attachment name the fix; new attachments get a kind guessed from context."""

from __future__ import annotations

import copy

import pytest

from hubdesk.attachment_fixes import attachment_fix, guess_kind
from hubdesk.callprofile import load_call_profile
from hubdesk.validation import validate_document
from tests.core.validation.conftest import BASE, facts_for


def _issue(doc: dict, rule: str) -> list:
    result = validate_document(doc, attachment_facts=facts_for(doc))
    return [i for i in result.issues if i.rule == rule]


def test_prop002_offers_the_agreement_for_that_property() -> None:
    doc = copy.deepcopy(BASE)
    doc["attachments"] = [a for a in doc["attachments"] if a["id"] != "ALL-5"]
    (issue,) = _issue(doc, "PROP-002")
    fix = attachment_fix(issue.rule, issue.path, issue.message_it, doc, load_call_profile())
    assert fix is not None
    assert (fix.kind, fix.refers_to) == ("property_agreement", "IMM-2")
    assert fix.action() == "Allega l'accordo…" and fix.action("en") == "Attach the agreement…"
    assert "Ex Scuola Manzoni" in fix.title()


def test_part003_offers_the_letter_of_that_partner() -> None:
    doc = copy.deepcopy(BASE)
    doc["attachments"] = [a for a in doc["attachments"] if a["id"] != "ALL-4"]
    (issue,) = _issue(doc, "PART-003")
    fix = attachment_fix(issue.rule, issue.path, issue.message_it, doc, load_call_profile())
    assert fix is not None and (fix.kind, fix.refers_to) == ("letter_of_intent", "PAR-2")


def test_att003_offers_each_missing_act() -> None:
    doc = copy.deepcopy(BASE)
    doc["attachments"] = [a for a in doc["attachments"] if a["id"] not in ("ALL-1", "ALL-2")]
    profile = load_call_profile()
    kinds = {attachment_fix(i.rule, i.path, i.message_it, doc, profile).kind for i in _issue(doc, "ATT-003")}  # type: ignore[union-attr]
    assert kinds == {"council_resolution", "rup_appointment"}


def test_other_problems_offer_no_attachment() -> None:
    doc = copy.deepcopy(BASE)
    profile = load_call_profile()
    assert attachment_fix("ID-001", "/partners/0/fiscal_code", "", doc, profile) is None
    assert attachment_fix("PROP-002", "/properties/9", "", doc, profile) is None


@pytest.mark.parametrize(
    ("name", "section", "kind"),
    [
        ("Delibera GC 12-2021.pdf", None, "council_resolution"),
        ("nomina_RUP.pdf.p7m", None, "rup_appointment"),
        ("Lettera d'intenti Il Faro.pdf", None, "letter_of_intent"),
        ("scan0001.pdf", "partners", "letter_of_intent"),
        ("Convenzione Città metropolitana.pdf", None, "property_agreement"),
        ("scan0002.pdf", "properties", "property_agreement"),
        ("facciata.jpg", "properties", "photo"),
        ("Planimetria piano terra.pdf", None, "floor_plan"),
        ("documento.pdf", None, "other"),
        ("interruttore.pdf", None, "other"),  # "rup" inside a word is not the RUP
    ],
)
def test_guess_kind(name: str, section: str | None, kind: str) -> None:
    assert guess_kind(name, load_call_profile(), section) == kind
