"""The full export on screen: passphrase, notes, where it goes, progress, cancel and lock."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import py7zr
import pytest
from py7zr.io import BytesIOFactory
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.errors import DiskFull
from app.interop import export
from app.interop.export import ExportCancelled, ExportReport
from ui.export_dialog import OWN_PASSPHRASE_WHY, STOPPED_BY_LOCK, ExportDialog
from ui.main_window import MainWindow

CHOSEN = "a long export passphrase"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the export is saved into (nothing else is written there)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _open(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, main_window: MainWindow) -> Iterator[ExportDialog]:
    opened = _open(qtbot, main_window)
    yield opened
    main_window.ctx.tasks.wait(10_000)
    if isValid(opened) and opened.isVisible():
        opened.reject()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[ExportDialog, Path], None]:
    """Choose ``target`` in the Save as… file dialog (or, for a plain folder, its folder)."""

    def choose(dialog: ExportDialog, target: Path) -> None:
        answer = (str(target), "")
        monkeypatch.setattr(
            "ui.export_dialog.QFileDialog.getSaveFileName", lambda *_a, **_k: answer
        )
        monkeypatch.setattr(
            "ui.export_dialog.QFileDialog.getExistingDirectory", lambda *_a, **_k: str(target)
        )
        dialog.choose_button.click()

    return choose


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds the export at its first table until set: a cancel or a lock lands mid-way."""
    opened = threading.Event()
    write_table = export._table_files

    def held(table: Any, run: Any) -> Any:
        opened.wait(10)
        return write_table(table, run)

    monkeypatch.setattr(export, "_table_files", held)
    return opened


def _type(qtbot: QtBot, dialog: ExportDialog, passphrase: str, again: str | None = None) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.confirmation, passphrase if again is None else again)


def _export(qtbot: QtBot, dialog: ExportDialog) -> ExportReport:
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert isinstance(report, ExportReport)
    return report


def _refused(qtbot: QtBot, dialog: ExportDialog) -> str:
    with qtbot.waitSignal(dialog.sig_failed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def _names(path: Path, password: str | None) -> list[str] | None:
    try:
        with py7zr.SevenZipFile(path, password=password) as archive:
            return list(archive.getnames())
    except Exception:
        return None


def _manifest(path: Path, password: str) -> dict[str, Any]:
    found = BytesIOFactory(1 << 24)
    with py7zr.SevenZipFile(path, password=password) as archive:
        archive.extract(targets=["manifest.json"], factory=found)
    member = found.get("manifest.json")
    member.seek(0)
    data: dict[str, Any] = json.loads(member.read())
    return data


# ------------------------------------------------------------------ exporting


def test_the_export_is_an_archive_that_opens_with_the_passphrase_chosen(
    qtbot: QtBot,
    main_window: MainWindow,
    dialog: ExportDialog,
    out: Path,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    today = main_window.ctx.today()
    assert dialog.target().name == f"Rapport export {today:%Y-%m-%d}.7z"
    assert not dialog.notes.isChecked() and not dialog.plain.isChecked()
    save_as(dialog, out / "practice")
    assert dialog.target() == out / "practice.7z"
    _type(qtbot, dialog, CHOSEN)

    report = _export(qtbot, dialog)

    assert report.path == out / "practice.7z" and report.encrypted
    assert [p.name for p in out.iterdir()] == ["practice.7z"]
    inside = _names(report.path, CHOSEN)
    assert inside is not None and "README.txt" in inside and "csv/clients.csv" in inside
    assert _names(report.path, None) is None
    assert _names(report.path, "correct horse battery staple") is None
    assert not report.psychotherapy_notes
    # The outcome: the file, its size, what it holds and how long it took.
    assert dialog.outcome.path_label.text() == str(report.path)
    assert dialog.outcome.size_label.text().endswith("kB")
    assert "0 clients" in dialog.outcome.holds_label.text()
    assert dialog.outcome.notes_label.text() == "Left out"
    assert dialog.outcome.time_label.text().endswith("seconds")
    assert dialog.close_button.text() == "Close" and not dialog.export_button.isVisible()
    assert dialog.passphrase.text() == "" and dialog.confirmation.text() == ""


def test_the_settings_button_opens_the_same_export(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.show_area("Settings")
    main_window.settings.show_tab("backups")
    page = main_window.settings.backups

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    dialog = page.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_psychotherapy_notes_go_in_only_when_ticked(
    qtbot: QtBot,
    dialog: ExportDialog,
    out: Path,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    save_as(dialog, out / "with notes.7z")
    _type(qtbot, dialog, CHOSEN)
    dialog.notes.click()

    report = _export(qtbot, dialog)

    assert report.psychotherapy_notes
    assert _manifest(report.path, CHOSEN)["psychotherapy_notes_included"] is True
    assert dialog.outcome.notes_label.text() == "Included"


# ------------------------------------------------------------------ refused


@pytest.mark.parametrize(
    ("typed", "again", "field", "message"),
    [
        (CHOSEN, CHOSEN + "!", "confirmation", "The two passphrases are not the same."),
        ("too short", "too short", "passphrase", "at least 12 characters (it has 9)"),
    ],
)
def test_a_passphrase_typed_differently_or_too_short_is_refused_at_its_field(
    qtbot: QtBot,
    dialog: ExportDialog,
    out: Path,
    save_as: Callable[[ExportDialog, Path], None],
    typed: str,
    again: str,
    field: str,
    message: str,
) -> None:
    save_as(dialog, out / "export.7z")
    _type(qtbot, dialog, typed, again)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert message in dialog.errors.message(field)
    assert dialog.page() == 0 and dialog.export_button.isVisible()
    assert list(out.iterdir()) == []


def test_the_practices_own_passphrase_is_refused_and_why_is_said(
    qtbot: QtBot,
    dialog: ExportDialog,
    out: Path,
    passphrase: str,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    save_as(dialog, out / "export.7z")
    _type(qtbot, dialog, passphrase)

    _refused(qtbot, dialog)

    assert "other than the practice's own" in dialog.errors.message("passphrase")
    assert dialog.problem_why.isVisible() and dialog.problem_why.text() == OWN_PASSPHRASE_WHY
    assert dialog.export_button.isVisible() and dialog.close_button.text() == "Cancel"
    assert list(out.iterdir()) == []


def test_a_full_disk_is_said_plainly_and_leaves_nothing(
    qtbot: QtBot,
    dialog: ExportDialog,
    out: Path,
    save_as: Callable[[ExportDialog, Path], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(*_args: object, **_kwargs: object) -> ExportReport:
        raise DiskFull("The disk is full, so the export could not be written.")

    monkeypatch.setattr("app.interop.export.export_practice", full)
    save_as(dialog, out / "export.7z")
    _type(qtbot, dialog, CHOSEN)

    message = _refused(qtbot, dialog)

    assert "The disk is full" in message and dialog.problem.text() == message
    assert dialog.problem.isVisible() and dialog.page() == 0
    assert dialog.export_button.isVisible()
    assert list(out.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_confirmed(
    qtbot: QtBot,
    dialog: ExportDialog,
    out: Path,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    earlier = out / "export.7z"
    earlier.write_bytes(b"an earlier export")
    save_as(dialog, earlier)
    _type(qtbot, dialog, CHOSEN)
    asked: list[Path] = []
    dialog.confirm_replace = lambda path: asked.append(path) is not None

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [earlier] and earlier.read_bytes() == b"an earlier export"
    assert dialog.page() == 0

    dialog.confirm_replace = lambda path: True
    report = _export(qtbot, dialog)
    assert report.path == earlier and _names(earlier, CHOSEN) is not None


# ------------------------------------------------------------------ stopping


def test_cancelling_stops_the_export_and_leaves_no_file(
    qtbot: QtBot,
    dialog: ExportDialog,
    out: Path,
    gate: threading.Event,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    save_as(dialog, out / "export.7z")
    _type(qtbot, dialog, CHOSEN)
    with qtbot.waitSignal(dialog.sig_progress, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.page() == 1 and dialog.close_button.text() == "Cancel export"

    with qtbot.waitSignal(dialog.sig_failed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert dialog.close_button.text() == "Stopping…"
        gate.set()

    assert blocker.args[0] == ExportCancelled.default_message
    assert dialog.isVisible() and dialog.page() == 0
    assert dialog.problem.text() == ExportCancelled.default_message
    assert dialog.export_button.isVisible() and dialog.passphrase.text() == CHOSEN
    assert list(out.iterdir()) == []


def test_locking_during_an_export_stops_it_and_says_so(
    qtbot: QtBot,
    main_window: MainWindow,
    out: Path,
    gate: threading.Event,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    # Locking waits for the export to stop: the held table is let go as locking begins.
    main_window.ctx.bus.sig_about_to_lock.connect(gate.set)
    dialog = _open(qtbot, main_window)
    save_as(dialog, out / "export.7z")
    _type(qtbot, dialog, CHOSEN)
    stopped: list[str] = []
    dialog.sig_failed.connect(stopped.append)
    with qtbot.waitSignal(dialog.sig_progress, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    main_window.sig_lock_requested.emit()

    assert stopped == [STOPPED_BY_LOCK]
    assert list(out.iterdir()) == []
    assert not main_window.ctx.vault.is_unlocked

    def told() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: told() is not None)
    box = told()
    assert box is not None and box.text() == STOPPED_BY_LOCK
    box.accept()


# ------------------------------------------------------------------ a plain folder


def test_a_plain_folder_is_written_only_once_the_warning_is_acknowledged(
    qtbot: QtBot,
    main_window: MainWindow,
    dialog: ExportDialog,
    out: Path,
    save_as: Callable[[ExportDialog, Path], None],
) -> None:
    assert not dialog.plain_warning.isVisible()
    dialog.plain.click()
    assert dialog.plain_warning.isVisible() and not dialog.passphrase_box.isVisible()
    assert not dialog.understood.isChecked()
    save_as(dialog, out)
    folder = out / f"Rapport export {main_window.ctx.today():%Y-%m-%d}"
    assert dialog.target() == folder

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.understood_error.isVisible()
    assert dialog.page() == 0 and list(out.iterdir()) == []

    dialog.understood.click()
    report = _export(qtbot, dialog)

    assert report.path == folder and not report.encrypted
    assert (folder / "README.txt").is_file() and (folder / "csv" / "clients.csv").is_file()
    assert dialog.outcome.path_label.text() == str(folder)
    assert "not encrypted" in dialog.outcome.advice_label.text()


def test_unticking_the_plain_folder_forgets_the_acknowledgement(
    dialog: ExportDialog,
) -> None:
    dialog.plain.click()
    dialog.understood.click()
    dialog.plain.click()
    assert dialog.passphrase_box.isVisible() and not dialog.plain_warning.isVisible()

    dialog.plain.click()
    assert not dialog.understood.isChecked()
