"""The application's states — set-up, locked, unlocked — and the moves between them.

Locking destroys the main window (so no widget holding practice data survives),
disposes the engine and drops the key, clears Rapport's clipboard content, and
shows the unlock screen. Unlocking builds a fresh main window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app import calendar, consent, notes
from app.contact import system_country
from app.practice import ProfileInput, get_setting
from app.vault import KdfPolicy, UnlockReport, Vault
from ui.bus import Bus
from ui.clipboard import Clipboard
from ui.context import AppContext
from ui.idle import IdleMonitor
from ui.main_window import MainWindow
from ui.passphrase_dialog import NewPassphraseDialog
from ui.session_watch import SessionWatch
from ui.setup_wizard import SetupWizard
from ui.tasks import TaskRunner
from ui.unlock import UnlockWindow


def _default_time_zone() -> str:
    try:
        import tzlocal

        return str(tzlocal.get_localzone_name() or "UTC")
    except Exception:
        return "UTC"


class Controller(QObject):
    sig_state_changed = Signal(str)
    """"setup", "locked" or "unlocked"."""

    def __init__(
        self,
        data_dir: Path,
        *,
        policy: KdfPolicy | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
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
        self.wizard.show()
        self._set_state("setup")

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
        self.unlock_window.reset()
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
        with self.vault.session() as session:
            # Installed on first use: the services first (the consent form quotes their fees).
            calendar.ensure_default_services(session)
            consent.ensure_default_templates(session)
            notes.ensure_builtin_templates(session)
        self.ctx = AppContext(self.vault, self.bus, self.tasks, clock=self.clock)
        self.main_window = MainWindow(self.ctx, report)
        self.main_window.sig_lock_requested.connect(self.lock)
        self.main_window.sig_quit_requested.connect(self.quit)
        self.main_window.show()
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self._start_idle_monitor()
        self._set_state("unlocked")

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
        self.vault.lock()
        self._show_unlock(geometry)

    def _close_data_windows(self) -> None:
        window, self.main_window = self.main_window, None
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
        if self.state == "unlocked":
            self.bus.sig_about_to_lock.emit()
        self._close_data_windows()
        self.tasks.wait(30_000)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        QApplication.quit()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.sig_state_changed.emit(state)
