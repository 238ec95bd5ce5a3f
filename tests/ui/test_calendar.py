"""The calendar area, walked with the mouse: views, booking by double-click, dragging, Today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from app import calendar, clients
from app.calendar import AppointmentInput, ConsentNeeded, Recurrence, Repeat, Scope
from app.changes import Changed
from app.clients import ClientInput
from app.models import AppointmentStatus, ServiceKind
from ui.calendar.grid import FIRST_HOUR, LAST_HOUR, TimeGrid, appointment_font, hour_label
from ui.calendar.page import CalendarPage
from ui.main_window import MainWindow

from .conftest import FakeClock

# The fake clock starts on Friday 15 January 2027, 08:00 UTC (the practice's zone is UTC).
MONDAY = date(2027, 1, 11)


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    main_window.resize(1200, 800)
    return main_window


def _client(window: MainWindow, first: str = "Ada", last: str = "Okafor") -> int:
    with window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput(first, last, date(1990, 4, 12)), window.ctx.today()
        )
    return client_id


def _service(window: MainWindow, kind: ServiceKind) -> int:
    with window.ctx.vault.session() as session:
        return next(s.id for s in calendar.services(session) if s.kind == kind)


def _book(window: MainWindow, client_id: int, start: datetime, minutes: int = 50) -> int:
    with window.ctx.vault.session() as session:
        (appointment_id,) = calendar.book(
            session,
            AppointmentInput(
                service_id=_service(window, ServiceKind.INDIVIDUAL),
                start=start,
                duration_minutes=minutes,
                client_id=client_id,
                accept_consent_warning=True,
            ),
            window.ctx.today(),
        )
    window.ctx.bus.publish(Changed.CALENDAR)
    return appointment_id


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _page(window: MainWindow) -> CalendarPage:
    window.show_area("Calendar")
    page = window.calendar
    QApplication.processEvents()
    return page


def _point(grid: TimeGrid, moment: datetime) -> QPoint:
    """The middle of the grid cell at ``moment`` (a few pixels below its top)."""
    column = grid.days.index(moment.date())
    x = int(grid.gutter_width + (column + 0.5) * grid._column_width())
    y = int(grid._y_for(moment)) + 4
    return QPoint(x, y)


def _drag(grid: TimeGrid, start: QPoint, end: QPoint) -> None:
    def send(kind: QMouseEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            QPointF(point),
            QPointF(grid.mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(grid, event)

    send(QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    send(QMouseEvent.Type.MouseMove, middle, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_the_week_view_shows_bookings_and_switches_views(window: MainWindow) -> None:
    ada = _client(window)
    _book(window, ada, _at(MONDAY, 10))
    page = _page(window)
    assert page.view == "week"
    assert page.title.text() == "11–17 January 2027"
    assert [a.who for a in page.grid.appointments] == ["Okafor, Ada"]
    assert len(page.grid._placed) == 1
    page.step(1)
    assert page.title.text() == "18–24 January 2027" and not page.grid._placed
    page.go_today()
    page.set_view("day")
    assert page.title.text() == "Friday 15 January 2027" and page.grid.days == [date(2027, 1, 15)]
    page.step(-4)
    assert page.grid.days == [MONDAY] and len(page.grid._placed) == 1
    page.set_view("month")
    assert page.title.text() == "January 2027"
    assert page.month.by_day[MONDAY][0].client_id == ada
    page.codes_button.click()
    assert page.month.show_codes and page.grid.show_codes


def test_double_click_on_an_empty_slot_books_there(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    page = _page(window)
    grid = page.grid
    slot = _at(MONDAY + timedelta(days=1), 14)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=_point(grid, slot))
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog._start() == slot
    dialog.save()
    assert "Choose who" in dialog.message.text()
    qtbot.keyClicks(dialog.person.search, "Okaf")
    assert dialog.person.matches.count() == 1
    qtbot.keyClick(dialog.person.search, Qt.Key.Key_Return)
    assert dialog.person.choice == ("client", ada)
    dialog.service.setCurrentIndex(
        dialog.service.findData(_service(window, ServiceKind.INDIVIDUAL))
    )
    assert dialog.duration.value() == 50
    dialog.decide_consent = lambda problem: "book"
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with window.ctx.vault.session() as session:
        (booked,) = calendar.client_appointments(session, ada)
    assert booked.start == slot and booked.consent_warning == "none"
    assert [p.appointment.id for p in grid._placed] == [booked.id]


def test_the_consent_warning_can_start_the_consent(window: MainWindow) -> None:
    ada = _client(window)
    page = _page(window)
    dialog = page.new_appointment(_at(MONDAY + timedelta(days=7), 11))
    dialog.person.set_choice("client", ada, "Ada Okafor")
    dialog.service.setCurrentIndex(
        dialog.service.findData(_service(window, ServiceKind.INDIVIDUAL))
    )
    seen: list[ConsentNeeded] = []
    started: list[int] = []
    page.sig_start_consent.disconnect()
    page.sig_start_consent.connect(started.append)
    dialog.decide_consent = lambda problem: seen.append(problem) or "consent"
    dialog.save()
    assert seen and seen[0].kind == "none"
    assert started == [ada]
    with window.ctx.vault.session() as session:
        assert calendar.client_appointments(session, ada) == []


def test_outside_working_hours_asks_first(window: MainWindow) -> None:
    ada = _client(window)
    page = _page(window)
    dialog = page.new_appointment(_at(MONDAY + timedelta(days=7), 19))
    dialog.person.set_choice("client", ada, "Ada Okafor")
    dialog.decide_consent = lambda problem: "book"
    questions: list[str] = []
    dialog.confirm_outside_hours = lambda message: questions.append(message) or False
    dialog.save()
    assert questions and dialog.result() != QDialog.DialogCode.Accepted
    dialog.confirm_outside_hours = lambda message: True
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dragging_into_a_conflict_is_refused_and_into_free_time_moves(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada, ben = _client(window), _client(window, "Ben", "Jonas")
    first = _book(window, ada, _at(MONDAY, 10))
    _book(window, ben, _at(MONDAY, 11))
    page = _page(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.calendar.page.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    grid = page.grid
    _drag(grid, _point(grid, _at(MONDAY, 10)), _point(grid, _at(MONDAY, 11)))
    assert warnings, "the move into Ben's session was not refused"
    assert "Overlaps" in warnings[0] and "Jonas" not in warnings[0]
    with window.ctx.vault.session() as session:
        assert calendar.get_appointment(session, first).start == _at(MONDAY, 10)
    _drag(grid, _point(grid, _at(MONDAY, 10)), _point(grid, _at(MONDAY + timedelta(days=1), 14)))
    with window.ctx.vault.session() as session:
        assert calendar.get_appointment(session, first).start == _at(MONDAY + timedelta(days=1), 14)
    assert len(warnings) == 1


def test_clicking_an_appointment_opens_it_and_records_a_late_cancellation(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    ada = _client(window)
    today = window.ctx.today()
    appointment = _book(window, ada, _at(today, 11))
    page = _page(window)
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=_point(page.grid, _at(today, 11)))
    dialog = page.dialog
    assert dialog is not None and dialog.existing is not None
    assert dialog.existing.id == appointment
    dialog.set_status(AppointmentStatus.CANCELLED_BY_CLIENT)  # three hours before: late
    with window.ctx.vault.session() as session:
        cancelled = calendar.get_appointment(session, appointment)
    assert cancelled.status == AppointmentStatus.LATE_CANCELLED


def test_today_lists_the_days_sessions_with_one_click_status(
    window: MainWindow, clock: FakeClock
) -> None:
    ada = _client(window)
    today = window.ctx.today()
    appointment = _book(window, ada, _at(today, 9))
    window.show_area("Today")
    today_page = window.today
    assert appointment in today_page.session_rows
    buttons = today_page.session_rows[appointment]
    assert set(buttons) == {
        AppointmentStatus.ATTENDED,
        AppointmentStatus.NO_SHOW,
        AppointmentStatus.LATE_CANCELLED,
    }
    labels = " ".join(label.text() for label in today_page.sessions_card.findChildren(QLabel))
    assert "09:00–09:50" in labels and "Okafor" in labels
    clock.advance(75)  # 09:15: the session has started
    buttons[AppointmentStatus.ATTENDED].click()
    with window.ctx.vault.session() as session:
        assert calendar.get_appointment(session, appointment).status == AppointmentStatus.ATTENDED
    assert today_page.session_rows[appointment] == {}


BUSY = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Personal//EN\r
BEGIN:VEVENT\r
UID:dentist-1@example.org\r
DTSTAMP:20270101T000000Z\r
DTSTART:20270118T130000Z\r
DTEND:20270118T140000Z\r
SUMMARY:Dentist with Dr Canary\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_calendar_files_export_codes_and_import_busy_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada = _client(window)
    _book(window, ada, _at(MONDAY + timedelta(days=7), 10))
    page = _page(window)
    target = tmp_path / "phone"
    monkeypatch.setattr(
        "ui.calendar.page.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    monkeypatch.setattr("ui.calendar.page.QMessageBox.information", lambda *_a: None)
    path = page.export_ics()
    assert path == tmp_path / "phone.ics"
    exported = path.read_bytes()
    with window.ctx.vault.session() as session:
        code = clients.get_client(session, ada, window.ctx.today()).data.code
    assert code.encode() in exported and b"Okafor" not in exported

    feed = tmp_path / "busy.ics"
    feed.write_bytes(BUSY)
    questions: list[str] = []
    page.confirm_import = lambda question: questions.append(question) or True
    with qtbot.waitSignal(page.sig_busy_imported, timeout=10_000) as imported:
        assert page.import_ics(feed)
        assert not page.file_button.isEnabled()  # read and stored off the GUI thread
    result = imported.args[0]
    assert result.created == 1 and page.file_button.isEnabled()
    assert "1 busy time" in questions[0]
    page.step(1)
    assert [b.summary for b in page.grid.blocked] == ["Busy"]  # the event's own title is not kept

    broken = tmp_path / "broken.ics"
    broken.write_bytes(BUSY.replace(b"DTSTART:20270118T130000Z", b"DTSTART:tomorrow"))
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.calendar.page.QMessageBox.warning", lambda _p, _t, text: warnings.append(text)
    )
    assert page.import_ics(broken)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "Line 7" in warnings[0] and page.file_button.isEnabled()
    assert len(questions) == 1  # a broken file is not offered for import at all
    with window.ctx.vault.session() as session:
        kept = calendar.blocked_between(
            session, _at(MONDAY, 0), _at(MONDAY, 0) + timedelta(days=14)
        )
    assert len(kept) == 1


def test_the_clients_appointments_tab_opens_one_in_the_calendar(window: MainWindow) -> None:
    ada = _client(window)
    later = _book(window, ada, _at(MONDAY + timedelta(days=14), 10))
    window.open_client(ada)
    overview = window.clients.overview
    assert overview.appointments.rowCount() == 1
    assert overview.appointments.item(0, 1).text() == "10:00–10:50"
    overview.appointments.setCurrentCell(0, 0)
    overview._open_appointment()
    page = window.calendar
    assert window.pages.currentWidget() is page
    assert page.grid.days[0] == MONDAY + timedelta(days=14)
    assert page.dialog is not None and page.dialog.existing is not None
    assert page.dialog.existing.id == later


def test_dragging_a_series_session_asks_this_following_or_all(window: MainWindow) -> None:
    ada = _client(window)
    with window.ctx.vault.session() as session:
        ids = calendar.book(
            session,
            AppointmentInput(
                service_id=_service(window, ServiceKind.INDIVIDUAL),
                start=_at(MONDAY, 10),
                duration_minutes=50,
                client_id=ada,
                recurrence=Recurrence(Repeat.WEEKLY, count=4),
                accept_consent_warning=True,
            ),
            window.ctx.today(),
        )
    page = _page(window)
    page.step(1)
    asked: list[str] = []
    page.choose_scope = lambda what: asked.append(what) or Scope.FOLLOWING
    second = MONDAY + timedelta(days=7)
    grid = page.grid
    _drag(grid, _point(grid, _at(second, 10)), _point(grid, _at(second, 14)))
    assert asked == ["Move"]
    with window.ctx.vault.session() as session:
        starts = [calendar.get_appointment(session, i).start for i in ids]
    assert starts[0] == _at(MONDAY, 10)
    assert starts[1:] == [_at(MONDAY + timedelta(days=7 * n), 14) for n in (1, 2, 3)]


def _larger(font: QFont, factor: float = 1.5) -> QFont:
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * factor)
    return larger


def test_the_grid_grows_with_its_font(window: MainWindow) -> None:
    """A clinician's larger text: an hour holds as many lines, the hours' labels fit."""
    ada = _client(window)
    appointment = _book(window, ada, _at(MONDAY, 10))  # 50 minutes
    page = _page(window)
    grid, bar = page.grid, page.scroller.verticalScrollBar()
    assert bar.value() == grid.scroll_position(8)  # the morning, its label in full
    hour, header, gutter = grid.hour_height, grid.header_height, grid.gutter_width
    tall = grid.minimumHeight()

    font = _larger(grid.font())
    grid.setFont(font)
    metrics = QFontMetrics(font)
    assert grid.hour_height >= 1.5 * hour
    assert grid.header_height > header and grid.header_height >= 2 * metrics.lineSpacing()
    widest = max(metrics.horizontalAdvance(hour_label(h)) for h in range(FIRST_HOUR, LAST_HOUR))
    assert grid.gutter_width > gutter and grid.gutter_width >= widest + 16
    assert grid.minimumHeight() == grid.sizeHint().height() > grid.hour_top(LAST_HOUR) > tall
    assert abs(bar.value() - grid.scroll_position(8)) <= 1  # still the morning at the top

    placed = next(p for p in grid._placed if p.appointment.id == appointment)
    line = QFontMetrics(appointment_font(font)).lineSpacing()
    assert placed.rect.height() - 4 >= 2 * line  # two lines of its text, and its padding
    assert len(grid.block_lines(appointment)) >= 2
    assert abs(placed.rect.top() - 1 - grid.hour_top(10)) < 1
    assert grid.moment_at(placed.rect.topLeft().toPoint() + QPoint(4, 2)) == _at(MONDAY, 10)
    quarter_to = QPoint(grid.gutter_width + 4, int(grid.hour_top(10) + 0.75 * grid.hour_height) + 1)
    assert grid.moment_at(quarter_to) == _at(MONDAY, 10, 45)
    assert grid.moment_at(QPoint(grid.gutter_width + 4, grid.hour_top(FIRST_HOUR) - 1)) is None

    # Dragging snaps to quarter hours of the new height: an hour and a quarter down.
    start = placed.rect.center().toPoint()
    _drag(grid, start, start + QPoint(0, round(1.25 * grid.hour_height)))
    with window.ctx.vault.session() as session:
        assert calendar.get_appointment(session, appointment).start == _at(MONDAY, 11, 15)


def test_the_grid_follows_the_application_font(qtbot: QtBot, window: MainWindow) -> None:
    """The system's text size comes as the application's font: the grid sizes itself again."""
    grid = _page(window).grid
    hour, tall = grid.hour_height, grid.minimumHeight()
    original = QFont(QApplication.font())
    try:
        QApplication.setFont(_larger(original))  # reaches the widgets with the next events
        qtbot.waitUntil(lambda: grid.hour_height >= 1.5 * hour)
        assert grid.minimumHeight() == grid.sizeHint().height() > tall
    finally:
        QApplication.setFont(original)
    qtbot.waitUntil(lambda: (grid.hour_height, grid.minimumHeight()) == (hour, tall))


def test_a_cancelled_or_missed_session_shows_who_first_and_why_below(
    window: MainWindow, clock: FakeClock
) -> None:
    ada, ben, cleo = _client(window), _client(window, "Ben", "Jonas"), _client(window, "Cleo", "Ma")
    today = window.ctx.today()
    late = _book(window, ada, _at(today, 11))
    missed = _book(window, ben, _at(MONDAY, 10))
    called_off = _book(window, cleo, _at(MONDAY + timedelta(days=1), 10))
    with window.ctx.vault.session() as session:
        now = window.ctx.now()
        # Three hours before: a late cancellation.
        calendar.set_status(session, late, AppointmentStatus.CANCELLED_BY_CLIENT, now)
        calendar.set_status(session, missed, AppointmentStatus.NO_SHOW, now)
        calendar.set_status(session, called_off, AppointmentStatus.CANCELLED_BY_CLINICIAN, now)
    window.ctx.bus.publish(Changed.CALENDAR)
    page = _page(window)
    grid = page.grid
    statuses = {a.id: a.status for a in grid.appointments}
    assert statuses[late] == AppointmentStatus.LATE_CANCELLED
    # The week's narrow columns: the name first, what became of the session below it.
    lines = grid.block_lines(late)
    assert lines[0].startswith("11:00 Okafor") and lines[1].startswith("Late cancel")
    assert grid.block_lines(missed)[:2] == ["10:00 Jonas, Ben", "No-show"]
    assert grid.block_lines(called_off)[:2] == ["10:00 Ma, Cleo", "Cancelled by you"]
    page.codes_button.click()
    code = next(a.code for a in grid.appointments if a.id == late)
    assert grid.block_lines(late)[0] == f"11:00 {code}"
    page.codes_button.click()
    page.show_day(today)
    assert grid.block_lines(late) == ["11:00 Okafor, Ada", "Late cancellation"]
