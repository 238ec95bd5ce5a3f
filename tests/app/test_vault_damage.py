"""Damaged files are refused without being changed; a plain SQLite file is never a vault."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import migrations
from app.errors import NotAVault, VaultDamaged, VaultLocked
from app.practice import ProfileInput
from app.vault import NewVaultPlan, Vault

PAGE_SIZE = 4096


def flip_bytes(path: Path, start: int, end: int) -> None:
    """Invert the bytes ``start:end`` of ``path`` in place (so they surely change)."""
    data = bytearray(path.read_bytes())
    data[start:end] = bytes(b ^ 0xFF for b in data[start:end])
    path.write_bytes(bytes(data))


def page_count(path: Path) -> int:
    return path.stat().st_size // PAGE_SIZE


@pytest.mark.parametrize("where", ["first-page", "middle-page", "last-page"])
def test_damaged_database_is_refused_and_left_as_it_was(
    big_closed_vault: Path, tmp_path: Path, passphrase: str, plan: NewVaultPlan, where: str
) -> None:
    copy = shutil.copytree(big_closed_vault, tmp_path / f"damaged-{where}")
    database = copy / "practice.rapport"
    pages = page_count(database)
    page = {"first-page": 0, "middle-page": pages // 2, "last-page": pages - 1}[where]
    flip_bytes(database, page * PAGE_SIZE + 100, page * PAGE_SIZE + 200)
    damaged = database.read_bytes()

    with Vault.open(copy) as vault:
        with pytest.raises(VaultDamaged):
            vault.unlock_with_passphrase(passphrase)
        assert not vault.is_unlocked
        with pytest.raises(VaultDamaged):
            vault.unlock_with_recovery_code(plan.recovery_code)
        assert not vault.is_unlocked

    assert database.read_bytes() == damaged
    # The undamaged original still opens: the damage, not the test, made the difference.
    with Vault.open(big_closed_vault) as original:
        original.unlock_with_passphrase(passphrase)
        assert original.check_integrity() == []


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty", "deleted", "not-json-object", "wrapped-key-changed"],
)
def test_damaged_key_file_falls_back_to_its_backup(
    closed_vault: Path, passphrase: str, damage: str
) -> None:
    keys = closed_vault / "practice.keys"
    damage_key_file(keys, damage)

    with Vault.open(closed_vault) as vault:
        vault.unlock_with_passphrase(passphrase)
        assert vault.is_unlocked


def test_key_file_damaged_but_well_formed_is_repaired_from_its_backup(
    closed_vault: Path, passphrase: str
) -> None:
    keys = closed_vault / "practice.keys"
    damage_key_file(keys, "wrapped-key-changed")

    with Vault.open(closed_vault) as vault:
        vault.unlock_with_passphrase(passphrase)
        vault.new_recovery_code()  # rewrites the key file: the damage must not come back

    assert keys.read_bytes() == (closed_vault / "practice.keys.bak").read_bytes()
    keys.with_name("practice.keys.bak").unlink()  # only the rewritten key file is left
    with Vault.open(closed_vault) as vault:
        vault.unlock_with_passphrase(passphrase)
        assert vault.is_unlocked


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "deleted"])
def test_key_file_and_backup_both_damaged_is_refused(
    closed_vault: Path, passphrase: str, damage: str
) -> None:
    keys = closed_vault / "practice.keys"
    backup = closed_vault / "practice.keys.bak"
    kept = backup.read_bytes()
    damage_key_file(keys, damage)
    damage_key_file(backup, damage)

    with pytest.raises(VaultDamaged):
        Vault.open(closed_vault)

    # The refusal released the vault: with a good key file back, it opens.
    keys.write_bytes(kept)
    with Vault.open(closed_vault) as vault:
        vault.unlock_with_passphrase(passphrase)


def damage_key_file(path: Path, damage: str) -> None:
    if damage == "garbage":
        path.write_bytes(b"\x00\xff" * 300)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:100])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "deleted":
        path.unlink()
    elif damage == "not-json-object":
        path.write_bytes(b'["rapport-keys"]')
    elif damage == "wrapped-key-changed":
        # Still well-formed: one letter of each wrapped key is another valid letter.
        doc = json.loads(path.read_bytes())
        for slot in doc["slots"]:
            key = slot["wrapped_key"]
            slot["wrapped_key"] = ("B" if key[0] == "A" else "A") + key[1:]
        path.write_text(json.dumps(doc))
    else:
        raise AssertionError(damage)


@pytest.fixture
def plain_sqlite_file(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    path = data_dir / "practice.rapport"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE client (name TEXT)")
        conn.execute("INSERT INTO client VALUES ('someone')")
    conn.close()
    return path


def test_plain_sqlite_file_is_not_opened(plain_sqlite_file: Path, data_dir: Path) -> None:
    before = plain_sqlite_file.read_bytes()

    with pytest.raises(NotAVault):
        Vault.open(data_dir)

    assert plain_sqlite_file.read_bytes() == before


def test_plain_sqlite_file_is_not_overwritten_by_create(
    plain_sqlite_file: Path, data_dir: Path, passphrase: str, profile: ProfileInput
) -> None:
    before = plain_sqlite_file.read_bytes()

    with pytest.raises(NotAVault):
        Vault.create(data_dir, passphrase, profile)

    assert plain_sqlite_file.read_bytes() == before
    assert not (data_dir / "practice.keys").exists()
    assert not (data_dir / "practice.keys.bak").exists()


def test_plain_sqlite_file_beside_good_keys_is_refused(closed_vault: Path, passphrase: str) -> None:
    database = closed_vault / "practice.rapport"
    database.unlink()
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE client (name TEXT)")
    conn.close()

    with pytest.raises(NotAVault):
        Vault.open(closed_vault)


def test_the_window_s_unlock_checks_the_pages_beside_it(
    big_closed_vault: Path, tmp_path: Path, passphrase: str
) -> None:
    """``check_now=False`` opens a file damaged past its first page; the later check finds it."""
    with Vault.open(big_closed_vault) as sound:
        sound.unlock_with_passphrase(passphrase, check_now=False)
        assert sound.check_after_unlock() == []

    copy = shutil.copytree(big_closed_vault, tmp_path / "damaged")
    database = copy / "practice.rapport"
    middle = page_count(database) // 2
    flip_bytes(database, middle * PAGE_SIZE + 100, middle * PAGE_SIZE + 200)
    with Vault.open(copy) as vault:
        vault.unlock_with_passphrase(passphrase, check_now=False)
        assert vault.check_after_unlock() != []
        vault.lock()
        with pytest.raises(VaultLocked):
            vault.check_after_unlock()
        # What the window does next: the unlock screen, where the damage is refused.
        with pytest.raises(VaultDamaged):
            vault.unlock_with_passphrase(passphrase)


def test_a_file_to_be_upgraded_is_checked_before_the_upgrade(
    big_closed_vault: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = big_closed_vault / "practice.rapport"
    middle = page_count(database) // 2
    flip_bytes(database, middle * PAGE_SIZE + 100, middle * PAGE_SIZE + 200)
    damaged = database.read_bytes()
    monkeypatch.setattr(migrations, "is_current", lambda _conn: False)  # an older schema
    with Vault.open(big_closed_vault) as vault, pytest.raises(VaultDamaged):
        vault.unlock_with_passphrase(passphrase, check_now=False)
    assert database.read_bytes() == damaged
