"""Who and what the demo dossier is about: the applicant, its people, partners and buildings.

Names of the municipality and its public bodies are real; people, associations, addresses and
identifiers are fictitious (identifiers are checksum-valid, see :mod:`hubdesk.demo.codes`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hubdesk.demo.codes import entity_code, personal_fiscal_code

DEMO_DOSSIER_ID = "7c1e5a52-3f0b-4d8e-9a61-2b4f8d0c6e19"

ISTAT_CODE = "072011"
CADASTRAL_CODE = "A893"  # Bitonto: also the birthplace code of people born there
BARI_CADASTRAL_CODE = "A662"
APPLICANT_NAME = "Comune di Bitonto"
APPLICANT_FISCAL_CODE = entity_code("8000274", "072")
PROVINCE_NAME = "Città Metropolitana di Bari"
PROVINCE_FISCAL_CODE = entity_code("8000018", "072")

MAYOR = {
    "full_name": "Giuseppe Antonio Ventura",
    "role": "Sindaco",
    "fiscal_code": personal_fiscal_code(
        "Ventura", "Giuseppe Antonio", date(1968, 9, 3), female=False, birthplace=CADASTRAL_CODE
    ),
}
RUP = {
    "full_name": "Rosa Maria Defilippis",
    "fiscal_code": personal_fiscal_code(
        "Defilippis", "Rosa Maria", date(1979, 4, 21), female=True, birthplace=BARI_CADASTRAL_CODE
    ),
    "email": "r.defilippis@comune.bitonto.ba.it",
    "phone": "+39 080 371 6205",
}

COUNCIL_RESOLUTION = "Delibera di Giunta Comunale n. 123 del 15/10/2020"
RUP_DECREE = "Determinazione dirigenziale n. 1487 del 22/10/2020"
PROVINCE_AGREEMENT = "Accordo ex art. 15 L. 241/1990, rep. n. 47 del 28/09/2020"


def applicant() -> dict[str, Any]:
    return {
        "istat_code": ISTAT_CODE,
        "name": APPLICANT_NAME,
        "fiscal_code": APPLICANT_FISCAL_CODE,
        "pec": "protocollo@pec.comune.bitonto.ba.it",
        "population": 56258,
        "population_reference": "ISTAT, censimento 2011",
        "joint_bat": False,
        "legal_representative": dict(MAYOR),
        "rup": dict(RUP),
    }


def _cadastre(sheet: str, parcel: str, subordinate: str) -> dict[str, Any]:
    return {
        "register": "fabbricati",
        "municipality_code": CADASTRAL_CODE,
        "section": None,
        "sheet": sheet,
        "parcel": parcel,
        "subordinate": subordinate,
    }


def properties() -> list[dict[str, Any]]:
    return [
        {
            "id": "IMM-1",
            "name": "Ex mercato ortofrutticolo comunale",
            "address": "Via Santo Spirito 12, 70032 Bitonto (BA)",
            "cadastre": _cadastre("54", "1187", "3"),
            "owner": {"kind": "applicant", "name": APPLICANT_NAME, "fiscal_code": APPLICANT_FISCAL_CODE},
            "availability": {
                "title": "ownership",
                "reference": "Inventario dei beni immobili comunali, scheda n. 218 "
                "(patrimonio indisponibile)",
                "valid_until": "2099-12-31",
            },
            "floor_area_sqm": 1180.5,
            "current_use": "Edificio in disuso dal 2012; copertura e impianti da rifare, "
            "locali non accessibili al pubblico.",
            "planned_use": "Sede dell'hub: laboratori, spazi di coworking per imprese sociali, "
            "sala polifunzionale da 120 posti, cucina di comunità e sportello di prossimità.",
            "works": "Consolidamento della copertura, abbattimento delle barriere architettoniche, "
            "nuovi impianti elettrico, termico a pompa di calore e rete dati, "
            "fotovoltaico da 30 kWp, ridistribuzione interna degli spazi.",
            "public_funding_last_10_years": False,
            "derelict_site": False,
        },
        {
            "id": "IMM-2",
            "name": "Padiglione B e corte dell'ex istituto tecnico agrario",
            "address": "Via Traetta 40, 70032 Bitonto (BA)",
            "cadastre": _cadastre("41", "392", "1"),
            "owner": {"kind": "province", "name": PROVINCE_NAME, "fiscal_code": PROVINCE_FISCAL_CODE},
            "availability": {
                "title": "agreement",
                "reference": f"{PROVINCE_AGREEMENT}, con {PROVINCE_NAME}",
                "valid_until": "2031-12-31",
            },
            "floor_area_sqm": 640,
            "current_use": "Padiglione didattico dismesso e corte interna incolta.",
            "planned_use": "Serra didattica, orti sociali e spazio all'aperto per eventi di quartiere.",
            "works": "Recupero del padiglione, pavimentazioni drenanti, percorsi accessibili, "
            "impianto di irrigazione a goccia e recinzioni della corte.",
            "public_funding_last_10_years": False,
            "derelict_site": False,
        },
    ]


def _third_sector(
    pid: str, name: str, form: str, section: str, number: str, *, vat: bool, **rest: Any
) -> dict[str, Any]:
    code = entity_code(number, "072")
    return {
        "id": pid,
        "name": name,
        "legal_form": form,
        "fiscal_code": code,
        "vat_number": code if vat else None,
        "runts_section": section,
        **rest,
    }


def partners() -> list[dict[str, Any]]:
    return [
        _third_sector(
            "PAR-1",
            "Aurora Servizi Società Cooperativa Sociale",
            "social_cooperative_a",
            "d",
            "0654312",
            vat=True,
            pec="auroraservizi@pec.it",
            address="Via Repubblica Italiana 88, 70032 Bitonto (BA)",
            role="Gestione dello sportello di prossimità socio-sanitaria e conduzione dei cantieri di "
            "innovazione sociale; capofila operativo della rete del Terzo settore.",
            contact={
                "full_name": "Angela Scaringella",
                "email": "direzione@auroraservizi.it",
                "phone": "+39 080 375 1120",
            },
        ),
        _third_sector(
            "PAR-2",
            "Officine del Torrione APS",
            "aps",
            "b",
            "9300785",
            vat=False,
            pec="officinedeltorrione@pec.it",
            address="Piazza Cavour 5, 70032 Bitonto (BA)",
            role="Animazione territoriale, eventi di quartiere e cura condivisa degli orti sociali.",
            contact={
                "full_name": "Nicola Pastoressa",
                "email": "info@officinedeltorrione.it",
                "phone": "+39 347 218 5540",
            },
        ),
        {
            "id": "PAR-3",
            "name": "Università degli Studi di Bari Aldo Moro – Dipartimento di Scienze Politiche",
            "legal_form": "university",
            "fiscal_code": entity_code("8000231", "072"),
            "vat_number": entity_code("0108719", "072"),
            "runts_section": None,
            "pec": "direzione.scienzepolitiche@pec.uniba.it",
            "address": "Piazza Cesare Battisti 1, 70121 Bari (BA)",
            "role": "Formazione dei facilitatori, incubazione delle idee d'impresa e valutazione "
            "d'impatto sociale dell'hub.",
            "contact": {
                "full_name": "Prof.ssa Lucia Carofiglio",
                "email": "lucia.carofiglio@uniba.it",
                "phone": "+39 080 571 7730",
            },
        },
        _third_sector(
            "PAR-4",
            "Rigenera Impresa Sociale S.r.l.",
            "social_enterprise",
            "d",
            "0812264",
            vat=True,
            pec="rigenera.impresasociale@pec.it",
            address="Corso Vittorio Emanuele II 141, 70032 Bitonto (BA)",
            role="Tutoraggio dei giovani professionisti nelle esperienze di contatto con il lavoro e "
            "sviluppo della piattaforma digitale di mutuo aiuto.",
            contact={
                "full_name": "Marco Ciccolella",
                "email": "m.ciccolella@rigenera-is.it",
                "phone": "+39 080 371 9902",
            },
        ),
    ]
