"""The emergency access kit PDF: one private page that holds the recovery code."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pypdfium2
import pytest

from app.documents.emergency_kit import EmergencyKit, render_emergency_kit

CODE = "7K2M-9QXW-HT4B-R8ZD-1NVC-5GJP-E6SY-0AKF"
LONG_NAME = (
    "The Riverside Centre for Couples, Family and Individual Psychotherapy, "
    "Counselling and Clinical Supervision (North)"
)[:120]
MM = 72 / 25.4


def make_kit(**changes: object) -> EmergencyKit:
    kit = EmergencyKit(
        practice_name="Harbour Lane Counselling",
        clinician_name="Dr. Amelia Hart, LMFT",
        vault_id="3f1c9a52-7be0-4d8e-9c21-5a0b6e4d2f11",
        recovery_code=CODE,
        data_folder="/home/amelia/.local/share/Rapport/practice",
        created_on=date(2025, 11, 27),
    )
    return dataclasses.replace(kit, **changes)  # type: ignore[arg-type]


def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    return pypdfium2.PdfDocument(io.BytesIO(data))


def page_text(data: bytes) -> str:
    pdf = open_pdf(data)
    assert len(pdf) == 1
    text: str = pdf[0].get_textpage().get_text_range()
    return text


def squeezed(text: str) -> str:
    """Text without the line breaks and spaces that wrapping and layout put in."""
    return re.sub(r"\s+", "", text)


def test_renders_a_pdf() -> None:
    data = render_emergency_kit(make_kit())

    assert data.startswith(b"%PDF")
    assert open_pdf(data).get_metadata_dict()["Title"] == "Emergency access kit"


def test_same_kit_gives_the_same_bytes() -> None:
    assert render_emergency_kit(make_kit()) == render_emergency_kit(make_kit())


def test_shows_the_recovery_code_and_the_practice() -> None:
    text = page_text(render_emergency_kit(make_kit()))

    assert "Emergency access kit" in text
    assert "Harbour Lane Counselling" in text
    assert "Dr. Amelia Hart, LMFT" in text
    assert "27 November 2025" in text
    assert CODE.replace("-", "") in re.sub(r"[\s-]", "", text)
    for group in CODE.split("-"):
        assert group in text
    assert "3f1c9a52-7be0-4d8e-9c21-5a0b6e4d2f11" in text
    assert "/home/amelia/.local/share/Rapport/practice" in text
    assert "Rapport — keep this page private" in text


def test_a_code_typed_without_dashes_is_grouped() -> None:
    text = page_text(render_emergency_kit(make_kit(recovery_code=CODE.replace("-", "").lower())))

    for group in CODE.split("-"):
        assert group in text


def test_an_empty_code_is_refused() -> None:
    with pytest.raises(ValueError):
        render_emergency_kit(make_kit(recovery_code="  "))


@pytest.mark.parametrize(
    "changes",
    [
        {"practice_name": LONG_NAME},
        {"practice_name": LONG_NAME, "clinician_name": LONG_NAME},
        {"practice_name": "X" * 120},
        {"practice_name": "Cabinet Zoë Müller-Łukasiewicz"},
        {"clinician_name": "Zoë Müller-Łukasiewicz"},
        {"practice_name": "Smith & Jones <Counselling>"},
        {"data_folder": "C:\\Users\\Łucja\\AppData\\Local\\Rapport\\" + "practice" * 40},
    ],
    ids=[
        "long-name",
        "long-names",
        "one-long-word",
        "non-ascii",
        "non-ascii-clinician",
        "markup-characters",
        "long-folder",
    ],
)
def test_awkward_names_stay_on_one_page(changes: dict[str, str]) -> None:
    kit = make_kit(**changes)
    data = render_emergency_kit(kit)

    pdf = open_pdf(data)
    assert len(pdf) == 1
    page = pdf[0]
    width, height = page.get_size()
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    for value in changes.values():
        assert squeezed(value) in squeezed(text)
    # Nothing runs into the margins (the page's own margins are 21 mm at the sides).
    for index in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(index)
        if right - left == 0:
            continue
        assert left >= 18 * MM and right <= width - 18 * MM
        assert bottom >= 15 * MM and top <= height - 10 * MM
    assert render_emergency_kit(kit) == data


def test_non_ascii_names_are_not_drawn_as_missing_glyphs() -> None:
    name = "Cabinet Zoë Müller-Łukasiewicz"
    text = page_text(render_emergency_kit(make_kit(practice_name=name)))

    assert name in text
    assert "■" not in text
