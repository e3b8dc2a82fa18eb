"""Identifier validators against the published test vectors (DOMAIN.md §3)."""

from __future__ import annotations

import pytest
from stdnum.it import codicefiscale

from hubdesk.validation import identifiers as ids


@pytest.mark.parametrize("code", ["RCCMNL83S18D969H", "CNTCHR83T41D969D", "RCCMNL83S18D96VW"])
def test_valid_personal_codes(code: str) -> None:
    assert ids.is_valid_personal_fiscal_code(code)
    assert ids.personal_fiscal_code_reason(code) == ids.OK


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("RCCMNL83S18D969A", ids.CHECKSUM),
        ("RCCMNL83S18D969", ids.LENGTH),
        ("rccmnl83s18d969h", ids.FORMAT),
        (" RCCMNL83S18D969H", ids.LENGTH),
        ("RCCMNL83X18D969H", ids.FORMAT),  # X is not a month letter
        ("RCCMNL83S81D969V", ids.COMPONENT),  # day 81: stdnum alone would accept it (81 mod 40 = 1)
        ("RCCMNL83S35D969" + codicefiscale.calc_check_digit("RCCMNL83S35D969"), ids.COMPONENT),
        ("RCCMNL83B30D969" + codicefiscale.calc_check_digit("RCCMNL83B30D969"), ids.COMPONENT),  # 30 February
        ("RCCMNL8AS18D969H", ids.FORMAT),  # A is not an omocodia letter
    ],
)
def test_invalid_personal_codes(code: str, reason: str) -> None:
    assert not ids.is_valid_personal_fiscal_code(code)
    assert ids.personal_fiscal_code_reason(code) == reason


def test_check_character_vector() -> None:
    assert codicefiscale.calc_check_digit("RCCMNL83S18D969") == "H"


@pytest.mark.parametrize("code", ["00743110157", "80015010723", "00306180720"])
def test_valid_entity_codes(code: str) -> None:
    assert ids.is_valid_entity_code(code)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("00743110158", ids.CHECKSUM),
        ("0074311015", ids.LENGTH),
        ("IT00743110157", ids.FORMAT),  # the document holds the bare number
        ("00000001010", ids.FORMAT),  # company number all zeros
        ("12345671010", ids.COMPONENT),  # office code 101 is out of range
        ("", ids.FORMAT),
        ("٠٠٧٤٣١١٠١٥٧", ids.FORMAT),  # non-ASCII digits
    ],
)
def test_invalid_entity_codes(code: str, reason: str) -> None:
    assert not ids.is_valid_entity_code(code)
    assert ids.entity_code_reason(code) == reason


@pytest.mark.parametrize(
    ("cup", "ok"),
    [
        ("B51B21000120006", True),
        ("G17H03000130001", True),
        ("b51b21000120006", False),
        ("B51B2100012000", False),
        ("B51B210001200066", False),
        ("151B21000120006", False),
        (None, False),
    ],
)
def test_cup(cup: object, ok: bool) -> None:
    assert ids.is_valid_cup(cup) is ok


@pytest.mark.parametrize(
    ("code", "ok"), [("072006", True), ("72006", False), ("07200A", False), (72006, False)]
)
def test_istat_format(code: object, ok: bool) -> None:
    assert ids.is_valid_istat_code(code) is ok


def test_istat_prefixes() -> None:
    assert ids.is_valid_istat_code("110001", ("071", "110"))
    assert not ids.is_valid_istat_code("063049", ("071", "110"))


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("protocollo@pec.comune.bari.it", True),
        ("nome.cognome+tag@example.co.uk", True),
        ("a@b", False),
        ("a@@b.it", False),
        ("a b@c.it", False),
        ("@c.it", False),
        ("a.@c.it", False),
        ("a@-c.it", False),
        ("", False),
        ("x" * 65 + "@c.it", False),
        (None, False),
        ("a@c.it\n", False),
    ],
)
def test_email(address: object, ok: bool) -> None:
    assert ids.is_valid_email(address) is ok
