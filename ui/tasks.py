"""The one way to run slow work (key derivation, PDFs, backups) off the GUI thread.

A task is a plain function run on Qt's thread pool; its plain-data result, or
its error, comes back to the GUI thread through a signal. Live ORM objects
never cross threads.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals reach its slots queued."""

    sig_done = Signal(object)
    """The task's return value."""

    sig_failed = Signal(object)
    """The exception the task raised."""

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_finish: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_finish = on_finish
        self.sig_done.connect(self._done)
        self.sig_failed.connect(self._failed)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._on_finish(self)
        self._on_done(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._on_finish(self)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure is reported back, never lost
            self._relay.sig_failed.emit(exc)
        else:
            self._relay.sig_done.emit(result)


class MainThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Left to itself, the collector runs in whichever thread happens to allocate;
    in a worker thread it may then destroy a Qt widget, which Qt allows only on
    the GUI thread, and the process crashes. So automatic collection is turned
    off and this timer collects on the GUI thread instead.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self._thresholds[0]:
            gc.collect(0)
            if second > self._thresholds[1]:
                gc.collect(1)
                if third > self._thresholds[2]:
                    gc.collect(2)


def install_main_thread_collector() -> None:
    """Collect garbage only on the GUI thread, for as long as the application runs."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(MainThreadCollector) is None:
        MainThreadCollector(app)


class TaskRunner(QObject):
    """Runs functions on a thread pool and calls back on the GUI thread."""

    sig_busy_changed = Signal(bool)
    """True while at least one task runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        install_main_thread_collector()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        # Long checks nobody waits for: a thread of their own, never shown as busy.
        self._quiet_pool = QThreadPool(self)
        self._quiet_pool.setMaxThreadCount(1)
        self._quiet: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay(on_done, on_error, self._finish)
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.sig_busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    def run_quietly(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Like :meth:`run`, for work the clinician does not wait for: not busy, not queued
        before what they do wait for."""
        relay = _Relay(on_done, on_error, self._finish_quiet)
        self._quiet.add(relay)
        self._quiet_pool.start(_Task(fn, relay))

    def _finish_quiet(self, relay: _Relay) -> None:
        self._quiet.discard(relay)
        relay.deleteLater()

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.sig_busy_changed.emit(False)

    def is_busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every task, quiet ones too (-1: as long as it takes)."""
        return bool(self._pool.waitForDone(msecs)) and bool(self._quiet_pool.waitForDone(msecs))
