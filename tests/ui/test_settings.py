"""Settings → Practice and Settings → Security, through the real widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app import audit
from app.practice import get_profile, get_setting
from app.vault.keyfile import RECOVERY
from ui.controller import Controller
from ui.settings import security_page


def _open(
    controller: Controller, unlock: Callable[[Controller, str], None], passphrase: str
) -> Controller:
    unlock(controller, passphrase)
    assert controller.main_window is not None
    controller.main_window.show_area("Settings")
    return controller


def test_practice_details_are_checked_saved_and_audited(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = _open(locked_controller, type_and_unlock, passphrase)
    assert controller.main_window is not None and controller.vault is not None
    page = controller.main_window.settings.practice
    assert not page.save_button.isEnabled()

    page.form.email.clear()
    qtbot.keyClicks(page.form.email, "not-an-address")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not valid" in page.form.errors.message("email")
    assert "Nothing was saved" in page.status.text()

    page.form.email.clear()
    qtbot.keyClicks(page.form.email, "office@example.org")
    page.form.practice_name.clear()
    qtbot.keyClicks(page.form.practice_name, "Quiet River Psychotherapy")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert "Quiet River Psychotherapy" in controller.main_window.windowTitle()
    assert "Quiet River Psychotherapy" in controller.main_window.today.subtitle.text()
    with controller.vault.session() as session:
        assert get_profile(session).email == "office@example.org"
        last = audit.recent(session, 1)[0]
    assert last.action == "change"
    assert last.detail["fields"]["practice_name"][1] == "Quiet River Psychotherapy"


def test_undo_changes_restores_the_saved_details(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    profile: object,
) -> None:
    controller = _open(locked_controller, type_and_unlock, passphrase)
    assert controller.main_window is not None
    page = controller.main_window.settings.practice
    original = page.form.practice_name.text()
    qtbot.keyClicks(page.form.practice_name, " (edited)")
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.practice_name.text() == original


def test_auto_lock_minutes_are_kept_in_the_vault(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = _open(locked_controller, type_and_unlock, passphrase)
    assert controller.main_window is not None and controller.vault is not None
    security = controller.main_window.settings.security
    security.auto_lock.setCurrentIndex(security.auto_lock.findData(30))
    with controller.vault.session() as session:
        assert get_setting(session, "security.auto_lock_minutes") == 30


def test_change_passphrase_from_settings(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = _open(locked_controller, type_and_unlock, passphrase)
    assert controller.main_window is not None and controller.vault is not None
    security = controller.main_window.settings.security
    qtbot.mouseClick(security.change_button, Qt.MouseButton.LeftButton)
    dialog = security.dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.current, "this is not it at all")
    qtbot.keyClicks(dialog.new, "evening tide copper lantern")
    qtbot.keyClicks(dialog.confirmation, "evening tide copper lantern")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("current")), timeout=10_000)
    assert dialog.isVisible()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, passphrase)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "new passphrase is in use" in security.passphrase_status.text()
    assert controller.vault.verify_passphrase("evening tide copper lantern")
    assert not controller.vault.verify_passphrase(passphrase)


def test_device_unlock_is_not_offered_without_a_secure_keyring(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        controller = _open(locked_controller, type_and_unlock, passphrase)
        assert controller.main_window is not None
        security = controller.main_window.settings.security
        security.load()
        assert not security.device_unlock.isEnabled()
        assert "Not available" in security.device_note.text()
    finally:
        keyring.set_keyring(previous)


def test_replacing_the_encryption_key_shows_the_new_recovery_code(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = _open(locked_controller, type_and_unlock, passphrase)
    assert controller.main_window is not None and controller.vault is not None
    vault = controller.main_window.ctx.vault
    security = controller.main_window.settings.security
    shown: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(
        security_page.RecoveryCodeDialog, "exec", lambda d: shown.append(d.panel.code)
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    typed = iter([("not my passphrase", True), (passphrase, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(typed))
    key_file = vault.files.keys.read_bytes()

    qtbot.mouseClick(security.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == ["That is not your passphrase."]
    assert vault.files.keys.read_bytes() == key_file

    qtbot.mouseClick(security.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert security.rotate_button.isEnabled()
    vault.lock()
    vault.unlock_with_recovery_code(shown[0])
    with vault.session() as session:
        assert audit.recent(session, 2)[1].action == "data_key_replaced"


def test_today_asks_for_a_recovery_code_when_the_practice_has_none(
    qtbot: QtBot,
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = _open(locked_controller, type_and_unlock, passphrase)
    assert controller.main_window is not None
    vault = controller.main_window.ctx.vault
    today = controller.main_window.today

    def lines() -> str:
        texts = []
        for i in range(today.security_lines.count()):
            item = today.security_lines.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.isVisibleTo(today):
                texts.append(widget.text())
        return "\n".join(texts)

    today.refresh()
    assert "no recovery code" not in lines()
    vault._replace_keyfile(vault._keyfile.without_slot(RECOVERY))
    today.refresh()
    assert "Your practice has no recovery code" in lines()
