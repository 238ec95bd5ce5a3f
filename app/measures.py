"""Administrations of instruments and the follow-up items they raise.

Scores are always computed from the answers (never typed). A screen at or
above its cut-off, and any risk answer, opens a follow-up item on the client
that stays open until the clinician records what was done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import display_name
from app.errors import RapportError, ValidationError
from app.instruments import Instrument
from app.models import Administration, AnsweredBy, Client, FollowUp, FollowUpStatus
from app.scoring import Score, score
from app.words import marked

FOLLOW_UP_LABELS: dict[str, str] = {
    FollowUpStatus.OPEN: marked("Open"),
    FollowUpStatus.ASSESSED: marked("Assessed"),
    FollowUpStatus.REFERRED: marked("Referred"),
    FollowUpStatus.RULED_OUT: marked("Ruled out"),
}


#: When a questionnaire was given: outside a session (""), or before or after one.
TIMINGS = ("", "before", "after")


class FollowUpNotFound(RapportError):
    exit_code = 6
    default_message = marked("That follow-up item no longer exists.")


def record_administration(
    session: Session,
    client_id: int,
    instrument: Instrument,
    answers: Mapping[str, Any],
    answered_by: str = AnsweredBy.CLINICIAN,
    at: datetime | None = None,
    appointment_id: int | None = None,
    timing: str = "",
) -> tuple[int, Score]:
    """Score and store one completed instrument; opens follow-ups for positives and risk.

    Free-text answers (items marked ``open_text``) are kept as comments, apart
    from the scored answers. ``timing`` is "before" or "after" for a
    questionnaire given with a session: those repeat every session or two, so a
    positive screen among them opens no follow-up item (a risk answer still does).
    """
    if answered_by not in set(AnsweredBy):
        raise ValidationError({"answered_by": marked("Say who gave the answers.")})
    if timing not in TIMINGS:
        raise ValidationError({"timing": marked("Say whether it was before or after the session.")})
    client = session.get(Client, client_id)
    if client is None:
        raise RapportError(marked("That client no longer exists."))
    open_text = {item.id for item in instrument.items if item.open_text}
    comments = {k: str(v) for k, v in answers.items() if k in open_text and v}
    scored = {k: v for k, v in answers.items() if k not in open_text}
    result = score(instrument, scored, client.sex_for_norms or None)
    when = (at or datetime.now(UTC)).astimezone(UTC)
    row = Administration(
        client_id=client_id,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=dict(scored),
        comments=comments,
        total=result.total,
        valid=result.valid,
        prorated=result.prorated,
        band=result.band or "",
        at_or_above_cutoff=result.at_or_above_cutoff,
        risk=[{"item": f.item, "value": f.value, "message": f.message} for f in result.risk],
        answered_by=answered_by,
        administered_at=when,
        appointment_id=appointment_id,
        timing=timing,
        created_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "create",
        "administration",
        row.id,
        {
            "client_id": client_id,
            "instrument": instrument.id,
            "total": result.total,
            "risk": bool(result.risk),
        },
    )
    if result.at_or_above_cutoff and instrument.positive_screen and not timing:
        _open_follow_up(session, client_id, row.id, "screen", instrument.positive_screen)
    for flag in result.risk:
        _open_follow_up(
            session, client_id, row.id, "risk", f"{instrument.short_name}: {flag.message}"
        )
    return row.id, result


def _open_follow_up(
    session: Session, client_id: int, administration_id: int, kind: str, title: str
) -> None:
    item = FollowUp(
        client_id=client_id, administration_id=administration_id, kind=kind, title=title
    )
    session.add(item)
    session.flush()
    audit.record(session, "create", "follow_up", item.id, {"client_id": client_id, "kind": kind})


@dataclass(frozen=True)
class AdministrationRow:
    id: int
    instrument_id: str
    instrument_version: str
    administered_at: datetime
    total: float | None
    valid: bool
    band: str
    at_or_above_cutoff: bool | None
    risk: tuple[str, ...]
    answered_by: str
    answers: dict[str, Any]
    comments: dict[str, str]


def administrations(
    session: Session, client_id: int, instrument_id: str | None = None
) -> list[AdministrationRow]:
    """The client's administrations, oldest first (optionally of one instrument)."""
    statement = select(Administration).where(Administration.client_id == client_id)
    if instrument_id is not None:
        statement = statement.where(Administration.instrument_id == instrument_id)
    return [
        AdministrationRow(
            a.id,
            a.instrument_id,
            a.instrument_version,
            a.administered_at,
            a.total,
            a.valid,
            a.band,
            a.at_or_above_cutoff,
            tuple(str(r["message"]) for r in a.risk),
            a.answered_by,
            dict(a.answers),
            dict(a.comments),
        )
        # Administrations given together (an intake's screens) keep the order they were given.
        for a in session.scalars(
            statement.order_by(Administration.administered_at, Administration.id)
        )
    ]


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    client_id: int
    kind: str
    title: str
    status: str
    resolution_note: str
    created_at: datetime
    resolved_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.status == FollowUpStatus.OPEN

    @classmethod
    def of(cls, item: FollowUp) -> FollowUpRow:
        return cls(
            item.id,
            item.client_id,
            item.kind,
            item.title,
            item.status,
            item.resolution_note,
            item.created_at,
            item.resolved_at,
        )


def follow_ups(
    session: Session, client_id: int | None = None, open_only: bool = False
) -> list[FollowUpRow]:
    """Follow-up items, risk first, then oldest first."""
    statement = select(FollowUp)
    if client_id is not None:
        statement = statement.where(FollowUp.client_id == client_id)
    if open_only:
        statement = statement.where(FollowUp.status == FollowUpStatus.OPEN)
    items = session.scalars(statement.order_by(FollowUp.created_at, FollowUp.id))
    rows = [FollowUpRow.of(f) for f in items]
    return sorted(rows, key=lambda r: (r.kind != "risk", not r.is_open))


def resolve_follow_up(session: Session, follow_up_id: int, status: str, note: str) -> Changed:
    """Record what was done about a follow-up item; a note is required."""
    item = session.get(FollowUp, follow_up_id)
    if item is None:
        raise FollowUpNotFound()
    if status not in set(FollowUpStatus) - {FollowUpStatus.OPEN}:
        raise ValidationError({"status": marked("Choose assessed, referred or ruled out.")})
    if not note.strip():
        raise ValidationError({"note": marked("Write what was done (a sentence is enough).")})
    old_status, old_note = item.status, item.resolution_note
    item.status = status
    item.resolution_note = note.strip()
    item.resolved_at = datetime.now(UTC)
    audit.record_changes(
        session,
        "follow_up",
        item.id,
        {"status": (old_status, status), "resolution_note": (old_note, note.strip())},
        action="resolve",
    )
    return Changed.MEASURES


@dataclass(frozen=True)
class OpenItem:
    """An open follow-up item with the name of its client (for the Today page)."""

    item: FollowUpRow
    client_name: str


def open_follow_ups(session: Session, limit: int) -> tuple[int, list[OpenItem]]:
    """How many follow-up items are open, and the first ``limit`` of them: risk first."""
    is_open = FollowUp.status == FollowUpStatus.OPEN
    total = session.scalar(select(func.count()).select_from(FollowUp).where(is_open)) or 0
    statement = (
        select(FollowUp, Client.legal_first_name, Client.legal_last_name, Client.preferred_name)
        .join(Client, Client.id == FollowUp.client_id)
        .where(is_open)
        .order_by(case((FollowUp.kind == "risk", 0), else_=1), FollowUp.created_at, FollowUp.id)
        .limit(limit)
    )
    items = [
        OpenItem(FollowUpRow.of(f), display_name(first, last, preferred))
        for f, first, last, preferred in session.execute(statement)
    ]
    return total, items
