"""The one id policy for new list items: ``PREFIX-n``, n one above the highest number in use.

Removed ids are never reused while a higher one exists, so a reference to a removed item never
silently points at a new one. Prefixes per list are in ``ID_PREFIXES``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: the id prefix of each list section of the document
ID_PREFIXES: dict[str, str] = {
    "properties": "IMM",
    "partners": "PAR",
    "activities": "ATT",
    "budget": "VOC",
    "indicators": "IND",
    "attachments": "ALL",
}


def next_ids(items: Iterable[Any], prefix: str, count: int = 1) -> list[str]:
    """The next ``count`` free ids ``PREFIX-n`` after the highest number in use among ``items``."""
    pattern = re.compile(rf"^{re.escape(prefix)}-(\d+)$")
    top = 0
    for item in items:
        m = pattern.match(str(item.get("id", ""))) if isinstance(item, dict) else None
        if m:
            top = max(top, int(m.group(1)))
    return [f"{prefix}-{top + i}" for i in range(1, count + 1)]


def next_id(items: Iterable[Any], prefix: str) -> str:
    """The next free id ``PREFIX-n`` (see ``next_ids``)."""
    return next_ids(items, prefix, 1)[0]


def next_id_in(doc: dict[str, Any], section: str) -> str:
    """The next free id for a new item of the list ``section`` of ``doc``."""
    items = doc.get(section)
    return next_id(items if isinstance(items, list) else [], ID_PREFIXES[section])
