"""Appointments imported from another program's calendar file, clicked and typed through."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from app import clients
from app.clients import ClientInput
from app.interop.ics_appointments import AppointmentImportPlan, import_appointments
from app.models import Appointment, AppointmentStatus, Charge
from tests.app.people import count
from ui.calendar.ics_import_dialog import AppointmentImportDialog
from ui.calendar.page import CalendarPage
from ui.main_window import MainWindow

# The fake clock starts on Friday 15 January 2027, 08:00 UTC (the practice's zone is UTC).
FILE = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Old//Software//EN\r
BEGIN:VEVENT\r
UID:past@old.example\r
DTSTART:20270104T100000Z\r
DTEND:20270104T105000Z\r
SUMMARY:Okafor\\, Ada\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly@old.example\r
DTSTART:20270118T100000Z\r
DURATION:PT50M\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:Therapy C0001\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:dentist@old.example\r
DTSTART:20270119T140000Z\r
DTEND:20270119T150000Z\r
SUMMARY:Dentist with Quentin Thirdparty\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:cancelled@old.example\r
DTSTART:20270120T140000Z\r
DTEND:20270120T150000Z\r
STATUS:CANCELLED\r
SUMMARY:C0001\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def page(main_window: MainWindow) -> CalendarPage:
    main_window.resize(1200, 800)
    with main_window.ctx.vault.session() as session:
        clients.create_client(
            session, ClientInput("Ada", "Okafor", date(1990, 4, 12)), main_window.ctx.today()
        )
    main_window.show_area("Calendar")
    QApplication.processEvents()
    return main_window.calendar


@pytest.fixture
def calendar_file(tmp_path: Path) -> Path:
    path = tmp_path / "old-software.ics"
    path.write_bytes(FILE)
    return path


@pytest.fixture
def dialog(qtbot: QtBot, page: CalendarPage) -> Iterator[AppointmentImportDialog]:
    (action,) = [
        a for a in page.file_button.menu().actions() if a.text().startswith("Import appointments")
    ]
    action.trigger()
    opened = page.appointment_import
    assert opened is not None
    qtbot.waitUntil(opened.isVisible)
    yield opened
    page.ctx.tasks.wait(10_000)
    if isValid(opened) and opened.isVisible():
        opened.reject()


def _check(qtbot: QtBot, dialog: AppointmentImportDialog, path: Path) -> AppointmentImportPlan:
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as blocker:
        assert dialog.open_file(path)
    plan = blocker.args[0]
    assert isinstance(plan, AppointmentImportPlan)
    return plan


def _rows(model: object) -> list[list[str]]:
    from ui.clients.import_dialog import TextRowsModel

    assert isinstance(model, TextRowsModel)
    return [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_calendar_file_is_checked_then_imported_all_at_once(
    qtbot: QtBot, dialog: AppointmentImportDialog, page: CalendarPage, calendar_file: Path
) -> None:
    assert not dialog.import_button.isEnabled()  # nothing to create before a file is read
    assert dialog.service.currentText().startswith("Individual session")
    plan = _check(qtbot, dialog, calendar_file)

    with page.ctx.vault.session() as session:
        assert count(session, Appointment) == 0  # the dry run stores nothing
    assert len(plan.appointments) == 4
    assert dialog.import_button.text() == "Import 4 appointments"
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "To create (4)",
        "Refused (1)",
        "Skipped (1)",
    ]
    created = _rows(dialog.create_model)
    assert created[0][:6] == [
        "4",
        "Mon 4 Jan 2027",
        "10:00–10:50",
        "C0001",
        "Individual session",
        "Scheduled",
    ]
    assert created[1][5] == "Scheduled — no signed consent yet"
    assert _rows(dialog.refused_model)[0][:4] == [
        "17",
        "Tue 19 Jan 2027",
        "14:00",
        "no client's code or full name is in the title",
    ]
    assert _rows(dialog.skipped_model)[0][3] == "cancelled"
    assert "1 of them in the past, kept as scheduled" in dialog.detail.text()

    # The keyboard alone: tick "mark past appointments as attended", then import.
    dialog.mark_attended.setFocus()
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.mark_attended, Qt.Key.Key_Space)
    assert blocker.args[0].attended == 1
    assert _rows(dialog.create_model)[0][5] == "Attended"
    assert "stored as attended" in dialog.detail.text()
    dialog.import_button.setFocus()
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000) as imported:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)

    assert imported.args[0].created == 4
    assert dialog.summary.text() == "4 appointments imported"
    assert not dialog.import_button.isVisible() and dialog.close_button.text() == "Close"
    assert dialog.create_model.rowCount() == 0  # the file's titles are not kept on screen
    with page.ctx.vault.session() as session:
        statuses = list(session.scalars(select(Appointment.status).order_by(Appointment.start_utc)))
        assert count(session, Charge) == 0
    assert statuses == [AppointmentStatus.ATTENDED] + [AppointmentStatus.SCHEDULED] * 3
    # The calendar heard of them through the bus.
    page.step(1)
    assert [a.code for a in page.grid.appointments] == ["C0001"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not isValid(dialog) or not dialog.isVisible()


def test_the_same_file_again_has_nothing_to_create(
    qtbot: QtBot, dialog: AppointmentImportDialog, page: CalendarPage, calendar_file: Path
) -> None:
    _check(qtbot, dialog, calendar_file)
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.reject()

    again = page.import_appointments()
    plan = _check(qtbot, again, calendar_file)
    assert plan.appointments == ()
    assert again.summary.text() == "There is no appointment to create"
    assert not again.import_button.isEnabled()
    assert again.tabs.currentIndex() == 1
    assert [row[3] for row in _rows(again.refused_model)][:2] == [
        "already imported",
        "already imported (3 times)",
    ]
    again.reject()


def test_choosing_no_default_service_refuses_events_that_name_none(
    qtbot: QtBot, dialog: AppointmentImportDialog, calendar_file: Path
) -> None:
    _check(qtbot, dialog, calendar_file)
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as blocker:
        dialog.set_service(None)
    assert blocker.args[0].appointments == ()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000):
        combo = dialog.service
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next service: the keyboard chooses it
        combo.activated.emit(combo.currentIndex())
    assert dialog.import_button.isEnabled()


def test_a_damaged_file_is_named_and_a_stale_plan_imports_nothing(
    qtbot: QtBot, dialog: AppointmentImportDialog, page: CalendarPage, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_bytes(FILE.replace(b"DTSTART:20270104T100000Z", b"DTSTART:yesterday"))
    with qtbot.waitSignal(dialog.sig_failed, timeout=10_000) as failed:
        dialog.open_file(broken)
    assert failed.args[0].startswith("Line 6")
    assert dialog.summary.text() == "broken.ics cannot be imported"
    assert not dialog.import_button.isEnabled()

    good = tmp_path / "good.ics"
    good.write_bytes(FILE)
    _check(qtbot, dialog, good)
    # Meanwhile the same file is imported elsewhere (another window, the admin tool).
    with page.ctx.vault.session() as session:
        import_appointments(
            session,
            FILE,
            default_service_id=dialog.service.currentData(),
            now=datetime(2027, 1, 15, 8, tzinfo=UTC),
        )
        before = count(session, Appointment)
    with qtbot.waitSignal(dialog.sig_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert "imported meanwhile" in failed.args[0]
    assert dialog.problem.text().startswith("Nothing was imported.")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)  # checked again
    assert dialog.plan is not None and not dialog.plan.can_import
    with page.ctx.vault.session() as session:
        assert count(session, Appointment) == before == 4
