"""Automatic lock after idle time, measured in wall-clock time so a sleeping laptop counts."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleMonitor(QObject):
    """Watches the application's input; emits ``sig_idle`` after the idle limit."""

    sig_idle = Signal()
    """No activity for the configured time (sleep included)."""

    def __init__(
        self,
        minutes: float,
        clock: Callable[[], float] = time.time,
        check_every_ms: int = 5_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = minutes * 60
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def set_minutes(self, minutes: float) -> None:
        self._limit = minutes * 60

    def start(self) -> None:
        self._last = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._last = self._clock()

    def check(self) -> None:
        if self.running and self._clock() - self._last >= self._limit:
            self.stop()
            self.sig_idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._clock()
        return False
