"""UI fixtures: the real controller and windows over a real vault in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.practice import ProfileInput
from app.vault import Vault
from ui import i18n
from ui.controller import Controller
from ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: QApplication) -> Iterator[None]:
    """The window in English (with its plural forms), whatever this machine's language."""
    i18n.compile_catalogues()
    translators = i18n.install(qapp, QLocale("en_US"))
    yield
    i18n.uninstall(qapp, translators)


class FakeClock:
    """Wall-clock time the test moves forward by hand."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def closed_vault(data_dir: Path, passphrase: str, profile: ProfileInput) -> Path:
    """A practice that exists on disk, not open in this process."""
    Vault.create(data_dir, passphrase, profile).close()
    return data_dir


@pytest.fixture
def controller_factory(qtbot: QtBot, clock: FakeClock) -> Iterator[Callable[[Path], Controller]]:
    made: list[Controller] = []

    def make(data_dir: Path) -> Controller:
        controller = Controller(data_dir, clock=clock)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.tasks.wait(10_000)
        for window in (controller.main_window, controller.unlock_window, controller.wizard):
            if window is not None:
                window.hide()
                window.deleteLater()
        if controller.vault is not None:
            controller.vault.close()


@pytest.fixture
def locked_controller(
    controller_factory: Callable[[Path], Controller], closed_vault: Path
) -> Controller:
    """The unlock screen of an existing practice."""
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    return controller


@pytest.fixture
def type_and_unlock(qtbot: QtBot) -> Callable[[Controller, str], None]:
    """Type a passphrase on the unlock screen, click Unlock, wait until unlocked."""

    def run(controller: Controller, passphrase: str) -> None:
        window = controller.unlock_window
        assert window is not None
        window.passphrase.clear()
        qtbot.keyClicks(window.passphrase, passphrase)
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)

    return run


@pytest.fixture
def main_window(
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> MainWindow:
    """The main window of a practice just unlocked with its passphrase."""
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    assert controller.main_window is not None
    return controller.main_window


@pytest.fixture
def survey_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warnings the session's survey card shows, in order (title: text)."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *args: object) -> None:
        shown.append(f"{title}: {text}")

    monkeypatch.setattr("ui.session.surveys.QMessageBox.warning", record)
    return shown
