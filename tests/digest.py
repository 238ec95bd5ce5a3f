"""A canonical digest of every table of a vault, for tests that must prove nothing changed."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from app.models import AuditEntry
from app.vault import Vault


def table_digest(vault: Vault, audit_entries: int) -> str:
    """A canonical dump of every table, hashed (the audit log up to its first ``audit_entries``:
    opening a practice adds to it)."""
    digest = hashlib.sha256()
    raw = vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for name in names:
            digest.update(name.encode())
            rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()  # noqa: S608
            if name == "audit_entry":
                rows = rows[:audit_entries]
            for row in rows:
                digest.update(repr(row).encode())
    finally:
        raw.close()
    return digest.hexdigest()


def audit_count(vault: Vault, action: str | None = None) -> int:
    """How many audit entries the vault holds (of one ``action``, when given)."""
    with vault.session() as session:
        query = select(func.count()).select_from(AuditEntry)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return int(session.scalar(query) or 0)
