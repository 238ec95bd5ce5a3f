"""ICD-10-CM diagnosis codes: look-up and search over the whole code set.

Codes and descriptions come from the ``simple-icd-10-cm`` package (the CDC's
ICD-10-CM release). A diagnosis stores the code and its description as chosen,
so a later release cannot change what was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from app.text import fold


@cache
def _icd() -> Any:
    """The code set, loaded on first use (reading it takes about a second)."""
    import simple_icd_10_cm

    return simple_icd_10_cm


@dataclass(frozen=True)
class Icd10Code:
    code: str  # with its dot, as written on forms: "F32.1"
    description: str
    billable: bool


@cache
def _catalogue() -> tuple[tuple[Icd10Code, str], ...]:
    """Every category and code with its folded search text (built once, about a second)."""
    icd = _icd()
    entries = []
    for code in icd.get_all_codes(True):
        if "-" in code or not code[:1].isalpha():
            continue  # chapters and blocks are not diagnoses
        description = icd.get_description(code)
        plain = code.replace(".", "")
        entries.append(
            (Icd10Code(code, description, icd.is_leaf(code)), fold(f"{code} {plain} {description}"))
        )
    return tuple(entries)


def lookup(code: str) -> Icd10Code | None:
    """The code as the catalogue has it, or None if it is not an ICD-10-CM code."""
    plain = code.strip().upper().replace(".", "")
    if len(plain) < 3 or "-" in plain or not plain[:1].isalpha():
        return None
    dotted = plain if len(plain) == 3 else f"{plain[:3]}.{plain[3:]}"
    icd = _icd()
    if not icd.is_valid_item(dotted):
        return None
    return Icd10Code(dotted, icd.get_description(dotted), icd.is_leaf(dotted))


def search(query: str, limit: int = 50) -> list[Icd10Code]:
    """Codes whose code or description holds every word of ``query``; billable codes first."""
    words = fold(query).split()
    if not words:
        return []
    hits = [entry for entry, text in _catalogue() if all(w in text for w in words)]
    hits.sort(
        key=lambda e: (not e.code.upper().startswith(query.strip().upper()), not e.billable, e.code)
    )
    return hits[:limit]
