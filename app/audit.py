"""The practice's audit log: append-only, each entry chained to the previous by SHA-256.

This log, inside the encrypted vault, is the only place where record details
may be written down. The chain is verified at unlock; a break is reported with
the first entry that does not fit, never silently repaired.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.models.base import utcnow

GENESIS = "0" * 64


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    prev_hash: str, at: datetime, action: str, record_type: str, record_id: str, detail: Any
) -> str:
    payload = _canonical(
        {
            "prev": prev_hash,
            "at": at.astimezone(UTC).isoformat(),
            "action": action,
            "record_type": record_type,
            "record_id": record_id,
            "detail": detail,
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: str,
    record_type: str = "",
    record_id: str | int = "",
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry to the log, in the caller's transaction."""
    session.flush()
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    when = (at or utcnow()).astimezone(UTC)
    # Round-trip the detail through JSON so the hash covers exactly what is stored.
    stored_detail = json.loads(_canonical(detail or {}))
    rid = str(record_id)
    entry = AuditEntry(
        at=when,
        action=action,
        record_type=record_type,
        record_id=rid,
        detail=stored_detail,
        prev_hash=prev_hash,
        hash=entry_hash(prev_hash, when, action, record_type, rid, stored_detail),
    )
    session.add(entry)
    session.flush()
    return entry


def record_changes(
    session: Session,
    record_type: str,
    record_id: str | int,
    changes: dict[str, tuple[Any, Any]],
    action: str = "change",
) -> AuditEntry | None:
    """Audit a change as field → [old, new]; nothing is written when nothing changed."""
    if not changes:
        return None
    detail = {"fields": {name: [old, new] for name, (old, new) in sorted(changes.items())}}
    return record(session, action, record_type, record_id, detail)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_entries(entries: Iterable[AuditEntry]) -> ChainReport:
    prev_hash = GENESIS
    count = 0
    for entry in entries:
        count += 1
        expected = entry_hash(
            prev_hash, entry.at, entry.action, entry.record_type, entry.record_id, entry.detail
        )
        if entry.prev_hash != prev_hash or entry.hash != expected:
            return ChainReport(count, entry.id)
        prev_hash = entry.hash
    return ChainReport(count, None)


def verify(session: Session) -> ChainReport:
    """Walk the whole log from the first entry and check every link."""
    rows = session.scalars(
        select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)
    )
    return verify_entries(rows)


def recent(session: Session, limit: int = 50) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
