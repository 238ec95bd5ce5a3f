"""The practice vault: one encrypted SQLCipher file, its key slots, and their life cycle.

Create, open (taking the one-instance lock), unlock with a passphrase, the
recovery code or the device slot, lock, change the passphrase, and manage the
optional slots. While locked, the vault holds no key and no engine.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app import audit, migrations
from app.errors import (
    DataFolderMissing,
    DiskFull,
    IntegrityProblem,
    RapportError,
    TooManyAttempts,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.paths import (
    BACKUP_DIR_NAME,
    DATABASE_NAME,
    FAILED_UNLOCKS_NAME,
    KEYFILE_NAME,
    LOCK_NAME,
    RESTORED_NAME,
    atomic_write,
    ensure_private_dir,
)
from app.practice import ProfileInput, save_profile
from app.vault import crypto, device, keyfile
from app.vault.crypto import KdfPolicy
from app.vault.engine import (
    authenticate_pages,
    check_database,
    copy_database_file,
    export_encrypted_copy,
    make_engine,
    open_connection,
    opens_with,
    quick_check,
    refuse_plain_database,
    rekey,
)
from app.vault.instance import InstanceLock
from app.vault.keyfile import DEVICE, NEW_PAGE_SIZE, PASSPHRASE, RECOVERY, KeyFile, KeySlot
from app.words import marked, words

# After this many failures in a row, each further try waits twice as long.
FREE_ATTEMPTS = 3
DAMAGED_NO_BACKUP = marked(
    "The practice file fails its integrity check, so no backup was made and the earlier "
    "backups stay as they are. Restore the latest good backup."
)
MAX_WAIT_SECONDS = 300.0
#: SQLite's result code for a database that cannot grow (the disk or its limit is reached).
SQLITE_FULL = 13
#: A page that does not read back (SQLCipher's authentication failed) or a broken b-tree.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
KEY_CHANGE_INTERRUPTED = marked(
    "A change of the practice's encryption key was interrupted. Unlock with your "
    "passphrase once to finish it."
)


@dataclass(frozen=True)
class VaultFiles:
    """The files of one practice inside its data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def keys(self) -> Path:
        return self.data_dir / KEYFILE_NAME

    @property
    def lock(self) -> Path:
        return self.data_dir / LOCK_NAME

    @property
    def failed_unlocks(self) -> Path:
        return self.data_dir / FAILED_UNLOCKS_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIR_NAME

    @property
    def restored(self) -> Path:
        return self.data_dir / RESTORED_NAME

    def exists(self) -> bool:
        return self.database.exists()


@dataclass(frozen=True)
class Reader:
    """What another process of Rapport's needs to read the practice: its file, key and
    page size (handed over through a pipe, never written anywhere)."""

    database: Path
    key: bytes
    page_size: int


def begin_reading(session: Session) -> None:
    """Begin ``session``'s read of the practice: from here on, until its transaction ends, it
    sees the practice as it is now (see :meth:`Vault.writes_waiting`)."""
    session.execute(text("SELECT count(*) FROM sqlite_master")).one()


@dataclass(frozen=True)
class NewVaultPlan:
    """What a new vault will be, decided before it is written.

    The setup wizard shows (and can print) the recovery code before the vault
    exists, so the id and the code are chosen first.
    """

    vault_id: str
    recovery_code: str

    @classmethod
    def make(cls) -> NewVaultPlan:
        return cls(vault_id=str(uuid.uuid4()), recovery_code=crypto.new_recovery_code())


@dataclass
class UnlockReport:
    """What the clinician should know after unlocking."""

    method: str
    failed_attempts: list[dict[str, str]] = field(default_factory=list)
    audit_entries: int = 0
    audit_broken_at: int | None = None
    upgraded_from: str | None = None
    upgrade_backup: Path | None = None
    #: An interrupted change of the data key was finished at this unlock; the
    #: recovery code made for it was never shown, so a new one is needed.
    key_change_finished: bool = False

    @property
    def must_change_passphrase(self) -> bool:
        return self.method == RECOVERY


class Vault:
    """One practice's vault. Use :meth:`open` or :meth:`create`; call :meth:`close` at the end."""

    def __init__(self, files: VaultFiles, instance_lock: InstanceLock, policy: KdfPolicy) -> None:
        self.files = files
        self.policy = policy
        self._instance_lock = instance_lock
        self._keyfile: KeyFile = keyfile.load(files.keys)
        self._data_key: bytearray | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.last_unlock: UnlockReport | None = None
        #: Connections of checks that a lock stops (:meth:`check_after_unlock`).
        self._interruptible: set[sqlcipher3.Connection] = set()
        self._interrupting = threading.Lock()
        # Held while the data key is replaced or a backup is made, so that the
        # two never overlap; a lock waits for a key change (never for a backup,
        # which it stops); new sessions wait while the key changes.
        self._maintenance = threading.RLock()
        self._key_change = threading.Lock()
        self._quiet = threading.Condition()
        self._rekeying = False
        self._key_change_finished = False

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, data_dir: Path, policy: KdfPolicy | None = None) -> Vault:
        """Take the vault in ``data_dir`` for this process (still locked)."""
        files = VaultFiles(data_dir)
        if not data_dir.is_dir():
            raise DataFolderMissing(
                words("The data folder {folder} does not exist.", folder=data_dir)
            )
        from app.vault.backup import finish_interrupted_restore, restore_pending

        refuse_plain_database(files.database)
        if not files.exists() and not restore_pending(files):
            raise VaultNotFound(words("No practice was found in {folder}.", folder=data_dir))
        lock = InstanceLock(files.lock)
        lock.acquire()
        try:
            finish_interrupted_restore(files)  # a restore stopped halfway is completed first
            return cls(files, lock, policy or KdfPolicy.from_environment())
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create(
        cls,
        data_dir: Path,
        passphrase: str,
        profile: ProfileInput,
        *,
        plan: NewVaultPlan | None = None,
        policy: KdfPolicy | None = None,
        device_unlock: bool = False,
        demo: bool = False,
    ) -> Vault:
        """Create a new vault in ``data_dir`` and return it unlocked.

        Nothing is left behind if creation fails: the files made so far are removed.
        """
        crypto.check_new_passphrase(passphrase)
        clean_profile = profile.cleaned()
        plan = plan or NewVaultPlan.make()
        policy = policy or KdfPolicy.from_environment()
        files = VaultFiles(ensure_private_dir(data_dir))
        refuse_plain_database(files.database)
        if files.exists() or files.keys.exists():
            raise VaultExists(words("A practice already exists in {folder}.", folder=data_dir))
        lock = InstanceLock(files.lock)
        lock.acquire()
        data_key = crypto.new_data_key()
        try:
            slots = [
                _passphrase_slot(passphrase, data_key, plan.vault_id, policy),
                _recovery_slot(plan.recovery_code, data_key, plan.vault_id),
            ]
            keyfile.save(
                files.keys, KeyFile(plan.vault_id, slots, demo=demo, page_size=NEW_PAGE_SIZE)
            )
            vault = cls(files, lock, policy)
            vault._start(data_key)
            with vault.session() as session:
                save_profile(session, clean_profile)
                audit.record(session, "vault_created", "vault", plan.vault_id)
                entries = audit.verify(session).entries
            vault.last_unlock = UnlockReport(method="create", audit_entries=entries)
            if device_unlock:
                vault.enable_device_unlock()
            return vault
        except BaseException:
            _remove_vault_files(files)
            lock.release()
            raise

    # ------------------------------------------------------------------ state

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    @property
    def is_demo(self) -> bool:
        return self._keyfile.demo

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    @property
    def page_size(self) -> int:
        """The database's cipher page size, as its key file says."""
        return self._keyfile.page_size

    @property
    def has_recovery_slot(self) -> bool:
        return self._keyfile.slot(RECOVERY) is not None

    @property
    def has_device_slot(self) -> bool:
        return self._keyfile.slot(DEVICE) is not None

    @property
    def engine(self) -> Engine:
        self._wait_for_key()
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        A database that cannot grow (the disk is full) raises :class:`DiskFull`
        after the rollback: nothing committed before is touched. A page that
        does not read back raises :class:`VaultDamaged`.
        """
        self._wait_for_key()
        if self._sessions is None:
            raise VaultLocked()
        try:
            with self._sessions.begin() as session:
                yield session
        except DatabaseError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", None)
            if code == SQLITE_FULL:
                raise DiskFull() from exc
            if code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
                raise VaultDamaged() from exc
            raise

    @contextlib.contextmanager
    def maintenance(self) -> Iterator[None]:
        """Hold off a change of the data key for the duration, e.g. of a backup."""
        with self._maintenance:
            yield

    def _wait_for_key(self) -> None:
        with self._quiet:
            self._quiet.wait_for(lambda: not self._rekeying)

    def _require_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return bytes(self._data_key)

    # -------------------------------------------------------------- unlocking

    def seconds_until_next_attempt(self, now: datetime | None = None) -> float:
        failures = _read_failures(self.files.failed_unlocks)
        if len(failures) < FREE_ATTEMPTS:
            return 0.0
        wait = min(MAX_WAIT_SECONDS, 2.0 ** (len(failures) - FREE_ATTEMPTS + 1))
        try:
            last = datetime.fromisoformat(failures[-1]["at"])
        except (KeyError, ValueError):
            return wait
        elapsed = ((now or datetime.now(UTC)) - last).total_seconds()
        return max(0.0, wait - max(0.0, elapsed))

    def unlock_with_passphrase(self, passphrase: str, *, check_now: bool = True) -> UnlockReport:
        """Unlock with the passphrase.

        ``check_now=False`` leaves the page-by-page integrity check for
        :meth:`check_after_unlock`, run beside the window (the window's unlock):
        a file about to be upgraded is still checked first.
        """
        slot = self._keyfile.slot(PASSPHRASE)
        if slot is None or slot.argon2 is None:
            raise VaultDamaged(marked("The practice's key file has no passphrase slot."))
        self._check_backoff()
        secret = crypto.normalise_passphrase(passphrase)
        derived: dict[tuple[bytes, crypto.Argon2Params], bytes] = {}

        def wrapping(candidate: KeySlot) -> bytes | None:
            if candidate.argon2 is None:
                return None
            cost = (candidate.salt, candidate.argon2)
            if cost not in derived:  # the .bak copy's slot usually has the same salt
                derived[cost] = crypto.derive_argon2(secret, candidate.salt, candidate.argon2)
            return derived[cost]

        data_key = self._try_unwrap(PASSPHRASE, wrapping, WrongPassphrase)
        data_key = self._settle_key_change(data_key, PASSPHRASE, wrapping)
        report = self._unlock(data_key, PASSPHRASE, check_now)
        slot = self._keyfile.slot(PASSPHRASE)  # the .bak copy's, if that one opened
        if slot is not None and slot.argon2 is not None and not self.policy.accepts(slot.argon2):
            # A slot made under a weaker policy is strengthened at the first unlock.
            self._write_slot(_passphrase_slot(passphrase, data_key, self.vault_id, self.policy))
        return report

    def unlock_with_recovery_code(self, code: str, *, check_now: bool = True) -> UnlockReport:
        """Break-glass unlock; the caller must then have the clinician set a new passphrase."""
        slot = self._keyfile.slot(RECOVERY)
        if slot is None:
            raise VaultDamaged(marked("The practice's key file has no recovery slot."))
        self._check_backoff()
        normalised = crypto.normalise_recovery_code(code)

        def wrapping(candidate: KeySlot) -> bytes:
            return crypto.hkdf(normalised, candidate.salt, crypto.RECOVERY_INFO)

        data_key = self._try_unwrap(RECOVERY, wrapping, WrongRecoveryCode)
        data_key = self._settle_key_change(data_key, RECOVERY, wrapping)
        return self._unlock(data_key, RECOVERY, check_now)

    def unlock_with_device(self, *, check_now: bool = True) -> UnlockReport:
        """Unlock with the key kept in the system keyring; WrongPassphrase if it is gone."""
        slot = self._keyfile.slot(DEVICE)
        key = device.load_device_key(self.vault_id) if slot else None
        if slot is None or key is None:
            raise WrongPassphrase(marked("Unlocking with your computer login is not set up here."))
        try:
            data_key = crypto.unwrap(key, slot.nonce, slot.wrapped_key, self.vault_id, DEVICE)
        except WrongPassphrase:
            raise WrongPassphrase(
                marked("The key in your computer's keyring does not fit.")
            ) from None
        data_key = self._settle_key_change(data_key, DEVICE, lambda _slot: key)
        return self._unlock(data_key, DEVICE, check_now)

    def _check_backoff(self) -> None:
        wait = self.seconds_until_next_attempt()
        if wait > 0:
            raise TooManyAttempts(wait)

    def _try_unwrap(
        self,
        kind: str,
        wrapping: Callable[[KeySlot], bytes | None],
        error: type[WrongPassphrase],
    ) -> bytes:
        """The data key from the ``kind`` slot, or from the ``.bak`` copy's if that one fails.

        A key file can be damaged and still well-formed (one changed letter in a
        wrapped key). When only the copy's slot opens, the copy is adopted and the
        key file rewritten from it, so that no later change spreads the damage.
        """
        candidates = [self._keyfile]
        copy = keyfile.load_backup(self.files.keys)
        if copy is not None and copy != self._keyfile:
            candidates.append(copy)
        for candidate in candidates:
            slot = candidate.slot(kind)
            key = wrapping(slot) if slot is not None else None
            if slot is None or key is None:
                continue
            try:
                data_key = crypto.unwrap(
                    key, slot.nonce, slot.wrapped_key, candidate.vault_id, kind
                )
            except WrongPassphrase:
                continue
            if candidate is not self._keyfile:
                self._replace_keyfile(candidate)
            return data_key
        _append_failure(self.files.failed_unlocks, kind)
        raise error()

    def _settle_key_change(
        self, data_key: bytes, kind: str, wrapping: Callable[[KeySlot], bytes | None]
    ) -> bytes:
        """The key that opens the database, finishing or abandoning an interrupted key change.

        A key file with pending slots means a change of the data key was under
        way. If the old key still opens the database, the change never
        happened and the pending slots are dropped. Otherwise the database was
        re-encrypted: the pending slot of the same kind gives the new key, and
        the pending slots become the slots — less the recovery slot, whose code
        was never shown (the unlock report asks for a new one).
        """
        database = self.files.database
        if not self._keyfile.pending or not database.exists():
            return data_key
        if opens_with(database, data_key, self.page_size):
            self._replace_keyfile(self._keyfile.with_pending([]))
            return data_key
        slot = self._keyfile.pending_slot(kind)
        key = wrapping(slot) if slot is not None else None
        if slot is None or key is None:
            raise VaultDamaged(KEY_CHANGE_INTERRUPTED)
        try:
            new_key = crypto.unwrap(key, slot.nonce, slot.wrapped_key, self.vault_id, kind)
        except WrongPassphrase:
            raise VaultDamaged(KEY_CHANGE_INTERRUPTED) from None
        if not opens_with(database, new_key, self.page_size):
            return data_key  # neither key opens it: the unlock reports the damage
        self._replace_keyfile(self._keyfile.promoted(dropping=(RECOVERY,)))
        self._key_change_finished = True
        return new_key

    def _unlock(self, data_key: bytes, method: str, check_now: bool = True) -> UnlockReport:
        if self.is_unlocked:
            return self.last_unlock or UnlockReport(method=method)
        report = UnlockReport(method=method, key_change_finished=self._key_change_finished)
        self._start(data_key, report, check_now)
        failures = _read_failures(self.files.failed_unlocks)
        restored = _read_restored(self.files.restored)
        try:
            with self.session() as session:
                chain = audit.verify(session)
                report.audit_entries = chain.entries
                report.audit_broken_at = chain.first_broken_id
                for failure in failures:
                    audit.record(session, "unlock_failed", "vault", self.vault_id, failure)
                detail: dict[str, Any] = {"method": method}
                if method == RECOVERY:
                    detail["break_glass"] = True
                if report.upgraded_from:
                    detail["upgraded_from"] = report.upgraded_from
                audit.record(session, "unlock", "vault", self.vault_id, detail)
                if report.key_change_finished:
                    audit.record(
                        session, "data_key_replaced", "vault", self.vault_id, {"finished": True}
                    )
                if restored is not None:
                    audit.record(session, "restore", "vault", self.vault_id, restored)
        except BaseException:
            self.lock()  # an unlock that could not be recorded does not count
            raise
        report.failed_attempts = failures
        self._key_change_finished = False
        for recorded in (self.files.failed_unlocks, self.files.restored):
            with contextlib.suppress(FileNotFoundError):
                recorded.unlink()
        self.last_unlock = report
        return report

    def _start(
        self, data_key: bytes, report: UnlockReport | None = None, check_now: bool = True
    ) -> None:
        """Check the database with the proven key, migrate it, and make the engine.

        Opening it reads its first page and schema (a wrong key or damaged start
        fails there); the rest of the file is checked now, or by
        :meth:`check_after_unlock` when ``check_now`` is false — never later for a
        file about to be upgraded.
        """
        database = self.files.database
        if database.exists():
            conn = open_connection(database, data_key, page_size=self.page_size)
            try:
                check = check_now or not migrations.is_current(conn)
                problems = quick_check(conn) if check else []
            finally:
                conn.close()
            if problems:
                raise VaultDamaged()
        engine = make_engine(database, data_key, self.page_size)
        try:
            fresh = not database.exists()
            with engine.connect():
                pass  # creates the file with the key set
            os.chmod(database, 0o600)

            def backup_first(current: str | None) -> None:
                if not fresh and report is not None:
                    report.upgrade_backup = self._pre_upgrade_backup(engine, data_key, current)

            upgraded = migrations.upgrade_if_needed(engine, backup_first)
            if report is not None and not fresh:
                report.upgraded_from = upgraded
            if upgraded is not None and not fresh:
                _compact_if_mostly_free(engine)
        except BaseException:
            engine.dispose()
            raise
        self._data_key = bytearray(data_key)
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _pre_upgrade_backup(self, engine: Engine, data_key: bytes, current: str | None) -> Path:
        backups = ensure_private_dir(self.files.backups)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"before-upgrade-{current or 'empty'}-{stamp}"
        target = backups / f"{name}.rapport"
        for n in itertools.count(2):  # a retry within the same second keeps the first backup
            if not target.exists() and not target.with_suffix(".keys").exists():
                break
            target = backups / f"{name}-{n}.rapport"
        raw = engine.raw_connection()
        try:
            export_encrypted_copy(raw.driver_connection, target, data_key, self.page_size)
        finally:
            raw.close()
        atomic_write(target.with_suffix(".keys"), self._keyfile.to_bytes())
        return target

    # ---------------------------------------------------------------- locking

    def lock(self) -> None:
        """Drop the key and the engine; the vault stays open for this process.

        A change of the data key under way is let finish first; a backup under
        way fails cleanly (it leaves nothing).
        """
        with self._key_change:
            with self._interrupting:
                for conn in self._interruptible:
                    conn.interrupt()
            if self._engine is not None:
                self._engine.dispose()
            self._engine = None
            self._sessions = None
            self._forget_key()

    def _forget_key(self) -> None:
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
        self._data_key = None

    def close(self) -> None:
        """Lock and release the vault for other processes."""
        self.lock()
        self._instance_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ key slots

    def verify_passphrase(self, passphrase: str) -> bool:
        """True if ``passphrase`` opens this vault's passphrase slot (costs one KDF)."""
        slot = self._keyfile.slot(PASSPHRASE)
        if slot is None or slot.argon2 is None:
            return False
        wrapping = crypto.derive_argon2(
            crypto.normalise_passphrase(passphrase), slot.salt, slot.argon2
        )
        try:
            crypto.unwrap(wrapping, slot.nonce, slot.wrapped_key, self.vault_id, PASSPHRASE)
        except WrongPassphrase:
            return False
        return True

    def change_passphrase(self, current: str, new: str, confirmation: str | None = None) -> None:
        """Replace the passphrase; the old one stops working. The database is not rewritten."""
        crypto.check_new_passphrase(new, confirmation)
        if not self.verify_passphrase(current):
            raise WrongPassphrase(marked("The current passphrase is not right."))
        self.set_passphrase(new, confirmation)

    def set_passphrase(self, new: str, confirmation: str | None = None) -> None:
        """Set a new passphrase on an unlocked vault (after a recovery-code unlock)."""
        crypto.check_new_passphrase(new, confirmation)
        data_key = self._require_key()
        self._write_slot(_passphrase_slot(new, data_key, self.vault_id, self.policy))
        self._audit("passphrase_changed")

    def new_recovery_code(self) -> str:
        """Replace the recovery code; the previous one stops working. Shown once."""
        data_key = self._require_key()
        code = crypto.new_recovery_code()
        self._write_slot(_recovery_slot(code, data_key, self.vault_id))
        self._audit("recovery_code_replaced")
        return code

    def rotate_data_key(self, passphrase: str) -> str:
        """Re-encrypt the whole practice under a new data key; the new recovery code.

        For when the key may have been exposed (a lost backup with its key
        file, a machine that was not ours). The passphrase stays the same; the
        recovery code cannot (its slot can only be remade from the code), so a
        new one is returned, to be shown once. Backups made before keep their
        own key file and still open with the secrets of their day.

        Crash-safe: the new key's slots are written as *pending* first, then
        the database is re-encrypted in one transaction, then the pending slots
        replace the old ones. Killed at any moment, the passphrase opens the
        practice (see :meth:`_settle_key_change`). The change is refused while
        another task holds a connection (a backup or an export).
        """
        if not self.verify_passphrase(passphrase):
            raise WrongPassphrase(marked("The passphrase is not right."))
        with self._maintenance, self._key_change:
            old_key = self._require_key()
            new_key = crypto.new_data_key()
            code = crypto.new_recovery_code()
            pending = [
                _passphrase_slot(passphrase, new_key, self.vault_id, self.policy),
                _recovery_slot(code, new_key, self.vault_id),
            ]
            device_key = device.load_device_key(self.vault_id) if self.has_device_slot else None
            if device_key is not None:
                nonce, wrapped = crypto.wrap(device_key, new_key, self.vault_id, DEVICE)
                pending.append(KeySlot(DEVICE, b"", nonce, wrapped, None, _now_iso()))
            with self._quiet:
                engine = self._engine
                if engine is None:
                    raise VaultLocked()
                if engine.pool.checkedout():  # type: ignore[attr-defined]
                    raise RapportError(
                        marked(
                            "Another task is reading the practice (a backup or an export). "
                            "Try again when it has finished."
                        )
                    )
                self._rekeying = True
            try:
                self._replace_keyfile(self._keyfile.with_pending(pending))
                engine.dispose()
                try:
                    rekey(self.files.database, old_key, new_key, self.page_size)
                except BaseException:
                    # Failed before its commit (a full disk): the old key still
                    # opens and the change is abandoned. After it, it stands.
                    if not opens_with(self.files.database, new_key, self.page_size):
                        if opens_with(self.files.database, old_key, self.page_size):
                            with contextlib.suppress(OSError, RapportError):
                                self._replace_keyfile(self._keyfile.with_pending([]))
                        raise
                self._replace_keyfile(self._keyfile.promoted())
                self._engine = make_engine(self.files.database, new_key, self.page_size)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False)
                self._forget_key()
                self._data_key = bytearray(new_key)
            finally:
                with self._quiet:
                    self._rekeying = False
                    self._quiet.notify_all()
            detail = {"recovery_code_replaced": True, "device_slot": device_key is not None}
            with self.session() as session:
                audit.record(session, "data_key_replaced", "vault", self.vault_id, detail)
            return code

    def enable_device_unlock(self) -> None:
        data_key = self._require_key()
        key = device.store_new_device_key(self.vault_id)
        nonce, wrapped = crypto.wrap(key, data_key, self.vault_id, DEVICE)
        self._write_slot(KeySlot(DEVICE, b"", nonce, wrapped, None, _now_iso()))
        self._audit("device_unlock_enabled")

    def disable_device_unlock(self) -> None:
        self._require_key()
        self._replace_keyfile(self._keyfile.without_slot(DEVICE))
        device.forget_device_key(self.vault_id)
        self._audit("device_unlock_disabled")

    def _write_slot(self, slot: KeySlot) -> None:
        # The new key file (with the new slot) replaces the old one in one rename,
        # so at every instant one complete set of slots opens the vault.
        self._replace_keyfile(self._keyfile.with_slot(slot))

    def _replace_keyfile(self, new: KeyFile) -> None:
        """Write ``new`` to disk, and only then use it (a full disk changes nothing)."""
        keyfile.save(self.files.keys, new)
        self._keyfile = new

    def _audit(self, action: str) -> None:
        with self.session() as session:
            audit.record(session, action, "vault", self.vault_id)

    # ------------------------------------------------------------- checking

    def check_after_unlock(self) -> list[str]:
        """The check an unlock with ``check_now=False`` left: [] when the file is sound.

        Every page's authentication code, then SQLite's quick_check, on a
        read-only connection of its own while the practice is in use (writes go
        to the log meanwhile). A problem means the practice should be locked
        and restored from a backup. Locking stops the check (:class:`VaultLocked`).
        """
        key = self._require_key()
        database = self.files.database
        problems = authenticate_pages(database, key, self.page_size)
        if not problems:
            conn = open_connection(database, key, page_size=self.page_size, read_only=True)
            with self._lock_stops(conn):
                problems = quick_check(conn)
        if self._data_key is None:
            raise VaultLocked()
        return problems

    @contextlib.contextmanager
    def _lock_stops(self, conn: sqlcipher3.Connection) -> Iterator[None]:
        """While this runs, :meth:`lock` interrupts ``conn``; closed at the end."""
        with self._interrupting:
            self._interruptible.add(conn)
        try:
            yield
        finally:
            with self._interrupting:
                self._interruptible.discard(conn)
                conn.close()

    def check_integrity(self) -> list[str]:
        """Full database and audit-chain check; an empty list means all holds."""
        from app.vault.engine import integrity_check

        problems: list[str] = []
        raw = self.engine.raw_connection()
        try:
            problems += integrity_check(raw.driver_connection)
        finally:
            raw.close()
        with self.session() as session:
            chain = audit.verify(session)
        if not chain.ok:
            problems.append(
                words(
                    "The audit log's chain is broken at entry {entry}.",
                    entry=chain.first_broken_id,
                )
            )
        return problems

    # -------------------------------------------------------------- copying

    @property
    def key_file_bytes(self) -> bytes:
        """The key slots as stored: they go with every backup of the data they open."""
        return self._keyfile.to_bytes()

    def export_copy(self, target: Path) -> None:
        """Copy the practice file, still encrypted, to ``target`` (a new file).

        The copy is the practice's own pages at one moment (writers wait for
        the moment it takes); :meth:`check_copy` reads it back.
        """
        key = self._require_key()
        try:
            raw = self.engine.raw_connection()
        except VaultDamaged as exc:
            raise VaultDamaged(DAMAGED_NO_BACKUP) from exc
        try:
            copy_database_file(
                raw.driver_connection, self.files.database, target, key, self.page_size
            )
        except sqlcipher3.DatabaseError as exc:
            raise VaultDamaged(DAMAGED_NO_BACKUP) from exc
        finally:
            raw.close()

    def reader(self) -> Reader:
        return Reader(self.files.database, self._require_key(), self.page_size)

    @contextlib.contextmanager
    def writes_waiting(self) -> Iterator[None]:
        """Hold the practice's write lock: changes being saved wait until this ends (keep it
        short). Readers that begin meanwhile all see the practice at the same moment."""
        raw = self.engine.raw_connection()
        try:
            conn: Any = raw.driver_connection
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            finally:
                conn.execute("ROLLBACK")
        finally:
            raw.close()

    def check_copy(self, path: Path) -> tuple[list[str], dict[str, int]]:
        """Open a copy made by :meth:`export_copy` with this practice's key: problems, counts."""
        return check_database(path, self._require_key(), self.page_size)

    def damaged_pages(self) -> list[str]:
        """SQLCipher's check of every page of the practice file itself; [] when all hold."""
        return authenticate_pages(self.files.database, self._require_key(), self.page_size)

    def require_integrity(self) -> None:
        problems = self.check_integrity()
        if problems:
            # One problem stays translatable; several are joined in English.
            raise IntegrityProblem(problems[0] if len(problems) == 1 else "; ".join(problems))


#: After an upgrade, a file this much free space (a rebuilt table's old pages) is compacted.
COMPACT_FREE_SHARE = 0.1


def _compact_if_mostly_free(engine: Engine) -> None:
    """VACUUM a file an upgrade left with much free space: backups copy the file as it is."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if pages and free / pages > COMPACT_FREE_SHARE:
            conn.commit()  # VACUUM runs outside any transaction
            conn.execute("VACUUM")
    finally:
        raw.close()


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _passphrase_slot(passphrase: str, data_key: bytes, vault_id: str, policy: KdfPolicy) -> KeySlot:
    params = crypto.calibrate(policy)
    salt = os.urandom(crypto.SALT_BYTES)
    wrapping = crypto.derive_argon2(crypto.normalise_passphrase(passphrase), salt, params)
    nonce, wrapped = crypto.wrap(wrapping, data_key, vault_id, PASSPHRASE)
    return KeySlot(PASSPHRASE, salt, nonce, wrapped, params, _now_iso())


def _recovery_slot(code: str, data_key: bytes, vault_id: str) -> KeySlot:
    salt = os.urandom(crypto.SALT_BYTES)
    wrapping = crypto.hkdf(crypto.normalise_recovery_code(code), salt, crypto.RECOVERY_INFO)
    nonce, wrapped = crypto.wrap(wrapping, data_key, vault_id, RECOVERY)
    return KeySlot(RECOVERY, salt, nonce, wrapped, None, _now_iso())


def _read_failures(path: Path) -> list[dict[str, str]]:
    try:
        data = json.loads(path.read_text("utf-8"))
        return [dict(item) for item in data["failures"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _read_restored(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _append_failure(path: Path, method: str) -> None:
    failures = [*_read_failures(path), {"at": _now_iso(), "method": method}][-100:]
    with contextlib.suppress(OSError, RapportError):
        atomic_write(path, json.dumps({"failures": failures}).encode("utf-8"))


def _remove_vault_files(files: VaultFiles) -> None:
    for path in (
        files.database,
        files.database.with_name(files.database.name + "-wal"),
        files.database.with_name(files.database.name + "-shm"),
        files.keys,
        keyfile.backup_path(files.keys),
    ):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
