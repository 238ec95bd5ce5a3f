"""Copying text for the clinician, and clearing it again when the practice locks."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


class Clipboard:
    """Remembers what Rapport put on the clipboard, so a lock can take it back."""

    def __init__(self) -> None:
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = text

    def clear_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._ours is not None and clipboard.text() == self._ours:
            clipboard.clear()
        self._ours = None
