"""ATT-*: attachment bytes match the record, their type is accepted, the required acts are there.

ATT-001 and ATT-002 need the bytes (``ctx.facts``); a bare JSON file has none, and the engine then
lists them as skipped instead of running them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_int, as_str
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import named


def _file(att: dict[str, Any], i: int) -> tuple[str, str]:
    name = as_str(att.get("file_name"))
    if name:
        return f"«{name}»", f"'{name}'"
    return named(att, i, "title")


@rule("ATT-001")
def bytes_match_record(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if ctx.facts is None:
        return
    for i, item in enumerate(ctx.attachments):
        att = as_dict(item)
        ident = as_str(att.get("id"))
        if ident is None:
            continue
        it, en = _file(att, i)
        facts = ctx.facts.get(ident)
        if facts is None:
            yield issue(
                "ATT-001",
                join_pointer("attachments", i),
                f"Il file dell'allegato {it} non è disponibile: caricarlo di nuovo.",
                f"The file of attachment {en} is not available: upload it again.",
            )
            continue
        sha = as_str(att.get("sha256"))
        size = as_int(att.get("size"))
        if sha is not None and facts.sha256.lower() != sha.lower():
            yield issue(
                "ATT-001",
                join_pointer("attachments", i, "sha256"),
                f"Il file dell'allegato {it} non corrisponde a quello registrato (impronta SHA-256 "
                "diversa): il file è stato modificato o sostituito. Caricarlo di nuovo.",
                f"The file of attachment {en} does not match the recorded one (different SHA-256): "
                "it was changed or replaced. Upload it again.",
            )
        elif size is not None and facts.size != size:
            yield issue(
                "ATT-001",
                join_pointer("attachments", i, "size"),
                f"Il file dell'allegato {it} ha dimensione {facts.size} byte invece di {size}: "
                "caricarlo di nuovo.",
                f"The file of attachment {en} is {facts.size} bytes instead of {size}: upload it again.",
            )


@rule("ATT-002")
def media_type_accepted(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if ctx.facts is None:
        return
    accepted = ctx.profile.accepted_media_types
    names = ", ".join(ctx.profile.media_type_names)
    for i, item in enumerate(ctx.attachments):
        att = as_dict(item)
        declared = as_str(att.get("media_type"))
        if declared is None:
            continue
        it, en = _file(att, i)
        path = join_pointer("attachments", i, "media_type")
        if declared not in accepted:
            yield issue(
                "ATT-002",
                path,
                f"Il tipo di file dell'allegato {it} ({declared}) non è ammesso: convertirlo in uno "
                f"dei formati accettati ({names}).",
                f"The file type of attachment {en} ({declared}) is not accepted: convert it to one "
                "of "
                f"the accepted formats ({names}).",
            )
            continue
        ident = as_str(att.get("id"))
        facts = ctx.facts.get(ident) if ident is not None else None
        if facts is not None and facts.sniffed_media_type != declared:
            found = facts.sniffed_media_type or "sconosciuto"
            yield issue(
                "ATT-002",
                path,
                f"Il contenuto del file dell'allegato {it} non corrisponde al tipo dichiarato "
                f"({declared}; riconosciuto: {found}): caricare il file corretto.",
                f"The content of attachment {en} does not match its declared type ({declared}; "
                f"recognised: {facts.sniffed_media_type or 'unknown'}): upload the right file.",
            )


@rule("ATT-003")
def required_kinds_present(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for kind in ctx.profile.required_attachment_kinds:
        if kind in ctx.attachment_kinds:
            continue
        choice = ctx.profile.attachment_kinds.get(kind)
        label_it = choice.label_it if choice else kind
        label_en = choice.label_en if choice else kind
        yield issue(
            "ATT-003",
            "/attachments",
            f"Manca l'allegato «{label_it}»: aggiungerlo prima dell'invio.",
            f"The attachment '{label_en}' is missing: add it before submitting.",
        )
