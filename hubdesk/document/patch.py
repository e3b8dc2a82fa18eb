"""Edit operations on a dossier document, each with its exact inverse (the basis of undo/redo).

An operation is a small JSON-Patch-like dict:
    {"op": "replace", "path": "/applicant/name", "value": "Comune di Molfetta"}
    {"op": "add", "path": "/partners/2", "value": {...}}     # insert at index ("-" appends)
    {"op": "remove", "path": "/budget/7"}
    {"op": "move", "from": "/properties/0", "path": "/properties/2"}   # reorder within one list
Applying a list of operations returns the new document and the operations that undo them.
"""

from __future__ import annotations

import copy
from typing import Any

from hubdesk.document.numbers import NumberError, check_numbers
from hubdesk.document.pointer import join_pointer, split_pointer

Op = dict[str, Any]


class PatchError(ValueError):
    """An operation that cannot apply to this document (wrong path, wrong container)."""

    def __init__(self, message_it: str, message_en: str | None = None) -> None:
        super().__init__(message_it)
        self.message_en = message_en or message_it


_KINDS = {"replace", "add", "remove", "move"}


def check_ops(ops: Any) -> None:
    """Refuse a malformed operation list (PatchError) before anything reads it.

    Every operation must be an object with a known ``op``, a JSON Pointer ``path`` (and ``from``
    for a move), a ``value`` for add and replace, and only numbers that can be stored.
    """
    if not isinstance(ops, list):
        raise PatchError("le operazioni devono essere una lista", "the operations must be a list")
    for n, op in enumerate(ops):
        if not isinstance(op, dict):
            raise PatchError(
                f"operazione {n} malformata: deve essere un oggetto",
                f"operation {n} is malformed: not an object",
            )
        kind = op.get("op")
        if kind not in _KINDS:
            raise PatchError(
                f"operazione {n}: tipo sconosciuto {kind!r}", f"operation {n}: unknown op {kind!r}"
            )
        for key in ("path", "from") if kind == "move" else ("path",):
            pointer = op.get(key)
            if not isinstance(pointer, str):
                raise PatchError(
                    f"operazione {n}: manca {key!r} (un JSON Pointer)",
                    f"operation {n}: {key!r} (a JSON Pointer) is missing",
                )
            try:
                split_pointer(pointer)
            except ValueError as exc:
                raise PatchError(
                    f"operazione {n}: {key!r} non è un JSON Pointer: {pointer!r}",
                    f"operation {n}: {key!r} is not a JSON Pointer: {pointer!r}",
                ) from exc
        if kind in ("add", "replace"):
            if "value" not in op:
                raise PatchError(f"operazione {n}: manca 'value'", f"operation {n}: 'value' is missing")
            try:
                check_numbers(op["value"], op["path"])
            except NumberError as exc:
                raise PatchError(exc.message_it, exc.message_en) from exc


def _parent(doc: Any, tokens: list[str]) -> tuple[Any, str]:
    """Walk to the parent container, shallow-copying every container on the way (copy on write).

    Only the containers along the edited path are copied, so an edit on a dossier with thousands
    of budget lines costs the size of one list, not of the whole document.
    """
    if not tokens:
        raise PatchError("l'operazione non può sostituire l'intero documento")
    node = doc
    for token in tokens[:-1]:
        try:
            key: Any = int(token) if isinstance(node, list) else token
            child = node[key]
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            raise PatchError(f"percorso inesistente: {join_pointer(*tokens)}") from exc
        if isinstance(child, list | dict):
            child = child.copy()
            node[key] = child
        node = child
    return node, tokens[-1]


def _index(container: list[Any], token: str, *, for_insert: bool) -> int:
    if for_insert and token == "-":
        return len(container)
    try:
        idx = int(token)
    except ValueError as exc:
        raise PatchError(f"indice di lista non valido: {token!r}") from exc
    limit = len(container) if for_insert else len(container) - 1
    if idx < 0 or idx > limit:
        raise PatchError(f"indice di lista fuori intervallo: {idx}")
    return idx


def _apply_one(doc: Any, op: Op) -> Op:
    """Apply ``op`` in place; return its inverse."""
    kind = op.get("op")
    tokens = split_pointer(op["path"])
    parent, last = _parent(doc, tokens)
    value = copy.deepcopy(op.get("value"))
    if kind == "replace":
        if isinstance(parent, list):
            idx = _index(parent, last, for_insert=False)
            old = parent[idx]
            parent[idx] = value
        elif isinstance(parent, dict):
            if last not in parent:
                raise PatchError(f"campo inesistente: {op['path']}")
            old = parent[last]
            parent[last] = value
        else:
            raise PatchError(f"percorso inesistente: {op['path']}")
        return {"op": "replace", "path": op["path"], "value": old}
    if kind == "add":
        if not isinstance(parent, list):
            raise PatchError(f"'add' vale solo per le liste: {op['path']}")
        idx = _index(parent, last, for_insert=True)
        parent.insert(idx, value)
        return {"op": "remove", "path": join_pointer(*tokens[:-1], idx)}
    if kind == "remove":
        if not isinstance(parent, list):
            raise PatchError(f"'remove' vale solo per le liste: {op['path']}")
        idx = _index(parent, last, for_insert=False)
        old = parent.pop(idx)
        return {"op": "add", "path": join_pointer(*tokens[:-1], idx), "value": old}
    if kind == "move":
        src = split_pointer(op["from"])
        if src[:-1] != tokens[:-1] or not isinstance(parent, list):
            raise PatchError("'move' vale solo all'interno della stessa lista")
        i = _index(parent, src[-1], for_insert=False)
        j = _index(parent, last, for_insert=False)
        parent.insert(j, parent.pop(i))
        return {"op": "move", "from": op["path"], "path": op["from"]}
    raise PatchError(f"operazione sconosciuta: {kind!r}")


def apply_ops(doc: dict[str, Any], ops: list[Op]) -> tuple[dict[str, Any], list[Op]]:
    """Return ``(new_doc, inverse_ops)``; ``doc`` is left untouched, also when an op fails.

    The new document shares unchanged subtrees with ``doc``: treat both as immutable.
    """
    check_ops(ops)
    new = doc.copy()
    inverse: list[Op] = []
    for op in ops:
        inverse.append(_apply_one(new, op))
    inverse.reverse()
    return new, inverse


def touched_paths(ops: list[Op]) -> list[str]:
    """The pointers an op list writes to (used to check only what changed)."""
    check_ops(ops)
    out: list[str] = []
    for op in ops:
        out.append(op["path"])
        if "from" in op:
            out.append(op["from"])
    return out
