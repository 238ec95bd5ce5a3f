"""The consent PDF: what it says, that it is reproducible, and that a signature is drawn."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import Any

import pypdfium2
import pytest

from app.consent import PLACEHOLDERS, RenderedSection, default_templates, fill
from app.documents.consent_form import (
    ConsentDocument,
    Signature,
    content_hash,
    render_consent,
    short_hash,
)
from app.models import ConsentAudience
from app.practice import ProfileInput

SIGNED_ON = date(2026, 11, 27)

PROFILE = ProfileInput(
    practice_name="Harbour Psychology",
    clinician_name="Dr Ana Ferreira",
    credentials="PsyD",
    licence_number="PSY 31415",
    address="200 Harbor Drive\nSan Diego, CA 92101",
    phone="(619) 555-0100",
    email="ana@harbourpsychology.example",
)

VALUES = {
    "practice_name": "Harbour Psychology",
    "clinician_name": "Dr Ana Ferreira",
    "clinician_credentials": "PsyD",
    "licence_number": "PSY 31415",
    "practice_address": "200 Harbor Drive, San Diego, CA 92101",
    "practice_phone": "(619) 555-0100",
    "practice_email": "ana@harbourpsychology.example",
    "practice_website": "harbourpsychology.example",
    "fee_individual": "$160.00",
    "fee_couples": "$200.00",
    "late_cancel_hours": "24",
    "late_cancel_fee": "$80.00",
    "no_show_fee": "$160.00",
    "free_consultation_minutes": "20",
    "currency_symbol": "$",
}


def _wave(start: float, points: int, amplitude: float) -> tuple[tuple[float, float], ...]:
    return tuple(
        (start + i / points * 0.35, 0.15 + amplitude * math.sin(i / 4)) for i in range(points)
    )


STROKES = (_wave(0.05, 60, 0.06), _wave(0.42, 40, 0.09), ((0.8, 0.1), (0.85, 0.25)))


def sections(audience: ConsentAudience) -> tuple[str, list[RenderedSection]]:
    template = next(t for t in default_templates().templates if t.audience == audience)
    return template.name, [
        RenderedSection(fill(s.title, VALUES), fill(s.body, VALUES), s.needs_initials)
        for s in template.sections
    ]


def signed(audience: ConsentAudience = ConsentAudience.ADULT, **changes: Any) -> ConsentDocument:
    name, secs = sections(audience)
    base = ConsentDocument(
        profile=PROFILE,
        template_name=name,
        template_version=3,
        audience=audience.value,
        sections=secs,
        client_name="Mira Okonkwo-Hale",
        client_code="C0042",
        client_date_of_birth=date(1988, 6, 3),
        initials={s.title: "MO" for s in secs if s.needs_initials},
        signatures=(
            Signature("Client", "Mira Okonkwo-Hale", SIGNED_ON, STROKES),
            Signature("Clinician", "Dr Ana Ferreira", SIGNED_ON, STROKES),
        ),
    )
    return replace(base, **changes)


def blank(audience: ConsentAudience = ConsentAudience.ADULT) -> ConsentDocument:
    name, secs = sections(audience)
    return ConsentDocument(
        profile=PROFILE,
        template_name=name,
        template_version=3,
        audience=audience.value,
        sections=secs,
        blank=True,
    )


def pages_text(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def text_of(pdf: bytes) -> str:
    # Extracted lines end in CR LF and wrapped lines break mid-sentence: join with spaces.
    return " ".join(" ".join(pages_text(pdf)).split())


def test_the_placeholder_values_cover_every_placeholder() -> None:
    assert set(VALUES) == set(PLACEHOLDERS)


def test_a_signed_consent_says_what_was_agreed_and_by_whom() -> None:
    doc = signed()
    pdf = render_consent(doc)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert "Informed consent to therapy" in text
    for section in doc.sections:
        assert section.title in text
    assert "version 3" in text
    assert "Mira Okonkwo-Hale" in text
    assert "Dr Ana Ferreira" in text
    assert "C0042" in text
    assert "3 June 1988" in text
    assert "$160.00" in text
    assert "Signed 27 November 2026" in text
    assert text.count("MO") >= sum(1 for s in doc.sections if s.needs_initials)
    assert short_hash(content_hash(doc)) in text


def test_every_page_has_page_x_of_y_and_the_fingerprint() -> None:
    doc = signed()
    pages = pages_text(render_consent(doc))
    assert len(pages) >= 2
    fingerprint = short_hash(content_hash(doc))
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert fingerprint in page
        assert "CONSENT · C0042" in page or "CONSENT" in page


def test_the_full_fingerprint_is_in_the_metadata() -> None:
    doc = signed()
    document = pypdfium2.PdfDocument(render_consent(doc))
    try:
        metadata = document.get_metadata_dict()
    finally:
        document.close()
    assert content_hash(doc) in metadata["Subject"]
    assert content_hash(doc) in metadata["Keywords"]


def test_the_same_document_gives_the_same_bytes() -> None:
    assert render_consent(signed()) == render_consent(signed())
    assert content_hash(signed()) == content_hash(signed())


def test_one_changed_initial_changes_the_bytes_and_the_hash() -> None:
    doc = signed()
    title = next(s.title for s in doc.sections if s.needs_initials)
    changed = replace(doc, initials={**doc.initials, title: "MH"})
    assert content_hash(changed) != content_hash(doc)
    assert render_consent(changed) != render_consent(doc)


def test_the_hash_covers_the_strokes_and_ignores_blank_initials() -> None:
    doc = signed()
    client, clinician = doc.signatures
    moved = replace(client, strokes=((*STROKES[0][:-1], (0.4, 0.3)), *STROKES[1:]))
    assert content_hash(replace(doc, signatures=(moved, clinician))) != content_hash(doc)
    with_blank = replace(doc, initials={**doc.initials, "Ending therapy": "  "})
    assert content_hash(with_blank) == content_hash(doc)


def test_a_blank_form_has_fill_in_lines_and_empty_boxes() -> None:
    doc = blank()
    text = text_of(render_consent(doc))
    assert "Mira" not in text
    assert "Blank form" in text
    assert "Initials" in text
    assert "Name in capitals" in text
    assert "Date" in text
    assert "Signature · Client" in text
    assert "Signature · Clinician" in text
    for section in doc.sections:
        assert section.title in text


def _paths(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[len(document) - 1]
        return sum(1 for _ in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_PATH]))
    finally:
        document.close()


def _dark_pixels(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[len(document) - 1]
        image = page.render(scale=1).to_pil().convert("L")
        return sum(image.histogram()[:100])
    finally:
        document.close()


def test_a_drawn_signature_is_drawn_as_vector_lines() -> None:
    doc = signed()
    unsigned = replace(
        doc,
        signatures=tuple(replace(s, strokes=((),)) for s in doc.signatures),
    )
    pdf, bare = render_consent(doc), render_consent(unsigned)
    assert b"/Subtype /Image" not in pdf
    assert _paths(pdf) > _paths(bare)
    assert _dark_pixels(pdf) > _dark_pixels(bare) + 100


def test_a_typed_signature_is_noted_as_typed() -> None:
    doc = signed()
    client = Signature("Client", "Mira Okonkwo-Hale", SIGNED_ON, typed="Mira Okonkwo-Hale")
    text = text_of(render_consent(replace(doc, signatures=(client, doc.signatures[1]))))
    assert "Typed signature 27 November 2026" in text


def test_a_guardian_consent_names_the_guardian_and_the_role() -> None:
    doc = signed(
        ConsentAudience.GUARDIAN,
        client_name="Łukasz Dvořák",
        initials={},
        signatures=(
            Signature("Parent or guardian", "Zofia Dvořáková", SIGNED_ON, typed="Zofia Dvořáková"),
            Signature("Clinician", "Dr Ana Ferreira", SIGNED_ON, STROKES),
        ),
    )
    pdf = render_consent(doc)
    text = text_of(pdf)
    assert "Consent for a child's therapy" in text
    assert "Young person" in text
    assert "Łukasz Dvořák" in text
    assert "Zofia Dvořáková" in text
    assert "Parent or guardian" in text
    for section in doc.sections:
        assert section.title in text
    assert render_consent(doc) == pdf


def test_a_blank_guardian_form_asks_for_the_guardians_signature() -> None:
    text = text_of(render_consent(blank(ConsentAudience.GUARDIAN)))
    assert "Signature · Parent or guardian" in text
    assert "Signature · Client" not in text


def test_long_sections_flow_across_pages() -> None:
    long_text = "\n\n".join(
        f"Paragraph {n}. " + "Therapy is a collaboration between the two of us. " * 12
        for n in range(1, 31)
    )
    doc = signed(sections=[RenderedSection("A very long section", long_text, True)])
    pages = pages_text(render_consent(doc))
    assert len(pages) >= 4
    joined = text_of(render_consent(doc))
    assert "Paragraph 30." in joined
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


@pytest.mark.parametrize("name", ["Zoë Ångström", "Łucja Wiśniewska", "Nguyễn Thị Hồng"])
def test_non_ascii_names_work(name: str) -> None:
    doc = signed(
        client_name=name,
        signatures=(Signature("Client", name, SIGNED_ON, typed=name), signed().signatures[1]),
    )
    text = text_of(render_consent(doc))
    assert text.count(name) >= 2
