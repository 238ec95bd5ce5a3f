"""Money: Decimal in the practice core, integer minor units (cents) in the database."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINOR_DIGITS = 2
_QUANTUM = Decimal(1).scaleb(-MINOR_DIGITS)


def parse_amount(text: str) -> Decimal:
    """``"85"``, ``"85.00"``, ``"1,200.50"`` → Decimal; ValueError for anything else."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    for symbol in "$€£¥":
        cleaned = cleaned.replace(symbol, "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("Enter an amount such as 85 or 85.50.") from None
    if not amount.is_finite():
        raise ValueError("Enter an amount such as 85 or 85.50.")
    try:
        quantized: Decimal = amount.quantize(_QUANTUM)
    except InvalidOperation:  # too many digits for the context ("1e30")
        raise ValueError("Enter an amount such as 85 or 85.50.") from None
    if amount != quantized:
        raise ValueError(f"Use at most {MINOR_DIGITS} digits after the decimal point.")
    return quantized


def to_minor(amount: Decimal) -> int:
    return int((amount * (10**MINOR_DIGITS)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-MINOR_DIGITS)


def format_amount(amount: Decimal) -> str:
    return f"{amount:,.{MINOR_DIGITS}f}"
