"""Window sizes and the last area shown, remembered in QSettings — never anything about a client.

Only plain layout values are written: rectangles, a maximised flag, the
navigation's width and the *name* of an area from the fixed list ("Calendar").
Nothing that could say who the clinician sees (no ids, names, searches or paths)
goes into settings, which are a plain file outside the encrypted practice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow

#: How much of a saved window must lie on a screen for the place to be used again
#: (enough to grab its title bar); a window off every screen opens where Qt puts it.
MIN_VISIBLE = 48

_MAIN = "mainWindow"
_UNLOCK = "unlockWindow"


def _rect_values(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _as_rect(value: object) -> QRect | None:
    """The rectangle saved as four whole numbers, or None for anything else."""
    if not isinstance(value, Sequence) or isinstance(value, str | bytes) or len(value) != 4:
        return None
    try:
        x, y, width, height = (int(part) for part in value)
    except (TypeError, ValueError):
        return None
    if width <= 0 or height <= 0:
        return None
    return QRect(x, y, width, height)


def _as_ints(value: object) -> list[int]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        return []
    try:
        return [int(part) for part in value]
    except (TypeError, ValueError):
        return []


def on_a_screen(rect: QRect) -> bool:
    """Whether enough of ``rect`` lies on one of the screens available now."""
    for screen in QGuiApplication.screens():
        shared = screen.availableGeometry().intersected(rect)
        if shared.width() >= MIN_VISIBLE and shared.height() >= MIN_VISIBLE:
            return True
    return False


class WindowState:
    """Saves and restores the main window's and the unlock screen's layout."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # ---------------------------------------------------------------- main

    def save_main(self, window: MainWindow) -> None:
        s = self.settings
        s.beginGroup(_MAIN)
        maximised = window.isMaximized()
        # The size it goes back to when un-maximised, not the whole screen.
        rect = window.normalGeometry() if maximised else window.geometry()
        s.setValue("rect", _rect_values(rect))
        s.setValue("maximised", maximised)
        s.setValue("navigation", window.splitter.sizes())
        s.setValue("area", window.current_area())
        s.endGroup()
        s.sync()

    def restore_main(self, window: MainWindow) -> None:
        """Put the window back as it was; call before it is shown."""
        s = self.settings
        s.beginGroup(_MAIN)
        rect = _as_rect(s.value("rect"))
        maximised = str(s.value("maximised", "false")).lower() == "true"
        sizes = _as_ints(s.value("navigation"))
        area = s.value("area", "")
        s.endGroup()
        if rect is not None and on_a_screen(rect):
            window.setGeometry(rect)
        if maximised:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        if len(sizes) == window.splitter.count() and all(size > 0 for size in sizes):
            window.splitter.setSizes(sizes)
        if isinstance(area, str) and area in window.area_names():
            window.show_area(area)

    # -------------------------------------------------------------- unlock

    def save_unlock(self, window: QWidget) -> None:
        self.settings.setValue(f"{_UNLOCK}/rect", _rect_values(window.geometry()))
        self.settings.sync()

    def restore_unlock(self, window: QWidget) -> None:
        rect = _as_rect(self.settings.value(f"{_UNLOCK}/rect"))
        if rect is not None and on_a_screen(rect):
            window.setGeometry(rect)
