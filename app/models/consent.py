"""Consent templates: versioned lists of sections a client (or a guardian) agrees to."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class ConsentAudience(StrEnum):
    ADULT = "adult"  # a client consenting for themselves
    GUARDIAN = "guardian"  # a parent or guardian consenting for a minor


class ConsentTemplate(Base):
    """One version of a consent template; never edited once saved (signed consents cite it)."""

    __tablename__ = "consent_template"
    __table_args__ = (
        UniqueConstraint(
            "name", "audience", "version", name="uq_consent_template_name_audience_version"
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    # [{"key", "title", "body", "needs_initials"}, ...] in reading order.
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
