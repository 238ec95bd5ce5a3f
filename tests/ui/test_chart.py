"""The client's chart and the Today radar: the data drawn is the data recorded."""

from __future__ import annotations

import gc
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app import calendar, clients, measures, outcomes, surveys
from app.calendar import AppointmentInput
from app.changes import Changed
from app.clients import ClientInput
from app.models import AppointmentStatus, ServiceKind
from ui.clients.chart_tab import ReportCommentDialog, summary_text
from ui.main_window import MainWindow
from ui.outcomes_page import OutcomesPage

# The fake clock starts on Friday 15 January 2027, 08:00 UTC.
FIRST = datetime(2026, 10, 5, 10, 0, tzinfo=UTC)


def _answers(total: int, items: int = 9) -> dict[str, int]:
    """PHQ-9 answers adding up to ``total``."""
    values = [min(3, max(0, total - 3 * i)) for i in range(items)]
    return {str(i + 1): v for i, v in enumerate(values)}


def _client_with_scores(window: MainWindow, totals: list[int], first: datetime = FIRST) -> int:
    """A client seen weekly from ``first``, a PHQ-9 before each session with these totals."""
    instruments = window.ctx.instruments().instruments
    phq9 = instruments["phq9"]
    with window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput("Ada", "Okafor", date(1990, 4, 12)), date(2026, 10, 1)
        )
        service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.INDIVIDUAL)
        ids = calendar.book(
            session,
            AppointmentInput(
                service_id=service,
                start=first,
                duration_minutes=50,
                client_id=client_id,
                recurrence=calendar.Recurrence(calendar.Repeat.WEEKLY, count=len(totals)),
                accept_consent_warning=True,
            ),
            date(2026, 10, 1),
        )
        for week, (appointment_id, total) in enumerate(zip(ids, totals, strict=True)):
            start = first + timedelta(weeks=week)
            calendar.set_status(
                session, appointment_id, AppointmentStatus.ATTENDED, start + timedelta(hours=1)
            )
            measures.record_administration(
                session,
                client_id,
                phq9,
                _answers(total),
                answered_by="client",
                at=start - timedelta(minutes=5),
                appointment_id=appointment_id,
            )
    window.ctx.bus.publish(Changed.CALENDAR | Changed.MEASURES)
    return client_id


def test_the_chart_draws_the_recorded_scores(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    totals = [18, 16, 15, 11, 9, 8]
    client_id = _client_with_scores(main_window, totals)
    main_window.open_client(client_id)
    tab = main_window.clients.overview.chart_tab
    assert tab.chart is not None
    xs, ys = tab.lines["phq9"].getData()
    assert list(ys) == totals
    assert list(xs) == [
        (FIRST + timedelta(weeks=w) - timedelta(minutes=5)).timestamp() for w in range(6)
    ]
    (series,) = tab.chart.series
    assert [p.change_kind for p in series.points][-1] == "improved"
    assert series.points[-1].recovered
    assert any("reliable improvement" in text for text, _kind in summary_text(tab.chart))
    tab.by_number.setChecked(True)
    xs, _ys = tab.lines["phq9"].getData()
    assert list(xs) == [1, 2, 3, 4, 5, 6]
    tab.as_table.setChecked(True)
    assert tab.table.rowCount() == 6
    saved = tab.export_png(tmp_path / "chart")
    assert saved == tmp_path / "chart.png" and saved.read_bytes().startswith(b"\x89PNG")


def test_each_client_s_chart_shows_all_of_their_time(main_window: MainWindow) -> None:
    """The shared time axis fits the client drawn now, not the one drawn first."""
    earlier = _client_with_scores(main_window, [18, 16, 15, 11])
    later_start = FIRST - timedelta(weeks=40)
    later = _client_with_scores(main_window, [20, 19, 17, 15, 14, 12, 10, 9, 8, 7], later_start)
    tab = main_window.clients.overview.chart_tab
    for client_id, first, weeks in ((earlier, FIRST, 4), (later, later_start, 10)):
        main_window.open_client(client_id)
        xs, _ys = tab.lines["phq9"].getData()
        (low, high) = tab.lines["phq9"].getViewBox().viewRange()[0]
        assert low <= min(xs) and max(xs) <= high
        assert low <= (first - timedelta(minutes=5)).timestamp()
        assert high >= (first + timedelta(weeks=weeks - 1)).timestamp()


def test_today_shows_a_client_getting_worse_until_set_aside(main_window: MainWindow) -> None:
    client_id = _client_with_scores(main_window, [8, 10, 12, 15])
    main_window.show_area("Today")
    today = main_window.today
    mine = [s for s in today.radar_signals if s.client_id == client_id]
    assert any(s.rule == "deterioration" and s.severity == 2 for s in mine)
    signal = next(s for s in mine if s.rule == "deterioration")
    dialog = today.snooze(signal)
    dialog.save()
    assert dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setText("Discussed today; new plan agreed")
    dialog.save()
    assert all(
        not (s.client_id == client_id and s.rule == "deterioration") for s in today.radar_signals
    )


def test_the_radar_thresholds_are_settings(main_window: MainWindow) -> None:
    main_window.show_area("Settings")
    page = main_window.settings.feedback
    page.sessions.setValue(8)
    page.save()
    assert page.status.text() == "Saved."
    with main_window.ctx.vault.session() as session:
        assert outcomes.attention_settings(session).sessions_without_improvement == 8


def test_the_review_lists_every_signal_and_keeps_a_worksheet(main_window: MainWindow) -> None:
    client_id = _client_with_scores(main_window, [14, 15, 14, 15, 14, 15, 14])
    main_window.open_client(client_id)
    overview = main_window.clients.overview
    window = overview.open_review()
    assert window is not None
    keys = [item.key for item in window.review.items]
    assert keys == ["consent", "screens", "trend", "alliance", "homework", "attendance"]
    trend = next(item for item in window.review.items if item.key == "trend")
    assert trend.look == "concern" and "no reliable change" in trend.facts[0]
    assert window.save() is None and window.message.text()  # nothing written yet
    window.answers["staying_the_same"].setPlainText("Staying home keeps the peace")
    window.looked["trend"].setChecked(True)
    assert window.save() is not None
    window.sig_show_tab.emit("Chart")
    assert overview.tabs.currentWidget() is overview.chart_tab
    window.close()
    again = overview.open_review()
    assert again is not None and again.looked["trend"].isChecked()
    again.close()


def test_practice_outcomes_count_the_clients(main_window: MainWindow) -> None:
    _client_with_scores(main_window, [18, 16, 12, 9, 8])
    main_window.show_area("Outcomes")
    page = main_window._area("Outcomes")
    assert isinstance(page, OutcomesPage)
    page.since.setDate(QDate(2026, 1, 1))
    result = page.refresh()
    phq9 = next(i for i in result.instruments if i.instrument_id == "phq9")
    assert (phq9.clients, phq9.reliably_improved, phq9.recovered) == (1, 1, 1)
    assert page.table.item(0, 1) is not None


def test_the_progress_report_opens_in_the_preview(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = _client_with_scores(main_window, [18, 16, 15, 11, 9, 8])
    main_window.open_client(client_id)
    tab = main_window.clients.overview.chart_tab
    monkeypatch.setattr(
        ReportCommentDialog,
        "ask",
        classmethod(lambda cls, parent, first, today: ("Steady progress.", None)),
    )
    qtbot.mouseClick(tab.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10_000)
    preview = tab.preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert len(preview.pages) >= 1
    assert preview.file_name.startswith("Progress report C") and "Okafor" not in preview.file_name
    assert tab.report_button.isEnabled()
    preview.close()


def test_a_client_gets_a_measurement_plan_of_their_own(main_window: MainWindow) -> None:
    client_id = _client_with_scores(main_window, [12, 11])
    main_window.open_client(client_id)
    dialog = main_window.clients.overview.chart_tab.edit_plan()
    assert dialog is not None
    editor = dialog.editor
    assert "default plan" in editor.status.text()
    box, _every = editor.rows[("before", "gad7")]
    box.setChecked(False)
    editor.save()
    with main_window.ctx.vault.session() as session:
        plan = surveys.plan_for(session, client_id, main_window.ctx.today())
    assert plan.source == "client"
    assert "gad7" not in {e.instrument_id for e in plan.before}
    editor.use_default()
    with main_window.ctx.vault.session() as session:
        assert surveys.plan_for(session, client_id, main_window.ctx.today()).source != "client"


def test_the_check_in_before_and_after_a_session_is_drawn(main_window: MainWindow) -> None:
    client_id = _client_with_scores(main_window, [12, 11])
    check_in = main_window.ctx.instruments().instruments["session_checkin"]
    with main_window.ctx.vault.session() as session:
        appointment = calendar.client_appointments(session, client_id)[-1]
        for timing, mood in (("before", 7), ("after", 4)):
            answers = {"mood": mood, "anxiety": 5, "anger": 1, "hopelessness": 3, "self_harm": 0}
            measures.record_administration(
                session,
                client_id,
                check_in,
                answers,
                answered_by="client",
                at=appointment.start + timedelta(minutes=-5 if timing == "before" else 55),
                appointment_id=appointment.id,
                timing=timing,
            )
    main_window.ctx.bus.publish(Changed.MEASURES)
    main_window.open_client(client_id)
    tab = main_window.clients.overview.chart_tab
    assert tab.chart is not None
    (series,) = tab.chart.check_ins
    ((before, after),) = series.within()
    assert (before.answers["mood"], after.answers["mood"]) == (7, 4)
    assert "session_checkin" in tab.plots  # before and after: the change within the session
    _xs, ys = tab.lines["session_checkin.mood"].getData()
    assert list(ys) == [7]  # the line joins the before-session ratings only


def test_opening_charts_again_and_again_keeps_the_process_alive(main_window: MainWindow) -> None:
    """Some Qt bindings release None once per chart item; after a few hundred charts the
    process aborts. Drawing charts must leave None's reference count where it was."""
    client_id = _client_with_scores(main_window, [18, 16, 15, 11, 9, 8])
    main_window.open_client(client_id)
    tab = main_window.clients.overview.chart_tab
    chart = tab.show_client(client_id)
    QApplication.processEvents()
    gc.collect()  # earlier tests' garbage must not count
    before = sys.getrefcount(None)
    for _ in range(20):
        tab.show_chart(chart)
        QApplication.processEvents()
    gc.collect()
    assert sys.getrefcount(None) >= before


def test_hovering_a_check_in_names_the_day_and_every_answer(main_window: MainWindow) -> None:
    client_id = _client_with_scores(main_window, [12, 11])
    check_in = main_window.ctx.instruments().instruments["session_checkin"]
    with main_window.ctx.vault.session() as session:
        appointment = calendar.client_appointments(session, client_id)[-1]
        for minutes in (-5, 55):
            measures.record_administration(
                session,
                client_id,
                check_in,
                {"mood": 6, "anxiety": 5, "anger": 1, "hopelessness": 3, "self_harm": 0},
                answered_by="client",
                at=appointment.start + timedelta(minutes=minutes),
                appointment_id=appointment.id,
                timing="before" if minutes < 0 else "after",
            )
    main_window.ctx.bus.publish(Changed.MEASURES)
    main_window.open_client(client_id)
    tab = main_window.clients.overview.chart_tab
    plot = tab.plots["session_checkin"]
    tips = [
        spot.data()()
        for item in plot.items
        if isinstance(item, pg.ScatterPlotItem)
        for spot in item.points()
    ]
    assert any("before the session" in tip and "Low mood 6" in tip for tip in tips)
    assert any("after the session" in tip and "Hopelessness 3" in tip for tip in tips)


def test_the_report_dialog_offers_a_period_and_refuses_one_backwards(qtbot: QtBot) -> None:
    dialog = ReportCommentDialog(date(2026, 3, 2), date(2027, 1, 15))
    qtbot.addWidget(dialog)
    assert dialog.period() is None  # the whole treatment unless a period is chosen
    assert not dialog.start.isEnabled()
    dialog.between.setChecked(True)
    assert dialog.period() == (date(2026, 3, 2), date(2027, 1, 15))
    dialog.start.setDate(QDate(2027, 2, 1))
    assert not dialog.make.isEnabled()
    assert "before the last" in dialog.problem.text()
    dialog.start.setDate(QDate(2026, 9, 1))
    assert dialog.make.isEnabled()
    assert dialog.period() == (date(2026, 9, 1), date(2027, 1, 15))
