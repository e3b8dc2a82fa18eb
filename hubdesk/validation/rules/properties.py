"""PROP-*: the buildings and land the hub uses (cadastre, availability, durability, purchases)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.timeline import add_years, parse_date
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_list, as_str, is_blank
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import line_label, named, of_item

REPURPOSING_AREA = "repurposing"
_FIELD_IT = {"sheet": "il foglio", "parcel": "la particella", "subordinate": "il subalterno"}
_FIELD_EN = {"sheet": "sheet", "parcel": "parcel", "subordinate": "subordinate unit"}


@rule("PROP-001")
def cadastre_complete(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, prop in enumerate(ctx.properties):
        cad = as_dict(as_dict(prop).get("cadastre"))
        if not cad:
            continue
        needed = ["sheet", "parcel"] + (["subordinate"] if cad.get("register") == "fabbricati" else [])
        it, en = of_item("properties", prop, i)
        for name in needed:
            if is_blank(cad.get(name)):
                extra_it = " (obbligatorio per il catasto fabbricati)" if name == "subordinate" else ""
                extra_en = " (required for the buildings register)" if name == "subordinate" else ""
                yield issue(
                    "PROP-001",
                    join_pointer("properties", i, "cadastre", name),
                    f"Indicare {_FIELD_IT[name]} catastale {it}{extra_it}.",
                    f"Enter the cadastral {_FIELD_EN[name]} of the {en}{extra_en}.",
                )


@rule("PROP-002")
def agreement_for_third_party_owner(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    kind = ctx.profile.property_agreement_kind
    for i, prop in enumerate(ctx.properties):
        p = as_dict(prop)
        owner_kind = as_dict(p.get("owner")).get("kind")
        ident = as_str(p.get("id"))
        if owner_kind in (None, "applicant") or ident is None:
            continue
        if (kind, ident) not in ctx.attachment_refs:
            it, en = named(prop, i)
            yield issue(
                "PROP-002",
                join_pointer("properties", i),
                f"L'immobile {it} non è di proprietà del Comune: allegare "
                "l'accordo sulla disponibilità dell'immobile, collegandolo a questo immobile.",
                f"Property {en} is not owned by the municipality: attach the property availability "
                "agreement, linked to this property.",
            )


@rule("PROP-003")
def availability_covers_durability(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    years = ctx.profile.durability_years
    needed = add_years(ctx.end_date, years) if ctx.end_date is not None else None
    if needed is None:
        return
    for i, prop in enumerate(ctx.properties):
        until = parse_date(as_dict(as_dict(prop).get("availability")).get("valid_until"))
        if until is not None and until < needed:
            it, en = of_item("properties", prop, i)
            yield issue(
                "PROP-003",
                join_pointer("properties", i, "availability", "valid_until"),
                f"La disponibilità {it} scade il {until:%d/%m/%Y}, ma deve durare almeno fino al "
                f"{needed:%d/%m/%Y} (fine progetto più {years} anni di vincolo di destinazione): "
                "prolungare il titolo di disponibilità.",
                f"The availability of the {en} ends on {until.isoformat()}, but it must last at "
                "least "
                f"until {needed.isoformat()} (project end plus {years} years of durability): extend "
                "it.",
            )


@rule("PROP-004")
def no_purchase_of_publicly_funded_building(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        if line.get("category") != "building_purchase":
            continue
        act = ctx.activity(line.get("activity"))
        prop = ctx.property(as_dict(act).get("property"))
        if prop is not None and as_dict(prop).get("public_funding_last_10_years") is True:
            label = line_label(line, i)
            pit, pen = named(prop, 0)
            yield issue(
                "PROP-004",
                join_pointer("budget", i),
                f"La voce di spesa {label} acquista l'edificio {pit}, che ha ricevuto "
                "finanziamenti pubblici negli ultimi 10 anni: "
                "l'acquisto non è ammissibile. Eliminare la voce o cambiarne la categoria.",
                f"Budget line {label} buys building {pen}, which received public funding "
                "in the last 10 years: the purchase is not eligible. Remove the line or change its "
                "category.",
            )


@rule("PROP-005")
def repurposing_matches_properties(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    areas = ctx.proposal.get("thematic_areas")
    if not isinstance(areas, list):
        return
    chosen = REPURPOSING_AREA in areas
    has_properties = any(isinstance(p, dict) for p in as_list(ctx.properties))
    if chosen and not has_properties:
        yield issue(
            "PROP-005",
            "/proposal/thematic_areas",
            "È scelta l'area «rifunzionalizzazione di immobili pubblici» ma non è indicato alcun "
            "immobile: aggiungere gli immobili o togliere l'area.",
            "The 'repurposing' area is chosen but no property is listed: add the properties or "
            "remove the area.",
        )
    elif has_properties and not chosen:
        yield issue(
            "PROP-005",
            "/proposal/thematic_areas",
            "Sono indicati immobili ma non è scelta l'area «rifunzionalizzazione di immobili "
            "pubblici»: "
            "aggiungere l'area o verificare gli immobili.",
            "Properties are listed but the 'repurposing' area is not chosen: add the area or check "
            "the properties.",
        )
