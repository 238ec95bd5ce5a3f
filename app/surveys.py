"""Feedback every session: the measurement plan, the surveys due, and answers given or on paper.

A measurement plan says which questionnaires a client is given before each
session and which after it, and how often (every session, every second …).
The practice has a default plan; a client without a plan of their own follows
it, except that children under 12 are given only the session check-in and
evaluation by default (self-report outcome measures are not made for them).

In a joint session (a couple) each client in it follows their own plan and
answers their own questionnaires: what is due, what was answered and what is
stored are always one client's.

Leaving the client-facing window needs the clinician's passphrase or, when one
is set, a short PIN. Only a salted Argon2 hash of the PIN is kept (in the
vault's settings); the audit log says that a PIN was set, never what it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import display_name
from app.errors import ValidationError
from app.instruments import Instrument
from app.measures import record_administration
from app.models import (
    Administration,
    AnsweredBy,
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    Client,
    MeasurementPlan,
    Service,
    ServiceKind,
    Setting,
)
from app.retention import age_on
from app.scoring import Score
from app.words import marked, said, words

Timing = Literal["before", "after"]
TIMINGS: tuple[Timing, ...] = ("before", "after")
TIMING_LABELS: dict[str, str] = {
    "before": marked("Before the session"),
    "after": marked("After the session"),
}

DEFAULT_PLAN_KEY = "surveys.default_plan"
PIN_KEY = "surveys.client_mode_pin"

#: Instruments a child under this age is given by default: only these kinds.
CHILD_AGE = 12
SESSION_KINDS = frozenset({"check_in", "evaluation"})
#: When the instruments' files are not at hand, these ids count as session instruments.
_SESSION_INSTRUMENTS = frozenset({"session_checkin", "session_evaluation"})

MAX_EVERY = 52
PIN_LENGTHS = range(4, 9)


@dataclass(frozen=True)
class PlanEntry:
    """One questionnaire in a plan: due at sessions 1, 1 + every, 1 + 2·every …"""

    instrument_id: str
    every: int = 1

    def due_at(self, session_number: int) -> bool:
        return session_number >= 1 and (session_number - 1) % self.every == 0


@dataclass(frozen=True)
class Plan:
    before: tuple[PlanEntry, ...]
    after: tuple[PlanEntry, ...]
    #: "client" (their own plan), "default", or "child" (the default, for a child under 12).
    source: str = "default"

    def entries(self, timing: str) -> tuple[PlanEntry, ...]:
        return self.before if timing == "before" else self.after

    def as_json(self) -> dict[str, list[dict[str, Any]]]:
        return {"before": _entries_json(self.before), "after": _entries_json(self.after)}


DEFAULT_PLAN = Plan(
    before=(
        PlanEntry("session_checkin", 1),
        PlanEntry("phq9", 2),
        PlanEntry("gad7", 2),
    ),
    after=(PlanEntry("session_evaluation", 1),),
)


def _entries_json(entries: Iterable[PlanEntry]) -> list[dict[str, Any]]:
    return [{"instrument_id": e.instrument_id, "every": e.every} for e in entries]


def _entries(raw: Any) -> tuple[PlanEntry, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        PlanEntry(str(e["instrument_id"]), int(e.get("every", 1)))
        for e in raw
        if isinstance(e, dict) and "instrument_id" in e
    )


def _plan_from_json(raw: Any, source: str) -> Plan:
    if not isinstance(raw, dict):
        return DEFAULT_PLAN
    return Plan(_entries(raw.get("before")), _entries(raw.get("after")), source)


# ------------------------------------------------------------------ plans


def default_plan(session: Session) -> Plan:
    """The practice's default plan (the shipped one until the clinician changes it)."""
    row = session.get(Setting, DEFAULT_PLAN_KEY)
    return DEFAULT_PLAN if row is None else _plan_from_json(row.value, "default")


def _is_session_instrument(
    instrument_id: str, instruments: Mapping[str, Instrument] | None
) -> bool:
    if instruments is not None and instrument_id in instruments:
        return instruments[instrument_id].kind in SESSION_KINDS
    return instrument_id in _SESSION_INSTRUMENTS


def plan_for(
    session: Session,
    client_id: int,
    today: date | None = None,
    instruments: Mapping[str, Instrument] | None = None,
) -> Plan:
    """The client's own plan, or else the default (for a child: check-in and evaluation only)."""
    client = session.get(Client, client_id)
    if client is None:
        raise ValidationError({"client_id": marked("That client no longer exists.")})
    row = session.scalar(select(MeasurementPlan).where(MeasurementPlan.client_id == client_id))
    if row is not None:
        return Plan(_entries(row.before), _entries(row.after), "client")
    plan = default_plan(session)
    day = today or datetime.now(UTC).date()
    if client.date_of_birth is not None and age_on(client.date_of_birth, day) < CHILD_AGE:

        def keep(entries: tuple[PlanEntry, ...]) -> tuple[PlanEntry, ...]:
            return tuple(e for e in entries if _is_session_instrument(e.instrument_id, instruments))

        return Plan(keep(plan.before), keep(plan.after), "child")
    return plan


def _validated(
    before: Sequence[PlanEntry], after: Sequence[PlanEntry], instruments: Mapping[str, Instrument]
) -> Plan:
    problems: dict[str, str] = {}
    for timing, entries in (("before", before), ("after", after)):
        seen: set[str] = set()
        for entry in entries:
            if entry.instrument_id not in instruments:
                problems[timing] = words(
                    "There is no questionnaire called “{name}”.", name=entry.instrument_id
                )
            elif entry.instrument_id in seen:
                name = instruments[entry.instrument_id].short_name
                problems[timing] = words("The {name} is in the list twice.", name=name)
            elif (
                isinstance(entry.every, bool)
                or not isinstance(entry.every, int)
                or not 1 <= entry.every <= MAX_EVERY
            ):
                problems[timing] = words("Choose every 1 to {count} sessions.", count=MAX_EVERY)
            seen.add(entry.instrument_id)
    if problems:
        raise ValidationError(problems)
    return Plan(tuple(before), tuple(after))


def set_plan(
    session: Session,
    client_id: int,
    before: Sequence[PlanEntry],
    after: Sequence[PlanEntry],
    instruments: Mapping[str, Instrument],
) -> Changed:
    """Give the client a plan of their own (ValidationError names unknown instruments)."""
    if session.get(Client, client_id) is None:
        raise ValidationError({"client_id": marked("That client no longer exists.")})
    plan = _validated(before, after, instruments)
    row = session.scalar(select(MeasurementPlan).where(MeasurementPlan.client_id == client_id))
    stored = plan.as_json()
    if row is None:
        row = MeasurementPlan(client_id=client_id, before=stored["before"], after=stored["after"])
        session.add(row)
        session.flush()
        action = "create"
    else:
        if row.before == stored["before"] and row.after == stored["after"]:
            return Changed.NOTHING
        row.before, row.after = stored["before"], stored["after"]
        action = "change"
    audit.record(session, action, "measurement_plan", row.id, {"client_id": client_id, **stored})
    return Changed.MEASURES


def clear_plan(session: Session, client_id: int) -> Changed:
    """The client follows the practice's default plan again."""
    row = session.scalar(select(MeasurementPlan).where(MeasurementPlan.client_id == client_id))
    if row is None:
        return Changed.NOTHING
    audit.record(session, "delete", "measurement_plan", row.id, {"client_id": client_id})
    session.delete(row)
    return Changed.MEASURES


def set_default_plan(
    session: Session,
    before: Sequence[PlanEntry],
    after: Sequence[PlanEntry],
    instruments: Mapping[str, Instrument],
) -> Changed:
    """Store the practice's default plan (for every client without a plan of their own)."""
    stored = _validated(before, after, instruments).as_json()
    row = session.get(Setting, DEFAULT_PLAN_KEY)
    if row is not None and row.value == stored:
        return Changed.NOTHING
    if row is None:
        if stored == DEFAULT_PLAN.as_json():
            return Changed.NOTHING
        session.add(Setting(key=DEFAULT_PLAN_KEY, value=stored))
    else:
        row.value = stored
    audit.record(session, "settings", "setting", DEFAULT_PLAN_KEY, stored)
    return Changed.SETTINGS | Changed.MEASURES


# ------------------------------------------------------------------ what is due


def _appointment(session: Session, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.client_id is None:
        raise ValidationError({"appointment_id": marked("That session no longer exists.")})
    return appointment


@dataclass(frozen=True)
class Person:
    """One client in a session: ``name`` for the clinician, ``call_name`` for the client."""

    client_id: int
    name: str
    call_name: str


def _client_ids(session: Session, appointment: Appointment) -> list[int]:
    assert appointment.client_id is not None
    partners = session.scalars(
        select(AppointmentParticipant.client_id)
        .where(AppointmentParticipant.appointment_id == appointment.id)
        .order_by(AppointmentParticipant.client_id)
    )
    return [appointment.client_id, *partners]


def people(session: Session, appointment_id: int) -> list[Person]:
    """Who answers questionnaires in this session: its client, then any partners (a couple).

    ``call_name`` is the preferred or first name; when two people in the
    session share it, each is called by their full name instead.
    """
    appointment = _appointment(session, appointment_id)
    found: list[Person] = []
    for client_id in _client_ids(session, appointment):
        client = session.get(Client, client_id)
        if client is None:
            continue
        first = client.preferred_name or client.legal_first_name
        name = display_name(client.legal_first_name, client.legal_last_name, client.preferred_name)
        found.append(Person(client_id, name, first))
    calls = [p.call_name for p in found]
    return [
        p if calls.count(p.call_name) == 1 else Person(p.client_id, p.name, p.name) for p in found
    ]


def _person(session: Session, appointment: Appointment, client_id: int | None) -> int:
    """The client the answers are about: the appointment's own, or a partner in it."""
    if client_id is None:
        assert appointment.client_id is not None
        return appointment.client_id
    if client_id not in _client_ids(session, appointment):
        raise ValidationError({"client_id": marked("That client is not in this session.")})
    return client_id


def _check_timing(timing: str) -> None:
    if timing not in TIMINGS:
        raise ValidationError({"timing": marked("Say whether it is before or after the session.")})


def session_number(session: Session, appointment_id: int, client_id: int | None = None) -> int:
    """Which of the client's sessions this is: 1 + the sessions attended before it.

    Free consultations are not sessions; joint sessions count for each client in
    them. ``client_id`` is a partner in a joint session (the appointment's own
    client when left out).
    """
    appointment = _appointment(session, appointment_id)
    client_id = _person(session, appointment, client_id)
    joint = select(AppointmentParticipant.appointment_id).where(
        AppointmentParticipant.client_id == client_id
    )
    earlier = session.scalar(
        select(func.count())
        .select_from(Appointment)
        .join(Service, Service.id == Appointment.service_id)
        .where(
            (Appointment.client_id == client_id) | Appointment.id.in_(joint),
            Appointment.status == AppointmentStatus.ATTENDED,
            Service.kind != ServiceKind.CONSULTATION,
            Appointment.id != appointment_id,
            Appointment.start_utc < appointment.start_utc,
        )
    )
    return 1 + (earlier or 0)


def answered(
    session: Session, appointment_id: int, timing: str, client_id: int | None = None
) -> set[str]:
    """The instruments the client already answered for this session and timing."""
    client_id = _person(session, _appointment(session, appointment_id), client_id)
    return set(
        session.scalars(
            select(Administration.instrument_id).where(
                Administration.appointment_id == appointment_id,
                Administration.client_id == client_id,
                Administration.timing == timing,
            )
        )
    )


def due(
    session: Session,
    appointment_id: int,
    timing: str,
    instruments: Mapping[str, Instrument],
    today: date | None = None,
    *,
    client_id: int | None = None,
) -> list[str]:
    """The instrument ids due for this session and timing, in the plan's order.

    Due by the client's plan at this session's number, not answered yet by
    them for this session and timing, and loaded (a plan may name a file since
    removed). ``client_id`` is a partner in a joint session (the appointment's
    own client when left out).
    """
    _check_timing(timing)
    appointment = _appointment(session, appointment_id)
    client_id = _person(session, appointment, client_id)
    plan = plan_for(session, client_id, today, instruments)
    number = session_number(session, appointment_id, client_id)
    done = answered(session, appointment_id, timing, client_id)
    return [
        entry.instrument_id
        for entry in plan.entries(timing)
        if entry.due_at(number)
        and entry.instrument_id in instruments
        and entry.instrument_id not in done
    ]


# ------------------------------------------------------------------ answers


def record_survey(
    session: Session,
    appointment_id: int,
    timing: str,
    instrument: Instrument,
    answers: Mapping[str, Any],
    answered_by: str = AnsweredBy.CLIENT,
    at: datetime | None = None,
    *,
    client_id: int | None = None,
) -> tuple[int, Score]:
    """Store one questionnaire given with a session (by the client on the laptop, or on paper).

    The answers go to ``client_id``'s record: a partner in a joint session, or
    the appointment's own client when left out.
    """
    _check_timing(timing)
    appointment = _appointment(session, appointment_id)
    client_id = _person(session, appointment, client_id)
    if not any(v is not None for v in answers.values()):
        raise ValidationError({"answers": marked("Enter at least one answer.")})
    try:
        return record_administration(
            session,
            client_id,
            instrument,
            answers,
            answered_by=answered_by,
            at=at,
            appointment_id=appointment_id,
            timing=timing,
        )
    except ValueError as exc:  # an answer that is not one of the item's options
        raise ValidationError({"answers": said(exc)}) from exc


@dataclass(frozen=True)
class RiskAnswer:
    administration_id: int
    client_id: int
    instrument_id: str
    message: str


def risk_answers(session: Session, administration_ids: Iterable[int]) -> list[RiskAnswer]:
    """The risk flags among these administrations, in the order they were given."""
    ids = list(administration_ids)
    if not ids:
        return []
    rows = session.scalars(
        select(Administration).where(Administration.id.in_(ids)).order_by(Administration.id)
    )
    return [
        RiskAnswer(row.id, row.client_id, row.instrument_id, str(flag["message"]))
        for row in rows
        for flag in row.risk
    ]


def acknowledge_risk(session: Session, administration_ids: Iterable[int]) -> Changed:
    """The clinician has seen these risk answers; their follow-up items stay open."""
    changed = Changed.NOTHING
    for row in session.scalars(
        select(Administration).where(Administration.id.in_(list(administration_ids)))
    ):
        if not row.risk:
            continue
        audit.record(
            session,
            "acknowledge",
            "risk_answer",
            row.id,
            {"client_id": row.client_id, "appointment_id": row.appointment_id},
        )
        changed = Changed.AUDIT
    return changed


# ------------------------------------------------------------------ the PIN


def _hasher() -> PasswordHasher:
    return PasswordHasher()


def has_pin(session: Session) -> bool:
    return bool(pin_hash(session))


def pin_hash(session: Session) -> str:
    """The stored hash of the client-mode PIN ("" when none is set): plain data for a worker."""
    row = session.get(Setting, PIN_KEY)
    if row is None or not isinstance(row.value, dict):
        return ""
    return str(row.value.get("argon2", ""))


def set_pin(session: Session, pin: str, confirmation: str | None = None) -> Changed:
    """Store a salted hash of a 4–8 digit PIN for leaving the client-facing window."""
    pin = pin.strip()
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise ValidationError({"pin": marked("Choose a PIN of 4 to 8 digits.")})
    if confirmation is not None and confirmation.strip() != pin:
        raise ValidationError({"confirmation": marked("The two PINs are not the same.")})
    value = {"argon2": _hasher().hash(pin)}
    row = session.get(Setting, PIN_KEY)
    if row is None:
        session.add(Setting(key=PIN_KEY, value=value))
    else:
        row.value = value
    audit.record(session, "settings", "setting", PIN_KEY, {"pin": "set"})
    return Changed.SETTINGS | Changed.SECURITY


def clear_pin(session: Session) -> Changed:
    """Only the passphrase leaves the client-facing window again."""
    row = session.get(Setting, PIN_KEY)
    if row is None:
        return Changed.NOTHING
    session.delete(row)
    audit.record(session, "settings", "setting", PIN_KEY, {"pin": "removed"})
    return Changed.SETTINGS | Changed.SECURITY


def pin_matches(stored_hash: str, pin: str) -> bool:
    """True if ``pin`` is the PIN whose hash is ``stored_hash`` (costs one Argon2 hash)."""
    if not stored_hash or not pin.isdigit():
        return False
    try:
        return _hasher().verify(stored_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
