"""Accessibility: every control is reached with Tab and shows where the focus is, every
control without words has a name, the type follows the system's font size, and the
window is sharp on a high-density screen.

The walks run on a copy of the small demo practice, on the demo's own "today", so that
every area has rows, links and buttons to reach.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import ui
from app import calendar
from app.calendar import AppointmentView
from app.demo import DEMO_PASSPHRASE, DEMO_TODAY, create_demo_vault
from app.models import AppointmentStatus
from app.resources import resource_path
from app.vault import Vault
from ui import style
from ui.areas import AREA_NAMES
from ui.calendar.grid import TimeGrid
from ui.calendar.month import MonthGrid
from ui.consent.signing import SIGN
from ui.controller import Controller
from ui.intake.client_mode import ClientMode
from ui.main_window import MainWindow
from ui.widgets.labels import LinkLabel, text_label
from ui.widgets.passphrase import PassphraseEdit
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.tabs import TabBar, tab_widget

from .conftest import FakeClock

#: What the keyboard must be able to reach.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
#: Widgets whose inner parts are theirs to manage (a spin box's editor, a tab bar's arrows).
COMPOSITES = (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit, QCalendarWidget, QAbstractItemView)
#: Widgets of ours that paint themselves: each must have a name (and say what it shows).
PAINTED = {"SignaturePad", "TimeGrid", "MonthGrid"}
#: Widgets left out of these checks (module, class or "*"): none.
NOT_YET: set[tuple[str, str]] = set()


# ------------------------------------------------------------------ helpers


def _ours(widget: QWidget) -> bool:
    return type(widget).__module__.startswith("ui.")


def _owner_module(widget: QWidget) -> str:
    """The module of the nearest widget of ours that holds ``widget``."""
    holder: QWidget | None = widget
    while holder is not None and not _ours(holder):
        holder = holder.parentWidget()
    return type(holder).__module__ if holder is not None else ""


def _internal(widget: QWidget) -> bool:
    """A part of a composite widget (reached through its owner)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def _clickable(widget: QWidget) -> bool:
    """A widget of ours that takes the mouse itself (and so must take the keyboard)."""
    return any(
        "mousePressEvent" in vars(k) or "mouseReleaseEvent" in vars(k)
        for k in type(widget).__mro__
        if k.__module__.startswith("ui.")
    )


def interactive(window: QWidget) -> list[QWidget]:
    """Every visible, enabled control of ``window`` the keyboard must reach."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QScrollBar | QHeaderView | QMenuBar) or _internal(widget):
            continue
        links = isinstance(widget, QLabel) and "<a " in widget.text()
        if isinstance(widget, INTERACTIVE) or links or (_ours(widget) and _clickable(widget)):
            found.append(widget)
    return found


def tab_walk(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, from wherever the focus is, once round."""
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(5000):
        window.focusNextChild()
        current = window.focusWidget()
        if current is None or current in seen:
            break
        seen.append(current)
    return seen


def _not_yet(widget: QWidget) -> bool:
    module = _owner_module(widget)
    return (module, "*") in NOT_YET or (module, type(widget).__name__) in NOT_YET


def _looks(widget: QWidget) -> QImage:
    """How ``widget`` is drawn; for a pane that scrolls what it holds (a scroll area, a
    text to read) only its frame: what it holds moves as the focus goes through it."""
    image = widget.grab().toImage()
    reading = isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly()
    if isinstance(widget, QScrollArea) or reading:
        painter = QPainter(image)
        painter.fillRect(widget.viewport().geometry(), Qt.GlobalColor.black)
        painter.end()
    return image


def key_walk(window: QWidget, walked: list[QWidget]) -> tuple[list[str], list[str]]:
    """Press the real Tab key from the first stop of ``walked`` round the window.

    Returns the stops the key never gets to (something keeps it: a date field showing
    "—" did) and the stops that look the same with the focus as without it.
    """
    if len(walked) < 2:
        return [], []
    unfocused: dict[int, QImage] = {}
    for holder in walked:  # the focus on another stop, outside it, while each is drawn
        holder.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        for widget in walked:
            apart = not widget.isAncestorOf(holder) and not holder.isAncestorOf(widget)
            if widget is not holder and apart and id(widget) not in unfocused:
                unfocused[id(widget)] = _looks(widget)
        if len(unfocused) == len(walked):
            break
    start = walked[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited, silent = [start], []
    for _ in range(6 * len(walked) + 20):
        current = QApplication.focusWidget()
        if current is None:
            break
        QTest.keyClick(current, Qt.Key.Key_Tab)  # (a date field takes one per part)
        now = QApplication.focusWidget()
        if now is start and len(visited) > 1:
            break
        if now is None or now in visited:
            continue
        visited.append(now)
        before = unfocused.get(id(now))
        if before is not None and _looks(now) == before and not _not_yet(now):
            silent.append("no visible focus: " + describe(now))
    kept = [f"Tab never gets to: {describe(w)}" for w in walked if w not in visited]
    return kept, silent


def _group_reached(button: QAbstractButton, walked: list[QWidget]) -> bool:
    """A button of an exclusive group: Tab reaches the chosen one, the arrows the others."""
    group = button.group()
    if group is not None and group.exclusive():
        return any(member in walked for member in group.buttons())
    parent = button.parentWidget()
    if button.autoExclusive() and parent is not None:
        return any(
            isinstance(sibling, QAbstractButton) and sibling.autoExclusive() and sibling in walked
            for sibling in parent.children()
        )
    return False


def describe(widget: QWidget) -> str:
    words = ""
    for getter in ("text", "placeholderText", "accessibleName", "toolTip", "objectName"):
        value = getattr(widget, getter)() if hasattr(widget, getter) else ""
        if isinstance(value, str) and value:
            words = f" {getter}={value[:50]!r}"
            break
    return f"{type(widget).__name__}{words} in {_owner_module(widget)}"


def unreachable(window: QWidget, walked: list[QWidget]) -> list[str]:
    """Controls of ``window`` that Tab (``walked``: it put the focus on each) never reaches."""
    missing = []
    for widget in interactive(window):
        proxy = widget.focusProxy()
        if widget in walked or (proxy is not None and proxy in walked):
            continue
        # One stop for a group: its last focused button keeps the Tab focus (Qt moves it).
        if isinstance(widget, QAbstractButton) and _group_reached(widget, walked):
            continue
        missing.append(describe(widget))
    return missing


def keyboard_traps(window: QWidget) -> list[str]:
    """Controls that keep Tab for themselves: a text box that types it, a read-only table
    that walks it from cell to cell (with a thousand rows, Tab would never get out)."""
    traps = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if _not_yet(widget):
            continue
        editable = isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()
        if editable and not widget.tabChangesFocus():
            traps.append("types Tab: " + describe(widget))
        if isinstance(widget, QTableView) and widget.tabKeyNavigation():
            no_edits = widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
            if no_edits:
                traps.append("walks Tab through its cells: " + describe(widget))
    return traps


def unnamed(window: QWidget) -> list[str]:
    """Buttons without a word, and our painted widgets, that have no name to be read."""
    problems = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or _internal(widget):
            continue
        wordless = isinstance(widget, QAbstractButton) and not any(
            c.isalpha() for c in widget.text()
        )
        if wordless and not (widget.accessibleName() or widget.toolTip()):
            problems.append("no name: " + describe(widget))
        if type(widget).__name__ in PAINTED and not widget.accessibleName():
            problems.append("painted, no name: " + describe(widget))
    return problems


def check(window: QWidget) -> list[str]:
    """Everything above, for what ``window`` shows now."""
    if not window.isActiveWindow():
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
    walked = tab_walk(window)
    kept, silent = key_walk(window, walked)
    return unreachable(window, walked) + kept + silent + keyboard_traps(window) + unnamed(window)


def _tab_states(page: QWidget) -> Iterator[str]:
    """Each tab of the tab widgets ``page`` shows (one level of tabs inside another too)."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index).replace("&", "")


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def demo_practice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo practice, made once for this module (each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("demo") / "practice"
    create_demo_vault(folder, "small").close()
    return folder


@pytest.fixture
def demo_copy(demo_practice: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "practice"
    shutil.copytree(demo_practice, folder)
    return folder


@pytest.fixture
def demo_window(
    qtbot: QtBot,
    demo_copy: Path,
    clock: FakeClock,
    controller_factory: Callable[[Path], Controller],
    type_and_unlock: Callable[[Controller, str], None],
) -> MainWindow:
    """The demo practice unlocked at noon on the demo's today, its window on screen."""
    clock.now = datetime.combine(DEMO_TODAY, time(12)).timestamp()
    controller = controller_factory(demo_copy)
    controller.start(Vault.open(demo_copy))
    type_and_unlock(controller, DEMO_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    window.resize(1300, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def restyled(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The app styled as ui.main styles it (for the test), and its font; all put back after."""
    font = QFont(qapp.font())
    palette, sheet, name = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    monkeypatch.delenv(style.THEME_VARIABLE, raising=False)
    qapp.setStyle("Fusion")
    yield qapp
    qapp.setFont(font)  # first: a font change makes the style sheet again
    style.use(qapp, style.LIGHT)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(name)


@pytest.fixture(params=[style.LIGHT, style.DARK], ids=lambda theme: theme.name)
def theme(request: pytest.FixtureRequest, restyled: QApplication) -> style.Theme:
    """The app in each of its themes, as ui.main styles it."""
    chosen: style.Theme = request.param
    style.use(restyled, chosen)
    return chosen


@pytest.fixture
def large_font(restyled: QApplication) -> QFont:
    """The system's font half as large again, set before any window is built."""
    big = QFont(restyled.font())
    big.setPointSizeF(big.pointSizeF() * 1.5)
    restyled.setFont(big)
    style.use(restyled, style.LIGHT)
    return big


def _today_with_client(window: MainWindow) -> AppointmentView:
    """The first of the demo's appointments today that is with a client."""
    zone = window.ctx.zone()
    start = datetime.combine(DEMO_TODAY, time()).replace(tzinfo=zone)
    with window.ctx.vault.session() as session:
        booked = calendar.appointments_between(session, start, start + timedelta(days=1))
    return next(a for a in booked if a.client_id is not None)


# ------------------------------------------------------- (a) Tab reaches all


def test_tab_reaches_every_control_of_every_area(
    qtbot: QtBot, theme: style.Theme, demo_window: MainWindow
) -> None:
    window = demo_window
    problems: dict[str, list[str]] = {}
    for area in AREA_NAMES:
        window.show_area(area)
        page = window.pages.currentWidget()
        assert page is not None
        for tab in _tab_states(page):
            found = check(window)
            if found:
                problems[f"{area} {tab}".strip()] = found
    assert problems == {}


def test_tab_reaches_every_control_of_a_clients_record(
    qtbot: QtBot, theme: style.Theme, demo_window: MainWindow
) -> None:
    window = demo_window
    client_id = _today_with_client(window).client_id
    assert client_id is not None
    window.open_client(client_id)
    tabs = window.clients.overview.tabs
    problems: dict[str, list[str]] = {}
    names = []
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        tabs.setCurrentIndex(index)
        names.append(tabs.tabText(index))
        found = check(window)
        if found:
            problems[tabs.tabText(index)] = found
    assert problems == {}
    assert {"Details", "Chart", "Consent", "Billing", "Notes"} <= set(names)


def test_tab_reaches_the_session_the_survey_window_and_the_signing(
    qtbot: QtBot, theme: style.Theme, demo_window: MainWindow
) -> None:
    window = demo_window
    appointment = _today_with_client(window)
    workspace = window.start_session(appointment.id)
    assert workspace is not None
    qtbot.waitExposed(workspace)
    assert check(workspace) == []
    workspace.tabs.setCurrentIndex(1)
    assert check(workspace) == []

    instruments = window.ctx.instruments().instruments
    survey = ClientMode([instruments["phq9"]], lambda _p: False, window.ctx.tasks)
    qtbot.addWidget(survey)
    survey.show()
    assert check(survey) == []
    answers = [b for b in survey.findChildren(QPushButton) if b.objectName() == "answer"]
    assert answers and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in answers)
    assert survey.progress.accessibleName() == f"Question 1 of {len(survey.steps)}"
    survey.stop_early()
    assert check(survey) == []
    survey._leaving = True
    survey.close()

    assert appointment.client_id is not None
    window.open_client(appointment.client_id)
    signing = window.clients.overview.sign_consent()
    assert signing is not None
    qtbot.waitExposed(signing)
    assert check(signing) == []
    signing.stack.setCurrentIndex(SIGN)
    assert check(signing) == []
    pad = signing.client_block.pad
    assert pad in tab_walk(signing)
    signing.ask_to_stop()
    assert check(signing) == []
    signing._leaving = True
    signing.close()


def test_tab_reaches_every_page_of_the_intake_wizard(
    qtbot: QtBot, theme: style.Theme, demo_window: MainWindow
) -> None:
    wizard = demo_window.start_intake()
    qtbot.waitExposed(wizard)
    problems = {}
    page = wizard.currentPage()
    # The identity page: a tab widget with its bar hidden used to hold Tab on a button.
    found = check(wizard)
    if found:
        problems[page.title()] = found
    form = page.form
    qtbot.keyClicks(form.legal_first_name, "Ada")
    qtbot.keyClicks(form.legal_last_name, "Okafor")
    form.date_of_birth.set_value(DEMO_TODAY.replace(year=1990))
    for _ in range(6):
        page = wizard.currentPage()
        if hasattr(page, "why_now"):
            page.why_now.setPlainText("Panic attacks since a promotion at work.")
        if hasattr(page, "trauma_exposure"):
            page.trauma_exposure.setCurrentIndex(page.trauma_exposure.findData("no"))
        wizard.button(QWizard.WizardButton.NextButton).click()
        found = check(wizard)
        if found:
            problems[wizard.currentPage().title()] = found
    assert problems == {}
    wizard.hide()


def test_tab_reaches_every_page_of_the_set_up_wizard(
    qtbot: QtBot,
    theme: style.Theme,
    controller_factory: Callable[[Path], Controller],
    data_dir: Path,
) -> None:
    controller = controller_factory(data_dir)
    controller.start(None)
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert check(wizard) == []
    form = wizard.practice_page.form
    qtbot.keyClicks(form.practice_name, "Harbour Light Counselling")
    qtbot.keyClicks(form.clinician_name, "Dr. Maya Okafor")
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.passphrase_page
    assert check(wizard) == []
    assert page.meter.accessibleName() == "Passphrase strength"
    secret = "a long and quite unguessable passphrase"
    qtbot.keyClicks(page.passphrase, secret)
    qtbot.keyClicks(page.confirmation, secret)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert check(wizard) == []
    wizard.recovery_page.panel.stored.click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert check(wizard) == []


def test_the_unlock_window_is_reached_with_tab(
    qtbot: QtBot, theme: style.Theme, locked_controller: Controller
) -> None:
    window = locked_controller.unlock_window
    assert window is not None
    assert check(window) == []


# ------------------------------------------------- the keyboard does the work


def test_the_calendar_is_worked_from_the_keyboard(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.show_area("Calendar")
    page = window.calendar
    grid = page.grid
    assert grid in tab_walk(window)

    # Tabbed to, the week starts on the next appointment; the arrows go on; Enter opens it.
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    ordered = sorted(grid._placed, key=lambda p: (p.appointment.start, p.rect.left()))
    now = window.ctx.now()
    upcoming = [p.appointment.id for p in ordered if p.appointment.end > now]
    assert grid.current_id == upcoming[0]
    assert "Enter opens it" in grid.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_id == upcoming[1]
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.current_id == ordered[0].appointment.id
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    first_day = ordered[0].appointment.start.astimezone(grid.zone).date()
    moved = next(p for p in ordered if p.appointment.id == grid.current_id)
    assert moved.appointment.start.astimezone(grid.zone).date() > first_day
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

    # The view buttons are one stop: the arrows change the view.
    walked = tab_walk(window)
    assert any(button in walked for button in page.view_buttons.buttons())
    week = next(b for b in page.view_buttons.buttons() if b.property("view") == "week")
    assert week.isChecked()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    week.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is week
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert page.view == "month"

    # The month: a day is chosen with the arrows, Enter shows it.
    month = page.month
    assert month in tab_walk(window)
    month.setFocus(Qt.FocusReason.TabFocusReason)
    assert month.selected == DEMO_TODAY
    qtbot.keyClick(month, Qt.Key.Key_Left)
    qtbot.keyClick(month, Qt.Key.Key_Up)
    assert month.selected == DEMO_TODAY - timedelta(days=8)
    assert "appointment" in month.accessibleDescription()
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert page.view == "day" and page.anchor == DEMO_TODAY - timedelta(days=8)


def test_todays_links_and_the_records_tables_take_the_keyboard(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    links = [w for w in window.today.findChildren(LinkLabel) if w.isVisible()]
    assert links and all(label in tab_walk(window) for label in links)
    label = links[0]
    # Shift+Tab leaves a line of links (Qt's label alone would keep it on its first link).
    label.setFocus(Qt.FocusReason.BacktabFocusReason)
    assert QApplication.focusWidget() is label
    for _ in range(label.text().count("<a ")):
        qtbot.keyClick(label, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is not label
    # Tabbed to, its first link has the focus: Enter follows it.
    opened: list[int] = []
    window.today.sig_open_client.connect(opened.append)
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert len(opened) == 1

    # In the record, Enter opens the note on the row as a double-click does.
    window.open_client(opened[0])
    overview = window.clients.overview
    notes_tab = next(i for i in range(overview.tabs.count()) if overview.tabs.tabText(i) == "Notes")
    overview.tabs.setCurrentIndex(notes_tab)
    assert overview.notes.rowCount() > 0
    shown: list[int] = []
    overview.sig_open_note.connect(shown.append)
    overview.notes.setFocus(Qt.FocusReason.TabFocusReason)
    overview.notes.setCurrentCell(0, 0)
    qtbot.keyClick(overview.notes, Qt.Key.Key_Return)
    assert shown == [overview._note_ids[0]]


def test_the_signature_pad_says_how_to_sign_without_a_pointer(qtbot: QtBot) -> None:
    from ui.consent.signing import _SignatureBlock

    block = _SignatureBlock("Your signature")
    qtbot.addWidget(block)
    block.show()
    pad = block.pad
    assert pad.accessibleName() == "Your signature: signature pad"
    assert "cannot be drawn with keys" in pad.accessibleDescription()
    assert pad.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "typed instead" in block.typed.accessibleName()
    # Typing on the pad goes to the name field; Delete clears what was drawn.
    qtbot.keyClicks(pad, "Ada")
    assert block.typed.text() == "Ada" and block.signed()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 90))
    for x, y in ((80, 60), (120, 100), (160, 50)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(160, 50))
    assert not pad.is_empty()
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_the_survey_is_answered_from_the_keyboard(qtbot: QtBot, main_window: MainWindow) -> None:
    instruments = main_window.ctx.instruments().instruments
    survey = ClientMode([instruments["gad7"]], lambda _p: False, main_window.ctx.tasks)
    qtbot.addWidget(survey)
    survey.show()
    survey.activateWindow()
    qtbot.waitUntil(survey.isActiveWindow)
    qtbot.keyClick(survey, Qt.Key.Key_Tab)
    first = survey.focusWidget()
    assert isinstance(first, QPushButton) and first.objectName() == "answer"
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert survey.position == 1
    # The next question's answers have the keyboard at once.
    following = survey.focusWidget()
    assert isinstance(following, QPushButton) and following.objectName() == "answer"
    assert following is not first
    survey._leaving = True
    survey.close()


def test_the_passphrase_is_shown_from_the_keyboard(qtbot: QtBot) -> None:
    edit = PassphraseEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(edit.isActiveWindow)
    edit.setFocus()
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert "Ctrl+H" in edit.accessibleDescription()


# ---------------------------------------------------------------- (b) names


def _painted_classes() -> set[str]:
    """Every widget class of ui/ that paints itself."""
    found = set()
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, QWidget)
                and "paintEvent" in vars(cls)
            ):
                found.add(cls.__name__)
    return found


def test_every_widget_that_paints_itself_is_named(qtbot: QtBot) -> None:
    assert _painted_classes() == PAINTED  # a new one: name it, and add it here
    for widget in (SignaturePad(), TimeGrid(), MonthGrid()):
        qtbot.addWidget(widget)
        assert widget.accessibleName(), type(widget).__name__
    pad = SignaturePad()
    qtbot.addWidget(pad)
    assert pad.accessibleDescription()


def test_buttons_without_words_are_named_everywhere(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    problems = {}
    for area in AREA_NAMES:
        window.show_area(area)
        found = unnamed(window)
        if found:
            problems[area] = found
    assert problems == {}
    calendar_page = window.calendar
    assert calendar_page.previous_button.accessibleName() == "Previous period"
    assert window.navigation.accessibleName() == "Areas"


# ---------------------------------------------------------- (c) font size

_SIZES = re.compile(r"font-size:\s*([\d.]+)\s*([a-z%]*)")


def test_the_style_sheet_sizes_type_in_proportion_to_the_system_font() -> None:
    for theme in (style.LIGHT, style.DARK):
        normal = _SIZES.findall(style.stylesheet(theme, base=10))
        larger = _SIZES.findall(style.stylesheet(theme, base=15))
        assert normal and len(normal) == len(larger)
        assert {unit for _size, unit in normal + larger} == {"pt"}  # never px
        for (small, _), (big, _) in zip(normal, larger, strict=True):
            assert float(big) == pytest.approx(float(small) * 1.5, abs=0.06)
        assert "px;" not in " ".join(re.findall(r"font[^;]*;", style.stylesheet(theme)))


def test_no_window_sets_a_fixed_font_size_of_its_own() -> None:
    """Sizes of type come from ui.style.font_size, in proportion to the system's font."""
    fixed = []
    for path in Path(ui.__file__).parent.rglob("*.py"):
        if path.name == "style.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and re.search(r"font-size:\s*\d|font:\s*\d", text):
                fixed.append(f"{path.name}: {text!r}")
            if isinstance(node, ast.Attribute) and node.attr == "setPixelSize":
                fixed.append(f"{path.name}: setPixelSize")
    assert fixed == []


def test_the_type_grows_with_the_system_font(qtbot: QtBot, restyled: QApplication) -> None:
    def title_and_sheet() -> tuple[float, int, str]:
        label = QLabel("Outcomes")
        label.setObjectName("pageTitle")
        qtbot.addWidget(label)
        label.ensurePolished()
        return label.fontInfo().pointSizeF(), label.sizeHint().height(), restyled.styleSheet()

    style.apply(restyled)  # as ui.main does: it follows the font from now on
    normal_points, normal_height, normal_sheet = title_and_sheet()
    bigger = QFont(restyled.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    restyled.setFont(bigger)  # the system's font size changed while Rapport runs
    large_points, large_height, large_sheet = title_and_sheet()
    assert large_sheet != normal_sheet
    assert large_points == pytest.approx(normal_points * 1.5, rel=0.08)
    assert large_height > normal_height * 1.3


def test_every_area_shows_with_a_large_font(
    qtbot: QtBot, large_font: QFont, demo_window: MainWindow
) -> None:
    window = demo_window
    assert window.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    squeezed = {}
    for area in AREA_NAMES:
        window.show_area(area)
        page = window.pages.currentWidget()
        assert page is not None
        QApplication.processEvents()
        assert not window.grab().isNull()
        titles = [w for w in page.findChildren(QLabel) if w.objectName() == "pageTitle"]
        assert titles and titles[0].fontInfo().pointSizeF() > large_font.pointSizeF() * 1.5
        # No button is cut: each is as tall as it needs, and its words fit.
        cut = [
            describe(b)
            for b in page.findChildren(QPushButton)
            if b.isVisible()
            and (
                b.height() < b.minimumSizeHint().height()
                or b.fontMetrics().horizontalAdvance(b.text().replace("&", "")) > b.width() - 8
            )
        ]
        if cut:
            squeezed[area] = cut
    assert squeezed == {}
    nav = window.navigation
    assert nav.width() >= nav.sizeHintForColumn(0)  # the areas' names are not cut

    # A client's record: the name wraps beside its buttons rather than being cut.
    client_id = _today_with_client(window).client_id
    assert client_id is not None
    window.open_client(client_id)
    name = window.clients.overview.name
    assert name.wordWrap() and name.width() >= name.minimumSizeHint().width()


# ---------------------------------------------------------- (d) focus outline


def _focus_shows(qtbot: QtBot, window: QWidget, before: QWidget, target: QWidget) -> bool:
    """Whether ``target`` draws differently once Tab has brought the focus to it."""
    before.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    unfocused = target.grab().toImage()
    while QApplication.focusWidget() is not target:
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)  # a real Tab: the style draws a keyboard's focus
    QApplication.processEvents()
    focused: QImage = target.grab().toImage()
    return focused != unfocused


@pytest.mark.parametrize("theme", [style.LIGHT, style.DARK], ids=lambda t: t.name)
def test_the_keyboards_place_is_outlined(
    qtbot: QtBot, restyled: QApplication, theme: style.Theme
) -> None:
    style.use(restyled, theme)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    start = QPushButton("Start")
    plain = QPushButton("Plain")
    primary = QPushButton("Primary")
    primary.setObjectName("primary")
    link = QPushButton("← All clients")
    link.setObjectName("link")
    answer = QPushButton("Several days")
    answer.setObjectName("answer")
    navigation = QListWidget()
    navigation.setObjectName("navigation")
    navigation.addItems(["Today", "Calendar"])
    navigation.setCurrentRow(0)
    links = text_label('<a href="1">Okafor, Ada</a>: reliable deterioration', "warning")
    pad = SignaturePad()
    grid = TimeGrid()
    grid.setMinimumHeight(200)
    month = MonthGrid()
    shown = [plain, primary, link, answer, navigation, links, pad, grid, month]
    for widget in (start, *shown):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    silent = [describe(w) for w in shown if not _focus_shows(qtbot, window, start, w)]
    assert silent == []


# ------------------------------------------------------------- (e) high DPI

_HIGH_DPI_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QLocale, QSize, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.demo import DEMO_PASSPHRASE
from app.vault import Vault
from ui import i18n, style
from ui.controller import Controller
i18n.install(app, QLocale("en_US"))
style.apply(app)
folder = Path(sys.argv[1])
controller = Controller(folder)
controller.start(Vault.open(folder))
loop = QEventLoop()
controller.sig_state_changed.connect(lambda state: state == "unlocked" and loop.quit())
QTimer.singleShot(60_000, loop.quit)
controller.unlock_window.passphrase.setText(DEMO_PASSPHRASE)
controller.unlock_window.unlock_button.click()
loop.exec()
window = controller.main_window
window.resize(1200, 800)
window.show()
report = {"ratio": window.devicePixelRatioF(), "areas": {}, "icons": {}}
for area in window.area_names():
    window.show_area(area)
    app.processEvents()
    shot = window.grab()
    report["areas"][area] = [shot.width(), shot.height(), shot.devicePixelRatio(),
                             window.width(), window.height()]
for name in ("eye", "eye-off", "lock", "rapport"):
    pixmap = style.icon(name).pixmap(QSize(16, 16))
    report["icons"][name] = [pixmap.width(), pixmap.devicePixelRatio()]
controller.tasks.wait(10_000)
controller.vault.close()
print("REPORT " + json.dumps(report))
"""


def test_the_window_is_sharp_at_twice_the_density(demo_copy: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", _HIGH_DPI_SCRIPT, str(demo_copy)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(ui.__file__).parent.parent,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("REPORT "))
    report = json.loads(line.removeprefix("REPORT "))
    assert report["ratio"] == 2.0
    assert set(report["areas"]) == set(AREA_NAMES)
    for area, (width, height, ratio, logical_width, logical_height) in report["areas"].items():
        assert ratio == 2.0, area
        assert (width, height) == (2 * logical_width, 2 * logical_height), area
    for name, (pixels, ratio) in report["icons"].items():
        assert (pixels, ratio) == (32, 2.0), name  # drawn at the screen's density, not blown up


def test_every_icon_is_drawn_sharp_at_any_density() -> None:
    """Icons are SVG (or a bitmap with its @2x twin), and every icon ui/ names exists."""
    folder = resource_path("icons")
    for path in folder.iterdir():
        if path.suffix != ".svg" and "@2x" not in path.stem:
            assert path.with_name(f"{path.stem}@2x{path.suffix}").exists(), path.name
    used = set()
    for source in Path(ui.__file__).parent.rglob("*.py"):
        used |= set(re.findall(r'\bicon\(\s*"([\w-]+)"', source.read_text(encoding="utf-8")))
    assert used
    for name in used:
        assert (folder / f"{name}.svg").exists(), name


def test_status_marks_are_words_for_a_screen_reader(qtbot: QtBot, demo_window: MainWindow) -> None:
    """The week's appointments are told in words as the keyboard goes through them."""
    grid = demo_window.calendar.grid
    attended = next(
        p.appointment for p in grid._placed if p.appointment.status == AppointmentStatus.ATTENDED
    )
    words = grid.describe(attended)
    start = attended.start.astimezone(grid.zone)
    assert attended.service_name in words and f"{start:%H:%M}" in words
    assert "✓" in words  # the status mark, as the week shows it


def test_tabs_leave_room_for_the_accents_of_capitals(restyled: QApplication) -> None:
    """Fusion draws a tab that is not the current one lower: the Ä of "Änderungsverlauf"
    lost its dots. The window's tab widgets have taller tabs."""

    def tab_height(tabs: QTabWidget) -> int:
        tabs.addTab(QWidget(), "Änderungsverlauf")
        tabs.addTab(QWidget(), "Übersicht")
        height = tabs.tabBar().tabRect(1).height()
        tabs.deleteLater()
        return height

    assert tab_height(tab_widget()) >= tab_height(QTabWidget()) + TabBar.ROOM
    folder = Path(ui.__file__).parent
    plain = [
        str(path.relative_to(folder))
        for path in folder.rglob("*.py")
        if "QTabWidget()" in path.read_text(encoding="utf-8")
    ]
    assert not plain, f"tabs made without tab_widget(): {plain}"
