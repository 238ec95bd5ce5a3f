"""Encrypted backups of the practice: made, checked, rotated, and restored.

A backup is one file (``*.rapport-backup``): a ZIP archive, stored without
compression, of three members — the practice file copied byte for byte (still
encrypted with the practice's data key), the key slots that open it, and a
small manifest (when, which schema, how many rows in each table, the SHA-256
of the other two members; no client data). It opens with the passphrase or
the recovery code that opened the practice when the backup was made.

A backup counts only once the copy has been reopened and checked — SQLCipher's
authentication code of every page, and every table read to its end with the
same row counts as the practice had when it was copied. The archive is
written while that check runs; the SHA-256 of the database and of the key
file are taken from the bytes as they go into it, and the manifest that
records them is written last, once the check holds. The archive is written
under a temporary name and renamed into place, so a crash leaves no half
backup behind a good name; a damaged practice is never backed up (the
earlier backups stay).

The hashes make checking a backup file later cheap. A backup whose members
still hash to the values in its manifest is, bit for bit, the file whose copy
was read back and checked when it was made, so :func:`verify_backup` needs
only its secret (which must unwrap the data key from the backup's own key
file) and one read of each member: nothing is unpacked, nothing reopened.
The manifest is no security boundary — whoever can rewrite the file can
rewrite its hashes too. What stands against a forged or altered practice is
that every page carries its own authentication code under the data key, and
a restore checks those again, in full, before anything is put in place (it
compares the hashes as well). Backups made before the hashes were recorded
have none and are verified the old way: unpacked and checked in full.

A restore checks the backup with its own secret, unpacks it beside the live
practice, writes a journal, then moves the live files into a folder of their
own and the restored ones into place. If the process stops anywhere in that
swap, the next :func:`finish_interrupted_restore` (run whenever a vault is
opened) completes it from the journal: the practice is always the old one or
the restored one, never neither.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import logging
import os
import re
import threading
import time
import zipfile
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.exc import SQLAlchemyError

from app import audit
from app._version import __version__
from app.errors import (
    BackupInvalid,
    DiskFull,
    RapportError,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.paths import RESTORED_NAME, atomic_write, ensure_private_dir, fsync_dir
from app.vault import crypto
from app.vault.engine import check_database
from app.vault.instance import InstanceLock
from app.vault.keyfile import PASSPHRASE, RECOVERY, KeyFile
from app.vault.vault import DAMAGED_NO_BACKUP, Vault, VaultFiles
from app.words import marked, words

FORMAT = 1
SUFFIX = ".rapport-backup"
#: Automatic backups are named by the moment they were made; others are left alone.
AUTOMATIC_PREFIX = "Rapport backup "
_AUTOMATIC_NAME = re.compile(
    r"^Rapport backup (\d{4}-\d{2}-\d{2}) (\d{2})(\d{2})(\d{2})(?:-\d+)?" + re.escape(SUFFIX) + "$"
)
DATABASE_MEMBER = "practice.rapport"
KEYS_MEMBER = "practice.keys"
MANIFEST_MEMBER = "manifest.json"
COPY_UNREAD = marked(
    "The copy of the practice did not read back whole, so no backup was made (the earlier "
    "backups stay). Check the disk it was written to, or choose another place."
)
#: How much of a member one read or write takes while it is hashed.
_CHUNK = 1 << 22
JOURNAL_NAME = "restore.journal"
RESTORING_SUFFIX = ".restoring"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
#: A half-written backup this old belongs to no backup still being made.
STALE_PARTIAL_SECONDS = 3600


@dataclass(frozen=True)
class BackupManifest:
    """What a backup holds, written beside it in the archive (no client data)."""

    vault_id: str
    made_at: datetime
    kind: str  # "automatic" or "manual"
    rows: dict[str, int]
    app_version: str = __version__
    format: int = FORMAT
    #: The SHA-256 (hex) of the database and key-file members as written; empty in older backups.
    sha256: dict[str, str] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": self.format,
            "vault_id": self.vault_id,
            "made_at": self.made_at.isoformat(),
            "kind": self.kind,
            "app_version": self.app_version,
            "rows": self.rows,
        }
        if self.sha256:  # an addition older versions pass over: the format stays 1
            data["sha256"] = self.sha256
        return json.dumps(data, indent=2, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> BackupManifest:
        data = json.loads(raw)
        made_at = datetime.fromisoformat(str(data["made_at"]))
        if made_at.tzinfo is None:
            raise ValueError("made_at has no time zone")
        rows = {str(k): int(v) for k, v in dict(data["rows"]).items()}
        sha256 = {str(k): str(v) for k, v in dict(data.get("sha256", {})).items()}
        return cls(
            vault_id=str(data["vault_id"]),
            made_at=made_at,
            kind=str(data["kind"]),
            rows=rows,
            app_version=str(data.get("app_version", "")),
            format=int(data["format"]),
            sha256=sha256,
        )

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and its manifest."""

    path: Path
    manifest: BackupManifest
    size: int


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the backup put in place, and where the replaced practice is kept."""

    manifest: BackupManifest
    kept_aside: Path | None
    same_practice: bool


@dataclass
class RotationReport:
    kept: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


# ---------------------------------------------------------------- making


def automatic_name(now: datetime) -> str:
    """``Rapport backup 2027-01-15 083000.rapport-backup`` (sortable, no colons)."""
    return f"{AUTOMATIC_PREFIX}{now.astimezone(UTC):%Y-%m-%d %H%M%S}{SUFFIX}"


def _free_name(path: Path) -> Path:
    """``path``, or ``path`` with -2, -3 … when a file of that name exists already."""
    candidate = path
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name.removesuffix(SUFFIX)}-{number}{SUFFIX}")
        number += 1
    return candidate


def _disk_error(exc: OSError) -> RapportError | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            marked(
                "The disk is full, so the backup could not be made. The practice and the "
                "earlier backups are untouched. Free some space and try again."
            )
        )
    return None


def automatic_backup(
    vault: Vault,
    folder: Path,
    now: datetime,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> BackupInfo:
    """A checked backup named by the moment in ``folder``, then the folder's rotation."""
    info = make_backup(vault, _free_name(folder / automatic_name(now)), now, kind="automatic")
    rotate(folder, keep_daily, keep_weekly)
    return info


def make_backup(vault: Vault, target: Path, now: datetime, kind: str = "manual") -> BackupInfo:
    """Write a checked backup of the unlocked ``vault`` to the file ``target``.

    An existing file is never overwritten.
    """
    if not target.name.endswith(SUFFIX):
        target = target.with_name(target.name + SUFFIX)
    if target.exists():
        raise BackupInvalid(words("{name} exists already; choose another name.", name=target.name))
    folder = ensure_private_dir(target.parent)
    work = folder / f".{target.name}.db.partial"
    partial = folder / f".{target.name}.partial"
    leftovers = (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm"))
    for leftover in (*leftovers, partial):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        with vault.maintenance():  # the data key cannot change under the copy or its check
            vault.export_copy(work)
            keys = vault.key_file_bytes
            # The archive takes the copy while it is checked; kept only if the check holds.
            with ThreadPoolExecutor(max_workers=1) as pool:
                checked: Future[BackupManifest] = Future()
                writing = pool.submit(_write_archive, partial, checked, keys, work)
                try:
                    manifest = _checked_manifest(vault, work, now, kind)
                except BaseException as exc:
                    checked.set_exception(exc)
                    with contextlib.suppress(BaseException):
                        writing.result()  # it stops before the manifest; removed below
                    raise
                checked.set_result(manifest)
                manifest = writing.result()  # now with the members' hashes
        os.replace(partial, target)
        fsync_dir(folder)
        _record_backup(vault, target, manifest)
    except OSError as exc:
        disk = _disk_error(exc)
        if disk is not None:
            raise disk from exc
        raise
    finally:
        for leftover in (*leftovers, partial):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return BackupInfo(target, manifest, target.stat().st_size)


def _checked_manifest(vault: Vault, copy: Path, now: datetime, kind: str) -> BackupManifest:
    """Read the copy back — every page's authentication code, every table's rows — and
    describe it; a damaged practice (or a copy that does not read back) makes no backup."""
    problems, rows = vault.check_copy(copy)
    if problems:
        if vault.damaged_pages():
            raise VaultDamaged(DAMAGED_NO_BACKUP)
        raise BackupInvalid(COPY_UNREAD)
    return BackupManifest(vault.vault_id, now.astimezone(UTC), kind, rows)


def _record_backup(vault: Vault, target: Path, manifest: BackupManifest) -> None:
    """The backup in the practice's audit log; a backup made stands even if that fails."""
    detail = {
        "kind": manifest.kind,
        "file": target.name,
        "folder_is_practice": target.parent == vault.files.backups,
        "rows": sum(manifest.rows.values()),
    }
    try:
        with vault.session() as session:
            audit.record(session, "backup", "vault", vault.vault_id, detail)
    except (RapportError, SQLAlchemyError):
        logging.getLogger(__name__).warning("A finished backup was not recorded in the audit log.")


def _write_archive(
    path: Path, manifest: Future[BackupManifest], keys: bytes, database: Path
) -> BackupManifest:
    """The backup file: the database first, then the key file, then (once the check has
    made it) the manifest with both members' SHA-256; returns the manifest written.

    The database is hashed from the very chunks that go into the archive, so
    the file is read once and the hash is that of the bytes in the backup.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:
        member = zipfile.ZipInfo.from_file(database, DATABASE_MEMBER)
        member.compress_type = zipfile.ZIP_STORED
        digest = hashlib.sha256()
        with database.open("rb") as source, archive.open(member, "w") as out:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
        archive.writestr(KEYS_MEMBER, keys)
        hashes = {DATABASE_MEMBER: digest.hexdigest(), KEYS_MEMBER: _sha256(keys)}
        written = dataclasses.replace(manifest.result(), sha256=hashes)
        archive.writestr(MANIFEST_MEMBER, written.to_bytes())
        archive.close()
        raw.flush()
        os.fsync(raw.fileno())
    return written


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- reading


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupInvalid(words("{name} was not found.", name=path.name)) from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BackupInvalid(
            words("{name} is not a Rapport backup, or it is damaged.", name=path.name)
        ) from None
    names = set(archive.namelist())
    if not {MANIFEST_MEMBER, KEYS_MEMBER, DATABASE_MEMBER} <= names:
        archive.close()
        raise BackupInvalid(words("{name} is not a Rapport backup.", name=path.name))
    return archive


def read_backup(path: Path) -> BackupInfo:
    """The manifest of a backup file (no secret needed); BackupInvalid if it is not one."""
    with _open_archive(path) as archive:
        info, _keys_bytes, _keys = _describe(path, archive)
    return info


def _describe(path: Path, archive: zipfile.ZipFile) -> tuple[BackupInfo, bytes, KeyFile]:
    """The backup's description, its key file's bytes and its key slots.

    The key file is read whole here, so its hash (when the manifest has one)
    is compared here too: a key file that differs is never offered a secret.
    """
    try:
        manifest = BackupManifest.from_bytes(archive.read(MANIFEST_MEMBER))
        keys_bytes = archive.read(KEYS_MEMBER)
    except (KeyError, TypeError, ValueError, zipfile.BadZipFile, EOFError):
        raise BackupInvalid(
            words("{name} is damaged: its description cannot be read.", name=path.name)
        ) from None
    if manifest.format > FORMAT:
        raise BackupInvalid(
            words("{name} was made by a newer version of Rapport; update first.", name=path.name)
        )
    expected = manifest.sha256.get(KEYS_MEMBER)
    if expected is not None and _sha256(keys_bytes) != expected:
        raise BackupInvalid(
            words(
                "{name} is damaged: its key file differs from when the backup was made.",
                name=path.name,
            )
        )
    try:
        keys = KeyFile.from_bytes(keys_bytes)
    except (KeyError, TypeError, ValueError, AttributeError, RapportError):
        raise BackupInvalid(
            words("{name} is damaged: its description cannot be read.", name=path.name)
        ) from None
    if keys.vault_id != manifest.vault_id:
        raise BackupInvalid(
            words("{name} is damaged: its key file belongs to another practice.", name=path.name)
        )
    return BackupInfo(path, manifest, path.stat().st_size), keys_bytes, keys


def _data_key(keys: KeyFile, secret: str, recovery: bool) -> bytes:
    """The data key from the backup's own slots, with its passphrase or recovery code."""
    kind = RECOVERY if recovery else PASSPHRASE
    slot = keys.slot(kind)
    if recovery:
        error: WrongPassphrase = WrongRecoveryCode(
            marked("That recovery code does not open this backup.")
        )
    else:
        error = WrongPassphrase(marked("That passphrase does not open this backup."))
    if slot is None:
        raise error
    if recovery:
        wrapping = crypto.hkdf(
            crypto.normalise_recovery_code(secret), slot.salt, crypto.RECOVERY_INFO
        )
    else:
        if slot.argon2 is None:
            raise error
        wrapping = crypto.derive_argon2(crypto.normalise_passphrase(secret), slot.salt, slot.argon2)
    try:
        return crypto.unwrap(wrapping, slot.nonce, slot.wrapped_key, keys.vault_id, kind)
    except WrongPassphrase:
        raise error from None


def _database_sha256(
    path: Path,
    archive: zipfile.ZipFile,
    out: IO[bytes] | None = None,
    stop: threading.Event | None = None,
) -> str:
    """The SHA-256 of the database member, read once (and written to ``out`` on the way);
    a member the archive itself cannot read back (its CRC, its header) is damage."""
    digest = hashlib.sha256()
    try:
        with archive.open(DATABASE_MEMBER) as member:
            while not (stop is not None and stop.is_set()) and (chunk := member.read(_CHUNK)):
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
    except (zipfile.BadZipFile, EOFError):
        raise BackupInvalid(
            words("{name} is damaged: its data does not read back.", name=path.name)
        ) from None
    return digest.hexdigest()


def _data_differs(path: Path) -> BackupInvalid:
    return BackupInvalid(
        words("{name} is damaged: its data differs from when it was made.", name=path.name)
    )


def _unpack(path: Path, database: Path, secret: str, recovery: bool) -> tuple[BackupInfo, bytes]:
    """Check the archive, unpack its database to ``database`` and check that too.

    Whatever a restore puts in place must be sure, so this is the full check
    every time: the hashes when the manifest has them, then every page's
    authentication code and every table's rows. Returns the backup's
    description and its key file's bytes; BackupInvalid, WrongPassphrase or
    DiskFull otherwise (``database`` is then removed).
    """
    with _open_archive(path) as archive:
        info, keys_bytes, keys = _describe(path, archive)
        data_key = _data_key(keys, secret, recovery)
        try:
            fd = os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                digest = _database_sha256(path, archive, out)
                out.flush()
                os.fsync(out.fileno())
        except BackupInvalid:
            database.unlink(missing_ok=True)
            raise
        except OSError as exc:
            database.unlink(missing_ok=True)
            disk = _disk_error(exc)
            if disk is not None:
                raise disk from exc
            raise
    expected = info.manifest.sha256.get(DATABASE_MEMBER)
    if expected is not None and digest != expected:
        database.unlink(missing_ok=True)
        raise _data_differs(path)
    problems, rows = check_database(database, data_key, keys.page_size)
    if not problems and rows != info.manifest.rows:
        problems = ["the number of rows differs from when it was made"]
    if problems:
        database.unlink(missing_ok=True)
        raise BackupInvalid(
            words("{name} is damaged: {problems}", name=path.name, problems="; ".join(problems[:3]))
        )
    return info, keys_bytes


def verify_backup(path: Path, secret: str, scratch: Path, *, recovery: bool = False) -> BackupInfo:
    """Open a backup with its passphrase (or recovery code) and prove it whole.

    A backup whose manifest has its members' hashes is proved in place: the
    secret unwraps the data key from the backup's key file, and each member,
    read once, hashes to the value recorded when its copy was checked. An
    older backup is unpacked (still encrypted) into the folder ``scratch``,
    checked page by page and row by row, and removed again.
    """
    folder = ensure_private_dir(scratch)
    with _open_archive(path) as archive:
        info, _keys_bytes, keys = _describe(path, archive)
        expected = info.manifest.sha256.get(DATABASE_MEMBER)
        if expected is not None:
            if _quick_sha256(path, archive, keys, secret, recovery) != expected:
                raise _data_differs(path)
            return info
    work = folder / f".verify-{os.getpid()}.rapport"
    work.unlink(missing_ok=True)
    try:
        info, _keys = _unpack(path, work, secret, recovery)
    finally:
        work.unlink(missing_ok=True)
    return info


def _quick_sha256(
    path: Path, archive: zipfile.ZipFile, keys: KeyFile, secret: str, recovery: bool
) -> str:
    """The database member's hash, read beside the key derivation (which takes about as
    long); a wrong secret is said first, as before, and stops the reading."""
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        hashing = pool.submit(_database_sha256, path, archive, None, stop)
        try:
            _data_key(keys, secret, recovery)
        except BaseException:
            stop.set()
            raise
        return hashing.result()


# ---------------------------------------------------------------- rotating


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in ``folder``, newest first, by the moment in their name."""
    found = []
    with contextlib.suppress(FileNotFoundError):
        for path in folder.iterdir():
            match = _AUTOMATIC_NAME.match(path.name)
            if match is None:
                continue
            day = date.fromisoformat(match[1])
            moment = datetime(
                day.year,
                day.month,
                day.day,
                int(match[2]),
                int(match[3]),
                int(match[4]),
                tzinfo=UTC,
            )
            found.append((moment, path))
    return sorted(found, reverse=True)


def rotate(
    folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> RotationReport:
    """Keep the newest automatic backup of each of the last ``keep_daily`` days and of each
    of the last ``keep_weekly`` weeks; remove the other automatic ones (others are left)."""
    report = RotationReport()
    _remove_stale_partials(folder)
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for moment, path in automatic_backups(folder):
        day = moment.date()
        week = day.isocalendar()[:2]
        keep = False
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep = True
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep = True
        if keep:
            report.kept.append(path)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            report.removed.append(path)
    return report


def _remove_stale_partials(folder: Path) -> None:
    """Half-written files of backups that never finished (the computer stopped), once old."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    with contextlib.suppress(FileNotFoundError):
        for path in folder.glob(f".*{SUFFIX}*.partial"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def latest_backup(folders: Iterable[Path], vault_id: str | None = None) -> BackupInfo | None:
    """The newest readable backup in ``folders`` (automatic or not), of the practice
    ``vault_id`` if given; a folder that cannot be read holds none."""
    newest: BackupInfo | None = None
    for folder in folders:
        with contextlib.suppress(OSError):
            for path in folder.glob(f"*{SUFFIX}"):
                try:
                    info = read_backup(path)
                except (BackupInvalid, OSError):
                    continue
                if vault_id is not None and info.manifest.vault_id != vault_id:
                    continue
                if newest is None or info.manifest.made_at > newest.manifest.made_at:
                    newest = info
    return newest


# ---------------------------------------------------------------- restoring


def _live_files(files: VaultFiles) -> list[Path]:
    """Every file that makes up the live practice (the WAL and its index belong to it)."""
    database = files.database
    return [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        files.keys,
        files.keys.with_name(files.keys.name + ".bak"),
    ]


def _restoring(path: Path) -> Path:
    return path.with_name(path.name + RESTORING_SUFFIX)


def restore_backup(
    data_dir: Path, backup: Path, secret: str, now: datetime, *, recovery: bool = False
) -> RestoreReport:
    """Put a backup in place of the practice in ``data_dir`` (which nobody may have open).

    The backup is checked with its own passphrase (or recovery code) before
    anything changes; the practice it replaces is kept in a folder
    ``before-restore-…`` beside it.
    """
    files = VaultFiles(data_dir)
    ensure_private_dir(data_dir)
    lock = InstanceLock(files.lock)
    lock.acquire()
    try:
        finish_interrupted_restore(files)
        current: str | None = None
        if files.keys.exists():
            with contextlib.suppress(RapportError, OSError, ValueError):
                current = KeyFile.from_bytes(files.keys.read_bytes()).vault_id
        database, keys = _restoring(files.database), _restoring(files.keys)
        for leftover in (database, keys):
            leftover.unlink(missing_ok=True)
        try:
            info, keys_bytes = _unpack(backup, database, secret, recovery)
            atomic_write(keys, keys_bytes)
        except BaseException:
            for leftover in (database, keys):
                leftover.unlink(missing_ok=True)
            raise
        aside: Path | None = None
        if any(path.exists() for path in _live_files(files)):
            aside = _free_folder(data_dir / f"before-restore-{now.astimezone(UTC):%Y-%m-%d %H%M%S}")
        journal = {
            "aside": aside.name if aside is not None else None,
            "restored": {
                "file": backup.name,
                "made_at": info.manifest.made_at.isoformat(),
                "kind": info.manifest.kind,
                "at": now.astimezone(UTC).isoformat(timespec="seconds"),
                "kept_aside": aside.name if aside is not None else None,
                "with_recovery_code": recovery,
            },
        }
        atomic_write(data_dir / JOURNAL_NAME, json.dumps(journal).encode())
        fsync_dir(data_dir)
        finish_interrupted_restore(files)
        return RestoreReport(info.manifest, aside, current == info.manifest.vault_id)
    finally:
        lock.release()


def _free_folder(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}-{number}")
        number += 1
    return candidate


def restore_pending(files: VaultFiles) -> bool:
    return (files.data_dir / JOURNAL_NAME).exists()


def finish_interrupted_restore(files: VaultFiles) -> bool:
    """Complete a restore the journal says was started; True if there was one.

    Every step is a rename that can be repeated: the live files go into the
    folder kept aside (those not moved yet), then the unpacked, checked files
    take their place, then the journal goes.
    """
    journal = files.data_dir / JOURNAL_NAME
    try:
        data: dict[str, Any] = json.loads(journal.read_bytes())
    except FileNotFoundError:
        for leftover in (_restoring(files.database), _restoring(files.keys)):
            leftover.unlink(missing_ok=True)  # an unpacking that never reached its journal
        return False
    except ValueError:
        data = {"aside": None}  # a torn journal: atomic_write makes this all but impossible
    database, keys = _restoring(files.database), _restoring(files.keys)
    if database.exists() and keys.exists():
        aside_name = data.get("aside")
        if aside_name:
            aside = ensure_private_dir(files.data_dir / str(aside_name))
            for path in _live_files(files):
                if path.exists():
                    os.replace(path, aside / path.name)
            fsync_dir(aside)
        else:
            for path in _live_files(files):
                path.unlink(missing_ok=True)
        os.replace(keys, files.keys)
        os.replace(database, files.database)
        fsync_dir(files.data_dir)
    if isinstance(data.get("restored"), dict):  # recorded in the audit log at the next unlock
        atomic_write(files.data_dir / RESTORED_NAME, json.dumps(data["restored"]).encode())
    journal.unlink(missing_ok=True)
    fsync_dir(files.data_dir)
    return True
