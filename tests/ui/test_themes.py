"""The light and dark themes: every area paints in the dark one, text stays readable in both,
and the app follows the system's colour scheme while it runs."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.demo import DEMO_PASSPHRASE, create_demo_vault
from app.vault import Vault
from ui import style
from ui.calendar.grid import TimeGrid
from ui.controller import Controller
from ui.main_window import MainWindow

AREAS = ("Today", "Calendar", "Clients", "Prospects", "Notes", "Outcomes", "Billing", "Settings")


def _luminance(colour: QColor) -> float:
    return style.luminance(colour.name())


def _mean_luminance(image: QImage) -> float:
    """The average luminance of a grid of the image's pixels (what the eye takes in)."""
    step = 12
    values = [
        _luminance(image.pixelColor(x, y))
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def _labels(widget: QWidget, kind: str) -> list[QLabel]:
    return [w for w in widget.findChildren(QLabel) if w.objectName() == kind and w.text()]


@pytest.fixture
def themed(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The app as ui.main styles it; put back unstyled afterwards, as the other tests expect."""
    palette, sheet, name = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    monkeypatch.delenv(style.THEME_VARIABLE, raising=False)
    yield qapp
    style.use(qapp, style.LIGHT)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(name)


@pytest.fixture(scope="module")
def demo_practice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo practice, made once for this module (each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("demo") / "practice"
    create_demo_vault(folder, "small").close()
    return folder


@pytest.fixture
def demo_window(
    demo_practice: Path,
    tmp_path: Path,
    controller_factory: Callable[[Path], Controller],
    type_and_unlock: Callable[[Controller, str], None],
) -> MainWindow:
    """The main window of a copy of the demo practice, just unlocked."""
    folder = tmp_path / "practice"
    shutil.copytree(demo_practice, folder)
    controller = controller_factory(folder)
    controller.start(Vault.open(folder))
    type_and_unlock(controller, DEMO_PASSPHRASE)
    assert controller.main_window is not None
    controller.main_window.resize(1300, 900)
    return controller.main_window


def _charted_client(window: MainWindow) -> int:
    """A client of the demo whose chart has panels."""
    tab = window.clients.overview.chart_tab
    for client_id in range(1, 40):
        window.open_client(client_id, "Chart")
        if tab.plots:
            return client_id
    raise AssertionError("no client of the demo has a chart")


# ---------------------------------------------------------------- contrast


def test_the_contrast_helper_gives_wcag_ratios() -> None:
    assert style.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert style.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert style.contrast("#2f5d62", "#2f5d62") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        style.contrast("not a colour", "#ffffff")


@pytest.mark.parametrize("theme", [style.LIGHT, style.DARK], ids=lambda t: t.name)
def test_every_promised_pair_is_readable(theme: style.Theme) -> None:
    report = style.contrast_report(theme)
    assert len(report) >= len(style.CONTRAST_PAIRS) - 1  # the light theme draws no toggle
    too_faint = [(fg, bg, round(ratio, 2)) for fg, bg, ratio, least in report if ratio < least]
    assert too_faint == []
    body = dict(((fg, bg), ratio) for fg, bg, ratio, _least in report)
    assert body[("text", "page")] >= 7
    assert body[("text", "surface")] >= 7


def test_the_themes_name_the_same_colours() -> None:
    for field in style.Theme.__dataclass_fields__:
        light, dark = getattr(style.LIGHT, field), getattr(style.DARK, field)
        assert type(light) is type(dark), field
        if isinstance(light, tuple | dict):
            assert len(light) == len(dark), field


# ----------------------------------------------------------- choosing


def test_the_theme_follows_the_system_unless_forced(
    themed: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert style.theme_for(Qt.ColorScheme.Dark) is style.DARK
    assert style.theme_for(Qt.ColorScheme.Light) is style.LIGHT
    assert style.theme_for(Qt.ColorScheme.Unknown) is style.LIGHT
    monkeypatch.setenv(style.THEME_VARIABLE, "dark")
    assert style.theme_for(Qt.ColorScheme.Light) is style.DARK
    monkeypatch.setenv(style.THEME_VARIABLE, "light")
    assert style.theme_for(Qt.ColorScheme.Dark) is style.LIGHT
    monkeypatch.setenv(style.THEME_VARIABLE, "sepia")  # not a theme: the system decides
    assert style.theme_for(Qt.ColorScheme.Dark) is style.DARK


def test_a_forced_theme_ignores_the_systems_changes(
    themed: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(style.THEME_VARIABLE, "light")
    style.apply(themed)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.current() is style.LIGHT
    assert themed.palette().color(QPalette.ColorRole.Window).name() == style.LIGHT.window


# ---------------------------------------------------------- the dark theme


def test_every_area_opens_and_paints_in_the_dark_theme(
    themed: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv(style.THEME_VARIABLE, "dark")
    style.apply(themed)
    assert style.current() is style.DARK
    window = demo_window
    for area in AREAS:
        window.show_area(area)
        page = window.pages.currentWidget()
        assert page is not None
        image = window.grab().toImage()
        assert not image.isNull(), area
        assert _mean_luminance(image) < 0.15, f"{area} is not dark"
        titles = _labels(page, "pageTitle")
        assert titles, area
        assert _luminance(_text_colour(titles[0])) > 0.6, area

    # Body text (a label of no particular kind) and hints are light on the dark window.
    window.show_area("Today")
    body = [label for label in window.today.findChildren(QLabel) if not label.objectName()]
    assert body and all(_luminance(_text_colour(label)) > 0.5 for label in body)
    hints = _labels(window.today, "hint")
    assert hints and _text_colour(hints[0]).name() == style.DARK.text_muted

    # A client's chart: dark panels, and a PNG export on white (it goes on paper).
    client_id = _charted_client(window)
    tab = window.clients.overview.chart_tab
    assert tab.isVisible()
    assert tab.graphics.backgroundBrush().color().name() == style.DARK.chart
    assert _mean_luminance(tab.graphics.grab().toImage()) < 0.15
    saved = tab.export_png(tmp_path / "chart.png")
    assert saved is not None
    exported = QImage(str(saved))
    assert _luminance(exported.pixelColor(2, 2)) > 0.95
    assert tab.graphics.backgroundBrush().color().name() == style.DARK.chart  # back on screen
    assert client_id > 0


def test_switching_the_systems_scheme_restyles_the_open_windows(
    themed: QApplication, qtbot: QtBot, demo_window: MainWindow
) -> None:
    style.apply(themed)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    window = demo_window
    _charted_client(window)
    chart = window.clients.overview.chart_tab
    assert chart.theme is style.LIGHT
    window.show_area("Calendar")
    grid = window.findChild(TimeGrid)
    assert grid is not None
    assert _mean_luminance(grid.grab().toImage()) > 0.6
    title = _labels(window.pages.currentWidget(), "pageTitle")[0]
    assert _luminance(_text_colour(title)) < 0.1

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.current() is style.DARK
    assert themed.palette().color(QPalette.ColorRole.Window).name() == style.DARK.window
    assert style.DARK.page in themed.styleSheet()
    assert _mean_luminance(grid.grab().toImage()) < 0.15  # painted from the current theme
    assert _luminance(_text_colour(title)) > 0.6
    # The chart makes its panels again in the dark colours, though it is not on screen.
    qtbot.waitUntil(lambda: chart.theme is style.DARK)
    assert chart.graphics.backgroundBrush().color().name() == style.DARK.chart

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.current() is style.LIGHT
    assert _mean_luminance(grid.grab().toImage()) > 0.6
    qtbot.waitUntil(lambda: chart.theme is style.LIGHT)
    assert chart.graphics.backgroundBrush().color().name() == style.LIGHT.chart


def test_the_icons_are_drawn_in_the_themes_colours(themed: QApplication) -> None:
    def stroke(theme: style.Theme) -> QColor:
        style.use(themed, theme)
        image = style.icon("eye").pixmap(48, 48).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert inked
        return inked[0]

    on_light, on_dark = stroke(style.LIGHT), stroke(style.DARK)
    assert _luminance(on_dark) > _luminance(on_light)
    assert style.contrast(on_dark.name(), style.DARK.surface) >= 3
    assert style.contrast(on_light.name(), style.LIGHT.surface) >= 3
    assert not style.icon("rapport").isNull()
    assert isinstance(style.icon("lock"), QIcon)
