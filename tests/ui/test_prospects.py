"""The Prospects area: an enquiry call recorded, followed to a consultation, converted or closed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app import calendar, clients, prospects
from app.models import NotProceedingReason, ProspectStatus
from ui.calendar.appointment_dialog import AppointmentDialog
from ui.clients.prospects_page import FILTERS, ProspectsPage
from ui.main_window import MainWindow


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    main_window.show_area("Prospects")
    return main_window


def _record_call(qtbot: QtBot, page: ProspectsPage, name: str, phone: str) -> int:
    page.new_enquiry()
    qtbot.keyClicks(page.form.name, name)
    qtbot.keyClicks(page.form.phone, phone)
    page.form.wants_help_with.setPlainText("Panic attacks on the bus")
    page.form.requested_by.setCurrentIndex(page.form.requested_by.findData("partner"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.current_id is not None
    return page.current_id


def test_an_enquiry_is_recorded_and_checked(qtbot: QtBot, window: MainWindow) -> None:
    page = window.prospects
    page.new_enquiry()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "name" in page.form.errors.message("name").lower()
    assert page.current_id is None

    _record_call(qtbot, page, "Mara Jones", "415 555 0100")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "New enquiry"
    assert page.booked_button.isVisible() and not page.convert_button.isVisible()


def test_consultation_then_conversion_links_the_new_client(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.prospects
    prospect_id = _record_call(qtbot, page, "Mara Jones", "415 555 0100")
    qtbot.mouseClick(page.booked_button, Qt.MouseButton.LeftButton)
    booking = window.calendar.dialog
    assert isinstance(booking, AppointmentDialog)
    assert booking.person.choice == ("prospect", prospect_id)
    assert [booking.service.itemText(i) for i in range(booking.service.count())] == [
        "Free consultation · 30 min · no charge"
    ]
    booking.day.setDate(QDate(2027, 1, 18))
    booking.start.setTime(QTime(10, 0))
    booking.save()
    assert booking.result() == QDialog.DialogCode.Accepted
    window.show_area("Prospects")
    with window.ctx.vault.session() as session:
        assert prospects.get_prospect(session, prospect_id)[1].status == (
            ProspectStatus.CONSULTATION_BOOKED
        )
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert page.convert_button.isVisible()

    dialog = page.convert()
    assert dialog is not None
    form = dialog.form
    assert (form.legal_first_name.text(), form.legal_last_name.text()) == ("Mara", "Jones")
    assert form.phone.text() == "(415) 555-0100"
    assert "Panic attacks" in form.clinical_summary.toPlainText()
    dialog.submit()  # no birth date yet
    assert dialog.isVisible() and form.errors.message("date_of_birth")
    form.date_of_birth.set_value(date(1988, 5, 5))
    dialog.submit()
    assert not dialog.isVisible()

    # The new client's record is shown, and the enquiry points to it.
    assert window.pages.currentWidget() is window.clients
    overview = window.clients.overview
    assert overview.name.text() == "Jones, Mara"
    assert "Panic attacks" in overview.enquiry.text()
    with window.ctx.vault.session() as session:
        _data, row = prospects.get_prospect(session, prospect_id)
        assert row.status == ProspectStatus.BECAME_CLIENT
        assert row.client_id == overview.record.id  # type: ignore[union-attr]
        assert clients.get_client(session, row.client_id, date(2026, 11, 27)).data.requested_by == (
            "partner"
        )
        (consultation,) = calendar.client_appointments(session, row.client_id)
        assert consultation.prospect_id is None and consultation.code != "Enquiry"


def test_did_not_proceed_keeps_the_reason(qtbot: QtBot, window: MainWindow) -> None:
    page = window.prospects
    _record_call(qtbot, page, "Tom Reyes", "415 555 0101")
    page.not_proceeding()
    dialog = page.dialog
    assert dialog is not None
    dialog.reason.setCurrentIndex(dialog.reason.findData(NotProceedingReason.COST))
    dialog.note.setPlainText("Will call back in spring")
    dialog.accept()
    assert page.reopen_button.isVisible()
    assert "Cost" in page.status_line.text()
    assert page.model.rowCount() == 0  # no longer an open enquiry
    page.filter.setCurrentIndex([label for label, _ in FILTERS].index("Did not proceed"))
    assert page.model.rowCount() == 1
    assert "(cost)" in page.model.data(page.model.index(0, 1))
