"""Backups on screen: back up now, the daily backup, the second folder, Today's warning,
checking a backup, restoring one, and the backup made when quitting."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clients
from app.clients import ClientInput
from app.errors import DiskFull
from app.models import Client
from app.vault import Vault
from app.vault.backup import SUFFIX, automatic_backups, make_backup, verify_backup
from ui.backups import SECOND_FOLDER_NAME, BackupKeeper
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.settings.backups_page import BackupsSettings

from .conftest import FakeClock

DAY_MINUTES = 24 * 60


def _keeper(window: MainWindow) -> BackupKeeper:
    keeper = window.ctx.backups
    assert keeper is not None
    return keeper


def _page(window: MainWindow) -> BackupsSettings:
    window.show_area("Settings")
    window.settings.show_tab("backups")
    return window.settings.backups


def _automatic(window: MainWindow) -> list[Path]:
    return [path for _moment, path in automatic_backups(window.ctx.vault.files.backups)]


def _settle(qtbot: QtBot, keeper: BackupKeeper) -> None:
    """Wait until no backup is being made and the folders have been read."""
    qtbot.waitUntil(
        lambda: not keeper.busy and not keeper.status.running and keeper.status.known,
        timeout=20_000,
    )
    keeper.tasks.wait(10_000)
    qtbot.wait(20)  # the last results reach the GUI thread


def _add_client(vault: Vault, last_name: str) -> None:
    with vault.session() as session:
        clients.create_client(
            session,
            ClientInput(
                legal_first_name="Ada", legal_last_name=last_name, date_of_birth=date(1990, 5, 1)
            ),
            date(2027, 1, 15),
        )


def _names(vault: Vault) -> list[str]:
    with vault.session() as session:
        return sorted(session.scalars(select(Client.legal_last_name)))


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail on any blocking message box: backup problems are shown in place, never as one."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *args: object) -> None:
        shown.append(f"{title}: {text}")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(f"ui.controller.QMessageBox.{name}", record)
    return shown


@pytest.fixture
def unlocked(
    locked_controller: Controller,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> Controller:
    type_and_unlock(locked_controller, passphrase)
    return locked_controller


# ---------------------------------------------------------------- backing up


def test_back_up_now_writes_a_checked_file_named_by_the_day(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(main_window)
    offered: list[str] = []
    target = tmp_path / "usb" / "my backup"

    def ask(_parent: object, _title: str, suggested: str, *_args: object, **_kw: object) -> tuple:
        offered.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr("ui.settings.backups_page.QFileDialog.getSaveFileName", ask)
    qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backed up and checked" in page.status.text(), timeout=20_000)

    assert offered == [f"Rapport backup {main_window.ctx.today():%Y-%m-%d}{SUFFIX}"]
    written = target.with_name(target.name + SUFFIX)
    assert page.made is not None and page.made.path == written
    info = verify_backup(written, passphrase, tmp_path / "scratch")
    assert info.manifest.vault_id == main_window.ctx.vault.vault_id
    assert info.manifest.kind == "manual"
    assert str(written) in page.status.text()
    _settle(qtbot, _keeper(main_window))
    assert "No backup yet" not in page.last_label.text()

    # The same name again is refused in place, and the first file is untouched.
    before = written.read_bytes()
    page.back_up_now(written)
    qtbot.waitUntil(lambda: "No backup was made" in page.status.text(), timeout=20_000)
    assert "exists already" in page.status.text()
    assert written.read_bytes() == before


def test_the_daily_look_makes_a_backup_only_when_the_last_is_a_day_old(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    keeper = _keeper(main_window)
    assert keeper.timer.isActive() and keeper.timer.interval() == 30 * 60 * 1000
    _settle(qtbot, keeper)
    assert _automatic(main_window) == []

    keeper.timer.timeout.emit()  # the first look: there is none yet
    _settle(qtbot, keeper)
    assert len(_automatic(main_window)) == 1

    clock.advance(23 * 60)
    keeper.timer.timeout.emit()
    assert not keeper.busy
    _settle(qtbot, keeper)
    assert len(_automatic(main_window)) == 1

    clock.advance(2 * 60)  # 25 hours after the first
    keeper.timer.timeout.emit()
    _settle(qtbot, keeper)
    assert len(_automatic(main_window)) == 2
    assert keeper.status.latest is not None
    assert keeper.status.latest.path == _automatic(main_window)[0]


def test_the_keep_counts_are_settings_of_the_practice(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    page = _page(main_window)
    assert (page.keep_daily.value(), page.keep_weekly.value()) == (7, 8)
    page.keep_daily.setValue(2)
    page.keep_weekly.setValue(0)
    qtbot.mouseClick(page.save_keep_button, Qt.MouseButton.LeftButton)
    assert "Saved" in page.keep_status.text()
    keeper = _keeper(main_window)
    for _day in range(4):
        keeper.back_up()
        _settle(qtbot, keeper)
        clock.advance(DAY_MINUTES)
    assert len(_automatic(main_window)) == 2


# ---------------------------------------------------------- the second folder


def test_the_second_folder_gets_a_copy_and_an_unplugged_one_only_warns(
    qtbot: QtBot,
    main_window: MainWindow,
    clock: FakeClock,
    tmp_path: Path,
    no_message_boxes: list[str],
) -> None:
    page = _page(main_window)
    keeper = _keeper(main_window)
    drive = tmp_path / "drive"
    drive.mkdir()
    page.choose_second_folder(drive)
    qtbot.waitUntil(lambda: "Reachable now" in page.second_state.text(), timeout=10_000)
    assert page.second_path.text() == str(drive)

    keeper.back_up()
    _settle(qtbot, keeper)
    copies = list((drive / SECOND_FOLDER_NAME).glob(f"*{SUFFIX}"))
    assert len(copies) == 1 and len(_automatic(main_window)) == 1
    assert keeper.status.second_warning == ""

    unplugged = tmp_path / "unplugged drive"
    page.choose_second_folder(unplugged)
    qtbot.waitUntil(lambda: "Not reachable" in page.second_state.text(), timeout=10_000)
    clock.advance(DAY_MINUTES + 1)
    keeper.back_up()
    _settle(qtbot, keeper)
    assert len(_automatic(main_window)) == 2  # the first copy is made all the same
    assert not unplugged.exists()  # nothing is created where the drive should be
    assert "cannot be reached" in keeper.status.second_warning
    assert "Not reachable now" in page.second_state.text()
    assert page.second_state.isVisibleTo(page)
    today = main_window.today
    assert "plugged in" in today.second_folder_line.text()
    assert today.second_folder_line.isVisibleTo(today)
    assert not today.backup_warning.isVisibleTo(today)  # a good backup was made
    assert no_message_boxes == []

    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert "No second folder" in page.second_path.text()


def test_a_second_folder_inside_the_practice_folder_is_refused(
    main_window: MainWindow,
) -> None:
    page = _page(main_window)
    page.choose_second_folder(main_window.ctx.vault.files.data_dir / "copies")
    assert "outside the practice folder" in page.status.text()
    assert "No second folder" in page.second_path.text()


# -------------------------------------------------------------------- Today


def test_today_warns_without_a_backup_for_a_week_and_links_to_settings(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    today = main_window.today
    keeper = _keeper(main_window)
    _settle(qtbot, keeper)
    assert today.backup_warning.isVisibleTo(today)
    assert "not been backed up yet" in today.backup_text.text()

    keeper.back_up()
    _settle(qtbot, keeper)
    assert not today.backup_warning.isVisibleTo(today)
    assert today.backup_line.text().startswith("Last good backup:")

    clock.advance(6 * DAY_MINUTES)
    keeper.refresh()
    _settle(qtbot, keeper)
    assert not today.backup_warning.isVisibleTo(today)

    clock.advance(2 * DAY_MINUTES)
    keeper.refresh()
    _settle(qtbot, keeper)
    assert today.backup_warning.isVisibleTo(today)
    assert "not been backed up for 8 days" in today.backup_text.text()

    keeper.back_up()
    _settle(qtbot, keeper)
    assert not today.backup_warning.isVisibleTo(today)

    main_window.show_area("Today")
    today.backup_warning.show()
    qtbot.mouseClick(today.backup_button, Qt.MouseButton.LeftButton)
    assert main_window.pages.currentWidget() is main_window.settings
    assert main_window.settings.tabs.currentWidget() is main_window.settings.backups


def test_a_failed_automatic_backup_is_said_on_today_and_in_settings(
    qtbot: QtBot,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    no_message_boxes: list[str],
) -> None:
    keeper = _keeper(main_window)
    page = _page(main_window)
    _settle(qtbot, keeper)

    def full(*_args: object, **_kw: object) -> None:
        raise DiskFull(
            "The disk is full, so the backup could not be made. The practice and the "
            "earlier backups are untouched. Free some space and try again."
        )

    monkeypatch.setattr("ui.backups.automatic_backup", full)
    keeper.back_up()
    _settle(qtbot, keeper)
    today = main_window.today
    assert today.backup_warning.isVisibleTo(today)
    assert "The last automatic backup failed" in today.backup_text.text()
    assert "disk is full" in today.backup_text.text()
    assert page.failure.isVisibleTo(page) and "disk is full" in page.failure.text()
    assert no_message_boxes == []

    monkeypatch.undo()
    keeper.back_up()
    _settle(qtbot, keeper)
    assert not today.backup_warning.isVisibleTo(today)
    assert not page.failure.isVisibleTo(page)


# ------------------------------------------------------------------ checking


def test_check_a_backup_says_sound_with_its_passphrase_and_why_not_otherwise(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = main_window.ctx.vault
    backup = make_backup(vault, tmp_path / f"checked{SUFFIX}", main_window.ctx.now()).path
    page = _page(main_window)
    monkeypatch.setattr(
        "ui.settings.backups_page.QFileDialog.getOpenFileName",
        lambda *_a, **_k: (str(backup), ""),
    )
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog is not None and not dialog.restore
    assert "This practice" in dialog.practice_label.text()

    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.answer.isVisibleTo(dialog), timeout=20_000)
    assert "That passphrase does not open this backup" in dialog.answer.text()

    dialog.use_recovery_code(True)
    qtbot.keyClicks(dialog.recovery_code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recovery code does not open" in dialog.answer.text(), timeout=20_000)

    dialog.use_recovery_code(False)
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.sig_sound, timeout=20_000):
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert "This backup is sound" in dialog.answer.text()
    assert dialog.isVisible()
    dialog.reject()


def test_a_file_that_is_not_a_backup_is_named_and_refused(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = _page(main_window)
    junk = tmp_path / f"holiday photos{SUFFIX}"
    junk.write_bytes(b"not a backup at all")
    page.check_backup(junk)
    qtbot.waitUntil(lambda: "not a Rapport backup" in page.status.text(), timeout=10_000)
    assert page.dialog is None


# ----------------------------------------------------------------- restoring


def _start_restore(
    qtbot: QtBot, controller: Controller, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> BackupsSettings:
    assert controller.main_window is not None
    page = _page(controller.main_window)
    monkeypatch.setattr(
        "ui.settings.backups_page.QFileDialog.getOpenFileName",
        lambda *_a, **_k: (str(backup), ""),
    )
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    return page


def test_restore_puts_the_earlier_state_back_and_keeps_the_replaced_practice(
    qtbot: QtBot,
    unlocked: Controller,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = unlocked
    vault = controller.vault
    assert vault is not None
    _add_client(vault, "Earlier")
    backup = make_backup(vault, tmp_path / f"earlier{SUFFIX}", controller.backups.now()).path
    _add_client(vault, "Later")
    data_dir = vault.files.data_dir

    page = _start_restore(qtbot, controller, backup, monkeypatch)
    dialog = page.dialog
    assert dialog is not None and dialog.restore
    assert "This practice" in dialog.practice_label.text()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.restore_notice is not None, timeout=30_000)

    assert controller.state == "locked"
    assert controller.main_window is None
    notice = controller.restore_notice
    assert notice is not None and "is restored" in notice.text()
    assert "before-restore-" in notice.informativeText()
    kept = sorted(data_dir.glob("before-restore-*"))
    assert len(kept) == 1 and (kept[0] / "practice.rapport").exists()
    notice.accept()

    type_and_unlock(controller, passphrase)
    assert controller.vault is not None and controller.vault is not vault
    assert _names(controller.vault) == ["Earlier"]
    with Vault.open(kept[0]) as replaced:  # the practice as it was, kept whole
        replaced.unlock_with_passphrase(passphrase)
        assert _names(replaced) == ["Earlier", "Later"]


def test_restore_with_a_wrong_passphrase_changes_nothing(
    qtbot: QtBot,
    unlocked: Controller,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = unlocked
    vault = controller.vault
    assert vault is not None
    _add_client(vault, "Earlier")
    backup = make_backup(vault, tmp_path / f"earlier{SUFFIX}", controller.backups.now()).path
    _add_client(vault, "Later")

    page = _start_restore(qtbot, controller, backup, monkeypatch)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter never starts a restore
    assert not dialog.busy
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.answer.isVisibleTo(dialog), timeout=20_000)
    assert "does not open this backup" in dialog.answer.text()
    assert "Nothing was changed" in dialog.answer.text()
    assert dialog.isVisible()
    assert controller.state == "unlocked" and controller.vault is vault
    assert _names(vault) == ["Earlier", "Later"]
    assert list(vault.files.data_dir.glob("before-restore-*")) == []
    dialog.reject()


def test_a_restore_that_fails_leaves_the_practice_as_it_was_and_says_why(
    qtbot: QtBot,
    unlocked: Controller,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = unlocked
    vault = controller.vault
    assert vault is not None
    _add_client(vault, "Earlier")
    backup = make_backup(vault, tmp_path / f"earlier{SUFFIX}", controller.backups.now()).path
    _add_client(vault, "Later")

    def full(*_args: object, **_kw: object) -> None:
        raise DiskFull("The disk is full, so the backup could not be restored.")

    monkeypatch.setattr("ui.controller.restore_backup", full)
    page = _start_restore(qtbot, controller, backup, monkeypatch)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.restore_notice is not None, timeout=30_000)
    notice = controller.restore_notice
    assert notice is not None and notice.text() == "The backup was not restored."
    assert "disk is full" in notice.informativeText()
    assert "as it was" in notice.informativeText()
    notice.accept()
    assert controller.state == "locked"
    type_and_unlock(controller, passphrase)
    assert controller.vault is not None
    assert _names(controller.vault) == ["Earlier", "Later"]
    assert list(controller.vault.files.data_dir.glob("before-restore-*")) == []


def test_a_backup_of_another_practice_says_so_before_restoring(
    qtbot: QtBot,
    unlocked: Controller,
    tmp_path: Path,
    profile: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other_dir = tmp_path / "other practice"
    with Vault.create(other_dir, "another long passphrase", profile) as other:  # type: ignore[arg-type]
        backup = make_backup(other, tmp_path / f"other{SUFFIX}", unlocked.backups.now()).path
    page = _start_restore(qtbot, unlocked, backup, monkeypatch)
    assert page.dialog is not None
    assert "Another practice" in page.dialog.practice_label.text()
    page.dialog.reject()


# ------------------------------------------------------------------- quitting


def test_quitting_makes_the_days_backup_first(
    qtbot: QtBot, unlocked: Controller, monkeypatch: pytest.MonkeyPatch, passphrase: str
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr("ui.controller.QApplication.quit", lambda: quits.append(True))
    vault = unlocked.vault
    assert vault is not None
    folder = vault.files.backups
    unlocked.quit()
    assert unlocked.quit_progress is not None
    assert unlocked.quit_progress.labelText() == "Making today's backup…"
    qtbot.waitUntil(lambda: bool(quits), timeout=30_000)
    assert unlocked.vault is None and unlocked.main_window is None
    made = automatic_backups(folder)
    assert len(made) == 1
    verify_backup(made[0][1], passphrase, folder.parent / "scratch")


def test_quitting_soon_after_a_backup_does_not_make_another(
    qtbot: QtBot, unlocked: Controller, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr("ui.controller.QApplication.quit", lambda: quits.append(True))
    vault = unlocked.vault
    assert vault is not None
    unlocked.backups.back_up()
    _settle(qtbot, unlocked.backups)
    clock.advance(50)
    unlocked.quit()
    assert quits == [True] and unlocked.quit_progress is None
    assert len(automatic_backups(vault.files.backups)) == 1


def test_the_backup_on_quitting_can_be_skipped(
    qtbot: QtBot,
    unlocked: Controller,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr("ui.controller.QApplication.quit", lambda: quits.append(True))
    vault = unlocked.vault
    assert vault is not None
    folder = vault.files.backups
    with caplog.at_level(logging.INFO, logger="rapport"):
        unlocked.quit()
        progress = unlocked.quit_progress
        assert progress is not None
        skip = progress.findChild(QPushButton)
        assert skip is not None and skip.text() == "&Skip"
        qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert quits == [True]
    assert unlocked.vault is None
    assert "backup on quitting was skipped" in caplog.text
    unlocked.tasks.wait(30_000)
    qtbot.wait(20)
    left = folder.iterdir() if folder.exists() else ()  # the skip may come before it began
    assert [p for p in left if p.name.endswith(".partial")] == []


def test_a_damaged_practice_is_restored_from_the_unlock_screen(
    qtbot: QtBot,
    unlocked: Controller,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = unlocked
    vault = controller.vault
    assert vault is not None
    _add_client(vault, "Earlier")
    backup = make_backup(vault, tmp_path / f"earlier{SUFFIX}", controller.backups.now()).path
    database = vault.files.database
    controller.lock()
    raw = bytearray(database.read_bytes())
    middle = (len(raw) // 4096 // 2) * 4096
    raw[middle + 100 : middle + 400] = bytes(range(256)) + bytes(44)
    database.write_bytes(bytes(raw))

    window = controller.unlock_window
    assert window is not None
    qtbot.keyClicks(window.passphrase, passphrase)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.restore_button.isVisible, timeout=10_000)
    assert "damaged" in window.message.text()
    assert controller.state == "locked" and controller.main_window is None

    monkeypatch.setattr(
        "ui.settings.backups_page.QFileDialog.getOpenFileName",
        lambda *_a, **_k: (str(backup), ""),
    )
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.backup_dialog is not None and window.backup_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = window.backup_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.restore_notice is not None, timeout=30_000)
    notice = controller.restore_notice
    assert notice is not None and "is restored" in notice.text()
    notice.accept()
    kept = sorted(database.parent.glob("before-restore-*"))
    assert len(kept) == 1
    # Kept aside, damage and all (the unlock wrote its audit entry before the check found it).
    aside = (kept[0] / "practice.rapport").read_bytes()
    assert aside[middle + 100 : middle + 400] == bytes(raw[middle + 100 : middle + 400])

    type_and_unlock(controller, passphrase)
    assert controller.vault is not None
    assert _names(controller.vault) == ["Earlier"]


def test_a_new_computer_restores_the_practice_from_the_setup_wizard(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    tmp_path: Path,
    passphrase: str,
    profile: object,
    monkeypatch: pytest.MonkeyPatch,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    with Vault.create(tmp_path / "old computer", passphrase, profile) as old:  # type: ignore[arg-type]
        _add_client(old, "Brought")
        backup = make_backup(old, tmp_path / f"usb{SUFFIX}", datetime.now(UTC)).path
    new_folder = tmp_path / "new computer"
    controller = controller_factory(new_folder)
    controller.start(None)
    wizard = controller.wizard
    assert wizard is not None and controller.state == "setup"

    answers = iter([(str(tmp_path / "not-a-backup.txt"), ""), (str(backup), "")])
    (tmp_path / "not-a-backup.txt").write_text("hello")
    monkeypatch.setattr(
        "ui.settings.backups_page.QFileDialog.getOpenFileName", lambda *_a, **_k: next(answers)
    )
    message = wizard.practice_page.restore_message
    qtbot.mouseClick(wizard.practice_page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message.text()), timeout=10_000)
    assert "not-a-backup.txt" in message.text()
    assert controller.state == "setup"

    qtbot.mouseClick(wizard.practice_page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.backup_dialog is not None and wizard.backup_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = wizard.backup_dialog
    assert dialog is not None
    assert dialog.action.text() == "&Restore this practice"
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.answer.text(), timeout=20_000)
    assert not (new_folder / "practice.rapport").exists()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.restore_notice is not None, timeout=30_000)
    notice = controller.restore_notice
    assert notice is not None and "is restored" in notice.text()
    notice.accept()
    assert controller.wizard is None and controller.state == "locked"
    type_and_unlock(controller, passphrase)
    assert controller.vault is not None
    assert _names(controller.vault) == ["Brought"]
