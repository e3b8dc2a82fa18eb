"""The rule catalogue: every public rule id with its severity, family and titles in both languages.

Ids are stable and public (RULES.md); the severity lives here once, so a rule cannot disagree with
the catalogue about how serious it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hubdesk.validation.issues import Issue, Severity

if TYPE_CHECKING:
    from hubdesk.validation.context import Context


@dataclass(frozen=True, slots=True)
class RuleInfo:
    severity: Severity
    family: str
    title_it: str
    title_en: str

    def title(self, lang: str = "it") -> str:
        return self.title_en if lang == "en" else self.title_it


def _r(severity: Severity, family: str, it: str, en: str) -> RuleInfo:
    return RuleInfo(severity, family, it, en)


RULES: dict[str, RuleInfo] = {
    "SCHEMA-001": _r(
        "error",
        "schema",
        "Struttura del documento non conforme allo schema",
        "Document structure does not match the schema",
    ),
    "SYS-001": _r(
        "error",
        "system",
        "Controllo non completato per un errore interno",
        "Check not completed because of an internal error",
    ),
    "ELIG-001": _r(
        "error",
        "eligibility",
        "Codice ISTAT non valido o Comune non pugliese",
        "Invalid ISTAT code or municipality outside Puglia",
    ),
    "ELIG-002": _r(
        "error",
        "eligibility",
        "Comune non ammissibile (né capoluogo né oltre la soglia di abitanti)",
        "Municipality not eligible (neither provincial capital nor above the population threshold)",
    ),
    "ELIG-003": _r(
        "warning",
        "eligibility",
        "Popolazione diversa dal dato ISTAT di riferimento",
        "Population differs from the reference ISTAT figure",
    ),
    "ELIG-004": _r(
        "error",
        "eligibility",
        "Proposta congiunta BAT per un Comune non della BAT",
        "Joint BAT proposal for a municipality outside BAT",
    ),
    "ID-001": _r(
        "error",
        "identifiers",
        "Codice fiscale o partita IVA (11 cifre) non valido",
        "Invalid 11-digit fiscal code or VAT number",
    ),
    "ID-002": _r(
        "error",
        "identifiers",
        "Codice fiscale personale (16 caratteri) non valido",
        "Invalid 16-character personal fiscal code",
    ),
    "ID-003": _r("error", "identifiers", "CUP non valido", "Invalid CUP"),
    "ID-004": _r(
        "error", "identifiers", "Indirizzo PEC o e-mail non valido", "Invalid PEC or e-mail address"
    ),
    "ID-005": _r(
        "error", "identifiers", "Codice fiscale del partner duplicato", "Duplicate partner fiscal code"
    ),
    "REF-001": _r(
        "error", "references", "Riferimento a un elemento inesistente", "Reference to a missing item"
    ),
    "REF-002": _r(
        "error", "references", "Identificativo duplicato nello stesso elenco", "Duplicate id within one list"
    ),
    "PROP-001": _r("error", "properties", "Dati catastali incompleti", "Incomplete cadastral data"),
    "PROP-002": _r(
        "error",
        "properties",
        "Manca l'accordo sulla disponibilità dell'immobile",
        "Missing property availability agreement",
    ),
    "PROP-003": _r(
        "error", "properties", "Disponibilità dell'immobile troppo breve", "Property availability too short"
    ),
    "PROP-004": _r(
        "error",
        "properties",
        "Acquisto di edificio già finanziato con fondi pubblici",
        "Purchase of a building already publicly funded",
    ),
    "PROP-005": _r(
        "warning",
        "properties",
        "Area «rifunzionalizzazione» e immobili non coerenti",
        "Area 'repurposing' and properties do not match",
    ),
    "PART-001": _r(
        "error",
        "partners",
        "Sezione RUNTS non coerente con la forma giuridica",
        "RUNTS section inconsistent with the legal form",
    ),
    "PART-002": _r(
        "warning",
        "partners",
        "Nessun partner del Terzo settore o impresa sociale",
        "No third-sector or social-enterprise partner",
    ),
    "PART-003": _r(
        "warning", "partners", "Manca la lettera d'intenti del partner", "Missing partner's letter of intent"
    ),
    "PLAN-001": _r(
        "error",
        "plan",
        "Mesi dell'attività fuori dalla durata del progetto",
        "Activity months outside the project duration",
    ),
    "PLAN-002": _r(
        "error",
        "plan",
        "Il progetto termina oltre la data di ammissibilità della spesa",
        "The project ends after the expenditure eligibility date",
    ),
    "PLAN-003": _r("warning", "plan", "Attività senza voci di spesa", "Activity without budget lines"),
    "PLAN-004": _r(
        "error",
        "plan",
        "Area tematica o fondo dell'attività non ammessi",
        "Activity thematic area or fund not allowed",
    ),
    "PLAN-005": _r("error", "plan", "Nessuna area tematica scelta", "No thematic area chosen"),
    "PLAN-006": _r("warning", "plan", "Nessun gruppo destinatario indicato", "No target group given"),
    "IND-001": _r(
        "error",
        "plan",
        "Indicatore senza nome, unità o valore obiettivo",
        "Indicator without name, unit or target",
    ),
    "BUD-001": _r(
        "error", "budget", "Contributo richiesto oltre il massimale", "Requested grant above the ceiling"
    ),
    "BUD-002": _r(
        "error",
        "budget",
        "Categoria di spesa non ammissibile per il fondo",
        "Cost category not eligible for the fund",
    ),
    "BUD-003": _r("error", "budget", "Acquisto di terreni oltre il limite", "Land purchase above the limit"),
    "BUD-004": _r(
        "error", "budget", "IVA recuperabile indicata come costo", "Recoverable VAT entered as a cost"
    ),
    "BUD-005": _r(
        "error",
        "budget",
        "Fondo della voce diverso da quello dell'attività",
        "Line fund differs from the activity fund",
    ),
    "BUD-006": _r(
        "error", "budget", "Opere su un'attività senza immobile", "Works on an activity without property"
    ),
    "BUD-007": _r(
        "warning", "budget", "Quota FSE fuori dall'intervallo atteso", "ESF share outside the expected range"
    ),
    "BUD-008": _r("error", "budget", "Contributo richiesto pari a zero", "Requested grant is zero"),
    "BUD-009": _r("error", "budget", "Voce di spesa con importo zero", "Budget line with a zero amount"),
    "ATT-001": _r(
        "error",
        "attachments",
        "File dell'allegato mancante o diverso da quello registrato",
        "Attachment file missing or different from the recorded one",
    ),
    "ATT-002": _r(
        "error",
        "attachments",
        "Tipo di file dell'allegato non ammesso o non corrispondente",
        "Attachment file type not accepted or not matching",
    ),
    "ATT-003": _r(
        "warning", "attachments", "Manca un allegato obbligatorio", "A required attachment is missing"
    ),
    "ATT-004": _r(
        "error", "attachments", "Allegato oltre la dimensione massima", "Attachment above the maximum size"
    ),
    "TXT-001": _r("error", "texts", "Testo obbligatorio vuoto", "Required text is empty"),
    "TXT-002": _r("warning", "texts", "Sintesi troppo lunga", "Summary too long"),
    "TXT-003": _r(
        "error",
        "texts",
        "Dato personale obbligatorio vuoto (legale rappresentante, RUP)",
        "Required personal field is empty (legal representative, RUP)",
    ),
}

# Rules that need the attachment bytes (workspace or package), not available for a bare JSON file.
BYTES_RULES: tuple[str, ...] = ("ATT-001", "ATT-002")

Check = Callable[[dict[str, Any], "Context"], Iterable[Issue]]
CHECKS: dict[str, Check] = {}


def rule(rule_id: str) -> Callable[[Check], Check]:
    """Register a check under its catalogue id (the id must exist, so typos fail at import)."""
    if rule_id not in RULES:
        raise KeyError(rule_id)

    def deco(fn: Check) -> Check:
        CHECKS[rule_id] = fn
        return fn

    return deco


def issue(rule_id: str, path: str, message_it: str, message_en: str) -> Issue:
    """An issue with the catalogue severity of ``rule_id``."""
    return Issue(rule_id, RULES[rule_id].severity, path, message_it, message_en)
