"""ICD-10-CM look-up and search (the first search builds the catalogue: about a second)."""

from __future__ import annotations

import pytest

from app import diagnoses
from app.diagnoses import Icd10Code


@pytest.mark.parametrize("typed", ["F32.1", "F321", "f32.1", "f321", " F32.1 "])
def test_lookup_with_or_without_the_dot(typed: str) -> None:
    assert diagnoses.lookup(typed) == Icd10Code(
        "F32.1", "Major depressive disorder, single episode, moderate", True
    )


def test_lookup_of_a_category_is_not_billable() -> None:
    found = diagnoses.lookup("F32")
    assert found is not None
    assert (found.code, found.billable) == ("F32", False)
    assert found.description


@pytest.mark.parametrize(
    ("typed", "code"),
    [("F41.1", "F41.1"), ("f32a", "F32.A"), ("Z63.0", "Z63.0"), ("F43.10", "F43.10")],
)
def test_lookup_of_billable_codes(typed: str, code: str) -> None:
    found = diagnoses.lookup(typed)
    assert found is not None
    assert found.code == code
    assert found.billable


@pytest.mark.parametrize(
    "typed", ["X99.99", "", "F3", "123", "F30-F39", "depression", "ZZZ.ZZZZ", "F32.19"]
)
def test_lookup_of_what_is_not_a_code(typed: str) -> None:
    assert diagnoses.lookup(typed) is None


def test_search_by_words_and_by_code() -> None:
    by_words = diagnoses.search("generalized anxiety")
    assert any(c.code == "F41.1" for c in by_words)
    assert all("anxiety" in c.description.lower() for c in by_words)

    by_code = diagnoses.search("F32", limit=10)
    assert len(by_code) == 10
    assert all(c.code.startswith("F32") for c in by_code)
    assert by_code[0].billable  # billable codes first among those starting with F32
    assert [c.code for c in by_code if not c.billable] in ([], ["F32"])


def test_search_of_nothing_finds_nothing() -> None:
    assert diagnoses.search("   ") == []
