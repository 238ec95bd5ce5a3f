"""Feedback every session: measurement plans, what is due, answers on paper, the PIN, the form."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import calendar, clients, measures, surveys
from app.calendar import AppointmentInput
from app.documents.survey_form import render_blank_survey
from app.errors import ValidationError
from app.instruments import Instrument, load_all
from app.models import AppointmentStatus, AuditEntry, ServiceKind, Setting
from app.practice import ProfileInput
from app.surveys import DEFAULT_PLAN, PlanEntry
from app.vault import Vault
from tests.app.people import TODAY, adult, minor

PHQ9_LOW = {str(i): 0 for i in range(1, 10)} | {"difficulty": 0}


@pytest.fixture(scope="module")
def instruments() -> dict[str, Instrument]:
    return load_all().instruments


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        calendar.ensure_default_services(session)
        yield session


def new_client(session: Session, first: str = "Ann", child: bool = False) -> int:
    data = minor(date_of_birth=date(2018, 3, 2)) if child else adult(legal_first_name=first)
    client_id, _ = clients.create_client(session, data, TODAY)
    return client_id


def book(session: Session, client_id: int, day: date, status: str = "attended") -> int:
    service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.INDIVIDUAL)
    (appointment_id,) = calendar.book(
        session,
        AppointmentInput(
            service_id=service,
            start=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
            duration_minutes=50,
            client_id=client_id,
            allow_outside_hours=True,
            accept_consent_warning=True,
        ),
        day - timedelta(days=1),
    )
    if status != AppointmentStatus.SCHEDULED:
        calendar.set_status(
            session,
            appointment_id,
            AppointmentStatus(status),
            datetime(day.year, day.month, day.day, 11, tzinfo=UTC),
        )
    return appointment_id


def test_the_default_plan_and_a_clients_own(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    plan = surveys.plan_for(session, client_id, TODAY, instruments)
    assert plan.source == "default"
    assert [(e.instrument_id, e.every) for e in plan.before] == [
        ("session_checkin", 1),
        ("phq9", 2),
        ("gad7", 2),
    ]
    assert [(e.instrument_id, e.every) for e in plan.after] == [("session_evaluation", 1)]

    surveys.set_plan(session, client_id, [PlanEntry("gad7", 1)], [], instruments)
    own = surveys.plan_for(session, client_id, TODAY, instruments)
    assert own.source == "client" and own.before == (PlanEntry("gad7", 1),) and own.after == ()
    other = new_client(session, "Bea")
    assert surveys.plan_for(session, other, TODAY, instruments).source == "default"

    surveys.clear_plan(session, client_id)
    assert surveys.plan_for(session, client_id, TODAY, instruments) == DEFAULT_PLAN


def test_a_child_under_12_gets_only_the_check_in_and_evaluation_by_default(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    child = new_client(session, child=True)
    plan = surveys.plan_for(session, child, TODAY, instruments)
    assert plan.source == "child"
    assert [e.instrument_id for e in plan.before] == ["session_checkin"]
    assert [e.instrument_id for e in plan.after] == ["session_evaluation"]


def test_the_practice_default_plan_can_change(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    surveys.set_default_plan(
        session, [PlanEntry("phq9", 3)], [PlanEntry("session_evaluation", 1)], instruments
    )
    client_id = new_client(session)
    plan = surveys.plan_for(session, client_id, TODAY, instruments)
    assert plan.before == (PlanEntry("phq9", 3),)
    assert surveys.default_plan(session).before == (PlanEntry("phq9", 3),)


def test_plans_name_only_loaded_instruments_once_each(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    with pytest.raises(ValidationError) as unknown:
        surveys.set_plan(session, client_id, [PlanEntry("bdi2", 1)], [], instruments)
    assert "bdi2" in unknown.value.problems["before"]
    with pytest.raises(ValidationError):
        surveys.set_plan(
            session, client_id, [], [PlanEntry("gad7", 1), PlanEntry("gad7", 2)], instruments
        )
    with pytest.raises(ValidationError):
        surveys.set_plan(session, client_id, [PlanEntry("gad7", 0)], [], instruments)
    with pytest.raises(ValidationError):
        surveys.set_default_plan(session, [PlanEntry("nope", 1)], [], instruments)


def test_due_by_session_number_and_timing(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    first = book(session, client_id, TODAY)
    book(session, client_id, TODAY + timedelta(days=3), AppointmentStatus.NO_SHOW)
    second = book(session, client_id, TODAY + timedelta(days=7))
    third = book(session, client_id, TODAY + timedelta(days=14), AppointmentStatus.SCHEDULED)
    assert [surveys.session_number(session, a) for a in (first, second, third)] == [1, 2, 3]

    assert surveys.due(session, first, "before", instruments, TODAY) == [
        "session_checkin",
        "phq9",
        "gad7",
    ]
    assert surveys.due(session, second, "before", instruments, TODAY) == ["session_checkin"]
    assert surveys.due(session, third, "before", instruments, TODAY) == [
        "session_checkin",
        "phq9",
        "gad7",
    ]
    assert surveys.due(session, first, "after", instruments, TODAY) == ["session_evaluation"]

    # Answered for this session and timing: no longer due (the other timing is untouched).
    surveys.record_survey(session, first, "before", instruments["phq9"], PHQ9_LOW)
    assert surveys.due(session, first, "before", instruments, TODAY) == [
        "session_checkin",
        "gad7",
    ]
    assert surveys.due(session, first, "after", instruments, TODAY) == ["session_evaluation"]
    with pytest.raises(ValidationError):
        surveys.due(session, first, "during", instruments, TODAY)


def test_a_paper_survey_is_marked_paper_with_its_session_and_timing(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    appointment_id = book(session, client_id, TODAY)
    administration_id, score = surveys.record_survey(
        session,
        appointment_id,
        "after",
        instruments["session_evaluation"],
        {"understood": 3, "respected": 4, "helpful": 3, "focus": 2},
        answered_by="paper",
    )
    (row,) = measures.administrations(session, client_id)
    assert row.id == administration_id and row.answered_by == "paper" and score.total == 12
    stored = session.get(measures.Administration, administration_id)
    assert stored is not None
    assert stored.appointment_id == appointment_id and stored.timing == "after"
    with pytest.raises(ValidationError):
        surveys.record_survey(session, appointment_id, "after", instruments["gad7"], {})


def test_in_session_screens_open_no_screen_follow_up_but_risk_still_does(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    appointment_id = book(session, client_id, TODAY)
    high = {str(i): 3 for i in range(1, 9)} | {"9": 0, "difficulty": 2}
    measures.record_administration(
        session,
        client_id,
        instruments["phq9"],
        high,
        appointment_id=appointment_id,
        timing="before",
    )
    assert measures.follow_ups(session, client_id) == []
    measures.record_administration(session, client_id, instruments["phq9"], high)
    assert [f.kind for f in measures.follow_ups(session, client_id)] == ["screen"]
    risky = high | {"9": 1}
    administration_id, _ = measures.record_administration(
        session,
        client_id,
        instruments["phq9"],
        risky,
        appointment_id=appointment_id,
        timing="after",
    )
    kinds = sorted(f.kind for f in measures.follow_ups(session, client_id))
    assert kinds == ["risk", "screen"]
    (risk,) = surveys.risk_answers(session, [administration_id])
    assert "item 9" in risk.message
    surveys.acknowledge_risk(session, [administration_id])
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "acknowledge")).one()
    assert entry.record_id == str(administration_id)
    # Acknowledging says "seen": the follow-up item stays open.
    assert any(f.kind == "risk" and f.is_open for f in measures.follow_ups(session, client_id))
    with pytest.raises(ValidationError):
        measures.record_administration(
            session, client_id, instruments["gad7"], {}, timing="sometime"
        )


def test_only_a_hash_of_the_pin_is_stored(session: Session) -> None:
    assert not surveys.has_pin(session)
    with pytest.raises(ValidationError):
        surveys.set_pin(session, "12a4")
    with pytest.raises(ValidationError):
        surveys.set_pin(session, "123")
    with pytest.raises(ValidationError):
        surveys.set_pin(session, "73915", "73916")
    surveys.set_pin(session, "73915", "73915")
    stored = session.get(Setting, surveys.PIN_KEY)
    assert stored is not None and "73915" not in str(stored.value)
    assert surveys.pin_matches(surveys.pin_hash(session), "73915")
    assert not surveys.pin_matches(surveys.pin_hash(session), "73916")
    details = [str(e.detail) for e in session.scalars(select(AuditEntry))]
    assert not any("73915" in d for d in details)
    surveys.clear_pin(session)
    assert not surveys.has_pin(session)


def test_the_blank_survey_names_the_instrument_and_hides_unlicensed_wording(
    instruments: dict[str, Instrument],
) -> None:
    profile = ProfileInput(practice_name="Quiet Harbour Therapy", clinician_name="Dr Ines Moreau")
    unlicensed = replace(instruments["gad7"], item_texts_included=False)
    data = render_blank_survey(profile, [instruments["phq9"], unlicensed])
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    first, second = (page.extract_text() for page in pages[:2])
    assert "Patient Health Questionnaire-9" in first and "Quiet Harbour Therapy" in first
    assert "Little interest or pleasure" in first and "Nearly every" in first
    assert instruments["gad7"].name in second
    assert "Item 1" in second and "licensed form" in second
    assert instruments["gad7"].items[0].text not in second
    assert render_blank_survey(profile, [instruments["phq9"]]) == render_blank_survey(
        profile, [instruments["phq9"]]
    )


def book_couple(session: Session, client_id: int, partner_id: int, day: date) -> int:
    service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.COUPLES)
    (appointment_id,) = calendar.book(
        session,
        AppointmentInput(
            service_id=service,
            start=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
            duration_minutes=50,
            client_id=client_id,
            partner_ids=(partner_id,),
            allow_outside_hours=True,
            accept_consent_warning=True,
        ),
        day - timedelta(days=1),
    )
    return appointment_id


def test_in_a_joint_session_each_partner_has_their_own_surveys(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    ann = new_client(session)
    bea = new_client(session, "Bea")
    stranger = new_client(session, "Cal")
    book(session, bea, TODAY - timedelta(days=7))  # Bea has been seen once alone
    joint = book_couple(session, ann, bea, TODAY)

    assert [(p.client_id, p.call_name) for p in surveys.people(session, joint)] == [
        (ann, "Ann"),
        (bea, "Bea"),
    ]
    assert surveys.people(session, joint)[1].name == "Lee, Bea"
    assert surveys.session_number(session, joint) == 1
    assert surveys.session_number(session, joint, bea) == 2
    assert surveys.due(session, joint, "before", instruments, TODAY) == [
        "session_checkin",
        "phq9",
        "gad7",
    ]
    assert surveys.due(session, joint, "before", instruments, TODAY, client_id=bea) == [
        "session_checkin"
    ]

    checkin = instruments["session_checkin"]
    answers = {item.id: item.min_value for item in checkin.items if not item.open_text}
    given, _ = surveys.record_survey(session, joint, "before", checkin, answers, client_id=bea)
    assert [a.id for a in measures.administrations(session, bea)] == [given]
    assert measures.administrations(session, ann) == []
    assert surveys.answered(session, joint, "before", bea) == {"session_checkin"}
    assert surveys.answered(session, joint, "before") == set()
    assert surveys.due(session, joint, "before", instruments, TODAY, client_id=bea) == []
    assert "session_checkin" in surveys.due(session, joint, "before", instruments, TODAY)

    risky = answers | {"self_harm": 2}
    flagged, _ = surveys.record_survey(session, joint, "after", checkin, risky, client_id=bea)
    (risk,) = surveys.risk_answers(session, [given, flagged])
    assert risk.client_id == bea and risk.administration_id == flagged

    with pytest.raises(ValidationError) as outsider:
        surveys.record_survey(session, joint, "before", checkin, answers, client_id=stranger)
    assert "not in this session" in outsider.value.problems["client_id"]
    with pytest.raises(ValidationError):
        surveys.due(session, joint, "before", instruments, TODAY, client_id=stranger)


def test_partners_who_share_a_first_name_are_called_by_their_full_names(
    session: Session,
) -> None:
    one = new_client(session, "Sam")
    other, _ = clients.create_client(
        session, adult(legal_first_name="Sam", legal_last_name="Ray", email="s@example.org"), TODAY
    )
    joint = book_couple(session, one, other, TODAY)
    assert [p.call_name for p in surveys.people(session, joint)] == ["Lee, Sam", "Ray, Sam"]
