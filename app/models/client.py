"""A client of the practice, with guardians, diagnoses, treatment goals and tags."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, UTCDateTime


class ClientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DISCHARGED = "discharged"
    ARCHIVED = "archived"


class RequestedBy(StrEnum):
    """Who wants the therapy: chosen freely, or asked for or imposed by someone else."""

    SELF = "self"
    PARENT = "parent"
    PARTNER = "partner"
    COURT = "court"
    EMPLOYER = "employer"
    OTHER = "other"


class FeeArrangement(StrEnum):
    STANDARD = "standard"
    SLIDING_SCALE = "sliding_scale"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    DROPPED = "dropped"


client_tag = Table(
    "client_tag",
    Base.metadata,
    Column("client_id", ForeignKey("client.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class Client(Timestamped, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    legal_first_name: Mapped[str] = mapped_column(String(100))
    legal_last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    date_of_birth: Mapped[date] = mapped_column(Date)
    # Only for instruments whose norms differ by sex (e.g. AUDIT-C cut-offs);
    # "" when unknown or not disclosed, which uses the more sensitive cut-off.
    sex_for_norms: Mapped[str] = mapped_column(String(10), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    emergency_contact_name: Mapped[str] = mapped_column(String(200), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(String(50), default="")
    emergency_contact_relationship: Mapped[str] = mapped_column(String(60), default="")
    referral_source: Mapped[str] = mapped_column(String(200), default="")
    requested_by: Mapped[str] = mapped_column(String(20), default=RequestedBy.SELF)
    status: Mapped[str] = mapped_column(String(20), default=ClientStatus.ACTIVE)
    fee_arrangement: Mapped[str] = mapped_column(String(20), default=FeeArrangement.STANDARD)
    sliding_fee_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clinical_summary: Mapped[str] = mapped_column(Text, default="")
    last_service_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    retention_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Normalised text for search-as-you-type (case and accents folded), and the
    # key the list sorts by; both are derived from the fields above on save.
    search_text: Mapped[str] = mapped_column(String(800), default="")
    sort_name: Mapped[str] = mapped_column(String(220), default="")

    # The client list's index: read in order, it gives the list's order with no
    # sort, and it holds everything the list filters on (status, search text), so
    # a keystroke reads this index alone, never the table. (A separate index on
    # status would tempt the planner into reading the table and sorting: status
    # has only four values, but without statistics it looks selective.)
    __table_args__ = (
        Index("ix_client_list", "sort_name", "id", "status", "search_text"),
        {"sqlite_autoincrement": True},
    )

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Guardian.id"
    )
    diagnoses: Mapped[list[Diagnosis]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Diagnosis.id"
    )
    goals: Mapped[list[TreatmentGoal]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="TreatmentGoal.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tag, order_by="Tag.name")


class Guardian(Base):
    """A parent or legal guardian of a minor client: who may consent, who pays."""

    __tablename__ = "guardian"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    can_consent: Mapped[bool] = mapped_column(Boolean, default=True)
    pays: Mapped[bool] = mapped_column(Boolean, default=False)

    client: Mapped[Client] = relationship(back_populates="guardians")


class Diagnosis(Base):
    """An ICD-10-CM diagnosis: the code and its description as they were chosen."""

    __tablename__ = "diagnosis"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(300))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    noted_on: Mapped[date] = mapped_column(Date)

    client: Mapped[Client] = relationship(back_populates="diagnoses")


class TreatmentGoal(Base):
    __tablename__ = "treatment_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.ACTIVE)

    client: Mapped[Client] = relationship(back_populates="goals")
