"""The demo's work plan: activities, budget lines and indicators.

Amounts are written in euro cents with their VAT rate; VAT is computed so that each line's
``vat_cents`` is consistent with its net amount (recoverable VAT is recorded as 0, as BUD-004 asks).
"""

from __future__ import annotations

from typing import Any

from hubdesk.budget import totals_by


def _activity(
    aid: str,
    title: str,
    description: str,
    area: str,
    fund: str,
    lead: str,
    partners: list[str],
    prop: str | None,
    months: tuple[int, int],
    deliverables: list[str],
) -> dict[str, Any]:
    return {
        "id": aid,
        "title": title,
        "description": description,
        "thematic_area": area,
        "fund": fund,
        "lead": lead,
        "partners": partners,
        "property": prop,
        "start_month": months[0],
        "end_month": months[1],
        "deliverables": deliverables,
    }


def activities() -> list[dict[str, Any]]:
    return [
        _activity(
            "ATT-1",
            "Rifunzionalizzazione dell'ex mercato ortofrutticolo",
            "Opere edili e impiantistiche, efficientamento energetico e allestimento dei laboratori, "
            "del coworking e della cucina di comunità nella sede principale dell'hub.",
            "repurposing",
            "FESR",
            "applicant",
            [],
            "IMM-1",
            (1, 22),
            ["Progetto esecutivo approvato", "Certificato di collaudo", "Hub allestito e agibile"],
        ),
        _activity(
            "ATT-2",
            "Serra didattica e orti sociali dell'ex istituto agrario",
            "Recupero del padiglione B e sistemazione della corte come spazio di socialità con orti "
            "sociali accessibili, affidati in cura condivisa alle associazioni del quartiere.",
            "public_spaces",
            "FESR",
            "applicant",
            ["PAR-2"],
            "IMM-2",
            (4, 20),
            ["Padiglione recuperato", "40 parcelle di orto sociale assegnate"],
        ),
        _activity(
            "ATT-3",
            "Cantieri di innovazione sociale e welfare di comunità",
            "Percorsi di co-progettazione con cittadini ed enti del Terzo settore per sperimentare "
            "servizi di welfare di comunità e forme giuridiche di gestione condivisa dell'hub.",
            "innovation_workshops",
            "FSE",
            "PAR-1",
            ["PAR-2", "PAR-3"],
            "IMM-1",
            (6, 30),
            ["Sei cantieri tematici realizzati", "Patto di collaborazione per la gestione dell'hub"],
        ),
        _activity(
            "ATT-4",
            "Incubatore di imprese a impatto sociale",
            "Call di idee, mentoring e accompagnamento all'avvio di imprese sociali, con servizi di "
            "consulenza legale e fiscale e valutazione d'impatto.",
            "social_enterprise",
            "FSE",
            "applicant",
            ["PAR-1", "PAR-3", "PAR-4"],
            "IMM-1",
            (8, 30),
            ["Dieci idee d'impresa accompagnate", "Quattro imprese sociali avviate"],
        ),
        _activity(
            "ATT-5",
            "Giovani al lavoro nella rete dell'hub",
            "Esperienze retribuite di contatto con il lavoro di sei mesi per giovani professionisti "
            "inoccupati, con formazione iniziale e tutoraggio presso le organizzazioni della rete.",
            "youth_work",
            "FSE",
            "PAR-4",
            ["PAR-1", "PAR-3"],
            None,
            (10, 30),
            ["Venti esperienze di lavoro completate", "Bilancio delle competenze per ogni partecipante"],
        ),
        _activity(
            "ATT-6",
            "Sportello di prossimità e mutuo aiuto",
            "Sportello socio-sanitario di comunità con infermiere ed educatori, gruppi di mutuo aiuto "
            "per caregiver e piattaforma di crowdfunding di lavoro sociale.",
            "mutual_aid",
            "FSE",
            "PAR-1",
            ["PAR-4"],
            "IMM-1",
            (12, 30),
            ["Sportello aperto cinque giorni su sette", "Piattaforma di mutuo aiuto in esercizio"],
        ),
    ]


# (activity, fund, category, description, beneficiary, net cents, VAT %, VAT recoverable)
_LINES: list[tuple[str, str, str, str, str, int, int, bool]] = [
    (
        "ATT-1",
        "FESR",
        "works",
        "Opere edili: consolidamento della copertura e ridistribuzione interna",
        "applicant",
        61245037,
        10,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "works",
        "Impianti elettrico, termico a pompa di calore, rete dati e fotovoltaico",
        "applicant",
        14832050,
        10,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "works",
        "Oneri per la sicurezza non soggetti a ribasso",
        "applicant",
        1874000,
        10,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "technical_services",
        "Progettazione esecutiva, direzione lavori e coordinamento della sicurezza",
        "applicant",
        7860000,
        22,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "technical_services",
        "Collaudo tecnico-amministrativo e certificazioni",
        "applicant",
        1250000,
        22,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "equipment",
        "Attrezzature per laboratori di fabbricazione digitale e cucina di comunità",
        "applicant",
        8640075,
        22,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "furniture",
        "Arredi per coworking, sala polifunzionale e sportello",
        "applicant",
        6475020,
        22,
        False,
    ),
    (
        "ATT-1",
        "FESR",
        "communication",
        "Targhe, segnaletica e comunicazione dei lavori FESR",
        "applicant",
        980000,
        22,
        False,
    ),
    (
        "ATT-2",
        "FESR",
        "works",
        "Recupero del padiglione B, pavimentazioni drenanti e irrigazione",
        "applicant",
        14280040,
        10,
        False,
    ),
    (
        "ATT-2",
        "FESR",
        "technical_services",
        "Progettazione e direzione lavori della corte",
        "applicant",
        1420000,
        22,
        False,
    ),
    (
        "ATT-2",
        "FESR",
        "equipment",
        "Serra didattica, attrezzi e compostiere per gli orti sociali",
        "applicant",
        2345060,
        22,
        False,
    ),
    (
        "ATT-2",
        "FESR",
        "furniture",
        "Arredo urbano e sedute accessibili della corte",
        "applicant",
        1830000,
        22,
        False,
    ),
    (
        "ATT-3",
        "FSE",
        "personnel",
        "Coordinatore e quattro facilitatori dei cantieri (24 mesi)",
        "PAR-1",
        9600000,
        0,
        False,
    ),
    (
        "ATT-3",
        "FSE",
        "training",
        "Formazione dei facilitatori alla co-progettazione",
        "PAR-3",
        3850000,
        0,
        False,
    ),
    (
        "ATT-3",
        "FSE",
        "animation",
        "Animazione territoriale ed eventi di quartiere",
        "PAR-2",
        4230050,
        0,
        False,
    ),
    (
        "ATT-3",
        "FSE",
        "management",
        "Coordinamento, monitoraggio e rendicontazione FSE",
        "applicant",
        2875000,
        0,
        False,
    ),
    (
        "ATT-4",
        "FSE",
        "mentoring",
        "Incubazione e mentoring di dieci idee d'impresa",
        "PAR-3",
        4690000,
        0,
        False,
    ),
    (
        "ATT-4",
        "FSE",
        "services",
        "Consulenza legale, fiscale e di accesso al credito per le start-up",
        "applicant",
        1840000,
        22,
        False,
    ),
    (
        "ATT-4",
        "FSE",
        "communication",
        "Campagna di comunicazione della call di idee",
        "applicant",
        980000,
        22,
        False,
    ),
    (
        "ATT-5",
        "FSE",
        "work_experience",
        "Indennità per venti esperienze di lavoro di sei mesi",
        "PAR-4",
        9600000,
        0,
        False,
    ),
    ("ATT-5", "FSE", "mentoring", "Tutoraggio aziendale dei partecipanti", "PAR-4", 3460000, 0, True),
    (
        "ATT-5",
        "FSE",
        "training",
        "Formazione iniziale e bilancio delle competenze",
        "PAR-3",
        2780000,
        0,
        False,
    ),
    (
        "ATT-6",
        "FSE",
        "services",
        "Servizi dello sportello di prossimità socio-sanitaria",
        "PAR-1",
        8450000,
        0,
        True,
    ),
    (
        "ATT-6",
        "FSE",
        "personnel",
        "Infermiere di comunità ed educatori (18 mesi)",
        "PAR-1",
        5280000,
        0,
        False,
    ),
    (
        "ATT-6",
        "FSE",
        "digital_platform",
        "Piattaforma di mutuo aiuto e crowdfunding di lavoro sociale",
        "PAR-4",
        3120000,
        0,
        True,
    ),
    (
        "ATT-1",
        "COFIN_APPLICANT",
        "works",
        "Rifacimento dei prospetti su via Santo Spirito (quota comunale)",
        "applicant",
        8500000,
        10,
        False,
    ),
    (
        "ATT-1",
        "COFIN_APPLICANT",
        "management",
        "Personale interno dell'ufficio tecnico comunale",
        "applicant",
        2460000,
        0,
        False,
    ),
    (
        "ATT-6",
        "COFIN_PRIVATE",
        "services",
        "Quota della cooperativa per gli operatori dello sportello",
        "PAR-1",
        1500000,
        0,
        True,
    ),
]


def budget() -> list[dict[str, Any]]:
    out = []
    for n, (activity, fund, category, description, beneficiary, net, rate, recoverable) in enumerate(
        _LINES, start=1
    ):
        out.append(
            {
                "id": f"VOC-{n}",
                "activity": activity,
                "fund": fund,
                "category": category,
                "description": description,
                "beneficiary": beneficiary,
                "amount_cents": net,
                "vat_cents": 0 if recoverable else (net * rate + 50) // 100,
                "vat_recoverable": recoverable,
            }
        )
    return out


def indicators() -> list[dict[str, Any]]:
    return [
        {
            "id": "IND-1",
            "name": "Superficie di immobili pubblici rifunzionalizzati",
            "unit": "m²",
            "target": 1820.5,
        },
        {
            "id": "IND-2",
            "name": "Persone coinvolte nei cantieri di innovazione sociale",
            "unit": "persone",
            "target": 350,
        },
        {
            "id": "IND-3",
            "name": "Imprese a impatto sociale avviate o consolidate",
            "unit": "imprese",
            "target": 4,
        },
        {
            "id": "IND-4",
            "name": "Giovani professionisti in esperienze di contatto con il lavoro",
            "unit": "persone",
            "target": 20,
        },
        {
            "id": "IND-5",
            "name": "Utenti dello sportello di prossimità socio-sanitaria",
            "unit": "persone",
            "target": 600,
        },
    ]


def fund_totals() -> dict[str, int]:
    """Eligible cost per fund code (the texts of the attachments quote these figures)."""
    return totals_by(budget(), "fund")


def euro(cents: int) -> str:
    """Italian money format: 1.390.304,29."""
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", ".") + f",{rest:02d}"
