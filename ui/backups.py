"""Automatic backups while the practice is open, and what the screens say about backups.

The keeper makes a checked backup once a day while the practice is unlocked (a
timer looks every half hour) and when the clinician quits, into the practice
folder's ``backups`` and, when one is chosen, into a second folder such as an
external drive. It remembers how the last one went, so that Today and
Settings → Backups can say so. Every backup runs on the task runner and opens
what it needs there; only plain data comes back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, QTimer, Signal

from app import logs
from app.errors import RapportError, VaultDamaged, VaultLocked
from app.practice import get_setting
from app.vault import Vault
from app.vault.backup import (
    BackupInfo,
    automatic_backup,
    automatic_backups,
    latest_backup,
    make_backup,
)
from ui.i18n import tr
from ui.tasks import TaskRunner

log = logging.getLogger("rapport.backups")

CHECK_EVERY_MS = 30 * 60 * 1000
#: The first look comes a minute after unlocking, so that unlocking itself stays quick.
FIRST_CHECK_MS = 60 * 1000
DAILY = timedelta(hours=24)
#: Quitting makes a backup unless one was made this recently.
RECENT_ON_QUIT = timedelta(hours=1)
#: Today warns when the last good backup is this old (or there is none).
WARN_AFTER = timedelta(days=7)
#: Backups in the second folder go into a folder of their own inside it.
SECOND_FOLDER_NAME = "Rapport backups"


@dataclass(frozen=True)
class BackupSettings:
    """How many automatic backups to keep, and the optional second folder."""

    keep_daily: int
    keep_weekly: int
    second_folder: Path | None

    @classmethod
    def read(cls, vault: Vault) -> BackupSettings:
        with vault.session() as session:
            second = str(get_setting(session, "backup.second_folder") or "")
            return cls(
                keep_daily=int(get_setting(session, "backup.keep_daily")),
                keep_weekly=int(get_setting(session, "backup.keep_weekly")),
                second_folder=Path(second) if second else None,
            )

    @property
    def second_target(self) -> Path | None:
        """Where the second copies go: a folder of their own inside the chosen one."""
        return self.second_folder / SECOND_FOLDER_NAME if self.second_folder else None


@dataclass(frozen=True)
class AutomaticOutcome:
    """What one automatic backup did: the copies made, and what went wrong if anything."""

    made: list[BackupInfo] = field(default_factory=list)
    failure: str = ""
    second_warning: str = ""


@dataclass(frozen=True)
class BackupStatus:
    """What Today and Settings → Backups show (plain data, no client data)."""

    known: bool = False
    """The backup folders have been read at least once since unlocking."""
    latest: BackupInfo | None = None
    failure: str = ""
    """Why the last automatic backup failed ("" if it did not)."""
    failed_at: datetime | None = None
    second_folder: Path | None = None
    second_reachable: bool | None = None
    second_warning: str = ""
    """Why the last automatic backup has no copy in the second folder ("" if it has)."""
    running: bool = False

    def warning(self, now: datetime) -> str:
        """Today's warning: a failed backup, none ever, or none for a week ("" if all is well)."""
        if self.failure:
            return tr("The last automatic backup failed. {reason}").format(reason=self.failure)
        if not self.known:
            return ""
        if self.latest is None:
            return tr(
                "Your practice has not been backed up yet. Rapport makes the first backup "
                "by itself in a minute or so; you can also back up now."
            )
        age = now - self.latest.manifest.made_at
        if age >= WARN_AFTER:
            return tr(
                "Your practice has not been backed up for %n day(s) "
                "(the last good backup is from {date}).",
                "",
                age.days,
            ).format(date=when(self.latest.manifest.made_at))
        return ""


@dataclass(frozen=True)
class RestoreRequest:
    """A restore the clinician confirmed, with the backup's own secret."""

    info: BackupInfo
    secret: str = field(repr=False)
    recovery: bool = False


def local_date(day: date, pattern: str) -> str:
    """``day`` written with the Qt date ``pattern``, its names in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: date) -> str:
    """``Friday 15 January 2027``."""
    return local_date(day, tr("dddd d MMMM yyyy", "date format"))


def when(moment: datetime) -> str:
    """``Friday 15 January 2027 at 08:30`` in the computer's local time."""
    local = moment.astimezone()
    return tr("{date} at {time}").format(date=long_date(local), time=f"{local:%H:%M}")


def size_text(size: int) -> str:
    if size < 1_000_000:
        return tr("{amount} kB").format(amount=QLocale().toString(max(1, round(size / 1000))))
    return tr("{amount} MB").format(amount=QLocale().toString(size / 1_000_000, "f", 1))


def error_text(exc: BaseException) -> str:
    """A clinician's sentence for why a backup did not work; unexpected ones go to the log."""
    if isinstance(exc, RapportError):
        return exc.message
    if isinstance(exc, OSError):
        reason = exc.strerror.lower() if exc.strerror else tr("the file could not be written")
        return tr("The backup could not be written ({reason}).").format(reason=reason)
    logs.log_exception(type(exc), exc, exc.__traceback__)
    return tr("An unexpected problem stopped the backup; the details are in the log file.")


def make_automatic_backups(vault: Vault, now: datetime) -> AutomaticOutcome:
    """The automatic backup into the practice folder, then its copy in the second folder.

    A second folder that is missing (a drive not plugged in) or cannot be
    written is a warning: it never stops the first copy. A damaged practice is
    never backed up anywhere.
    """
    settings = BackupSettings.read(vault)
    made: list[BackupInfo] = []
    failure = ""
    try:
        made.append(
            automatic_backup(
                vault, vault.files.backups, now, settings.keep_daily, settings.keep_weekly
            )
        )
    except (VaultDamaged, VaultLocked):
        raise
    except (RapportError, OSError) as exc:
        failure = error_text(exc)
    second_warning = ""
    target = settings.second_target
    if settings.second_folder is not None and target is not None:
        if not settings.second_folder.is_dir():
            second_warning = tr(
                "The second folder {folder} cannot be reached (is the drive "
                "plugged in?), so no copy was made there."
            ).format(folder=settings.second_folder)
        else:
            try:
                target.mkdir(exist_ok=True, mode=0o700)
                made.append(
                    automatic_backup(vault, target, now, settings.keep_daily, settings.keep_weekly)
                )
            except VaultLocked:
                second_warning = tr(
                    "The practice locked while the copy in the second folder was being made; "
                    "the next backup makes it again."
                )
            except (RapportError, OSError) as exc:
                second_warning = tr(
                    "No copy could be made in the second folder {folder}: {reason}"
                ).format(folder=settings.second_folder, reason=error_text(exc))
    return AutomaticOutcome(made, failure, second_warning)


class BackupKeeper(QObject):
    """Makes the automatic backups of the unlocked practice and keeps their status."""

    sig_status_changed = Signal(object)
    """The :class:`BackupStatus` changed (a backup made or failed, the folders read again)."""

    sig_restore_requested = Signal(object)
    """The clinician confirmed a restore (a :class:`RestoreRequest`); the controller does it."""

    def __init__(
        self,
        tasks: TaskRunner,
        clock: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.clock = clock
        self.vault: Vault | None = None
        self.status = BackupStatus()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check)
        # Set while no backup is being written; the lock waits on it before dropping the key.
        self._idle = threading.Event()
        self._idle.set()
        self._waiters: list[Callable[[AutomaticOutcome | None], None]] = []
        self._last_made: datetime | None = None
        self._generation = 0

    # ------------------------------------------------------------ schedule

    def start(self, vault: Vault, *, schedule: bool = True) -> None:
        """Look after ``vault`` (just unlocked): read the folders, then look every half hour."""
        self.vault = vault
        self.status = BackupStatus()
        self._last_made = None
        if schedule:
            self.timer.start()
            self.first_check.start()
        self.refresh()

    def stop(self) -> None:
        """Stop looking (the practice locks); a backup being written still finishes."""
        self.timer.stop()
        self.first_check.stop()
        self.vault = None
        self._generation += 1

    def wait(self, msecs: int) -> bool:
        """Wait until no backup is being written; False if it took longer than ``msecs``."""
        return self._idle.wait(msecs / 1000)

    @property
    def busy(self) -> bool:
        return not self._idle.is_set()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def last_made(self) -> datetime | None:
        """When the newest automatic backup (or one made in this session) was made."""
        if self.vault is None:
            return self._last_made
        found = automatic_backups(self.vault.files.backups)
        newest = found[0][0] if found else None
        if self._last_made is not None and (newest is None or self._last_made > newest):
            return self._last_made
        return newest

    def due(self, within: timedelta) -> bool:
        """True if no backup was made in the last ``within``."""
        last = self.last_made()
        return last is None or self.now() - last >= within

    def check(self) -> bool:
        """The timer's look: make a backup if the last automatic one is a day old or more."""
        if self.vault is None or not self.vault.is_unlocked or self.busy:
            return False
        found = automatic_backups(self.vault.files.backups)
        if found and self.now() - found[0][0] < DAILY:
            return False
        self.back_up()
        return True

    # ------------------------------------------------------------- backing up

    def back_up(self, on_finished: Callable[[AutomaticOutcome | None], None] | None = None) -> None:
        """Make an automatic backup now, or wait for the one being made; then ``on_finished``."""
        if on_finished is not None:
            self._waiters.append(on_finished)
        if self.busy:
            return
        vault = self.vault
        if vault is None or not vault.is_unlocked:
            self._call_waiters(None)
            return
        now = self.now()
        idle = self._idle
        idle.clear()
        self._set(running=True)

        def work() -> AutomaticOutcome:
            try:
                return make_automatic_backups(vault, now)
            finally:
                idle.set()

        self.tasks.run(work, self._made, self._failed)

    def _made(self, outcome: AutomaticOutcome) -> None:
        latest = self.status.latest
        for info in outcome.made:
            if latest is None or info.manifest.made_at >= latest.manifest.made_at:
                latest = info
        if outcome.made:
            self._last_made = outcome.made[0].manifest.made_at
            log.info("Automatic backup made (%d copies)", len(outcome.made))
        if outcome.failure:
            log.warning("Automatic backup failed")
        if outcome.second_warning:
            log.warning("Automatic backup: no copy in the second folder")
        self._set(
            running=False,
            latest=latest,
            known=self.status.known or latest is not None,
            failure=outcome.failure,
            failed_at=self.now() if outcome.failure else None,
            second_warning=outcome.second_warning,
        )
        self._call_waiters(outcome)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):
            # The practice locked while it was being copied: not a failure, the next look retries.
            self._set(running=False)
        else:
            log.warning("Automatic backup failed")
            self._set(running=False, failure=error_text(exc), failed_at=self.now())
        self._call_waiters(None)

    def _call_waiters(self, outcome: AutomaticOutcome | None) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter(outcome)

    def back_up_to(
        self,
        target: Path,
        on_done: Callable[[BackupInfo], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Write a checked backup to ``target``, a file the clinician chose."""
        vault = self.vault
        if vault is None:
            on_error(VaultLocked())
            return
        now = self.now()

        def done(info: BackupInfo) -> None:
            self._last_made = info.manifest.made_at
            latest = self.status.latest
            if latest is None or info.manifest.made_at >= latest.manifest.made_at:
                self._set(latest=info, known=True)
            on_done(info)

        self.tasks.run(lambda: make_backup(vault, target, now, kind="manual"), done, on_error)

    # ---------------------------------------------------------------- status

    def refresh(self) -> None:
        """Read the backup folders again (off the GUI thread): the last good backup, the
        second folder and whether it can be reached now."""
        vault = self.vault
        if vault is None or not vault.is_unlocked:
            return
        self._generation += 1
        generation = self._generation

        def work() -> tuple[BackupInfo | None, Path | None, bool | None]:
            settings = BackupSettings.read(vault)
            folders = [vault.files.backups]
            reachable: bool | None = None
            if settings.second_folder is not None and settings.second_target is not None:
                reachable = settings.second_folder.is_dir()
                if reachable:
                    folders.append(settings.second_target)
            return latest_backup(folders, vault.vault_id), settings.second_folder, reachable

        def done(result: tuple[BackupInfo | None, Path | None, bool | None]) -> None:
            if generation != self._generation:
                return
            latest, second, reachable = result
            self._set(known=True, latest=latest, second_folder=second, second_reachable=reachable)

        def failed(exc: BaseException) -> None:
            # Reading is best-effort (the practice may have locked since); the next look retries.
            if not isinstance(exc, (RapportError, OSError)):
                logs.log_exception(type(exc), exc, exc.__traceback__)

        self.tasks.run(work, done, failed)

    def request_restore(self, request: RestoreRequest) -> None:
        self.sig_restore_requested.emit(request)

    def _set(self, **changes: object) -> None:
        self.status = replace(self.status, **changes)  # type: ignore[arg-type]
        self.sig_status_changed.emit(self.status)
