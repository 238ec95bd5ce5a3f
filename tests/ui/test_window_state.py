"""Window sizes and the last area come back, a screen that is gone is ignored, no client is kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from pytestqt.qtbot import QtBot

from app import clients
from app.clients import ClientInput
from app.vault import Vault
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.window_state import WindowState, on_a_screen

CANARIES = ["Zephyrina", "Quillbottom-Canary", "Canary Practice ZQX", "Dr Zebulon Canaryfield"]


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "Rapport.ini"


@pytest.fixture
def window_state(settings_file: Path) -> WindowState:
    """Settings in an INI file of the test's own, never the user's."""
    return WindowState(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def start(
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    window_state: WindowState,
) -> Callable[[], Controller]:
    """Start Rapport on the practice as ui/main.py does, remembering windows in the test's file."""

    def run() -> Controller:
        controller = controller_factory(closed_vault)
        controller.window_state = window_state
        controller.start(Vault.open(closed_vault))
        return controller

    return run


def _quit_and_close(controller: Controller) -> None:
    """What quitting does to the windows, without stopping the test's application."""
    controller.lock()
    assert controller.unlock_window is not None and controller.vault is not None
    controller._remember_unlock_window()
    controller.unlock_window.hide()
    controller.vault.close()
    controller.vault = None


def _main(controller: Controller) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def test_size_place_navigation_and_area_come_back(
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    settings_file: Path,
) -> None:
    first = start()
    type_and_unlock(first, passphrase)
    window = _main(first)
    window.setGeometry(QRect(40, 30, 1000, 700))
    window.splitter.setSizes([260, 740])
    window.show_area("Calendar")
    _quit_and_close(first)
    assert settings_file.exists()

    second = start()
    type_and_unlock(second, passphrase)
    window = _main(second)
    assert window.geometry() == QRect(40, 30, 1000, 700)
    assert window.splitter.sizes()[0] == 260
    assert window.current_area() == "Calendar"
    assert window.pages.currentWidget() is window.calendar


def test_locking_remembers_and_the_next_unlock_restores(
    qtbot: QtBot,
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = start()
    type_and_unlock(controller, passphrase)
    _main(controller).resize(1040, 720)
    _main(controller).show_area("Billing")
    controller.lock()
    type_and_unlock(controller, passphrase)
    assert _main(controller).size() == QSize(1040, 720)
    assert _main(controller).current_area() == "Billing"


def test_a_maximised_window_opens_maximised(
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    window_state: WindowState,
) -> None:
    controller = start()
    type_and_unlock(controller, passphrase)
    _main(controller).setGeometry(QRect(20, 20, 950, 650))
    _main(controller).setWindowState(Qt.WindowState.WindowMaximized)
    _quit_and_close(controller)
    assert window_state.settings.value("mainWindow/maximised") in (True, "true")

    again = start()
    type_and_unlock(again, passphrase)
    assert _main(again).windowState() & Qt.WindowState.WindowMaximized


def test_a_place_on_a_screen_that_is_gone_is_ignored(
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    window_state: WindowState,
) -> None:
    far = QRect(40_000, 30_000, 1000, 700)
    assert not on_a_screen(far)
    window_state.settings.setValue("mainWindow/rect", [far.x(), far.y(), 1000, 700])
    window_state.settings.setValue("unlockWindow/rect", [far.x(), far.y(), 500, 400])
    controller = start()
    assert controller.unlock_window is not None
    assert not controller.unlock_window.geometry().intersects(far)
    type_and_unlock(controller, passphrase)
    assert not _main(controller).geometry().intersects(far)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("mainWindow/rect", "not a rectangle"),
        ("mainWindow/rect", [1, 2, -5, 0]),
        ("mainWindow/navigation", ["wide", "narrow"]),
        ("mainWindow/area", "A client's record"),
    ],
)
def test_damaged_settings_are_ignored(
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    window_state: WindowState,
    key: str,
    value: object,
) -> None:
    window_state.settings.setValue(key, value)
    controller = start()
    type_and_unlock(controller, passphrase)
    assert _main(controller).current_area() == "Today"
    assert _main(controller).isVisible()


def test_the_unlock_screen_keeps_its_own_place(
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    first = start()
    assert first.unlock_window is not None
    first.unlock_window.setGeometry(QRect(60, 50, 520, 460))
    type_and_unlock(first, passphrase)  # the unlock screen is put away and remembered
    _quit_and_close(first)

    second = start()
    assert second.unlock_window is not None
    assert second.unlock_window.geometry() == QRect(60, 50, 520, 460)


def test_browsing_a_client_leaves_no_client_in_settings(
    qtbot: QtBot,
    start: Callable[[], Controller],
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    settings_file: Path,
) -> None:
    controller = start()
    type_and_unlock(controller, passphrase)
    window = _main(controller)
    with window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput("Zephyrina", "Quillbottom-Canary", date(1984, 6, 2)), date.today()
        )
        code = clients.get_client(session, client_id, date.today()).data.code
    window.clients.search.setText("Zephyrina")
    window.open_client(client_id, "Billing")
    assert window.current_area() == "Clients"
    _quit_and_close(controller)

    text = settings_file.read_bytes()
    assert b"Clients" in text  # the area's name is all that is kept
    for needle in [*CANARIES, code, f"={client_id}\n"]:
        assert needle.encode() not in text, needle
