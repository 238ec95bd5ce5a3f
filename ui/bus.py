"""The one place views learn that something changed, or that the vault is about to lock."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.changes import Changed


class Bus(QObject):
    sig_changed = Signal(object)
    """Emitted with the :class:`Changed` flags a service call returned."""

    sig_about_to_lock = Signal()
    """Emitted before locking: anything being typed must be saved now."""

    def publish(self, changed: Changed) -> None:
        if changed:
            self.sig_changed.emit(changed)
