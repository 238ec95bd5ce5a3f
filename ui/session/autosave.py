"""Saving what is typed, without being asked: never more than two seconds behind.

A save runs one second after the last keystroke, and at least every two
seconds while typing goes on. It also runs when asked (focus lost, lock,
window closed, quit). A save that fails (a full disk) keeps the text in memory,
says so until a save succeeds again, and is retried every two seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

#: Quiet time after the last change before saving.
IDLE_MS = 1000
#: The longest a change waits while typing goes on.
MAX_WAIT_MS = 2000
#: How soon a failed save is tried again.
RETRY_MS = 2000


class Autosaver(QObject):
    sig_saved = Signal(float)
    """A save succeeded: the time it was acknowledged (``time.time()``)."""

    sig_failed = Signal(str)
    """A save failed; the message says why. The text stays in memory and is retried."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.dirty = False
        self.failing = False
        self._first_change: float | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def changed(self) -> None:
        """Something was typed: save soon."""
        self.dirty = True
        self._idle.start()
        if not self._deadline.isActive() and not self.failing:
            self._deadline.start(MAX_WAIT_MS)

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when everything typed is stored."""
        self._idle.stop()
        self._deadline.stop()
        if not self.dirty:
            return True
        try:
            self._save()
        except Exception as exc:  # a full disk, a locked file: keep the text and retry
            self.failing = True
            self._retry.start()
            self.sig_failed.emit(str(exc) or type(exc).__name__)
            return False
        self.dirty = False
        self.failing = False
        self._retry.stop()
        self.sig_saved.emit(time.time())
        return True

    def stop(self) -> None:
        """No more saves (the note was signed, or the window is gone)."""
        for timer in (self._idle, self._deadline, self._retry):
            timer.stop()
        self.dirty = False
