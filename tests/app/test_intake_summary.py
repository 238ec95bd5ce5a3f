"""The intake summary PDF: what it says, that it is stable, and that nothing is overlooked."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import Any

import pypdfium2
import pytest

from app.clients import ClientInput, GuardianInput
from app.documents.intake_summary import intake_summary_file_stem, render_intake_summary
from app.instruments import Instrument, load_all
from app.intake import IntakeData, ScreenAnswers, ScreenResult, screen_results
from app.practice import ProfileInput

TODAY = date(2026, 11, 27)

PROFILE = ProfileInput(
    practice_name="Harbour Psychology",
    clinician_name="Dr Ana Ferreira",
    credentials="PsyD",
    address="200 Harbor Drive\nSan Diego, CA 92101",
    phone="(619) 555-0100",
)

#: PHQ-9 total 13 (at or above 10) with item 9 endorsed.
PHQ9 = {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 2, "7": 1, "8": 1, "9": 1}
#: AUDIT-C total 5: positive at either sex's cut-off.
AUDITC = {"1": 2, "2": 1, "3": 2}
#: PC-PTSD-5 closed at the gate: no trauma exposure.
PCPTSD5_NO = {"exposure": 0}


@pytest.fixture(scope="module")
def instruments() -> dict[str, Instrument]:
    return load_all().instruments


def adult(**changes: Any) -> ClientInput:
    base = ClientInput(
        legal_first_name="Mira",
        legal_last_name="Okonkwo-Hale",
        date_of_birth=date(1988, 6, 3),
        referral_source="GP, Dr Patel",
        code="C0042",
    )
    return replace(base, **changes)


def intake(client: ClientInput | None = None, **changes: Any) -> IntakeData:
    base = IntakeData(
        client=client or adult(),
        why_now="Stopped sleeping after the redundancy in September.",
        hopes="To sleep again and find work.",
        tried_before="A sleep app.",
        earlier_therapy="Six sessions of CBT in 2019.",
        medical_conditions="Hypothyroidism.",
        medication="Levothyroxine.",
        substance_use="Wine most evenings.",
        trauma_exposure="no",
        risk_history="Passive thoughts in 2019, none acted on.",
        screens=(
            ScreenAnswers("phq9", PHQ9, "client"),
            ScreenAnswers("auditc", AUDITC, "clinician"),
            ScreenAnswers("pcptsd5", PCPTSD5_NO, "paper"),
        ),
        risk_acknowledgement="Asked directly: no plan or intent. Safety plan written together.",
    )
    return replace(base, **changes)


def render(
    data: IntakeData, instruments: dict[str, Instrument], code: str = "C0042"
) -> tuple[bytes, list[ScreenResult]]:
    results = screen_results(data, instruments)
    return render_intake_summary(PROFILE, data, results, TODAY, code), results


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace (line breaks included) made single spaces."""
    document = pypdfium2.PdfDocument(io.BytesIO(pdf))
    return [" ".join(page.get_textpage().get_text_range().split()) for page in document]


def text_of(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def test_it_is_a_pdf(instruments: dict[str, Instrument]) -> None:
    pdf, _ = render(intake(), instruments)

    assert pdf.startswith(b"%PDF")


def test_the_same_intake_gives_the_same_bytes(instruments: dict[str, Instrument]) -> None:
    data = intake()

    assert render(data, instruments)[0] == render(data, instruments)[0]


def test_it_names_the_client_and_gives_every_screen_with_its_total(
    instruments: dict[str, Instrument],
) -> None:
    pdf, results = render(intake(), instruments)
    text = text_of(pdf)

    assert "Intake summary" in text
    assert "Mira Okonkwo-Hale" in text
    assert "C0042" in text
    assert "3 June 1988 (age 38)" in text
    assert "27 November 2026" in text
    totals = {r.instrument.short_name: r.score.total for r in results}
    assert totals == {"PHQ-9": 13, "AUDIT-C": 5, "PC-PTSD-5": 0}
    for name, total in totals.items():
        assert name in text
        assert total is not None
        assert f"{int(total)} of" in text
    assert "Stopped sleeping after the redundancy in September." in text
    assert "Reviewed by Dr Ana Ferreira, PsyD" in text


def test_positive_screens_and_risk_are_called_out(instruments: dict[str, Instrument]) -> None:
    data = intake()
    pdf, results = render(data, instruments)
    text = text_of(pdf)

    by_name = {r.instrument.short_name: r for r in results}
    assert by_name["PHQ-9"].score.at_or_above_cutoff
    assert by_name["AUDIT-C"].score.at_or_above_cutoff
    assert by_name["PC-PTSD-5"].score.gated
    assert not by_name["PC-PTSD-5"].score.at_or_above_cutoff
    risk = by_name["PHQ-9"].score.risk
    assert len(risk) == 1
    assert risk[0].message in text
    assert "RISK ITEM ENDORSED" in text
    assert "POSITIVE SCREENS" in text
    assert instruments["phq9"].positive_screen in text
    assert instruments["auditc"].positive_screen in text
    # A negative screen is not called out as positive.
    assert instruments["pcptsd5"].positive_screen not in text
    assert data.risk_acknowledgement in text
    # The first page points to them before any other section.
    first = pages_text(pdf)[0]
    pointer = first.index("Risk item endorsed (PHQ-9 item 9)")
    assert pointer < first.index("Who asked for therapy and why now")


def test_the_callouts_come_before_the_table(instruments: dict[str, Instrument]) -> None:
    text = text_of(render(intake(), instruments)[0])

    section = text.index("Screening results")
    assert section < text.index("RISK ITEM ENDORSED") < text.index("Questionnaire Total")


def test_a_screen_that_cannot_be_scored_says_why(instruments: dict[str, Instrument]) -> None:
    incomplete = {**PHQ9, "3": None, "4": None}
    data = intake(
        screens=(
            ScreenAnswers("phq9", incomplete, "client"),
            ScreenAnswers("pcptsd5", {"1": 1, "2": 1}, "client"),
        )
    )
    text = text_of(render(data, instruments)[0])

    assert "Not scored" in text
    assert "2 of 9 items unanswered; every item is needed." in text
    assert "The gate question was not answered." in text
    # The risk item was still answered, so it is still called out.
    assert "RISK ITEM ENDORSED" in text


def test_a_closed_gate_scores_zero_and_says_so(instruments: dict[str, Instrument]) -> None:
    text = text_of(render(intake(), instruments)[0])

    assert "0 of 5" in text
    assert "the other questions were not asked" in text


def test_an_unanswered_risk_item_is_called_out(instruments: dict[str, Instrument]) -> None:
    data = intake(
        screens=(ScreenAnswers("phq9", {**PHQ9, "9": None}, "client"),),
        risk_acknowledgement="",
    )
    text = text_of(render(data, instruments)[0])

    assert "RISK ITEM NOT ANSWERED" in text
    assert "PHQ-9 item 9 was left unanswered." in text


def test_a_quiet_intake_says_nothing_was_found(instruments: dict[str, Instrument]) -> None:
    data = intake(
        screens=(ScreenAnswers("gad7", dict.fromkeys("1234567", 0), "client"),),
        risk_acknowledgement="",
    )
    text = text_of(render(data, instruments)[0])

    assert "No screen is at or above its cut-off and no risk item was endorsed." in text
    assert "RISK" not in text
    assert "POSITIVE" not in text


def test_an_intake_without_screens_says_so(instruments: dict[str, Instrument]) -> None:
    data = intake(screens=(), risk_acknowledgement="")
    text = text_of(render(data, instruments)[0])

    assert "No screening questionnaires were given at this intake." in text


def test_a_minors_guardians_say_who_consents_and_who_pays(
    instruments: dict[str, Instrument],
) -> None:
    client = adult(
        date_of_birth=date(2011, 6, 3),
        requested_by="parent",
        guardians=(
            GuardianInput("Dana Okonkwo", "mother", "(619) 555-0123", pays=True),
            GuardianInput("Sam Hale", "father", can_consent=True, pays=False),
        ),
    )
    text = text_of(render(intake(client), instruments)[0])

    assert "(age 15)" in text
    assert "Parents and guardians" in text
    assert "Consent is given by Dana Okonkwo and Sam Hale." in text
    assert "Fees are paid by Dana Okonkwo." in text
    assert "A parent or guardian" in text


def test_a_minor_without_guardians_is_noticed(instruments: dict[str, Instrument]) -> None:
    client = adult(date_of_birth=date(2011, 6, 3))
    text = text_of(render(intake(client), instruments)[0])

    assert "The client is a minor and no parent or guardian is recorded." in text


def test_guardians_who_cannot_consent_are_noticed(instruments: dict[str, Instrument]) -> None:
    client = adult(
        date_of_birth=date(2011, 6, 3),
        guardians=(GuardianInput("Grace Hale", "aunt", can_consent=False, pays=True),),
    )
    text = text_of(render(intake(client), instruments)[0])

    assert "No parent or guardian recorded here can give consent." in text
    assert "Fees are paid by Grace Hale." in text


def test_an_adult_has_no_guardians_section(instruments: dict[str, Instrument]) -> None:
    text = text_of(render(intake(), instruments)[0])

    assert "Parents and guardians" not in text


def test_empty_fields_show_a_dash(instruments: dict[str, Instrument]) -> None:
    data = intake(what_did_not_help="", prior_diagnoses="")
    text = text_of(render(data, instruments)[0])

    assert "What did not help —" in text
    assert "Prior diagnoses —" in text


def test_long_texts_wrap_onto_more_pages(instruments: dict[str, Instrument]) -> None:
    short_pdf, _ = render(intake(), instruments)
    long_text = "\n\n".join(f"Paragraph {i}: " + "worry and sleep " * 80 for i in range(10))
    long_pdf, _ = render(intake(why_now=long_text, risk_history=long_text), instruments)

    short_pages = pages_text(short_pdf)
    long_pages = pages_text(long_pdf)
    assert len(long_pages) >= len(short_pages) + 3
    total = len(long_pages)
    for number, page in enumerate(long_pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Mira Okonkwo-Hale" in page  # every page names the client
    assert "Paragraph 9:" in " ".join(long_pages)
    # The signature line never stands alone on the last page.
    assert "Reviewed by" in long_pages[-1]
    assert "Questionnaire" in long_pages[-1] or "Risk history" in long_pages[-1]


def test_non_ascii_names_work(instruments: dict[str, Instrument]) -> None:
    client = adult(legal_first_name="Zoë", legal_last_name="Müller-Łukasiewicz")
    pdf, _ = render(intake(client, medication="Levothyroxine 75 µg; Dvořák’s regimen"), instruments)
    text = text_of(pdf)

    assert "Zoë Müller-Łukasiewicz" in text
    assert "Dvořák" in text
    assert "■" not in text


def test_the_header_gives_the_code_only_when_known(instruments: dict[str, Instrument]) -> None:
    with_code = pages_text(render(intake(), instruments)[0])[0]
    without = pages_text(render(intake(adult(code="")), instruments, code="")[0])[0]

    assert "C0042" in with_code
    assert "CONFIDENTIAL" in with_code.replace(" ", "")
    assert "C0042" not in without
    assert "Client code —" in without


def test_the_file_stem_holds_the_code_never_the_name() -> None:
    assert intake_summary_file_stem("C0042", TODAY) == "Intake summary C0042 2026-11-27"
    assert intake_summary_file_stem("", TODAY) == "Intake summary 2026-11-27"
