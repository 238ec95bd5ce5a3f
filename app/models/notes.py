"""Session notes (progress and psychotherapy notes), their revisions and addenda; homework;
the treatment plan's objectives and interventions."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, event, inspect
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime, utcnow


class NoteKind(StrEnum):
    PROGRESS = "progress"  # part of the clinical record
    PSYCHOTHERAPY = "psychotherapy"  # private process notes, kept apart from the record


class NoteStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class NoteTemplate(Base):
    """A note's shape: sections, each with a title and a prompt (SOAP, DAP, BIRP, … or own)."""

    __tablename__ = "note_template"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=NoteKind.PROGRESS)
    # [{"key", "title", "prompt"}, ...] in order.
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Note(Timestamped, Base):
    """One note. A draft is saved as it is typed; a signed note never changes again.

    ``sections`` holds the text as typed: [{"key", "title", "text"}, ...].
    Signing stores the SHA-256 of the note's canonical content, chained to the
    previous signed entry of the practice (notes and addenda in signing order).
    """

    __tablename__ = "note"
    __table_args__ = (
        Index("ix_note_client", "client_id", "session_date"),
        # Search walks this, newest session first, without reading any note's text.
        Index("ix_note_search", "session_date", "id", "client_id", "kind", "status"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default=NoteKind.PROGRESS)
    template_name: Mapped[str] = mapped_column(String(100), default="")
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Treatment goals this session addressed (ids).
    goal_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    session_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=NoteStatus.DRAFT)
    # Counts saves: an autosave carrying an older number than stored is refused.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    late_entry: Mapped[bool] = mapped_column(Boolean, default=False)
    chain_seq: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    chain_hash: Mapped[str] = mapped_column(String(64), default="")
    # When the search index last took this note's text (see app.notes.FTS_EVERY_SECONDS).
    indexed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class NoteRevision(Base):
    """An earlier state of a draft (kept every few minutes until the note is signed)."""

    __tablename__ = "note_revision"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class NoteAddendum(Base):
    """A dated, signed correction or addition under a signed note."""

    __tablename__ = "note_addendum"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    chain_seq: Mapped[int] = mapped_column(Integer, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))


class NoteErased(Base):
    """A link of the notes' chain whose note or addendum was erased with its client.

    Filled by a database trigger when a signed note or an addendum is deleted, so
    that the chain still verifies: the hashes only, nothing about the person.
    """

    __tablename__ = "note_erased"

    chain_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))  # "note" or "addendum"
    record_id: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))


#: What may still change on a signed note's row: bookkeeping, never the content.
_UNLOCKED = frozenset({"updated_at", "indexed_at"})


def _refuse_signed_change(mapper: Mapper[Note], connection: object, target: Note) -> None:
    """A signed note's row never changes, whatever code tries (the core's last line)."""
    state = inspect(target)
    status = state.attrs.status.history
    was = status.deleted[0] if status.deleted else target.status
    if was != NoteStatus.SIGNED:
        return
    changed = [a.key for a in state.attrs if a.key not in _UNLOCKED and a.history.has_changes()]
    if changed:
        from app.notes import NoteLocked

        raise NoteLocked()


def _refuse_signed_delete(mapper: Mapper[Note], connection: object, target: Note) -> None:
    if target.status == NoteStatus.SIGNED:
        from app.notes import NoteLocked

        raise NoteLocked()


def _refuse_addendum_change(
    mapper: Mapper[NoteAddendum], connection: object, target: object
) -> None:
    from app.notes import NoteLocked

    raise NoteLocked()


event.listen(Note, "before_update", _refuse_signed_change)
event.listen(Note, "before_delete", _refuse_signed_delete)
event.listen(NoteAddendum, "before_update", _refuse_addendum_change)
event.listen(NoteAddendum, "before_delete", _refuse_addendum_change)


class HomeworkReview(StrEnum):
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    NOT_ASSIGNED = "not_assigned"  # it turned out not to have been set (left out of the rate)


class Homework(Timestamped, Base):
    """Something the client agreed to do between sessions, and how it went."""

    __tablename__ = "homework"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("note.id", ondelete="SET NULL"), nullable=True
    )
    assigned_on: Mapped[date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review: Mapped[str] = mapped_column(String(20), default="")  # "" until reviewed
    review_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class TreatmentObjective(Base):
    """A measurable step towards a treatment goal."""

    __tablename__ = "treatment_objective"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_goal.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    met: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TreatmentIntervention(Base):
    """What the clinician does towards a goal (e.g. "graded exposure, weekly")."""

    __tablename__ = "treatment_intervention"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_goal.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
