"""PART-*: the public-private-social partnership (RUNTS sections, a social partner, letters of intent)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_str
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import of_item


@rule("PART-001")
def runts_section_matches_form(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    third, public = ctx.profile.third_sector_forms, ctx.profile.public_forms
    for i, partner in enumerate(ctx.partners):
        p = as_dict(partner)
        form = as_str(p.get("legal_form"))
        if form is None or "runts_section" not in p:
            continue
        section = p["runts_section"]
        label = ctx.profile.legal_forms[form].label_it if form in ctx.profile.legal_forms else form
        label_en = ctx.profile.legal_forms[form].label_en if form in ctx.profile.legal_forms else form
        it, en = of_item("partners", partner, i)
        path = join_pointer("partners", i, "runts_section")
        if form in third and section is None:
            yield issue(
                "PART-001",
                path,
                f"Indicare la sezione del RUNTS {it}: è un ente del Terzo settore ({label}).",
                f"Enter the RUNTS section of the {en}: it is a third-sector entity ({label_en}).",
            )
        elif form in public and section is not None:
            yield issue(
                "PART-001",
                path,
                f"Togliere la sezione del RUNTS {it}: un ente pubblico ({label}) non è iscritto al RUNTS.",
                f"Remove the RUNTS section of the {en}: a public body ({label_en}) is not in the RUNTS.",
            )


@rule("PART-002")
def has_social_partner(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    social = ctx.profile.social_partner_forms or ctx.profile.third_sector_forms
    forms = (as_dict(p).get("legal_form") for p in ctx.partners)
    if any(isinstance(form, str) and form in social for form in forms):
        return
    yield issue(
        "PART-002",
        "/partners",
        "Nessun partner è un ente del Terzo settore o un'impresa sociale: il bando riguarda il "
        "partenariato pubblico-privato-sociale. Aggiungere almeno un partner di questo tipo.",
        "No partner is a third-sector entity or social enterprise: the call is about public-private-"
        "social partnership. Add at least one such partner.",
    )


@rule("PART-003")
def letter_of_intent(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    kind = ctx.profile.partner_letter_kind
    for i, partner in enumerate(ctx.partners):
        ident = as_str(as_dict(partner).get("id"))
        if ident is None or (kind, ident) in ctx.attachment_refs:
            continue
        it, en = of_item("partners", partner, i)
        yield issue(
            "PART-003",
            join_pointer("partners", i),
            f"Manca la lettera d'intenti {it}: allegarla e collegarla al partner.",
            f"The letter of intent of the {en} is missing: attach it and link it to the partner.",
        )
