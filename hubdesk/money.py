"""Money at the edge: integer euro cents inside, text as the reader writes it outside.

Italian ``1.234.567,89 €`` (the documents, the PDFs, the Italian UI); English ``€1,234,567.89``
(the English UI). Parsing accepts what Italian users type ("1.234,50", "1234,50", "1.234.567") and
the dot-decimal form ("1234.50"); in English "1,234.50", "1234.50" and "1,234". Anything that could
be read two ways is refused, because a misread amount in a grant application is worse than a
rejected one.
"""

from __future__ import annotations

import re

_THOUSANDS = r"\d{1,3}(?:\.\d{3})+"
_DOT_AND_COMMA = re.compile(rf"^({_THOUSANDS}),(\d{{1,2}})$")
_COMMA_ONLY = re.compile(r"^(\d+),(\d{1,2})$")
_DOTS_ONLY = re.compile(rf"^({_THOUSANDS})$")
_DOT_DECIMAL = re.compile(r"^(\d+)\.(\d{1,2})$")
_DIGITS = re.compile(r"^\d+$")
_EN_THOUSANDS = r"\d{1,3}(?:,\d{3})+"
_EN_FULL = re.compile(rf"^({_EN_THOUSANDS})\.(\d{{1,2}})$")
_EN_COMMAS_ONLY = re.compile(rf"^({_EN_THOUSANDS})$")


def format_eur(cents: int, *, symbol: bool = True, lang: str = "it") -> str:
    """``123450`` -> ``"1.234,50 €"``; in English (``lang="en"``) ``"€1,234.50"``."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError("gli importi sono interi in centesimi")
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if lang == "en":
        text = f"{euros:,}.{rest:02d}"
        return f"{sign}€{text}" if symbol else f"{sign}{text}"
    text = f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d}"
    return f"{text} €" if symbol else text


def _to_cents(euros: str, decimals: str = "") -> int:
    return int(euros.replace(".", "")) * 100 + int((decimals + "00")[:2])


def parse_eur(text: str, lang: str = "it") -> int:
    """Parse an amount typed by a user into integer cents; raise ValueError (Italian) when ambiguous."""
    raw = text
    s = text.strip().replace("\u00a0", " ").replace("€", "").replace("EUR", "").strip().replace(" ", "")
    negative = s.startswith("-")
    if negative:
        s = s[1:]
    if not s:
        raise ValueError(f"Importo vuoto: {raw!r}")
    cents = _parse_en(s) if lang == "en" else _parse_it(s)
    if cents is None:
        raise ValueError(
            f"Importo non riconosciuto: {raw!r}. Scrivere ad esempio 1.234,50 oppure 1234,50 "
            "(punto per le migliaia, virgola per i decimali, al massimo due decimali)"
        )
    return -cents if negative else cents


def _parse_it(s: str) -> int | None:
    if m := _DOT_AND_COMMA.match(s) or _COMMA_ONLY.match(s):
        return _to_cents(m.group(1), m.group(2))
    if m := _DOTS_ONLY.match(s):
        # "1.234" and "1.234.567": Italian thousands separators, whole euros.
        return _to_cents(m.group(1))
    if m := _DOT_DECIMAL.match(s):
        return _to_cents(m.group(1), m.group(2))
    if _DIGITS.match(s):
        return _to_cents(s)
    return None


def _parse_en(s: str) -> int | None:
    """English: commas for thousands, a dot for decimals; the full Italian form is unambiguous too."""
    if m := _EN_FULL.match(s):
        return _to_cents(m.group(1).replace(",", ""), m.group(2))
    if m := _EN_COMMAS_ONLY.match(s):
        return _to_cents(m.group(1).replace(",", ""))
    if m := _DOT_DECIMAL.match(s):
        return _to_cents(m.group(1), m.group(2))
    if m := _DOT_AND_COMMA.match(s):
        return _to_cents(m.group(1), m.group(2))
    if _DIGITS.match(s):
        return _to_cents(s)
    return None
