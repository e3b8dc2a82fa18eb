"""Italian identifier checks as plain functions (DOMAIN.md §3), shared by the rules, the UI and the demo.

The fiscal-code and VAT algorithms come from python-stdnum (``stdnum.it.codicefiscale`` and
``stdnum.it.iva``): a maintained, widely used implementation of exactly the published algorithms
(check character, omocodia, office-code range, Luhn), so we do not re-derive them. We wrap it because
stdnum *normalises* its input (strips spaces, ``IT`` prefixes, lower case) while a dossier must hold the
code exactly as it will be filed, and because stdnum accepts day numbers above 71 (it takes day mod 40).
Each function returns a bool; the ``*_reason`` variants also say why ("" when valid).
"""

from __future__ import annotations

import re

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.it import codicefiscale, iva

_PERSONAL_RE = re.compile(
    r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
)
_OMOCODIA = str.maketrans("LMNPQRSTUV", "0123456789")
_CUP_RE = re.compile(r"[A-Z][0-9]{2}[A-Z][0-9]{11}")
_ISTAT_RE = re.compile(r"[0-9]{6}")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL_RE = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,63}}")

# Reason codes (stable, for tests and for choosing a message).
OK = ""
LENGTH = "length"
FORMAT = "format"
CHECKSUM = "checksum"
COMPONENT = "component"  # office code out of range, impossible birth date


def _reason(exc: ValidationError) -> str:
    if isinstance(exc, InvalidChecksum):
        return CHECKSUM
    if isinstance(exc, InvalidLength):
        return LENGTH
    if isinstance(exc, InvalidComponent):
        return COMPONENT
    if isinstance(exc, InvalidFormat):
        return FORMAT
    return FORMAT


def personal_fiscal_code_reason(code: object) -> str:
    """Why a 16-character personal fiscal code is invalid ("" when valid)."""
    if not isinstance(code, str) or len(code) != 16:
        return LENGTH
    if not _PERSONAL_RE.fullmatch(code):
        return FORMAT
    day = int(code[9:11].translate(_OMOCODIA))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return COMPONENT
    try:
        codicefiscale.validate(code)
    except ValidationError as exc:
        return _reason(exc)
    return OK


def is_valid_personal_fiscal_code(code: object) -> bool:
    return personal_fiscal_code_reason(code) == OK


def entity_code_reason(code: object) -> str:
    """Why an 11-digit entity fiscal code / VAT number is invalid ("" when valid)."""
    if not isinstance(code, str) or not code.isascii() or not code.isdigit():
        return FORMAT
    if len(code) != 11:
        return LENGTH
    try:
        iva.validate(code)
    except ValidationError as exc:
        return _reason(exc)
    return OK


def is_valid_entity_code(code: object) -> bool:
    return entity_code_reason(code) == OK


def is_valid_cup(code: object) -> bool:
    """CUP layout (letter, 2 digits, letter, 11 digits); it has no published check digit."""
    return isinstance(code, str) and _CUP_RE.fullmatch(code) is not None


def is_valid_istat_code(code: object, prefixes: tuple[str, ...] | None = None) -> bool:
    """Six digits, optionally within the given province prefixes (membership is the caller's check)."""
    if not isinstance(code, str) or _ISTAT_RE.fullmatch(code) is None:
        return False
    return prefixes is None or code[:3] in prefixes


def is_valid_email(address: object) -> bool:
    """Practical RFC 5322 dot-atom syntax (PEC addresses have the same syntax as e-mail)."""
    if not isinstance(address, str) or len(address) > 254:
        return False
    if _EMAIL_RE.fullmatch(address) is None:
        return False
    return len(address.rsplit("@", 1)[0]) <= 64
