"""Search text folding and LIKE patterns; amounts parsed exactly and stored in cents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.money import amount_text, format_amount, from_minor, parse_amount, parse_money, to_minor
from app.text import digits, fold, like_pattern, search_tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zoë Łukasiewicz", "zoe lukasiewicz"),
        ("MÜLLER", "muller"),
        ("Åberg-Ødegård", "aberg-odegard"),
        ("Straße", "strasse"),
        ("Œuvre Æsir", "oeuvre aesir"),
        ("Đorđević", "dordevic"),
        ("  two   spaces\tand a tab ", "two spaces and a tab"),
        ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("query", "tokens"),
    [
        ("Zoë  MÜLLER", ["zoe", "muller"]),
        ("555-26", ["55526"]),
        ("(415) 555", ["415", "555"]),
        ("415.555.2671", ["4155552671"]),
        ("c0042", ["0042"]),  # mostly digits: the digits are what phones and codes share
        ("12", ["12"]),
        ("route66", ["route66"]),
        ("john1985@example.com", ["john1985@example.com"]),
        ("50%", ["50%"]),
        ("", []),
    ],
)
def test_search_tokens(query: str, tokens: list[str]) -> None:
    assert search_tokens(query) == tokens


@pytest.mark.parametrize(
    ("token", "pattern"),
    [
        ("ann", "%ann%"),
        ("50%", "%50\\%%"),
        ("li_wei", "%li\\_wei%"),
        ("a\\b", "%a\\\\b%"),
    ],
)
def test_like_pattern_escapes_wildcards(token: str, pattern: str) -> None:
    assert like_pattern(token) == pattern


def test_digits() -> None:
    assert digits("+1 (415) 555-2671 ext. 9") == "141555526719"
    assert digits("none") == ""


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("85", Decimal("85.00")),
        ("85.5", Decimal("85.50")),
        (" 85.00 ", Decimal("85.00")),
        ("1,200.50", Decimal("1200.50")),
        ("$85", Decimal("85.00")),
        ("€ 1 200", Decimal("1200.00")),
        ("£0.10", Decimal("0.10")),
        ("0.1", Decimal("0.10")),
        ("-20", Decimal("-20.00")),
        ("999999.99", Decimal("999999.99")),
    ],
)
def test_parse_amount(typed: str, amount: Decimal) -> None:
    parsed = parse_amount(typed)
    assert parsed == amount
    assert isinstance(parsed, Decimal)
    assert parsed.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "typed", ["", "abc", "1.005", "12.345", "NaN", "Infinity", "-inf", "1e30", "8 5 x", "$"]
)
def test_parse_amount_refuses(typed: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_amount(typed)
    assert str(refused.value)


def test_amounts_are_exact() -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in floating point; never here.
    total = parse_amount("0.1") + parse_amount("0.2")
    assert total == Decimal("0.30")
    assert to_minor(total) == 30


@pytest.mark.parametrize(
    ("amount", "minor"),
    [
        (Decimal("85.00"), 8500),
        (Decimal("1200.50"), 120050),
        (Decimal("0.01"), 1),
        (Decimal("0"), 0),
        (Decimal("-20.25"), -2025),
        (Decimal("0.005"), 1),  # half a cent rounds up
        (Decimal("19.994"), 1999),
    ],
)
def test_to_minor(amount: Decimal, minor: int) -> None:
    assert to_minor(amount) == minor


@pytest.mark.parametrize("minor", [0, 1, 99, 8500, 120050, -2025, 123456789])
def test_minor_units_round_trip(minor: int) -> None:
    amount = from_minor(minor)
    assert isinstance(amount, Decimal)
    assert to_minor(amount) == minor
    assert parse_amount(str(amount)) == amount


def test_from_minor_has_two_places() -> None:
    assert str(from_minor(8550)) == "85.50"
    assert str(from_minor(5)) == "0.05"


def test_format_amount() -> None:
    assert format_amount(Decimal("1200.5")) == "1,200.50"
    assert format_amount(from_minor(8500)) == "85.00"


@pytest.mark.parametrize(
    ("typed", "locale", "digits", "amount"),
    [
        ("85,50", "de_DE", 2, "85.50"),
        ("1.200,50 €", "de_DE", 2, "1200.50"),
        ("1.200", "de_DE", 2, "1200.00"),
        ("$1,200.50", "en_US", 2, "1200.50"),
        ("1,200", "en_US", 2, "1200.00"),
        ("1 234,5", "fr_FR", 2, "1234.50"),
        ("8,000", "ja_JP", 0, "8000"),
    ],
)
def test_typed_amounts_are_read_as_the_locale_writes_numbers(
    typed: str, locale: str, digits: int, amount: str
) -> None:
    assert parse_money(typed, locale, digits=digits) == Decimal(amount)
    # What the practice shows is read back as the same amount.
    shown = amount_text(Decimal(amount), locale, digits)
    assert parse_money(shown, locale, digits=digits) == Decimal(amount)


@pytest.mark.parametrize("typed", ["", "eighty", "1.2.3,4,5"])
def test_untypable_amounts_say_what_to_type(typed: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        parse_money(typed, "de_DE")


def test_a_third_decimal_is_refused_not_read_as_thousands() -> None:
    with pytest.raises(ValueError, match="at most 2 digits"):
        parse_money("85,505", "de_DE")
