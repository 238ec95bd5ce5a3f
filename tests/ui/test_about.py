"""Help → About: name, version, what it is, privacy, the data folder and the licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import __version__
from ui import about
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_help_about_shows_the_version_privacy_data_folder_and_licence(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    help_menu = next(
        action.menu()
        for action in main_window.menuBar().actions()
        if action.text().replace("&", "") == "Help"
    )
    entry = next(a for a in help_menu.actions() if a.text().replace("&", "") == "About Rapport")

    entry.trigger()

    dialog = main_window.findChild(about.AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About Rapport"
    assert f"Rapport {__version__}" in dialog.title.text()
    assert dialog.description.text() == about.DESCRIPTION
    assert "Nothing leaves this computer" in dialog.privacy.text()
    assert str(main_window.ctx.vault.files.data_dir) in dialog.data_folder.text()
    assert about.LICENCE in dialog.licence.text()
    dialog.reject()


def test_the_licence_shown_is_the_one_pyproject_declares() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    assert project["license"]["text"] == about.LICENCE
