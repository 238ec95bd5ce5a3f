"""The progress report PDF: what it says about change, that it is stable, and its file name."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pypdf
import pytest
from sqlalchemy.orm import Session

from app import calendar, clients, measures, outcomes
from app.calendar import AppointmentInput
from app.documents.progress_report import (
    NO_REPEAT,
    progress_report_file_stem,
    render_progress_report,
)
from app.instruments import Instrument, load_all
from app.models import AppointmentStatus, ServiceKind
from app.practice import get_profile
from app.vault import Vault
from tests.app.people import TODAY, adult

FIRST = date(2026, 9, 7)
PHQ9_TOTALS = [18, 16, 12, 9, 7]
GAD7_TOTALS = [6, 8, 11]
COMMENT = "Sleep has improved since we began behavioural activation; review in six weeks."


@pytest.fixture(scope="module")
def instruments() -> dict[str, Instrument]:
    return load_all().instruments


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        calendar.ensure_default_services(session)
        yield session


def _sum_answers(ids: list[str], total: int, top: int) -> dict[str, int]:
    answers = {}
    for item in ids:
        answers[item] = min(top, total)
        total -= answers[item]
    return answers


def _give(
    session: Session,
    instrument: Instrument,
    client_id: int,
    answers: dict[str, int],
    day: date,
    appointment_id: int | None,
) -> None:
    measures.record_administration(
        session,
        client_id,
        instrument,
        answers,
        at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
        appointment_id=appointment_id,
    )


def _client_in_therapy(session: Session, instruments: dict[str, Instrument]) -> int:
    """Weekly sessions: a PHQ-9 each week, a GAD-7 in the first three, an evaluation after each."""
    client_id, _ = clients.create_client(
        session, adult(legal_first_name="Mirela", legal_last_name="Dąbrowska"), TODAY
    )
    service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.INDIVIDUAL)
    for week, phq in enumerate(PHQ9_TOTALS):
        day = FIRST + timedelta(weeks=week)
        start = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        (appointment_id,) = calendar.book(
            session,
            AppointmentInput(
                service_id=service,
                start=start,
                duration_minutes=50,
                client_id=client_id,
                allow_outside_hours=True,
                accept_consent_warning=True,
            ),
            day - timedelta(days=1),
        )
        calendar.set_status(
            session, appointment_id, AppointmentStatus.ATTENDED, start + timedelta(hours=1)
        )
        phq9 = _sum_answers([str(i) for i in range(1, 9)], phq, 3) | {"9": 0}
        _give(session, instruments["phq9"], client_id, phq9, day, appointment_id)
        if week < len(GAD7_TOTALS):
            gad7 = _sum_answers([str(i) for i in range(1, 8)], GAD7_TOTALS[week], 3)
            _give(session, instruments["gad7"], client_id, gad7, day, appointment_id)
        evaluation = _sum_answers(["understood", "respected", "helpful", "focus"], 13 + week % 3, 4)
        _give(session, instruments["session_evaluation"], client_id, evaluation, day, None)
    return client_id


def _render(
    session: Session,
    instruments: dict[str, Instrument],
    client_id: int,
    comment: str = COMMENT,
    period: tuple[date, date] | None = None,
) -> bytes:
    record = clients.get_client(session, client_id, TODAY)
    chart = outcomes.client_chart(session, client_id, instruments)
    profile = get_profile(session)
    return render_progress_report(profile, record, chart, instruments, period, comment, TODAY)


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_report_shows_the_client_scores_change_and_comment(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = _client_in_therapy(session, instruments)
    pdf = _render(session, instruments, client_id)
    text = _text(pdf)
    assert "Progress report" in text
    assert "Mirela Dąbrowska" in text
    code = clients.get_client(session, client_id, TODAY).data.code
    assert code in text
    assert "17 May 1990" in text
    assert "7 September 2026 – 5 October 2026" in text  # the period covered
    assert "Sessions attended 5" in text
    for name in ("PHQ-9", "GAD-7"):
        assert name in text
    for total in {*PHQ9_TOTALS, *GAD7_TOTALS}:
        assert f" {total} " in text
    # PHQ-9 18 → 7: a reliable improvement (6 or more) out of the clinical range (10 or more).
    assert "Reliable improvement" in text
    assert "Reliably recovered" in text
    # GAD-7 6 → 11: a reliable deterioration (4 or more).
    assert "Reliable deterioration" in text
    assert "Now in the clinical range (8 or more)" in text
    assert "NHS Talking Therapies" in text  # where the reliable-change values come from
    assert "Session evaluation: average 13.8 of 16 over 5 ratings; latest 14 of 16" in text
    assert COMMENT in text
    assert "Page 1 of" in text


def test_the_same_input_gives_the_same_bytes(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = _client_in_therapy(session, instruments)
    assert _render(session, instruments, client_id) == _render(session, instruments, client_id)


def test_an_empty_comment_is_left_out(session: Session, instruments: dict[str, Instrument]) -> None:
    client_id = _client_in_therapy(session, instruments)
    assert "comment" not in _render_text(session, instruments, client_id, "  \n ")


def _render_text(
    session: Session, instruments: dict[str, Instrument], client_id: int, comment: str
) -> str:
    return _text(_render(session, instruments, client_id, comment)).lower()


def test_a_period_limits_the_scores_shown(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = _client_in_therapy(session, instruments)
    period = (FIRST, FIRST + timedelta(weeks=1))
    text = _text(_render(session, instruments, client_id, period=period))
    assert "Sessions attended 2" in text
    assert "18 on 7 Sep 2026 → 16 on 14 Sep 2026" in text
    assert "Reliably recovered" not in text


def test_a_client_without_repeated_scores_still_gets_a_report(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id, _ = clients.create_client(session, adult(), TODAY)
    text = _text(_render(session, instruments, client_id, comment=""))
    assert "Ann Lee" in text
    assert " ".join(NO_REPEAT.split()) in text
    assert "No questionnaire has been given more than once yet" in text
    assert "Every score" not in text


def test_the_file_name_uses_the_code_never_the_name() -> None:
    assert progress_report_file_stem("C0042", TODAY) == "Progress report C0042 2026-11-27"
    assert progress_report_file_stem(" ", TODAY) == "Progress report 2026-11-27"
