"""RFC 6902 JSON Patch (add, remove, replace, move, copy, test) on a dossier document.

The editor's own operations (:mod:`hubdesk.document.patch`) are a list-oriented subset with exact
inverses; this module is the standard, for scripts (``hubdesk dossier patch``). A patch applies
whole or not at all: on any failing operation (including a failed ``test``) the input document is
untouched and :class:`JsonPatchError` says which operation failed and why.
"""

from __future__ import annotations

import copy
from typing import Any

from hubdesk.document.pointer import split_pointer

Op = dict[str, Any]
_NEEDS_VALUE = {"add", "replace", "test"}
_NEEDS_FROM = {"move", "copy"}
_KNOWN = _NEEDS_VALUE | _NEEDS_FROM | {"remove"}


class JsonPatchError(ValueError):
    """A malformed patch, an operation that cannot apply, or a failed ``test``."""

    def __init__(self, index: int, message_it: str, message_en: str, *, failed_test: bool = False) -> None:
        super().__init__(f"operation {index}: {message_en}")
        self.index = index
        self.message_it = f"operazione {index}: {message_it}"
        self.message_en = f"operation {index}: {message_en}"
        self.failed_test = failed_test


def json_equal(a: Any, b: Any) -> bool:
    """Equality as RFC 6902 ``test`` defines it (true is not 1, 1 equals 1.0, key order ignored)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _tokens(i: int, op: Op, member: str) -> list[str]:
    raw = op.get(member)
    if not isinstance(raw, str):
        raise JsonPatchError(
            i,
            f"manca '{member}' (una stringa JSON Pointer)",
            f"'{member}' (a JSON Pointer string) is missing",
        )
    try:
        return split_pointer(raw)
    except ValueError as exc:
        raise JsonPatchError(
            i, f"JSON Pointer non valido: {raw!r}", f"invalid JSON Pointer: {raw!r}"
        ) from exc


def _array_index(i: int, token: str, size: int, *, insert: bool) -> int:
    if insert and token == "-":
        return size
    if not token.isdigit() or (len(token) > 1 and token[0] == "0"):
        raise JsonPatchError(i, f"indice di lista non valido: {token!r}", f"invalid array index: {token!r}")
    idx = int(token)
    if idx > size or (idx == size and not insert):
        raise JsonPatchError(
            i, f"indice di lista fuori intervallo: {idx}", f"array index out of range: {idx}"
        )
    return idx


def _walk(i: int, doc: Any, tokens: list[str]) -> Any:
    node = doc
    for token in tokens:
        if isinstance(node, dict):
            if token not in node:
                raise JsonPatchError(
                    i, f"percorso inesistente: /{'/'.join(tokens)}", f"no such path: /{'/'.join(tokens)}"
                )
            node = node[token]
        elif isinstance(node, list):
            node = node[_array_index(i, token, len(node), insert=False)]
        else:
            raise JsonPatchError(
                i, f"percorso inesistente: /{'/'.join(tokens)}", f"no such path: /{'/'.join(tokens)}"
            )
    return node


def _add(i: int, doc: Any, tokens: list[str], value: Any) -> Any:
    if not tokens:
        return value
    parent = _walk(i, doc, tokens[:-1])
    last = tokens[-1]
    if isinstance(parent, dict):
        parent[last] = value
    elif isinstance(parent, list):
        parent.insert(_array_index(i, last, len(parent), insert=True), value)
    else:
        raise JsonPatchError(
            i, "il contenitore non è un oggetto né una lista", "the target's parent is not an object or array"
        )
    return doc


def _remove(i: int, doc: Any, tokens: list[str]) -> tuple[Any, Any]:
    if not tokens:
        raise JsonPatchError(
            i, "non si può rimuovere l'intero documento", "the whole document cannot be removed"
        )
    parent = _walk(i, doc, tokens[:-1])
    last = tokens[-1]
    if isinstance(parent, dict):
        if last not in parent:
            raise JsonPatchError(i, f"campo inesistente: {last!r}", f"no such member: {last!r}")
        return doc, parent.pop(last)
    if isinstance(parent, list):
        return doc, parent.pop(_array_index(i, last, len(parent), insert=False))
    raise JsonPatchError(i, "percorso inesistente", "no such path")


def _apply(i: int, doc: Any, op: Any) -> Any:
    if not isinstance(op, dict):
        raise JsonPatchError(
            i, "ogni operazione deve essere un oggetto JSON", "each operation must be a JSON object"
        )
    kind = op.get("op")
    if kind not in _KNOWN:
        raise JsonPatchError(i, f"operazione sconosciuta: {kind!r}", f"unknown operation: {kind!r}")
    path = _tokens(i, op, "path")
    if kind in _NEEDS_VALUE and "value" not in op:
        raise JsonPatchError(i, f"'{kind}' richiede 'value'", f"'{kind}' needs 'value'")
    if kind == "add":
        return _add(i, doc, path, copy.deepcopy(op["value"]))
    if kind == "remove":
        return _remove(i, doc, path)[0]
    if kind == "replace":
        _walk(i, doc, path)  # the target must exist
        if not path:
            return copy.deepcopy(op["value"])
        doc, _old = _remove(i, doc, path)
        return _add(i, doc, path, copy.deepcopy(op["value"]))
    if kind == "test":
        if not json_equal(_walk(i, doc, path), op["value"]):
            raise JsonPatchError(
                i,
                f"test non superato: il valore in {op['path']!r} è diverso",
                f"test failed: the value at {op['path']!r} differs",
                failed_test=True,
            )
        return doc
    source = _tokens(i, op, "from")
    if kind == "copy":
        return _add(i, doc, path, copy.deepcopy(_walk(i, doc, source)))
    # move
    if path[: len(source)] == source and len(path) > len(source):
        raise JsonPatchError(
            i, "non si può spostare un valore dentro sé stesso", "a value cannot be moved into itself"
        )
    if path == source:
        _walk(i, doc, source)
        return doc
    doc, value = _remove(i, doc, source)
    return _add(i, doc, path, value)


def apply_json_patch(doc: Any, patch: Any) -> Any:
    """The patched copy of ``doc``; ``doc`` itself is never changed."""
    if not isinstance(patch, list):
        raise JsonPatchError(
            0, "una JSON Patch è una lista di operazioni", "a JSON Patch is an array of operations"
        )
    out = copy.deepcopy(doc)
    for i, op in enumerate(patch):
        out = _apply(i, out, op)
    return out


def touched_pointers(patch: list[Op]) -> list[str]:
    """The pointers a (well-formed) patch writes to or reads from."""
    out: list[str] = []
    for op in patch:
        if op.get("op") == "test":
            continue
        out.append(op["path"])
        if op.get("op") == "move":
            out.append(op["from"])
    return out
