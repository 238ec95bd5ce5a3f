"""The practice calendar as an iCalendar file (RFC 5545), and busy time read from one.

Export
------
Future appointments that still take their time, for the clinician's phone or
personal calendar. A summary says only the service and the client code (or
"Enquiry"); names appear only when asked for, memos and addresses never (an
address could reveal a home visit), and the only location written is "Video".
A recurring series is one event with its RRULE from its first session:
cancelled and deleted sessions are EXDATEs, and each session changed on its
own is a separate event with the series' UID and a RECURRENCE-ID. A changed
session's slot is deliberately not an EXDATE as well: several calendar
programs hide an override whose RECURRENCE-ID is excluded. Each DTSTAMP comes
from the rows themselves, so the same data always gives the same bytes.

Import
------
Events of the clinician's own calendar become busy time ("Busy": the event's
own title may name someone else, so it is not kept), from ``now`` to a year
ahead, with repeating events expanded. Free (transparent), cancelled and
all-day events are skipped, each with a reason. Importing a newer copy of the
same calendar replaces what an earlier import stored for each event (matched
by UID), from ``now`` on; what lies in the past is left as it was. A file that
cannot be read is refused as a whole, naming the line at fault.

Reading a file into events (:func:`read_events`) and following each event's
times (:func:`occurrences`) is shared with :mod:`app.interop.ics_appointments`,
which imports the events of another program's calendar as appointments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rruleset, rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.calendar import LONGEST_BLOCK, VIDEO
from app.clients import display_name
from app.errors import RapportError
from app.models import (
    FREE_AGAIN,
    Appointment,
    AppointmentParticipant,
    AppointmentSeries,
    BlockedTime,
    Client,
    Prospect,
    Service,
)
from app.practice import get_profile
from app.words import marked, words

if TYPE_CHECKING:  # icalendar is loaded when a calendar file is read or written
    from icalendar import Calendar, Event, vRecur

PRODID = "-//Rapport//Practice calendar//EN"
UID_DOMAIN = "rapport.invalid"
PROSPECT_SERVICE = "Consultation"
PROSPECT_CODE = "Enquiry"

MAX_IMPORT_BYTES = 20 * 1024 * 1024
IMPORT_HORIZON = timedelta(days=365)
BUSY_SUMMARY = "Busy"
IMPORT_SOURCE = "ics"

#: Recurrence-id suffix of the busy time stored for one occurrence of a repeating event.
_RID_FORMAT = "%Y%m%dT%H%M%SZ"
_RID_SUFFIX = re.compile(r"/\d{8}T\d{6}Z$")
_MAX_UID = 300 - len("/20250101T000000Z")
#: Guards against rules that would take long to walk through (e.g. hourly since 1990).
_MAX_RULE_STEPS = 500_000
_MAX_OCCURRENCES = 2_000
_MAX_SERIES_SLOTS = 1_000
_TOO_FREQUENT = {"SECONDLY", "MINUTELY"}
#: Properties an event may have only once (RFC 5545, 3.6.1) whose values are computed with.
_ONCE = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_NAME = re.compile(r"([A-Za-z0-9-]+)[;:]")
NOT_A_CALENDAR = marked(
    "This file is not a calendar: an .ics file begins with BEGIN:VCALENDAR. "
    "Export your calendar as iCalendar (.ics) and try again."
)


class IcsError(RapportError):
    """A calendar file that cannot be imported; the message names the line at fault."""

    exit_code = 2
    default_message = marked("The calendar file could not be read.")


@dataclass(frozen=True)
class ImportResult:
    """What an import stored (or, in a dry run, would store).

    ``created`` and ``replaced`` count busy times (one per occurrence of an
    event); ``replaced`` ones had been stored by an earlier import of the same
    event. ``removed``: busy times of an earlier import that the newer copy of
    their event no longer has (the event became free, cancelled, or moved).
    ``skipped`` holds one reason per event that was not imported.
    """

    created: int
    replaced: int
    skipped: tuple[str, ...]
    removed: int = 0


# ================================================================== export


def _zone(name: str, fallback: tzinfo = UTC) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


class _Labels:
    """Summaries for appointments, with the names and codes they need loaded once."""

    def __init__(self, session: Session, appointments: Sequence[Appointment], names: bool) -> None:
        self._names = names
        self._services = {s.id: s.name for s in session.scalars(select(Service))}
        ids = [a.id for a in appointments]
        self._partners: dict[int, list[int]] = {}
        for chunk in _chunks(ids, 500):
            for link in session.scalars(
                select(AppointmentParticipant)
                .where(AppointmentParticipant.appointment_id.in_(chunk))
                .order_by(AppointmentParticipant.appointment_id, AppointmentParticipant.client_id)
            ):
                self._partners.setdefault(link.appointment_id, []).append(link.client_id)
        client_ids = {a.client_id for a in appointments if a.client_id is not None}
        client_ids.update(c for partners in self._partners.values() for c in partners)
        self._clients: dict[int, str] = {}
        for chunk in _chunks(sorted(client_ids), 500):
            for client in session.scalars(select(Client).where(Client.id.in_(chunk))):
                self._clients[client.id] = (
                    display_name(
                        client.legal_first_name, client.legal_last_name, client.preferred_name
                    )
                    if names
                    else client.code
                )
        self._prospects: dict[int, str] = {}
        prospect_ids = sorted({a.prospect_id for a in appointments if a.prospect_id is not None})
        if names:
            for chunk in _chunks(prospect_ids, 500):
                for prospect in session.scalars(select(Prospect).where(Prospect.id.in_(chunk))):
                    self._prospects[prospect.id] = prospect.name

    def summary(self, appointment: Appointment) -> str:
        if appointment.client_id is None:
            who = PROSPECT_CODE
            if self._names and appointment.prospect_id is not None:
                who = self._prospects.get(appointment.prospect_id, PROSPECT_CODE)
            return f"{PROSPECT_SERVICE} · {who}"
        people = [appointment.client_id, *self._partners.get(appointment.id, [])]
        who = " & ".join(self._clients.get(c, "") for c in people)
        return f"{self._services.get(appointment.service_id, '')} · {who}"


def _chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _location(appointment: Appointment) -> str:
    return "Video" if appointment.location.strip().lower() == VIDEO else ""


@dataclass
class _Out:
    """An event to write, with the key it is sorted by."""

    start: datetime
    uid: str
    recurrence: datetime | None
    event: Event


class _Writer:
    def __init__(self, zones: bool) -> None:
        self.zones = zones
        self.events: list[_Out] = []

    def local(self, instant: datetime, zone: tzinfo) -> datetime:
        return instant.astimezone(zone if self.zones else UTC)

    def add(
        self,
        uid: str,
        start: datetime,
        end: datetime,
        zone: tzinfo,
        summary: str,
        location: str,
        stamp: datetime,
        recurrence: datetime | None = None,
    ) -> Event:
        from icalendar import Event

        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("dtstart", self.local(start, zone))
        event.add("dtend", self.local(end, zone))
        if recurrence is not None:
            event.add("recurrence-id", self.local(recurrence, zone))
        event.add("summary", summary)
        if location:
            event.add("location", location)
        event.add("status", "CONFIRMED")
        self.events.append(_Out(start.astimezone(UTC), uid, recurrence, event))
        return event


def _slot(appointment: Appointment) -> datetime:
    return appointment.occurrence_utc or appointment.start_utc


def _export_rule(series: AppointmentSeries, zone: tzinfo) -> vRecur:
    """The series' rule with UNTIL in UTC, as RFC 5545 asks when DTSTART has a time zone."""
    from icalendar import vRecur

    recur: vRecur = vRecur.from_ical(series.rule.strip().removeprefix("RRULE:"))
    until = recur.get("UNTIL")
    if until:
        value = until[0]
        if isinstance(value, datetime):
            aware = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        else:
            aware = datetime.combine(value, time(23, 59, 59), zone)
        recur["UNTIL"] = [aware.astimezone(UTC)]
    return recur


def _rule_text(recur: vRecur) -> str:
    return str(recur.to_ical().decode("ascii"))  # type: ignore[no-untyped-call]


def _series_slots(recur: vRecur, first: datetime) -> list[datetime]:
    slots = []
    rule = rrulestr(_rule_text(recur), dtstart=first)
    for local in rule:
        slots.append(local.astimezone(UTC))
        if len(slots) >= _MAX_SERIES_SLOTS:
            break
    return slots


def _write_single(writer: _Writer, row: Appointment, labels: _Labels, zone: tzinfo) -> None:
    """An appointment as an event of its own."""
    writer.add(
        f"appointment-{row.id}@{UID_DOMAIN}",
        row.start_utc,
        row.end_utc,
        zone,
        labels.summary(row),
        _location(row),
        row.updated_at,
    )


def _write_series(
    writer: _Writer,
    series: AppointmentSeries,
    rows: Sequence[Appointment],
    labels: _Labels,
    practice_zone: tzinfo,
) -> None:
    zone = _zone(series.time_zone, practice_zone)
    uid = f"series-{series.id}@{UID_DOMAIN}"
    first = series.first_start.replace(tzinfo=zone)
    recur = _export_rule(series, zone)
    slots = _series_slots(recur, first)
    in_rule = set(slots)
    taking = [r for r in rows if r.status not in FREE_AGAIN]
    regular = [r for r in taking if not r.is_exception]
    template = (regular or taking)[0]
    length = template.end_utc - template.start_utc
    summary, location = labels.summary(template), _location(template)

    covered: set[datetime] = set()
    overrides: list[Appointment] = []
    for row in taking:
        slot = _slot(row)
        plain = (
            not row.is_exception
            and row.start_utc == slot
            and slot in in_rule
            and row.end_utc - row.start_utc == length
            and labels.summary(row) == summary
            and _location(row) == location
        )
        if slot in covered:
            # A second session claims a slot already taken: it stands on its own.
            _write_single(writer, row, labels, practice_zone)
            continue
        covered.add(slot)
        if not plain:
            overrides.append(row)

    stamp = max([series.created_at, *(r.updated_at for r in rows)])
    start = first.astimezone(UTC)
    master = writer.add(uid, start, start + length, zone, summary, location, stamp)
    master.add("rrule", recur)
    extra = sorted({_slot(r) for r in overrides} - in_rule)
    if extra:
        master.add("rdate", [writer.local(s, zone) for s in extra])
    excluded = [s for s in slots if s not in covered]
    if excluded:
        master.add("exdate", [writer.local(s, zone) for s in excluded])
    for row in overrides:
        writer.add(
            uid,
            row.start_utc,
            row.end_utc,
            zone,
            labels.summary(row),
            _location(row),
            row.updated_at,
            recurrence=_slot(row),
        )


def export_ics(session: Session, from_day: date, *, show_names: bool = False) -> bytes:
    """The appointments from ``from_day`` on that still take their time, as an .ics file.

    Only client codes appear unless ``show_names``; the export is audited.
    """
    practice_zone = _zone(get_profile(session).time_zone)
    since = datetime.combine(from_day, time(), practice_zone).astimezone(UTC)
    taking = Appointment.status.not_in([str(s) for s in FREE_AGAIN])
    singles = list(
        session.scalars(
            select(Appointment)
            .where(Appointment.series_id.is_(None), Appointment.start_utc >= since, taking)
            .order_by(Appointment.start_utc, Appointment.id)
        )
    )
    series_ids = session.scalars(
        select(Appointment.series_id)
        .where(Appointment.series_id.is_not(None), Appointment.start_utc >= since, taking)
        .distinct()
    ).all()
    series_list = list(
        session.scalars(
            select(AppointmentSeries)
            .where(AppointmentSeries.id.in_([i for i in series_ids if i is not None]))
            .order_by(AppointmentSeries.id)
        )
    )
    sessions: dict[int, list[Appointment]] = {s.id: [] for s in series_list}
    if sessions:
        for row in session.scalars(
            select(Appointment)
            .where(Appointment.series_id.in_(list(sessions)))
            .order_by(Appointment.start_utc, Appointment.id)
        ):
            if row.series_id is not None:
                sessions[row.series_id].append(row)
    for rows in sessions.values():
        rows.sort(key=lambda r: (_slot(r), r.id))

    labels = _Labels(
        session, [*singles, *(r for rows in sessions.values() for r in rows)], show_names
    )
    from icalendar import Calendar

    writer = _Writer(zones=hasattr(Calendar, "add_missing_timezones"))
    for series in series_list:
        _write_series(writer, series, sessions[series.id], labels, practice_zone)
    for row in singles:
        _write_single(writer, row, labels, practice_zone)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    epoch = datetime.min.replace(tzinfo=UTC)
    for out in sorted(writer.events, key=lambda o: (o.start, o.uid, o.recurrence or epoch)):
        calendar.add_component(out.event)
    if writer.zones:
        calendar.add_missing_timezones()
    audit.record(
        session,
        "export",
        "calendar",
        "",
        {"format": "ics", "events": len(writer.events), "names": show_names},
    )
    return bytes(calendar.to_ical())


# ================================================================== import: reading


@dataclass(frozen=True)
class _Line:
    number: int  # the file's line where this (unfolded) content line begins
    text: str
    within: tuple[str, ...]  # the components it is inside, outermost first


@dataclass
class _Node:
    """A component directly inside the calendar, as the lines of the file hold it."""

    name: str
    line: int  # the file's line of its BEGIN
    first: int  # index of its BEGIN in the content lines
    last: int = -1  # index of its END
    properties: dict[str, int] = field(default_factory=dict)  # name → line, its own only


def _unfold(data: bytes) -> list[tuple[int, str]]:
    if len(data) > MAX_IMPORT_BYTES:
        raise IcsError(
            words(
                "The calendar file is larger than {megabytes} MB; export a shorter "
                "period from your calendar.",
                megabytes=MAX_IMPORT_BYTES // (1024 * 1024),
            )
        )
    if not data.removeprefix(b"\xef\xbb\xbf").lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        raise IcsError(NOT_A_CALENDAR)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IcsError(
            words("Line {line} of the calendar file is not UTF-8 text.", line=line)
        ) from exc
    unfolded: list[tuple[int, str]] = []
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        if raw[:1] in (" ", "\t"):
            if not unfolded:
                raise IcsError(
                    words("Line {line} continues a line that does not exist.", line=number)
                )
            previous = unfolded[-1]
            unfolded[-1] = (previous[0], previous[1] + raw[1:])
        elif raw.strip():
            unfolded.append((number, raw))
    return unfolded


def _structure(data: bytes) -> tuple[list[_Line], list[_Node]]:
    unfolded = _unfold(data)
    if not unfolded or unfolded[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise IcsError(NOT_A_CALENDAR)
    lines: list[_Line] = []
    nodes: list[_Node] = []
    stack: list[str] = []
    ended = False
    for number, text in unfolded:
        if ended:
            raise IcsError(
                words(
                    "Line {line} comes after the end of the calendar (END:VCALENDAR).", line=number
                )
            )
        # Only the name is needed here; the library checks the rest of each line.
        named = _NAME.match(text)
        if named is None:
            raise IcsError(words("Line {line} is not a valid calendar line.", line=number))
        keyword = named.group(1).upper()
        value = text.split(":", 1)[1] if ":" in text else ""
        within = tuple(stack)
        lines.append(_Line(number, text, within))
        if keyword == "BEGIN":
            component = value.strip().upper()
            if not component:
                raise IcsError(words("Line {line}: BEGIN does not say what begins.", line=number))
            if len(stack) == 1:
                nodes.append(_Node(component, number, len(lines) - 1))
            stack.append(component)
        elif keyword == "END":
            component = value.strip().upper()
            if not stack or stack[-1] != component:
                raise IcsError(
                    words(
                        "Line {line}: END:{component} does not close BEGIN:{begun}.",
                        line=number,
                        component=component,
                        begun=stack[-1],
                    )
                    if stack
                    else words(
                        "Line {line}: END:{component} closes nothing.",
                        line=number,
                        component=component,
                    )
                )
            stack.pop()
            if len(stack) == 1:
                nodes[-1].last = len(lines) - 1
            ended = not stack
        elif len(stack) == 2:
            nodes[-1].properties.setdefault(keyword, number)
    if stack:
        raise IcsError(
            words(
                "The calendar file ends before END:{begun}; it may have been cut short.",
                begun=stack[-1],
            )
        )
    return lines, nodes


def _wrapped(within: Sequence[str], body: Iterable[str]) -> str:
    opening = [f"BEGIN:{name}" for name in within]
    closing = [f"END:{name}" for name in reversed(within)]
    return "\r\n".join([*opening, *body, *closing, ""])


def _parses(text: str) -> bool:
    try:
        from icalendar import Calendar

        calendar = Calendar.from_ical(text)
    except Exception:  # the library raises several kinds for bad input
        return False
    return not any(component.errors for component in calendar.walk())


def _fault(lines: Sequence[_Line], nodes: Sequence[_Node]) -> IcsError:
    """The first line the library cannot read, found by reading small parts on their own."""

    def bad_line(candidates: Iterable[_Line]) -> IcsError | None:
        for line in candidates:
            keyword = line.text.split(":", 1)[0].split(";", 1)[0].upper()
            if keyword in ("BEGIN", "END"):
                continue
            try:
                from icalendar.parser import Contentline

                Contentline(line.text).parts()  # type: ignore[no-untyped-call]
            except ValueError:
                return IcsError(
                    words("Line {line} is not a valid calendar line.", line=line.number)
                )
            if not _parses(_wrapped(line.within, [line.text])):
                return IcsError(
                    words(
                        "Line {line}: the value of {keyword} cannot be read.",
                        line=line.number,
                        keyword=keyword,
                    )
                )
        return None

    found = bad_line(line for line in lines if len(line.within) == 1)
    if found is not None:
        return found
    for node in nodes:
        part = lines[node.first : node.last + 1]
        if _parses(_wrapped(["VCALENDAR"], [line.text for line in part])):
            continue
        found = bad_line(part)
        if found is not None:
            return found
        return IcsError(
            words(
                "Lines {first}–{last}: this {component} cannot be read.",
                first=part[0].number,
                last=part[-1].number,
                component=node.name,
            )
        )
    return IcsError()


def _read(data: bytes) -> tuple[Calendar, list[_Node]]:
    lines, nodes = _structure(data)
    text = "\r\n".join(line.text for line in lines) + "\r\n"
    try:
        from icalendar import Calendar

        calendar = Calendar.from_ical(text)
    except Exception as exc:  # the library raises several kinds for bad input
        raise _fault(lines, nodes) from exc
    if any(component.errors for component in calendar.walk()) or len(calendar.subcomponents) != len(
        nodes
    ):
        raise _fault(lines, nodes)
    return calendar, nodes


# ================================================================== import: events
#
# Shared with :mod:`app.interop.ics_appointments`, which reads the same files
# into appointments instead of busy time.


@dataclass
class FileEvent:
    """One event of the file, understood (held in memory only, never stored as such)."""

    line: int
    uid: str
    start: datetime  # aware
    length: timedelta
    zone: tzinfo
    rules: list[vRecur]
    rule_line: int
    rdates: list[datetime]
    exdates: set[datetime]  # UTC
    exdays: set[date]
    recurrence: datetime | None  # UTC
    recurrence_day: date | None
    # What the event says of itself may name someone: never shown in a repr (nor logged).
    summary: str = field(default="", repr=False)
    categories: tuple[str, ...] = field(default=(), repr=False)

    @property
    def repeating(self) -> bool:
        """A rule or extra dates of its own (a changed occurrence stands for itself alone)."""
        return bool(self.rules or self.rdates) and self.recurrence is None


class LeftOut(Exception):
    """An event, or what is left of it, that is not imported; ``reason`` says why.

    ``deliberate``: the calendar itself says the event takes no time (cancelled,
    or shown as free), as opposed to an event that cannot be used as it is.
    """

    def __init__(self, reason: str, *, deliberate: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.deliberate = deliberate


@dataclass(frozen=True)
class UnusedEvent:
    """An event left out as soon as it was read: its line, why, and what it says of itself."""

    line: int
    reason: str
    deliberate: bool
    summary: str = field(repr=False)
    start: datetime | date | None = None


@dataclass
class EventsRead:
    """Every event of a calendar file: those understood, those left out, and the UIDs seen.

    ``overridden`` holds, by UID, the occurrences that have an event of their own
    (even a cancelled or free one): the repeating event does not repeat there.
    """

    events: list[FileEvent]
    unused: list[UnusedEvent]
    uids: set[str]
    overridden: dict[str, set[datetime]]


def _values(event: Event, name: str) -> list[Any]:
    """Every value of a property that may repeat and hold lists (EXDATE, RDATE)."""
    raw = event.get(name)
    if raw is None:
        return []
    props = raw if isinstance(raw, list) else [raw]
    values = []
    for prop in props:
        for item in getattr(prop, "dts", []):
            value = item.dt
            values.append(value[0] if isinstance(value, tuple) else value)
    return values


def _texts(event: Event, name: str) -> tuple[str, ...]:
    """Every text value of a property that may repeat and hold lists (CATEGORIES)."""
    raw = event.get(name)
    if raw is None:
        return ()
    props = raw if isinstance(raw, list) else [raw]
    texts: list[str] = []
    for prop in props:
        items = getattr(prop, "cats", None)
        texts.extend(str(item) for item in (items if items is not None else [prop]))
    return tuple(text.strip() for text in texts if str(text).strip())


def _text(event: Event, name: str) -> str:
    """A text property's value ("" if missing; the first, if the file repeats it)."""
    value = event.get(name, "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def _aware(value: datetime, zone: tzinfo) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def _recurrence_instant(event: Event, practice_zone: tzinfo) -> datetime | None:
    """The occurrence (UTC) that this event changes or cancels, if it is one."""
    if "RECURRENCE-ID" not in event:
        return None
    rid = event.decoded("RECURRENCE-ID")
    if not isinstance(rid, datetime):
        return None
    if rid.tzinfo is None:
        start = event.decoded("DTSTART") if "DTSTART" in event else None
        zone = start.tzinfo if isinstance(start, datetime) else None
        rid = rid.replace(tzinfo=zone or practice_zone)
    return rid.astimezone(UTC)


def _understand(event: Event, node: _Node, practice_zone: tzinfo) -> FileEvent:
    line = node.line
    for name in _ONCE:
        if isinstance(event.get(name), list):
            raise IcsError(
                words("Line {line}: this event has {name} more than once.", line=line, name=name)
            )
    uid = _text(event, "UID").strip()
    if "DTSTART" not in event:
        raise IcsError(words("Line {line}: this event has no start (DTSTART).", line=line))
    if _text(event, "STATUS").upper() == "CANCELLED":
        raise LeftOut(marked("cancelled"), deliberate=True)
    if _text(event, "TRANSP").upper() == "TRANSPARENT":
        raise LeftOut(marked("shown as free"), deliberate=True)
    if not uid:
        raise LeftOut(marked("no UID, so a later import could not recognise it"))
    if len(uid) > _MAX_UID:
        raise LeftOut(marked("its UID is too long"))
    start = event.decoded("DTSTART")
    if not isinstance(start, datetime):
        raise LeftOut(marked("all-day"))
    if start.tzinfo is None and "TZID" in event["DTSTART"].params:
        raise LeftOut(marked("its time zone is not known"))
    start = _aware(start, practice_zone)
    zone = start.tzinfo or practice_zone
    if "DTEND" in event:
        end = event.decoded("DTEND")
        if not isinstance(end, datetime):
            raise LeftOut(marked("its end has no time of day"))
        if end.tzinfo is None and "TZID" in event["DTEND"].params:
            raise LeftOut(marked("its time zone is not known"))
        end = _aware(end, zone)
    elif "DURATION" in event:
        end = start + event.decoded("DURATION")
    else:
        end = start
    length = end.astimezone(UTC) - start.astimezone(UTC)
    if length < timedelta(0):
        raise LeftOut(marked("it ends before it starts"))
    if length == timedelta(0):
        raise LeftOut(marked("it takes no time"))

    recurrence: datetime | None = None
    recurrence_day: date | None = None
    if "RECURRENCE-ID" in event:
        rid = event.decoded("RECURRENCE-ID")
        if isinstance(rid, datetime):
            recurrence = _aware(rid, zone).astimezone(UTC)
        elif isinstance(rid, date):
            recurrence_day = rid
    # A changed occurrence stands for itself alone (its own rule, if any, is not followed).
    rules_raw = None if "RECURRENCE-ID" in event else event.get("RRULE")
    rules = [] if rules_raw is None else rules_raw if isinstance(rules_raw, list) else [rules_raw]
    exdates: set[datetime] = set()
    exdays: set[date] = set()
    for value in _values(event, "EXDATE"):
        if isinstance(value, datetime):
            exdates.add(_aware(value, zone).astimezone(UTC))
        elif isinstance(value, date):
            exdays.add(value)
    rdates = (
        []
        if "RECURRENCE-ID" in event
        else [_aware(v, zone) for v in _values(event, "RDATE") if isinstance(v, datetime)]
    )
    return FileEvent(
        line=line,
        uid=uid,
        start=start,
        length=length,
        zone=zone,
        rules=rules,
        rule_line=node.properties.get("RRULE", line),
        rdates=rdates,
        exdates=exdates,
        exdays=exdays,
        recurrence=recurrence,
        recurrence_day=recurrence_day,
        summary=_text(event, "SUMMARY"),
        categories=_texts(event, "CATEGORIES"),
    )


def _start_of(event: Event) -> datetime | date | None:
    """The event's start as written, for naming an event left out (None if it has none)."""
    try:
        start = event.decoded("DTSTART") if "DTSTART" in event else None
    except (ValueError, TypeError, KeyError):
        return None
    return start if isinstance(start, (datetime, date)) else None


def read_events(data: bytes, practice_zone: tzinfo) -> EventsRead:
    """Every event of a calendar file, understood or left out with its reason.

    Raises :class:`IcsError`, naming the line at fault, for a file that is not
    a calendar or cannot be read.
    """
    calendar, nodes = _read(data)
    found = EventsRead([], [], set(), {})
    for component, node in zip(calendar.subcomponents, nodes, strict=True):
        if component.name != "VEVENT":
            continue
        event = cast("Event", component)
        uid = _text(event, "UID").strip()
        if uid:
            found.uids.add(uid)
        slot = _recurrence_instant(event, practice_zone)
        if slot is not None:
            found.overridden.setdefault(uid, set()).add(slot)
        try:
            found.events.append(_understand(event, node, practice_zone))
        except LeftOut as left_out:
            found.unused.append(
                UnusedEvent(
                    node.line,
                    left_out.reason,
                    left_out.deliberate,
                    _text(event, "SUMMARY"),
                    _start_of(event),
                )
            )
    return found


def _naive_rule(recur: vRecur, zone: tzinfo) -> str:
    """The rule as wall-clock text, so that it repeats at the same local time across DST."""
    from icalendar import vRecur

    copy = vRecur({key: list(value) for key, value in recur.items()})
    until = copy.get("UNTIL")
    if until:
        value = until[0]
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(zone).replace(tzinfo=None)
        else:
            value = datetime.combine(value, time(23, 59, 59))
        copy["UNTIL"] = [value]
    return _rule_text(copy)


def _occurrences(
    event: FileEvent, since: datetime | None, horizon: datetime, overridden: set[datetime]
) -> tuple[list[datetime], bool]:
    """The event's starts (UTC) that begin before ``horizon`` and end after ``since`` (if given).

    Also says whether the event repeats beyond the horizon.
    """
    start_utc = event.start.astimezone(UTC)
    if not event.rules and not event.rdates:
        if start_utc >= horizon:
            raise LeftOut(marked("more than a year ahead"))
        if since is not None and start_utc + event.length <= since:
            raise LeftOut(marked("already over"))
        return [start_utc], False

    wall_start = event.start.replace(tzinfo=None)
    times = rruleset()
    times.rdate(wall_start)
    for recur in event.rules:
        frequency = str((recur.get("FREQ") or [""])[0]).upper()
        if frequency in _TOO_FREQUENT:
            raise LeftOut(marked("it repeats more often than every hour"))
        try:
            rule = rrulestr(_naive_rule(recur, event.zone), dtstart=wall_start)
        except (ValueError, TypeError) as exc:
            raise IcsError(
                words("Line {line}: the repeat rule (RRULE) cannot be used.", line=event.rule_line)
            ) from exc
        if not isinstance(rule, rrule):
            raise IcsError(
                words("Line {line}: the repeat rule (RRULE) cannot be used.", line=event.rule_line)
            )
        times.rrule(rule)
    for extra in event.rdates:
        times.rdate(extra.astimezone(event.zone).replace(tzinfo=None))

    found: list[datetime] = []
    beyond = False
    for steps, wall in enumerate(times):
        if steps >= _MAX_RULE_STEPS:
            raise LeftOut(marked("it repeats too often to follow"))
        occurrence = wall.replace(tzinfo=event.zone).astimezone(UTC)
        if occurrence >= horizon:
            beyond = True
            break
        if (
            (since is not None and occurrence + event.length <= since)
            or occurrence in event.exdates
            or wall.date() in event.exdays
            or occurrence in overridden
        ):
            continue
        found.append(occurrence)
        if len(found) > _MAX_OCCURRENCES:
            raise LeftOut(
                words("more than {count} times within a year", count=f"{_MAX_OCCURRENCES:,}")
                if since is not None
                else words("more than {count} times", count=f"{_MAX_OCCURRENCES:,}")
            )
    if not found:
        raise LeftOut(
            marked("no time left within the coming year")
            if since is not None
            else marked("no time left before a year from now")
        )
    return found, beyond


def _stored_uid(event: FileEvent, occurrence: datetime) -> str:
    if not event.repeating and event.recurrence is None:
        return event.uid
    return f"{event.uid}/{occurrence.strftime(_RID_FORMAT)}"


def occurrences(
    event: FileEvent,
    since: datetime | None,
    horizon: datetime,
    overridden: dict[str, set[datetime]],
) -> tuple[list[tuple[str, datetime]], bool]:
    """Each time (UTC) the event takes, with the key that names it in later imports.

    The key is the event's UID, followed for a repeating event (or a changed
    occurrence of one) by ``/`` and the occurrence's original start in UTC. Only
    times that begin before ``horizon`` and end after ``since`` (if given) are
    listed; the flag says whether the event repeats beyond the horizon. Raises
    :class:`LeftOut` when none is left, or the event cannot be followed.
    """
    if event.recurrence_day is not None:
        raise LeftOut(marked("all-day"))
    skip = overridden.get(event.uid, set()) if event.repeating else set()
    starts, beyond = _occurrences(event, since, horizon, skip)
    return [(_stored_uid(event, event.recurrence or start), start) for start in starts], beyond


def _pieces(start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
    """Busy time cut into blocks no longer than the calendar's conflict check looks back."""
    while end - start > LONGEST_BLOCK:
        yield start, start + LONGEST_BLOCK
        start += LONGEST_BLOCK
    yield start, end


def _planned(
    data: bytes, now: datetime, practice_zone: tzinfo
) -> tuple[dict[str, list[tuple[datetime, datetime]]], list[str], set[str]]:
    """What the file asks to store: busy times by stored UID, skip reasons, and every UID seen."""
    horizon = now + IMPORT_HORIZON
    found = read_events(data, practice_zone)
    skipped: list[str] = [
        words("line {line}: {reason}", line=unused.line, reason=unused.reason)
        for unused in found.unused
    ]
    planned: dict[str, list[tuple[datetime, datetime]]] = {}
    for event in found.events:
        try:
            keyed, _beyond = occurrences(event, now, horizon, found.overridden)
        except LeftOut as left_out:
            skipped.append(words("line {line}: {reason}", line=event.line, reason=left_out.reason))
            continue
        if any(key in planned for key, _start in keyed):
            skipped.append(words("line {line}: another event has the same UID", line=event.line))
            continue
        for key, occurrence in keyed:
            planned[key] = list(_pieces(occurrence, occurrence + event.length))
    return planned, skipped, found.uids


def _base_uid(stored: str) -> str:
    return _RID_SUFFIX.sub("", stored)


def import_busy(
    session: Session, data: bytes, now: datetime, *, dry_run: bool = False
) -> ImportResult:
    """Store the events of a personal calendar file as busy time, all or nothing.

    Raises :class:`IcsError` for a file that is not a calendar or cannot be
    read; nothing is stored then. A dry run reads everything and stores nothing.
    """
    now = now.astimezone(UTC)
    practice_zone = _zone(get_profile(session).time_zone)
    planned, skipped, uids = _planned(data, now, practice_zone)

    earlier = [
        row
        for row in session.scalars(
            select(BlockedTime)
            .where(BlockedTime.source == IMPORT_SOURCE, BlockedTime.end_utc > now)
            .order_by(BlockedTime.id)
        )
        if row.uid in uids or _base_uid(row.uid) in uids
    ]
    earlier_uids = {row.uid for row in earlier}
    replaced = sum(1 for key in planned if key in earlier_uids)
    result = ImportResult(
        created=len(planned) - replaced,
        replaced=replaced,
        skipped=tuple(skipped),
        removed=len(earlier_uids - planned.keys()),
    )
    if dry_run:
        return result
    for row in earlier:
        session.delete(row)
    for key, pieces in planned.items():
        for start, end in pieces:
            session.add(
                BlockedTime(
                    start_utc=start,
                    end_utc=end,
                    summary=BUSY_SUMMARY,
                    source=IMPORT_SOURCE,
                    uid=key,
                )
            )
    audit.record(
        session,
        "import",
        "blocked_time",
        "",
        {
            "format": "ics",
            "created": result.created,
            "replaced": result.replaced,
            "removed": result.removed,
            "skipped": len(result.skipped),
        },
    )
    return result
