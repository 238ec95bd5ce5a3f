"""Lock when the computer goes to sleep or its screen locks, where the desktop says so.

On Linux the desktop announces both over D-Bus (logind's ``PrepareForSleep``,
the freedesktop and GNOME screen savers' ``ActiveChanged``). Where no such
announcement exists, the idle timer still locks after the idle time, and time
spent asleep counts towards it.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

# (path, interface, signal, slot). Any sender is accepted: a false "locked"
# announcement can do no harm, because locking is always safe.
SCREEN_SAVERS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
]
LOGIN_MANAGER = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SessionWatch(QObject):
    """Emits ``sig_lock_now`` when the session locks or the computer is about to sleep."""

    sig_lock_now = Signal()
    """The screen locked or the computer is going to sleep."""

    def __init__(
        self,
        parent: QObject | None = None,
        session_bus: Any = None,
        system_bus: Any = None,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        if session_bus is None and system_bus is None and sys.platform.startswith("linux"):
            try:
                from PySide6.QtDBus import QDBusConnection
            except ImportError:
                return
            session_bus, system_bus = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
        if session_bus is not None and session_bus.isConnected():
            for path, interface in SCREEN_SAVERS:
                self._watch(session_bus, path, interface, "ActiveChanged", "on_screen_saver")
        if system_bus is not None and system_bus.isConnected():
            self._watch(system_bus, *LOGIN_MANAGER, "PrepareForSleep", "on_sleep")
        log.info("Session events watched: %s", ", ".join(self.watching) or "none")

    def _watch(self, bus: Any, path: str, interface: str, signal: str, slot: str) -> None:
        # "1" marks a slot in Qt's string-based connection syntax.
        if bus.connect("", path, interface, signal, self, f"1{slot}(bool)"):
            self.watching.append(f"{interface}.{signal}")

    @Slot(bool)
    def on_screen_saver(self, active: bool) -> None:
        if active:
            self.sig_lock_now.emit()

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.sig_lock_now.emit()
