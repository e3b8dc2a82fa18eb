"""The proposal's Italian texts, kept apart from the data so that they read as prose."""

from __future__ import annotations

from typing import Any

TITLE = "Officine Comuni – Rigenerare spazi pubblici per l'innovazione sociale a Bitonto"
ACRONYM = "OFFICINE"
HUB_NAME = "Officine Comuni – Hub di innovazione sociale di Bitonto"

SUMMARY = (
    "Il progetto Officine Comuni trasforma l'ex mercato ortofrutticolo di via Santo Spirito, di "
    "proprietà comunale e inutilizzato dal 2012, e il padiglione B dell'ex istituto tecnico agrario, "
    "messo a disposizione dalla Città Metropolitana di Bari, in un hub di innovazione sociale aperto "
    "alla città. Con le risorse FESR il Comune realizza le opere di rifunzionalizzazione, "
    "l'adeguamento impiantistico ed energetico e l'allestimento di laboratori, spazi di coworking, "
    "una cucina di comunità, una serra didattica e orti sociali accessibili. Con le risorse FSE, in "
    "co-progettazione con gli enti del Terzo settore e con l'Università degli Studi di Bari, l'hub "
    "ospita cantieri di innovazione sociale, percorsi di accompagnamento all'avvio di imprese a "
    "impatto sociale, esperienze di contatto con il lavoro per giovani professionisti inoccupati e uno "
    "sportello di prossimità socio-sanitaria fondato sul mutuo aiuto. Il modello di gestione, definito "
    "con un patto di collaborazione tra Comune e partner, prevede che a regime l'hub sia condotto da "
    "una rete di soggetti del Terzo settore individuata con procedura di co-progettazione ai sensi "
    "dell'art. 55 del Codice del Terzo settore, così da garantire la sostenibilità economica oltre la "
    "durata del finanziamento e la destinazione pubblica degli immobili per almeno cinque anni."
)

OBJECTIVES = (
    "1. Restituire alla comunità due immobili pubblici dismessi (oltre 1.800 m²), rendendoli "
    "accessibili, efficienti dal punto di vista energetico e adatti ad attività imprenditoriali di "
    "interesse sociale.\n"
    "2. Sperimentare forme di welfare di comunità attraverso cantieri di innovazione sociale "
    "co-progettati con cittadini, enti del Terzo settore e servizi sociali d'ambito.\n"
    "3. Favorire la nascita e il consolidamento di almeno quattro imprese a impatto sociale, "
    "accompagnate da percorsi di mentoring e incubazione.\n"
    "4. Offrire a venti giovani professionisti inoccupati esperienze retribuite di contatto con il "
    "lavoro presso le organizzazioni della rete.\n"
    "5. Rendere accessibili servizi socio-sanitari di prossimità a costi sostenibili, con uno "
    "sportello di comunità e una piattaforma di mutuo aiuto e crowdfunding di lavoro sociale."
)

TARGET_GROUPS = [
    "Giovani tra 18 e 35 anni che non studiano e non lavorano (NEET)",
    "Giovani professionisti inoccupati con titolo di studio terziario",
    "Enti del Terzo settore, cooperative e imprese sociali del territorio",
    "Persone anziane sole e famiglie con carichi di cura",
    "Persone con disabilità e loro caregiver",
    "Residenti del centro storico e dei quartieri periferici di Bitonto",
]


def proposal() -> dict[str, Any]:
    return {
        "title": TITLE,
        "acronym": ACRONYM,
        "hub_name": HUB_NAME,
        "summary": SUMMARY,
        "objectives": OBJECTIVES,
        "target_groups": list(TARGET_GROUPS),
        "thematic_areas": [
            "repurposing",
            "public_spaces",
            "innovation_workshops",
            "social_enterprise",
            "youth_work",
            "mutual_aid",
        ],
        "start_date": "2021-03-01",
        "duration_months": 30,
        "cup": "J74E20001230007",
    }
