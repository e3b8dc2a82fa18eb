"""Synthetic, valid dossiers of any size: for benchmarks, stress tests and UI tests with big data.

``synthetic_dossier(1.0)`` has 300 activities, 2,000 budget lines, 100 partners, 50 properties and
200 attachment records, all consistent and with zero validation errors. Larger scales multiply the
counts while keeping the requested grant under the ceiling (amounts shrink as lines multiply).
"""

from __future__ import annotations

import hashlib
import random
import uuid
from typing import Any

from hubdesk.demo import codes
from hubdesk.validation.facts import AttachmentFacts

_SURNAMES = [
    "Rossi",
    "De Santis",
    "Lorusso",
    "Caputo",
    "Mastrangelo",
    "Loiacono",
    "Pellegrino",
    "Colella",
    "Damiani",
    "Ferrara",
    "Giannuzzi",
    "Lattanzio",
    "Nardelli",
    "Palmieri",
    "Sciacovelli",
    "Vitale",
]
_NAMES = ["Maria", "Giuseppe", "Anna", "Nicola", "Francesca", "Vito", "Rosa", "Michele", "Angela", "Domenico"]
_PARTNER_KINDS = [
    ("social_cooperative_a", "d", "Cooperativa sociale {w} a r.l."),
    ("social_cooperative_b", "d", "Cooperativa sociale di inserimento {w}"),
    ("social_enterprise", "d", "Impresa sociale {w} S.r.l."),
    ("aps", "b", "APS {w}"),
    ("odv", "a", "ODV Volontari {w}"),
    ("foundation", None, "Fondazione {w}"),
    ("association", None, "Associazione culturale {w}"),
    ("company", None, "{w} S.r.l."),
    ("university", None, "Università degli Studi di Bari - Dipartimento {w}"),
]
_WORDS = [
    "Il Faro",
    "La Rete",
    "Terra Nostra",
    "Aurora",
    "Il Ponte",
    "Solidarietà",
    "Mediterraneo",
    "Agorà",
    "Nuovi Orizzonti",
    "L'Approdo",
    "Semi di Comunità",
    "Officina",
    "Radici",
    "Lampare",
    "Murgia Viva",
]
_ACTIVITY_TITLES = {
    "repurposing": "Rifunzionalizzazione degli spazi dell'immobile «{p}»",
    "public_spaces": "Animazione degli spazi pubblici e orti sociali - lotto {n}",
    "digital_platforms": "Piattaforma digitale per la rete delle imprese sociali - modulo {n}",
    "social_enterprise": "Incubazione e accompagnamento di imprese a impatto sociale - ciclo {n}",
    "innovation_workshops": "Cantiere di innovazione sociale e welfare di comunità n. {n}",
    "mutual_aid": "Sportello di mutuo aiuto e servizi socio-sanitari accessibili - edizione {n}",
    "youth_work": "Esperienze di contatto con il lavoro per giovani professionisti - gruppo {n}",
}
_FESR_AREAS = ["repurposing", "public_spaces", "digital_platforms"]
_FSE_AREAS = ["social_enterprise", "innovation_workshops", "mutual_aid", "youth_work"]
_FESR_CATS = ["works", "technical_services", "equipment", "furniture", "communication", "management"]
_FESR_CATS_NO_PROPERTY = [
    "technical_services",
    "equipment",
    "digital_platform",
    "communication",
    "management",
]
_FSE_CATS = [
    "personnel",
    "training",
    "mentoring",
    "services",
    "animation",
    "work_experience",
    "communication",
]
_MONTHS = "ABCDEHLMPRST"
_GRANT_TARGET_CENTS = 190_000_000  # stays below the 2,175,000.00 EUR ceiling at any scale
_FSE_SHARE = 0.31


def entity_code(n: int, office: str = "072") -> str:
    """A valid 11-digit fiscal code / VAT number (company number ``n``, Luhn check digit)."""
    return codes.entity_code(f"{n % 10_000_000 or 1:07d}", office)


def personal_code(rng: random.Random, female: bool = False) -> str:
    """A valid 16-character personal fiscal code with a plausible birth date."""
    letters = "BCDFGLMNPRSTVZ"
    head = "".join(rng.choice(letters) for _ in range(6))
    day = rng.randint(1, 28) + (40 if female else 0)
    body = f"{head}{rng.randint(50, 99):02d}{rng.choice(_MONTHS)}{day:02d}A662"
    return codes.with_check_character(body)


def _n(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_NAMES)} {rng.choice(_SURNAMES)}"


def _properties(rng: random.Random, count: int) -> list[dict[str, Any]]:
    out = []
    for i in range(count):
        third_party = i % 5 == 4
        fabbricati = i % 7 != 6
        out.append(
            {
                "id": f"IMM-{i + 1}",
                "name": f"Ex {rng.choice(['scuola', 'mercato', 'caserma', 'mattatoio'])} "
                f"di via {rng.choice(_SURNAMES)} ({i + 1})",
                "address": f"Via {rng.choice(_SURNAMES)} {i + 1}, Bari",
                "cadastre": {
                    "register": "fabbricati" if fabbricati else "terreni",
                    "municipality_code": "A662",
                    "section": None,
                    "sheet": str(10 + i % 90),
                    "parcel": str(100 + i),
                    "subordinate": str(1 + i % 9) if fabbricati else None,
                },
                "owner": (
                    {"kind": "province", "name": "Città metropolitana di Bari", "fiscal_code": "80000110728"}
                    if third_party
                    else {"kind": "applicant", "name": "Comune di Bari", "fiscal_code": "80015010723"}
                ),
                "availability": {
                    "title": "agreement" if third_party else "ownership",
                    "reference": f"Atto n. {100 + i}/2020",
                    "valid_until": "2035-12-31",
                },
                "floor_area_sqm": round(rng.uniform(80, 2500), 1),
                "current_use": "Inutilizzato da alcuni anni",
                "planned_use": "Spazi dell'Hub di innovazione sociale",
                "works": "Adeguamento impiantistico, abbattimento delle barriere architettoniche, arredi",
                "public_funding_last_10_years": False,
                "derelict_site": False,
            }
        )
    return out


def _partners(rng: random.Random, count: int) -> list[dict[str, Any]]:
    out = []
    for i in range(count):
        form, runts, pattern = _PARTNER_KINDS[i % len(_PARTNER_KINDS)]
        name = pattern.format(w=f"{_WORDS[i % len(_WORDS)]} {i + 1}")
        code = entity_code(1_000_000 + 7919 * i)
        slug = f"partner{i + 1}"
        out.append(
            {
                "id": f"PAR-{i + 1}",
                "name": name,
                "legal_form": form,
                "fiscal_code": code,
                "vat_number": code
                if form in ("company", "social_cooperative_a", "social_cooperative_b")
                else None,
                "runts_section": runts,
                "pec": f"{slug}@pec.{slug}.it",
                "address": f"Via {rng.choice(_SURNAMES)} {rng.randint(1, 200)}, Bari",
                "role": "Co-progettazione e gestione delle attività dell'Hub",
                "contact": {
                    "full_name": _person(rng),
                    "email": f"referente@{slug}.it",
                    "phone": "080 1234567",
                },
            }
        )
    return out


def _activities(rng: random.Random, count: int, partners: int, properties: int) -> list[dict[str, Any]]:
    out = []
    for i in range(count):
        fesr = i % 3 != 2
        area = _FESR_AREAS[i % 3] if fesr else _FSE_AREAS[i % 4]
        prop = f"IMM-{1 + i % properties}" if fesr and area == "repurposing" and properties else None
        start = 1 + i % 24
        title = _ACTIVITY_TITLES[area].format(p=prop or "", n=i + 1)
        out.append(
            {
                "id": f"ATT-{i + 1}",
                "title": title,
                "description": f"{title}: attività svolta in co-progettazione con i partner del territorio.",
                "thematic_area": area,
                "fund": "FESR" if fesr else "FSE",
                "lead": "applicant" if i % 4 == 0 or not partners else f"PAR-{1 + i % partners}",
                "partners": [f"PAR-{1 + (i + k) % partners}" for k in range(min(2, partners))],
                "property": prop,
                "start_month": start,
                "end_month": min(30, start + 6),
                "deliverables": ["Relazione di attività", "Registro delle presenze"],
            }
        )
    return out


def _budget(rng: random.Random, count: int, activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    plan: list[tuple[dict[str, Any], str, str, float]] = []
    for i in range(count):
        act = activities[i % len(activities)]
        fund = "COFIN_APPLICANT" if i % 10 == 9 else act["fund"]
        if act["fund"] == "FSE":
            cat = rng.choice(_FSE_CATS)
        else:
            cat = rng.choice(_FESR_CATS if act["property"] else _FESR_CATS_NO_PROPERTY)
        plan.append((act, fund, cat, rng.uniform(0.5, 1.5)))
    weights = {"FESR": 0.0, "FSE": 0.0, "COFIN_APPLICANT": 0.0}
    for _, fund, _, w in plan:
        weights[fund] += w
    targets = {
        "FESR": _GRANT_TARGET_CENTS * (1 - _FSE_SHARE),
        "FSE": _GRANT_TARGET_CENTS * _FSE_SHARE,
        "COFIN_APPLICANT": _GRANT_TARGET_CENTS * 0.1,
    }
    out = []
    for i, (act, fund, cat, w) in enumerate(plan):
        eligible = int(targets[fund] * w / weights[fund]) if weights[fund] else 0
        recoverable = i % 4 == 0
        amount = max(1, eligible if recoverable else eligible * 100 // 122)
        out.append(
            {
                "id": f"VOC-{i + 1}",
                "activity": act["id"],
                "fund": fund,
                "category": cat,
                "description": f"Spesa per {cat.replace('_', ' ')} - {act['title'][:60]}",
                "beneficiary": act["lead"],
                "amount_cents": amount,
                "vat_cents": 0 if recoverable else amount * 22 // 100,
                "vat_recoverable": recoverable,
            }
        )
    return out


def _attachment(i: int, kind: str, title: str, refers_to: str | None) -> dict[str, Any]:
    ext, media = (".pdf", "application/pdf") if i % 6 else (".p7m", "application/pkcs7-mime")
    name = f"{kind}-{i + 1}{'.pdf' + ext if ext == '.p7m' else ext}"
    return {
        "id": f"ALL-{i + 1}",
        "kind": kind,
        "title": title,
        "file_name": name,
        "media_type": media,
        "size": 20_000 + 37 * i,
        "sha256": hashlib.sha256(f"allegato {i + 1}".encode()).hexdigest(),
        "refers_to": refers_to,
    }


def _attachments(count: int, partners: list[dict[str, Any]], properties: list[dict[str, Any]]) -> list[Any]:
    items: list[tuple[str, str, str | None]] = [
        ("council_resolution", "Delibera di Giunta comunale di approvazione della proposta", None),
        ("rup_appointment", "Determina di nomina del RUP", None),
    ]
    items += [("letter_of_intent", f"Lettera d'intenti - {p['name']}", p["id"]) for p in partners]
    items += [
        ("property_agreement", f"Accordo di disponibilità - {p['name']}", p["id"])
        for p in properties
        if p["owner"]["kind"] != "applicant"
    ]
    k = 0
    while len(items) < count and properties:
        prop = properties[k % len(properties)]
        kind = ("photo", "floor_plan", "technical_report")[k % 3]
        items.append((kind, f"{kind.replace('_', ' ').capitalize()} - {prop['name']}", prop["id"]))
        k += 1
    return [_attachment(i, kind, title, ref) for i, (kind, title, ref) in enumerate(items)]


def synthetic_dossier(scale: float = 1.0, seed: int = 0) -> dict[str, Any]:
    """A valid dossier (zero validation errors) whose list sizes grow linearly with ``scale``."""
    rng = random.Random(seed)
    properties = _properties(rng, _n(50, scale))
    partners = _partners(rng, _n(100, scale))
    activities = _activities(rng, _n(300, scale), len(partners), len(properties))
    budget = _budget(rng, _n(2000, scale), activities)
    return {
        "format": "hubdesk.dossier",
        "format_version": 1,
        "call": "puglia-hub-2019",
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "applicant": {
            "istat_code": "072006",
            "name": "Comune di Bari",
            "fiscal_code": "80015010723",
            "pec": "protocollo@pec.comune.bari.it",
            "population": 315933,
            "population_reference": "ISTAT, censimento 2011",
            "joint_bat": False,
            "legal_representative": {
                "full_name": _person(rng),
                "role": "Sindaco",
                "fiscal_code": personal_code(rng),
            },
            "rup": {
                "full_name": _person(rng),
                "fiscal_code": personal_code(rng, female=True),
                "email": "rup.hub@comune.bari.it",
                "phone": "080 5771111",
            },
        },
        "proposal": {
            "title": "Hub di innovazione sociale della Città di Bari",
            "acronym": "HUBARI",
            "hub_name": "Hub Bari Sociale",
            "summary": "Il progetto crea un Hub di innovazione sociale che mette in rete il Comune, gli "
            "enti del "
            "Terzo settore e le imprese sociali, recuperando immobili pubblici inutilizzati.",
            "objectives": "Rafforzare l'economia sociale, creare occupazione giovanile, rigenerare spazi "
            "pubblici.",
            "target_groups": ["Giovani NEET", "Enti del Terzo settore", "Imprese sociali"],
            "thematic_areas": [
                "repurposing",
                "social_enterprise",
                "innovation_workshops",
                "mutual_aid",
                "youth_work",
                "public_spaces",
                "digital_platforms",
            ],
            "start_date": "2021-03-01",
            "duration_months": 30,
            "cup": "J91B21000120006",
        },
        "properties": properties,
        "partners": partners,
        "activities": activities,
        "budget": budget,
        "indicators": [
            {"id": "IND-1", "name": "Imprese sociali accompagnate", "unit": "numero", "target": 40},
            {"id": "IND-2", "name": "Superficie rifunzionalizzata", "unit": "m²", "target": 3500},
        ],
        "attachments": _attachments(_n(200, scale), partners, properties),
    }


def synthetic_attachment_facts(doc: dict[str, Any]) -> dict[str, AttachmentFacts]:
    """Facts that match the document's attachment records exactly (as if the bytes were stored)."""
    return {
        a["id"]: AttachmentFacts(size=a["size"], sha256=a["sha256"], sniffed_media_type=a["media_type"])
        for a in doc.get("attachments", [])
    }
