"""The unlock screen, locking with Ctrl+L, and the automatic lock after idle time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.practice import ProfileInput
from app.vault import NewVaultPlan, Vault
from ui.controller import Controller

from .conftest import FakeClock


def _visible_data_windows(controller: Controller) -> list[str]:
    return [type(w).__name__ for w in controller.data_windows()]


def test_wrong_passphrase_says_so_and_the_right_one_opens(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    window = locked_controller.unlock_window
    assert window is not None and window.isVisible()
    assert locked_controller.main_window is None
    qtbot.keyClicks(window.passphrase, "not my passphrase at all")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in window.message.text(), timeout=10_000)
    assert locked_controller.state == "locked"
    assert not window.demo_hint.isVisible()

    type_and_unlock(locked_controller, passphrase)
    assert locked_controller.main_window is not None
    assert locked_controller.main_window.isVisible()
    assert not window.isVisible()
    assert window.passphrase.text() == ""  # nothing typed is kept


def test_repeated_failures_make_the_screen_wait(
    qtbot: QtBot, locked_controller: Controller
) -> None:
    window = locked_controller.unlock_window
    assert window is not None
    for attempt in range(3):
        window.passphrase.setText(f"wrong passphrase {attempt}")
        window.unlock()
        qtbot.waitUntil(lambda: not window._busy, timeout=10_000)
    assert "try again in" in window.message.text()
    assert not window.unlock_button.isEnabled()
    assert not window.passphrase.isEnabled()


def test_ctrl_l_locks_and_every_data_widget_is_gone(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = locked_controller
    type_and_unlock(controller, passphrase)
    main = controller.main_window
    assert main is not None
    today = main.today
    QApplication.clipboard().setText("")
    controller.clipboard.copy("(619) 555-0142")

    main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.state == "locked")
    QApplication.sendPostedEvents(None, 0)  # run deferred deletes
    QApplication.processEvents()

    assert not shiboken6.isValid(main) and not shiboken6.isValid(today)
    assert _visible_data_windows(controller) == []
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    assert controller.vault is not None and not controller.vault.is_unlocked
    assert QApplication.clipboard().text() == ""

    type_and_unlock(controller, passphrase)
    assert controller.main_window is not None and controller.main_window.isVisible()


def test_the_menu_entry_locks_too(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    type_and_unlock(locked_controller, passphrase)
    assert locked_controller.main_window is not None
    locked_controller.main_window.lock_action.trigger()
    assert locked_controller.state == "locked"


def test_idle_time_locks_but_activity_postpones_it(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    clock: FakeClock,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = locked_controller
    type_and_unlock(controller, passphrase)
    idle = controller.idle
    assert idle is not None and idle.running

    clock.advance(9)
    idle.check()
    assert controller.state == "unlocked"
    assert controller.main_window is not None
    qtbot.keyClick(controller.main_window, Qt.Key.Key_Shift)  # the clinician is still there
    clock.advance(9)
    idle.check()
    assert controller.state == "unlocked"

    clock.advance(10.5)  # e.g. the laptop slept: wall-clock time counts
    idle.check()
    assert controller.state == "locked"
    assert _visible_data_windows(controller) == []


def test_auto_lock_follows_the_setting(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    clock: FakeClock,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = locked_controller
    type_and_unlock(controller, passphrase)
    assert controller.main_window is not None
    security = controller.main_window.settings.security
    security.auto_lock.setCurrentIndex(security.auto_lock.findData(2))
    assert controller.vault is not None
    clock.advance(2.1)
    assert controller.idle is not None
    controller.idle.check()
    assert controller.state == "locked"


def test_recovery_code_unlock_forces_a_new_passphrase(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    data_dir: Path,
    passphrase: str,
    profile: ProfileInput,
) -> None:
    plan = NewVaultPlan.make()
    Vault.create(data_dir, passphrase, profile, plan=plan).close()
    controller = controller_factory(data_dir)
    controller.start(Vault.open(data_dir))
    window = controller.unlock_window
    assert window is not None
    qtbot.mouseClick(window.forgot_button, Qt.MouseButton.LeftButton)
    assert window.in_recovery_mode
    qtbot.keyClicks(window.recovery_code, plan.recovery_code.lower().replace("-", " "))
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.passphrase_dialog is not None, timeout=10_000)
    dialog = controller.passphrase_dialog
    assert dialog is not None
    assert controller.main_window is None  # nothing shown before a new passphrase is set

    new = "a brand new passphrase 2026"
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.confirmation, new)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=10_000)

    controller.lock()
    assert controller.vault is not None
    assert controller.vault.verify_passphrase(new)
    assert not controller.vault.verify_passphrase(passphrase)


def test_declining_a_new_passphrase_after_recovery_locks_again(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    data_dir: Path,
    passphrase: str,
    profile: ProfileInput,
) -> None:
    plan = NewVaultPlan.make()
    Vault.create(data_dir, passphrase, profile, plan=plan).close()
    controller = controller_factory(data_dir)
    controller.start(Vault.open(data_dir))
    window = controller.unlock_window
    assert window is not None
    window.show_mode(recovery=True)
    window.recovery_code.setText(plan.recovery_code)
    window.unlock()
    qtbot.waitUntil(lambda: controller.passphrase_dialog is not None, timeout=10_000)
    assert controller.passphrase_dialog is not None
    controller.passphrase_dialog.reject()
    assert controller.state == "locked"
    assert controller.vault is not None and not controller.vault.is_unlocked


def test_a_screen_lock_announcement_locks_the_practice(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    type_and_unlock(locked_controller, passphrase)
    locked_controller.session_watch.on_screen_saver(True)
    assert locked_controller.state == "locked"
    assert _visible_data_windows(locked_controller) == []
