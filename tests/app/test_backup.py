"""Backups: made and checked, rotated, verified with their own secret, restored crash-safely."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import struct
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit, clients
from app.clients import ClientInput
from app.errors import (
    BackupInvalid,
    DiskFull,
    VaultDamaged,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.models import Client
from app.vault import NewVaultPlan, Vault, engine
from app.vault import backup as backups
from app.vault.backup import (
    DATABASE_MEMBER,
    JOURNAL_NAME,
    KEYS_MEMBER,
    MANIFEST_MEMBER,
    SUFFIX,
    automatic_backup,
    finish_interrupted_restore,
    make_backup,
    read_backup,
    restore_backup,
    rotate,
    verify_backup,
)
from app.vault.vault import VaultFiles
from tests.digest import table_digest

NOW = datetime(2027, 1, 15, 8, 30, tzinfo=UTC)
TODAY = NOW.date()
BORN = date(1990, 5, 1)


def _add_client(vault: Vault, last_name: str) -> int:
    with vault.session() as session:
        client_id, _ = clients.create_client(
            session,
            ClientInput(legal_first_name="Ada", legal_last_name=last_name, date_of_birth=BORN),
            TODAY,
        )
    return client_id


def _names(vault: Vault) -> list[str]:
    with vault.session() as session:
        return sorted(session.scalars(select(Client.legal_last_name)))


def test_a_backup_is_one_checked_file_that_holds_no_plain_text(
    vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    _add_client(vault, "Canaryfield")
    info = automatic_backup(vault, tmp_path / "backups", NOW)
    assert info.path.name == "Rapport backup 2027-01-15 083000" + SUFFIX
    assert info.manifest.vault_id == vault.vault_id
    assert info.manifest.rows["client"] == 1
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    raw = info.path.read_bytes()
    for canary in ("Canaryfield", "Canary Practice ZQX"):
        assert canary.encode() not in raw and canary.encode("utf-16-le") not in raw
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # no leftovers
    checked = verify_backup(info.path, passphrase, tmp_path / "scratch")
    assert checked.manifest == info.manifest
    assert list((tmp_path / "scratch").iterdir()) == []


def test_the_backup_opens_with_its_recovery_code_and_not_with_a_wrong_secret(
    data_dir: Path, tmp_path: Path, passphrase: str, profile: object, plan: NewVaultPlan
) -> None:
    with Vault.create(data_dir, passphrase, profile, plan=plan) as vault:  # type: ignore[arg-type]
        info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    verify_backup(info.path, plan.recovery_code, tmp_path / "s", recovery=True)
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        verify_backup(info.path, "not the passphrase", tmp_path / "s")
    with pytest.raises(WrongRecoveryCode):
        other = NewVaultPlan.make().recovery_code
        verify_backup(info.path, other, tmp_path / "s", recovery=True)


def test_an_existing_file_is_never_overwritten(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / f"mine{SUFFIX}"
    make_backup(vault, target, NOW)
    before = target.read_bytes()
    with pytest.raises(BackupInvalid, match="exists already"):
        make_backup(vault, target, NOW)
    assert target.read_bytes() == before
    again = automatic_backup(vault, tmp_path, NOW)  # named by the moment, made unique
    assert automatic_backup(vault, tmp_path, NOW).path != again.path


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_damaged_backup_is_refused_naming_the_file(
    vault: Vault, tmp_path: Path, passphrase: str, where: str
) -> None:
    for n in range(30):
        _add_client(vault, f"Person{n}")
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    data = bytearray(info.path.read_bytes())
    with zipfile.ZipFile(info.path) as archive:
        member = archive.getinfo(backups.DATABASE_MEMBER)
    start = member.header_offset + 30 + len(member.filename)
    offset = {
        "start": start + 10,
        "middle": start + member.file_size // 2,
        "end": start + member.file_size - 20,
    }
    data[offset[where] : offset[where] + 8] = b"\x00garbage"
    info.path.write_bytes(bytes(data))
    read_backup(info.path)  # the description still reads …
    with pytest.raises(BackupInvalid, match=info.path.name):
        verify_backup(info.path, passphrase, tmp_path / "s")  # … the data does not


def test_files_that_are_not_backups_are_refused(tmp_path: Path) -> None:
    text = tmp_path / f"notes{SUFFIX}"
    text.write_text("hello")
    with pytest.raises(BackupInvalid, match="not a Rapport backup"):
        read_backup(text)
    other = tmp_path / f"other{SUFFIX}"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(BackupInvalid, match="not a Rapport backup"):
        read_backup(other)
    with pytest.raises(BackupInvalid, match="was not found"):
        read_backup(tmp_path / f"missing{SUFFIX}")


def test_a_damaged_practice_is_never_backed_up(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    good = automatic_backup(vault, folder, NOW)
    monkeypatch.setattr(Vault, "check_copy", lambda self, path: (["page 7 is damaged"], {}))
    monkeypatch.setattr(Vault, "damaged_pages", lambda self: ["page 7 is damaged"])
    with pytest.raises(VaultDamaged, match="no backup was made"):
        automatic_backup(vault, folder, NOW + timedelta(days=1))
    assert sorted(p.name for p in folder.iterdir()) == [good.path.name]


def test_a_copy_that_does_not_read_back_is_no_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The practice is sound but its copy is not (a failing disk): said so, nothing left."""
    folder = tmp_path / "backups"
    good = automatic_backup(vault, folder, NOW)
    monkeypatch.setattr(Vault, "check_copy", lambda self, path: (["page 7 is damaged"], {}))
    with pytest.raises(BackupInvalid, match="did not read back whole"):
        automatic_backup(vault, folder, NOW + timedelta(days=1))
    assert sorted(p.name for p in folder.iterdir()) == [good.path.name]


def test_a_backup_taken_while_the_log_holds_pages_has_them(
    vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    """What is only in the write-ahead log at the moment of the copy is in the backup."""
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    reader = vault.engine.raw_connection()  # a reader keeps the log from being emptied
    try:
        reader.driver_connection.execute("BEGIN")
        reader.driver_connection.execute("SELECT count(*) FROM client").fetchone()
        _add_client(vault, "OnlyInTheLog")
        info = make_backup(vault, tmp_path / f"logged{SUFFIX}", NOW)
    finally:
        reader.driver_connection.execute("ROLLBACK")
        reader.close()
    assert info.manifest.rows["client"] == 1
    restored = tmp_path / "restored"
    verify_backup(info.path, passphrase, restored)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))] == []


def test_a_full_disk_leaves_no_partial_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = backups._write_archive

    def full(*args: object) -> None:
        real_write(*args)  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_write_archive", full)
    with pytest.raises(DiskFull, match="backup could not be made"):
        make_backup(vault, tmp_path / "backups" / "b", NOW)
    assert list((tmp_path / "backups").iterdir()) == []


@pytest.mark.parametrize("sendfile", ["refused", "missing"])
def test_where_the_kernel_does_not_copy_the_file_it_is_read_and_written(
    vault: Vault, tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch, sendfile: str
) -> None:
    if sendfile == "missing":
        monkeypatch.delattr(engine.os, "sendfile", raising=False)
    else:

        def refused(*_args: object) -> int:
            raise OSError(errno.EINVAL, "Invalid argument")

        monkeypatch.setattr(engine.os, "sendfile", refused)
    _add_client(vault, "CopiedByHand")
    info = make_backup(vault, tmp_path / f"by-hand{SUFFIX}", NOW)
    assert info.manifest.rows["client"] == 1
    verify_backup(info.path, passphrase, tmp_path / "restored")


def test_a_disk_full_while_the_kernel_copies_the_file_leaves_no_partial_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(engine.os, "sendfile", full)
    with pytest.raises(DiskFull, match="backup could not be made"):
        make_backup(vault, tmp_path / "backups" / "b", NOW)
    assert list((tmp_path / "backups").iterdir()) == []


def test_rotation_keeps_seven_days_and_eight_weeks(tmp_path: Path) -> None:
    start = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    made = []
    for n in range(120):  # twice a day for two months
        moment = start + timedelta(hours=12 * n)
        path = tmp_path / backups.automatic_name(moment)
        path.write_bytes(b"x")
        made.append(moment)
    manual = tmp_path / f"before the move{SUFFIX}"
    manual.write_bytes(b"x")
    report = rotate(tmp_path)
    kept = {m for m, p in backups.automatic_backups(tmp_path)}
    newest = max(made)
    days = {m.date() for m in kept}
    assert len([m for m in kept if newest - m < timedelta(days=7)]) == 7  # one a day, the latest
    assert newest in kept
    weeks = {m.date().isocalendar()[:2] for m in kept}
    assert len(weeks) == 8 and len(days) >= 7
    assert manual.exists()  # only automatic backups are rotated
    assert len(report.kept) == len(kept) and len(report.removed) == 120 - len(kept)


def test_the_latest_backup_is_the_newest_readable_one_of_the_practice(
    vault: Vault, tmp_path: Path, passphrase: str, profile: object
) -> None:
    first = tmp_path / "first"
    second = tmp_path / "second"
    older = make_backup(vault, first / f"older{SUFFIX}", NOW)
    newer = automatic_backup(vault, second, NOW + timedelta(days=1))
    (first / f"junk{SUFFIX}").write_bytes(b"not a backup")
    with Vault.create(tmp_path / "other", passphrase, profile) as other:  # type: ignore[arg-type]
        make_backup(other, first / f"other{SUFFIX}", NOW + timedelta(days=2))
    folders = [first, second, tmp_path / "unplugged"]
    assert backups.latest_backup(folders, vault.vault_id) == newer
    assert backups.latest_backup([first], vault.vault_id) == older
    found = backups.latest_backup(folders)
    assert found is not None and found.manifest.vault_id != vault.vault_id  # any practice's
    assert backups.latest_backup([tmp_path / "unplugged"]) is None


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_practice(
    data_dir: Path, tmp_path: Path, passphrase: str, profile: object, plan: NewVaultPlan
) -> None:
    with Vault.create(data_dir, passphrase, profile, plan=plan) as vault:  # type: ignore[arg-type]
        _add_client(vault, "Before")
        info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
        entries = info.manifest.rows["audit_entry"]
        digest = table_digest(vault, entries)
        _add_client(vault, "After")
    report = restore_backup(data_dir, info.path, passphrase, NOW + timedelta(hours=1))
    assert report.same_practice and report.kept_aside is not None
    assert (report.kept_aside / "practice.rapport").exists()
    assert not (data_dir / JOURNAL_NAME).exists()
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(passphrase)
        assert _names(vault) == ["Before"]
        assert table_digest(vault, entries) == digest
    # The replaced practice, kept aside, still opens with everything it had.
    with Vault.open(report.kept_aside) as old:
        old.unlock_with_passphrase(passphrase)
        assert _names(old) == ["After", "Before"]


def test_a_wrong_secret_or_damaged_backup_changes_nothing(
    vault: Vault, data_dir: Path, tmp_path: Path, passphrase: str
) -> None:
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    vault.close()
    before = {
        p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.suffix != ".lock"
    }
    with pytest.raises(WrongPassphrase):
        restore_backup(data_dir, info.path, "wrong one", NOW)
    info.path.write_bytes(info.path.read_bytes()[:-5000])
    with pytest.raises(BackupInvalid):
        restore_backup(data_dir, info.path, passphrase, NOW)
    after = {
        p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.suffix != ".lock"
    }
    assert after == before


def test_restore_is_refused_while_the_practice_is_open(
    vault: Vault, data_dir: Path, tmp_path: Path, passphrase: str
) -> None:
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    with pytest.raises(VaultInUse):
        restore_backup(data_dir, info.path, passphrase, NOW)


@pytest.mark.parametrize("moved", [0, 1, 3, 5])
def test_a_restore_stopped_halfway_is_completed_at_the_next_opening(
    data_dir: Path,
    tmp_path: Path,
    passphrase: str,
    profile: object,
    plan: NewVaultPlan,
    moved: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Vault.create(data_dir, passphrase, profile, plan=plan) as vault:  # type: ignore[arg-type]
        _add_client(vault, "Before")
        info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
        _add_client(vault, "After")
    # The process stops after ``moved`` renames of the swap.
    real_replace = os.replace
    calls = {"n": 0}

    def dying_replace(src: object, dst: object) -> None:
        if calls["n"] >= moved and str(src).endswith(
            (".restoring", "practice.rapport", "practice.keys", ".bak", "-wal", "-shm")
        ):
            raise KeyboardInterrupt("power cut")
        calls["n"] += 1
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(backups.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(data_dir, info.path, passphrase, NOW)
    monkeypatch.setattr(backups.os, "replace", real_replace)
    assert (data_dir / JOURNAL_NAME).exists()
    with Vault.open(data_dir) as vault:  # finishes the swap first
        vault.unlock_with_passphrase(passphrase)
        assert _names(vault) == ["Before"]
    assert not (data_dir / JOURNAL_NAME).exists()
    assert not finish_interrupted_restore(VaultFiles(data_dir))


def test_restore_into_an_empty_folder_sets_up_the_practice(
    vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    _add_client(vault, "Moved")
    info = make_backup(vault, tmp_path / "b" / "practice", NOW)
    new_home = tmp_path / "new laptop"
    report = restore_backup(new_home, info.path, passphrase, NOW)
    assert report.kept_aside is None and not report.same_practice
    with Vault.open(new_home) as moved:
        moved.unlock_with_passphrase(passphrase)
        assert _names(moved) == ["Moved"]


def test_rotation_clears_what_an_unfinished_backup_left_once_it_is_old(tmp_path: Path) -> None:
    old = tmp_path / f".Rapport backup 2027-01-01 080000{SUFFIX}.partial"
    fresh = tmp_path / f".Rapport backup 2027-01-02 080000{SUFFIX}.db.partial"
    for path in (old, fresh):
        path.write_bytes(b"half")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    rotate(tmp_path)
    assert not old.exists()
    assert fresh.exists()  # perhaps a backup being made right now


def test_a_practice_damaged_on_disk_while_open_is_not_backed_up(
    vault: Vault, tmp_path: Path
) -> None:
    for n in range(200):
        _add_client(vault, f"Person{n}")
    folder = tmp_path / "backups"
    good = automatic_backup(vault, folder, NOW)
    with vault.engine.connect() as conn:  # every page in the file itself, none in the WAL
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.engine.dispose()  # and none in a cache
    database = vault.files.database
    raw = bytearray(database.read_bytes())
    middle = (len(raw) // vault.page_size // 2) * vault.page_size
    raw[middle + 64 : middle + 128] = bytes(64)
    database.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged, match="no backup was made"):
        automatic_backup(vault, folder, NOW + timedelta(days=1))
    assert sorted(p.name for p in folder.iterdir()) == [good.path.name]


def test_backups_and_restores_are_recorded_in_the_audit_log(
    data_dir: Path, tmp_path: Path, passphrase: str, profile: object, plan: NewVaultPlan
) -> None:
    with Vault.create(data_dir, passphrase, profile, plan=plan) as vault:  # type: ignore[arg-type]
        info = make_backup(vault, tmp_path / f"named{SUFFIX}", NOW)
        automatic_backup(vault, vault.files.backups, NOW)
        with vault.session() as session:
            made = [e.detail for e in audit.recent(session, 10) if e.action == "backup"]
        assert [(d["kind"], d["folder_is_practice"]) for d in made] == [
            ("automatic", True),
            ("manual", False),
        ]
        assert made[1]["file"] == f"named{SUFFIX}"
    restore_backup(data_dir, info.path, plan.recovery_code, NOW, recovery=True)
    restored = data_dir / "restored.json"
    assert restored.exists()
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(passphrase)
        with vault.session() as session:
            entry = next(e for e in audit.recent(session, 5) if e.action == "restore")
        assert entry.detail["file"] == f"named{SUFFIX}"
        assert entry.detail["with_recovery_code"] is True
        assert entry.detail["kept_aside"].startswith("before-restore-")
    assert not restored.exists()  # recorded once


def test_a_new_practice_has_8_kb_cipher_pages_and_its_backups_keep_them(
    vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    assert vault.page_size == 8192
    assert b'"cipher_page_size": 8192' in vault.files.keys.read_bytes()
    with vault.engine.connect() as conn:
        assert int(conn.exec_driver_sql("PRAGMA page_size").scalar_one()) == 8192
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    with zipfile.ZipFile(info.path) as archive:
        assert b'"cipher_page_size": 8192' in archive.read("practice.keys")
    verify_backup(info.path, passphrase, tmp_path / "scratch")


# ---------------------------------------------------------------- the members' hashes


def _flip_byte(path: Path, member: str, where: float = 0.5) -> None:
    """One byte inside ``member``'s data inverted in the archive file itself."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    raw = bytearray(path.read_bytes())
    name_length, extra_length = struct.unpack_from("<HH", raw, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    raw[start + int(info.file_size * where)] ^= 0xFF
    path.write_bytes(bytes(raw))


def _rewrite(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """The archive written again, its members in the same order, each through ``change``:
    the ZIP's own CRCs then match the changed bytes, and only the manifest can tell."""
    with zipfile.ZipFile(path) as archive:
        members = [(name, archive.read(name)) for name in archive.namelist()]
    path.unlink()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members:
            archive.writestr(name, change(name, data))


def _damage_database(name: str, data: bytes) -> bytes:
    if name != DATABASE_MEMBER:
        return data
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


def _damage_keys(name: str, data: bytes) -> bytes:
    """A change the key file still parses and opens with (a slot's date): only its hash shows it."""
    if name != KEYS_MEMBER:
        return data
    assert b'"created_at": "20' in data
    return data.replace(b'"created_at": "20', b'"created_at": "21', 1)


def _without_hashes(name: str, data: bytes) -> bytes:
    """The manifest as backups made before the hashes were recorded have it."""
    if name != MANIFEST_MEMBER:
        return data
    doc = json.loads(data)
    del doc["sha256"]
    return json.dumps(doc, indent=2, sort_keys=True).encode()


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The databases given the full check (every page, every row), in order."""
    checked: list[Path] = []
    real = backups.check_database

    def counted(path: Path, data_key: bytes, page_size: int) -> tuple[list[str], dict[str, int]]:
        checked.append(path)
        return real(path, data_key, page_size)

    monkeypatch.setattr(backups, "check_database", counted)
    return checked


def _practice_files(data_dir: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.suffix != ".lock"
    }


def test_a_backup_records_the_hashes_of_the_bytes_it_holds(vault: Vault, tmp_path: Path) -> None:
    _add_client(vault, "Hashed")
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    with zipfile.ZipFile(info.path) as archive:
        assert archive.namelist() == [DATABASE_MEMBER, KEYS_MEMBER, MANIFEST_MEMBER]
        held = {name: hashlib.sha256(archive.read(name)).hexdigest() for name in archive.namelist()}
        written = json.loads(archive.read(MANIFEST_MEMBER))
    assert info.manifest.sha256 == {
        DATABASE_MEMBER: held[DATABASE_MEMBER],
        KEYS_MEMBER: held[KEYS_MEMBER],
    }
    assert written["sha256"] == info.manifest.sha256
    assert written["format"] == 1  # older versions still read it (they pass over the hashes)
    assert read_backup(info.path).manifest == info.manifest


def test_a_new_backup_is_verified_without_unpacking_it(
    vault: Vault, tmp_path: Path, passphrase: str, plan: NewVaultPlan, full_checks: list[Path]
) -> None:
    for n in range(30):
        _add_client(vault, f"Person{n}")
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    full_checks.clear()  # the backup's own read-back, when it was made
    scratch = tmp_path / "scratch"
    assert verify_backup(info.path, passphrase, scratch).manifest == info.manifest
    assert verify_backup(info.path, plan.recovery_code, scratch, recovery=True) == info
    assert full_checks == []
    assert list(scratch.iterdir()) == []
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        verify_backup(info.path, "not the passphrase", scratch)
    with pytest.raises(WrongRecoveryCode):
        verify_backup(info.path, NewVaultPlan.make().recovery_code, scratch, recovery=True)


@pytest.mark.parametrize("member", [DATABASE_MEMBER, KEYS_MEMBER])
@pytest.mark.parametrize("where", [0.0, 0.5, 0.999])
def test_a_byte_flipped_in_either_member_is_refused_naming_the_file(
    vault: Vault, tmp_path: Path, passphrase: str, member: str, where: float
) -> None:
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    _flip_byte(info.path, member, where)
    with pytest.raises(BackupInvalid, match=f"{info.path.name} is damaged"):
        verify_backup(info.path, passphrase, tmp_path / "scratch")
    assert list((tmp_path / "scratch").iterdir()) == []


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_damage_database, "its data differs from when it was made"),
        (_damage_keys, "its key file differs from when the backup was made"),
    ],
)
def test_a_change_the_archive_itself_cannot_see_is_refused_by_the_hashes(
    vault: Vault,
    tmp_path: Path,
    passphrase: str,
    damage: Callable[[str, bytes], bytes],
    message: str,
    full_checks: list[Path],
) -> None:
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    full_checks.clear()
    _rewrite(info.path, damage)
    with pytest.raises(BackupInvalid, match=f"{info.path.name} is damaged: {message}"):
        verify_backup(info.path, passphrase, tmp_path / "scratch")
    assert full_checks == []


def test_a_wrong_passphrase_is_said_first_even_for_a_damaged_backup(
    vault: Vault, tmp_path: Path
) -> None:
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    _rewrite(info.path, _damage_database)
    with pytest.raises(WrongPassphrase):
        verify_backup(info.path, "not the passphrase", tmp_path / "scratch")


def test_a_backup_made_before_the_hashes_is_verified_the_old_way(
    vault: Vault, tmp_path: Path, passphrase: str, full_checks: list[Path]
) -> None:
    for n in range(30):
        _add_client(vault, f"Person{n}")
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    old = tmp_path / f"old{SUFFIX}"
    old.write_bytes(info.path.read_bytes())
    _rewrite(old, _without_hashes)
    assert read_backup(old).manifest.sha256 == {}
    full_checks.clear()
    scratch = tmp_path / "scratch"
    checked = verify_backup(old, passphrase, scratch)
    assert checked.manifest.rows == info.manifest.rows
    assert len(full_checks) == 1 and full_checks[0].parent == scratch  # unpacked and checked
    assert list(scratch.iterdir()) == []
    with pytest.raises(WrongPassphrase):
        verify_backup(old, "not the passphrase", scratch)
    _rewrite(old, _damage_database)  # the ZIP's CRC agrees: only the full check can tell
    with pytest.raises(BackupInvalid, match=f"{old.name} is damaged"):
        verify_backup(old, passphrase, scratch)
    assert list(scratch.iterdir()) == []


def test_a_restore_checks_in_full_and_compares_the_hashes_too(
    vault: Vault, data_dir: Path, tmp_path: Path, passphrase: str, full_checks: list[Path]
) -> None:
    _add_client(vault, "Restored")
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    vault.close()
    before = _practice_files(data_dir)
    for damage in (_damage_database, _damage_keys):
        damaged = tmp_path / f"{damage.__name__}{SUFFIX}"
        damaged.write_bytes(info.path.read_bytes())
        _rewrite(damaged, damage)
        full_checks.clear()
        with pytest.raises(BackupInvalid, match=f"{damaged.name} is damaged: its"):
            restore_backup(data_dir, damaged, passphrase, NOW)
        assert full_checks == []  # refused on the hashes, before the pages were read
        assert _practice_files(data_dir) == before
    _flip_byte(info.path, DATABASE_MEMBER)
    with pytest.raises(BackupInvalid, match=info.path.name):
        restore_backup(data_dir, info.path, passphrase, NOW)
    assert _practice_files(data_dir) == before
    _flip_byte(info.path, DATABASE_MEMBER)  # flipped back: the backup it was
    full_checks.clear()
    restore_backup(data_dir, info.path, passphrase, NOW + timedelta(hours=1))
    assert len(full_checks) == 1  # a restore is sure of what it puts in place
    with Vault.open(data_dir) as restored:
        restored.unlock_with_passphrase(passphrase)
        assert _names(restored) == ["Restored"]


def test_a_backup_made_before_the_hashes_still_restores(
    vault: Vault, data_dir: Path, tmp_path: Path, passphrase: str
) -> None:
    _add_client(vault, "Older")
    info = make_backup(vault, tmp_path / f"b{SUFFIX}", NOW)
    vault.close()
    _rewrite(info.path, _without_hashes)
    restore_backup(data_dir, info.path, passphrase, NOW)
    with Vault.open(data_dir) as restored:
        restored.unlock_with_passphrase(passphrase)
        assert _names(restored) == ["Older"]
