"""Money: Decimal in the practice core, integer minor units in the database.

Fees set in the settings, on a service or on a client (a sliding-scale rate)
are stored in hundredths (``to_minor`` and ``from_minor`` with their default
of two digits). Billing stores amounts in the minor unit of the practice's
currency, whose number of digits comes from the currency itself (CLDR data,
through babel): two for USD and EUR, none for JPY, three for KWD. The same
functions take ``digits`` for that; :func:`currency_digits` gives it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    list_currencies,
)

from app.words import marked, words

MINOR_DIGITS = 2
_QUANTUM = Decimal(1).scaleb(-MINOR_DIGITS)


def _example(digits: int) -> str:
    if digits == 0:
        return marked("Enter an amount such as 85.")
    return marked("Enter an amount such as 85 or 85.50.")


def parse_amount(text: str, digits: int = MINOR_DIGITS) -> Decimal:
    """``"85"``, ``"85.00"``, ``"1,200.50"`` → Decimal; ValueError for anything else.

    ``digits`` is the most digits allowed after the decimal point (the
    currency's minor unit); the result is given with exactly that many.
    """
    cleaned = text.strip().replace(",", "").replace(" ", "")
    for symbol in "$€£¥":
        cleaned = cleaned.replace(symbol, "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(_example(digits)) from None
    if not amount.is_finite():
        raise ValueError(_example(digits))
    try:
        quantized: Decimal = amount.quantize(Decimal(1).scaleb(-digits))
    except InvalidOperation:  # too many digits for the context ("1e30")
        raise ValueError(_example(digits)) from None
    if amount != quantized:
        if digits == 0:
            raise ValueError(marked("Use whole amounts, without a decimal point."))
        raise ValueError(
            words("Use at most {digits} digits after the decimal point.", digits=digits)
        )
    return quantized


def amount_text(amount: Decimal, locale: str, digits: int = MINOR_DIGITS) -> str:
    """An amount as the clinician would type it (``1,234.50``, ``1.234,50``), no symbol."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(amount, format=pattern, locale=locale))


_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f'’]")


def parse_money(text: str, locale: str, currency: str = "", digits: int = MINOR_DIGITS) -> Decimal:
    """What was typed in an amount field, read the way ``locale`` writes numbers.

    Takes ``85``, ``85.50``, ``$1,200.50``, and in a locale that writes a
    decimal comma ``1.200,50 €`` or ``85,50``. A lone separator followed by
    three digits groups thousands, otherwise it is the decimal point.
    ValueError says what is wrong.
    """
    example = words(
        "Enter an amount such as {example}.", example=amount_text(Decimal(85), locale, digits)
    )
    cleaned = text.strip()
    if currency:
        for symbol in (get_currency_symbol(currency, locale), currency):
            cleaned = cleaned.replace(symbol, "")
    # Spaces and apostrophes group thousands in some locales; currency signs are ignored.
    cleaned = "".join(c for c in _GROUP_SPACES.sub("", cleaned) if unicodedata.category(c) != "Sc")
    if not cleaned:
        raise ValueError(marked("Enter an amount."))
    if not re.fullmatch(r"-?[\d.,]+", cleaned):
        raise ValueError(example)
    marks = [c for c in cleaned if c in ".,"]
    if len(set(marks)) == 2:  # both: the last one is the decimal point
        point = cleaned[max(cleaned.rfind("."), cleaned.rfind(","))]
        cleaned = cleaned.replace("," if point == "." else ".", "").replace(point, ".")
    elif marks:
        mark = marks[0]
        groups = cleaned.lstrip("-").split(mark)
        grouping = all(len(part) == 3 for part in groups[1:]) and (
            len(marks) > 1 or mark != get_decimal_symbol(locale)
        )
        if grouping:
            cleaned = cleaned.replace(mark, "")
        elif len(marks) == 1:
            cleaned = cleaned.replace(mark, ".")
        else:
            raise ValueError(example)
    return parse_amount(cleaned, digits)


def to_minor(amount: Decimal, digits: int = MINOR_DIGITS) -> int:
    """The amount in minor units, rounded half up (a half cent up, away from zero)."""
    return int((amount * (10**digits)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int, digits: int = MINOR_DIGITS) -> Decimal:
    return Decimal(minor).scaleb(-digits)


def format_amount(amount: Decimal) -> str:
    return f"{amount:,.{MINOR_DIGITS}f}"


# ------------------------------------------------------------------ currencies


@cache
def currencies() -> frozenset[str]:
    """The ISO 4217 codes babel knows (read once)."""
    return frozenset(list_currencies())


def is_currency(code: str) -> bool:
    return code in currencies()


@cache
def currency_digits(currency: str) -> int:
    """Digits of the currency's minor unit: 2 for USD and EUR, 0 for JPY, 3 for KWD."""
    if not is_currency(currency):
        raise ValueError(f"{currency!r} is not a currency code.")
    return int(get_currency_precision(currency))


def round_to_currency(amount: Decimal, currency: str) -> Decimal:
    """The amount with exactly the currency's digits, rounded half up."""
    return amount.quantize(Decimal(1).scaleb(-currency_digits(currency)), rounding=ROUND_HALF_UP)


def is_locale(name: str) -> bool:
    """Whether babel has formatting data for the locale (``en_US``, ``de_DE``, ``ja_JP``)."""
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """The amount as the locale writes it: ``$1,234.50``, ``1.234,50 €``, ``¥1,235``.

    The amount is first rounded (half up) to the currency's digits, so the
    text never shows more precision than the ledger holds.
    """
    rounded = round_to_currency(amount, currency)
    return str(format_currency(rounded, currency, locale=locale, currency_digits=True))
