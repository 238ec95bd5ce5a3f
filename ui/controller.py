"""The application's states — set-up, locked, unlocked — and the moves between them.

Locking destroys the main window (so no widget holding practice data survives),
disposes the engine and drops the key, clears Rapport's clipboard content, and
shows the unlock screen. Unlocking builds a fresh main window. Quitting makes the
day's backup first (unless one is an hour old or newer); restoring a backup
closes the practice, puts the backup in its place and asks to unlock again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from app import calendar, consent, notes
from app.contact import system_country
from app.errors import RapportError, VaultDamaged, VaultLocked
from app.practice import ProfileInput, get_setting
from app.vault import KdfPolicy, UnlockReport, Vault
from app.vault.backup import RestoreReport, restore_backup
from app.vault.vault import VaultFiles
from ui.backups import (
    RECENT_ON_QUIT,
    AutomaticOutcome,
    BackupKeeper,
    RestoreRequest,
    error_text,
    when,
)
from ui.bus import Bus
from ui.clipboard import Clipboard
from ui.context import AppContext
from ui.i18n import tr
from ui.idle import IdleMonitor
from ui.main_window import MainWindow
from ui.passphrase_dialog import NewPassphraseDialog
from ui.session_watch import SessionWatch
from ui.setup_wizard import SetupWizard
from ui.tasks import TaskRunner
from ui.unlock import UnlockWindow
from ui.window_state import WindowState

log = logging.getLogger("rapport")

#: How long locking waits for a backup being written to finish; after that the lock wins
#: (the backup stops, leaving no file, and the next look makes it again).
BACKUP_WAIT_MS = 10_000


def _default_time_zone() -> str:
    try:
        import tzlocal

        return str(tzlocal.get_localzone_name() or "UTC")
    except Exception:
        return "UTC"


class Controller(QObject):
    sig_state_changed = Signal(str)
    """"setup", "locked", "unlocked", "restoring" (a backup is put in place) or "quitting"."""

    def __init__(
        self,
        data_dir: Path,
        *,
        policy: KdfPolicy | None = None,
        clock: Callable[[], float] = time.time,
        window_state: WindowState | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        #: Where window sizes are remembered; None remembers nothing (tests, the self-test).
        self.window_state = window_state
        self._unlock_geometry_own = True
        self.policy = policy
        self.tasks = TaskRunner(self)
        self.bus = Bus(self)
        self.clipboard = Clipboard()
        self.clock = clock
        self.vault: Vault | None = None
        self.ctx: AppContext | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.idle: IdleMonitor | None = None
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self.session_watch = SessionWatch(self)
        self.session_watch.sig_lock_now.connect(self.lock)
        self.backups = BackupKeeper(self.tasks, clock, self)
        self.backups.sig_restore_requested.connect(self.restore)
        self.quit_progress: QProgressDialog | None = None
        self.restore_progress: QProgressDialog | None = None
        self.restore_notice: QMessageBox | None = None
        self.state = ""

    # ---------------------------------------------------------------- start

    def start(self, vault: Vault | None) -> None:
        """Show set-up for a new practice, or the unlock screen for ``vault``."""
        if vault is None:
            self._show_setup()
        else:
            self.vault = vault
            self._show_unlock()
            if vault.has_device_slot and self.unlock_window is not None:
                self.unlock_window.unlock_with_device()

    def _show_setup(self) -> None:
        default = ProfileInput(
            practice_name="",
            clinician_name="",
            country=system_country(),
            time_zone=_default_time_zone(),
        )
        self.wizard = SetupWizard(self.data_dir, self.tasks, default, self.policy)
        self.wizard.finished.connect(self._setup_finished)
        self.wizard.sig_restore_requested.connect(self._restore_instead_of_setup)
        self.wizard.show()
        self._set_state("setup")

    def _restore_instead_of_setup(self, request: RestoreRequest) -> None:
        """Set-up gives way to a backup restored into the empty data folder."""
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        geometry = wizard.geometry()
        wizard.finished.disconnect(self._setup_finished)
        wizard.close()
        wizard.deleteLater()
        self._run_restore(request, geometry)

    def _setup_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        if result != QDialog.DialogCode.Accepted or wizard.vault is None:
            QApplication.quit()
            return
        self.vault = wizard.vault
        report = wizard.vault.last_unlock or UnlockReport(method="create")
        self._show_main(report)

    # --------------------------------------------------------------- unlock

    def _show_unlock(self, geometry: QRect | None = None) -> None:
        assert self.vault is not None
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.vault, self.tasks)
            self.unlock_window.sig_unlocked.connect(self._unlocked)
            self.unlock_window.sig_quit_requested.connect(self.quit)
            self.unlock_window.sig_restore_requested.connect(self.restore)
            if self.window_state is not None and geometry is None:
                self.window_state.restore_unlock(self.unlock_window)
        self.unlock_window.reset()
        # Put where the closed window was, it has that window's size: not its own to remember.
        self._unlock_geometry_own = geometry is None
        if geometry is not None:
            self.unlock_window.setGeometry(geometry)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        self._set_state("locked")

    def _unlocked(self, report: UnlockReport) -> None:
        assert self.vault is not None
        if not report.must_change_passphrase:
            self._show_main(report)
            return
        # After a break-glass unlock the forgotten passphrase must be replaced first.
        dialog = NewPassphraseDialog(
            self.vault, self.tasks, require_current=False, parent=self.unlock_window
        )
        self.passphrase_dialog = dialog

        def finished(result: int) -> None:
            self.passphrase_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._show_main(report)
            elif self.vault is not None:
                self.vault.lock()
                self._show_unlock()

        dialog.finished.connect(finished)
        dialog.open()

    # ----------------------------------------------------------------- main

    def _show_main(self, report: UnlockReport) -> None:
        assert self.vault is not None
        try:
            with self.vault.session() as session:
                # Installed on first use: the services first (the consent form quotes their fees).
                calendar.ensure_default_services(session)
                consent.ensure_default_templates(session)
                notes.ensure_builtin_templates(session)
        except VaultDamaged as exc:  # a page the unlock did not read does not read back
            self.vault.lock()
            if self.unlock_window is not None:
                self.unlock_window.show_damage(exc)
            return
        self.ctx = AppContext(
            self.vault, self.bus, self.tasks, clock=self.clock, backups=self.backups
        )
        self.backups.start(self.vault)
        self.main_window = MainWindow(self.ctx, report)
        self.main_window.sig_lock_requested.connect(self.lock)
        self.main_window.sig_quit_requested.connect(self.quit)
        self.main_window.today.sig_show_backups.connect(self.show_backups)
        if self.window_state is not None:
            self.window_state.restore_main(self.main_window)
        self.main_window.show()
        if self.unlock_window is not None:
            self._remember_unlock_window()
            self.unlock_window.hide()
        self._start_idle_monitor()
        self._set_state("unlocked")
        self._check_after_unlock()

    def _check_after_unlock(self) -> None:
        """The unlock opened the file without reading every page: that check runs now, beside
        the window. A damaged practice is locked, and the unlock screen offers a backup."""
        vault = self.vault
        assert vault is not None

        def checked(problems: list[str]) -> None:
            if not problems or self.vault is not vault or self.state != "unlocked":
                return
            log.error("The practice file failed its integrity check after unlock")
            self.lock()
            if self.unlock_window is not None:
                self.unlock_window.show_damage(VaultDamaged())

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, VaultLocked):  # a lock stops the check: nothing to say
                log.warning("The integrity check after unlock stopped: %s", type(exc).__name__)

        self.tasks.run_quietly(vault.check_after_unlock, checked, failed)

    def _start_idle_monitor(self) -> None:
        assert self.vault is not None
        with self.vault.session() as session:
            minutes = float(get_setting(session, "security.auto_lock_minutes"))
        if self.idle is None:
            self.idle = IdleMonitor(minutes, clock=self.clock, parent=self)
            self.idle.sig_idle.connect(self.lock)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
            self.bus.sig_changed.connect(self._settings_changed)
        self.idle.set_minutes(minutes)
        self.idle.start()

    def show_backups(self) -> None:
        """Settings → Backups (from Today's backup warning)."""
        if self.main_window is not None:
            self.main_window.show_area("Settings")
            self.main_window.settings.show_tab("backups")

    def _settings_changed(self, _changed: object) -> None:
        if self.idle is not None and self.vault is not None and self.vault.is_unlocked:
            with self.vault.session() as session:
                self.idle.set_minutes(float(get_setting(session, "security.auto_lock_minutes")))

    # ----------------------------------------------------------------- lock

    def lock(self) -> None:
        """Lock now: save what is being typed, close every data window, drop the key."""
        if self.vault is None or self.state != "unlocked":
            return
        self.bus.sig_about_to_lock.emit()
        if self.idle is not None:
            self.idle.stop()
        geometry = self.main_window.geometry() if self.main_window is not None else None
        self._close_data_windows()
        self.clipboard.clear_ours()
        self.ctx = None
        self._stop_backups()
        self.vault.lock()
        self._show_unlock(geometry)

    def _stop_backups(self) -> None:
        """No new backup; one being written is finished before the key is dropped."""
        self.backups.stop()
        if self.backups.busy and not self.backups.wait(BACKUP_WAIT_MS):
            log.warning("A backup was still being written when the practice was closed")

    def _remember_unlock_window(self) -> None:
        window = self.unlock_window
        if (
            self.window_state is not None
            and window is not None
            and window.isVisible()
            and self._unlock_geometry_own
        ):
            self.window_state.save_unlock(window)

    def _close_data_windows(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None and self.window_state is not None:
            self.window_state.save_main(window)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if widget is not self.unlock_window and widget is not window and widget.isVisible():
                    if isinstance(widget, QDialog):
                        widget.reject()
                    widget.hide()
        if window is not None:
            window.sig_quit_requested.disconnect(self.quit)
            window.hide()
            window.deleteLater()

    def data_windows(self) -> list[QWidget]:
        """Visible top-level windows other than the unlock screen (for tests)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return []
        return [w for w in app.topLevelWidgets() if w.isVisible() and w is not self.unlock_window]

    # ----------------------------------------------------------------- quit

    def quit(self) -> None:
        """Quit; the day's backup is made first unless one was made in the last hour."""
        if self.state == "quitting":
            return
        if self.state == "unlocked":
            self.bus.sig_about_to_lock.emit()
            if self.backups.due(RECENT_ON_QUIT) or self.backups.busy:
                self._back_up_then_quit()
                return
        self._finish_quit()

    def _back_up_then_quit(self) -> None:
        """Close every window, then make the backup with a small progress window (Skip)."""
        if self.idle is not None:
            self.idle.stop()
        self._close_data_windows()
        self._set_state("quitting")
        progress = QProgressDialog(tr("Making today's backup…"), tr("&Skip"), 0, 0)
        progress.setWindowTitle(tr("Rapport"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(360)
        progress.canceled.connect(self._skip_quit_backup)
        self.quit_progress = progress
        progress.show()
        self.backups.back_up(self._quit_backup_finished)

    def _skip_quit_backup(self) -> None:
        if self.quit_progress is None:
            return
        log.info("The backup on quitting was skipped")
        self._finish_quit(skipped=True)

    def _quit_backup_finished(self, outcome: AutomaticOutcome | None) -> None:
        if self.quit_progress is None:
            return  # skipped: Rapport is closing already
        if outcome is None or (outcome.failure and not outcome.made):
            # The clinician is told at once: quitting goes on, the practice is as it was.
            failure = self.backups.status.failure or tr("The backup could not be made.")
            QMessageBox.warning(
                self.quit_progress,
                tr("No backup was made"),
                tr(
                    "{reason}\n\nYour practice is saved as it was; Rapport will try again the "
                    "next time it is open."
                ).format(reason=failure),
            )
        self._finish_quit()

    def _finish_quit(self, *, skipped: bool = False) -> None:
        self._remember_unlock_window()
        progress, self.quit_progress = self.quit_progress, None
        if progress is not None:
            progress.canceled.disconnect(self._skip_quit_backup)
            progress.hide()
            progress.deleteLater()
        self._close_data_windows()
        self.backups.stop()
        if skipped and self.vault is not None:
            # Without the key the backup being made stops at its next step (and leaves no file).
            self.vault.close()
            self.vault = None
        self.tasks.wait(30_000)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        QApplication.quit()

    # -------------------------------------------------------------- restore

    def restore(self, request: RestoreRequest) -> None:
        """Close the practice, put the checked backup in its place, and ask to unlock again.

        Any failure leaves the practice as it was (the core swaps the files only
        once the backup is unpacked and checked) and says why.
        """
        if self.vault is None or self.state not in ("unlocked", "locked"):
            return  # a locked practice is restored from the unlock screen (a damaged file)
        if self.state == "unlocked":
            self.bus.sig_about_to_lock.emit()
            if self.idle is not None:
                self.idle.stop()
        window = self.main_window or self.unlock_window
        geometry = window.geometry() if window is not None else None
        self._close_data_windows()
        self.clipboard.clear_ours()
        self.ctx = None
        self._stop_backups()
        self.vault.close()
        self.vault = None
        self._run_restore(request, geometry)

    def _run_restore(self, request: RestoreRequest, geometry: QRect | None) -> None:
        """Put the backup in place (off the GUI thread), then ask to unlock it."""
        self._set_state("restoring")
        progress = QProgressDialog(
            tr("Restoring the backup: checking it once more, then putting it in place…"), "", 0, 0
        )
        progress.setWindowTitle(tr("Rapport — restoring"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setMinimumWidth(420)
        progress.show()
        self.restore_progress = progress
        data_dir = self.data_dir
        now = datetime.fromtimestamp(self.clock(), UTC)
        path, secret, recovery = request.info.path, request.secret, request.recovery
        log.info("Restoring a backup")

        def work() -> RestoreReport:
            return restore_backup(data_dir, path, secret, now, recovery=recovery)

        self.tasks.run(
            work,
            lambda report: self._restore_finished(report, None, geometry),
            lambda exc: self._restore_finished(None, exc, geometry),
        )

    def _restore_finished(
        self, report: RestoreReport | None, error: BaseException | None, geometry: QRect | None
    ) -> None:
        progress, self.restore_progress = self.restore_progress, None
        if progress is not None:
            progress.hide()
            progress.deleteLater()
        if error is not None and not VaultFiles(self.data_dir).exists():
            # Nothing was restored into an empty folder: back to setting up, saying why.
            reason = error.message if isinstance(error, RapportError) else error_text(error)
            QMessageBox.warning(
                None,
                tr("Restore"),
                tr("The backup was not restored. {reason}").format(reason=reason),
            )
            self._show_setup()
            return
        try:
            vault = Vault.open(self.data_dir, self.policy)
        except RapportError as exc:
            QMessageBox.critical(None, tr("Rapport cannot open the practice"), exc.message)
            QApplication.quit()
            return
        old, self.unlock_window = self.unlock_window, None
        if old is not None:
            old.hide()
            old.deleteLater()
        self.vault = vault
        self._show_unlock(geometry)
        box = QMessageBox(self.unlock_window)
        box.setWindowTitle(tr("Restore"))
        if report is not None:
            log.info("A backup was restored")
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                tr("The backup of {date} is restored.").format(date=when(report.manifest.made_at))
            )
            lines = [tr("Unlock it with the passphrase it had when the backup was made.")]
            if report.kept_aside is not None:
                lines.append(
                    tr("The practice it replaced is kept, unchanged, in {folder}.").format(
                        folder=report.kept_aside
                    )
                )
            if not report.same_practice and report.kept_aside is not None:
                lines.append(tr("The backup is of another practice than the one it replaced."))
            box.setInformativeText("\n\n".join(lines))
        else:
            log.warning("A restore did not complete")
            assert error is not None
            reason = error.message if isinstance(error, RapportError) else error_text(error)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(tr("The backup was not restored."))
            box.setInformativeText(
                tr("{reason}\n\nYour practice is as it was. Unlock it to go on.").format(
                    reason=reason
                )
            )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "restore_notice", None))
        self.restore_notice = box
        box.open()

    # ------------------------------------------------------- second start

    def current_window(self) -> QWidget | None:
        """The window of the present state: set-up, unlock, main, or a progress window."""
        windows: dict[str, QWidget | None] = {
            "setup": self.wizard,
            "locked": self.unlock_window,
            "unlocked": self.main_window,
            "quitting": self.quit_progress,
            "restoring": self.restore_progress,
        }
        return windows.get(self.state)

    def bring_forward(self) -> None:
        """Rapport was started again for this practice: show the window already open."""
        window = self.current_window()
        if window is None:
            return
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        app = QApplication.instance()
        modal = app.activeModalWidget() if isinstance(app, QApplication) else None
        if modal is not None and modal is not window:
            modal.raise_()
            modal.activateWindow()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.sig_state_changed.emit(state)
