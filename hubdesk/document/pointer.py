"""JSON Pointer (RFC 6901) helpers: the address every issue carries and the UI maps to a widget."""

from __future__ import annotations

from typing import Any

_MISSING = object()


def escape_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(*tokens: str | int) -> str:
    """``join_pointer("budget", 3, "amount_cents")`` -> ``"/budget/3/amount_cents"``."""
    return "".join("/" + escape_token(t) for t in tokens)


def split_pointer(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_token(t) for t in pointer[1:].split("/")]


def resolve_pointer(doc: Any, pointer: str, default: Any = _MISSING) -> Any:
    """Return the value at ``pointer``; ``default`` (or KeyError) when it does not exist."""
    node = doc
    for token in split_pointer(pointer):
        try:
            if isinstance(node, list):
                node = node[int(token)]
            elif isinstance(node, dict):
                node = node[token]
            else:
                raise KeyError(token)
        except (KeyError, IndexError, ValueError):
            if default is _MISSING:
                raise KeyError(pointer) from None
            return default
    return node
