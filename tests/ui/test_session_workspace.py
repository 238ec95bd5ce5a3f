"""The session workspace, walked: start from Today, type, saved as typed, sign, addenda."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import calendar, clients, homework, notes, treatment_plan
from app.calendar import AppointmentInput
from app.changes import Changed
from app.clients import ClientInput, GoalInput
from app.models import AppointmentStatus, HomeworkReview, NoteKind, ServiceKind
from app.vault import Vault
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.session.workspace import NoteWindow, SessionWorkspace

from .conftest import FakeClock

# The fake clock starts on Friday 15 January 2027, 08:00 UTC (the practice's zone is UTC).
TODAY = date(2027, 1, 15)


def _session_today(window: MainWindow, hour: int = 8) -> tuple[int, int]:
    """A client with an individual session today at ``hour``: (client id, appointment id)."""
    with window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput("Ada", "Okafor", date(1990, 4, 12)), window.ctx.today()
        )
        service = next(s.id for s in calendar.services(session) if s.kind == ServiceKind.INDIVIDUAL)
        (appointment_id,) = calendar.book(
            session,
            AppointmentInput(
                service_id=service,
                start=datetime(2027, 1, 15, hour, 0, tzinfo=UTC),
                duration_minutes=50,
                client_id=client_id,
                accept_consent_warning=True,
                allow_outside_hours=True,
            ),
            window.ctx.today(),
        )
    window.ctx.bus.publish(Changed.CALENDAR)
    return client_id, appointment_id


def _start(window: MainWindow, appointment_id: int) -> SessionWorkspace:
    window.show_area("Today")
    assert appointment_id in window.today.session_rows
    workspace = window.start_session(appointment_id)
    assert workspace is not None and workspace.isVisible()
    return workspace


def _stored(window: MainWindow, note_id: int) -> str:
    with window.ctx.vault.session() as session:
        return notes.get_note(session, note_id).text


def test_a_whole_session_typed_saved_and_signed(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    client_id, appointment_id = _session_today(main_window)
    clock.advance(5)  # 08:05: the session has begun
    workspace = _start(main_window, appointment_id)
    with main_window.ctx.vault.session() as session:
        assert calendar.get_appointment(session, appointment_id).status == (
            AppointmentStatus.ATTENDED
        )
    editor = workspace.note_editor
    assert editor.note.template_name == "SOAP"
    assert workspace.number == 1
    first = editor.sections[0].edit
    qtbot.keyClicks(first, "Slept better; one panic episode on the bus.")
    # Saved by itself within two seconds of typing.
    qtbot.waitUntil(lambda: "panic episode" in _stored(main_window, editor.note.id), timeout=3000)
    assert workspace.save_status.text().startswith("Saved")

    dialog = workspace.assign_homework()
    qtbot.keyClicks(dialog.what, "Thought record, two anxious moments")
    dialog.save()
    with main_window.ctx.vault.session() as session:
        (assigned,) = homework.open_homework(session, client_id)
    assert assigned.note_id == editor.note.id

    workspace.confirm_sign = lambda late: not late
    signed = workspace.sign_note()
    assert signed is not None and signed.is_signed and not signed.late_entry
    assert first.isReadOnly() and not workspace.sign_button.isEnabled()
    with main_window.ctx.vault.session() as session:
        assert notes.unsigned_notes(session) == []
        assert notes.verify_chain(session) is None
    workspace.close()


def test_lock_while_typing_saves_first(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    clock: FakeClock,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    window = controller.main_window
    assert window is not None
    _client_id, appointment_id = _session_today(window)
    clock.advance(5)
    workspace = _start(window, appointment_id)
    note_id = workspace.note_editor.note.id
    qtbot.keyClicks(workspace.note_editor.sections[1].edit, "Calm, good eye contact")
    window.sig_lock_requested.emit()  # Ctrl+L, a second after typing: no autosave yet
    assert controller.state == "locked"
    type_and_unlock(controller, passphrase)
    assert controller.vault is not None
    with controller.vault.session() as session:
        assert "good eye contact" in notes.get_note(session, note_id).text


def test_a_failed_save_keeps_the_text_and_retries(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client_id, appointment_id = _session_today(main_window)
    clock.advance(5)
    workspace = _start(main_window, appointment_id)
    editor = workspace.note_editor
    real = notes.save_draft
    failures = [OSError(28, "No space left on device")]

    def flaky(*args: object, **kwargs: object) -> int:
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notes, "save_draft", flaky)
    qtbot.keyClicks(editor.sections[0].edit, "Reports low mood since the move")
    assert not editor.flush()
    assert "Not saved" in workspace.save_status.text()
    assert "low mood" in editor.sections[0].edit.toPlainText()  # still on screen
    qtbot.waitUntil(lambda: workspace.save_status.text().startswith("Saved"), timeout=5000)
    assert "low mood" in _stored(main_window, editor.note.id)


def test_private_process_notes_are_their_own_kind(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    _client_id, appointment_id = _session_today(main_window)
    clock.advance(5)
    workspace = _start(main_window, appointment_id)
    private = workspace.start_private()
    assert private.note.kind == NoteKind.PSYCHOTHERAPY
    assert private.objectName() == "privateNote"
    qtbot.keyClicks(private.sections[0].edit, "I noticed my own impatience")
    assert private.flush()
    with main_window.ctx.vault.session() as session:
        kinds = {n.kind for n in notes.client_notes(session, private.note.client_id)}
    assert kinds == {NoteKind.PROGRESS, NoteKind.PSYCHOTHERAPY}


def test_homework_from_last_time_is_reviewed_in_the_next_session(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    client_id, appointment_id = _session_today(main_window)
    with main_window.ctx.vault.session() as session:
        homework_id = homework.assign_homework(
            session,
            client_id,
            "Walk 20 minutes daily",
            "Mood lifts with activity",
            TODAY,
            TODAY - timedelta(days=7),
        )
    clock.advance(5)
    workspace = _start(main_window, appointment_id)
    review, reason = workspace.review_boxes[homework_id]
    qtbot.keyClicks(reason, "Rain most days")
    review.setCurrentIndex(review.findData(str(HomeworkReview.PARTLY)))
    with main_window.ctx.vault.session() as session:
        assert homework.open_homework(session, client_id) == []
        assert homework.completion_rate(session, client_id) == 0.5


def test_a_signed_note_takes_addenda_and_search_finds_it(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    client_id, appointment_id = _session_today(main_window)
    clock.advance(5)
    workspace = _start(main_window, appointment_id)
    qtbot.keyClicks(workspace.note_editor.sections[0].edit, "Worried about the tribunal hearing")
    workspace.confirm_sign = lambda late: True
    signed = workspace.sign_note()
    assert signed is not None
    workspace.close()

    window = main_window.open_note(signed.id)
    assert isinstance(window, NoteWindow)
    assert window.addendum_button.isVisible() and not window.sign_button.isVisible()
    dialog = window.add_addendum(signed.id)
    qtbot.keyClicks(dialog.text, "Correction: the hearing is in March.")
    dialog.save()
    QApplication.processEvents()
    with main_window.ctx.vault.session() as session:
        assert [a.text for a in notes.get_note(session, signed.id).addenda] == [
            "Correction: the hearing is in March."
        ]
    main_window.show_area("Notes")
    page = main_window.notes
    page.search.setText("tribunal")
    page.refresh()
    assert page.results.count() == 1
    window.close()

    # An archived client's note is shown, but takes no addendum until the record is restored.
    with main_window.ctx.vault.session() as session:
        clients.archive(session, client_id, TODAY)
    archived = main_window.open_note(signed.id)
    assert isinstance(archived, NoteWindow)
    assert not archived.addendum_button.isVisible() and not archived.sign_button.isVisible()
    assert "restore the record" in archived.signed_line.text()
    archived.close()


def test_the_template_changes_only_while_the_note_is_empty(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    _client_id, appointment_id = _session_today(main_window)
    clock.advance(5)
    workspace = _start(main_window, appointment_id)
    workspace.template.setCurrentIndex(workspace.template.findText("DAP"))
    assert workspace.note_editor.note.template_name == "DAP"
    qtbot.keyClicks(workspace.note_editor.sections[0].edit, "Data")
    workspace.template.setCurrentIndex(workspace.template.findText("BIRP"))
    assert workspace.note_editor.note.template_name == "DAP"
    assert "only while the note is empty" in workspace.save_status.text()


def test_the_treatment_plan_gets_objectives_and_interventions(main_window: MainWindow) -> None:
    with main_window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session,
            ClientInput(
                "Ada",
                "Okafor",
                date(1990, 4, 12),
                goals=(GoalInput("Ride the bus to work again"),),
            ),
            main_window.ctx.today(),
        )
    main_window.open_client(client_id)
    tab = main_window.clients.overview.plan_tab
    answers = iter(["Rides two stops with the therapist", "Graded exposure, weekly"])
    tab.ask_text = lambda _title, _label: next(answers)
    tab.add("objective")
    tab.add("intervention")
    goal = tab.tree.topLevelItem(0)
    assert goal is not None and goal.childCount() == 2
    objective = goal.child(0)
    assert objective is not None and "Rides two stops" in objective.text(0)
    objective.setCheckState(0, Qt.CheckState.Checked)
    QApplication.processEvents()
    with main_window.ctx.vault.session() as session:
        (plan,) = treatment_plan.plan(session, client_id)
    assert [o.met for o in plan.objectives] == [True]
    assert [i.text for i in plan.interventions] == ["Graded exposure, weekly"]


def test_notes_are_found_for_one_client_only(
    qtbot: QtBot, main_window: MainWindow, clock: FakeClock
) -> None:
    _client_id, appointment_id = _session_today(main_window)
    clock.advance(5)
    workspace = _start(main_window, appointment_id)
    qtbot.keyClicks(workspace.note_editor.sections[0].edit, "Talked about the allotment")
    workspace.confirm_sign = lambda late: True
    assert workspace.sign_note() is not None
    workspace.close()
    main_window.show_area("Notes")
    page = main_window.notes
    page.search.setText("allotment")
    page.client.setText("Okafor")
    page.refresh()
    assert page.results.count() == 1
    page.client.setText("Nobody Such")
    page.refresh()
    assert page.results.count() == 0 and "No client matches" in page.summary.text()
