"""ID-*: fiscal codes, VAT numbers, CUP and e-mail/PEC addresses (DOMAIN.md §3).

Required identifier fields (applicant fiscal code and PEC, representative and RUP codes, RUP e-mail,
partner fiscal code, PEC and contact e-mail) fire when empty: the document is not complete. Optional
ones (property owner's fiscal code, partner VAT number, CUP) are skipped when null or empty. A value
of a wrong JSON type is left to the schema layer. In an entity-code field, a 16-character value is a
personal code (a sole trader, a person owning a property) and is checked as such under ID-002.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.validation import identifiers as ids
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_str
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import of_item

_WHY_IT = {
    ids.CHECKSUM: "la cifra di controllo non corrisponde",
    ids.LENGTH: "la lunghezza non è corretta",
    ids.FORMAT: "il formato non è corretto",
    ids.COMPONENT: "contiene una parte impossibile",
}
_WHY_EN = {
    ids.CHECKSUM: "the check digit does not match",
    ids.LENGTH: "the length is wrong",
    ids.FORMAT: "the format is wrong",
    ids.COMPONENT: "it contains an impossible part",
}


def _entity_fields(ctx: Context) -> Iterator[tuple[str, Any, tuple[str, str], bool, bool]]:
    """(path, value, (who_it, who_en), required, may_be_personal) for every 11-digit identifier field."""
    who_applicant = ("dell'ente proponente", "applicant")
    yield "/applicant/fiscal_code", ctx.applicant.get("fiscal_code"), who_applicant, True, True
    for i, prop in enumerate(ctx.properties):
        owner = as_dict(as_dict(prop).get("owner"))
        who = of_item("properties", prop, i)
        yield (
            join_pointer("properties", i, "owner", "fiscal_code"),
            owner.get("fiscal_code"),
            (f"del proprietario {who[0]}", f"owner of {who[1]}"),
            False,
            True,
        )
    for i, partner in enumerate(ctx.partners):
        p = as_dict(partner)
        who = of_item("partners", partner, i)
        yield join_pointer("partners", i, "fiscal_code"), p.get("fiscal_code"), who, True, True
        yield join_pointer("partners", i, "vat_number"), p.get("vat_number"), who, False, False


def _personal_fields(ctx: Context) -> Iterator[tuple[str, Any, tuple[str, str]]]:
    rep = as_dict(ctx.applicant.get("legal_representative"))
    rup = as_dict(ctx.applicant.get("rup"))
    yield (
        "/applicant/legal_representative/fiscal_code",
        rep.get("fiscal_code"),
        ("del legale rappresentante", "legal representative"),
    )
    yield "/applicant/rup/fiscal_code", rup.get("fiscal_code"), ("del RUP", "RUP (project manager)")


def _personal_issue(path: str, value: str, who: tuple[str, str]) -> Issue | None:
    why = ids.personal_fiscal_code_reason(value)
    if not why:
        return None
    if not value:
        return issue(
            "ID-002",
            path,
            f"Indicare il codice fiscale {who[0]} (16 caratteri).",
            f"Enter the fiscal code of the {who[1]} (16 characters).",
        )
    return issue(
        "ID-002",
        path,
        f"Il codice fiscale {who[0]} ({value}) non è valido: {_WHY_IT[why]}. Verificare il codice.",
        f"The fiscal code of the {who[1]} ({value}) is not valid: {_WHY_EN[why]}. Check the code.",
    )


@rule("ID-001")
def entity_codes(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for path, value, who, required, may_be_personal in _entity_fields(ctx):
        if not isinstance(value, str) or (not value and not required):
            continue
        if may_be_personal and len(value) == 16:
            continue  # a personal code: ID-002
        is_vat = path.endswith("vat_number")
        noun_it, noun_en = (
            ("la partita IVA", "VAT number") if is_vat else ("il codice fiscale", "fiscal code")
        )
        if not value:
            yield issue(
                "ID-001",
                path,
                f"Indicare {noun_it} {who[0]} (11 cifre).",
                f"Enter the {noun_en} of the {who[1]} (11 digits).",
            )
            continue
        why = ids.entity_code_reason(value)
        if why:
            yield issue(
                "ID-001",
                path,
                f"{noun_it[0].upper()}{noun_it[1:]} {who[0]} ({value}) non è valido: {_WHY_IT[why]}. "
                "Verificare il codice.",
                f"The {noun_en} of the {who[1]} ({value}) is not valid: {_WHY_EN[why]}. Check the code.",
            )


@rule("ID-002")
def personal_codes(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for path, value, who in _personal_fields(ctx):
        if isinstance(value, str):
            found = _personal_issue(path, value, who)
            if found is not None:
                yield found
    for path, value, who, _required, may_be_personal in _entity_fields(ctx):
        if may_be_personal and isinstance(value, str) and len(value) == 16:
            found = _personal_issue(path, value, who)
            if found is not None:
                yield found


@rule("ID-003")
def cup_format(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    cup = as_str(ctx.proposal.get("cup"))
    if cup and not ids.is_valid_cup(cup):
        yield issue(
            "ID-003",
            "/proposal/cup",
            f"Il CUP «{cup}» non è valido: deve avere 15 caratteri (lettera, 2 cifre, lettera, 11 "
            "cifre, "
            "es. B51B21000120006). Lasciarlo vuoto se non è ancora assegnato.",
            f"CUP '{cup}' is not valid: it must have 15 characters (letter, 2 digits, letter, 11 "
            "digits, "
            "e.g. B51B21000120006). Leave it empty if not yet assigned.",
        )


def _address_fields(ctx: Context) -> Iterator[tuple[str, Any, str, str]]:
    """(path, value, what_it, what_en): "PEC dell'ente proponente" / "PEC of the applicant"."""
    pec = ctx.applicant.get("pec")
    yield "/applicant/pec", pec, "PEC dell'ente proponente", "PEC address of the applicant"
    rup = as_dict(ctx.applicant.get("rup"))
    yield "/applicant/rup/email", rup.get("email"), "e-mail del RUP", "e-mail address of the RUP"
    for i, partner in enumerate(ctx.partners):
        p = as_dict(partner)
        it, en = of_item("partners", partner, i)
        yield join_pointer("partners", i, "pec"), p.get("pec"), f"PEC {it}", f"PEC address of the {en}"
        contact = as_dict(p.get("contact"))
        yield (
            join_pointer("partners", i, "contact", "email"),
            contact.get("email"),
            f"e-mail del referente {it}",
            f"contact e-mail address of the {en}",
        )


@rule("ID-004")
def addresses(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for path, value, it, en in _address_fields(ctx):
        if not isinstance(value, str) or ids.is_valid_email(value):
            continue
        if not value.strip():
            yield issue("ID-004", path, f"Indicare l'indirizzo {it}.", f"Enter the {en}.")
        else:
            yield issue(
                "ID-004",
                path,
                f"L'indirizzo {it} «{value}» non è valido: scriverlo nella forma nome@dominio.it.",
                f"The {en} '{value}' is not valid: write it as name@domain.it.",
            )


@rule("ID-005")
def unique_partner_codes(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    applicant_code = as_str(ctx.applicant.get("fiscal_code"))
    applicant_code = applicant_code.strip().upper() if applicant_code else None
    seen: dict[str, int] = {}
    for i, partner in enumerate(ctx.partners):
        code = as_str(as_dict(partner).get("fiscal_code"))
        if not code or not code.strip():
            continue
        key = code.strip().upper()
        path = join_pointer("partners", i, "fiscal_code")
        it, en = of_item("partners", partner, i)
        if key == applicant_code:
            yield issue(
                "ID-005",
                path,
                f"Il codice fiscale {it} coincide con quello dell'ente proponente: il Comune non può "
                "essere anche partner. Correggere il codice o eliminare il partner.",
                f"The fiscal code of the {en} equals the applicant's: the municipality cannot also "
                "be "
                "a partner. Correct the code or remove the partner.",
            )
        elif key in seen:
            yield issue(
                "ID-005",
                path,
                f"Il codice fiscale {it} ({code}) è già usato dal partner n. {seen[key] + 1}: "
                "ogni partner va indicato una sola volta.",
                f"The fiscal code of the {en} ({code}) is already used by partner no. "
                f"{seen[key] + 1}: "
                "list each partner once.",
            )
        else:
            seen[key] = i
