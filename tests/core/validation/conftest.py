"""A small, valid dossier every validation test starts from (independent of the demo dossier)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from hubdesk.validation import AttachmentFacts, Issue, ValidationResult, validate_document

SHA = "ab" * 32

BASE: dict[str, Any] = {
    "format": "hubdesk.dossier",
    "format_version": 1,
    "call": "puglia-hub-2019",
    "id": "6f1c2a4e-8a3b-4c5d-9e7f-0123456789ab",
    "applicant": {
        "istat_code": "072006",
        "name": "Comune di Bari",
        "fiscal_code": "80015010723",
        "pec": "protocollo@pec.comune.bari.it",
        "population": 315933,
        "population_reference": "ISTAT, censimento 2011",
        "joint_bat": False,
        "legal_representative": {
            "full_name": "Emanuele Ricci",
            "role": "Sindaco",
            "fiscal_code": "RCCMNL83S18D969H",
        },
        "rup": {
            "full_name": "Chiara Conti",
            "fiscal_code": "CNTCHR83T41D969D",
            "email": "rup.hub@comune.bari.it",
            "phone": "080 5771111",
        },
    },
    "proposal": {
        "title": "Hub di innovazione sociale della Città di Bari",
        "acronym": "HUBARI",
        "hub_name": "Hub Bari Sociale",
        "summary": "Un Hub che mette in rete Comune, Terzo settore e imprese sociali.",
        "objectives": "Rafforzare l'economia sociale e rigenerare immobili pubblici.",
        "target_groups": ["Giovani NEET"],
        "thematic_areas": ["repurposing", "innovation_workshops", "public_spaces"],
        "start_date": "2021-03-01",
        "duration_months": 30,
        "cup": "J91B21000120006",
    },
    "properties": [
        {
            "id": "IMM-1",
            "name": "Ex Mercato di via Nicolai",
            "address": "Via Nicolai 1, Bari",
            "cadastre": {
                "register": "fabbricati",
                "municipality_code": "A662",
                "section": None,
                "sheet": "12",
                "parcel": "345",
                "subordinate": "2",
            },
            "owner": {"kind": "applicant", "name": "Comune di Bari", "fiscal_code": "80015010723"},
            "availability": {
                "title": "ownership",
                "reference": "Inventario beni",
                "valid_until": "2040-12-31",
            },
            "floor_area_sqm": 850.5,
            "current_use": "Inutilizzato",
            "planned_use": "Hub",
            "works": "Adeguamento impianti",
            "public_funding_last_10_years": False,
            "derelict_site": False,
        },
        {
            "id": "IMM-2",
            "name": "Ex Scuola Manzoni",
            "address": "Via Manzoni 5, Bari",
            "cadastre": {
                "register": "terreni",
                "municipality_code": "A662",
                "section": None,
                "sheet": "14",
                "parcel": "77",
                "subordinate": None,
            },
            "owner": {
                "kind": "province",
                "name": "Città metropolitana di Bari",
                "fiscal_code": "80000110728",
            },
            "availability": {
                "title": "agreement",
                "reference": "Accordo 2020/12",
                "valid_until": "2033-12-31",
            },
            "floor_area_sqm": 1200,
            "current_use": "Inutilizzato",
            "planned_use": "Orti sociali",
            "works": "",
            "public_funding_last_10_years": False,
            "derelict_site": False,
        },
    ],
    "partners": [
        {
            "id": "PAR-1",
            "name": "Coop. Sociale Il Faro",
            "legal_form": "social_cooperative_a",
            "fiscal_code": "00743110157",
            "vat_number": "00743110157",
            "runts_section": "d",
            "pec": "ilfaro@pec.ilfaro.it",
            "address": "Via Sparano 10, Bari",
            "role": "Gestione laboratori",
            "contact": {"full_name": "Anna Lorusso", "email": "anna@ilfaro.it", "phone": None},
        },
        {
            "id": "PAR-2",
            "name": "Università degli Studi di Bari",
            "legal_form": "university",
            "fiscal_code": "80002170720",
            "vat_number": None,
            "runts_section": None,
            "pec": "universitabari@pec.it",
            "address": "Piazza Umberto I, Bari",
            "role": "Valutazione",
            "contact": {"full_name": "Vito Caputo", "email": "vito.caputo@uniba.it", "phone": "080 000"},
        },
    ],
    "activities": [
        {
            "id": "ATT-1",
            "title": "Rifunzionalizzazione dell'Ex Mercato",
            "description": "Lavori",
            "thematic_area": "repurposing",
            "fund": "FESR",
            "lead": "applicant",
            "partners": ["PAR-1"],
            "property": "IMM-1",
            "start_month": 1,
            "end_month": 18,
            "deliverables": ["Collaudo"],
        },
        {
            "id": "ATT-2",
            "title": "Cantieri di innovazione sociale",
            "description": "Laboratori",
            "thematic_area": "innovation_workshops",
            "fund": "FSE",
            "lead": "PAR-1",
            "partners": ["PAR-1", "PAR-2"],
            "property": None,
            "start_month": 6,
            "end_month": 30,
            "deliverables": [],
        },
        {
            "id": "ATT-3",
            "title": "Orti sociali",
            "description": "Animazione",
            "thematic_area": "public_spaces",
            "fund": "FESR",
            "lead": "PAR-2",
            "partners": [],
            "property": "IMM-2",
            "start_month": 3,
            "end_month": 12,
            "deliverables": [],
        },
    ],
    "budget": [
        {
            "id": "VOC-1",
            "activity": "ATT-1",
            "fund": "FESR",
            "category": "works",
            "description": "Opere",
            "beneficiary": "applicant",
            "amount_cents": 50_000_000,
            "vat_cents": 11_000_000,
            "vat_recoverable": False,
        },
        {
            "id": "VOC-2",
            "activity": "ATT-3",
            "fund": "FESR",
            "category": "equipment",
            "description": "Attrezzi",
            "beneficiary": "PAR-2",
            "amount_cents": 20_000_000,
            "vat_cents": 0,
            "vat_recoverable": True,
        },
        {
            "id": "VOC-3",
            "activity": "ATT-2",
            "fund": "FSE",
            "category": "training",
            "description": "Corsi",
            "beneficiary": "PAR-1",
            "amount_cents": 30_000_000,
            "vat_cents": 0,
            "vat_recoverable": False,
        },
        {
            "id": "VOC-4",
            "activity": "ATT-1",
            "fund": "COFIN_APPLICANT",
            "category": "furniture",
            "description": "Arredi",
            "beneficiary": "applicant",
            "amount_cents": 5_000_000,
            "vat_cents": 0,
            "vat_recoverable": True,
        },
    ],
    "indicators": [{"id": "IND-1", "name": "Imprese accompagnate", "unit": "numero", "target": 20}],
    "attachments": [
        {
            "id": "ALL-1",
            "kind": "council_resolution",
            "title": "Delibera di Giunta",
            "file_name": "delibera.pdf",
            "media_type": "application/pdf",
            "size": 1000,
            "sha256": SHA,
            "refers_to": None,
        },
        {
            "id": "ALL-2",
            "kind": "rup_appointment",
            "title": "Nomina RUP",
            "file_name": "nomina.pdf.p7m",
            "media_type": "application/pkcs7-mime",
            "size": 2000,
            "sha256": SHA,
            "refers_to": None,
        },
        {
            "id": "ALL-3",
            "kind": "letter_of_intent",
            "title": "Lettera Il Faro",
            "file_name": "faro.pdf",
            "media_type": "application/pdf",
            "size": 3000,
            "sha256": SHA,
            "refers_to": "PAR-1",
        },
        {
            "id": "ALL-4",
            "kind": "letter_of_intent",
            "title": "Lettera Università",
            "file_name": "uniba.pdf",
            "media_type": "application/pdf",
            "size": 4000,
            "sha256": SHA,
            "refers_to": "PAR-2",
        },
        {
            "id": "ALL-5",
            "kind": "property_agreement",
            "title": "Accordo Città metropolitana",
            "file_name": "accordo.pdf",
            "media_type": "application/pdf",
            "size": 5000,
            "sha256": SHA,
            "refers_to": "IMM-2",
        },
    ],
}


def facts_for(doc: dict[str, Any]) -> dict[str, AttachmentFacts]:
    """Facts matching the document's attachment records exactly."""
    return {a["id"]: AttachmentFacts(a["size"], a["sha256"], a["media_type"]) for a in doc["attachments"]}


@pytest.fixture
def base() -> dict[str, Any]:
    return copy.deepcopy(BASE)


@pytest.fixture
def validate() -> Callable[..., ValidationResult]:
    def run(doc: Any, facts: Any = "auto") -> ValidationResult:
        if facts == "auto":
            facts = facts_for(doc)
        return validate_document(doc, attachment_facts=facts)

    return run


def only(result: ValidationResult, rule: str) -> list[Issue]:
    return [i for i in result.issues if i.rule == rule]
