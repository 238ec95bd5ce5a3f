"""Is therapy working: reliable change, recovery, the chart, guesses, the radar and its snoozes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import calendar, clients, homework, measures, notes, outcomes, prospects
from app.calendar import AppointmentInput
from app.changes import Changed
from app.errors import ValidationError
from app.instruments import Instrument, load_all
from app.models import (
    AppointmentStatus,
    ClientStatus,
    ClinicianGuess,
    FollowUpStatus,
    ServiceKind,
)
from app.outcomes import AttentionSettings
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_entries

S = AppointmentStatus


@pytest.fixture(scope="module")
def instruments() -> dict[str, Instrument]:
    return load_all().instruments


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        calendar.ensure_default_services(session)
        yield session


def new_client(session: Session, first: str = "Ann") -> int:
    client_id, _ = clients.create_client(session, adult(legal_first_name=first), TODAY)
    return client_id


def service(session: Session, kind: ServiceKind = ServiceKind.INDIVIDUAL) -> int:
    return next(s.id for s in calendar.services(session) if s.kind == kind)


def moment(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def book(
    session: Session,
    client_id: int | None,
    day: date,
    status: S = S.ATTENDED,
    hour: int | None = None,
    prospect_id: int | None = None,
) -> int:
    """Book (and mark) one appointment; each client has an hour of their own, so none clash."""
    if hour is None:
        hour = 8 + (client_id or prospect_id or 0) % 8
    kind = ServiceKind.CONSULTATION if prospect_id else ServiceKind.INDIVIDUAL
    data = AppointmentInput(
        service_id=service(session, kind),
        start=moment(day, hour),
        duration_minutes=50,
        client_id=client_id,
        prospect_id=prospect_id,
        allow_outside_hours=True,
        accept_consent_warning=True,
    )
    (appointment_id,) = calendar.book(session, data, day - timedelta(days=1))
    if status != S.SCHEDULED:
        calendar.set_status(session, appointment_id, status, moment(day, hour + 1))
    return appointment_id


def weekly(session: Session, client_id: int, first: date, n: int) -> list[int]:
    return [book(session, client_id, first + timedelta(weeks=i)) for i in range(n)]


def phq9(total: int, risk: bool = False) -> dict[str, int]:
    """PHQ-9 answers adding up to ``total`` (at most 24 without item 9)."""
    answers = {str(i): 0 for i in range(1, 10)}
    left = total - (1 if risk else 0)
    for i in range(1, 9):
        answers[str(i)] = min(3, left)
        left -= answers[str(i)]
    answers["9"] = 1 if risk else 0
    return answers


def evaluation(total: int) -> dict[str, int]:
    answers = {}
    for item in ("understood", "respected", "helpful", "focus"):
        answers[item] = min(4, total)
        total -= answers[item]
    return answers


def give(
    session: Session,
    instruments: dict[str, Instrument],
    client_id: int,
    instrument_id: str,
    answers: dict[str, int],
    day: date,
    appointment_id: int | None = None,
    hour: int = 9,
) -> int:
    adm_id, _ = measures.record_administration(
        session,
        client_id,
        instruments[instrument_id],
        answers,
        at=moment(day, hour),
        appointment_id=appointment_id,
    )
    return adm_id


def signals(
    session: Session, instruments: dict[str, Instrument], client_id: int, rule: str
) -> list[outcomes.AttentionSignal]:
    found = outcomes.needs_attention(session, TODAY, instruments, [client_id])
    return [s for s in found if s.rule == rule]


# ------------------------------------------------------------------ reliable change and recovery


@pytest.mark.parametrize(
    ("baseline", "latest", "kind", "recovered", "reliably"),
    [
        (18, 11, "improved", False, False),
        (18, 8, "improved", True, True),
        (12, 9, "no_reliable_change", True, False),
        (8, 15, "deteriorated", False, False),
    ],
)
def test_phq9_change_and_recovery_match_the_worked_examples(
    session: Session,
    instruments: dict[str, Instrument],
    baseline: int,
    latest: int,
    kind: str,
    recovered: bool,
    reliably: bool,
) -> None:
    client_id = new_client(session)
    give(session, instruments, client_id, "phq9", phq9(baseline), TODAY - timedelta(days=30))
    give(session, instruments, client_id, "phq9", phq9(latest), TODAY - timedelta(days=1))
    chart = outcomes.client_chart(session, client_id, instruments)
    (summary,) = chart.summaries
    assert (summary.baseline, summary.latest, summary.change) == (
        baseline,
        latest,
        latest - baseline,
    )
    assert summary.change_kind == kind
    assert summary.recovered is recovered
    assert summary.clinically_significant is recovered
    assert summary.reliably_recovered is reliably
    (series,) = chart.series
    assert [p.change_kind for p in series.points] == ["baseline_only", kind]
    assert [p.recovered for p in series.points] == [False, recovered]


def test_judge_follows_the_direction_and_the_threshold(instruments: dict[str, Instrument]) -> None:
    phq, evaluation_ = instruments["phq9"], instruments["session_evaluation"]
    assert outcomes.judge(18, 12, phq) == (-6, "improved")
    assert outcomes.judge(18, 13, phq) == (-5, "no_reliable_change")
    assert outcomes.judge(10, 16, phq) == (6, "deteriorated")
    # No published threshold: no change is called reliable, whatever its size.
    assert outcomes.judge(4, 16, evaluation_) == (12, "no_reliable_change")


# ------------------------------------------------------------------ the chart


def test_chart_numbers_attended_sessions_and_places_each_score(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    start = TODAY - timedelta(weeks=6)
    first = book(session, client_id, start)
    book(session, client_id, start + timedelta(weeks=1), S.NO_SHOW)
    second = book(session, client_id, start + timedelta(weeks=2))
    third_day = start + timedelta(weeks=3)
    book(session, client_id, third_day)
    give(session, instruments, client_id, "phq9", phq9(16), start - timedelta(days=3))
    give(session, instruments, client_id, "phq9", phq9(14), start, first)
    give(session, instruments, client_id, "phq9", phq9(12), start + timedelta(weeks=2), second)
    # No appointment given: matched by the day of an attended session.
    give(session, instruments, client_id, "phq9", phq9(9), third_day, hour=15)
    give(session, instruments, client_id, "session_evaluation", evaluation(14), start, first, 11)
    give(session, instruments, client_id, "phq9", {"1": 2}, third_day)  # incomplete: no total

    chart = outcomes.client_chart(session, client_id, instruments)
    (series,) = chart.series
    assert series.instrument_id == "phq9"
    assert [p.total for p in series.points] == [16, 14, 12, 9]
    assert [p.session_number for p in series.points] == [None, 1, 2, 3]
    assert [p.change for p in series.points] == [0, -2, -4, -7]
    assert series.points[-1].change_kind == "improved"
    assert series.points[-1].answers["1"] == 3
    assert series.max_total == 27 and series.cutoff == 10 and series.reliable_change == 6
    assert [(b.low, b.high) for b in series.bands][:2] == [(0, 4), (5, 9)]
    assert chart.evaluations is not None
    assert [p.total for p in chart.evaluations.points] == [14]
    assert chart.evaluations.higher_is_better
    assert [(p.status, p.day) for p in chart.strip] == [
        (S.ATTENDED, start),
        (S.NO_SHOW, start + timedelta(weeks=1)),
        (S.ATTENDED, start + timedelta(weeks=2)),
        (S.ATTENDED, third_day),
    ]
    assert chart.summaries[0].sessions_since_intake == 3


def test_strip_shows_the_review_of_homework_set_in_each_session(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    day = TODAY - timedelta(days=14)
    appointment_id = book(session, client_id, day)
    notes.ensure_builtin_templates(session)
    template_id = notes.templates(session)[0].id
    note_id = notes.start_note(session, client_id, template_id, day, appointment_id)
    task = homework.assign_homework(session, client_id, "Walk", "", None, day, note_id)
    homework.review_homework(session, task, "not_done", "", TODAY)
    chart = outcomes.client_chart(session, client_id, instruments)
    assert [p.homework for p in chart.strip] == ["not_done"]


# ------------------------------------------------------------------ guesses


def test_a_guess_is_kept_only_before_the_clients_rating(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    evaluation_ = instruments["session_evaluation"]
    client_id = new_client(session)
    day = TODAY - timedelta(days=1)
    appointment_id = book(session, client_id, day)
    assert outcomes.record_guess(session, appointment_id, 12, evaluation_) == Changed.OUTCOMES
    assert outcomes.record_guess(session, appointment_id, 13, evaluation_) == Changed.OUTCOMES
    with pytest.raises(ValidationError) as out_of_range:
        outcomes.record_guess(session, appointment_id, 17, evaluation_)
    assert "guessed_total" in out_of_range.value.problems
    give(session, instruments, client_id, "session_evaluation", evaluation(15), day, appointment_id)
    with pytest.raises(ValidationError, match="before seeing the client's rating"):
        outcomes.record_guess(session, appointment_id, 10, evaluation_)
    chart = outcomes.client_chart(session, client_id, instruments)
    assert [(g.appointment_id, g.guessed, g.actual) for g in chart.guesses] == [
        (appointment_id, 13, 15)
    ]
    entries = audit_entries(session, "clinician_guess", 1)
    assert [e.action for e in entries] == ["create", "change"]


# ------------------------------------------------------------------ settings


def test_attention_settings_are_stored_and_checked(session: Session) -> None:
    assert outcomes.attention_settings(session) == AttentionSettings()
    wanted = AttentionSettings(sessions_without_improvement=8, low_evaluation_total=11.5)
    assert outcomes.set_attention_settings(session, wanted) == Changed.SETTINGS
    assert outcomes.attention_settings(session) == wanted
    assert outcomes.set_attention_settings(session, wanted) == Changed.NOTHING
    with pytest.raises(ValidationError) as bad:
        outcomes.set_attention_settings(
            session, AttentionSettings(sessions_without_improvement=1, missed_in_last_five=6)
        )
    assert set(bad.value.problems) == {"sessions_without_improvement", "missed_in_last_five"}


# ------------------------------------------------------------------ the radar, rule by rule


def test_no_improvement_after_enough_sessions(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    stuck, better = new_client(session), new_client(session, "Bea")
    start = TODAY - timedelta(weeks=7)
    for client_id, latest in ((stuck, 11), (better, 5)):
        ids = weekly(session, client_id, start, 7)
        give(session, instruments, client_id, "phq9", phq9(12), start, ids[0])
        give(session, instruments, client_id, "phq9", phq9(latest), TODAY - timedelta(weeks=1))
    (signal,) = signals(session, instruments, stuck, "no_improvement")
    assert signal.reason == "No reliable improvement on the PHQ-9 after 7 sessions (12 → 11)."
    assert signal.severity == 1 and signal.act_in == "chart"
    assert signals(session, instruments, better, "no_improvement") == []
    outcomes.set_attention_settings(session, AttentionSettings(sessions_without_improvement=8))
    assert signals(session, instruments, stuck, "no_improvement") == []


def test_deterioration_in_the_last_three_scores(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    worse, steady = new_client(session), new_client(session, "Bea")
    for i, total in enumerate((8, 15, 10, 9)):
        give(session, instruments, worse, "phq9", phq9(total), TODAY - timedelta(weeks=8 - i))
    for i, total in enumerate((15, 9, 10, 9, 8)):
        give(session, instruments, steady, "phq9", phq9(total), TODAY - timedelta(weeks=8 - i))
    (signal,) = signals(session, instruments, worse, "deterioration")
    assert signal.severity == 2
    assert "8 → 15" in signal.reason and "PHQ-9" in signal.reason
    assert signals(session, instruments, steady, "deterioration") == []


def test_risk_open_or_recent(session: Session, instruments: dict[str, Instrument]) -> None:
    open_, recent, settled = (new_client(session, n) for n in ("Ann", "Bea", "Cy"))
    give(session, instruments, open_, "phq9", phq9(12, risk=True), TODAY - timedelta(days=60))
    give(session, instruments, recent, "phq9", phq9(12, risk=True), TODAY - timedelta(days=3))
    give(session, instruments, settled, "phq9", phq9(12, risk=True), TODAY - timedelta(days=60))
    for recent_or_settled in (recent, settled):
        for item in measures.follow_ups(session, recent_or_settled, open_only=True):
            measures.resolve_follow_up(session, item.id, FollowUpStatus.ASSESSED, "Safety plan.")
    (signal,) = signals(session, instruments, open_, "risk")
    assert signal.severity == 2 and "still open" in signal.reason
    assert "within the last 14 days" in signals(session, instruments, recent, "risk")[0].reason
    assert signals(session, instruments, settled, "risk") == []


def test_low_or_falling_session_rating(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    low, falling, fine = (new_client(session, n) for n in ("Ann", "Bea", "Cy"))
    for client_id, totals in ((low, (14, 11)), (falling, (16, 14)), (fine, (13, 14))):
        for weeks, total in zip((2, 1), totals, strict=True):
            answers = evaluation(total)
            give(
                session,
                instruments,
                client_id,
                "session_evaluation",
                answers,
                TODAY - timedelta(weeks=weeks),
            )
    assert "was 11" in signals(session, instruments, low, "low_evaluation")[0].reason
    assert "from 16 to 14" in signals(session, instruments, falling, "low_evaluation")[0].reason
    assert signals(session, instruments, fine, "low_evaluation") == []


def test_homework_not_done_running(session: Session, instruments: dict[str, Instrument]) -> None:
    stuck, mixed = new_client(session), new_client(session, "Bea")
    for client_id, reviews in (
        (stuck, ("done", "not_done", "not_done", "not_done")),
        (mixed, ("not_done", "not_done", "partly", "not_done")),
    ):
        for i, review in enumerate(reviews):
            day = TODAY - timedelta(weeks=5 - i)
            task = homework.assign_homework(session, client_id, "Diary", "", None, day)
            homework.review_homework(session, task, review, "", day + timedelta(days=7))
    (signal,) = signals(session, instruments, stuck, "homework")
    assert signal.reason.startswith("The last 3 homework tasks were not done")
    assert signals(session, instruments, mixed, "homework") == []


def test_missed_appointments_among_the_last_five(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    missing, once = new_client(session), new_client(session, "Bea")
    start = TODAY - timedelta(weeks=6)
    for client_id, statuses in (
        (missing, (S.NO_SHOW, S.ATTENDED, S.LATE_CANCELLED, S.ATTENDED, S.ATTENDED)),
        (
            once,
            (
                S.NO_SHOW,
                S.NO_SHOW,
                S.ATTENDED,
                S.LATE_CANCELLED,
                S.ATTENDED,
                S.ATTENDED,
                S.ATTENDED,
            ),
        ),
    ):
        for i, status in enumerate(statuses):
            book(session, client_id, start + timedelta(weeks=i) - timedelta(days=14), status)
    (signal,) = signals(session, instruments, missing, "attendance")
    assert signal.reason.startswith("2 of the last 5 appointments")
    assert signal.act_in == "calendar"
    # Two no-shows, but only one missed among the last five.
    assert signals(session, instruments, once, "attendance") == []


def test_consent_missing_for_a_client_seen_lately(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    seen, long_ago = new_client(session), new_client(session, "Bea")
    book(session, seen, TODAY - timedelta(days=10))
    book(session, long_ago, TODAY - timedelta(days=120))
    (signal,) = signals(session, instruments, seen, "consent")
    assert signal.reason.startswith("No signed consent") and signal.act_in == "consent"
    assert signals(session, instruments, long_ago, "consent") == []


def test_intake_follow_up_left_open_over_sessions(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    left, handled = new_client(session), new_client(session, "Bea")
    start = TODAY - timedelta(weeks=4)
    for client_id in (left, handled):
        give(session, instruments, client_id, "phq9", phq9(14), start - timedelta(days=1))
        weekly(session, client_id, start, 3)
    for item in measures.follow_ups(session, handled, open_only=True):
        measures.resolve_follow_up(session, item.id, FollowUpStatus.ASSESSED, "Assessed.")
    (signal,) = signals(session, instruments, left, "open_follow_up")
    assert "3 sessions since" in signal.reason
    assert signals(session, instruments, handled, "open_follow_up") == []


def test_only_active_clients_are_looked_at_by_default(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    active, paused = new_client(session), new_client(session, "Bea")
    for client_id in (active, paused):
        book(session, client_id, TODAY - timedelta(days=10))
    record = clients.get_client(session, paused, TODAY)
    clients.update_client(session, paused, replace(record.data, status=ClientStatus.PAUSED), TODAY)
    found = {s.client_id for s in outcomes.needs_attention(session, TODAY, instruments)}
    assert found == {active}


# ------------------------------------------------------------------ snoozes


def test_snooze_hides_a_signal_until_its_day(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    client_id = new_client(session)
    book(session, client_id, TODAY - timedelta(days=10))
    until = TODAY + timedelta(days=14)
    reason = "Consent meeting booked with her guardian"
    assert outcomes.snooze(session, client_id, "consent", reason, until, TODAY) == Changed.OUTCOMES
    assert signals(session, instruments, client_id, "consent") == []
    on_the_day = outcomes.needs_attention(session, until, instruments, [client_id])
    assert on_the_day == []
    after = outcomes.needs_attention(session, until + timedelta(days=1), instruments, [client_id])
    assert [s.rule for s in after] == ["consent"]
    (kept,) = outcomes.snoozed(session, client_id)
    assert (kept.rule, kept.reason, kept.until) == ("consent", reason, until)
    assert outcomes.snoozed(session, client_id, today=until + timedelta(days=1)) == []
    (entry,) = audit_entries(session, "attention_snooze", kept.id)
    assert entry.detail == {"client_id": client_id, "rule": "consent", "until": until.isoformat()}
    assert "guardian" not in str(entry.detail)


@pytest.mark.parametrize(
    ("rule", "reason", "until", "field"),
    [
        ("consent", " ", TODAY + timedelta(days=1), "reason"),
        ("consent", "Why", TODAY, "until"),
        ("consent", "Why", TODAY + timedelta(days=181), "until"),
        ("bedtime", "Why", TODAY + timedelta(days=1), "rule"),
    ],
)
def test_a_snooze_needs_a_rule_a_reason_and_a_near_day(
    session: Session, rule: str, reason: str, until: date, field: str
) -> None:
    client_id = new_client(session)
    with pytest.raises(ValidationError) as bad:
        outcomes.snooze(session, client_id, rule, reason, until, TODAY)
    assert set(bad.value.problems) == {field}


# ------------------------------------------------------------------ the practice's results


def test_practice_outcomes_on_a_tiny_practice(
    session: Session, instruments: dict[str, Instrument]
) -> None:
    since, until = TODAY - timedelta(days=90), TODAY
    before = since - timedelta(days=30)
    pairs = [(18, 11), (18, 8), (12, 9), (8, 15)]
    for i, (baseline, latest) in enumerate(pairs):
        client_id = new_client(session, f"Client{i}")
        give(session, instruments, client_id, "phq9", phq9(baseline), before)
        give(session, instruments, client_id, "phq9", phq9(latest), since + timedelta(days=10))
    # A baseline only, and a client whose scores all fall after the period: not counted.
    only_baseline = new_client(session, "Dee")
    give(session, instruments, only_baseline, "phq9", phq9(20), since + timedelta(days=5))
    # Sessions and ratings: two episodes starting in the period (3 and 1 sessions).
    first, second = new_client(session, "Eve"), new_client(session, "Fay")
    ids = weekly(session, first, since + timedelta(days=7), 3)
    book(session, second, since + timedelta(days=3))
    give(
        session,
        instruments,
        first,
        "session_evaluation",
        evaluation(12),
        since + timedelta(days=7),
        ids[0],
    )
    give(
        session,
        instruments,
        first,
        "session_evaluation",
        evaluation(15),
        since + timedelta(days=14),
        ids[1],
    )
    early = new_client(session, "Gus")
    book(session, early, since - timedelta(days=3))
    book(session, early, since + timedelta(days=3), hour=14)
    # Consultations: three held in the period, one of whom became a client.
    for n, name in enumerate(("Hal", "Ida", "Jo", "Kim")):
        prospect_id, _ = prospects.create_prospect(
            session, prospects.ProspectInput(name, phone="415 555 0100")
        )
        status = S.SCHEDULED if name == "Kim" else S.ATTENDED
        book(session, None, since + timedelta(days=20 + n), status, prospect_id=prospect_id)
        if name == "Hal":
            data = adult(legal_first_name="Hal", legal_last_name="Moss")
            prospects.convert_to_client(session, prospect_id, data, TODAY)

    result = outcomes.practice_outcomes(session, since, until, instruments)
    by_id = {r.instrument_id: r for r in result.instruments}
    phq = by_id["phq9"]
    assert (phq.clients, phq.reliably_improved, phq.reliably_deteriorated) == (4, 2, 1)
    assert (phq.at_caseness, phq.recovered, phq.reliably_recovered) == (3, 2, 1)
    assert phq.improvement_rate == 0.5 and phq.recovery_rate == pytest.approx(2 / 3)
    assert by_id["gad7"].clients == 0 and by_id["gad7"].improvement_rate is None
    assert (result.evaluations, result.average_evaluation) == (2, 13.5)
    assert (result.consultations_held, result.became_clients) == (3, 1)
    assert result.conversion_rate == pytest.approx(1 / 3)
    assert (result.episodes, result.episode_sessions) == (2, 4)
    assert result.average_sessions_per_episode == 2


def test_each_partner_of_a_joint_session_has_a_guess_of_their_own(session: Session) -> None:
    evaluation_ = load_all().instruments["session_evaluation"]
    first, second = new_client(session, "Ada"), new_client(session, "Bram")
    day = TODAY - timedelta(days=3)
    data = AppointmentInput(
        service_id=service(session, ServiceKind.COUPLES),
        start=moment(day, 9),
        duration_minutes=50,
        client_id=first,
        partner_ids=(second,),
        allow_outside_hours=True,
        accept_consent_warning=True,
    )
    (appointment_id,) = calendar.book(session, data, day - timedelta(days=1))
    assert outcomes.record_guess(session, appointment_id, 12, evaluation_) == Changed.OUTCOMES
    assert outcomes.record_guess(session, appointment_id, 9, evaluation_, second) == (
        Changed.OUTCOMES
    )
    kept = session.execute(
        select(ClinicianGuess.client_id, ClinicianGuess.guessed_total).order_by(ClinicianGuess.id)
    ).all()
    assert [tuple(row) for row in kept] == [(first, 12.0), (second, 9.0)]
    stranger = new_client(session, "Cleo")
    with pytest.raises(ValidationError) as refused:
        outcomes.record_guess(session, appointment_id, 9, evaluation_, stranger)
    assert "client_id" in refused.value.problems
