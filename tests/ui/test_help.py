"""Help → Getting started: shown inside the app, its links open the areas they name."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from ui.help import AREA_LINKS, GETTING_STARTED
from ui.main_window import MainWindow


def test_getting_started_opens_with_f1_and_its_links_open_areas(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialog = main_window.show_getting_started()
    assert dialog.isVisible()
    text = dialog.text.toPlainText()
    for step in ("recovery code", "Backups", "first client", "first session"):
        assert step.lower() in text.lower()
    dialog.text.anchorClicked.emit(QUrl("rapport:Calendar"))
    assert main_window.navigation.currentItem().text() == "Calendar"
    dialog.text.anchorClicked.emit(QUrl("https://example.org/"))  # never followed
    assert main_window.navigation.currentItem().text() == "Calendar"
    dialog.close()


def test_every_link_of_the_page_names_an_area() -> None:
    import re

    links = re.findall(r'href="([^"]+)"', GETTING_STARTED)
    assert links
    assert all(link.startswith("rapport:") and link[8:] in AREA_LINKS for link in links)


def test_the_named_areas_are_the_windows(main_window: MainWindow) -> None:
    from ui.areas import AREA_NAMES

    assert main_window.area_names() == list(AREA_NAMES)
