"""Two rounds of a dossier -> the list of changes (FORMATS.md §5 ``hubdesk diff --json``).

Granularity, decided once here and relied on by the text, the PDF and the app view:

* ``applicant`` and ``proposal`` are objects: each differing *leaf* is one ``changed`` entry with
  ``item`` null and ``field`` the pointer inside the section (``/legal_representative/full_name``).
* The id-keyed lists (``properties`` … ``attachments``) are matched by ``id``; moving an item is not
  a change. An id only in A is ``removed`` (path into A), only in B ``added`` (path into B); both
  carry ``field`` ``""`` and the whole item as ``before`` / ``after``. For an item in both, each
  differing leaf is one ``changed`` entry: nested objects (``cadastre``, ``owner``,
  ``availability``, ``contact``) are compared per leaf field (``/cadastre/sheet``).
* Lists of plain values (``target_groups``, ``thematic_areas``, ``deliverables``, an activity's
  ``partners``) — in fact every list below the top level — are compared as one whole value.
* Values are compared as JSON values: ``true`` is not ``1``; ``850`` equals ``850.0``.
* A key present on one side only is a ``changed`` entry with ``null`` on the other side.
* Two items with the same id in one list (a draft may have them) are paired in order of occurrence.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hubdesk.document.pointer import escape_token, join_pointer
from hubdesk.labels import MONEY_FIELDS

OBJECT_SECTIONS: tuple[str, ...] = ("applicant", "proposal")
LIST_SECTIONS: tuple[str, ...] = (
    "properties",
    "partners",
    "activities",
    "budget",
    "indicators",
    "attachments",
)
SECTIONS: tuple[str, ...] = OBJECT_SECTIONS + LIST_SECTIONS


#: fields whose change moves money: amounts and the VAT rule
_MONEY_KEYS = MONEY_FIELDS | {"vat_recoverable"}


@dataclass(frozen=True, slots=True)
class Change:
    op: str  # added | removed | changed
    section: str
    item: str | None
    field: str
    path: str
    before: Any
    after: Any

    @property
    def moves_money(self) -> bool:
        """A budget line added or removed, or its amount, VAT or VAT rule changed ("Solo importi")."""
        if self.section == "budget" and self.op in ("added", "removed"):
            return True
        return self.field.rsplit("/", 1)[-1] in _MONEY_KEYS

    @property
    def is_text(self) -> bool:
        """A text changed ("Solo testi")."""
        return self.op == "changed" and (isinstance(self.before, str) or isinstance(self.after, str))

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "section": self.section,
            "item": self.item,
            "field": self.field,
            "path": self.path,
            "before": self.before,
            "after": self.after,
        }


def same_value(a: Any, b: Any) -> bool:
    """JSON equality: booleans are not numbers, ints and floats compare by value."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _leaf_changes(a: Any, b: Any, field: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any, Any]]:
    """(field tokens, before, after) for each differing leaf of two objects; lists are leaves."""
    if isinstance(a, dict) and isinstance(b, dict):
        keys = list(b.keys()) + [k for k in a if k not in b]
        for key in keys:
            yield from _leaf_changes(a.get(key), b.get(key), (*field, key))
    elif not same_value(a, b):
        yield field, copy.deepcopy(a), copy.deepcopy(b)


def _item_keys(items: list[Any]) -> list[tuple[str, int] | None]:
    """Matching key of each item: (id, occurrence); None for an item without a string id."""
    seen: dict[str, int] = {}
    keys: list[tuple[str, int] | None] = []
    for item in items:
        ident = item.get("id") if isinstance(item, dict) else None
        if not isinstance(ident, str):
            keys.append(None)
            continue
        keys.append((ident, seen.get(ident, 0)))
        seen[ident] = seen.get(ident, 0) + 1
    return keys


def _list_changes(section: str, a_items: list[Any], b_items: list[Any]) -> list[Change]:
    a_keys, b_keys = _item_keys(a_items), _item_keys(b_items)
    a_index = {k: i for i, k in enumerate(a_keys) if k is not None}
    b_index = {k: i for i, k in enumerate(b_keys) if k is not None}
    out: list[Change] = []
    for i, (key, item) in enumerate(zip(a_keys, a_items, strict=True)):
        if key is None or key not in b_index:
            out.append(
                Change(
                    "removed",
                    section,
                    key[0] if key else None,
                    "",
                    join_pointer(section, i),
                    copy.deepcopy(item),
                    None,
                )
            )
    for j, (key, item) in enumerate(zip(b_keys, b_items, strict=True)):
        if key is None or key not in a_index:
            out.append(
                Change(
                    "added",
                    section,
                    key[0] if key else None,
                    "",
                    join_pointer(section, j),
                    None,
                    copy.deepcopy(item),
                )
            )
            continue
        before = a_items[a_index[key]]
        for tokens, old, new in _leaf_changes(before, item, ()):
            out.append(
                Change(
                    "changed",
                    section,
                    key[0],
                    join_pointer(*tokens),
                    join_pointer(section, j, *tokens),
                    old,
                    new,
                )
            )
    return out


def compare_documents(a: dict[str, Any], b: dict[str, Any]) -> list[Change]:
    """Every change from ``a`` to ``b``, section by section in the order of FORMATS.md §1."""
    out: list[Change] = []
    for section in SECTIONS:
        va, vb = a.get(section), b.get(section)
        if section in LIST_SECTIONS and isinstance(va, list) and isinstance(vb, list):
            out.extend(_list_changes(section, va, vb))
            continue
        for tokens, old, new in _leaf_changes(va, vb, ()):
            out.append(
                Change(
                    "changed",
                    section,
                    None,
                    join_pointer(*tokens),
                    "/" + escape_token(section) + join_pointer(*tokens),
                    old,
                    new,
                )
            )
    return out


def _set_in(target: dict[str, Any], tokens: list[str], value: Any) -> None:
    node = target
    for token in tokens[:-1]:
        nxt = node.get(token)
        if not isinstance(nxt, dict):
            nxt = {}
            node[token] = nxt
        node = nxt
    node[tokens[-1]] = copy.deepcopy(value)


def apply_changes(a: dict[str, Any], changes: list[Change], b_order: dict[str, list[str]]) -> dict[str, Any]:
    """``a`` with the ``after`` values of ``changes`` written in (used by the tests and the app).

    ``b_order`` gives, per list section, the ids in B's order: a diff ignores reorders, so the
    order of B must come from B. Items are matched by id (first occurrence).
    """
    from hubdesk.document.pointer import split_pointer

    out = copy.deepcopy(a)
    by_id: dict[str, dict[str, dict[str, Any]]] = {}
    for section in LIST_SECTIONS:
        items = out.get(section)
        if isinstance(items, list):
            by_id[section] = {}
            for it in items:
                if isinstance(it, dict) and isinstance(it.get("id"), str):
                    by_id[section].setdefault(it["id"], it)
    for ch in changes:
        if ch.item is None and ch.section in OBJECT_SECTIONS:
            tokens = split_pointer(ch.field)
            if not tokens:
                out[ch.section] = copy.deepcopy(ch.after)
            else:
                section_obj = out.setdefault(ch.section, {})
                _set_in(section_obj, tokens, ch.after)
        elif ch.op == "removed" and ch.item is not None:
            by_id[ch.section].pop(ch.item, None)
        elif ch.op == "added" and ch.item is not None:
            by_id[ch.section][ch.item] = copy.deepcopy(ch.after)
        elif ch.op == "changed" and ch.item is not None:
            _set_in(by_id[ch.section][ch.item], split_pointer(ch.field), ch.after)
    for section, ids in b_order.items():
        if section in by_id:
            out[section] = [by_id[section][i] for i in ids]
    return out
