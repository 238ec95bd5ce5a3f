"""Consent templates: versioned lists of sections a client (or a guardian) agrees to."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
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


class ConsentRecordStatus(StrEnum):
    SIGNED = "signed"  # signed in the app; the PDF is stored
    ON_PAPER = "on_paper"  # a wet-signed form was scanned and attached
    REVOKED = "revoked"  # withdrawn by the client (kept, never deleted)


class ConsentRecord(Base):
    """One signed consent (in the app or on paper), chained to the practice's previous one.

    Everything the PDF shows is stored with it (the practice profile and the
    sections as they read on the day), so the PDF can be rebuilt byte-for-byte.
    ``chain_hash`` is SHA-256 over ``prev_hash + content_hash`` (both as hex
    text); ``prev_hash`` is the previous record's ``chain_hash`` (64 zeros for
    the first record of the practice).
    """

    __tablename__ = "consent_record"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    # Further clients who signed the same form (couples), by id.
    partner_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    template_id: Mapped[int] = mapped_column(ForeignKey("consent_template.id"))
    template_version: Mapped[int] = mapped_column(Integer)
    template_name: Mapped[str] = mapped_column(String(200), default="")
    audience: Mapped[str] = mapped_column(String(20))
    # The document as signed: practice profile, sections, client details.
    profile: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    client_name: Mapped[str] = mapped_column(String(500), default="")
    client_code: Mapped[str] = mapped_column(String(100), default="")
    client_date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    # [{"role", "name", "signed_on", "strokes", "typed"}, ...] in signing order.
    signers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # {section title: initials}
    initials: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    signed_on: Mapped[date] = mapped_column(Date)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default=ConsentRecordStatus.SIGNED)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
    on_paper: Mapped[bool] = mapped_column(Boolean, default=False)
    scan: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    scan_mime: Mapped[str] = mapped_column(String(50), default="")


class ConsentErased(Base):
    """The place in the chain of a consent whose client was erased: hashes only.

    ``id`` is the erased record's id, so the chain keeps its order; nothing
    about the person (no name, no code, no document) is kept.
    """

    __tablename__ = "consent_erased"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))
    erased_on: Mapped[date] = mapped_column(Date)
