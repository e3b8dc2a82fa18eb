"""Field names in words, Italian and English, for the core's own outputs (diff text, PDF tables).

The desktop app has its translated copy in ``ui/editor/field_labels.py`` (Qt ``tr()``); this
module carries the same wording without Qt, so the command line and the PDFs can use it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

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

#: the grant funds' short names: the Italian acronyms and the English ones (ERDF, ESF)
FUND_SHORT = {"FESR": ("FESR", "ERDF"), "FSE": ("FSE", "ESF")}


def fund_short(code: str, lang: str = "it") -> str:
    """``FESR`` in Italian, ``ERDF`` in English; any other fund code as it is."""
    pair = FUND_SHORT.get(code)
    return _pick(pair, lang) if pair else code


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


def pointer_words(doc: dict[str, Any], pointer: str, lang: str = "it") -> str:
    """Where a pointer lands, in words: ``/budget/2/amount_cents`` -> ``"Voce di spesa VOC-3 › Importo"``.

    A list index becomes the item's id when the document has one there (what the user sees in the
    app), else its position; the section alone when the pointer stops there.
    """
    try:
        tokens = split_pointer(pointer)
    except ValueError:
        return pointer
    if not tokens:
        return ""
    section, rest = tokens[0], tokens[1:]
    where = section_label(section, lang)
    items = doc.get(section)
    if rest and rest[0].isdigit() and isinstance(items, list):
        index = int(rest[0])
        item = items[index] if index < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        where = item_label(section, str(ident) if ident else f"n. {index + 1}", lang)
        rest = rest[1:]
    field = field_words("/" + "/".join(rest), lang) if rest else ""
    return f"{where} › {field}" if field else where


# --------------------------------------------------------------------------- dates and times
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _local(value: object) -> datetime | None:
    """A time stamp (ISO text, ``Z`` allowed, or a datetime) in local time; naive means UTC."""
    if isinstance(value, datetime):
        when = value
    else:
        text = str(value or "").strip()
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone()


def local_clock(value: object) -> str:
    """``10:42``: the local hour and minute of a time stamp ("" when absent or unreadable)."""
    when = _local(value)
    return f"{when:%H:%M}" if when is not None else ""


def local_datetime(value: object, lang: str = "it", *, with_time: bool = True) -> str:
    """An ISO 8601 time stamp (or a datetime) in the user's local time, as people read it.

    Italian ``02/12/2026 22:30``, English ``2 Dec 2026, 22:30`` (month names from a table, not from
    the C locale, which the GUI toolkit may have switched to another language). ``with_time=False``
    gives the date alone. A naive value is taken as UTC; text that does not parse is returned as it is.
    The one formatter of dates with times for the app, the command line and the PDFs.
    """
    when = _local(value)
    if when is None:
        return str(value or "").strip()
    if lang == "en":
        day = f"{when.day} {_MONTHS_EN[when.month - 1]} {when.year}"
        return f"{day}, {when:%H:%M}" if with_time else day
    return when.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


# --------------------------------------------------------------------------- distinguished names
#: X.509 name attribute (asn1crypto's native key) -> (Italian, English), in the order they are shown
NAME_ATTRIBUTES: dict[str, tuple[str, str]] = {
    "common_name": ("Nome", "Name"),
    "given_name": ("Nome di battesimo", "Given name"),
    "surname": ("Cognome", "Surname"),
    "serial_number": ("Numero di serie", "Serial number"),
    "title": ("Qualifica", "Title"),
    "pseudonym": ("Pseudonimo", "Pseudonym"),
    "organizational_unit_name": ("Unità organizzativa", "Organisational unit"),
    "organization_name": ("Organizzazione", "Organisation"),
    "organization_identifier": ("Identificativo dell'organizzazione", "Organisation identifier"),
    "locality_name": ("Località", "Locality"),
    "state_or_province_name": ("Provincia", "Province"),
    "country_name": ("Paese", "Country"),
    "email_address": ("E-mail", "E-mail"),
    "dn_qualifier": ("Qualificatore", "Qualifier"),
}
_FISCAL_CODE_SERIAL = ("TINIT-", "TINIT:", "IT:")


def format_name(parts: object, lang: str = "it") -> str:
    """A certificate's subject or issuer in words: ``Nome: HubDesk CA, Organizzazione: …, Paese: IT``.

    ``parts`` are ``(attribute, value)`` pairs (see ``hubdesk.verify.certs.name_parts``); attributes
    are shown in the order of :data:`NAME_ATTRIBUTES`, unknown ones last under their own key. An
    Italian ``serialNumber`` ``TINIT-<code>`` is shown as the fiscal code it carries.
    """
    pairs = [(str(k), str(v)) for k, v in parts] if isinstance(parts, (list, tuple)) else []
    order = list(NAME_ATTRIBUTES)
    pairs.sort(key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    shown = []
    for key, value in pairs:
        label = NAME_ATTRIBUTES.get(key)
        if key == "serial_number" and value.upper().startswith(_FISCAL_CODE_SERIAL):
            label = FIELDS["fiscal_code"]
            value = value.split("-", 1)[-1].split(":", 1)[-1]
        shown.append(f"{_pick(label, lang) if label else key}: {value}")
    separator = "; " if any("," in s for s in shown) else ", "
    return separator.join(shown)
