"""TXT-*: the texts a reviewer needs are filled in, and the summary fits the call's limit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, is_blank
from hubdesk.validation.issues import Issue

_PROPOSAL_TEXTS = {
    "title": ("il titolo della proposta", "the proposal title"),
    "acronym": ("l'acronimo della proposta", "the proposal acronym"),
    "summary": ("la sintesi della proposta", "the proposal summary"),
    "objectives": ("gli obiettivi della proposta", "the proposal objectives"),
    "hub_name": ("il nome dell'Hub", "the hub name"),
}
_ITEM_TEXTS = {
    "properties": ("name", "il nome dell'immobile n. {n}", "the name of property no. {n}"),
    "partners": ("name", "la denominazione del partner n. {n}", "the name of partner no. {n}"),
    "activities": ("title", "il titolo dell'attività n. {n}", "the title of activity no. {n}"),
}


@rule("TXT-001")
def required_texts(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    """Fires on blank text or null/missing keys; a value of another type is the schema's business."""
    if ctx.proposal:
        for key, (it, en) in _PROPOSAL_TEXTS.items():
            if is_blank(ctx.proposal.get(key)):
                yield issue("TXT-001", join_pointer("proposal", key), f"Inserire {it}.", f"Enter {en}.")
    for section, (key, it, en) in _ITEM_TEXTS.items():
        for i, item in enumerate(getattr(ctx, section)):
            if isinstance(item, dict) and is_blank(item.get(key)):
                yield issue(
                    "TXT-001",
                    join_pointer(section, i, key),
                    f"Inserire {it.format(n=i + 1)}.",
                    f"Enter {en.format(n=i + 1)}.",
                )


@rule("TXT-002")
def summary_length(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    summary = as_dict(ctx.proposal).get("summary")
    limit = ctx.profile.summary_max_chars
    if isinstance(summary, str) and len(summary) > limit:
        yield issue(
            "TXT-002",
            "/proposal/summary",
            f"La sintesi ha {len(summary)} caratteri, oltre il limite di {limit}: accorciarla.",
            f"The summary has {len(summary)} characters, above the limit of {limit}: shorten it.",
        )
