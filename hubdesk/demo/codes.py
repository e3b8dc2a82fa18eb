"""Checksum-valid Italian identifiers for the demo dossier.

The demo must pass the ``ID-*`` rules, so its codes are computed rather than typed: a typo in a
hand-written check digit would make the bundled sample fail its own validator.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from stdnum import luhn
from stdnum.it import codicefiscale

_MONTH_LETTERS = "ABCDEHLMPRST"
_VOWELS = frozenset("AEIOU")


def entity_code(company_number: str, office_code: str) -> str:
    """An 11-digit entity fiscal code / VAT number: 7-digit number, office 001-100, Luhn digit."""
    if len(company_number) != 7 or not company_number.isdigit() or set(company_number) == {"0"}:
        raise ValueError(f"company number must be 7 digits, not all zeros: {company_number!r}")
    if len(office_code) != 3 or not office_code.isdigit() or not 1 <= int(office_code) <= 100:
        raise ValueError(f"office code must be 001-100: {office_code!r}")
    body = company_number + office_code
    return body + luhn.calc_check_digit(body)


def _letters(text: str) -> str:
    """Upper-case A-Z only (accents stripped, spaces and apostrophes dropped), as the code uses."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.upper() if "A" <= ch <= "Z")


def _split(text: str) -> tuple[str, str]:
    letters = _letters(text)
    consonants = "".join(ch for ch in letters if ch not in _VOWELS)
    vowels = "".join(ch for ch in letters if ch in _VOWELS)
    return consonants, vowels


def _surname_part(surname: str) -> str:
    consonants, vowels = _split(surname)
    return (consonants + vowels + "X" * 3)[:3]


def _name_part(name: str) -> str:
    consonants, vowels = _split(name)
    if len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return (consonants + vowels + "X" * 3)[:3]


def personal_fiscal_code(surname: str, name: str, birth: date, *, female: bool, birthplace: str) -> str:
    """The 16-character codice fiscale of a person (no omocodia), check character included."""
    day = birth.day + (40 if female else 0)
    body = (
        _surname_part(surname)
        + _name_part(name)
        + f"{birth.year % 100:02d}"
        + _MONTH_LETTERS[birth.month - 1]
        + f"{day:02d}"
        + birthplace.upper()
    )
    return with_check_character(body)


def with_check_character(body: str) -> str:
    """A 15-character codice fiscale body completed with its check character."""
    return body + codicefiscale.calc_check_digit(body)
