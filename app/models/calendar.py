"""The calendar: services offered, appointments (single or in a recurring series), busy time."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime, utcnow


class ServiceKind(StrEnum):
    CONSULTATION = "consultation"  # the free first consultation; the only kind for a prospect
    INTAKE = "intake"
    INDIVIDUAL = "individual"
    COUPLES = "couples"
    OTHER = "other"


class Service(Base):
    """A kind of appointment the practice offers (Settings → Services)."""

    __tablename__ = "service"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=ServiceKind.OTHER)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    # None: no charge (a free consultation).
    fee_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
    procedure_code: Mapped[str] = mapped_column(String(20), default="")
    colour: Mapped[str] = mapped_column(String(7), default="#5b8c85")
    buffer_after_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # A service in use is never deleted, only retired from the booking list.
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    CANCELLED_BY_CLIENT = "cancelled_by_client"
    CANCELLED_BY_CLINICIAN = "cancelled_by_clinician"
    LATE_CANCELLED = "late_cancelled"
    NO_SHOW = "no_show"


#: Statuses whose time is free again (they neither block the calendar nor conflict).
FREE_AGAIN = frozenset(
    {
        AppointmentStatus.CANCELLED_BY_CLIENT,
        AppointmentStatus.CANCELLED_BY_CLINICIAN,
        AppointmentStatus.LATE_CANCELLED,
    }
)


class AppointmentSeries(Base):
    """A recurring series: an RFC 5545 rule on the wall-clock time of its first session.

    Each session of the series is an ``Appointment`` row (so conflicts, views and
    statuses need no expansion at read time). ``rule`` holds the RRULE text
    (FREQ, INTERVAL, BYDAY, COUNT or UNTIL) without DTSTART; ``first_start``
    is the local wall-clock start of the first session in ``time_zone``, so a
    17:00 weekly session stays at 17:00 across daylight-saving changes.
    """

    __tablename__ = "appointment_series"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(200))
    first_start: Mapped[datetime] = mapped_column()  # naive: local wall-clock time
    time_zone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Appointment(Timestamped, Base):
    """One appointment: a prospect's free consultation, or a client's session."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_start_utc", "start_utc"),
        Index("ix_appointment_client_start", "client_id", "start_utc"),
        Index("ix_appointment_external_uid", "external_uid"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    # Exactly one of client_id and prospect_id (a prospect's consultation is
    # moved to the client when the prospect becomes one).
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=True
    )
    prospect_id: Mapped[int | None] = mapped_column(
        ForeignKey("prospect.id", ondelete="CASCADE"), nullable=True, index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment_series.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The series slot this row stands for (RECURRENCE-ID), even after it was moved.
    occurrence_utc: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Changed on its own (moved, another length, memo): kept when the series is edited.
    is_exception: Mapped[bool] = mapped_column(Boolean, default=False)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    buffer_after_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # "video", or where (an address, "room 2"); "" for the practice's usual room.
    location: Mapped[str] = mapped_column(String(200), default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), default=AppointmentStatus.SCHEDULED)
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # What is owed for a late cancellation or a no-show, fixed when the status is set.
    fee_owed_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Booked although the consent was missing/outdated/revoked (the clinician's call).
    consent_warning: Mapped[str] = mapped_column(String(20), default="")
    # Imported from a calendar file: the event's UID (with "/" and the occurrence's UTC
    # start for a repeating one), so that importing the same file again adds nothing twice.
    external_uid: Mapped[str | None] = mapped_column(String(300), nullable=True)


class AppointmentParticipant(Base):
    """A further client in a joint session (the other partner of a couple)."""

    __tablename__ = "appointment_participant"

    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class BlockedTime(Base):
    """Time the clinician is not available (imported from their personal calendar, or typed)."""

    __tablename__ = "blocked_time"
    __table_args__ = (
        Index("ix_blocked_time_start_utc", "start_utc"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    summary: Mapped[str] = mapped_column(String(200), default="Busy")
    source: Mapped[str] = mapped_column(String(20), default="manual")  # "manual" or "ics"
    uid: Mapped[str] = mapped_column(String(300), default="")  # the .ics event's UID
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
