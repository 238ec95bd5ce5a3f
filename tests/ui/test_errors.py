"""Unexpected errors: a calm dialog, and a log entry with no client data in it."""

from __future__ import annotations

import logging
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import logs
from ui.errors import ErrorReporter

CANARY = "Zebulon Canaryfield 1974-03-02"


def _raise_with_client_data() -> None:
    try:
        raise KeyError(CANARY)
    except KeyError as inner:
        raise ValueError(f"could not save {CANARY}") from inner


def test_unexpected_error_is_shown_calmly_and_logged_without_client_data(
    qtbot: QtBot, tmp_path: Path
) -> None:
    log_path = logs.configure(tmp_path / "logs")
    reporter = ErrorReporter(log_path)
    try:
        _raise_with_client_data()
    except ValueError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    assert reporter.box is not None and reporter.box.isVisible()
    shown = reporter.box.text() + reporter.box.informativeText()
    assert CANARY not in shown
    assert "safe" in shown

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text("utf-8")
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "_raise_with_client_data" in text
    assert CANARY not in text and "Canaryfield" not in text
    assert oct(log_path.stat().st_mode & 0o777) == "0o600"
    reporter.box.close()
    logging.getLogger().handlers = [
        h for h in logging.getLogger().handlers if not getattr(h, "_rapport", False)
    ]


def test_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc

    from PySide6.QtWidgets import QApplication

    from ui.tasks import MainThreadCollector, TaskRunner

    TaskRunner()
    assert not gc.isenabled()
    assert QApplication.instance().findChild(MainThreadCollector) is not None
