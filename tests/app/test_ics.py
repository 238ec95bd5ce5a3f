"""The calendar as an .ics file: what an export says (and never says), and busy time read back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Event
from sqlalchemy import select

from app import clients
from app.calendar import Recurrence, Repeat, expand, rule_for
from app.interop.ics import MAX_IMPORT_BYTES, IcsError, ImportResult, export_ics, import_busy
from app.models import (
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    AuditEntry,
    BlockedTime,
    Client,
    Prospect,
    Service,
)
from app.practice import ProfileInput
from app.vault import Vault
from tests.app.people import TODAY, adult, audit_count, count

LONDON = ZoneInfo("Europe/London")
FIRST_NAME = "Ottoline"
LAST_NAME = "Quarrendon"
PREFERRED = "Lina"
ADDRESS = "7 Wisteria Hollow"
MEMO = "talked about the divorce"
PROSPECT_NAME = "Perpetua Vantongeren"
FROM_DAY = date(2026, 3, 1)
#: The series' first session; the clocks go forward in London on 2026-03-29.
FIRST_START = datetime(2026, 3, 16, 17, 0)


@pytest.fixture
def profile() -> ProfileInput:
    return ProfileInput(
        practice_name="Canary Practice ZQX",
        clinician_name="Dr Zebulon Canaryfield",
        time_zone="Europe/London",
    )


@dataclass(frozen=True)
class Practice:
    client_code: str
    series_id: int
    video_id: int
    home_visit_id: int
    consultation_id: int


def _practice(vault: Vault) -> Practice:
    """A weekly 17:00 series over the change to summer time, and a few single appointments."""
    with vault.session() as session:
        service = Service(name="Weekly therapy", duration_minutes=50)
        session.add(service)
        session.flush()
        client_id, _ = clients.create_client(
            session,
            adult(
                legal_first_name=FIRST_NAME,
                legal_last_name=LAST_NAME,
                preferred_name=PREFERRED,
                address=ADDRESS,
            ),
            TODAY,
        )
        client = session.get(Client, client_id)
        assert client is not None
        code = client.code
        recurrence = Recurrence(Repeat.WEEKLY, count=8)
        rule = str(rule_for(recurrence, FIRST_START)).splitlines()[-1].removeprefix("RRULE:")
        series = AppointmentSeries(rule=rule, first_start=FIRST_START, time_zone="Europe/London")
        session.add(series)
        session.flush()
        for i, start in enumerate(expand(recurrence, FIRST_START, LONDON)):
            if i == 4:
                continue  # deleted
            row = Appointment(
                service_id=service.id,
                client_id=client_id,
                series_id=series.id,
                occurrence_utc=start,
                start_utc=start,
                end_utc=start + timedelta(minutes=50),
                memo=MEMO,
            )
            if i == 2:
                row.status = AppointmentStatus.CANCELLED_BY_CLIENT
            if i == 3:  # moved an hour later
                row.is_exception = True
                row.start_utc = start + timedelta(hours=1)
                row.end_utc = row.start_utc + timedelta(minutes=50)
            session.add(row)

        def single(start: datetime, **values: object) -> int:
            row = Appointment(
                service_id=service.id,
                start_utc=start,
                end_utc=start + timedelta(minutes=50),
                **values,
            )
            session.add(row)
            session.flush()
            return row.id

        video = single(datetime(2026, 4, 1, 9, tzinfo=UTC), client_id=client_id, location="video")
        home = single(
            datetime(2026, 4, 2, 9, tzinfo=UTC), client_id=client_id, location=ADDRESS, memo=MEMO
        )
        single(
            datetime(2026, 4, 3, 9, tzinfo=UTC),
            client_id=client_id,
            status=AppointmentStatus.LATE_CANCELLED,
        )
        single(datetime(2026, 2, 20, 9, tzinfo=UTC), client_id=client_id)  # before FROM_DAY
        prospect = Prospect(name=PROSPECT_NAME)
        session.add(prospect)
        session.flush()
        consultation = single(datetime(2026, 3, 20, 10, tzinfo=UTC), prospect_id=prospect.id)
        return Practice(code, series.id, video, home, consultation)


def _export(vault: Vault, *, show_names: bool = False) -> bytes:
    with vault.session() as session:
        return export_ics(session, FROM_DAY, show_names=show_names)


def _events(data: bytes) -> dict[tuple[str, datetime | None], Event]:
    calendar = Calendar.from_ical(data)
    return {
        (
            str(e["UID"]),
            e.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in e else None,
        ): e
        for e in calendar.walk("VEVENT")
    }


# ------------------------------------------------------------------ export


def test_a_series_is_one_event_with_its_rule_exceptions_and_exclusions(vault: Vault) -> None:
    practice = _practice(vault)
    events = _events(_export(vault))
    uid = f"series-{practice.series_id}@rapport.invalid"
    master = events[(uid, None)]

    assert str(master["DTSTART"].params["TZID"]) == "Europe/London"
    assert master.decoded("DTSTART") == FIRST_START.replace(tzinfo=LONDON)
    assert master.decoded("DTEND") == datetime(2026, 3, 16, 17, 50, tzinfo=LONDON)
    assert master["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=8"
    excluded = {d.dt for d in master["EXDATE"].dts}
    assert excluded == {
        datetime(2026, 3, 30, 17, tzinfo=LONDON),  # cancelled
        datetime(2026, 4, 13, 17, tzinfo=LONDON),  # deleted
    }

    moved = events[(uid, datetime(2026, 4, 6, 17, tzinfo=LONDON))]
    assert moved.decoded("DTSTART") == datetime(2026, 4, 6, 18, tzinfo=LONDON)
    assert str(moved["SUMMARY"]) == f"Weekly therapy · {practice.client_code}"
    assert str(master["STATUS"]) == "CONFIRMED"

    # Every session the rule gives is at 17:00 in London, so its UTC hour moves with the clocks.
    starts = list(rrulestr(master["RRULE"].to_ical().decode(), dtstart=master.decoded("DTSTART")))
    assert {s.astimezone(LONDON).hour for s in starts} == {17}
    assert [s.astimezone(UTC).hour for s in starts[:2]] == [17, 17]
    assert {s.astimezone(UTC).hour for s in starts[2:]} == {16}
    calendar = Calendar.from_ical(_export(vault))
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_single_appointments_say_only_service_code_and_video(vault: Vault) -> None:
    practice = _practice(vault)
    data = _export(vault)
    events = _events(data)
    video = events[(f"appointment-{practice.video_id}@rapport.invalid", None)]
    assert str(video["LOCATION"]) == "Video"
    assert str(video["SUMMARY"]) == f"Weekly therapy · {practice.client_code}"
    assert video.decoded("DTSTART") == datetime(2026, 4, 1, 10, tzinfo=LONDON)
    home = events[(f"appointment-{practice.home_visit_id}@rapport.invalid", None)]
    assert "LOCATION" not in home
    consultation = events[(f"appointment-{practice.consultation_id}@rapport.invalid", None)]
    assert str(consultation["SUMMARY"]) == "Consultation · Enquiry"
    # The late-cancelled one and the one before the first day are left out.
    assert len(events) == 5
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Rapport//Practice calendar//EN"
    assert str(calendar["VERSION"]) == "2.0"


def test_an_export_holds_no_name_memo_or_address_and_is_repeatable(vault: Vault) -> None:
    _practice(vault)
    first = _export(vault)
    for secret in (FIRST_NAME, LAST_NAME, PREFERRED, ADDRESS, MEMO, PROSPECT_NAME, "Wisteria"):
        assert secret.encode() not in first
    assert _export(vault) == first
    with vault.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert (entry.action, entry.record_type) == ("export", "calendar")
        assert entry.detail == {"format": "ics", "events": 5, "names": False}


def test_names_appear_only_when_asked_for(vault: Vault) -> None:
    practice = _practice(vault)
    events = _events(_export(vault, show_names=True))
    video = events[(f"appointment-{practice.video_id}@rapport.invalid", None)]
    name = clients.display_name(FIRST_NAME, LAST_NAME, PREFERRED)
    assert str(video["SUMMARY"]) == f"Weekly therapy · {name}"
    consultation = events[(f"appointment-{practice.consultation_id}@rapport.invalid", None)]
    assert str(consultation["SUMMARY"]) == f"Consultation · {PROSPECT_NAME}"
    data = _export(vault, show_names=True)
    assert MEMO.encode() not in data
    assert ADDRESS.encode() not in data


def test_an_empty_calendar_is_still_a_calendar(vault: Vault) -> None:
    calendar = Calendar.from_ical(_export(vault))
    assert calendar.walk("VEVENT") == []


# ------------------------------------------------------------------ import

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def feed(dentist_hour: int = 10, choir: str = "") -> bytes:
    """A personal calendar: one event in New York time, one in UTC, one weekly in Berlin."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Personal//EN",
        "BEGIN:VEVENT",
        "UID:dentist@example.org",
        f"DTSTART;TZID=America/New_York:20261201T{dentist_hour:02d}0000",
        f"DTEND;TZID=America/New_York:20261201T{dentist_hour + 1:02d}0000",
        "SUMMARY:Dentist with Quentin Thirdparty",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:flight@example.org",
        "DTSTART:20261202T080000Z",
        "DTEND:20261202T093000Z",
        "SUMMARY:Flight",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:choir@example.org",
        "DTSTART;TZID=Europe/Berlin:20270318T190000",
        "DURATION:PT2H",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "EXDATE;TZID=Europe/Berlin:20270325T190000",
        *([choir] if choir else []),
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:lunch@example.org",
        "DTSTART:20261203T120000Z",
        "DTEND:20261203T130000Z",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:birthday@example.org",
        "DTSTART;VALUE=DATE:20261204",
        "DTEND;VALUE=DATE:20261205",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def blocked(vault: Vault) -> dict[str, tuple[datetime, datetime, str, str]]:
    with vault.session() as session:
        return {
            b.uid: (b.start_utc, b.end_utc, b.summary, b.source)
            for b in session.scalars(select(BlockedTime))
        }


def test_import_stores_busy_time_at_the_right_instants(vault: Vault) -> None:
    with vault.session() as session:
        result = import_busy(session, feed(), NOW)
    assert (result.created, result.replaced, result.removed) == (4, 0, 0)
    assert len(result.skipped) == 2
    assert "shown as free" in result.skipped[0]
    assert result.skipped[1].endswith("all-day")

    def utc(*parts: int) -> datetime:
        return datetime(*parts, tzinfo=UTC)

    assert blocked(vault) == {
        "dentist@example.org": (utc(2026, 12, 1, 15), utc(2026, 12, 1, 16), "Busy", "ics"),
        "flight@example.org": (utc(2026, 12, 2, 8), utc(2026, 12, 2, 9, 30), "Busy", "ics"),
        # 19:00 in Berlin: winter time (UTC+1), then summer time (UTC+2); the 25th excluded.
        "choir@example.org/20270318T180000Z": (
            utc(2027, 3, 18, 18),
            utc(2027, 3, 18, 20),
            "Busy",
            "ics",
        ),
        "choir@example.org/20270401T170000Z": (
            utc(2027, 4, 1, 17),
            utc(2027, 4, 1, 19),
            "Busy",
            "ics",
        ),
    }
    with vault.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert entry.action == "import"
        assert entry.detail == {
            "format": "ics",
            "created": 4,
            "replaced": 0,
            "removed": 0,
            "skipped": 2,
        }


def test_import_again_replaces_instead_of_duplicating(vault: Vault) -> None:
    with vault.session() as session:
        import_busy(session, feed(), NOW)
    with vault.session() as session:
        again = import_busy(session, feed(dentist_hour=11), NOW)
    assert (again.created, again.replaced, again.removed) == (0, 4, 0)
    stored = blocked(vault)
    assert len(stored) == 4
    assert stored["dentist@example.org"][0] == datetime(2026, 12, 1, 16, tzinfo=UTC)

    with vault.session() as session:
        freed = import_busy(session, feed(choir="TRANSP:TRANSPARENT"), NOW)
    assert (freed.created, freed.replaced, freed.removed) == (0, 2, 2)
    assert set(blocked(vault)) == {"dentist@example.org", "flight@example.org"}


def test_busy_time_before_now_is_left_alone(vault: Vault) -> None:
    with vault.session() as session:
        import_busy(session, feed(), NOW)
    later = datetime(2027, 3, 25, tzinfo=UTC)  # after the first choir evening
    with vault.session() as session:
        result = import_busy(session, feed(), later)
    assert (result.created, result.replaced, result.removed) == (0, 1, 0)
    assert len(blocked(vault)) == 4
    assert sum("already over" in reason for reason in result.skipped) == 2


def test_a_dry_run_reports_the_same_and_stores_nothing(vault: Vault) -> None:
    with vault.session() as session:
        before = audit_count(session)
        dry = import_busy(session, feed(), NOW, dry_run=True)
    with vault.session() as session:
        assert count(session, BlockedTime) == 0
        assert audit_count(session) == before
        real = import_busy(session, feed(), NOW)
    assert dry == real == ImportResult(4, 0, dry.skipped, 0)


def test_the_event_title_is_never_stored(vault: Vault) -> None:
    with vault.session() as session:
        import_busy(session, feed(), NOW)
        summaries = set(session.scalars(select(BlockedTime.summary)))
        details = " ".join(str(e.detail) for e in session.scalars(select(AuditEntry)))
    assert summaries == {"Busy"}
    assert "Quentin" not in details


def test_changed_and_cancelled_occurrences_of_a_repeating_event(vault: Vault) -> None:
    events = [
        "UID:yoga@example.org",
        "DTSTART:20261207T180000Z",
        "DTEND:20261207T190000Z",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:yoga@example.org",
        "RECURRENCE-ID:20261214T180000Z",
        "DTSTART:20261215T070000Z",
        "DTEND:20261215T080000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:yoga@example.org",
        "RECURRENCE-ID:20261221T180000Z",
        "DTSTART:20261221T180000Z",
        "DTEND:20261221T190000Z",
        "STATUS:CANCELLED",
    ]
    lines = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", *events, "END:VEVENT", "END:VCALENDAR"]
    with vault.session() as session:
        result = import_busy(session, ("\r\n".join(lines) + "\r\n").encode(), NOW)
    assert (result.created, result.skipped) == (2, ("line 14: cancelled",))
    assert {uid: span[:2] for uid, span in blocked(vault).items()} == {
        "yoga@example.org/20261207T180000Z": (
            datetime(2026, 12, 7, 18, tzinfo=UTC),
            datetime(2026, 12, 7, 19, tzinfo=UTC),
        ),
        "yoga@example.org/20261214T180000Z": (
            datetime(2026, 12, 15, 7, tzinfo=UTC),
            datetime(2026, 12, 15, 8, tzinfo=UTC),
        ),
    }


def test_a_long_event_is_cut_into_day_long_blocks(vault: Vault) -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:conference@example.org\r\n"
        b"DTSTART:20261207T090000Z\r\nDTEND:20261209T170000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with vault.session() as session:
        result = import_busy(session, data, NOW)
        rows = list(session.scalars(select(BlockedTime).order_by(BlockedTime.start_utc)))
        spans = [(r.start_utc, r.end_utc) for r in rows]
    assert result.created == 1
    assert spans[0][0] == datetime(2026, 12, 7, 9, tzinfo=UTC)
    assert spans[-1][1] == datetime(2026, 12, 9, 17, tzinfo=UTC)
    assert all(end - start <= timedelta(days=1) for start, end in spans)


# ------------------------------------------------------------------ refusals


def _broken_feed(line: str) -> bytes:
    """A feed whose 8th line (counted in the file, after a folded one) is ``line``."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Personal//EN",
        "BEGIN:VEVENT",
        "UID:first@example.org",
        "SUMMARY:A title long enough that a calendar program",
        " folds it onto a second line",
        line,
        "DTEND:20261201T110000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize(
    "line",
    [
        "DTSTART:2026121T100000Z",
        "DTSTART;TZID=Europe/London:20261301T100000",
        "THIS IS NOT A CALENDAR LINE",
        'DTSTART;X-PARAM="unclosed:20261201T100000Z',
    ],
)
def test_a_malformed_line_is_named_and_nothing_is_stored(vault: Vault, line: str) -> None:
    with vault.session() as session:
        import_busy(session, feed(), NOW)
        before = audit_count(session)
    with pytest.raises(IcsError, match=r"^Line 8\b"), vault.session() as session:
        import_busy(session, _broken_feed(line), NOW)
    with vault.session() as session:
        assert count(session, BlockedTime) == 4
        assert audit_count(session) == before


def test_a_bad_line_in_a_later_event_is_named(vault: Vault) -> None:
    data = feed().replace(b"DTEND:20261202T093000Z", b"DTEND:20261202T0930")
    with pytest.raises(IcsError, match=r"^Line 13: the value of DTEND"), vault.session() as s:
        import_busy(s, data, NOW)


def test_an_event_without_a_start_is_refused_naming_its_line(vault: Vault) -> None:
    data = feed().replace(b"DTSTART:20261202T080000Z\r\n", b"")
    with pytest.raises(IcsError, match=r"^Line 10: .*DTSTART"), vault.session() as session:
        import_busy(session, data, NOW)
    with vault.session() as session:
        assert count(session, BlockedTime) == 0


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, this is a letter",
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Someone\r\nEND:VCARD\r\n",
        b"\x89PNG\r\n\x1a\n\x00\x00",
    ],
)
def test_a_file_that_is_not_a_calendar_is_refused(vault: Vault, data: bytes) -> None:
    with pytest.raises(IcsError, match="not a calendar"), vault.session() as session:
        import_busy(session, data, NOW)


def test_text_that_is_not_utf8_is_named(vault: Vault) -> None:
    data = _broken_feed("SUMMARY:Café").replace("Café".encode(), "Café".encode("latin-1"))
    with pytest.raises(IcsError, match=r"^Line 8 .*not UTF-8"), vault.session() as session:
        import_busy(session, data, NOW)


def test_a_calendar_cut_short_is_refused(vault: Vault) -> None:
    data = feed().split(b"BEGIN:VEVENT\r\nUID:lunch")[0]
    with pytest.raises(IcsError, match="ends before"), vault.session() as session:
        import_busy(session, data, NOW)


def test_a_file_over_the_size_limit_is_refused(vault: Vault) -> None:
    data = feed() + b" " * (MAX_IMPORT_BYTES - len(feed()) + 1)
    with pytest.raises(IcsError, match="larger than 20 MB"), vault.session() as session:
        import_busy(session, data, NOW)
