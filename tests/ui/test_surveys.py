"""Surveys in the session: handed to the client, kept as given, risk on return, paper, guess."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import calendar, clients, measures, surveys
from app.calendar import AppointmentInput
from app.changes import Changed
from app.clients import ClientInput
from app.documents.survey_form import render_blank_survey
from app.instruments import Item
from app.models import AuditEntry, ClinicianGuess, ServiceKind
from app.practice import get_profile
from ui.documents import DocumentPreview
from ui.intake.client_mode import ClientMode
from ui.main_window import MainWindow
from ui.session.surveys import SurveyPanel
from ui.settings.feedback_page import FeedbackSettings

PIN = "73915"


def _workspace_panel(window: MainWindow) -> tuple[int, int, SurveyPanel]:
    """Ada has a session today at 08:00 (her first); Bram is another client of the practice."""
    ctx = window.ctx
    with ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput("Ada", "Okafor", date(1990, 4, 12)), ctx.today()
        )
        clients.create_client(session, ClientInput("Bram", "Visser", date(1985, 1, 3)), ctx.today())
        service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.INDIVIDUAL)
        (appointment_id,) = calendar.book(
            session,
            AppointmentInput(
                service_id=service,
                start=datetime(2027, 1, 15, 8, 0, tzinfo=UTC),
                duration_minutes=50,
                client_id=client_id,
                accept_consent_warning=True,
                allow_outside_hours=True,
            ),
            ctx.today(),
        )
    ctx.bus.publish(Changed.CALENDAR)
    workspace = window.start_session(appointment_id)
    assert workspace is not None
    return client_id, appointment_id, workspace.surveys


def _answer(mode: ClientMode, instrument_id: str, value: Callable[[Item], int]) -> None:
    """Press an answer for every question of one questionnaire."""
    while mode.position < len(mode.steps) and mode.steps[mode.position][0].id == instrument_id:
        mode.answer(value(mode.steps[mode.position][1]))


def _lowest(item: Item) -> int:
    return item.min_value


def _hand_back(qtbot: QtBot, mode: ClientMode, secret: str) -> None:
    if mode.stack.currentIndex() == 0:
        mode.stop_early()
    mode.passphrase.clear()
    qtbot.keyClicks(mode.passphrase, secret)
    with qtbot.waitSignal(mode.sig_returned, timeout=10_000):
        mode.hand_back()


def _given(window: MainWindow, client_id: int) -> list[measures.AdministrationRow]:
    with window.ctx.vault.session() as session:
        return measures.administrations(session, client_id)


def test_the_client_window_shows_only_the_due_surveys_and_cannot_be_left_by_the_client(
    qtbot: QtBot, main_window: MainWindow, passphrase: str
) -> None:
    client_id, _, panel = _workspace_panel(main_window)
    with main_window.ctx.vault.session() as session:
        surveys.set_pin(session, PIN)
    assert panel.before_button.text().endswith("(3)") and panel.before_button.isEnabled()
    assert panel.after_button.text().endswith("(1)")
    mode = panel.hand_to_client("before")
    assert mode is not None and mode.isVisible() and mode.isFullScreen()
    assert [i.id for i in dict.fromkeys(step[0] for step in mode.steps)] == [
        "session_checkin",
        "phq9",
        "gad7",
    ]

    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    mode.close()
    closing = QCloseEvent()
    QApplication.sendEvent(mode, closing)  # what Alt+F4 or the window manager sends
    assert not closing.isAccepted() and mode.isVisible()
    texts = " ".join(w.text() for w in mode.findChildren(QLabel) + mode.findChildren(QPushButton))
    for name in ("Bram", "Visser", "Okafor"):
        assert name not in texts

    # Handed back after the first questionnaire: that one is stored, the rest are not.
    _answer(mode, "session_checkin", _lowest)
    (checkin,) = _given(main_window, client_id)
    assert checkin.instrument_id == "session_checkin" and checkin.answered_by == "client"
    assert not mode.back_button.isEnabled()  # a stored questionnaire is not reopened
    mode.answer(1)  # the first PHQ-9 question only
    mode.stop_early()
    for wrong in ("0000", "not the passphrase at all"):
        qtbot.keyClicks(mode.passphrase, wrong)
        mode.hand_back()
        qtbot.waitUntil(lambda: "not the clinician" in mode.unlock_message.text(), timeout=10_000)
        mode.unlock_message.clear()
        assert mode.isVisible()
    _hand_back(qtbot, mode, PIN)
    assert not mode.isVisible()
    assert [a.instrument_id for a in _given(main_window, client_id)] == ["session_checkin"]
    assert panel.before_button.text().endswith("(2)")
    assert panel.client_mode is None

    # The passphrase works as well, and the rest is what is handed over next time.
    again = panel.hand_to_client("before")
    assert again is not None
    assert [i.id for i in dict.fromkeys(step[0] for step in again.steps)] == ["phq9", "gad7"]
    _answer(again, "phq9", _lowest)
    _answer(again, "gad7", _lowest)
    assert again.stack.currentIndex() == 1
    _hand_back(qtbot, again, passphrase)
    given = _given(main_window, client_id)
    assert [a.instrument_id for a in given] == ["session_checkin", "phq9", "gad7"]
    assert not panel.before_button.isEnabled()


def test_a_risk_answer_is_shown_when_the_laptop_comes_back_and_acknowledged(
    qtbot: QtBot, main_window: MainWindow, passphrase: str, survey_warnings: list[str]
) -> None:
    client_id, _, panel = _workspace_panel(main_window)
    mode = panel.hand_to_client("before")
    assert mode is not None
    _answer(mode, "session_checkin", lambda item: 2 if item.id == "self_harm" else 0)
    assert survey_warnings == []  # nothing is shown while the client holds the laptop
    _hand_back(qtbot, mode, passphrase)
    (alert,) = survey_warnings
    assert "self-harm" in alert
    with main_window.ctx.vault.session() as session:
        acknowledged = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "acknowledge")
        ).all()
        open_risk = [
            f for f in measures.follow_ups(session, client_id) if f.kind == "risk" and f.is_open
        ]
    assert len(acknowledged) == 1 and len(open_risk) == 1
    lines = panel.line_texts()
    assert lines[0].startswith("Check-in") and "self-harm" in lines[1]


def test_a_paper_survey_and_a_blank_form(qtbot: QtBot, main_window: MainWindow) -> None:
    client_id, appointment_id, panel = _workspace_panel(main_window)
    dialog = panel.enter_paper()
    dialog.choose("gad7", "before")
    for combo in dialog.inputs.values():
        combo.setCurrentIndex(combo.findData(2))
    dialog.save()
    assert not dialog.isVisible()
    (row,) = _given(main_window, client_id)
    assert row.instrument_id == "gad7" and row.answered_by == "paper" and row.total == 14
    with main_window.ctx.vault.session() as session:
        assert surveys.answered(session, appointment_id, "before") == {"gad7"}
    assert panel.before_button.text().endswith("(2)")

    chooser = panel.print_blank()
    assert sorted(chooser.chosen()) == ["phq9", "session_checkin", "session_evaluation"]
    chooser.reject()
    assert panel.preview_blank(["phq9"])
    assert not panel.print_button.isEnabled()  # rendered off the GUI thread
    qtbot.waitUntil(lambda: isinstance(panel.dialog, DocumentPreview), timeout=10_000)
    preview = panel.dialog
    assert isinstance(preview, DocumentPreview) and panel.print_button.isEnabled()
    text = pypdf.PdfReader(io.BytesIO(preview.data)).pages[0].extract_text()
    assert "Patient Health Questionnaire-9" in text
    with main_window.ctx.vault.session() as session:
        profile = get_profile(session)
    instruments = main_window.ctx.instruments().instruments
    assert preview.data == render_blank_survey(profile, [instruments["phq9"]])
    preview.reject()


def test_the_clinicians_guess_is_kept_until_the_client_rates_the_session(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _, appointment_id, panel = _workspace_panel(main_window)
    assert panel.guess_button.isEnabled()
    panel.guess_spin.setValue(11)
    qtbot.mouseClick(panel.guess_button, Qt.MouseButton.LeftButton)
    with main_window.ctx.vault.session() as session:
        guess = session.scalar(select(ClinicianGuess.guessed_total))
    assert guess == 11
    assert "11" in panel.guess_status.text()

    instruments = main_window.ctx.instruments().instruments
    with main_window.ctx.vault.session() as session:
        surveys.record_survey(
            session,
            appointment_id,
            "after",
            instruments["session_evaluation"],
            {"understood": 3, "respected": 3, "helpful": 3, "focus": 3},
        )
    main_window.ctx.bus.publish(Changed.MEASURES)
    assert not panel.guess_button.isEnabled() and not panel.guess_spin.isEnabled()
    assert "rated" in panel.guess_status.text()
    assert not panel.after_button.isEnabled()


def test_settings_keep_the_default_plan_and_a_hashed_pin(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = FeedbackSettings(main_window.ctx)
    qtbot.addWidget(page)
    box, every = page.plan.rows[("before", "phq9")]
    assert box.isChecked() and every.value() == 2
    every.setValue(4)
    page.plan.rows[("before", "gad7")][0].setChecked(False)
    page.plan.save()
    with main_window.ctx.vault.session() as session:
        plan = surveys.default_plan(session)
    assert [(e.instrument_id, e.every) for e in plan.before] == [
        ("phq9", 4),
        ("session_checkin", 1),
    ] or [(e.instrument_id, e.every) for e in plan.before] == [
        ("session_checkin", 1),
        ("phq9", 4),
    ]

    qtbot.keyClicks(page.pin.pin, PIN)
    qtbot.keyClicks(page.pin.confirmation, "11111")
    page.pin.set_pin()
    assert "not the same" in page.pin.status.text()
    page.pin.confirmation.clear()
    qtbot.keyClicks(page.pin.confirmation, PIN)
    page.pin.set_pin()
    with main_window.ctx.vault.session() as session:
        stored = surveys.pin_hash(session)
    assert stored and PIN not in stored and surveys.pin_matches(stored, PIN)
    page.pin.remove_pin()
    with main_window.ctx.vault.session() as session:
        assert not surveys.has_pin(session)


def test_a_risk_answer_on_paper_alerts_at_once(qtbot: QtBot, main_window: MainWindow) -> None:
    client_id, _appointment_id, panel = _workspace_panel(main_window)
    dialog = panel.enter_paper()
    dialog.choose("session_checkin", "before")
    for item_id, combo in dialog.inputs.items():
        combo.setCurrentIndex(combo.findData(2 if item_id == "self_harm" else 0))
    warnings: list[str] = []
    dialog.warn = lambda _title, text: warnings.append(text)
    dialog.save()
    assert warnings and "self-harm" in warnings[0].lower()
    with main_window.ctx.vault.session() as session:
        risky = [f for f in measures.follow_ups(session, client_id) if f.kind == "risk"]
    assert risky and risky[0].is_open


def test_locking_while_the_client_answers_hides_their_window(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _client_id, _appointment_id, panel = _workspace_panel(main_window)
    mode = panel.hand_to_client("before")
    assert mode is not None and mode.isVisible()
    main_window.sig_lock_requested.emit()  # the idle timer or Ctrl+L
    assert not mode.isVisible()
    still_shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ClientMode) and w.isVisible()
    ]
    assert still_shown == []
