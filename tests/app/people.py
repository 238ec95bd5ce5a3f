"""Made-up clients for the core's tests, and small helpers to store and count them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clients
from app.clients import ClientInput, GuardianInput
from app.models import AuditEntry
from app.vault import Vault

#: The fixed "today" of every test: nothing depends on the real date.
TODAY = date(2026, 11, 27)


def adult(**changes: Any) -> ClientInput:
    """A valid adult client (born 1990), changed by ``changes``."""
    base = ClientInput(
        legal_first_name="Ann",
        legal_last_name="Lee",
        date_of_birth=date(1990, 5, 17),
        phone="415.555.2671",
        email="ann.lee@example.org",
    )
    return replace(base, **changes)


def minor(**changes: Any) -> ClientInput:
    """A valid 12-year-old client with one parent who can consent."""
    base = ClientInput(
        legal_first_name="Theo",
        legal_last_name="Park",
        date_of_birth=date(2014, 3, 2),
        requested_by="parent",
        guardians=(GuardianInput("Dana Park", "mother", "212 555 0123", can_consent=True),),
    )
    return replace(base, **changes)


def add_client(vault: Vault, data: ClientInput | None = None, today: date = TODAY) -> int:
    """Store ``data`` (an adult by default) in its own transaction; returns the id."""
    with vault.session() as session:
        client_id, _ = clients.create_client(session, data or adult(), today)
    return client_id


def count(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def audit_count(session: Session) -> int:
    return count(session, AuditEntry)


def audit_entries(session: Session, record_type: str, record_id: int) -> list[AuditEntry]:
    """The record's audit entries, oldest first."""
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_type == record_type, AuditEntry.record_id == str(record_id))
            .order_by(AuditEntry.id)
        )
    )
