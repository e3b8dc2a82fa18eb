"""Value bounds a draft may still miss (FORMATS.md §5): the schema accepts them, these rules block
the package.

BUD-009 (a line of 0,00 EUR), TXT-003 (personal fields), PLAN-005/PLAN-006 (thematic areas, target
groups), IND-001 (indicators), ATT-004 (attachment size). Each tolerates a partly invalid document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_int, is_blank
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import line_label, named

_PERSONAL = (
    (
        "legal_representative",
        "full_name",
        "il nome e cognome del legale rappresentante",
        "the legal representative's full name",
    ),
    (
        "legal_representative",
        "role",
        "la carica del legale rappresentante (es. Sindaco)",
        "the legal representative's role (e.g. Mayor)",
    ),
    ("rup", "full_name", "il nome e cognome del RUP", "the RUP's full name"),
    ("rup", "email", "l'indirizzo e-mail del RUP", "the RUP's e-mail address"),
    ("rup", "phone", "il numero di telefono del RUP", "the RUP's phone number"),
)


@rule("BUD-009")
def line_amount_filled(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, item in enumerate(ctx.budget):
        amount = as_int(as_dict(item).get("amount_cents"))
        if amount == 0:
            label = line_label(item, i)
            yield issue(
                "BUD-009",
                join_pointer("budget", i, "amount_cents"),
                f"La voce di spesa {label} ha importo 0,00 €: inserire l'importo o eliminare la voce.",
                f"Budget line {label} has an amount of 0.00 EUR: enter the amount or delete the line.",
            )


@rule("TXT-003")
def personal_fields_filled(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if not ctx.applicant:
        return
    for person, key, it, en in _PERSONAL:
        if is_blank(as_dict(ctx.applicant.get(person)).get(key)):
            yield issue(
                "TXT-003",
                join_pointer("applicant", person, key),
                f"Inserire {it} (sezione Soggetto proponente).",
                f"Enter {en} (Applicant section).",
            )


@rule("PLAN-005")
def thematic_areas_chosen(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if not ctx.proposal:
        return
    areas = ctx.proposal.get("thematic_areas")
    if areas is None or (isinstance(areas, list) and not areas):
        yield issue(
            "PLAN-005",
            "/proposal/thematic_areas",
            "Nessuna area tematica scelta: selezionare almeno un'area tematica nella sezione Proposta.",
            "No thematic area chosen: select at least one thematic area in the Proposal section.",
        )


@rule("PLAN-006")
def target_groups_named(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if not ctx.proposal:
        return
    groups = ctx.proposal.get("target_groups")
    if groups is None or (isinstance(groups, list) and not any(not is_blank(g) for g in groups)):
        yield issue(
            "PLAN-006",
            "/proposal/target_groups",
            "Nessun gruppo destinatario indicato: aggiungere almeno un destinatario (es. «Giovani NEET») "
            "nella sezione Proposta.",
            "No target group given: add at least one target group (e.g. 'Young NEETs') in the "
            "Proposal section.",
        )


def _positive_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


@rule("IND-001")
def indicators_complete(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, item in enumerate(ctx.indicators):
        if not isinstance(item, dict):
            continue
        it, en = named(item, i)
        if is_blank(item.get("name")):
            yield issue(
                "IND-001",
                join_pointer("indicators", i, "name"),
                f"L'indicatore {it} non ha un nome: inserire che cosa si misura "
                "(es. «Imprese accompagnate»).",
                f"Indicator {en} has no name: enter what is measured (e.g. 'Enterprises supported').",
            )
        if is_blank(item.get("unit")):
            yield issue(
                "IND-001",
                join_pointer("indicators", i, "unit"),
                f"L'indicatore {it} non ha un'unità di misura: inserirla (es. «numero», «m²»).",
                f"Indicator {en} has no unit: enter one (e.g. 'number', 'm²').",
            )
        target = item.get("target")
        if not isinstance(target, int | float) or isinstance(target, bool):
            continue  # missing or not a number: the schema's business
        if not _positive_number(target):
            yield issue(
                "IND-001",
                join_pointer("indicators", i, "target"),
                f"Il valore obiettivo dell'indicatore {it} deve essere maggiore di 0: inserire il "
                "valore atteso a fine progetto.",
                f"The target of indicator {en} must be greater than 0: enter the value expected at "
                "the end of the project.",
            )


@rule("ATT-004")
def attachment_size_within_limit(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    limit = ctx.profile.attachment_max_bytes
    for i, item in enumerate(ctx.attachments):
        att = as_dict(item)
        size = as_int(att.get("size"))
        ident = att.get("id")
        facts = ctx.facts.get(ident) if ctx.facts is not None and isinstance(ident, str) else None
        if facts is not None and (size is None or facts.size > size):
            size = facts.size
        if size is None or size <= limit:
            continue
        it, en = named(att, i, "title")
        yield issue(
            "ATT-004",
            join_pointer("attachments", i, "size"),
            f"L'allegato {it} pesa {_mb(size)} MB, oltre il limite di {_mb(limit)} MB del bando: "
            "ridurlo (es. PDF compresso o scansione a risoluzione minore) e caricarlo di nuovo.",
            f"Attachment {en} is {_mb(size, 'en')} MB, above the call's limit of {_mb(limit, 'en')} MB: "
            "make it smaller (e.g. a compressed PDF or a lower-resolution scan) and upload it again.",
        )


def _mb(size: int, lang: str = "it") -> str:
    text = f"{size / (1024 * 1024):.1f}"
    return text.replace(".", ",") if lang == "it" else text
