"""Surveys in a joint session: each partner answers their own, on their own record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import calendar, clients, measures, surveys
from app.calendar import AppointmentInput
from app.changes import Changed
from app.clients import ClientInput
from app.errors import RapportError
from app.instruments import Item
from app.models import ClinicianGuess, ServiceKind
from app.surveys import PlanEntry
from ui.documents import DocumentPreview
from ui.intake.client_mode import ClientMode
from ui.main_window import MainWindow
from ui.session.surveys import SurveyPanel


class Couple:
    def __init__(self, ada: int, bram: int, appointment_id: int, panel: SurveyPanel) -> None:
        self.ada = ada
        self.bram = bram
        self.appointment_id = appointment_id
        self.panel = panel


def _couple(window: MainWindow) -> Couple:
    """Ada and Bram's first joint session, today at 08:00; Cleo is another client.

    Bram has a plan of his own: only the check-in before and the evaluation after.
    """
    ctx = window.ctx
    instruments = ctx.instruments().instruments
    with ctx.vault.session() as session:
        ada, _ = clients.create_client(
            session, ClientInput("Ada", "Okafor", date(1990, 4, 12)), ctx.today()
        )
        bram, _ = clients.create_client(
            session, ClientInput("Bram", "Visser", date(1985, 1, 3)), ctx.today()
        )
        clients.create_client(session, ClientInput("Cleo", "Marsh", date(1979, 6, 1)), ctx.today())
        surveys.set_plan(
            session,
            bram,
            [PlanEntry("session_checkin")],
            [PlanEntry("session_evaluation")],
            instruments,
        )
        service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.COUPLES)
        (appointment_id,) = calendar.book(
            session,
            AppointmentInput(
                service_id=service,
                start=datetime(2027, 1, 15, 8, 0, tzinfo=UTC),
                duration_minutes=50,
                client_id=ada,
                partner_ids=(bram,),
                accept_consent_warning=True,
                allow_outside_hours=True,
            ),
            ctx.today(),
        )
    ctx.bus.publish(Changed.CALENDAR)
    workspace = window.start_session(appointment_id)
    assert workspace is not None
    return Couple(ada, bram, appointment_id, workspace.surveys)


def _answer(mode: ClientMode, value: Callable[[Item], int]) -> None:
    while mode.position < len(mode.steps):
        mode.answer(value(mode.steps[mode.position][1]))


def _hand_back(qtbot: QtBot, mode: ClientMode, passphrase: str) -> None:
    qtbot.keyClicks(mode.passphrase, passphrase)
    with qtbot.waitSignal(mode.sig_returned, timeout=10_000):
        mode.hand_back()


def _given(window: MainWindow, client_id: int) -> list[str]:
    with window.ctx.vault.session() as session:
        return [a.instrument_id for a in measures.administrations(session, client_id)]


def _texts(mode: ClientMode) -> str:
    return " ".join(w.text() for w in mode.findChildren(QLabel) + mode.findChildren(QPushButton))


def test_each_partner_is_handed_their_own_due_surveys(
    qtbot: QtBot, main_window: MainWindow, passphrase: str, survey_warnings: list[str]
) -> None:
    couple = _couple(main_window)
    panel = couple.panel
    ada, bram = panel.sections[couple.ada], panel.sections[couple.bram]
    assert panel.joint and list(panel.sections) == [couple.ada, couple.bram]
    assert ada.before_button.text() == "Hand to Ada: before the session (3)"
    assert ada.after_button.text() == "Hand to Ada: after the session (1)"
    assert bram.before_button.text() == "Hand to Bram: before the session (1)"
    assert bram.paper_button.text() == "Enter Bram's paper survey…"

    # Ada goes first: her window names her and asks only her questionnaires.
    qtbot.mouseClick(ada.before_button, Qt.MouseButton.LeftButton)
    mode = panel.client_mode
    assert mode is not None and mode.isFullScreen()
    assert [i.id for i in dict.fromkeys(step[0] for step in mode.steps)] == [
        "session_checkin",
        "phq9",
        "gad7",
    ]
    assert "For Ada" in _texts(mode) and "Bram" not in _texts(mode)
    _answer(mode, lambda item: item.min_value)
    _hand_back(qtbot, mode, passphrase)
    assert survey_warnings == []
    assert _given(main_window, couple.ada) == ["session_checkin", "phq9", "gad7"]
    assert _given(main_window, couple.bram) == []
    assert not ada.before_button.isEnabled()
    # Ada's check-in does not count as Bram's.
    assert bram.before_button.text().endswith("(1)") and bram.before_button.isEnabled()

    # Bram's window: his name, his check-in, nothing of Ada's (not even her answers).
    qtbot.mouseClick(bram.before_button, Qt.MouseButton.LeftButton)
    mode = panel.client_mode
    assert mode is not None
    assert [step[0].id for step in mode.steps][:1] == ["session_checkin"]
    assert {step[0].id for step in mode.steps} == {"session_checkin"}
    texts = _texts(mode)
    assert "For Bram" in texts
    for other in ("Ada", "Okafor", "Cleo", "Visser"):
        assert other not in texts
    assert not any(b.isChecked() for b in mode.findChildren(QPushButton))
    _answer(mode, lambda item: 2 if item.id == "self_harm" else 0)
    _hand_back(qtbot, mode, passphrase)

    # His risk answer is shown, named, and raised on his record.
    (alert,) = survey_warnings
    assert "Bram:" in alert and "self-harm" in alert and "Ada" not in alert
    assert _given(main_window, couple.bram) == ["session_checkin"]
    assert _given(main_window, couple.ada) == ["session_checkin", "phq9", "gad7"]
    with main_window.ctx.vault.session() as session:
        bram_risk = [f for f in measures.follow_ups(session, couple.bram) if f.kind == "risk"]
        ada_risk = [f for f in measures.follow_ups(session, couple.ada) if f.kind == "risk"]
    assert bram_risk and bram_risk[0].is_open and ada_risk == []
    assert any("self-harm" in line for line in panel.line_texts(couple.bram))
    assert not any("self-harm" in line for line in panel.line_texts(couple.ada))


def test_a_risk_answer_from_the_first_partner_alerts_too(
    qtbot: QtBot, main_window: MainWindow, passphrase: str, survey_warnings: list[str]
) -> None:
    couple = _couple(main_window)
    mode = couple.panel.hand_to_client("before", couple.ada)
    assert mode is not None
    _answer(mode, lambda item: 2 if item.id == "self_harm" else 0)
    _hand_back(qtbot, mode, passphrase)
    (alert,) = survey_warnings
    assert "Ada:" in alert and "self-harm" in alert


def test_paper_answers_and_the_guess_in_a_joint_session(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    couple = _couple(main_window)
    panel = couple.panel
    assert "Ada's" in panel.guess_spin.accessibleName()
    assert panel.guess_button.isEnabled()

    dialog = panel.enter_paper(couple.bram)
    assert "Visser, Bram" in dialog.windowTitle()
    assert dialog.timing.currentData() == "before"
    dialog.choose("session_evaluation", "after")
    for combo in dialog.inputs.values():
        combo.setCurrentIndex(combo.findData(3))
    dialog.save()
    assert not dialog.isVisible()
    assert _given(main_window, couple.bram) == ["session_evaluation"]
    assert _given(main_window, couple.ada) == []
    with main_window.ctx.vault.session() as session:
        assert surveys.answered(session, couple.appointment_id, "after", couple.bram) == {
            "session_evaluation"
        }
        assert surveys.answered(session, couple.appointment_id, "after", couple.ada) == set()
    assert not panel.sections[couple.bram].after_button.isEnabled()
    assert panel.sections[couple.ada].after_button.isEnabled()
    # A guess per partner, each made before that partner's rating is seen.
    bram_guess = panel.guesses[couple.bram]
    assert not bram_guess.button.isEnabled()
    assert "Bram has rated" in bram_guess.status.text()
    assert panel.guess_button.isEnabled()  # Ada has not rated it yet
    panel.guess_spin.setValue(12)
    panel.save_guess(couple.ada)
    with main_window.ctx.vault.session() as session:
        kept = session.execute(select(ClinicianGuess.client_id, ClinicianGuess.guessed_total))
        assert [tuple(row) for row in kept] == [(couple.ada, 12.0)]

    chooser = panel.print_blank()
    assert sorted(chooser.chosen()) == ["gad7", "phq9", "session_checkin", "session_evaluation"]
    chooser.reject()


def test_a_blank_survey_that_cannot_be_made_says_so(
    qtbot: QtBot,
    main_window: MainWindow,
    survey_warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _couple(main_window).panel

    def broken(*_args: Any) -> bytes:
        raise RapportError("The letterhead's logo could not be read.")

    monkeypatch.setattr("app.documents.survey_form.render_blank_survey", broken)
    assert panel.preview_blank(["phq9"])
    assert not panel.print_button.isEnabled()
    qtbot.waitUntil(lambda: bool(survey_warnings), timeout=10_000)
    assert "could not be made" in survey_warnings[0] and "logo" in survey_warnings[0]
    assert panel.print_button.isEnabled()
    assert not isinstance(panel.dialog, DocumentPreview)
