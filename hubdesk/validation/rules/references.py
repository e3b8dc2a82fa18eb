"""REF-*: every id a document refers to exists, and ids are unique within their list.

``"applicant"`` is the reserved reference to the applicant municipality (activity lead, budget
beneficiary, attachment subject). Optional references (activity property, attachment ``refers_to``)
are absent when null or empty. An attachment may refer to a property, partner, activity, budget line
or indicator.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import APPLICANT_REF, Context, as_dict, as_list
from hubdesk.validation.issues import Issue

_LISTS = ("properties", "partners", "activities", "budget", "indicators", "attachments")
_LIST_IT = {
    "properties": "immobili",
    "partners": "partner",
    "activities": "attività",
    "budget": "voci di spesa",
    "indicators": "indicatori",
    "attachments": "allegati",
}
_LIST_EN = {
    "properties": "properties",
    "partners": "partners",
    "activities": "activities",
    "budget": "budget lines",
    "indicators": "indicators",
    "attachments": "attachments",
}


def _dangling(path: str, value: Any, what_it: str, what_en: str, or_applicant: bool = False) -> Issue:
    shown = value if isinstance(value, str) else repr(value)
    alt_it = " (o all'ente proponente, «applicant»)" if or_applicant else ""
    alt_en = " (or to the applicant, 'applicant')" if or_applicant else ""
    return issue(
        "REF-001",
        path,
        f"Il riferimento «{shown}» non corrisponde a {what_it}: correggerlo in modo che rimandi "
        f"a un elemento esistente{alt_it}.",
        f"Reference '{shown}' matches no {what_en}: correct it so that it points to an existing "
        f"item{alt_en}.",
    )


def _partner_or_applicant(value: Any, ctx: Context) -> bool:
    return isinstance(value, str) and (value == APPLICANT_REF or value in ctx.partner_ids)


@rule("REF-001")
def references_exist(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, item in enumerate(ctx.activities):
        act = as_dict(item)
        if "lead" in act and not _partner_or_applicant(act["lead"], ctx):
            yield _dangling(
                join_pointer("activities", i, "lead"),
                act["lead"],
                "nessun partner",
                "partner",
                or_applicant=True,
            )
        for j, ref in enumerate(as_list(act.get("partners"))):
            if not (isinstance(ref, str) and ref in ctx.partner_ids):
                path = join_pointer("activities", i, "partners", j)
                yield _dangling(path, ref, "nessun partner", "partner")
        prop = act.get("property")
        if prop not in (None, "") and not (isinstance(prop, str) and prop in ctx.property_ids):
            yield _dangling(join_pointer("activities", i, "property"), prop, "nessun immobile", "property")
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        activity = line.get("activity")
        if "activity" in line and not (isinstance(activity, str) and activity in ctx.activity_ids):
            yield _dangling(join_pointer("budget", i, "activity"), activity, "nessuna attività", "activity")
        if "beneficiary" in line and not _partner_or_applicant(line["beneficiary"], ctx):
            yield _dangling(
                join_pointer("budget", i, "beneficiary"),
                line["beneficiary"],
                "nessun partner",
                "partner",
                or_applicant=True,
            )
    targets = (ctx.property_ids, ctx.partner_ids, ctx.activity_ids, ctx.budget_ids, ctx.indicator_ids)
    for i, item in enumerate(ctx.attachments):
        ref = as_dict(item).get("refers_to")
        if ref in (None, ""):
            continue
        if not isinstance(ref, str) or (ref != APPLICANT_REF and not any(ref in t for t in targets)):
            yield _dangling(
                join_pointer("attachments", i, "refers_to"),
                ref,
                "nessun elemento (immobile, partner, attività, voce di spesa o indicatore)",
                "property, partner, activity, budget line or indicator",
            )


@rule("REF-002")
def unique_ids(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for name in _LISTS:
        first: dict[str, int] = {}
        for i, item in enumerate(getattr(ctx, name)):
            ident = as_dict(item).get("id")
            if not isinstance(ident, str):
                continue
            if ident in first:
                yield issue(
                    "REF-002",
                    join_pointer(name, i, "id"),
                    f"L'identificativo «{ident}» è già usato nell'elenco {_LIST_IT[name]} "
                    f"(elemento n. {first[ident] + 1}): assegnarne uno diverso.",
                    f"Id '{ident}' is already used in the {_LIST_EN[name]} list "
                    f"(item no. {first[ident] + 1}): give it a different one.",
                )
            else:
                first[ident] = i
