"""The calendar: services, working hours, appointments and recurring series, conflicts, slots.

Time
----
Instants are stored in UTC; the practice's time zone (the profile's
``time_zone``) gives the wall clock. A recurring series keeps the local
wall-clock time of its first session: a weekly 17:00 session is at 17:00
before and after a daylight-saving change (so its UTC instant moves).

Every session of a series is an ``Appointment`` row, made when the series is
booked (a series always ends: after N sessions or on a date). Editing "this"
session marks it an exception; "this and following" splits the series in two;
"all" changes every session still scheduled, except the exceptions.

Policies
--------
* Conflicts: an appointment may not overlap another one that still takes the
  time (not cancelled), counting the earlier one's buffer after it and the
  practice's minimum buffer; the refusal names the appointment in the way.
  Busy time imported from the clinician's own calendar conflicts the same way.
* Outside working hours: refused unless the clinician confirmed
  (``allow_outside_hours``).
* Cancellations: a client cancelling less than ``late_cancel_hours`` before
  the start is a late cancellation and owes the policy's fee (exactly at the
  boundary is on time); a no-show owes the no-show fee. Free consultations
  never owe anything.
* Consent gate: booking a billable session for a client whose consent is
  missing, outdated or revoked raises ``ConsentNeeded``; booking anyway
  (``accept_consent_warning``) records the warning on the appointment and in
  the audit log.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, rrulestr, weekday
from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session

from app import audit, billing, clients, consents, prospects
from app.changes import Changed
from app.errors import RapportError, ValidationError
from app.models import (
    FREE_AGAIN,
    Appointment,
    AppointmentParticipant,
    AppointmentSeries,
    AppointmentStatus,
    BlockedTime,
    Client,
    ClientStatus,
    Prospect,
    ProspectStatus,
    Service,
    ServiceKind,
)
from app.money import from_minor, parse_amount, to_minor
from app.practice import MAX_FEE, fee_policy, get_profile, get_setting, set_setting
from app.words import marked, said, when_words, words

#: How far ahead a series may be booked, and the most sessions it may have.
MAX_SERIES_YEARS = 5
MAX_SERIES_SESSIONS = 260
MIN_DURATION = 5
MAX_DURATION = 8 * 60
#: The longest appointment or busy time the conflict query looks back for.
LONGEST_BLOCK = timedelta(days=1)
VIDEO = "video"


# ---------------------------------------------------------------- services


@dataclass(frozen=True)
class ServiceInput:
    """A service as Settings → Services edits it. ``fee`` None: no charge, or not set yet."""

    name: str
    duration_minutes: int
    fee: Decimal | None = None
    billable: bool = True
    kind: ServiceKind = ServiceKind.OTHER
    procedure_code: str = ""
    colour: str = "#5b8c85"
    buffer_after_minutes: int = 0


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    name: str
    kind: ServiceKind
    duration_minutes: int
    fee: Decimal | None
    billable: bool
    procedure_code: str
    colour: str
    buffer_after_minutes: int
    archived: bool


#: The services of a new vault. Codes are CPT codes only (no descriptions).
DEFAULT_SERVICES: tuple[ServiceInput, ...] = (
    ServiceInput(
        "Free consultation",
        30,
        None,
        billable=False,
        kind=ServiceKind.CONSULTATION,
        colour="#7aa974",
    ),
    ServiceInput(
        "Intake assessment",
        60,
        kind=ServiceKind.INTAKE,
        procedure_code="90791",
        colour="#c08a3e",
        buffer_after_minutes=10,
    ),
    ServiceInput(
        "Individual session",
        50,
        kind=ServiceKind.INDIVIDUAL,
        procedure_code="90834",
        colour="#4f7cac",
        buffer_after_minutes=10,
    ),
    ServiceInput(
        "Couples session",
        50,
        kind=ServiceKind.COUPLES,
        procedure_code="90847",
        colour="#9c6ab0",
        buffer_after_minutes=10,
    ),
)


# ---------------------------------------------------------------- working hours


@dataclass(frozen=True)
class SchedulePolicy:
    """Working hours per weekday (Monday first; None: not working) and the minimum buffer."""

    hours: tuple[tuple[time, time] | None, ...] = (
        (time(9), time(17)),
        (time(9), time(17)),
        (time(9), time(17)),
        (time(9), time(17)),
        (time(9), time(17)),
        None,
        None,
    )
    min_buffer_minutes: int = 0


# ---------------------------------------------------------------- recurrence


class Repeat(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"  # on the same weekday of the month (e.g. the 2nd Tuesday)


@dataclass(frozen=True)
class Recurrence:
    """How a series repeats; exactly one of ``count`` and ``until`` (a local date, inclusive)."""

    repeat: Repeat
    count: int | None = None
    until: date | None = None


def _nth_weekday(day: date) -> weekday:
    """The weekday of ``day`` with its place in the month (the 2nd Tuesday; -1 for a 5th)."""
    nth = (day.day - 1) // 7 + 1
    return weekday(day.weekday(), nth if nth <= 4 else -1)


def rule_for(recurrence: Recurrence, first_start: datetime) -> rrule:
    """The dateutil rule for ``recurrence`` from the local wall-clock ``first_start`` (naive)."""
    until = (
        datetime.combine(recurrence.until, time.max).replace(microsecond=0)
        if recurrence.until is not None
        else None
    )
    if recurrence.repeat == Repeat.MONTHLY:
        return rrule(
            MONTHLY,
            dtstart=first_start,
            byweekday=_nth_weekday(first_start.date()),
            count=recurrence.count,
            until=until,
        )
    interval = 2 if recurrence.repeat == Repeat.FORTNIGHTLY else 1
    return rrule(
        WEEKLY, dtstart=first_start, interval=interval, count=recurrence.count, until=until
    )


def expand(recurrence: Recurrence, first_start: datetime, zone: ZoneInfo) -> list[datetime]:
    """The sessions' starts, in UTC-aware datetimes, keeping the local wall-clock time.

    ``first_start`` is naive local time in ``zone``. A wall-clock time that
    does not exist on a day (inside a spring-forward gap) moves forward by the
    gap, as clocks do; an ambiguous one (autumn) takes the first occurrence.
    """
    starts = []
    for local in rule_for(recurrence, first_start):
        aware = local.replace(tzinfo=zone)
        # Round-trip through UTC: a time in the spring gap comes back shifted forward.
        starts.append(aware.astimezone(ZoneInfo("UTC")))
        if len(starts) > MAX_SERIES_SESSIONS:
            break
    return starts


# ---------------------------------------------------------------- appointments


class Scope(StrEnum):
    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class AppointmentInput:
    """A booking as the appointment dialog holds it.

    ``start`` is time-zone aware. Exactly one of ``client_id`` and
    ``prospect_id``; a prospect may only be booked for a free consultation.
    ``partner_ids``: further clients in a joint session (a couple).
    """

    service_id: int
    start: datetime
    duration_minutes: int
    client_id: int | None = None
    prospect_id: int | None = None
    partner_ids: tuple[int, ...] = ()
    location: str = ""
    memo: str = ""
    recurrence: Recurrence | None = None
    allow_outside_hours: bool = False
    accept_consent_warning: bool = False


@dataclass(frozen=True)
class AppointmentChange:
    """What an edit, a drag or a resize changes (None: unchanged)."""

    start: datetime | None = None
    duration_minutes: int | None = None
    service_id: int | None = None
    location: str | None = None
    memo: str | None = None
    allow_outside_hours: bool = False


@dataclass(frozen=True)
class AppointmentView:
    """One appointment as the calendar, the Today page and the dialogs show it (plain data).

    ``who`` is the client's display name (or the prospect's name), ``code``
    the client code (or "Enquiry"): the privacy toggle shows ``code`` only.
    """

    id: int
    service_id: int
    service_name: str
    kind: ServiceKind
    colour: str
    billable: bool
    start: datetime
    end: datetime
    buffer_after_minutes: int
    client_id: int | None
    prospect_id: int | None
    partner_ids: tuple[int, ...]
    who: str
    code: str
    location: str
    memo: str
    status: str
    fee_owed: Decimal | None
    series_id: int | None
    is_exception: bool
    consent_warning: str

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True)
class BlockedView:
    id: int
    start: datetime
    end: datetime
    summary: str
    source: str


class Conflict(RapportError):
    """The time is taken: ``conflicts`` holds what is in the way (at most a few)."""

    def __init__(self, message: str, conflicts: Sequence[AppointmentView | BlockedView]) -> None:
        super().__init__(message)
        self.conflicts = tuple(conflicts)


class OutsideHours(RapportError):
    """The appointment falls outside working hours: book again with ``allow_outside_hours``."""


class ConsentNeeded(RapportError):
    """The client's consent is ``kind`` ("none", "outdated" or "revoked")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class AppointmentNotFound(RapportError):
    exit_code = 6
    default_message = marked("That appointment no longer exists.")


class ServiceNotFound(RapportError):
    exit_code = 6
    default_message = marked("That service no longer exists.")


# ---------------------------------------------------------------- helpers

MAX_BUFFER = 120
SLOT_GRID = timedelta(minutes=15)
SLOT_HORIZON = timedelta(weeks=8)
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_PROCEDURE_CODE = re.compile(r"^[A-Za-z0-9]*$")
#: The days of the week, Monday first, as the screens and messages name them.
DAY_NAMES = (
    marked("Monday"),
    marked("Tuesday"),
    marked("Wednesday"),
    marked("Thursday"),
    marked("Friday"),
    marked("Saturday"),
    marked("Sunday"),
)
#: Consent kinds that let a billable session be booked without a warning.
CONSENT_OK = frozenset({"signed", "on_paper"})
#: What booking says when a client's consent is of each kind (``{code}``: the client's code).
_CONSENT_WARNINGS = {
    "none": marked(
        "Client {code} has no signed consent. Book anyway only if you have agreed this with them."
    ),
    "outdated": marked(
        "Client {code} signed an older version of the consent. "
        "Book anyway only if you have agreed this with them."
    ),
    "revoked": marked(
        "Client {code} revoked their consent. Book anyway only if you have agreed this with them."
    ),
}
_NO_VALID_CONSENT = marked(
    "Client {code} has no valid consent. Book anyway only if you have agreed this with them."
)


def _zone(session: Session) -> ZoneInfo:
    return ZoneInfo(get_profile(session).time_zone or "UTC")


def _local_naive(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def _from_local(local: datetime, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local wall-clock time (a time in a spring gap moves forward)."""
    return local.replace(tzinfo=zone).astimezone(UTC)


def _clock(moment: time | datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}" if moment.hour < 10 else f"{moment:%H:%M}"


def _when(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """``Tue 3 Mar 2026, 17:00–17:50`` in the practice's time (in the window's language)."""
    return when_words(start.astimezone(zone), end.astimezone(zone))


def _require_aware(name: str, moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError({name: marked("Give the time with its time zone.")})


def _check_duration(minutes: int) -> None:
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        raise ValidationError({"duration_minutes": _duration_problem()})


def _duration_problem() -> str:
    """What is wrong with a length out of range."""
    return words("Choose between {low} and {high} minutes.", low=MIN_DURATION, high=MAX_DURATION)


def _rule_text(rule: rrule) -> str:
    """The RRULE value (FREQ=…;COUNT=…) without DTSTART."""
    for line in str(rule).splitlines():
        if line.startswith("RRULE:"):
            return line.removeprefix("RRULE:")
    raise ValueError("the rule has no RRULE line")


def _rule_end(text: str) -> tuple[int | None, datetime | None]:
    """The COUNT and the UNTIL (local wall-clock time) of an RRULE value."""
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    until = datetime.strptime(parts["UNTIL"], "%Y%m%dT%H%M%S") if "UNTIL" in parts else None
    return count, until


def _stored_rule(series: AppointmentSeries) -> rrule:
    parsed = rrulestr(series.rule, dtstart=series.first_start)
    if not isinstance(parsed, rrule):
        raise ValueError("a series holds one rule")
    return parsed


# ---------------------------------------------------------------- services


def _info(row: Service) -> ServiceInfo:
    return ServiceInfo(
        id=row.id,
        name=row.name,
        kind=ServiceKind(row.kind),
        duration_minutes=row.duration_minutes,
        fee=None if row.fee_cents is None else from_minor(row.fee_cents),
        billable=row.billable,
        procedure_code=row.procedure_code,
        colour=row.colour,
        buffer_after_minutes=row.buffer_after_minutes,
        archived=row.archived,
    )


def _clean_service(session: Session, data: ServiceInput, own_id: int | None) -> ServiceInput:
    """The service checked and tidied; ValidationError names each bad field."""
    problems: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        problems["name"] = marked("Enter the service's name.")
    elif len(name) > 100:
        problems["name"] = words("At most {count} characters.", count=100)
    else:
        others = session.execute(select(Service.id, Service.name)).all()
        if any(n.casefold() == name.casefold() and i != own_id for i, n in others):
            problems["name"] = marked("Another service already has this name.")
    if not MIN_DURATION <= data.duration_minutes <= MAX_DURATION:
        problems["duration_minutes"] = _duration_problem()
    fee = data.fee
    if fee is not None:
        try:
            fee = parse_amount(str(fee))
        except ValueError as exc:
            problems["fee"] = said(exc)
        else:
            if fee < 0:
                problems["fee"] = marked("A fee cannot be negative.")
            elif fee > MAX_FEE:
                problems["fee"] = words("At most {amount}.", amount=f"{MAX_FEE:,.2f}")
    try:
        kind = ServiceKind(data.kind)
    except ValueError:
        problems["kind"] = marked("Choose the kind of service.")
        kind = ServiceKind.OTHER
    code = data.procedure_code.strip().upper()
    if len(code) > 20 or not _PROCEDURE_CODE.match(code):
        problems["procedure_code"] = marked("At most 20 letters and digits.")
    colour = data.colour.strip().lower()
    if not _COLOUR.match(colour):
        problems["colour"] = marked("Choose a colour such as #4f7cac.")
    if not 0 <= data.buffer_after_minutes <= MAX_BUFFER:
        problems["buffer_after_minutes"] = words(
            "Choose between 0 and {high} minutes.", high=MAX_BUFFER
        )
    if problems:
        raise ValidationError(problems)
    return replace(
        data,
        name=name,
        fee=fee,
        kind=kind,
        procedure_code=code,
        colour=colour,
        billable=bool(data.billable),
    )


def _service_values(data: ServiceInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "kind": str(data.kind),
        "duration_minutes": data.duration_minutes,
        "fee_cents": None if data.fee is None else to_minor(data.fee),
        "billable": data.billable,
        "procedure_code": data.procedure_code,
        "colour": data.colour,
        "buffer_after_minutes": data.buffer_after_minutes,
    }


#: Kinds whose fee or length the fee policy (and so the consent form) quotes.
_POLICY_KINDS = frozenset({ServiceKind.INDIVIDUAL, ServiceKind.COUPLES, ServiceKind.CONSULTATION})


def ensure_default_services(session: Session) -> Changed:
    """Install ``DEFAULT_SERVICES`` when the vault has no service at all.

    Fees and the consultation's length already set in Settings (before the
    practice had services) become those of the new services.
    """
    if session.scalar(select(Service.id).limit(1)) is not None:
        return Changed.NOTHING
    individual = get_setting(session, "fees.individual_cents")
    couples = get_setting(session, "fees.couples_cents")
    minutes = int(get_setting(session, "policy.free_consultation_minutes"))
    for position, default in enumerate(DEFAULT_SERVICES):
        values = _service_values(default)
        if default.kind == ServiceKind.INDIVIDUAL and individual is not None:
            values["fee_cents"] = int(individual)
        elif default.kind == ServiceKind.COUPLES and couples is not None:
            values["fee_cents"] = int(couples)
        elif default.kind == ServiceKind.CONSULTATION and MIN_DURATION <= minutes <= MAX_DURATION:
            values["duration_minutes"] = minutes
        session.add(Service(**values, archived=False, position=position))
    session.flush()
    audit.record(
        session, "create", "service", "defaults", {"services": [s.name for s in DEFAULT_SERVICES]}
    )
    return Changed.CALENDAR | Changed.SETTINGS


def services(session: Session, include_archived: bool = False) -> list[ServiceInfo]:
    """The services, in the order the booking list shows them."""
    statement = select(Service).order_by(Service.position, Service.id)
    if not include_archived:
        statement = statement.where(Service.archived.is_(False))
    return [_info(row) for row in session.scalars(statement)]


def _load_service(session: Session, service_id: int) -> Service:
    row = session.get(Service, service_id)
    if row is None:
        raise ServiceNotFound()
    return row


def get_service(session: Session, service_id: int) -> ServiceInfo:
    return _info(_load_service(session, service_id))


def create_service(session: Session, data: ServiceInput) -> int:
    """Validate and store a new service at the end of the list; returns its id."""
    clean = _clean_service(session, data, None)
    last = session.scalar(select(func.max(Service.position)))
    values = _service_values(clean)
    row = Service(**values, archived=False, position=(last or 0) + 1)
    session.add(row)
    session.flush()
    audit.record_changes(
        session, "service", row.id, {k: (None, v) for k, v in values.items()}, action="create"
    )
    return row.id


def update_service(session: Session, service_id: int, data: ServiceInput) -> Changed:
    """Validate and store changes; booked appointments keep their times and buffers."""
    row = _load_service(session, service_id)
    clean = _clean_service(session, data, row.id)
    was_quoted = row.kind in _POLICY_KINDS
    changes = {
        name: (getattr(row, name), new)
        for name, new in _service_values(clean).items()
        if getattr(row, name) != new
    }
    for name, (_, new) in changes.items():
        setattr(row, name, new)
    audit.record_changes(session, "service", row.id, changes)
    if not changes:
        return Changed.NOTHING
    quoted = was_quoted or row.kind in _POLICY_KINDS
    return Changed.CALENDAR | (Changed.SETTINGS if quoted else Changed.NOTHING)


def archive_service(session: Session, service_id: int, archived: bool = True) -> Changed:
    """Retire a service from the booking list (or offer it again); its appointments stay."""
    row = _load_service(session, service_id)
    if row.archived == archived:
        return Changed.NOTHING
    audit.record_changes(session, "service", row.id, {"archived": (row.archived, archived)})
    row.archived = archived
    quoted = row.kind in _POLICY_KINDS
    return Changed.CALENDAR | (Changed.SETTINGS if quoted else Changed.NOTHING)


# ---------------------------------------------------------------- working hours


def schedule_policy(session: Session) -> SchedulePolicy:
    stored = get_setting(session, "calendar.working_hours")
    hours: list[tuple[time, time] | None] = []
    for day in stored:
        hours.append(
            None if day is None else (time.fromisoformat(day[0]), time.fromisoformat(day[1]))
        )
    return SchedulePolicy(
        hours=tuple(hours),
        min_buffer_minutes=int(get_setting(session, "calendar.min_buffer_minutes")),
    )


def set_schedule_policy(session: Session, policy: SchedulePolicy) -> Changed:
    """Store the working hours and the minimum buffer; ValidationError names what is wrong."""
    problems: dict[str, str] = {}
    if len(policy.hours) != 7:
        problems["hours"] = marked("Give the working hours of each day of the week.")
    else:
        for name, day in zip(DAY_NAMES, policy.hours, strict=True):
            if day is not None and not day[0] < day[1]:
                problems["hours"] = words(
                    "On {day}, the working day must start before it ends.", day=name
                )
                break
    if not 0 <= policy.min_buffer_minutes <= MAX_BUFFER:
        problems["min_buffer_minutes"] = words(
            "Choose between 0 and {high} minutes.", high=MAX_BUFFER
        )
    if problems:
        raise ValidationError(problems)
    stored = [
        None if day is None else [f"{day[0]:%H:%M}", f"{day[1]:%H:%M}"] for day in policy.hours
    ]
    changed = set_setting(session, "calendar.working_hours", stored)
    changed |= set_setting(session, "calendar.min_buffer_minutes", int(policy.min_buffer_minutes))
    return changed | Changed.CALENDAR if changed else Changed.NOTHING


def _outside_hours(
    start: datetime, end: datetime, zone: ZoneInfo, policy: SchedulePolicy
) -> str | None:
    """Why [start, end) is outside working hours, or None when it is inside them."""
    a, b = start.astimezone(zone), end.astimezone(zone)
    hours = policy.hours[a.weekday()]
    when = _when(start, end, zone)
    if hours is None:
        return words(
            "{when} is outside working hours ({day} is not a working day).",
            when=when,
            day=DAY_NAMES[a.weekday()],
        )
    if b.date() != a.date() or a.time() < hours[0] or b.time() > hours[1]:
        return words(
            "{when} is outside working hours ({start}–{end}).",
            when=when,
            start=_clock(hours[0]),
            end=_clock(hours[1]),
        )
    return None


# ---------------------------------------------------------------- reading


#: The rows ``_view_statement`` reads: an appointment's columns and those joined to it.
ViewSelect = Select[*tuple[Any, ...]]


def _view_statement() -> ViewSelect:
    """Appointments with their service and whom they are for, in one query.

    Plain columns, not ``Appointment`` objects: the calendar reads a busy week
    or month each time it is shown, and building (and tracking) an ORM object
    per row doubled the time that takes.
    """
    return (
        select(
            Appointment.id,
            Appointment.service_id,
            Appointment.start_utc,
            Appointment.end_utc,
            Appointment.buffer_after_minutes,
            Appointment.client_id,
            Appointment.prospect_id,
            Appointment.location,
            Appointment.memo,
            Appointment.status,
            Appointment.fee_owed_cents,
            Appointment.series_id,
            Appointment.is_exception,
            Appointment.consent_warning,
            Service.name,
            Service.kind,
            Service.colour,
            Service.billable,
            Client.code,
            Client.legal_first_name,
            Client.legal_last_name,
            Client.preferred_name,
            Prospect.name,
        )
        .join(Service, Service.id == Appointment.service_id)
        .outerjoin(Client, Client.id == Appointment.client_id)
        .outerjoin(Prospect, Prospect.id == Appointment.prospect_id)
    )


def _views(session: Session, statement: ViewSelect) -> list[AppointmentView]:
    rows = session.execute(statement).all()
    partners: dict[int, list[int]] = defaultdict(list)
    ids = [row[0] for row in rows]
    if ids:
        found = session.execute(
            select(AppointmentParticipant.appointment_id, AppointmentParticipant.client_id)
            .where(AppointmentParticipant.appointment_id.in_(ids))
            .order_by(AppointmentParticipant.client_id)
        )
        for appointment_id, client_id in found:
            partners[appointment_id].append(client_id)
    views = []
    for (
        appointment_id,
        service_id,
        start,
        end,
        buffer_after,
        client_id,
        prospect_id,
        location,
        memo,
        status,
        fee_owed_cents,
        series_id,
        is_exception,
        consent_warning,
        name,
        kind,
        colour,
        billable,
        code,
        first,
        last,
        preferred,
        prospect_name,
    ) in rows:
        if client_id is not None:
            who, shown_code = clients.display_name(first, last, preferred), code
        else:
            who, shown_code = prospect_name or "", "Enquiry"
        views.append(
            AppointmentView(
                id=appointment_id,
                service_id=service_id,
                service_name=name,
                kind=ServiceKind(kind),
                colour=colour,
                billable=billable,
                start=start,
                end=end,
                buffer_after_minutes=buffer_after,
                client_id=client_id,
                prospect_id=prospect_id,
                partner_ids=tuple(partners.get(appointment_id, ())),
                who=who,
                code=shown_code,
                location=location,
                memo=memo,
                status=status,
                fee_owed=None if fee_owed_cents is None else from_minor(fee_owed_cents),
                series_id=series_id,
                is_exception=is_exception,
                consent_warning=consent_warning,
            )
        )
    return views


def _blocked_view(row: BlockedTime) -> BlockedView:
    return BlockedView(row.id, row.start_utc, row.end_utc, row.summary, row.source)


def get_appointment(session: Session, appointment_id: int) -> AppointmentView:
    found = _views(session, _view_statement().where(Appointment.id == appointment_id))
    if not found:
        raise AppointmentNotFound()
    return found[0]


def appointments_between(session: Session, start: datetime, end: datetime) -> list[AppointmentView]:
    """Every appointment starting in [start, end), cancelled ones included, by start."""
    statement = (
        _view_statement()
        .where(Appointment.start_utc >= start, Appointment.start_utc < end)
        .order_by(Appointment.start_utc, Appointment.id)
    )
    return _views(session, statement)


def blocked_between(session: Session, start: datetime, end: datetime) -> list[BlockedView]:
    """Busy time overlapping [start, end), by start."""
    statement = (
        select(BlockedTime)
        .where(BlockedTime.start_utc < end, BlockedTime.end_utc > start)
        .order_by(BlockedTime.start_utc, BlockedTime.id)
    )
    return [_blocked_view(row) for row in session.scalars(statement)]


def client_appointments(session: Session, client_id: int) -> list[AppointmentView]:
    """The client's appointments, alone or as a participant, newest first."""
    joined = select(AppointmentParticipant.appointment_id).where(
        AppointmentParticipant.client_id == client_id
    )
    statement = (
        _view_statement()
        .where(or_(Appointment.client_id == client_id, Appointment.id.in_(joined)))
        .order_by(Appointment.start_utc.desc(), Appointment.id.desc())
    )
    return _views(session, statement)


def day_agenda(session: Session, day: date) -> list[AppointmentView]:
    """The appointments of one day of the practice's calendar (its local day)."""
    zone = _zone(session)
    start = _from_local(datetime.combine(day, time()), zone)
    end = _from_local(datetime.combine(day + timedelta(days=1), time()), zone)
    return appointments_between(session, start, end)


# ---------------------------------------------------------------- conflicts

Taken = tuple[datetime, datetime, AppointmentView | BlockedView]


def conflict_statement(lo: datetime, hi: datetime, ignore_ids: Sequence[int] = ()) -> ViewSelect:
    """Appointments still taking time that start in [lo, hi), on the start-time index."""
    statement = _view_statement().where(
        Appointment.start_utc >= lo,
        Appointment.start_utc < hi,
        Appointment.status.not_in(sorted(FREE_AGAIN)),
    )
    if ignore_ids:
        statement = statement.where(Appointment.id.not_in(list(ignore_ids)))
    return statement.order_by(Appointment.start_utc, Appointment.id)


def _taken(
    session: Session, lo: datetime, hi: datetime, ignore_ids: Sequence[int], min_buffer: int
) -> list[Taken]:
    """What takes time between lo and hi: (start, end with its buffer, the item)."""
    taken: list[Taken] = []
    # An appointment lasts at most a day with its buffer, so one that starts more than a
    # day before ``lo`` cannot reach it: this bound keeps the query on the index.
    for view in _views(session, conflict_statement(lo - LONGEST_BLOCK, hi, ignore_ids)):
        buffer = timedelta(minutes=max(view.buffer_after_minutes, min_buffer))
        if view.end + buffer > lo:
            taken.append((view.start, view.end + buffer, view))
    # Busy time may last longer than a day (a holiday); the table stays small.
    statement = select(BlockedTime).where(BlockedTime.start_utc < hi, BlockedTime.end_utc > lo)
    taken.extend((b.start_utc, b.end_utc, _blocked_view(b)) for b in session.scalars(statement))
    taken.sort(key=lambda t: (t[0], t[1]))
    return taken


def _in_the_way(
    taken: Iterable[Taken], start: datetime, end: datetime
) -> list[AppointmentView | BlockedView]:
    return [item for s, e, item in taken if s < end and e > start]


def conflicts(
    session: Session,
    start: datetime,
    end: datetime,
    buffer_after_minutes: int,
    ignore_ids: Sequence[int] = (),
) -> list[AppointmentView | BlockedView]:
    """What is in the way of [start, end) followed by its buffer, by start.

    Each side's buffer is the larger of its own and the practice's minimum
    buffer; busy time has none. Cancelled appointments take no time.
    """
    min_buffer = schedule_policy(session).min_buffer_minutes
    own_end = end + timedelta(minutes=max(buffer_after_minutes, min_buffer))
    return _in_the_way(_taken(session, start, own_end, ignore_ids, min_buffer), start, own_end)


def _conflict_message(item: AppointmentView | BlockedView, zone: ZoneInfo, min_buffer: int) -> str:
    when = _when(item.start, item.end, zone)
    if isinstance(item, BlockedView):
        return words("Overlaps busy time on {when}.", when=when)
    buffer = max(item.buffer_after_minutes, min_buffer)
    if buffer:
        return words(
            "Overlaps {service} ({code}) on {when}, with its {buffer}-minute buffer.",
            service=item.service_name,
            code=item.code,
            when=when,
            buffer=buffer,
        )
    return words(
        "Overlaps {service} ({code}) on {when}.",
        service=item.service_name,
        code=item.code,
        when=when,
    )


def _check_free(
    session: Session,
    spans: Sequence[tuple[datetime, datetime]],
    buffer_after_minutes: int,
    ignore_ids: Sequence[int],
    zone: ZoneInfo,
) -> None:
    min_buffer = schedule_policy(session).min_buffer_minutes
    for start, end in spans:
        found = conflicts(session, start, end, buffer_after_minutes, ignore_ids)
        if found:
            raise Conflict(_conflict_message(found[0], zone, min_buffer), found)


def _check_hours(
    spans: Sequence[tuple[datetime, datetime]], zone: ZoneInfo, policy: SchedulePolicy
) -> None:
    for start, end in spans:
        why = _outside_hours(start, end, zone, policy)
        if why is not None:
            raise OutsideHours(why)


# ---------------------------------------------------------------- booking


def _active_client(session: Session, client_id: int, field: str) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ValidationError({field: marked("That client no longer exists.")})
    if client.status == ClientStatus.ARCHIVED:
        raise ValidationError({field: marked("This client is archived. Restore the record first.")})
    return client


def _bookable_service(session: Session, service_id: int) -> Service:
    service = session.get(Service, service_id)
    if service is None:
        raise ValidationError({"service_id": marked("That service no longer exists.")})
    if service.archived:
        raise ValidationError({"service_id": marked("This service is no longer offered.")})
    return service


def _check_recurrence(recurrence: Recurrence, first: date, today: date) -> None:
    if (recurrence.count is None) == (recurrence.until is None):
        raise ValidationError(
            {"recurrence": marked("Choose how many sessions, or the date of the last one.")}
        )
    if recurrence.count is not None and not 2 <= recurrence.count <= MAX_SERIES_SESSIONS:
        raise ValidationError(
            {
                "recurrence": words(
                    "A series has between 2 and {count} sessions.", count=MAX_SERIES_SESSIONS
                )
            }
        )
    if recurrence.until is not None:
        try:
            latest = today.replace(year=today.year + MAX_SERIES_YEARS)
        except ValueError:  # 29 February
            latest = today.replace(year=today.year + MAX_SERIES_YEARS, day=28)
        if recurrence.until < first:
            raise ValidationError(
                {"recurrence": marked("The last session cannot be before the first.")}
            )
        if recurrence.until > latest:
            raise ValidationError(
                {
                    "recurrence": words(
                        "A series may run at most {count} years ahead.", count=MAX_SERIES_YEARS
                    )
                }
            )


def _consent_warning(session: Session, client_ids: Sequence[int], today: date, accept: bool) -> str:
    """The first failing consent kind among the clients ("" when all have consented)."""
    for client_id in client_ids:
        kind = consents.status(session, client_id, today).kind
        if kind in CONSENT_OK:
            continue
        if not accept:
            code = session.scalar(select(Client.code).where(Client.id == client_id))
            raise ConsentNeeded(
                words(_CONSENT_WARNINGS.get(kind, _NO_VALID_CONSENT), code=code), kind
            )
        return str(kind)
    return ""


def book(session: Session, data: AppointmentInput, today: date) -> list[int]:
    """Book one appointment, or every session of a series; returns the new ids by start.

    Nothing is stored when a check fails: who it is for, the service, the
    length, the series' end, conflicts, working hours, then the consent.
    """
    if (data.client_id is None) == (data.prospect_id is None):
        raise ValidationError({"client_id": marked("Choose a client or an enquiry.")})
    prospect: Prospect | None = None
    partner_ids = tuple(dict.fromkeys(data.partner_ids))
    if data.client_id is not None:
        _active_client(session, data.client_id, "client_id")
        for partner_id in partner_ids:
            if partner_id == data.client_id:
                raise ValidationError(
                    {"partner_ids": marked("A client cannot be their own partner.")}
                )
            _active_client(session, partner_id, "partner_ids")
    else:
        assert data.prospect_id is not None
        prospect = session.get(Prospect, data.prospect_id)
        if prospect is None:
            raise ValidationError({"prospect_id": marked("That enquiry no longer exists.")})
        if prospect.status == ProspectStatus.BECAME_CLIENT:
            raise ValidationError(
                {
                    "prospect_id": marked(
                        "This enquiry has become a client: book the client instead."
                    )
                }
            )
        if partner_ids:
            raise ValidationError({"partner_ids": marked("Only clients can join a session.")})
    service = session.get(Service, data.service_id)
    if prospect is not None and service is not None and service.kind != ServiceKind.CONSULTATION:
        raise ValidationError(
            {"service_id": marked("An enquiry can only be booked for a free consultation.")}
        )
    service = _bookable_service(session, data.service_id)
    _check_duration(data.duration_minutes)
    _require_aware("start", data.start)
    zone = _zone(session)
    length = timedelta(minutes=data.duration_minutes)
    series: AppointmentSeries | None = None
    if data.recurrence is None:
        starts = [data.start.astimezone(UTC)]
    else:
        first_local = _local_naive(data.start, zone)
        _check_recurrence(data.recurrence, first_local.date(), today)
        starts = expand(data.recurrence, first_local, zone)
        if len(starts) > MAX_SERIES_SESSIONS:
            raise ValidationError(
                {
                    "recurrence": words(
                        "A series has at most {count} sessions.", count=MAX_SERIES_SESSIONS
                    )
                }
            )
        if len(starts) < 2:
            raise ValidationError({"recurrence": marked("A series has at least two sessions.")})
        rule = rule_for(data.recurrence, first_local)
        series = AppointmentSeries(
            rule=_rule_text(rule), first_start=first_local, time_zone=zone.key
        )
    spans = [(start, start + length) for start in starts]
    _check_free(session, spans, service.buffer_after_minutes, (), zone)
    if not data.allow_outside_hours:
        _check_hours(spans, zone, schedule_policy(session))
    warning = ""
    if service.billable and data.client_id is not None:
        warning = _consent_warning(
            session, (data.client_id, *partner_ids), today, data.accept_consent_warning
        )
    location, memo = _clean_text(data.location, data.memo)

    if series is not None:
        session.add(series)
        session.flush()
    rows = [
        Appointment(
            service_id=service.id,
            client_id=data.client_id,
            prospect_id=data.prospect_id,
            series_id=None if series is None else series.id,
            occurrence_utc=None if series is None else start,
            is_exception=False,
            start_utc=start,
            end_utc=end,
            buffer_after_minutes=service.buffer_after_minutes,
            location=location,
            memo=memo,
            status=AppointmentStatus.SCHEDULED,
            consent_warning=warning,
        )
        for start, end in spans
    ]
    session.add_all(rows)
    session.flush()
    session.add_all(
        AppointmentParticipant(appointment_id=row.id, client_id=partner_id)
        for row in rows
        for partner_id in partner_ids
    )
    detail: dict[str, Any] = {
        "service_id": service.id,
        "start": starts[0].isoformat(),
        "duration_minutes": data.duration_minutes,
        "appointment_ids": [row.id for row in rows],
    }
    if data.client_id is not None:
        detail["client_id"] = data.client_id
    if data.prospect_id is not None:
        detail["prospect_id"] = data.prospect_id
    if partner_ids:
        detail["partner_ids"] = list(partner_ids)
    if series is not None:
        detail["series_id"] = series.id
        detail["rule"] = series.rule
    if warning:
        detail["consent_warning"] = warning
    audit.record(session, "book", "appointment", rows[0].id, detail)
    if prospect is not None and prospect.status == ProspectStatus.NEW:
        prospects.set_status(session, prospect.id, ProspectStatus.CONSULTATION_BOOKED)
    return [row.id for row in rows]


def _clean_text(location: str, memo: str) -> tuple[str, str]:
    location = " ".join(location.split())
    if len(location) > 200:
        raise ValidationError({"location": words("At most {count} characters.", count=200)})
    return location, memo.strip()


# ---------------------------------------------------------------- changing


def _load(session: Session, appointment_id: int) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise AppointmentNotFound()
    return row


def _audit_pair(name: str, old: Any, new: Any) -> tuple[Any, Any]:
    """An audited change; free text (where, memo) is noted as changed, not copied."""
    if name in ("location", "memo"):
        return ("…", "…")
    if isinstance(old, datetime):
        return (old.isoformat(), new.isoformat())
    return (old, new)


def _minutes(row: Appointment) -> int:
    return int((row.end_utc - row.start_utc).total_seconds() // 60)


def _shifted(rule: rrule, first: datetime, *, monthly: bool, **changes: Any) -> rrule:
    """``rule`` from a new first session (a monthly rule follows its new weekday)."""
    if monthly:
        changes["byweekday"] = _nth_weekday(first.date())
    return rule.replace(dtstart=first, **changes)


def _move_series(
    session: Session,
    row: Appointment,
    slot_utc: datetime | None,
    targets: Sequence[Appointment],
    delta: timedelta,
    scope: Scope,
) -> AppointmentSeries | None:
    """Update the series' rule for an edit of ``scope`` from ``row`` (whose slot was ``slot_utc``).

    A FOLLOWING edit after the first session splits the series and returns the new one.
    """
    series = session.get(AppointmentSeries, row.series_id)
    if series is None or slot_utc is None:
        return None
    rule = _stored_rule(series)
    monthly = "FREQ=MONTHLY" in series.rule
    zone = ZoneInfo(series.time_zone)
    earlier = session.scalar(
        select(func.count())
        .select_from(Appointment)
        .where(Appointment.series_id == series.id, Appointment.occurrence_utc < slot_utc)
    )
    if scope == Scope.FOLLOWING and earlier:
        slot = _local_naive(slot_utc, zone)
        count, until = _rule_end(series.rule)
        new_first = slot + delta
        if count is not None:
            before = sum(1 for occurrence in rule if occurrence < slot)
            new_rule = _shifted(rule, new_first, monthly=monthly, count=count - before)
        else:
            assert until is not None
            new_rule = _shifted(rule, new_first, monthly=monthly, until=until + delta)
        old_rule = rule.replace(count=None, until=slot - timedelta(seconds=1))
        old_text = series.rule
        series.rule = _rule_text(old_rule)
        new_series = AppointmentSeries(
            rule=_rule_text(new_rule), first_start=new_first, time_zone=series.time_zone
        )
        session.add(new_series)
        session.flush()
        for target in targets:
            target.series_id = new_series.id
        audit.record(
            session,
            "split",
            "appointment_series",
            series.id,
            {"rule": [old_text, series.rule], "new_series_id": new_series.id},
        )
        return new_series
    if delta:
        old_text, old_first = series.rule, series.first_start
        _, until = _rule_end(series.rule)
        new_first = series.first_start + delta
        changes: dict[str, Any] = {} if until is None else {"until": until + delta}
        series.rule = _rule_text(_shifted(rule, new_first, monthly=monthly, **changes))
        series.first_start = new_first
        audit.record_changes(
            session,
            "appointment_series",
            series.id,
            {
                "rule": (old_text, series.rule),
                "first_start": (old_first.isoformat(), new_first.isoformat()),
            },
        )
    return None


def change(
    session: Session, appointment_id: int, edit: AppointmentChange, scope: Scope, today: date
) -> Changed:
    """Move, resize or otherwise edit a scheduled appointment, or its series (``scope``).

    THIS marks the session an exception; FOLLOWING splits the series at this
    session; ALL changes every scheduled session of the series but the
    exceptions. A new start moves each session by the same local wall-clock
    difference, so 17:00 → 18:00 stays 18:00 across a daylight-saving change.
    """
    row = _load(session, appointment_id)
    if row.status != AppointmentStatus.SCHEDULED:
        raise ValidationError({"status": marked("Only a scheduled appointment can be changed.")})
    service = session.get(Service, row.service_id)
    assert service is not None
    if edit.service_id is not None and edit.service_id != row.service_id:
        if row.prospect_id is not None:
            candidate = session.get(Service, edit.service_id)
            if candidate is not None and candidate.kind != ServiceKind.CONSULTATION:
                raise ValidationError(
                    {"service_id": marked("An enquiry can only be booked for a free consultation.")}
                )
        service = _bookable_service(session, edit.service_id)
    if edit.duration_minutes is not None:
        _check_duration(edit.duration_minutes)
    if edit.start is not None:
        _require_aware("start", edit.start)
    location, memo = _clean_text(edit.location or "", edit.memo or "")
    zone = _zone(session)

    slot_utc = row.occurrence_utc
    targets = [row]
    if row.series_id is not None and scope != Scope.THIS:
        statement = select(Appointment).where(
            Appointment.series_id == row.series_id,
            Appointment.id != row.id,
            Appointment.status == AppointmentStatus.SCHEDULED,
            Appointment.is_exception.is_(False),
        )
        if scope == Scope.FOLLOWING and row.occurrence_utc is not None:
            statement = statement.where(Appointment.occurrence_utc > row.occurrence_utc)
        targets += list(session.scalars(statement.order_by(Appointment.start_utc)))
    delta = (
        timedelta()
        if edit.start is None
        else _local_naive(edit.start, zone) - _local_naive(row.start_utc, zone)
    )
    plans: list[tuple[Appointment, datetime, datetime]] = []
    for target in targets:
        if target is row and edit.start is not None:
            start = edit.start.astimezone(UTC)
        elif delta:
            start = _from_local(_local_naive(target.start_utc, zone) + delta, zone)
        else:
            start = target.start_utc
        minutes = edit.duration_minutes if edit.duration_minutes is not None else _minutes(target)
        plans.append((target, start, start + timedelta(minutes=minutes)))

    moved = any(s != t.start_utc or e != t.end_utc for t, s, e in plans)
    rebuffered = service.buffer_after_minutes != row.buffer_after_minutes
    spans = [(s, e) for _, s, e in plans]
    if moved or rebuffered:
        _check_free(session, spans, service.buffer_after_minutes, [t.id for t in targets], zone)
    if moved and not edit.allow_outside_hours:
        _check_hours(spans, zone, schedule_policy(session))

    changed = Changed.NOTHING
    for target, start, end in plans:
        changes: dict[str, tuple[Any, Any]] = {}
        values: dict[str, Any] = {
            "start_utc": start,
            "end_utc": end,
            "service_id": service.id,
            "buffer_after_minutes": service.buffer_after_minutes,
        }
        if edit.location is not None:
            values["location"] = location
        if edit.memo is not None:
            values["memo"] = memo
        for name, new in values.items():
            old = getattr(target, name)
            if old != new:
                changes[name] = (old, new)
                setattr(target, name, new)
        if not changes:
            continue
        if target.series_id is not None:
            if scope == Scope.THIS:
                if not target.is_exception:
                    changes["is_exception"] = (False, True)
                target.is_exception = True
            elif "start_utc" in changes and not target.is_exception:
                # The series itself moved: this session's slot moved with it.
                target.occurrence_utc = start
        audit.record_changes(
            session,
            "appointment",
            target.id,
            {k: _audit_pair(k, o, n) for k, (o, n) in changes.items()},
        )
        changed = Changed.CALENDAR
    if row.series_id is not None and scope != Scope.THIS and changed:
        moved_targets = [t for t in targets if t is row or not t.is_exception]
        if scope == Scope.FOLLOWING:
            row.occurrence_utc = row.start_utc
            row.is_exception = False
        _move_series(session, row, slot_utc, moved_targets, delta, scope)
    return changed


# ---------------------------------------------------------------- statuses


def _fee_for(service: Service, amount: Decimal | None) -> int | None:
    if not service.billable or amount is None:
        return None
    return to_minor(amount)


def _apply_status(
    session: Session, row: Appointment, status: AppointmentStatus, now: datetime
) -> Changed:
    service = session.get(Service, row.service_id)
    assert service is not None
    policy = fee_policy(session)
    fee: int | None = None
    if status in (AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW) and now < row.start_utc:
        raise ValidationError(
            {
                "status": marked(
                    "An appointment can be marked attended or missed once it has started."
                )
            }
        )
    if status == AppointmentStatus.CANCELLED_BY_CLIENT:
        late_from = row.start_utc - timedelta(hours=policy.late_cancel_hours)
        if now > late_from:
            status = AppointmentStatus.LATE_CANCELLED
    if status == AppointmentStatus.LATE_CANCELLED:
        fee = _fee_for(service, policy.late_cancel_fee)
    elif status == AppointmentStatus.NO_SHOW:
        fee = _fee_for(service, policy.no_show_fee)
    if row.status == status and row.fee_owed_cents == fee:
        return Changed.NOTHING
    if row.status in FREE_AGAIN and status not in FREE_AGAIN:
        # The time may have been given to someone else meanwhile.
        _check_free(
            session,
            [(row.start_utc, row.end_utc)],
            row.buffer_after_minutes,
            [row.id],
            _zone(session),
        )
    # A charge already on an invoice is not changed behind the invoice's back.
    billing.check_status_change(session, row.id, status, fee)
    audit.record_changes(
        session,
        "appointment",
        row.id,
        {"status": (row.status, str(status)), "fee_owed_cents": (row.fee_owed_cents, fee)},
        action="status",
    )
    row.status = status
    row.fee_owed_cents = fee
    row.status_changed_at = now
    changed = Changed.CALENDAR | billing.sync_charges(session, row.id)
    if status == AppointmentStatus.ATTENDED:
        day = row.start_utc.astimezone(_zone(session)).date()
        if row.client_id is not None:
            partner_ids = session.scalars(
                select(AppointmentParticipant.client_id).where(
                    AppointmentParticipant.appointment_id == row.id
                )
            )
            for client_id in (row.client_id, *partner_ids):
                clients.set_last_service(session, client_id, day)
            changed |= Changed.CLIENTS
        if row.prospect_id is not None and service.kind == ServiceKind.CONSULTATION:
            prospect = session.get(Prospect, row.prospect_id)
            if (
                prospect is not None
                and ProspectStatus.CONSULTATION_HELD
                in prospects.TRANSITIONS.get(prospect.status, set())
            ):
                changed |= prospects.set_status(
                    session, prospect.id, ProspectStatus.CONSULTATION_HELD
                )
    return changed


def set_status(
    session: Session, appointment_id: int, status: AppointmentStatus, now: datetime
) -> Changed:
    """Record what became of an appointment, with the fee owed for a late cancellation or no-show.

    A client's cancellation less than ``late_cancel_hours`` before the start
    is stored as a late cancellation; back to scheduled clears the fee. The
    appointment's charge follows (:func:`app.billing.sync_charges`); a status
    that would change a charge already invoiced is refused.
    """
    _require_aware("now", now)
    return _apply_status(session, _load(session, appointment_id), AppointmentStatus(status), now)


def cancel(
    session: Session, appointment_id: int, by_client: bool, scope: Scope, now: datetime
) -> Changed:
    """Cancel this session, this and the following ones, or all the series' coming sessions.

    The late rule applies to each session on its own: a client cancelling a
    series long before its later sessions owes nothing for those.
    """
    _require_aware("now", now)
    row = _load(session, appointment_id)
    if row.status != AppointmentStatus.SCHEDULED:
        raise ValidationError({"status": marked("Only a scheduled appointment can be cancelled.")})
    targets = [row]
    if row.series_id is not None and scope != Scope.THIS:
        statement = select(Appointment).where(
            Appointment.series_id == row.series_id,
            Appointment.id != row.id,
            Appointment.status == AppointmentStatus.SCHEDULED,
            Appointment.start_utc >= now,
        )
        if scope == Scope.FOLLOWING:
            statement = statement.where(Appointment.start_utc > row.start_utc)
        targets += list(session.scalars(statement.order_by(Appointment.start_utc)))
    status = (
        AppointmentStatus.CANCELLED_BY_CLIENT
        if by_client
        else AppointmentStatus.CANCELLED_BY_CLINICIAN
    )
    changed = Changed.NOTHING
    for target in targets:
        changed |= _apply_status(session, target, status, now)
    return changed


# ---------------------------------------------------------------- finding time


def find_slots(
    session: Session,
    duration_minutes: int,
    after: datetime,
    count: int,
    buffer_after_minutes: int = 0,
) -> list[datetime]:
    """The next ``count`` free starts in working hours, on a quarter-hour grid, 8 weeks ahead."""
    _check_duration(duration_minutes)
    _require_aware("after", after)
    if count < 1:
        return []
    zone = _zone(session)
    policy = schedule_policy(session)
    length = timedelta(minutes=duration_minutes)
    own_buffer = timedelta(minutes=max(buffer_after_minutes, policy.min_buffer_minutes))
    horizon = after + SLOT_HORIZON
    taken = _taken(session, after, horizon + length + own_buffer, (), policy.min_buffer_minutes)
    found: list[datetime] = []
    day = after.astimezone(zone).date()
    while len(found) < count and datetime.combine(day, time()).replace(tzinfo=zone) < horizon:
        hours = policy.hours[day.weekday()]
        day_start = datetime.combine(day, time())
        if hours is not None:
            # The grid counts from midnight, so a 9:10 opening offers 9:15 first.
            first = datetime.combine(day, hours[0]) - day_start
            local = day_start + (-(-first // SLOT_GRID)) * SLOT_GRID
            close = datetime.combine(day, hours[1])
            while local + length <= close and len(found) < count:
                start = _from_local(local, zone)
                end = start + length
                if (
                    start >= after
                    and _local_naive(start, zone) == local
                    and _outside_hours(start, end, zone, policy) is None
                    and not _in_the_way(taken, start, end + own_buffer)
                ):
                    found.append(start)
                local += SLOT_GRID
        day += timedelta(days=1)
    return found


# ---------------------------------------------------------------- busy time


def add_blocked(
    session: Session,
    start: datetime,
    end: datetime,
    summary: str = "Busy",
    source: str = "manual",
    uid: str = "",
) -> int:
    """Mark time as taken (typed in, or imported from the clinician's own calendar)."""
    _require_aware("start", start)
    _require_aware("end", end)
    if not start < end:
        raise ValidationError({"end": marked("The end must be after the start.")})
    summary = " ".join(summary.split()) or "Busy"
    if len(summary) > 200:
        raise ValidationError({"summary": words("At most {count} characters.", count=200)})
    if source not in ("manual", "ics"):
        raise ValidationError({"source": marked("Unknown source of busy time.")})
    if len(uid) > 300:
        raise ValidationError({"uid": words("At most {count} characters.", count=300)})
    row = BlockedTime(start_utc=start, end_utc=end, summary=summary, source=source, uid=uid)
    session.add(row)
    session.flush()
    audit.record(
        session,
        "create",
        "blocked_time",
        row.id,
        {
            "start": start.astimezone(UTC).isoformat(),
            "end": end.astimezone(UTC).isoformat(),
            "source": source,
        },
    )
    return row.id


def remove_blocked(session: Session, blocked_id: int) -> Changed:
    row = session.get(BlockedTime, blocked_id)
    if row is None:
        return Changed.NOTHING
    session.execute(delete(BlockedTime).where(BlockedTime.id == blocked_id))
    audit.record(session, "delete", "blocked_time", blocked_id, {"source": row.source})
    return Changed.CALENDAR


# ---------------------------------------------------------------- enquiries


def move_prospect_appointments(session: Session, prospect_id: int, client_id: int) -> int:
    """Give an enquiry's appointments to the client they became; returns how many moved."""
    rows = list(session.scalars(select(Appointment).where(Appointment.prospect_id == prospect_id)))
    if not rows:
        return 0
    zone = _zone(session)
    for row in rows:
        row.client_id = client_id
        row.prospect_id = None
        if row.status == AppointmentStatus.ATTENDED:
            clients.set_last_service(session, client_id, row.start_utc.astimezone(zone).date())
    audit.record(
        session,
        "move",
        "appointment",
        rows[0].id,
        {
            "prospect_id": prospect_id,
            "client_id": client_id,
            "appointment_ids": [row.id for row in rows],
        },
    )
    return len(rows)
