"""Appointments read from a calendar file (.ics), for a clinician moving from other software.

Reading
-------
The file is read by :mod:`app.interop.ics` exactly as for busy time: a file
that is not a calendar or cannot be read is refused as a whole, naming the
line at fault. Each time an event takes becomes one proposed appointment:
repeating events are followed (their EXDATEs, changed and cancelled
occurrences included, at the same wall-clock time across daylight-saving
changes) from their first date up to a year ahead — the past too, so that a
practice's history comes along.

Matching
--------
An event is for a client when its title (SUMMARY) holds the client's code
(C0042), or — unless only codes are to be matched — their full name: "first
last", "preferred last" or the name as Rapport shows it ("Last, First"),
whole words, with case and accents ignored. Several codes or names make a
joint session, the first one named being its main client. A name two clients
share matches neither: the event is refused until its title holds a code. The
service is the one whose name appears in the title or the categories (the
longest name wins), else the service chosen as the default. The length is the
event's own (DTEND or DURATION).

Refused and skipped
-------------------
:func:`plan_appointment_import` is the dry run; it stores nothing. It refuses,
each with its reason and line: an event no client or more than one client
matches, a client who is archived, all-day events, events that end before they
start or last more than 8 hours, a time already taken by another appointment
or busy time (the calendar's own conflict check, buffers included) or by an
event imported before it, and times imported from a file before (the event's
UID and the occurrence are kept on each imported appointment in
``external_uid``). Cancelled events and those shown as free are skipped and
listed. Titles are shown to the clinician, never stored, logged or audited.

Importing, statuses and money
-----------------------------
:func:`import_appointments` stores every appointment of a plan, or none: each
is checked again in the same transaction, and any refusal raises, so that the
caller's transaction is rolled back. Future appointments are scheduled (and a
billable one for a client without a valid consent keeps that warning, as a
booking made anyway does). Past appointments are scheduled too, unless the
clinician asks for them to be marked attended; either way no charge is made for
an imported appointment: a session held before the import was billed, if at
all, by the program used then, and charging it here would put years of
sessions on clients' accounts. Marking one attended later, by hand, charges it
as usual. The import is audited with counts only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, calendar, clients, consents
from app.changes import Changed
from app.errors import RapportError
from app.interop import ics
from app.interop.ics import FileEvent, LeftOut
from app.models import (
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    Client,
    ClientStatus,
    Service,
)
from app.practice import get_profile
from app.text import fold
from app.words import day_words, marked, when_words, words

#: Appointments longer than this are refused (the calendar's own limit).
LONGEST = timedelta(minutes=calendar.MAX_DURATION)
SHORTEST = timedelta(minutes=calendar.MIN_DURATION)
#: Repeating events are followed up to this far ahead of the import.
HORIZON = ics.IMPORT_HORIZON
MAX_IMPORT_BYTES = ics.MAX_IMPORT_BYTES

_WORDS = re.compile(r"[^\W_]+")
_CODE_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
#: A name is looked for in at most this many consecutive words of a title.
_LONGEST_NAME = 12
_COUNT_WORDS = {2: marked("two"), 3: marked("three"), 4: marked("four"), 5: marked("five")}
_REASONS = {
    "all-day": marked("an all-day event (an appointment needs a time)"),
    "more than a year ahead": marked("more than a year ahead: book it in Rapport nearer the time"),
}


class Match(StrEnum):
    """How events are matched to clients."""

    CODES_AND_NAMES = "codes_and_names"
    CODES = "codes"


class AppointmentImportError(RapportError):
    """Appointments that cannot be imported; nothing was stored."""

    exit_code = 2
    default_message = marked("The appointments could not be imported. Nothing was stored.")


@dataclass(frozen=True)
class PlannedAppointment:
    """One appointment the import would create (plain data, safe to pass between threads).

    ``key`` is the event's UID and occurrence (kept as the appointment's
    ``external_uid``); ``title`` is the event's title as the file has it, for
    the clinician's eyes only: it is never stored, logged or audited.
    """

    line: int
    key: str
    start: datetime
    end: datetime
    client_id: int
    client_code: str
    partner_ids: tuple[int, ...]
    partner_codes: tuple[str, ...]
    service_id: int
    service_name: str
    status: AppointmentStatus
    consent_warning: str
    title: str = field(default="", repr=False)

    @property
    def codes(self) -> str:
        """Whom it is for, by client code (``C0001 & C0002`` for a joint session)."""
        return " & ".join((self.client_code, *self.partner_codes))


@dataclass(frozen=True)
class EventLeftOut:
    """An event (or one time of it) that is not imported, and why.

    ``start`` is the (first) time concerned, or the day of an all-day event, or
    None when the file does not say; ``times`` how many times of a repeating
    event the reason covers.
    """

    line: int
    start: datetime | date | None
    reason: str
    times: int = 1
    title: str = field(default="", repr=False)

    def describe(self) -> str:
        """The reason, with how many times of the event it covers."""
        if self.times > 1:
            return words("{reason} ({times} times)", reason=self.reason, times=f"{self.times:,}")
        return self.reason


@dataclass(frozen=True)
class AppointmentImportPlan:
    """What an import would do (the dry run); plain data, safe to pass between threads."""

    appointments: tuple[PlannedAppointment, ...]
    refused: tuple[EventLeftOut, ...]
    skipped: tuple[EventLeftOut, ...]
    now: datetime
    time_zone: str
    mark_past_attended: bool = False

    @property
    def can_import(self) -> bool:
        """Something to create: the refused and skipped events are left out."""
        return bool(self.appointments)

    @property
    def attended(self) -> int:
        """How many appointments would be stored as attended (past ones, when asked)."""
        return sum(1 for a in self.appointments if a.status == AppointmentStatus.ATTENDED)

    @property
    def past(self) -> int:
        return sum(1 for a in self.appointments if a.end <= self.now)


@dataclass(frozen=True)
class ImportedAppointments:
    """What an import stored."""

    ids: tuple[int, ...]
    attended: int
    refused: int
    skipped: int
    changed: Changed

    @property
    def created(self) -> int:
        return len(self.ids)


# ================================================================== matching


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(fold(text)))


def _count(n: int) -> str:
    return _COUNT_WORDS.get(n, str(n))


@dataclass(frozen=True)
class _Person:
    id: int
    code: str
    archived: bool


@dataclass(frozen=True)
class _Found:
    """Whom a title names: clients in order, or why none can be chosen."""

    people: tuple[_Person, ...] = ()
    problem: str = ""


class _Clients:
    """Every client, indexed by code and by the words of each way their name is written."""

    def __init__(self, session: Session, match: Match) -> None:
        self.match = match
        self.by_code: dict[str, _Person] = {}
        self.by_name: dict[tuple[str, ...], set[int]] = {}
        self.people: dict[int, _Person] = {}
        for row in session.execute(
            select(
                Client.id,
                Client.code,
                Client.legal_first_name,
                Client.legal_last_name,
                Client.preferred_name,
                Client.status,
            ).order_by(Client.id)
        ):
            person = _Person(row.id, row.code, row.status == ClientStatus.ARCHIVED)
            self.people[row.id] = person
            self.by_code[row.code.upper()] = person
            if match == Match.CODES:
                continue
            first, last, preferred = row.legal_first_name, row.legal_last_name, row.preferred_name
            names = {
                _words(f"{first} {last}"),
                _words(clients.display_name(first, last, preferred)),
            }
            if preferred:
                names.add(_words(f"{preferred} {last}"))
            for name in names:
                # One word alone ("Lee") would name far too many events.
                if 2 <= len(name) <= _LONGEST_NAME:
                    self.by_name.setdefault(name, set()).add(row.id)

    def find(self, title: str) -> _Found:
        codes = [token.rstrip("-").upper() for token in _CODE_TOKEN.findall(title)]
        by_code = list(dict.fromkeys(self.by_code[c] for c in codes if c in self.by_code))
        if by_code:
            return _Found(tuple(by_code))
        if self.match == Match.CODES:
            return _Found(problem=marked("no client code is in the title"))
        title_words = _words(title)
        spans: list[tuple[int, int, frozenset[int]]] = []
        for i in range(len(title_words)):
            for n in range(2, min(_LONGEST_NAME, len(title_words) - i) + 1):
                ids = self.by_name.get(title_words[i : i + n])
                if ids:
                    spans.append((i, i + n, frozenset(ids)))
        # "Mary Ann Lee" names Mary Ann Lee, not also Ann Lee.
        kept = [
            (a, b, ids)
            for a, b, ids in spans
            if not any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ids in spans)
        ]
        if not kept:
            return _Found(problem=marked("no client's code or full name is in the title"))
        for _a, _b, shared in kept:
            if len(shared) > 1:
                codes_shared = ", ".join(sorted(self.people[i].code for i in shared))
                return _Found(
                    problem=words(
                        "{count} clients are called this ({codes}): "
                        "put the client code in the event's title",
                        count=_count(len(shared)),
                        codes=codes_shared,
                    )
                )
        people = [self.people[min(named)] for _a, _b, named in sorted(kept)]
        return _Found(tuple(dict.fromkeys(people)))


@dataclass(frozen=True)
class _Service:
    id: int
    name: str
    words: tuple[str, ...]
    billable: bool
    buffer_after_minutes: int


def _services(session: Session) -> list[_Service]:
    return [
        _Service(s.id, s.name, _words(s.name), s.billable, s.buffer_after_minutes)
        for s in session.scalars(
            select(Service)
            .where(Service.archived.is_(False))
            .order_by(Service.position, Service.id)
        )
        if _words(s.name)
    ]


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _service_for(
    services: Sequence[_Service], event: FileEvent, default: _Service | None
) -> _Service | None:
    title = _words(event.summary)
    categories = [_words(c) for c in event.categories]
    named = [
        s for s in services if _contains(title, s.words) or any(s.words == c for c in categories)
    ]
    if not named:
        return default
    return max(named, key=lambda s: len(s.words))  # the first of the longest, by position


def _default_service(session: Session, service_id: int | None) -> _Service | None:
    if service_id is None:
        return None
    row = session.get(Service, service_id)
    if row is None:
        raise AppointmentImportError(marked("The default service no longer exists."))
    if row.archived:
        raise AppointmentImportError(marked("The default service is no longer offered."))
    return _Service(row.id, row.name, _words(row.name), row.billable, row.buffer_after_minutes)


# ================================================================== the dry run


def _chunks(values: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _imported_before(session: Session, keys: Iterable[str]) -> set[str]:
    """The keys some appointment of the vault already came from."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(keys))):
        found.update(
            key
            for key in session.scalars(
                select(Appointment.external_uid).where(Appointment.external_uid.in_(chunk))
            )
            if key is not None
        )
    return found


def _when(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """``Tue 3 Mar 2026, 17:00–17:50`` in the practice's time."""
    return when_words(start.astimezone(zone), end.astimezone(zone))


def _in_the_way(item: calendar.AppointmentView | calendar.BlockedView, zone: ZoneInfo) -> str:
    when = _when(item.start, item.end, zone)
    if isinstance(item, calendar.BlockedView):
        return words("overlaps busy time on {when}", when=when)
    return words(
        "overlaps {service} ({code}) on {when}",
        service=item.service_name,
        code=item.code,
        when=when,
    )


@dataclass
class _Candidate:
    event: FileEvent
    key: str
    start: datetime
    people: tuple[_Person, ...]
    service: _Service


@dataclass
class _Taken:
    """An appointment the import already holds: its time and buffer, and where it came from."""

    start: datetime
    end: datetime
    until: datetime  # its end with its buffer
    line: int
    codes: str


def _consent_warning(
    session: Session, people: Sequence[_Person], today: date, cache: dict[int, str]
) -> str:
    """The first consent kind that does not let a billable session be booked plainly, or ""."""
    for person in people:
        if person.id not in cache:
            kind = consents.status(session, person.id, today).kind
            cache[person.id] = "" if kind in calendar.CONSENT_OK else str(kind)
        if cache[person.id]:
            return cache[person.id]
    return ""


def _start_of(value: datetime | date | None) -> datetime | date | None:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def _left_out(event: FileEvent, start: datetime, reason: str, times: int = 1) -> EventLeftOut:
    return EventLeftOut(event.line, start, reason, times, title=event.summary)


def _event_problem(
    event: FileEvent,
    people: _Clients,
    services: Sequence[_Service],
    default: _Service | None,
) -> tuple[str, tuple[_Person, ...], _Service | None]:
    """Why no time of the event can be imported (or ""), whom it is for, and its service."""
    if event.length > LONGEST:
        return words("longer than {hours} hours", hours=calendar.MAX_DURATION // 60), (), None
    if event.length < SHORTEST:
        return words("shorter than {minutes} minutes", minutes=calendar.MIN_DURATION), (), None
    whom = people.find(event.summary)
    if whom.problem:
        return whom.problem, (), None
    archived = [p.code for p in whom.people if p.archived]
    if archived:
        return (
            words("client {code} is archived: restore the record first", code=archived[0]),
            (),
            None,
        )
    service = _service_for(services, event, default)
    if service is None:
        return (
            marked("no service is named in the title, and no default service was chosen"),
            (),
            None,
        )
    return "", whom.people, service


def plan_appointment_import(
    session: Session,
    data: bytes,
    *,
    default_service_id: int | None,
    match: Match = Match.CODES_AND_NAMES,
    now: datetime | None = None,
    mark_past_attended: bool = False,
) -> AppointmentImportPlan:
    """The dry run: every appointment the file would create, every event refused or skipped.

    Stores nothing. Raises :class:`~app.interop.ics.IcsError` for a file that
    is not a calendar or cannot be read, and :class:`AppointmentImportError`
    when the default service is no longer offered.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    zone = ZoneInfo(get_profile(session).time_zone or "UTC")
    found = ics.read_events(data, zone)
    default = _default_service(session, default_service_id)
    services = _services(session)
    people = _Clients(session, match)
    horizon = now + HORIZON

    refused: list[EventLeftOut] = []
    skipped: list[EventLeftOut] = []
    for unused in found.unused:
        item = EventLeftOut(
            unused.line,
            _start_of(unused.start),
            _REASONS.get(unused.reason, unused.reason),
            title=unused.summary,
        )
        (skipped if unused.deliberate else refused).append(item)

    candidates: list[_Candidate] = []
    keys_seen: set[str] = set()
    for event in found.events:
        try:
            keyed, beyond = ics.occurrences(event, None, horizon, found.overridden)
        except LeftOut as left_out:
            reason = _REASONS.get(left_out.reason, left_out.reason)
            refused.append(_left_out(event, event.start.astimezone(UTC), reason))
            continue
        first = keyed[0][1]
        if any(key in keys_seen for key, _start in keyed):
            refused.append(
                _left_out(
                    event, first, marked("another event of the file has the same UID"), len(keyed)
                )
            )
            continue
        keys_seen.update(key for key, _start in keyed)
        if beyond:
            later = horizon.astimezone(zone).date()
            skipped.append(
                _left_out(
                    event,
                    first,
                    words(
                        "its times from {day} on are more than a year ahead",
                        day=day_words(later),
                    ),
                )
            )
        problem, whom, service = _event_problem(event, people, services, default)
        if problem:
            refused.append(_left_out(event, first, problem, len(keyed)))
            continue
        assert service is not None
        candidates.extend(_Candidate(event, key, start, whom, service) for key, start in keyed)

    before = _imported_before(session, (c.key for c in candidates))
    repeated: dict[int, list[_Candidate]] = {}
    fresh: list[_Candidate] = []
    for candidate in candidates:
        if candidate.key in before:
            repeated.setdefault(candidate.event.line, []).append(candidate)
        else:
            fresh.append(candidate)
    for twice in repeated.values():
        first_time = min(c.start for c in twice)
        refused.append(
            _left_out(twice[0].event, first_time, marked("already imported"), len(twice))
        )

    min_buffer = calendar.schedule_policy(session).min_buffer_minutes
    today = now.astimezone(zone).date()
    consent_cache: dict[int, str] = {}
    active: list[_Taken] = []
    planned: list[PlannedAppointment] = []
    for candidate in sorted(fresh, key=lambda c: (c.start, c.event.line)):
        start, end = candidate.start, candidate.start + candidate.event.length
        buffer = candidate.service.buffer_after_minutes
        codes = " & ".join(p.code for p in candidate.people)

        in_the_way = calendar.conflicts(session, start, end, buffer)
        if in_the_way:
            refused.append(_left_out(candidate.event, start, _in_the_way(in_the_way[0], zone)))
            continue
        # Appointments of the file that end (with their buffers) before this one starts
        # cannot be in the way of this or any later one.
        active = [t for t in active if t.until > start]
        own_until = end + timedelta(minutes=max(buffer, min_buffer))
        clash = next((t for t in active if t.start < own_until), None)
        if clash is not None:
            reason = words(
                "overlaps the appointment of line {line} ({codes}) on {when}",
                line=clash.line,
                codes=clash.codes,
                when=_when(clash.start, clash.end, zone),
            )
            refused.append(_left_out(candidate.event, start, reason))
            continue
        active.append(_Taken(start, end, own_until, candidate.event.line, codes))
        past = end <= now
        status = (
            AppointmentStatus.ATTENDED
            if past and mark_past_attended
            else AppointmentStatus.SCHEDULED
        )
        warning = ""
        if candidate.service.billable and not past:
            warning = _consent_warning(session, candidate.people, today, consent_cache)
        main, *partners = candidate.people
        planned.append(
            PlannedAppointment(
                line=candidate.event.line,
                key=candidate.key,
                start=start,
                end=end,
                client_id=main.id,
                client_code=main.code,
                partner_ids=tuple(p.id for p in partners),
                partner_codes=tuple(p.code for p in partners),
                service_id=candidate.service.id,
                service_name=candidate.service.name,
                status=status,
                consent_warning=warning,
                title=candidate.event.summary,
            )
        )

    return AppointmentImportPlan(
        appointments=tuple(planned),
        refused=tuple(sorted(refused, key=_order)),
        skipped=tuple(sorted(skipped, key=_order)),
        now=now,
        time_zone=zone.key,
        mark_past_attended=mark_past_attended,
    )


def _order(item: EventLeftOut) -> tuple[int, str]:
    return item.line, "" if item.start is None else item.start.isoformat()


# ================================================================== the import


def _check_again(
    session: Session, row: PlannedAppointment, zone: ZoneInfo, services: dict[int, Service]
) -> Service:
    """What the dry run checked, checked again in the import's own transaction."""
    for client_id, code in zip(
        (row.client_id, *row.partner_ids), (row.client_code, *row.partner_codes), strict=True
    ):
        client = session.get(Client, client_id)
        if client is None:
            raise AppointmentImportError(
                words(
                    "Line {line}: client {code} no longer exists. Nothing was imported.",
                    line=row.line,
                    code=code,
                )
            )
        if client.status == ClientStatus.ARCHIVED:
            raise AppointmentImportError(
                words(
                    "Line {line}: client {code} is archived. Nothing was imported.",
                    line=row.line,
                    code=code,
                )
            )
    if row.service_id not in services:
        service = session.get(Service, row.service_id)
        if service is None or service.archived:
            raise AppointmentImportError(
                words(
                    "Line {line}: the service {service} is no longer offered. "
                    "Nothing was imported.",
                    line=row.line,
                    service=row.service_name,
                )
            )
        services[row.service_id] = service
    service = services[row.service_id]
    in_the_way = calendar.conflicts(session, row.start, row.end, service.buffer_after_minutes)
    if in_the_way:
        raise AppointmentImportError(
            words(
                "Line {line}: the appointment on {when} {conflict}. Nothing was imported; "
                "check the file again.",
                line=row.line,
                when=_when(row.start, row.end, zone),
                conflict=_in_the_way(in_the_way[0], zone),
            )
        )
    return service


def import_appointments(
    session: Session,
    plan_or_data: AppointmentImportPlan | bytes,
    *,
    default_service_id: int | None = None,
    match: Match = Match.CODES_AND_NAMES,
    now: datetime | None = None,
    mark_past_attended: bool = False,
) -> ImportedAppointments:
    """Store every appointment of a plan (or of the file, planned first), or none.

    The refused and skipped events of the plan are left out. Raises
    :class:`AppointmentImportError` when there is nothing to import or an
    appointment is refused after all (its time taken meanwhile, its client
    archived, its event imported meanwhile): the caller's transaction must then
    be rolled back, as ``Vault.session()`` does, and nothing is stored.
    """
    if isinstance(plan_or_data, AppointmentImportPlan):
        plan = plan_or_data
    else:
        plan = plan_appointment_import(
            session,
            plan_or_data,
            default_service_id=default_service_id,
            match=match,
            now=now,
            mark_past_attended=mark_past_attended,
        )
    if not plan.appointments:
        raise AppointmentImportError(
            marked("There is no appointment to import. Nothing was stored.")
        )
    zone = ZoneInfo(plan.time_zone)
    again = _imported_before(session, (row.key for row in plan.appointments))
    if again:
        line = min(row.line for row in plan.appointments if row.key in again)
        raise AppointmentImportError(
            words(
                "Line {line}: this event has been imported meanwhile. Nothing was imported; "
                "check the file again.",
                line=line,
            )
        )
    services: dict[int, Service] = {}
    ids: list[int] = []
    attended = 0
    for row in sorted(plan.appointments, key=lambda r: (r.start, r.line)):
        service = _check_again(session, row, zone, services)
        is_attended = row.status == AppointmentStatus.ATTENDED
        appointment = Appointment(
            service_id=service.id,
            client_id=row.client_id,
            start_utc=row.start,
            end_utc=row.end,
            buffer_after_minutes=service.buffer_after_minutes,
            status=row.status,
            status_changed_at=plan.now if is_attended else None,
            consent_warning=row.consent_warning,
            external_uid=row.key,
        )
        session.add(appointment)
        # Flushed one by one, so that the next one's conflict check sees this one.
        session.flush()
        session.add_all(
            AppointmentParticipant(appointment_id=appointment.id, client_id=partner_id)
            for partner_id in row.partner_ids
        )
        if is_attended:
            # Attended, but not charged: see the module's documentation.
            attended += 1
            day = row.start.astimezone(zone).date()
            for client_id in (row.client_id, *row.partner_ids):
                clients.set_last_service(session, client_id, day)
        ids.append(appointment.id)
    detail: dict[str, Any] = {
        "format": "ics",
        "created": len(ids),
        "attended": attended,
        "refused": len(plan.refused),
        "skipped": len(plan.skipped),
    }
    audit.record(session, "import", "appointment", "", detail)
    changed = Changed.CALENDAR | (Changed.CLIENTS if attended else Changed.NOTHING)
    return ImportedAppointments(
        ids=tuple(ids),
        attended=attended,
        refused=len(plan.refused),
        skipped=len(plan.skipped),
        changed=changed,
    )
