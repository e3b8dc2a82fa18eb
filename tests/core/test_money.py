"""Italian money formatting and unambiguous parsing (ARCHITECTURE.md practice 14)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.money import format_eur, parse_eur


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0,00 €"), (5, "0,05 €"), (123450, "1.234,50 €"), (123456789, "1.234.567,89 €"), (-150, "-1,50 €")],
)
def test_format_eur(cents: int, text: str) -> None:
    assert format_eur(cents) == text


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,50", 123450),
        ("1234,50", 123450),
        ("1234.50", 123450),
        ("1.234.567", 123456700),
        ("1.234.567,8", 123456780),
        ("12", 1200),
        ("0,5", 50),
        (" 1.234,50 € ", 123450),
        ("1\u00a0234,50", 123450),
        ("-3,00", -300),
    ],
)
def test_parse_eur_accepts(text: str, cents: int) -> None:
    assert parse_eur(text) == cents


@pytest.mark.parametrize(
    "text", ["1,2,3", "1.23.4", "1,234", "1.2345", "12.345,678", "abc", "", "€", "1.234.56"]
)
def test_parse_eur_rejects_ambiguous(text: str) -> None:
    with pytest.raises(ValueError, match="Importo"):
        parse_eur(text)


def test_format_rejects_floats() -> None:
    with pytest.raises(TypeError):
        format_eur(12.5)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_round_trip(cents: int) -> None:
    assert parse_eur(format_eur(cents)) == cents
    assert parse_eur(format_eur(cents, symbol=False)) == cents


def test_rule_messages_format_money_like_the_edge() -> None:
    from hubdesk.validation.rules.common import euro

    for cents in (0, 5, -5, 123450, 217500000, -100000001):
        assert euro(cents) == format_eur(cents)
