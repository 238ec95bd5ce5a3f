"""What the feedback radar keeps: the clinician's guesses of a rating, and snoozed alerts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime, utcnow


class ClinicianGuess(Base):
    """How the clinician expected the client to rate a session, recorded before seeing it.

    Kept beside the client's own session evaluation: the gap between the two
    over time is the empathy-calibration panel.
    """

    __tablename__ = "clinician_guess"
    # One guess per person per session: in a couple's session, one for each partner.
    __table_args__ = (
        UniqueConstraint("appointment_id", "client_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"))
    instrument_id: Mapped[str] = mapped_column(String(60), default="session_evaluation")
    guessed_total: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AttentionSnooze(Base):
    """A needs-attention signal the clinician has seen and set aside until a date, with why."""

    __tablename__ = "attention_snooze"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    until: Mapped[date] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ResistanceWorksheet(Timestamped, Base):
    """A worksheet explored with a client who is not getting better, kept in their record.

    ``answers`` maps each prompt's key to what was written; ``reviewed`` lists
    the review's checklist items the clinician ticked as looked at.
    """

    __tablename__ = "resistance_worksheet"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    written_on: Mapped[date] = mapped_column()
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    reviewed: Mapped[list[str]] = mapped_column(JSON, default=list)
