"""A full disk while the key file is rewritten: a clear error, and the old key file intact."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app import paths
from app.errors import DiskFull
from app.vault import Vault


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
