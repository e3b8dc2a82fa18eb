"""Numbers a dossier can hold: what can be stored, computed with and written back as JSON.

Integers are kept within ±(2^53 - 1) (the range every JSON reader keeps exact, RFC 7493 I-JSON,
well inside SQLite's 64-bit integers even when summed), floats must be finite. Anything else is
refused at the door, when a file is read or an edit arrives, with the pointer to the value.
"""

from __future__ import annotations

import math
from typing import Any

from hubdesk.document.pointer import escape_token
from hubdesk.errors import HubDeskError

MAX_SAFE_INTEGER = 2**53 - 1
MAX_NUMBER_CHARS = 40  # longer number literals cannot be a sensible value (and int() may refuse them)
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


class NumberError(HubDeskError, ValueError):
    """A number that cannot be stored or written back (too large, not finite)."""


def _refusal(pointer: str, text: str) -> NumberError:
    shown = text if len(text) <= 24 else f"{text[:12]}…({len(text)} cifre/digits)"
    return NumberError(
        f"Numero non ammesso in {pointer or '/'}: {shown} (fuori dall'intervallo memorizzabile)",
        f"Number not allowed at {pointer or '/'}: {shown} (outside the range that can be stored)",
        pointer,
    )


def number_problem(value: Any) -> str | None:
    """Why ``value`` (one JSON scalar) cannot be kept, as the text shown; None when it is fine."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            return None
        return str(value) if value.bit_length() < 200 else f"{'-' if value < 0 else ''}2^{value.bit_length()}"
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, AbsurdNumber):
        return value.text
    return None


class AbsurdNumber:
    """What the JSON parser keeps in place of a literal it cannot represent (reported with its pointer)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def parse_int(text: str) -> Any:
    if len(text.lstrip("-")) > MAX_NUMBER_CHARS:
        return AbsurdNumber(text)
    value = int(text)
    return value if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER else AbsurdNumber(text)


def parse_float(text: str) -> Any:
    if len(text) > 4 * MAX_NUMBER_CHARS:
        return AbsurdNumber(text)
    value = float(text)
    return value if math.isfinite(value) else AbsurdNumber(text)


def check_numbers(value: Any, pointer: str = "") -> None:
    """Raise :class:`NumberError` (with its pointer) for the first number in ``value`` that cannot be kept."""
    stack: list[tuple[str, Any]] = [(pointer, value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((f"{where}/{escape_token(k)}", v) for k, v in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((f"{where}/{i}", v) for i, v in reversed(list(enumerate(node))))
        elif not isinstance(node, str) and node is not None:
            problem = number_problem(node)
            if problem is not None:
                raise _refusal(where, problem)


def clamp_int64(value: int) -> int:
    """A computed total as the workspace can store it (only caches use this)."""
    return max(INT64_MIN, min(INT64_MAX, value))
