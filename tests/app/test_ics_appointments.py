"""Appointments read from another program's calendar file: matched, checked, stored all or none."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import calendar, clients
from app.calendar import AppointmentInput
from app.interop import ics_appointments
from app.interop.ics import IcsError
from app.interop.ics_appointments import (
    AppointmentImportError,
    AppointmentImportPlan,
    Match,
    import_appointments,
    plan_appointment_import,
)
from app.models import (
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    AuditEntry,
    Charge,
    Client,
    Service,
)
from app.practice import ProfileInput
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_count, count

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


@pytest.fixture
def profile() -> ProfileInput:
    return ProfileInput(
        practice_name="Canary Practice ZQX",
        clinician_name="Dr Zebulon Canaryfield",
        time_zone="Europe/London",
    )


def _add(vault: Vault, first: str, last: str, preferred: str = "") -> str:
    with vault.session() as session:
        client_id, _ = clients.create_client(
            session,
            adult(legal_first_name=first, legal_last_name=last, preferred_name=preferred),
            TODAY,
        )
        client = session.get(Client, client_id)
        assert client is not None
        return client.code


def _service(vault: Vault, name: str) -> int:
    with vault.session() as session:
        calendar.ensure_default_services(session)
        found = session.scalar(select(Service.id).where(Service.name == name))
        assert found is not None
        return found


@pytest.fixture
def individual(vault: Vault) -> int:
    """The default service of these imports: the practice's individual session (50 minutes)."""
    return _service(vault, "Individual session")


@pytest.fixture
def lina(vault: Vault) -> str:
    return _add(vault, "Ottoline", "Quarrendon", "Lina")


@pytest.fixture
def zoe(vault: Vault) -> str:
    return _add(vault, "Zoë", "Łukasiewicz")


def feed(*events: list[str]) -> bytes:
    """A calendar of ``events``: each the lines between BEGIN:VEVENT and END:VEVENT.

    The first event's BEGIN is line 4; each event takes its lines plus two.
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other//Practice software//EN"]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def event(uid: str, start: str, end: str, summary: str, *more: str) -> list[str]:
    return [f"UID:{uid}", f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}", *more]


def plan(
    vault: Vault, data: bytes, default: int | None, **options: object
) -> AppointmentImportPlan:
    with vault.session() as session:
        return plan_appointment_import(
            session,
            data,
            default_service_id=default,
            now=NOW,
            **options,  # type: ignore[arg-type]
        )


def stored(vault: Vault) -> list[tuple[str, datetime, datetime, str, str, str | None]]:
    """Every appointment: client code, start, end, service, status, external uid."""
    with vault.session() as session:
        rows = session.execute(
            select(
                Client.code,
                Appointment.start_utc,
                Appointment.end_utc,
                Service.name,
                Appointment.status,
                Appointment.external_uid,
            )
            .join(Client, Client.id == Appointment.client_id)
            .join(Service, Service.id == Appointment.service_id)
            .order_by(Appointment.start_utc)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# ------------------------------------------------------------------ matching


WEEKLY = [
    "UID:weekly@example.org",
    "DTSTART;TZID=Europe/London:20261005T170000",
    "DURATION:PT50M",
    "RRULE:FREQ=WEEKLY;COUNT=6",
    "EXDATE;TZID=Europe/London:20261019T170000",
    "SUMMARY:Session with Lina Quarrendon",
    "CATEGORIES:Intake assessment",
]


def test_events_are_matched_by_code_or_name_and_stored(
    vault: Vault, individual: int, lina: str, zoe: str
) -> None:
    data = feed(
        event(
            "code@example.org", "20261201T100000Z", "20261201T105000Z", f"Therapy {lina.lower()}"
        ),
        event(
            "name@example.org",
            "20261102T090000Z",
            "20261102T095000Z",
            "ZOE LUKASIEWICZ – couples session",
        ),
    )
    dry = plan(vault, data, individual)
    assert dry.refused == () and dry.skipped == ()
    assert [(a.line, a.codes, a.service_name, a.status) for a in dry.appointments] == [
        (10, zoe, "Couples session", AppointmentStatus.SCHEDULED),  # in the past: kept scheduled
        (4, lina, "Individual session", AppointmentStatus.SCHEDULED),
    ]
    with vault.session() as session:
        result = import_appointments(session, dry)
    assert result.created == 2 and result.attended == 0
    assert stored(vault) == [
        (
            zoe,
            utc(2026, 11, 2, 9),
            utc(2026, 11, 2, 9, 50),
            "Couples session",
            "scheduled",
            "name@example.org",
        ),
        (
            lina,
            utc(2026, 12, 1, 10),
            utc(2026, 12, 1, 10, 50),
            "Individual session",
            "scheduled",
            "code@example.org",
        ),
    ]


def test_a_repeating_event_is_expanded_without_its_exdate_at_the_same_local_time(
    vault: Vault, individual: int, lina: str
) -> None:
    dry = plan(vault, feed(WEEKLY), individual)
    assert dry.refused == ()
    # 17:00 in London: 16:00 UTC in summer time, 17:00 UTC after the clocks went back on 25 Oct.
    assert [(a.start, a.end - a.start) for a in dry.appointments] == [
        (utc(2026, 10, 5, 16), timedelta(minutes=50)),
        (utc(2026, 10, 12, 16), timedelta(minutes=50)),
        (utc(2026, 10, 26, 17), timedelta(minutes=50)),
        (utc(2026, 11, 2, 17), timedelta(minutes=50)),
        (utc(2026, 11, 9, 17), timedelta(minutes=50)),
    ]
    assert {a.service_name for a in dry.appointments} == {"Intake assessment"}  # its category
    assert {a.client_code for a in dry.appointments} == {lina}
    assert [a.key for a in dry.appointments][:2] == [
        "weekly@example.org/20261005T160000Z",
        "weekly@example.org/20261012T160000Z",
    ]


def test_only_whole_names_match_and_the_longest_name_wins(vault: Vault, individual: int) -> None:
    ann = _add(vault, "Ann", "Lee")
    mary_ann = _add(vault, "Mary Ann", "Lee")
    data = feed(
        event("a@x", "20261201T090000Z", "20261201T095000Z", "Mary Ann Lee"),
        event("b@x", "20261201T100000Z", "20261201T105000Z", "lee, ann"),
        event("c@x", "20261201T110000Z", "20261201T115000Z", "Annabel Lee"),
        event("d@x", "20261201T120000Z", "20261201T125000Z", "Lee"),
    )
    dry = plan(vault, data, individual)
    assert [a.client_code for a in dry.appointments] == [mary_ann, ann]
    assert [(r.line, r.reason) for r in dry.refused] == [
        (16, "no client's code or full name is in the title"),
        (22, "no client's code or full name is in the title"),
    ]


def test_a_name_two_clients_share_is_refused_without_naming_them(
    vault: Vault, individual: int
) -> None:
    first = _add(vault, "Ann", "Lee")
    second = _add(vault, "Ann", "Lee")
    dry = plan(
        vault, feed(event("a@x", "20261201T090000Z", "20261201T095000Z", "Ann Lee")), individual
    )
    assert dry.appointments == ()
    (refused,) = dry.refused
    assert refused.reason == (
        f"two clients are called this ({first}, {second}): put the client code in the event's title"
    )
    assert "Ann" not in refused.reason and "Lee" not in refused.reason
    # With the code in the title it is clear.
    again = plan(
        vault,
        feed(event("a@x", "20261201T090000Z", "20261201T095000Z", f"Ann Lee {second}")),
        individual,
    )
    assert [a.client_code for a in again.appointments] == [second]


def test_an_unknown_client_is_refused_and_codes_only_ignores_names(
    vault: Vault, individual: int, lina: str
) -> None:
    data = feed(
        event("a@x", "20261201T090000Z", "20261201T095000Z", "Dentist with Quentin Thirdparty"),
        event("b@x", "20261201T100000Z", "20261201T105000Z", "Lina Quarrendon"),
    )
    dry = plan(vault, data, individual)
    assert [(r.line, r.start, r.reason) for r in dry.refused] == [
        (4, utc(2026, 12, 1, 9), "no client's code or full name is in the title")
    ]
    assert [a.client_code for a in dry.appointments] == [lina]
    codes_only = plan(vault, data, individual, match=Match.CODES)
    assert codes_only.appointments == ()
    assert {r.reason for r in codes_only.refused} == {"no client code is in the title"}


def test_several_codes_make_a_joint_session(vault: Vault, individual: int) -> None:
    one, other = _add(vault, "Ann", "Lee"), _add(vault, "Bo", "Lee")
    data = feed(
        event("a@x", "20261201T090000Z", "20261201T095000Z", f"Couples session · {one} & {other}")
    )
    with vault.session() as session:
        result = import_appointments(session, data, default_service_id=individual, now=NOW)
        (row,) = session.scalars(select(Appointment))
        partners = list(session.scalars(select(AppointmentParticipant.client_id)))
        codes = dict(session.execute(select(Client.id, Client.code)).all())
    assert result.created == 1
    assert codes[row.client_id] == one and [codes[p] for p in partners] == [other]


def test_without_a_default_service_an_event_must_name_one(vault: Vault, lina: str) -> None:
    _service(vault, "Individual session")
    data = feed(
        event("a@x", "20261201T090000Z", "20261201T095000Z", f"{lina}"),
        event(
            "b@x", "20261202T090000Z", "20261202T095000Z", f"{lina}", "CATEGORIES:Couples session"
        ),
    )
    dry = plan(vault, data, None)
    assert [a.service_name for a in dry.appointments] == ["Couples session"]
    assert [r.reason for r in dry.refused] == [
        "no service is named in the title, and no default service was chosen"
    ]


# ------------------------------------------------------------------ refused and skipped


def test_all_day_cancelled_free_and_odd_lengths_are_refused_or_skipped(
    vault: Vault, individual: int, lina: str
) -> None:
    data = feed(
        ["UID:day@x", "DTSTART;VALUE=DATE:20261224", f"SUMMARY:{lina} holiday"],  # 4
        event("cancelled@x", "20261203T100000Z", "20261203T105000Z", lina, "STATUS:CANCELLED"),
        event("free@x", "20261203T120000Z", "20261203T125000Z", lina, "TRANSP:TRANSPARENT"),
        event("backwards@x", "20261204T100000Z", "20261204T090000Z", lina),  # 23
        event("long@x", "20261205T080000Z", "20261205T170000Z", lina),  # 29
        event("short@x", "20261206T080000Z", "20261206T080200Z", lina),  # 35
        event("good@x", "20261207T080000Z", "20261207T085000Z", lina),  # 41
    )
    dry = plan(vault, data, individual)
    assert [a.line for a in dry.appointments] == [41]
    assert [(r.line, r.reason) for r in dry.refused] == [
        (4, "an all-day event (an appointment needs a time)"),
        (23, "it ends before it starts"),
        (29, "longer than 8 hours"),
        (35, "shorter than 5 minutes"),
    ]
    assert dry.refused[0].start == date(2026, 12, 24)
    assert [(s.line, s.reason) for s in dry.skipped] == [(9, "cancelled"), (16, "shown as free")]


def test_cancelled_occurrences_of_a_series_are_skipped_and_moved_ones_kept(
    vault: Vault, individual: int, lina: str
) -> None:
    data = feed(
        event("yoga@x", "20261207T180000Z", "20261207T185000Z", lina, "RRULE:FREQ=WEEKLY;COUNT=3"),
        [
            "UID:yoga@x",
            "RECURRENCE-ID:20261214T180000Z",
            "DTSTART:20261215T070000Z",
            "DTEND:20261215T075000Z",
            f"SUMMARY:{lina}",
        ],
        [
            "UID:yoga@x",
            "RECURRENCE-ID:20261221T180000Z",
            "DTSTART:20261221T180000Z",
            "DTEND:20261221T185000Z",
            "STATUS:CANCELLED",
        ],
    )
    dry = plan(vault, data, individual)
    assert [(a.start, a.key) for a in dry.appointments] == [
        (utc(2026, 12, 7, 18), "yoga@x/20261207T180000Z"),
        (utc(2026, 12, 15, 7), "yoga@x/20261214T180000Z"),
    ]
    assert [(s.line, s.reason) for s in dry.skipped] == [(18, "cancelled")]


def test_an_overlap_with_the_calendar_or_within_the_file_is_refused(
    vault: Vault, individual: int, lina: str, zoe: str
) -> None:
    with vault.session() as session:
        calendar.book(
            session,
            AppointmentInput(
                service_id=individual,
                start=utc(2026, 12, 1, 10, 30),
                duration_minutes=50,
                client_id=_client_id(session, zoe),
                accept_consent_warning=True,
            ),
            TODAY,
        )
    data = feed(
        event("a@x", "20261201T100000Z", "20261201T105000Z", lina),  # the booking is in the way
        event("b@x", "20261202T100000Z", "20261202T105000Z", lina),
        event("c@x", "20261202T105500Z", "20261202T114500Z", zoe),  # within b's 10-minute buffer
    )
    dry = plan(vault, data, individual)
    assert [a.line for a in dry.appointments] == [10]
    assert [(r.line, r.reason) for r in dry.refused] == [
        (4, f"overlaps Individual session ({zoe}) on Tue 1 Dec 2026, 10:30–11:20"),
        (16, f"overlaps the appointment of line 10 ({lina}) on Wed 2 Dec 2026, 10:00–10:50"),
    ]


def _client_id(session: object, code: str) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    found = session.scalar(select(Client.id).where(Client.code == code))
    assert found is not None
    return found


def test_an_archived_client_is_refused(vault: Vault, individual: int, lina: str) -> None:
    with vault.session() as session:
        clients.archive(session, _client_id(session, lina), TODAY)
    dry = plan(vault, feed(event("a@x", "20261201T100000Z", "20261201T105000Z", lina)), individual)
    assert [r.reason for r in dry.refused] == [
        f"client {lina} is archived: restore the record first"
    ]


def test_importing_again_refuses_what_came_before(vault: Vault, individual: int, lina: str) -> None:
    data = feed(WEEKLY)
    with vault.session() as session:
        first = import_appointments(session, data, default_service_id=individual, now=NOW)
    assert first.created == 5
    again = plan(vault, data, individual)
    assert again.appointments == () and not again.can_import
    assert [(r.line, r.describe()) for r in again.refused] == [(4, "already imported (5 times)")]
    with pytest.raises(AppointmentImportError, match="no appointment"), vault.session() as s:
        import_appointments(s, data, default_service_id=individual, now=NOW)
    assert len(stored(vault)) == 5


def test_a_plan_that_went_stale_stores_nothing(vault: Vault, individual: int, lina: str) -> None:
    dry = plan(vault, feed(WEEKLY), individual)
    assert len(dry.appointments) == 5
    # Meanwhile the third session's time was given to someone else.
    zoe = _add(vault, "Zoë", "Łukasiewicz")
    with vault.session() as session:
        calendar.book(
            session,
            AppointmentInput(
                service_id=individual,
                start=utc(2026, 10, 26, 17),
                duration_minutes=30,
                client_id=_client_id(session, zoe),
                allow_outside_hours=True,
                accept_consent_warning=True,
            ),
            TODAY,
        )
        before = (count(session, Appointment), audit_count(session))
    stale = r"^Line 4: .*overlaps.*Nothing was imported"
    with pytest.raises(AppointmentImportError, match=stale), vault.session() as session:
        import_appointments(session, dry)
    with vault.session() as session:
        assert (count(session, Appointment), audit_count(session)) == before


def test_a_failure_midway_leaves_nothing(
    vault: Vault, individual: int, lina: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dry = plan(vault, feed(WEEKLY), individual)
    real = calendar.conflicts
    calls: list[int] = []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("the disk went away")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ics_appointments.calendar, "conflicts", failing)
    with vault.session() as session:
        before = (count(session, Appointment), audit_count(session))
    with pytest.raises(OSError), vault.session() as session:
        import_appointments(session, dry)
    assert len(calls) == 3  # two appointments were added before the failure
    with vault.session() as session:
        assert (count(session, Appointment), audit_count(session)) == before


def test_a_dry_run_stores_nothing(vault: Vault, individual: int, lina: str) -> None:
    with vault.session() as session:
        before = (count(session, Appointment), audit_count(session))
    dry = plan(vault, feed(WEEKLY), individual)
    assert dry.can_import
    with vault.session() as session:
        assert (count(session, Appointment), audit_count(session)) == before


def test_a_file_that_cannot_be_read_is_refused_naming_its_line(
    vault: Vault, individual: int, lina: str
) -> None:
    data = feed(event("a@x", "2026-12-01 10:00", "20261201T105000Z", lina))
    with pytest.raises(IcsError, match=r"^Line 6: the value of DTSTART"):
        plan(vault, data, individual)


def test_a_repeating_event_is_followed_up_to_a_year_ahead(
    vault: Vault, individual: int, lina: str
) -> None:
    data = feed(event("m@x", "20261207T180000Z", "20261207T185000Z", lina, "RRULE:FREQ=MONTHLY"))
    dry = plan(vault, data, individual)
    assert len(dry.appointments) == 12
    assert dry.appointments[-1].start == utc(2027, 11, 7, 18)
    assert [s.reason for s in dry.skipped] == [
        "its times from 27 Nov 2027 on are more than a year ahead"
    ]


# ------------------------------------------------------------------ statuses and money


def test_past_sessions_are_marked_attended_only_when_asked_and_never_charged(
    vault: Vault, individual: int, lina: str
) -> None:
    with vault.session() as session:
        calendar.update_service(
            session,
            individual,
            calendar.ServiceInput(
                "Individual session", 50, Decimal("120"), buffer_after_minutes=10
            ),
        )
    data = feed(
        [*WEEKLY[:-1], "CATEGORIES:Individual session"],
        event("future@x", "20261201T100000Z", "20261201T105000Z", lina),
    )
    plain = plan(vault, data, individual)
    assert {a.status for a in plain.appointments} == {AppointmentStatus.SCHEDULED}
    assert plain.past == 5 and plain.attended == 0

    marked = plan(vault, data, individual, mark_past_attended=True)
    assert marked.attended == 5
    assert marked.appointments[-1].status == AppointmentStatus.SCHEDULED  # the future one
    # The future billable session remembers that the client has no consent yet.
    assert marked.appointments[-1].consent_warning == "none"
    assert {a.consent_warning for a in marked.appointments[:-1]} == {""}
    with vault.session() as session:
        result = import_appointments(session, marked)
    assert (result.created, result.attended) == (6, 5)
    with vault.session() as session:
        assert count(session, Charge) == 0
        client = session.get(Client, _client_id(session, lina))
        assert client is not None and client.last_service_on == date(2026, 11, 9)
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert (entry.action, entry.record_type) == ("import", "appointment")
        assert entry.detail == {
            "format": "ics",
            "created": 6,
            "attended": 5,
            "refused": 0,
            "skipped": 0,
        }
    statuses = [row[4] for row in stored(vault)]
    assert statuses == ["attended"] * 5 + ["scheduled"]
    # Marking an imported session attended by hand later charges it as usual.
    with vault.session() as session:
        future = session.scalar(
            select(Appointment.id).where(Appointment.external_uid == "future@x")
        )
        assert future is not None
        calendar.set_status(session, future, AppointmentStatus.ATTENDED, utc(2026, 12, 1, 11))
        assert count(session, Charge) == 1


def test_titles_and_names_stay_out_of_the_audit_log(
    vault: Vault, individual: int, zoe: str
) -> None:
    data = feed(
        event("a@x", "20261201T100000Z", "20261201T105000Z", "Zoë Łukasiewicz, about the divorce"),
        event("b@x", "20261201T120000Z", "20261201T125000Z", "Quentin Thirdparty"),
    )
    with vault.session() as session:
        before = audit_count(session)
        result = import_appointments(session, data, default_service_id=individual, now=NOW)
        entries = session.scalars(select(AuditEntry).where(AuditEntry.id > before))
        details = " ".join(str(e.detail) for e in entries)
        uids = list(session.scalars(select(Appointment.external_uid)))
    assert result.created == 1 and result.refused == 1
    for secret in ("divorce", "Quentin", "Łukasiewicz", "Lukasiewicz"):
        assert secret not in details
    assert uids == ["a@x"]
    plan_text = repr(plan(vault, data, individual))
    assert "divorce" not in plan_text and "Quentin" not in plan_text


def test_an_event_with_two_lengths_is_refused_by_both_imports(
    vault: Vault, individual: int, lina: str
) -> None:
    from app.interop.ics import import_busy

    data = feed(
        event("a@x", "20261201T100000Z", "20261201T105000Z", lina),
        ["UID:b@x", "DTSTART:20261202T100000Z", "DURATION:PT50M", "DURATION:PT1H", "SUMMARY:x"],
    )
    with pytest.raises(IcsError, match=r"^Line 10: this event has DURATION more than once"):
        plan(vault, data, individual)
    with pytest.raises(IcsError, match=r"^Line 10: "), vault.session() as session:
        import_busy(session, data, NOW)
