"""A full disk while the key file or the database is written: a clear error, and nothing lost."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import clients, notes, paths
from app.errors import DiskFull
from app.vault import Vault, engine
from app.vault.backup import SUFFIX, make_backup
from tests.app.people import TODAY, adult


def test_changing_the_passphrase_on_a_full_disk_loses_nothing(
    vault: Vault, data_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = data_dir / "practice.keys"
    before = keys.read_bytes()
    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:
        if len(data) > 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(paths.os, "write", full_disk)
    with pytest.raises(DiskFull) as caught:
        vault.change_passphrase(passphrase, "a whole new passphrase")
    monkeypatch.undo()

    assert "disk is full" in caught.value.message
    assert keys.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if p.name.endswith(".tmp")) == []
    vault.lock()
    vault.unlock_with_passphrase(passphrase)
    assert vault.is_unlocked


def test_the_vault_in_memory_still_matches_the_disk_after_a_failed_write(
    vault: Vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths.os, "write", full_disk)
    with pytest.raises(DiskFull):
        vault.set_passphrase("a whole new passphrase")
    monkeypatch.undo()
    assert vault.verify_passphrase(passphrase)
    assert not vault.verify_passphrase("a whole new passphrase")


def test_an_unlock_that_cannot_be_audited_leaves_the_vault_locked(
    vault: Vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import audit

    vault.lock()

    def refuse(*args: object, **kwargs: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(audit, "record", refuse)
    with pytest.raises(DiskFull):
        vault.unlock_with_passphrase(passphrase)
    assert not vault.is_unlocked
    monkeypatch.undo()
    vault.unlock_with_passphrase(passphrase)
    assert vault.is_unlocked


def test_a_database_that_cannot_grow_keeps_every_saved_word_and_the_backups(
    vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own disk-full path (``max_page_count``): DiskFull, rolled back, nothing lost."""
    with vault.session() as session:
        notes.ensure_builtin_templates(session)
        template = next(t.id for t in notes.templates(session) if t.name == "SOAP")
        client_id, _ = clients.create_client(session, adult(), TODAY)
        note_id = notes.start_note(session, client_id, template, TODAY)
        view = notes.get_note(session, note_id)
        first, *rest = view.sections
        revision = notes.save_draft(
            session, note_id, [replace(first, text="Saved before."), *rest], view.revision
        )
    earlier = make_backup(vault, tmp_path / f"earlier{SUFFIX}", datetime.now(UTC))
    backup_bytes = earlier.path.read_bytes()
    with vault.session() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
    limited = (*engine.CONNECTION_PRAGMAS, f"PRAGMA max_page_count = {pages}")
    monkeypatch.setattr(engine, "CONNECTION_PRAGMAS", limited)
    vault.engine.dispose()  # every new connection has the limit

    typed = "A long session. " * 10_000  # 160 KB: more than the file may grow
    with pytest.raises(DiskFull) as caught, vault.session() as session:
        notes.save_draft(session, note_id, [replace(first, text=typed), *rest], revision)
    assert "disk is full" in caught.value.message
    with vault.session() as session:
        stored = notes.get_note(session, note_id)
    assert stored.revision == revision and stored.sections[0].text == "Saved before."

    monkeypatch.undo()
    vault.close()
    with Vault.open(data_dir) as reopened:
        reopened.unlock_with_passphrase("correct horse battery staple")
        assert reopened.check_integrity() == []
        with reopened.session() as session:  # with room again, the text is saved
            notes.save_draft(session, note_id, [replace(first, text=typed), *rest], revision)
    assert earlier.path.read_bytes() == backup_bytes
