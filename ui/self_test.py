"""``rapport --self-test``: unlock a demo practice, open every main area once, and quit.

It proves that an installed or frozen Rapport can start its window, find its
resources and migrations, unlock with the real key derivation and build each
screen. It runs only on a demo practice (``rapport-admin demo``), so it never
records a failed unlock against a clinician's real practice, and it prints one
line — never anything read from the practice: on failure the reason and, for an
unexpected error, where the scrubbed report was logged.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__, logs
from app.demo import DEMO_PASSPHRASE
from app.errors import RapportError, VaultNotFound
from app.vault import Vault
from ui.areas import AREA_NAMES as AREAS
from ui.areas import area_title
from ui.controller import Controller

log = logging.getLogger("rapport")

#: The whole self-test, unlock included, must finish within this many seconds.
TIMEOUT_S = 120.0
#: How long one step may wait for the work it started off the GUI thread.
STEP_TIMEOUT_S = 60.0
POLL_MS = 50

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_TIMED_OUT = 2


class _Failed(Exception):
    """A step of the self-test did not go as it should; the message is the reason."""


class SelfTest(QObject):
    """Drives the real controller step by step from the event loop."""

    def __init__(self, app: QApplication, data_dir: Path, log_path: Path | None) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.log_path = log_path
        self.controller: Controller | None = None
        self.step = "starting"
        self.opened: list[str] = []
        self.reason = ""
        self.code = EXIT_OK
        self._started = time.monotonic()
        self._finished = False

    # ----------------------------------------------------------------- run

    def run(self) -> int:
        """Unlock, open every area, lock; the exit code (the reason is printed)."""
        previous = sys.excepthook
        sys.excepthook = self.excepthook
        try:
            return self._run()
        finally:
            sys.excepthook = previous

    def _run(self) -> int:
        try:
            vault = Vault.open(self.data_dir)
        except VaultNotFound:
            return self._report(EXIT_FAILED, f"there is no practice in {self.data_dir}")
        except RapportError as exc:
            return self._report(EXIT_FAILED, f"the practice cannot be opened: {exc.message}")
        if not vault.is_demo:
            vault.close()
            return self._report(
                EXIT_FAILED,
                f"the practice in {self.data_dir} is not a demo practice "
                "(make one with: rapport-admin demo --data-dir FOLDER)",
            )
        self.controller = Controller(self.data_dir, parent=self)
        self.controller.start(vault)
        QTimer.singleShot(0, self._guarded(self._unlock))
        self.app.exec()
        if not self._finished:
            return self._report(EXIT_FAILED, f"Rapport quit by itself while {self.step}")
        return self._report(self.code, self.reason)

    def _report(self, code: int, reason: str) -> int:
        if code == EXIT_OK:
            seconds = time.monotonic() - self._started
            print(
                f"Self-test passed: Rapport {__version__} unlocked the demo practice and opened "
                f"{', '.join(self.opened)} ({seconds:.1f} s).",
                flush=True,
            )
        else:
            one_line = " ".join(reason.splitlines())
            print(f"Self-test failed: {one_line}", file=sys.stderr, flush=True)
        return code

    # --------------------------------------------------------------- steps

    def _unlock(self) -> None:
        self.step = "unlocking"
        window = self._controller().unlock_window
        if window is None:
            raise _Failed("the unlock screen did not open")
        window.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock()
        self._wait_for(self._unlocked, then=lambda: self._open_area(0))

    def _unlocked(self) -> bool:
        controller = self._controller()
        if controller.state == "unlocked":
            return True
        window = controller.unlock_window
        if window is not None and window.unlock_button.isEnabled() and window.message.text():
            raise _Failed("the demo practice did not unlock with the demo passphrase")
        return False

    def _open_area(self, index: int) -> None:
        if index == len(AREAS):
            self._finish(EXIT_OK, "")
            return
        name = AREAS[index]
        self.step = f"opening {name}"
        window = self._controller().main_window
        if window is None:
            raise _Failed("the main window closed")
        window.show_area(name)
        item = window.navigation.currentItem()
        if item is None or item.text() != area_title(name):
            raise _Failed(f"{name} is not in the navigation")
        # Each area's page sits at its row of the navigation once it is built; until
        # then a bare placeholder does.
        page = window.pages.currentWidget()
        if (
            page is None
            or type(page) is QWidget
            or window.pages.currentIndex() != window.navigation.currentRow()
            or not page.isVisible()
        ):
            raise _Failed(f"{name} did not show its page")

        def opened() -> None:
            self._no_dialog()
            self.opened.append(name)
            self._open_area(index + 1)

        self._wait_for(self._settled, then=opened)

    def _settled(self) -> bool:
        self._no_dialog()
        return not self._controller().tasks.is_busy()

    def _no_dialog(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            raise _Failed(f"a window titled {modal.windowTitle()!r} opened while {self.step}")

    # ------------------------------------------------------------ plumbing

    def _controller(self) -> Controller:
        assert self.controller is not None
        return self.controller

    def _wait_for(self, condition: Callable[[], bool], then: Callable[[], None]) -> None:
        """Poll ``condition`` from the event loop; call ``then`` once it holds."""
        deadline = time.monotonic() + STEP_TIMEOUT_S

        def poll() -> None:
            # One more turn of the event loop first, so that what the last step
            # queued (results of work done off the GUI thread) is delivered.
            if condition():
                QTimer.singleShot(POLL_MS, self._guarded(then))
            elif time.monotonic() > deadline:
                raise _Failed(f"{self.step} took more than {STEP_TIMEOUT_S:.0f} s")
            else:
                QTimer.singleShot(POLL_MS, self._guarded(poll))

        QTimer.singleShot(POLL_MS, self._guarded(poll))

    def _guarded(self, step: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            if self._finished:
                return
            try:
                step()
            except _Failed as exc:
                self._finish(EXIT_FAILED, str(exc))
            except Exception:
                self.excepthook(*sys.exc_info())

        return run

    def excepthook(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Any unexpected error fails the self-test; its message is withheld (it may quote data)."""
        assert exc_type is not None
        logs.log_exception(exc_type, exc, tb)
        where = f"; a report without client data is in {self.log_path}" if self.log_path else ""
        self._finish(EXIT_FAILED, f"unexpected {exc_type.__name__} while {self.step}{where}")

    def _finish(self, code: int, reason: str) -> None:
        if self._finished:
            return
        self._finished = True
        self.code, self.reason = code, reason
        controller = self.controller
        if controller is not None:
            try:
                # Locking closes every window, stops the backups and drops the key.
                controller.lock()
                controller.tasks.wait(30_000)
                if controller.vault is not None:
                    controller.vault.close()
                    controller.vault = None
            except Exception as exc:
                logs.log_exception(type(exc), exc, exc.__traceback__)
                if self.code == EXIT_OK:
                    self.code = EXIT_FAILED
                    self.reason = f"unexpected {type(exc).__name__} while closing the practice"
        log.info("Self-test finished with exit code %s", self.code)
        self.app.exit(self.code)


def _watchdog(seconds: float) -> threading.Timer:
    """Ends the process if the self-test hangs (a blocked GUI thread cannot time itself out)."""

    def expire() -> None:
        sys.stderr.write(f"Self-test failed: it did not finish within {seconds:.0f} s\n")
        sys.stderr.flush()
        os._exit(EXIT_TIMED_OUT)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    return timer


def run(app: QApplication, data_dir: Path, log_path: Path | None) -> int:
    """Run the self-test on the demo practice in ``data_dir``; the process's exit code."""
    log.info("Self-test of Rapport %s started", __version__)
    watchdog = _watchdog(TIMEOUT_S)
    watchdog.start()
    try:
        return SelfTest(app, data_dir, log_path).run()
    finally:
        watchdog.cancel()
