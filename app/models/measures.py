"""Administrations of instruments, follow-up items raised by them, and intakes (with drafts)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime


class AnsweredBy(StrEnum):
    CLIENT = "client"  # on the laptop, in client-facing mode
    PAPER = "paper"  # the clinician typed in a paper form's answers
    CLINICIAN = "clinician"  # asked aloud and entered by the clinician


class FollowUpStatus(StrEnum):
    OPEN = "open"
    ASSESSED = "assessed"
    REFERRED = "referred"
    RULED_OUT = "ruled_out"


class Administration(Base):
    """One completed instrument: every answer, and the scores computed from them."""

    __tablename__ = "administration"
    __table_args__ = (
        Index("ix_administration_client", "client_id", "instrument_id", "administered_at"),
        # A session's questionnaires (the session workspace, the clinician's guesses).
        Index("ix_administration_appointment", "appointment_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    instrument_id: Mapped[str] = mapped_column(String(60))
    instrument_version: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    comments: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    total: Mapped[float | None] = mapped_column(Float, nullable=True)
    valid: Mapped[bool] = mapped_column(Boolean)
    prorated: Mapped[bool] = mapped_column(Boolean, default=False)
    band: Mapped[str] = mapped_column(String(60), default="")
    at_or_above_cutoff: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    risk: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    answered_by: Mapped[str] = mapped_column(String(20))
    administered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    appointment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # "before" or "after" the session it belongs to ("" for a screen outside a session).
    timing: Mapped[str] = mapped_column(String(10), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FollowUp(Timestamped, Base):
    """Something a screen or a risk answer raised; open until the clinician records the outcome."""

    __tablename__ = "follow_up"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    administration_id: Mapped[int | None] = mapped_column(
        ForeignKey("administration.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # "screen" or "risk"
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default=FollowUpStatus.OPEN, index=True)
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Intake(Timestamped, Base):
    """A finished intake: the answers of the intake wizard's pages about the client."""

    __tablename__ = "intake"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    risk_acknowledgement: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class IntakeDraft(Timestamped, Base):
    """An intake that was stopped part-way; it resumes on the page where it stopped."""

    __tablename__ = "intake_draft"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    prospect_id: Mapped[int | None] = mapped_column(
        ForeignKey("prospect.id", ondelete="SET NULL"), nullable=True
    )
    label: Mapped[str] = mapped_column(String(200), default="")
    page: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
