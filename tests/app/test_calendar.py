"""The calendar: services, booking, conflicts and buffers, series across daylight saving, fees."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import calendar, clients, prospects
from app.calendar import (
    AppointmentChange,
    AppointmentInput,
    Conflict,
    ConsentNeeded,
    OutsideHours,
    Recurrence,
    Repeat,
    SchedulePolicy,
    Scope,
    ServiceInput,
)
from app.changes import Changed
from app.errors import ValidationError
from app.models import (
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    ProspectStatus,
    Service,
    ServiceKind,
)
from app.practice import FeePolicy, fee_policy, get_profile, save_profile, set_fee_policy
from app.prospects import ProspectInput
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_entries, count

LONDON = ZoneInfo("Europe/London")
#: Mondays to Fridays, 8:00 to 20:00.
LONG_DAYS = SchedulePolicy(hours=((time(8), time(20)),) * 5 + (None, None))
S = AppointmentStatus


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in London."""
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    """One transaction on a London practice with the default services and long working days."""
    with vault.session() as session:
        save_profile(session, replace(get_profile(session), time_zone="Europe/London"))
        calendar.ensure_default_services(session)
        calendar.set_schedule_policy(session, LONG_DAYS)
        yield session


def service_of(session: Session, kind: ServiceKind) -> Service:
    found = session.scalar(select(Service).where(Service.kind == kind))
    assert found is not None
    return found


def new_client(session: Session, **changes: Any) -> int:
    client_id, _ = clients.create_client(session, adult(**changes), TODAY)
    return client_id


def booking(session: Session, client_id: int, start: datetime, **changes: Any) -> AppointmentInput:
    """An individual session of 50 minutes, consent warning accepted unless said otherwise."""
    base = AppointmentInput(
        service_id=service_of(session, ServiceKind.INDIVIDUAL).id,
        start=start,
        duration_minutes=50,
        client_id=client_id,
        accept_consent_warning=True,
    )
    return replace(base, **changes)


def book_one(session: Session, client_id: int, start: datetime, **changes: Any) -> int:
    (appointment_id,) = calendar.book(session, booking(session, client_id, start, **changes), TODAY)
    return appointment_id


def local_starts(session: Session, ids: list[int]) -> list[datetime]:
    return [calendar.get_appointment(session, i).start.astimezone(LONDON) for i in ids]


def series_of(session: Session, appointment_id: int) -> AppointmentSeries:
    series_id = calendar.get_appointment(session, appointment_id).series_id
    found = session.get(AppointmentSeries, series_id)
    assert found is not None
    return found


# ---------------------------------------------------------------- services


def test_default_services_are_installed_once(vault: Vault) -> None:
    with vault.session() as session:
        assert calendar.ensure_default_services(session) & Changed.CALENDAR
        assert calendar.ensure_default_services(session) == Changed.NOTHING
        names = [s.name for s in calendar.services(session)]
    assert names == [s.name for s in calendar.DEFAULT_SERVICES]


def test_default_services_take_the_fees_already_set(vault: Vault) -> None:
    with vault.session() as session:
        set_fee_policy(
            session,
            FeePolicy(
                fee_individual=Decimal("120"),
                fee_couples=Decimal("160.50"),
                free_consultation_minutes=20,
            ),
        )
        calendar.ensure_default_services(session)
        found = {s.kind: s for s in calendar.services(session)}
    assert found[ServiceKind.INDIVIDUAL].fee == Decimal("120.00")
    assert found[ServiceKind.COUPLES].fee == Decimal("160.50")
    assert found[ServiceKind.CONSULTATION].duration_minutes == 20
    assert found[ServiceKind.CONSULTATION].fee is None


def good_service(**changes: Any) -> ServiceInput:
    base = ServiceInput("Family session", 80, Decimal("140"), kind=ServiceKind.OTHER)
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "individual SESSION"}, "name"),
        ({"duration_minutes": calendar.MIN_DURATION - 1}, "duration_minutes"),
        ({"duration_minutes": calendar.MAX_DURATION + 1}, "duration_minutes"),
        ({"fee": Decimal("-1")}, "fee"),
        ({"fee": Decimal("10.555")}, "fee"),
        ({"colour": "red"}, "colour"),
        ({"buffer_after_minutes": 121}, "buffer_after_minutes"),
        ({"buffer_after_minutes": -5}, "buffer_after_minutes"),
        ({"procedure_code": "908-34"}, "procedure_code"),
        ({"procedure_code": "9" * 21}, "procedure_code"),
    ],
)
def test_bad_service_is_refused(session: Session, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        calendar.create_service(session, good_service(**changes))
    assert field in caught.value.problems


def test_service_is_stored_updated_archived_and_audited(session: Session) -> None:
    service_id = calendar.create_service(session, good_service(colour="#AABBCC"))
    info = calendar.get_service(session, service_id)
    assert (info.fee, info.colour, info.archived) == (Decimal("140.00"), "#aabbcc", False)
    assert calendar.update_service(session, service_id, good_service(fee=Decimal("150")))
    assert calendar.update_service(session, service_id, good_service(fee=Decimal("150"))) == (
        Changed.NOTHING
    )
    assert calendar.archive_service(session, service_id) & Changed.CALENDAR
    assert service_id not in [s.id for s in calendar.services(session)]
    assert service_id in [s.id for s in calendar.services(session, include_archived=True)]
    actions = [e.action for e in audit_entries(session, "service", service_id)]
    assert actions == ["create", "change", "change"]


def test_fee_policy_reads_the_services_and_writes_them(session: Session) -> None:
    individual = service_of(session, ServiceKind.INDIVIDUAL)
    calendar.update_service(
        session,
        individual.id,
        replace(calendar.DEFAULT_SERVICES[2], fee=Decimal("95")),
    )
    assert fee_policy(session).fee_individual == Decimal("95.00")
    set_fee_policy(
        session,
        replace(
            fee_policy(session),
            fee_individual=Decimal("110"),
            fee_couples=Decimal("150"),
            free_consultation_minutes=25,
        ),
    )
    found = {s.kind: s for s in calendar.services(session)}
    assert found[ServiceKind.INDIVIDUAL].fee == Decimal("110.00")
    assert found[ServiceKind.COUPLES].fee == Decimal("150.00")
    assert found[ServiceKind.CONSULTATION].duration_minutes == 25
    policy = fee_policy(session)
    assert (policy.fee_individual, policy.free_consultation_minutes) == (Decimal("110.00"), 25)
    # An archived service no longer sets the fee: the stored setting stands in.
    calendar.archive_service(session, found[ServiceKind.COUPLES].id)
    calendar.update_service(
        session, individual.id, replace(calendar.DEFAULT_SERVICES[2], fee=Decimal("99"))
    )
    assert fee_policy(session).fee_couples == Decimal("150.00")
    assert fee_policy(session).fee_individual == Decimal("99.00")


def test_schedule_policy_is_checked_and_stored(session: Session) -> None:
    assert calendar.schedule_policy(session) == LONG_DAYS
    with pytest.raises(ValidationError) as caught:
        calendar.set_schedule_policy(
            session, SchedulePolicy(hours=((time(17), time(9)),) + (None,) * 6)
        )
    assert "Monday" in caught.value.problems["hours"]
    with pytest.raises(ValidationError):
        calendar.set_schedule_policy(session, SchedulePolicy(min_buffer_minutes=121))
    assert calendar.set_schedule_policy(session, LONG_DAYS) == Changed.NOTHING


# ---------------------------------------------------------------- booking and reading


def test_booking_is_read_back_everywhere(session: Session) -> None:
    client_id = new_client(session)
    start = at(date(2027, 3, 2), 17)
    appointment_id = book_one(session, client_id, start, location="video", memo="first")
    view = calendar.get_appointment(session, appointment_id)
    assert (view.start, view.end, view.duration_minutes) == (
        start,
        start + timedelta(minutes=50),
        50,
    )
    assert (view.who, view.code, view.kind) == ("Lee, Ann", "C0001", ServiceKind.INDIVIDUAL)
    assert (view.status, view.series_id, view.buffer_after_minutes) == (S.SCHEDULED, None, 10)
    assert (view.location, view.memo, view.consent_warning) == ("video", "first", "none")
    assert [v.id for v in calendar.day_agenda(session, date(2027, 3, 2))] == [appointment_id]
    assert calendar.day_agenda(session, date(2027, 3, 3)) == []
    assert [v.id for v in calendar.client_appointments(session, client_id)] == [appointment_id]
    week = calendar.appointments_between(session, at(date(2027, 3, 1), 0), at(date(2027, 3, 8), 0))
    assert [v.id for v in week] == [appointment_id]
    (entry,) = audit_entries(session, "appointment", appointment_id)
    assert "Lee" not in str(entry.detail) and "Ann" not in str(entry.detail)


def test_a_couple_session_shows_for_both_partners(session: Session) -> None:
    first = new_client(session)
    second = new_client(session, legal_first_name="Bo", email="bo@example.org")
    appointment_id = book_one(
        session,
        first,
        at(date(2027, 3, 2), 10),
        service_id=service_of(session, ServiceKind.COUPLES).id,
        partner_ids=(second,),
    )
    assert calendar.get_appointment(session, appointment_id).partner_ids == (second,)
    assert [v.id for v in calendar.client_appointments(session, second)] == [appointment_id]


def test_booking_needs_exactly_one_active_client_or_enquiry(session: Session) -> None:
    client_id = new_client(session)
    with pytest.raises(ValidationError):
        book_one(session, client_id, at(date(2027, 3, 2), 10), prospect_id=1)
    with pytest.raises(ValidationError):
        book_one(session, 999, at(date(2027, 3, 2), 10))
    clients.archive(session, client_id, TODAY)
    with pytest.raises(ValidationError) as caught:
        book_one(session, client_id, at(date(2027, 3, 2), 10))
    assert "archived" in caught.value.problems["client_id"]
    assert count(session, Appointment) == 0


def test_archived_service_and_bad_length_are_refused(session: Session) -> None:
    client_id = new_client(session)
    individual = service_of(session, ServiceKind.INDIVIDUAL)
    with pytest.raises(ValidationError) as caught:
        book_one(session, client_id, at(date(2027, 3, 2), 10), duration_minutes=4)
    assert "duration_minutes" in caught.value.problems
    calendar.archive_service(session, individual.id)
    with pytest.raises(ValidationError) as caught:
        book_one(session, client_id, at(date(2027, 3, 2), 10))
    assert "service_id" in caught.value.problems


def add_enquiry(session: Session) -> int:
    prospect_id, _ = prospects.create_prospect(
        session, ProspectInput(name="Mary Smith", phone="415.555.2671")
    )
    return prospect_id


def consultation(session: Session, prospect_id: int, start: datetime) -> AppointmentInput:
    service = service_of(session, ServiceKind.CONSULTATION)
    return AppointmentInput(service.id, start, service.duration_minutes, prospect_id=prospect_id)


def test_an_enquiry_is_booked_only_for_a_consultation(session: Session) -> None:
    prospect_id = add_enquiry(session)
    start = at(date(2027, 3, 2), 10)
    with pytest.raises(ValidationError) as caught:
        calendar.book(
            session,
            replace(
                consultation(session, prospect_id, start),
                service_id=service_of(session, ServiceKind.INDIVIDUAL).id,
            ),
            TODAY,
        )
    assert "consultation" in caught.value.problems["service_id"]
    (appointment_id,) = calendar.book(session, consultation(session, prospect_id, start), TODAY)
    view = calendar.get_appointment(session, appointment_id)
    assert (view.who, view.code, view.consent_warning) == ("Mary Smith", "Enquiry", "")
    _, row = prospects.get_prospect(session, prospect_id)
    assert row.status == ProspectStatus.CONSULTATION_BOOKED


def test_converting_the_enquiry_gives_the_client_its_consultation(session: Session) -> None:
    prospect_id = add_enquiry(session)
    start = at(date(2026, 11, 24), 10)
    (appointment_id,) = calendar.book(session, consultation(session, prospect_id, start), TODAY)
    calendar.set_status(session, appointment_id, S.ATTENDED, start + timedelta(hours=1))
    _, row = prospects.get_prospect(session, prospect_id)
    assert row.status == ProspectStatus.CONSULTATION_HELD
    data = prospects.client_input_from(session, prospect_id)
    client_id, changed = prospects.convert_to_client(
        session, prospect_id, replace(data, date_of_birth=date(1990, 1, 1)), TODAY
    )
    assert changed & Changed.CALENDAR
    view = calendar.get_appointment(session, appointment_id)
    assert (view.client_id, view.prospect_id, view.code) == (client_id, None, "C0001")
    assert [v.id for v in calendar.client_appointments(session, client_id)] == [appointment_id]
    assert clients.get_client(session, client_id, TODAY).last_service_on == date(2026, 11, 24)


# ---------------------------------------------------------------- conflicts


def test_buffers_allow_adjacent_sessions_and_refuse_overlap(session: Session) -> None:
    client_id = new_client(session, code="C0012")
    day = date(2026, 3, 3)
    first = book_one(session, client_id, at(day, 17))
    # 17:50 + 10 minutes of buffer ends at 18:00: the next session may start then.
    book_one(session, client_id, at(day, 18))
    with pytest.raises(Conflict) as caught:
        book_one(session, client_id, at(day, 16, 10))  # its own buffer reaches 17:10
    assert [c.id for c in caught.value.conflicts] == [first]
    book_one(session, client_id, at(day, 16))  # its buffer ends at 17:00 exactly
    with pytest.raises(Conflict) as caught:
        book_one(session, client_id, at(day, 18, 55), duration_minutes=5)
    assert caught.value.message == (
        "Overlaps Individual session (C0012) on Tue 3 Mar 2026, 18:00–18:50, "
        "with its 10-minute buffer."
    )
    assert "Lee" not in caught.value.message
    assert count(session, Appointment) == 3


def test_the_practice_minimum_buffer_counts(session: Session) -> None:
    client_id = new_client(session)
    day = date(2027, 3, 2)
    book_one(
        session, client_id, at(day, 10), service_id=service_of(session, ServiceKind.CONSULTATION).id
    )
    book_one(session, client_id, at(day, 10, 50), duration_minutes=20)
    calendar.set_schedule_policy(session, replace(LONG_DAYS, min_buffer_minutes=30))
    with pytest.raises(Conflict):
        book_one(session, client_id, at(day, 11, 30))  # 11:10 + 30 minutes reaches 11:40


def test_cancelled_time_is_free_again(session: Session) -> None:
    client_id = new_client(session)
    start = at(date(2027, 3, 2), 10)
    first = book_one(session, client_id, start)
    calendar.cancel(session, first, by_client=False, scope=Scope.THIS, now=at(date(2027, 2, 1), 9))
    second = book_one(session, client_id, start)
    assert [c.id for c in calendar.conflicts(session, start, start + timedelta(minutes=50), 0)] == [
        second
    ]
    with pytest.raises(Conflict):  # putting the cancelled one back would double-book
        calendar.set_status(session, first, S.SCHEDULED, at(date(2027, 2, 2), 9))


def test_blocked_time_conflicts_until_removed(session: Session) -> None:
    client_id = new_client(session)
    day = date(2027, 3, 2)
    blocked_id = calendar.add_blocked(session, at(day, 12), at(day, 13), "Dentist")
    book_one(session, client_id, at(day, 11), duration_minutes=50)  # 11:50 + 10 reaches 12:00
    with pytest.raises(Conflict) as caught:
        book_one(session, client_id, at(day, 12, 30))
    assert caught.value.message == "Overlaps busy time on Tue 2 Mar 2027, 12:00–13:00."
    assert [b.id for b in calendar.blocked_between(session, at(day, 0), at(day, 23))] == [
        blocked_id
    ]
    assert calendar.remove_blocked(session, blocked_id) == Changed.CALENDAR
    book_one(session, client_id, at(day, 12, 30))


def test_long_busy_time_still_conflicts(session: Session) -> None:
    client_id = new_client(session)
    calendar.add_blocked(session, at(date(2027, 3, 1), 0), at(date(2027, 3, 13), 0), "Holiday")
    with pytest.raises(Conflict):
        book_one(session, client_id, at(date(2027, 3, 10), 10))


def test_outside_working_hours_needs_confirmation(session: Session) -> None:
    client_id = new_client(session)
    with pytest.raises(OutsideHours) as caught:
        book_one(session, client_id, at(date(2027, 3, 2), 19, 30))
    assert caught.value.message == (
        "Tue 2 Mar 2027, 19:30–20:20 is outside working hours (8:00–20:00)."
    )
    with pytest.raises(OutsideHours) as caught:
        book_one(session, client_id, at(date(2027, 3, 6), 10))
    assert "Saturday is not a working day" in caught.value.message
    assert count(session, Appointment) == 0
    book_one(session, client_id, at(date(2027, 3, 2), 19, 30), allow_outside_hours=True)


def test_consent_gate_refuses_then_records_the_warning(session: Session) -> None:
    client_id = new_client(session)
    start = at(date(2027, 3, 2), 10)
    with pytest.raises(ConsentNeeded) as caught:
        book_one(session, client_id, start, accept_consent_warning=False)
    assert caught.value.kind == "none"
    assert "C0001" in caught.value.message and "Lee" not in caught.value.message
    assert count(session, Appointment) == 0
    appointment_id = book_one(session, client_id, start)
    assert calendar.get_appointment(session, appointment_id).consent_warning == "none"
    (entry,) = audit_entries(session, "appointment", appointment_id)
    assert entry.detail["consent_warning"] == "none"
    # A free consultation is not billable: no consent needed.
    free = book_one(
        session,
        client_id,
        at(date(2027, 3, 3), 10),
        service_id=service_of(session, ServiceKind.CONSULTATION).id,
        accept_consent_warning=False,
    )
    assert calendar.get_appointment(session, free).consent_warning == ""


def test_the_conflict_query_uses_the_start_time_index(session: Session) -> None:
    start = datetime(2027, 3, 2, 10, tzinfo=UTC)
    statement = calendar.conflict_statement(start - calendar.LONGEST_BLOCK, start, [1, 2])
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
    )
    plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_appointment_start_utc" in details, details
    assert "SCAN appointment" not in details, details


# ---------------------------------------------------------------- series


def test_weekly_series_keeps_its_local_time_across_both_clock_changes(session: Session) -> None:
    client_id = new_client(session)
    first = at(date(2027, 3, 2), 17)  # London moves to summer time on 28 March, back on 31 Oct
    ids = calendar.book(
        session,
        booking(session, client_id, first, recurrence=Recurrence(Repeat.WEEKLY, count=40)),
        TODAY,
    )
    assert len(ids) == 40
    starts = local_starts(session, ids)
    assert {(s.hour, s.minute, s.weekday()) for s in starts} == {(17, 0, 1)}
    utc_hours = [s.astimezone(UTC).hour for s in starts]
    assert utc_hours[0] == 17 and utc_hours[5] == 16 and utc_hours[-1] == 17
    series = series_of(session, ids[0])
    assert series.rule == "FREQ=WEEKLY;COUNT=40"
    assert (series.first_start, series.time_zone) == (datetime(2027, 3, 2, 17), "Europe/London")
    rows = session.scalars(select(Appointment).where(Appointment.id.in_(ids))).all()
    assert all(r.occurrence_utc == r.start_utc and r.series_id == series.id for r in rows)


def test_monthly_series_is_on_the_same_weekday_of_the_month(session: Session) -> None:
    client_id = new_client(session)
    ids = calendar.book(
        session,
        booking(
            session,
            client_id,
            at(date(2027, 3, 9), 10),  # the 2nd Tuesday
            recurrence=Recurrence(Repeat.MONTHLY, count=4),
        ),
        TODAY,
    )
    days = [s.date() for s in local_starts(session, ids)]
    assert days == [date(2027, 3, 9), date(2027, 4, 13), date(2027, 5, 11), date(2027, 6, 8)]
    assert series_of(session, ids[0]).rule == "FREQ=MONTHLY;COUNT=4;BYDAY=+2TU"


def test_series_until_a_date_and_series_limits(session: Session) -> None:
    client_id = new_client(session)
    fortnightly = Recurrence(Repeat.FORTNIGHTLY, until=date(2027, 4, 13))
    ids = calendar.book(
        session, booking(session, client_id, at(date(2027, 3, 2), 9), recurrence=fortnightly), TODAY
    )
    assert [s.date() for s in local_starts(session, ids)] == [
        date(2027, 3, 2),
        date(2027, 3, 16),
        date(2027, 3, 30),
        date(2027, 4, 13),
    ]
    assert series_of(session, ids[0]).rule == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270413T235959"
    for bad in (
        Recurrence(Repeat.WEEKLY),
        Recurrence(Repeat.WEEKLY, count=1),
        Recurrence(Repeat.WEEKLY, count=calendar.MAX_SERIES_SESSIONS + 1),
        Recurrence(Repeat.WEEKLY, count=2, until=date(2027, 5, 1)),
        Recurrence(Repeat.WEEKLY, until=date(2032, 12, 1)),
        Recurrence(Repeat.WEEKLY, until=date(2027, 1, 1)),
    ):
        with pytest.raises(ValidationError):
            calendar.book(
                session, booking(session, client_id, at(date(2027, 5, 4), 9), recurrence=bad), TODAY
            )
    assert count(session, Appointment) == 4


def test_a_series_is_refused_whole_when_one_session_conflicts(session: Session) -> None:
    client_id = new_client(session)
    book_one(session, client_id, at(date(2027, 3, 16), 17, 30))
    with pytest.raises(Conflict) as caught:
        calendar.book(
            session,
            booking(
                session,
                client_id,
                at(date(2027, 3, 2), 17),
                recurrence=Recurrence(Repeat.WEEKLY, count=4),
            ),
            TODAY,
        )
    assert "Tue 16 Mar 2027, 17:30–18:20" in caught.value.message
    assert count(session, Appointment) == 1
    assert count(session, AppointmentSeries) == 0


def weekly(session: Session, client_id: int, sessions: int = 10) -> list[int]:
    """A weekly series of Tuesdays at 17:00 London time, from 2 March 2027."""
    return calendar.book(
        session,
        booking(
            session,
            client_id,
            at(date(2027, 3, 2), 17),
            recurrence=Recurrence(Repeat.WEEKLY, count=sessions),
        ),
        TODAY,
    )


def test_editing_this_session_is_an_exception_kept_by_editing_all(session: Session) -> None:
    client_id = new_client(session)
    ids = weekly(session, client_id)
    moved = at(date(2027, 3, 11), 9)
    changed = calendar.change(
        session, ids[1], AppointmentChange(start=moved, memo="moved"), Scope.THIS, TODAY
    )
    assert changed == Changed.CALENDAR
    view = calendar.get_appointment(session, ids[1])
    assert (view.start, view.is_exception, view.memo) == (moved, True, "moved")
    calendar.change(
        session, ids[0], AppointmentChange(start=at(date(2027, 3, 2), 18)), Scope.ALL, TODAY
    )
    starts = local_starts(session, ids)
    assert starts[1] == moved
    assert {(s.hour, s.weekday()) for i, s in enumerate(starts) if i != 1} == {(18, 1)}


def test_editing_all_shifts_the_local_time_across_a_clock_change(session: Session) -> None:
    client_id = new_client(session)
    ids = weekly(session, client_id)
    calendar.set_status(session, ids[0], S.ATTENDED, at(date(2027, 3, 2), 18))
    calendar.change(
        session,
        ids[2],
        AppointmentChange(start=at(date(2027, 3, 16), 18), duration_minutes=45),
        Scope.ALL,
        TODAY,
    )
    views = [calendar.get_appointment(session, i) for i in ids]
    assert views[0].start == at(date(2027, 3, 2), 17)  # attended: untouched
    assert views[0].duration_minutes == 50
    for view in views[1:]:
        local = view.start.astimezone(LONDON)
        assert (local.hour, local.minute, view.duration_minutes) == (18, 0, 45)
    assert views[-1].start.astimezone(UTC).hour == 17  # 18:00 summer time
    series = series_of(session, ids[0])
    assert (series.first_start, series.rule) == (datetime(2027, 3, 2, 18), "FREQ=WEEKLY;COUNT=10")


def test_editing_this_and_following_splits_the_series(session: Session) -> None:
    client_id = new_client(session)
    ids = weekly(session, client_id)
    old_series = series_of(session, ids[0])
    calendar.change(
        session,
        ids[4],
        AppointmentChange(start=at(date(2027, 3, 31), 9), location="video"),
        Scope.FOLLOWING,
        TODAY,
    )
    views = [calendar.get_appointment(session, i) for i in ids]
    assert {v.series_id for v in views[:4]} == {old_series.id}
    assert all(v.start.astimezone(LONDON).hour == 17 and v.location == "" for v in views[:4])
    new_series_ids = {v.series_id for v in views[4:]}
    assert len(new_series_ids) == 1 and old_series.id not in new_series_ids
    for view in views[4:]:
        local = view.start.astimezone(LONDON)
        assert (local.weekday(), local.hour, view.location, view.is_exception) == (
            2,
            9,
            "video",
            False,
        )
    new_series = series_of(session, ids[4])
    assert old_series.rule == "FREQ=WEEKLY;UNTIL=20270330T165959"
    assert new_series.rule == "FREQ=WEEKLY;COUNT=6"
    assert new_series.first_start == datetime(2027, 3, 31, 9)


def test_only_scheduled_appointments_change(session: Session) -> None:
    client_id = new_client(session)
    appointment_id = book_one(session, client_id, at(date(2026, 11, 24), 10))
    calendar.set_status(session, appointment_id, S.ATTENDED, at(date(2026, 11, 24), 11))
    with pytest.raises(ValidationError):
        calendar.change(session, appointment_id, AppointmentChange(memo="x"), Scope.THIS, TODAY)


def test_moving_into_another_appointment_is_refused(session: Session) -> None:
    client_id = new_client(session)
    day = date(2027, 3, 2)
    first = book_one(session, client_id, at(day, 10))
    second = book_one(session, client_id, at(day, 12))
    with pytest.raises(Conflict):
        calendar.change(
            session, second, AppointmentChange(start=at(day, 10, 30)), Scope.THIS, TODAY
        )
    # Moving within its own time is fine: it does not conflict with itself.
    calendar.change(session, first, AppointmentChange(start=at(day, 10, 15)), Scope.THIS, TODAY)
    with pytest.raises(OutsideHours):
        calendar.change(session, first, AppointmentChange(start=at(day, 7)), Scope.THIS, TODAY)


# ---------------------------------------------------------------- statuses and fees


@pytest.fixture
def fees(session: Session) -> FeePolicy:
    policy = replace(
        fee_policy(session),
        late_cancel_fee=Decimal("60"),
        no_show_fee=Decimal("100"),
        late_cancel_hours=24,
    )
    set_fee_policy(session, policy)
    return policy


def test_cancelling_exactly_at_the_late_boundary_is_on_time(
    session: Session, fees: FeePolicy
) -> None:
    client_id = new_client(session)
    start = at(date(2027, 3, 2), 10)
    on_time = book_one(session, client_id, start)
    late = book_one(session, client_id, start + timedelta(hours=2))
    boundary = start - timedelta(hours=24)
    calendar.set_status(session, on_time, S.CANCELLED_BY_CLIENT, boundary)
    view = calendar.get_appointment(session, on_time)
    assert (view.status, view.fee_owed) == (S.CANCELLED_BY_CLIENT, None)
    calendar.set_status(
        session, late, S.CANCELLED_BY_CLIENT, boundary + timedelta(hours=2, seconds=1)
    )
    view = calendar.get_appointment(session, late)
    assert (view.status, view.fee_owed) == (S.LATE_CANCELLED, Decimal("60.00"))
    row = session.get(Appointment, late)
    assert row is not None and row.status_changed_at == boundary + timedelta(hours=2, seconds=1)


def test_no_show_owes_its_fee_and_undo_clears_it(session: Session, fees: FeePolicy) -> None:
    client_id = new_client(session)
    start = at(date(2026, 11, 24), 10)
    appointment_id = book_one(session, client_id, start)
    with pytest.raises(ValidationError):
        calendar.set_status(session, appointment_id, S.NO_SHOW, start - timedelta(minutes=1))
    calendar.set_status(session, appointment_id, S.NO_SHOW, start + timedelta(minutes=20))
    assert calendar.get_appointment(session, appointment_id).fee_owed == Decimal("100.00")
    calendar.set_status(session, appointment_id, S.SCHEDULED, start + timedelta(minutes=30))
    view = calendar.get_appointment(session, appointment_id)
    assert (view.status, view.fee_owed) == (S.SCHEDULED, None)
    actions = [e.action for e in audit_entries(session, "appointment", appointment_id)]
    assert actions == ["book", "status", "status"]


def test_a_free_consultation_never_owes(session: Session, fees: FeePolicy) -> None:
    client_id = new_client(session)
    service = service_of(session, ServiceKind.CONSULTATION)
    start = at(date(2026, 11, 24), 10)
    missed = book_one(session, client_id, start, service_id=service.id, duration_minutes=30)
    late = book_one(session, client_id, start + timedelta(hours=1), service_id=service.id)
    calendar.set_status(session, missed, S.NO_SHOW, start + timedelta(hours=1))
    calendar.set_status(session, late, S.CANCELLED_BY_CLIENT, start)
    assert calendar.get_appointment(session, missed).fee_owed is None
    view = calendar.get_appointment(session, late)
    assert (view.status, view.fee_owed) == (S.LATE_CANCELLED, None)


def test_clinician_cancellation_owes_nothing(session: Session, fees: FeePolicy) -> None:
    client_id = new_client(session)
    start = at(date(2027, 3, 2), 10)
    appointment_id = book_one(session, client_id, start)
    calendar.cancel(session, appointment_id, False, Scope.THIS, start - timedelta(hours=1))
    view = calendar.get_appointment(session, appointment_id)
    assert (view.status, view.fee_owed) == (S.CANCELLED_BY_CLINICIAN, None)


def test_cancelling_the_rest_of_a_series_applies_the_late_rule_per_session(
    session: Session, fees: FeePolicy
) -> None:
    client_id = new_client(session)
    ids = weekly(session, client_id, sessions=5)
    now = at(date(2027, 3, 9), 12)  # five hours before the second session
    calendar.cancel(session, ids[1], by_client=True, scope=Scope.FOLLOWING, now=now)
    views = [calendar.get_appointment(session, i) for i in ids]
    assert [v.status for v in views] == [
        S.SCHEDULED,
        S.LATE_CANCELLED,
        S.CANCELLED_BY_CLIENT,
        S.CANCELLED_BY_CLIENT,
        S.CANCELLED_BY_CLIENT,
    ]
    assert [v.fee_owed for v in views] == [None, Decimal("60.00"), None, None, None]
    # The week view still shows cancelled sessions.
    week = calendar.appointments_between(session, at(date(2027, 3, 8), 0), at(date(2027, 3, 15), 0))
    assert [v.id for v in week] == [ids[1]]


def test_attended_records_the_clients_last_service_day(session: Session) -> None:
    client_id = new_client(session)
    start = at(date(2026, 11, 24), 10)
    appointment_id = book_one(session, client_id, start)
    changed = calendar.set_status(session, appointment_id, S.ATTENDED, start + timedelta(hours=1))
    assert changed & Changed.CLIENTS
    assert clients.get_client(session, client_id, TODAY).last_service_on == date(2026, 11, 24)


# ---------------------------------------------------------------- finding time


def test_find_slots_skips_taken_and_out_of_hours_time(session: Session) -> None:
    calendar.set_schedule_policy(
        session, SchedulePolicy(hours=((time(9), time(12)),) * 5 + (None, None))
    )
    client_id = new_client(session)
    friday = date(2027, 3, 5)
    book_one(session, client_id, at(friday, 9, 30))  # taken 9:30–10:30 with its buffer
    calendar.add_blocked(session, at(friday, 10, 30), at(friday, 10, 45))
    slots = calendar.find_slots(session, 50, at(friday, 8, 55), count=4, buffer_after_minutes=10)
    monday = date(2027, 3, 8)
    # 11:15 would end after 12:00; the weekend is not worked.
    assert slots == [at(friday, 10, 45), at(friday, 11), at(monday, 9), at(monday, 9, 15)]
