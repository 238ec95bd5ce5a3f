"""Fuzzed calendar and questionnaire files are refused cleanly: a typed error, nothing stored.

NULs, byte-order marks, huge fields, impossible dates and wrong encodings are fed
to the .ics imports (of busy time and of appointments) and to the instrument
loader; each either reads the file or raises its own error type — never anything
else — and a refused import stores nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import calendar, clients
from app.clients import ClientInput
from app.errors import ValidationError
from app.instruments import InstrumentFileError, load_instrument, shipped_dir
from app.interop.ics import IcsError, import_busy
from app.interop.ics_appointments import (
    AppointmentImportError,
    import_appointments,
    plan_appointment_import,
)
from app.models import Appointment, BlockedTime, Service
from app.vault import Vault

NOW = datetime(2027, 1, 15, 8, 0, tzinfo=UTC)
GOOD_EVENT = (
    "BEGIN:VEVENT\r\nUID:fuzz-1@example.org\r\nDTSTAMP:20270101T000000Z\r\n"
    "DTSTART:20270120T090000Z\r\nDTEND:20270120T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
)
#: An event the appointment import would store: for the fuzz vault's one client.
CLIENT_EVENT = (
    "BEGIN:VEVENT\r\nUID:fuzz-2@example.org\r\nDTSTART:20261120T090000Z\r\n"
    "DURATION:PT50M\r\nRRULE:FREQ=WEEKLY;COUNT=30\r\nSUMMARY:Session C0001\r\nEND:VEVENT\r\n"
)

#: Pieces a damaged or hostile file is made of.
NASTY = st.sampled_from(
    [
        "\x00",
        "\ufeff",
        "\r\n",
        "\n ",
        "BEGIN:VCALENDAR\r\n",
        "END:VCALENDAR\r\n",
        "BEGIN:VEVENT\r\n",
        "END:VEVENT\r\n",
        "DTSTART:20271345T256199Z\r\n",
        "DTSTART;TZID=Nowhere/Never:20270120T090000\r\n",
        "DTEND:00000000T000000\r\n",
        "RRULE:FREQ=SECONDLY;COUNT=999999999\r\n",
        "SUMMARY:" + "x" * 20_000 + "\r\n",
        "X-" + "Y" * 500 + ":;;;\r\n",
        "é",
        "\udcff",
        GOOD_EVENT,
        CLIENT_EVENT,
        "SUMMARY:Wilhelmina Fuzzington\r\n",
        "CATEGORIES:Individual session,,\r\n",
        "STATUS:CANCELLED\r\n",
        "DURATION:-PT50M\r\n",
    ]
)


def _calendar_bytes() -> st.SearchStrategy[bytes]:
    text = st.lists(NASTY | st.text(max_size=40), max_size=30).map("".join)
    encoded = st.tuples(text, st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"])).map(
        lambda pair: pair[0].encode(
            pair[1], errors="surrogateescape" if pair[1] == "utf-8" else "replace"
        )
    )
    return st.one_of(encoded, st.binary(max_size=2_000))


#: Lines that may be spliced into an event that would otherwise be imported.
EVENT_LINES = st.sampled_from(
    [
        "STATUS:CANCELLED",
        "TRANSP:TRANSPARENT",
        "DURATION:PT9H",
        "DURATION:-PT50M",
        "DTEND:20261120T080000Z",
        "DTEND;VALUE=DATE:20261121",
        "DTSTART;VALUE=DATE:20261120",
        "DTSTART;TZID=Nowhere/Never:20261120T090000",
        "DTSTART:20271345T256199Z",
        "RRULE:FREQ=DAILY",
        "RRULE:FREQ=MINUTELY;COUNT=5",
        "RRULE:FREQ=WEEKLY;UNTIL=19990101T000000Z",
        "EXDATE:20261127T090000Z",
        "RDATE:20261121T090000Z",
        "RECURRENCE-ID:20261127T090000Z",
        "UID:fuzz-2@example.org",
        "UID:",
        "SUMMARY:Session C0001 & C0001",
        "SUMMARY:Fuzzington\\, Wilhelmina",
        "SUMMARY:" + "x" * 20_000,
        "CATEGORIES:Couples session",
        "\x00",
        "é",
    ]
)


def _calendars_with_events() -> st.SearchStrategy[bytes]:
    """Calendars of the vault client's events, each with a few hostile lines spliced in."""
    lines = CLIENT_EVENT.split("\r\n")[:-1]
    spliced = st.tuples(
        st.lists(st.tuples(st.integers(1, len(lines) - 1), EVENT_LINES), max_size=3),
    ).map(lambda pair: "\r\n".join(_insert(lines, pair[0])) + "\r\n")
    return st.lists(spliced, min_size=1, max_size=4).map(
        lambda events: (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n"
        ).encode("utf-8", errors="surrogateescape")
    )


def _insert(lines: list[str], additions: list[tuple[int, str]]) -> list[str]:
    result = list(lines)
    for position, line in sorted(additions, reverse=True):
        result.insert(position, line)
    return result


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    from app.practice import ProfileInput
    from app.vault import NewVaultPlan

    data_dir = tmp_path_factory.mktemp("fuzz") / "practice"
    vault = Vault.create(
        data_dir,
        "correct horse battery staple",
        ProfileInput(practice_name="Fuzz", clinician_name="Dr F"),
        plan=NewVaultPlan.make(),
    )
    with vault.session() as session:
        calendar.ensure_default_services(session)
        clients.create_client(
            session, ClientInput("Wilhelmina", "Fuzzington", date(1980, 1, 2)), NOW.date()
        )
    try:
        yield vault
    finally:
        vault.close()


def _blocked(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.scalar(select(func.count(BlockedTime.id))) or 0)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_calendar_bytes())
def test_a_fuzzed_calendar_is_read_or_refused_with_nothing_half_stored(
    fuzz_vault: Vault, data: bytes
) -> None:
    before = _blocked(fuzz_vault)
    try:
        with fuzz_vault.session() as session:
            dry = import_busy(session, data, NOW, dry_run=True)
    except (IcsError, ValidationError):
        assert _blocked(fuzz_vault) == before
        return
    assert _blocked(fuzz_vault) == before  # a dry run stores nothing
    try:
        with fuzz_vault.session() as session:
            import_busy(session, data, NOW)
    except (IcsError, ValidationError):
        assert _blocked(fuzz_vault) == before
        return
    assert dry is not None


def _appointments(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.scalar(select(func.count(Appointment.id))) or 0)


def _individual(vault: Vault) -> int:
    with vault.session() as session:
        found = session.scalar(select(Service.id).where(Service.name == "Individual session"))
    assert found is not None
    return found


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(_calendar_bytes(), _calendars_with_events()))
def test_a_fuzzed_calendar_gives_appointments_or_is_refused_with_nothing_half_stored(
    fuzz_vault: Vault, data: bytes
) -> None:
    before = _appointments(fuzz_vault)
    service = _individual(fuzz_vault)
    try:
        with fuzz_vault.session() as session:
            plan = plan_appointment_import(session, data, default_service_id=service, now=NOW)
    except (IcsError, AppointmentImportError, ValidationError) as exc:
        assert exc.message.strip()
        assert _appointments(fuzz_vault) == before
        return
    assert _appointments(fuzz_vault) == before  # a dry run stores nothing
    try:
        with fuzz_vault.session() as session:
            result = import_appointments(session, plan)
    except (IcsError, AppointmentImportError, ValidationError):
        assert _appointments(fuzz_vault) == before
        return
    assert _appointments(fuzz_vault) == before + result.created
    # The same file again adds nothing: what it held is now refused as already imported.
    with fuzz_vault.session() as session:
        again = plan_appointment_import(session, data, default_service_id=service, now=NOW)
    assert not again.can_import


def _instrument_texts() -> st.SearchStrategy[bytes]:
    base = (shipped_dir() / "phq9.json").read_text("utf-8")
    cut = st.integers(min_value=0, max_value=len(base)).map(lambda n: base[:n])
    spliced = st.tuples(st.integers(0, len(base)), NASTY).map(
        lambda pair: base[: pair[0]] + pair[1] + base[pair[0] :]
    )
    odd_json = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=12), children, max_size=4)
        ),
        max_leaves=20,
    ).map(json.dumps)
    text = st.one_of(cut, spliced, odd_json, st.just(base.replace('"items"', '"items", "items"')))
    return st.one_of(
        text.map(lambda t: t.encode("utf-8", errors="replace")),
        text.map(lambda t: t.encode("utf-16", errors="surrogatepass")),
        st.binary(max_size=500),
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_instrument_texts())
def test_a_fuzzed_questionnaire_file_is_loaded_or_refused_by_name(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("instrument") / "fuzzed.json"
    path.write_bytes(data)
    try:
        load_instrument(path)
    except InstrumentFileError as exc:
        assert exc.message.strip()  # a message to show, not a crash
