"""Small helpers the rule modules share: how an item is named in a message."""

from __future__ import annotations

from typing import Any

from hubdesk.money import format_eur

_NOUNS = {
    "partners": ("del partner", "partner"),
    "properties": ("dell'immobile", "property"),
    "activities": ("dell'attività", "activity"),
    "budget": ("della voce di spesa", "budget line"),
    "attachments": ("dell'allegato", "attachment"),
}


def named(item: Any, index: int, key: str = "name") -> tuple[str, str]:
    """``«Coop. Il Faro»`` when the item has a name, else ``n. 3`` (1-based) — Italian and English."""
    name = item.get(key) if isinstance(item, dict) else None
    if isinstance(name, str) and name.strip():
        text = name.strip()
        if len(text) > 80:
            text = text[:77] + "..."
        return f"«{text}»", f"'{text}'"
    ident = item.get("id") if isinstance(item, dict) else None
    if isinstance(ident, str) and ident.strip():
        return ident, ident
    return f"n. {index + 1}", f"no. {index + 1}"


def of_item(section: str, item: Any, index: int) -> tuple[str, str]:
    """``del partner «Il Faro»`` / ``partner 'Il Faro'``."""
    key = "title" if section in ("activities", "attachments") else "name"
    it_noun, en_noun = _NOUNS[section]
    if section == "budget":
        ident = item.get("id") if isinstance(item, dict) else None
        label = ident if isinstance(ident, str) and ident.strip() else f"n. {index + 1}"
        return f"{it_noun} {label}", f"{en_noun} {label}"
    it_name, en_name = named(item, index, key)
    return f"{it_noun} {it_name}", f"{en_noun} {en_name}"


def line_label(line: Any, index: int) -> str:
    """A budget line's id, or its 1-based position when it has none."""
    ident = line.get("id") if isinstance(line, dict) else None
    return ident if isinstance(ident, str) and ident.strip() else f"n. {index + 1}"


def euro(cents: int, lang: str = "it") -> str:
    """Money in messages: ``1.234.567,89 €``, English ``€1,234,567.89`` (one truth: ``hubdesk.money``)."""
    return format_eur(cents, lang=lang)
