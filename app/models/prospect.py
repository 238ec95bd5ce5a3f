"""Someone who enquired and has not (yet) become a client."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class ProspectStatus(StrEnum):
    NEW = "new"
    CONSULTATION_BOOKED = "consultation_booked"
    CONSULTATION_HELD = "consultation_held"
    BECAME_CLIENT = "became_client"
    DID_NOT_PROCEED = "did_not_proceed"


class NotProceedingReason(StrEnum):
    COST = "cost"
    FIT = "fit"
    TIMING = "timing"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    NO_ANSWER = "no_answer"
    OTHER = "other"


class Prospect(Timestamped, Base):
    __tablename__ = "prospect"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    heard_from: Mapped[str] = mapped_column(String(200), default="")
    wants_help_with: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String(20), default="self")
    preferred_times: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(30), default=ProspectStatus.NEW, index=True)
    not_proceeding_reason: Mapped[str] = mapped_column(String(30), default="")
    not_proceeding_note: Mapped[str] = mapped_column(Text, default="")
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), nullable=True, index=True
    )
    search_text: Mapped[str] = mapped_column(String(600), default="")
