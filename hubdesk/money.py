"""Money at the edge: integer euro cents inside, Italian text ("1.234.567,89 €") outside.

Parsing accepts what Italian users type ("1.234,50", "1234,50", "1.234.567") and the dot-decimal
form ("1234.50"), and refuses anything that could be read two ways, because a misread amount in a
grant application is worse than a rejected one.
"""

from __future__ import annotations

import re

_THOUSANDS = r"\d{1,3}(?:\.\d{3})+"
_DOT_AND_COMMA = re.compile(rf"^({_THOUSANDS}),(\d{{1,2}})$")
_COMMA_ONLY = re.compile(r"^(\d+),(\d{1,2})$")
_DOTS_ONLY = re.compile(rf"^({_THOUSANDS})$")
_DOT_DECIMAL = re.compile(r"^(\d+)\.(\d{1,2})$")
_DIGITS = re.compile(r"^\d+$")


def format_eur(cents: int, *, symbol: bool = True) -> str:
    """``123450`` -> ``"1.234,50 €"`` (thousands with dots, two decimals after a comma)."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError("gli importi sono interi in centesimi")
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    text = f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d}"
    return f"{text} €" if symbol else text


def _to_cents(euros: str, decimals: str = "") -> int:
    return int(euros.replace(".", "")) * 100 + int((decimals + "00")[:2])


def parse_eur(text: str) -> int:
    """Parse an amount typed by a user into integer cents; raise ValueError (Italian) when ambiguous."""
    raw = text
    s = text.strip().replace("\u00a0", " ").replace("€", "").replace("EUR", "").strip().replace(" ", "")
    negative = s.startswith("-")
    if negative:
        s = s[1:]
    if not s:
        raise ValueError(f"Importo vuoto: {raw!r}")
    if m := _DOT_AND_COMMA.match(s) or _COMMA_ONLY.match(s):
        cents = _to_cents(m.group(1), m.group(2))
    elif m := _DOTS_ONLY.match(s):
        # "1.234" and "1.234.567": Italian thousands separators, whole euros.
        cents = _to_cents(m.group(1))
    elif m := _DOT_DECIMAL.match(s):
        cents = _to_cents(m.group(1), m.group(2))
    elif _DIGITS.match(s):
        cents = _to_cents(s)
    else:
        raise ValueError(
            f"Importo non riconosciuto: {raw!r}. Scrivere ad esempio 1.234,50 oppure 1234,50 "
            "(punto per le migliaia, virgola per i decimali, al massimo due decimali)"
        )
    return -cents if negative else cents
