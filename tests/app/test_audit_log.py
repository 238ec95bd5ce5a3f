"""The audit log: every entry chained to the one before, tampering found, changes as old → new."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from app import audit
from app.models import AuditEntry
from app.vault import Vault


def all_entries(vault: Vault) -> list[AuditEntry]:
    with vault.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def add_entries(vault: Vault, count: int) -> None:
    with vault.session() as session:
        for i in range(count):
            audit.record(session, "print", "letter", i, {"copy": i, "to": "Zoé"})


def test_entries_are_chained(vault: Vault) -> None:
    add_entries(vault, 4)

    entries = all_entries(vault)

    assert len(entries) >= 5
    assert entries[0].prev_hash == audit.GENESIS
    for before, entry in itertools.pairwise(entries):
        assert entry.prev_hash == before.hash
    for entry in entries:
        assert entry.hash == audit.entry_hash(
            entry.prev_hash,
            entry.at,
            entry.action,
            entry.record_type,
            entry.record_id,
            entry.detail,
        )
    with vault.session() as session:
        assert audit.verify(session) == audit.ChainReport(len(entries), None)


def test_chain_holds_after_reopening(vault: Vault, data_dir, passphrase: str) -> None:
    add_entries(vault, 3)
    with vault.session() as session:
        audit.record(session, "print", at=datetime(2026, 3, 29, 1, 30, 15, tzinfo=UTC))
        audit.record(
            session,
            "print",
            at=datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        )
    vault.close()

    with Vault.open(data_dir) as again:
        report = again.unlock_with_passphrase(passphrase)
        assert report.audit_broken_at is None
        assert report.audit_entries >= 7


TAMPERING = {
    # how: (SQL run on entry :id, the first entry that no longer fits, as an offset from :id)
    "detail-changed": ("UPDATE audit_entry SET detail = '{\"copy\": 99}' WHERE id = :id", 0),
    "action-changed": ("UPDATE audit_entry SET action = 'export' WHERE id = :id", 0),
    "time-changed": ("UPDATE audit_entry SET at = '2020-01-01 00:00:00.000000' WHERE id = :id", 0),
    "record-changed": ("UPDATE audit_entry SET record_id = '12345' WHERE id = :id", 0),
    "deleted": ("DELETE FROM audit_entry WHERE id = :id", 1),
    "hash-recomputed": (
        # A careful forger rewrites the hash too: the next entry still points at the old one.
        "UPDATE audit_entry SET detail = '{}', hash = :forged WHERE id = :id",
        1,
    ),
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_tampering_is_found_at_the_first_broken_entry(
    vault: Vault, passphrase: str, how: str
) -> None:
    add_entries(vault, 5)
    target = all_entries(vault)[3]
    sql, offset = TAMPERING[how]
    forged = audit.entry_hash(
        target.prev_hash, target.at, target.action, target.record_type, target.record_id, {}
    )
    with vault.engine.begin() as conn:
        conn.execute(text(sql), {"id": target.id, "forged": forged})

    with vault.session() as session:
        chain = audit.verify(session)
    assert chain.first_broken_id == target.id + offset
    assert not chain.ok
    assert any(str(target.id + offset) in problem for problem in vault.check_integrity())

    vault.lock()
    report = vault.unlock_with_passphrase(passphrase)
    assert report.audit_broken_at == target.id + offset
    with vault.session() as session:  # reported, never repaired
        assert audit.verify(session).first_broken_id == target.id + offset


def test_untouched_log_passes_the_integrity_check(vault: Vault) -> None:
    add_entries(vault, 3)
    assert vault.check_integrity() == []
    vault.require_integrity()


def test_record_changes_stores_old_and_new(vault: Vault) -> None:
    with vault.session() as session:
        entry = audit.record_changes(
            session, "client", 7, {"phone": ("555-0100", "555-0199"), "email": ("", "a@b.org")}
        )
        assert entry is not None
        entry_id = entry.id

    with vault.session() as session:
        stored = session.get(AuditEntry, entry_id)
        assert stored is not None
        assert stored.action == "change"
        assert stored.record_type == "client"
        assert stored.record_id == "7"
        assert stored.detail == {
            "fields": {"email": ["", "a@b.org"], "phone": ["555-0100", "555-0199"]}
        }


def test_record_changes_writes_nothing_when_nothing_changed(vault: Vault) -> None:
    with vault.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
        assert audit.record_changes(session, "client", 7, {}) is None
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_recent_lists_newest_first(vault: Vault) -> None:
    add_entries(vault, 3)
    with vault.session() as session:
        recent = audit.recent(session, limit=2)
    assert [e.id for e in recent] == sorted((e.id for e in recent), reverse=True)
    assert len(recent) == 2
