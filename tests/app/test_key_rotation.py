"""Replacing the data key: every row kept, the old key refused, and crash-safe at every step."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app import clients
from app.clients import ClientInput
from app.errors import RapportError, VaultDamaged, WrongPassphrase, WrongRecoveryCode
from app.models import Client
from app.vault import NewVaultPlan, Vault
from app.vault import keyfile as keyfiles
from app.vault import vault as vault_module
from app.vault.engine import opens_with, rekey
from app.vault.keyfile import DEVICE, RECOVERY
from app.vault.vault import KEY_CHANGE_INTERRUPTED, _passphrase_slot, _recovery_slot
from tests.digest import audit_count, table_digest

BORN = date(1990, 5, 1)


def _add_clients(vault: Vault, count: int, first: str = "Ada") -> None:
    with vault.session() as session:
        for n in range(count):
            clients.create_client(
                session,
                ClientInput(legal_first_name=first, legal_last_name=f"Row{n}", date_of_birth=BORN),
                date(2027, 1, 15),
            )


def _pending_change(vault: Vault, passphrase: str) -> tuple[bytes, str]:
    """Write the key file of a change that has begun (pending slots); the new key and code."""
    new_key = vault_module.crypto.new_data_key()
    code = vault_module.crypto.new_recovery_code()
    pending = [
        _passphrase_slot(passphrase, new_key, vault.vault_id, vault.policy),
        _recovery_slot(code, new_key, vault.vault_id),
    ]
    vault._replace_keyfile(vault._keyfile.with_pending(pending))
    return new_key, code


def test_the_new_key_opens_every_row_and_the_old_key_nothing(
    vault: Vault, data_dir: Path, passphrase: str, plan: NewVaultPlan
) -> None:
    _add_clients(vault, 40)
    entries = audit_count(vault)
    before = table_digest(vault, entries)
    old_key = bytes(vault._data_key or b"")

    code = vault.rotate_data_key(passphrase)

    assert table_digest(vault, entries) == before
    assert audit_count(vault, "data_key_replaced") == 1
    database = vault.files.database
    assert not opens_with(database, old_key, vault.page_size)
    assert vault.check_integrity() == []
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    vault.close()
    with Vault.open(data_dir) as reopened:
        report = reopened.unlock_with_passphrase(passphrase)  # the passphrase is the same
        assert not report.key_change_finished
        assert table_digest(reopened, entries) == before
        reopened.lock()
        with pytest.raises(WrongRecoveryCode):
            reopened.unlock_with_recovery_code(plan.recovery_code)
        reopened.unlock_with_recovery_code(code)
    assert not keyfiles.load(data_dir / "practice.keys").pending


def test_rows_still_in_the_write_ahead_log_are_carried_over(vault: Vault, passphrase: str) -> None:
    # A connection with autocheckpoint off keeps its commits in the log.
    raw = vault.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_autocheckpoint = 0")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    _add_clients(vault, 25, first="Logged")
    wal = vault.files.database.with_name(vault.files.database.name + "-wal")
    assert wal.stat().st_size > 0
    vault.rotate_data_key(passphrase)
    with vault.session() as session:
        logged = session.scalar(
            select(func.count()).select_from(Client).where(Client.legal_first_name == "Logged")
        )
    assert logged == 25


def test_a_wrong_passphrase_changes_nothing(vault: Vault, passphrase: str) -> None:
    database = vault.files.database
    keys = vault.files.keys.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.rotate_data_key("not the passphrase at all")
    assert vault.files.keys.read_bytes() == keys
    assert opens_with(database, bytes(vault._data_key or b""), vault.page_size)


def test_refused_while_another_task_reads_the_practice(vault: Vault, passphrase: str) -> None:
    keys = vault.files.keys.read_bytes()
    with vault.session() as session:
        session.scalar(select(func.count()).select_from(Client))  # holds a connection
        with pytest.raises(RapportError, match="Another task"):
            vault.rotate_data_key(passphrase)
    assert vault.files.keys.read_bytes() == keys


def test_sessions_opened_during_the_change_wait_for_the_new_key(
    vault: Vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_clients(vault, 3)
    started, counted = threading.Event(), []
    real_rekey = vault_module.rekey

    def slow_rekey(path: Path, old: bytes, new: bytes, page_size: int) -> None:
        started.set()
        reader.join(0.3)  # the reader is now waiting, not reading with the old key
        real_rekey(path, old, new, page_size)

    def read() -> None:
        started.wait(5)
        with vault.session() as session:
            counted.append(session.scalar(select(func.count()).select_from(Client)))

    reader = threading.Thread(target=read)
    reader.start()
    monkeypatch.setattr(vault_module, "rekey", slow_rekey)
    vault.rotate_data_key(passphrase)
    reader.join(5)
    assert counted == [3]


def test_a_full_disk_during_the_change_keeps_the_old_key(
    vault: Vault,
    data_dir: Path,
    passphrase: str,
    plan: NewVaultPlan,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_clients(vault, 5)
    entries = audit_count(vault)
    before = table_digest(vault, entries)

    def full(path: Path, old: bytes, new: bytes, page_size: int) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(vault_module, "rekey", full)
    with pytest.raises(sqlcipher3.OperationalError):
        vault.rotate_data_key(passphrase)
    assert not vault._keyfile.pending
    assert table_digest(vault, entries) == before  # still unlocked, with the old key
    _add_clients(vault, 1, first="After")
    vault.close()
    with Vault.open(data_dir) as reopened:
        reopened.unlock_with_recovery_code(plan.recovery_code)  # the old code still works


def test_killed_before_the_rewrite_the_change_is_abandoned(
    vault: Vault, data_dir: Path, passphrase: str, plan: NewVaultPlan
) -> None:
    _add_clients(vault, 5)
    _pending_change(vault, passphrase)
    vault.close()  # the process dies here: pending slots written, database untouched
    with Vault.open(data_dir) as reopened:
        report = reopened.unlock_with_recovery_code(plan.recovery_code)
        assert not report.key_change_finished
        assert not keyfiles.load(data_dir / "practice.keys").pending
        reopened.lock()
        reopened.unlock_with_passphrase(passphrase)


def test_killed_after_the_rewrite_the_passphrase_finishes_the_change(
    vault: Vault, data_dir: Path, passphrase: str, plan: NewVaultPlan, memory_keyring: object
) -> None:
    vault.enable_device_unlock()
    _add_clients(vault, 5)
    entries = audit_count(vault)
    before = table_digest(vault, entries)
    old_key = bytes(vault._data_key or b"")
    new_key, _unseen_code = _pending_change(vault, passphrase)
    vault.engine.dispose()
    rekey(vault.files.database, old_key, new_key, vault.page_size)
    vault.close()  # dies before the pending slots replace the old ones

    with Vault.open(data_dir) as reopened:
        # The old recovery code opens only the old key: it says what to do instead.
        with pytest.raises(VaultDamaged) as raised:
            reopened.unlock_with_recovery_code(plan.recovery_code)
        assert raised.value.message == KEY_CHANGE_INTERRUPTED
        with pytest.raises(VaultDamaged):
            reopened.unlock_with_device()  # its pending slot was never written
        report = reopened.unlock_with_passphrase(passphrase)
        assert report.key_change_finished
        assert table_digest(reopened, entries) == before
        assert audit_count(reopened, "data_key_replaced") == 1
        keys = keyfiles.load(data_dir / "practice.keys")
        assert not keys.pending and keys.slot(RECOVERY) is None and keys.slot(DEVICE) is None
        code = reopened.new_recovery_code()
        reopened.lock()
        assert not reopened.unlock_with_recovery_code(code).key_change_finished


def test_device_unlock_survives_the_change(
    vault: Vault, data_dir: Path, passphrase: str, memory_keyring: object
) -> None:
    vault.enable_device_unlock()
    vault.rotate_data_key(passphrase)
    vault.lock()
    assert vault.unlock_with_device().method == DEVICE
