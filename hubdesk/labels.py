"""Field names in words, Italian and English, for the core's own outputs (diff text, PDF tables).

The desktop app has its translated copy in ``ui/editor/field_labels.py`` (Qt ``tr()``); this
module carries the same wording without Qt, so the command line and the PDFs can use it.
"""

from __future__ import annotations

from hubdesk.document.pointer import split_pointer

#: section key -> (Italian, English)
SECTIONS: dict[str, tuple[str, str]] = {
    "applicant": ("Soggetto proponente", "Applicant"),
    "proposal": ("Proposta", "Proposal"),
    "properties": ("Immobili", "Properties"),
    "partners": ("Partner", "Partners"),
    "activities": ("Attività", "Activities"),
    "budget": ("Piano finanziario", "Budget"),
    "indicators": ("Indicatori", "Indicators"),
    "attachments": ("Allegati", "Attachments"),
}

#: an item of an id-keyed list, by section
ITEMS: dict[str, tuple[str, str]] = {
    "properties": ("Immobile", "Property"),
    "partners": ("Partner", "Partner"),
    "activities": ("Attività", "Activity"),
    "budget": ("Voce di spesa", "Budget line"),
    "indicators": ("Indicatore", "Indicator"),
    "attachments": ("Allegato", "Attachment"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "legal_representative": ("Legale rappresentante", "Legal representative"),
    "rup": ("RUP", "RUP"),
    "cadastre": ("Catasto", "Cadastre"),
    "owner": ("Proprietario", "Owner"),
    "availability": ("Disponibilità", "Availability"),
    "contact": ("Referente", "Contact person"),
    "id": ("Codice", "Code"),
    "istat_code": ("Codice ISTAT", "ISTAT code"),
    "name": ("Denominazione", "Name"),
    "fiscal_code": ("Codice fiscale", "Fiscal code"),
    "vat_number": ("Partita IVA", "VAT number"),
    "pec": ("Indirizzo PEC", "PEC address"),
    "population": ("Popolazione", "Population"),
    "population_reference": ("Fonte della popolazione", "Population source"),
    "joint_bat": ("Proposta congiunta BAT", "Joint BAT proposal"),
    "full_name": ("Nome e cognome", "Full name"),
    "role": ("Ruolo", "Role"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefono", "Phone"),
    "title": ("Titolo", "Title"),
    "acronym": ("Acronimo", "Acronym"),
    "hub_name": ("Nome dell'hub", "Hub name"),
    "summary": ("Sintesi", "Summary"),
    "objectives": ("Obiettivi", "Objectives"),
    "target_groups": ("Destinatari", "Target groups"),
    "thematic_areas": ("Aree tematiche", "Thematic areas"),
    "start_date": ("Data di avvio", "Start date"),
    "duration_months": ("Durata in mesi", "Duration in months"),
    "cup": ("CUP", "CUP"),
    "address": ("Indirizzo", "Address"),
    "register": ("Catasto (registro)", "Register"),
    "municipality_code": ("Codice catastale del Comune", "Cadastral municipality code"),
    "section": ("Sezione", "Section"),
    "sheet": ("Foglio", "Sheet"),
    "parcel": ("Particella", "Parcel"),
    "subordinate": ("Subalterno", "Subordinate"),
    "kind": ("Tipo", "Kind"),
    "reference": ("Estremi", "Reference"),
    "valid_until": ("Valida fino al", "Valid until"),
    "floor_area_sqm": ("Superficie", "Floor area"),
    "current_use": ("Uso attuale", "Current use"),
    "planned_use": ("Uso previsto", "Planned use"),
    "works": ("Interventi previsti", "Works"),
    "public_funding_last_10_years": (
        "Finanziamenti pubblici negli ultimi 10 anni",
        "Public funding in the last 10 years",
    ),
    "derelict_site": ("Area dismessa", "Derelict site"),
    "legal_form": ("Forma giuridica", "Legal form"),
    "runts_section": ("Sezione RUNTS", "RUNTS section"),
    "description": ("Descrizione", "Description"),
    "thematic_area": ("Area tematica", "Thematic area"),
    "fund": ("Fondo", "Fund"),
    "lead": ("Capofila", "Lead"),
    "partners": ("Partner", "Partners"),
    "property": ("Immobile", "Property"),
    "start_month": ("Mese di inizio", "Start month"),
    "end_month": ("Mese di fine", "End month"),
    "deliverables": ("Prodotti attesi", "Deliverables"),
    "activity": ("Attività", "Activity"),
    "category": ("Categoria", "Category"),
    "beneficiary": ("Beneficiario", "Beneficiary"),
    "amount_cents": ("Importo", "Amount"),
    "vat_cents": ("IVA", "VAT"),
    "vat_recoverable": ("IVA recuperabile", "VAT recoverable"),
    "unit": ("Unità di misura", "Unit"),
    "target": ("Valore obiettivo", "Target"),
    "file_name": ("File", "File"),
    "media_type": ("Formato", "Format"),
    "size": ("Dimensione", "Size"),
    "sha256": ("SHA-256", "SHA-256"),
    "refers_to": ("Riferito a", "Refers to"),
}

#: fields whose values are integer euro cents
MONEY_FIELDS = frozenset({"amount_cents", "vat_cents"})


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def section_label(section: str, lang: str = "it") -> str:
    pair = SECTIONS.get(section)
    return _pick(pair, lang) if pair else section


def item_label(section: str, item: str | None, lang: str = "it") -> str:
    """``("budget", "VOC-3")`` -> ``"Voce di spesa VOC-3"``; the section name when no item."""
    if item is None:
        return section_label(section, lang)
    pair = ITEMS.get(section)
    return f"{_pick(pair, lang)} {item}" if pair else str(item)


def field_words(field: str, lang: str = "it") -> str:
    """A pointer inside a section or item in words: ``/cadastre/sheet`` -> ``"Catasto › Foglio"``.

    Unknown tokens are shown as they are; ``""`` (a whole item) is the empty string.
    """
    try:
        tokens = split_pointer(field)
    except ValueError:
        return field
    words = []
    for token in tokens:
        pair = FIELDS.get(token)
        if pair is not None:
            words.append(_pick(pair, lang))
        elif token.isdigit():
            words.append(("n. " if lang != "en" else "no. ") + str(int(token) + 1))
        else:
            words.append(token)
    return " › ".join(words)
