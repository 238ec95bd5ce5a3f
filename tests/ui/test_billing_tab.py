"""A client's Billing tab, clicked through: charges, invoices, payments, voids, documents."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableView
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

import app.documents.billing_documents as billing_pdfs
import ui.billing.documents as documents
from app import billing, calendar, clients
from app.billing import InvoiceRequest, PaymentInput
from app.calendar import AppointmentInput, ServiceInput
from app.changes import Changed
from app.clients import ClientInput
from app.errors import RapportError
from app.models import AppointmentStatus, InvoiceStatus, ServiceKind
from app.practice import set_fee_policy
from tests.app.billing_practice import FEES
from ui.calendar.appointment_dialog import AppointmentDialog
from ui.clients.billing_tab import READ_ONLY, BillingTab, LedgerModel
from ui.clients.labels import format_date
from ui.main_window import MainWindow

# The fake clock starts on Friday 15 January 2027, 08:00 UTC (the practice's zone is UTC).
MONDAY = date(2027, 1, 11)
TODAY = date(2027, 1, 15)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    """A practice charging 120 a session, 60 a late cancellation and 100 a no-show."""
    main_window.resize(1300, 900)
    with main_window.ctx.vault.session() as session:
        set_fee_policy(session, FEES)
        for s in calendar.services(session):
            if s.kind == ServiceKind.INDIVIDUAL:
                calendar.update_service(
                    session,
                    s.id,
                    ServiceInput(
                        name=s.name,
                        duration_minutes=s.duration_minutes,
                        fee=Decimal("120"),
                        billable=True,
                        kind=s.kind,
                        procedure_code=s.procedure_code,
                        colour=s.colour,
                        buffer_after_minutes=s.buffer_after_minutes,
                    ),
                )
    return main_window


@pytest.fixture(autouse=True)
def pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The billing renderers; a one-page stand-in for any not written yet."""

    def stand_in(real: Callable[..., bytes]) -> Callable[..., bytes]:
        def render(*args: Any) -> bytes:
            try:
                return real(*args)
            except NotImplementedError:
                buffer = io.BytesIO()
                page = canvas.Canvas(buffer)
                page.drawString(72, 720, real.__name__)
                page.save()
                return buffer.getvalue()

        return render

    for name in ("render_invoice", "render_receipt", "render_statement", "render_superbill"):
        monkeypatch.setattr(billing_pdfs, name, stand_in(getattr(billing_pdfs, name)))


def _client(window: MainWindow, first: str = "Ada", last: str = "Okafor") -> int:
    with window.ctx.vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput(first, last, date(1990, 4, 12)), window.ctx.today()
        )
    return client_id


def _code(window: MainWindow, client_id: int) -> str:
    with window.ctx.vault.session() as session:
        return clients.get_client(session, client_id, window.ctx.today()).data.code


def _book(window: MainWindow, client_id: int, day: date, hour: int = 10) -> int:
    with window.ctx.vault.session() as session:
        service_id = next(
            s.id for s in calendar.services(session) if s.kind == ServiceKind.INDIVIDUAL
        )
        (appointment_id,) = calendar.book(
            session,
            AppointmentInput(
                service_id=service_id,
                start=datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
                duration_minutes=50,
                client_id=client_id,
                accept_consent_warning=True,
            ),
            window.ctx.today(),
        )
    return appointment_id


def _status(window: MainWindow, appointment_id: int, status: AppointmentStatus) -> None:
    with window.ctx.vault.session() as session:
        changed = calendar.set_status(session, appointment_id, status, window.ctx.now())
    window.ctx.bus.publish(changed | Changed.CALENDAR)


def _held(window: MainWindow, client_id: int, day: date = MONDAY, hour: int = 10) -> int:
    appointment_id = _book(window, client_id, day, hour)
    _status(window, appointment_id, AppointmentStatus.ATTENDED)
    return appointment_id


def _invoice(window: MainWindow, client_id: int) -> int:
    with window.ctx.vault.session() as session:
        charge_ids = tuple(c.id for c in billing.client_charges(session, client_id, True))
        invoice_id, changed = billing.issue_invoice(
            session, InvoiceRequest(client_id, TODAY, charge_ids), TODAY
        )
    window.ctx.bus.publish(changed)
    return invoice_id


def _tab(window: MainWindow, client_id: int) -> BillingTab:
    window.open_client(client_id)
    overview = window.clients.overview
    overview.tabs.setCurrentWidget(overview.billing_tab)
    QApplication.processEvents()
    tab = overview.billing_tab
    assert tab.isVisible() and tab.client_id == client_id
    return tab


def _rows(model: LedgerModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.text(row, column) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def _select(view: QTableView, row: int) -> None:
    view.selectRow(row)
    QApplication.processEvents()


def _submit(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_a_session_marked_attended_shows_its_charge(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    appointment_id = _book(window, ada, MONDAY)
    tab = _tab(window, ada)
    assert tab.headline.text() == "Nothing owed"
    assert _rows(tab.charges) == []
    assert not tab.new_invoice_button.isEnabled()

    window.open_appointment(appointment_id)
    dialog = window.calendar.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.charge_box.isHidden()
    dialog.status_buttons[AppointmentStatus.ATTENDED].click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    tab = _tab(window, ada)
    assert _rows(tab.charges) == [
        (format_date(MONDAY), "Individual session", "$120.00", "Not invoiced")
    ]
    amount = tab.charges.index(0, 2)
    assert tab.charges.data(amount, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert tab.headline.text() == "Owes $120.00 — not invoiced yet"
    assert tab.new_invoice_button.isEnabled()


def test_an_invoice_issued_through_the_dialog_is_numbered_and_owed(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    _held(window, ada, MONDAY)
    _held(window, ada, MONDAY + timedelta(days=1))
    tab = _tab(window, ada)
    tab.new_invoice_action.trigger()
    dialog = tab.dialog
    assert dialog.windowTitle() == "New invoice" and dialog.isVisible()
    assert len(dialog.chosen_charges()) == 2  # every charge ticked
    assert dialog.total.text() == "$240.00  (2 charges)"
    assert dialog.payer.currentText() == "Ada Okafor (the client)"
    assert dialog.issued_on.value() == TODAY
    dialog.issued_on.set_value(TODAY + timedelta(days=1))
    _submit(qtbot, dialog)
    assert dialog.isVisible()  # refused, nothing lost
    assert dialog.errors.message("issued_on") == "An invoice cannot be in the future."
    assert dialog.total.text() == "$240.00  (2 charges)"
    dialog.issued_on.set_value(TODAY)
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert _rows(tab.invoices) == [
        (
            "2027-0001",
            format_date(TODAY),
            "Ada Okafor",
            "$240.00",
            "$0.00",
            "$240.00",
            f"Due {format_date(TODAY + timedelta(days=14))}",
        )
    ]
    assert tab.selected_invoice() is not None
    assert tab.selected_invoice().number == "2027-0001"  # type: ignore[union-attr]
    assert tab.headline.text() == "Owes $240.00 — 1 invoice due, issued today"
    assert [row[3] for row in _rows(tab.charges)] == ["Invoice 2027-0001"] * 2
    assert not tab.new_invoice_action.isEnabled()
    assert "already on an invoice" in tab.new_invoice_button.toolTip()


def test_only_the_ticked_charges_are_invoiced(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    _held(window, ada, MONDAY)
    _held(window, ada, MONDAY + timedelta(days=1))
    tab = _tab(window, ada)
    dialog = tab.new_invoice()
    assert dialog is not None
    dialog.set_checked([])
    _submit(qtbot, dialog)
    assert dialog.errors.message("charge_ids") == "Choose the charges to invoice, or a period."
    first = dialog.charges[0]
    dialog.set_checked([first.id])
    assert dialog.total.text() == "$120.00  (1 charge)"
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted(row[3] for row in _rows(tab.charges)) == ["Invoice 2027-0001", "Not invoiced"]
    assert tab.headline.text() == (
        "Owes $240.00: $120.00 due on 1 invoice issued today; $120.00 not invoiced yet"
    )
    assert tab.headline.wordWrap()  # a narrow window shows all of it
    assert tab.detail.text().startswith("In all: charged $240.00")


def test_partial_then_over_payment_needs_the_credit_confirmed(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    _held(window, ada)
    _held(window, ada, MONDAY + timedelta(days=1))
    _invoice(window, ada)
    tab = _tab(window, ada)
    tab.payment_action.trigger()
    dialog = tab.dialog
    assert dialog.amount.text() == "240.00"  # what is owed
    assert dialog.paid_on.value() == TODAY
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "100")
    dialog.reference.setText("card 4242")
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.headline.text() == "Owes $140.00 — 1 invoice due, issued today"
    (invoice,) = _rows(tab.invoices)
    assert invoice[4:] == (
        "$100.00",
        "$140.00",
        f"Part paid · due {format_date(TODAY + timedelta(days=14))}",
    )
    assert _rows(tab.payments) == [
        (format_date(TODAY), "Card", "$100.00", "card 4242", "2027-0001", "")
    ]

    dialog = tab.record_payment()
    assert dialog is not None
    asked: list[str] = []

    def refuse(question: str) -> bool:
        asked.append(question)
        return False

    dialog.confirm_credit = refuse
    dialog.amount.setText("200")
    _submit(qtbot, dialog)
    assert asked == [
        "$200.00 is $60.00 more than the $140.00 the client owes. Keep $60.00 as credit? "
        "It is taken off the client's next invoice."
    ]
    assert dialog.isVisible() and dialog.amount.text() == "200"
    assert dialog.errors.message("amount") == (
        "More than the $140.00 owed. Lower the amount, or press Record payment again and "
        "choose to keep the rest as credit."
    )
    with window.ctx.vault.session() as session:
        assert len(billing.client_payments(session, ada)) == 1

    dialog.confirm_credit = lambda question: True
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.headline.text() == "In credit $60.00"
    assert "$60.00 paid ahead, taken off the next invoice" in tab.detail.text()
    assert _rows(tab.payments)[0][4] == "2027-0001, $60.00 credit"
    assert _rows(tab.invoices)[0][6] == "Paid"


def test_a_payment_form_shows_each_refusal_by_its_field(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    _held(window, ada)
    tab = _tab(window, ada)
    dialog = tab.record_payment()
    assert dialog is not None
    dialog.amount.setText("twelve")
    dialog.paid_on.set_value(TODAY + timedelta(days=2))
    _submit(qtbot, dialog)
    assert dialog.errors.message("amount") == "Enter an amount such as 85.00."
    assert dialog.errors.message("paid_on") == "A payment cannot be in the future."
    assert dialog.isVisible() and dialog.amount.text() == "twelve"


def test_voiding_an_invoice_makes_its_charges_uninvoiced_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    _held(window, ada)
    _invoice(window, ada)
    tab = _tab(window, ada)
    assert not tab.void_invoice_button.isEnabled()  # nothing selected yet
    _select(tab.invoices_view, 0)
    assert tab.void_invoice_button.isEnabled()
    tab.void_invoice_button.click()
    dialog = tab.dialog
    assert any("charges become uninvoiced again" in t.text() for t in dialog.findChildren(QLabel))
    _submit(qtbot, dialog)
    assert dialog.errors.message("reason") == "Say why the invoice is voided."
    qtbot.keyClicks(dialog.reason, "Wrong payer")
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted

    (row,) = _rows(tab.invoices)
    assert (row[0], row[4], row[5], row[6]) == ("2027-0001", "—", "—", "VOID")
    assert _rows(tab.charges)[0][3] == "Not invoiced"
    assert tab.headline.text() == "Owes $120.00 — not invoiced yet"
    assert tab.new_invoice_action.isEnabled()
    assert not tab.void_invoice_action.isEnabled()  # the voided one is still selected
    assert tab.view_invoice_action.isEnabled()

    dialog = tab.new_invoice()
    assert dialog is not None
    _submit(qtbot, dialog)
    assert [row[0] for row in _rows(tab.invoices)] == ["2027-0002", "2027-0001"]


def test_waiving_needs_a_reason_and_nothing_changes_without_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    missed = _book(window, ada, MONDAY)
    _status(window, missed, AppointmentStatus.NO_SHOW)
    tab = _tab(window, ada)
    assert _rows(tab.charges)[0][1:] == (
        "Missed appointment (Individual session)",
        "$100.00",
        "Not invoiced",
    )
    assert not tab.waive_button.isEnabled()
    _select(tab.charges_view, 0)
    tab.waive_button.click()
    dialog = tab.dialog
    dialog.reason.setPlainText("   ")
    _submit(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("reason") == "Say why the charge is waived."
    with window.ctx.vault.session() as session:
        (charge,) = billing.client_charges(session, ada)
    assert charge.is_open
    assert tab.headline.text() == "Owes $100.00 — not invoiced yet"

    dialog.reason.setPlainText("Snowstorm")
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _rows(tab.charges)[0][3] == "Waived: Snowstorm"
    assert tab.headline.text() == "Nothing owed"
    assert not tab.waive_action.isEnabled()


def test_a_manual_charge_and_a_write_off(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    tab = _tab(window, ada)
    assert not tab.write_off_action.isEnabled()
    tab.charge_action.trigger()
    dialog = tab.dialog
    dialog.amount.setText("1,2x")
    _submit(qtbot, dialog)
    assert dialog.errors.message("description") == "Say what the charge is for."
    assert dialog.errors.message("amount") == "Enter an amount such as 85.00."
    qtbot.keyClicks(dialog.description, "Report for the school")
    dialog.amount.setText("$1,250.5")
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _rows(tab.charges)[0][1:] == ("Report for the school", "$1,250.50", "Not invoiced")

    tab.write_off_action.trigger()
    dialog = tab.dialog
    assert dialog.amount.text() == "1,250.50"
    dialog.amount.setText("2000")
    dialog.reason.setPlainText("Hardship")
    _submit(qtbot, dialog)
    assert dialog.errors.message("amount") == "At most what the client owes ($1,250.50)."
    dialog.amount.setText("250.50")
    _submit(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.headline.text() == "Owes $1,000.00 — not invoiced yet"
    assert _rows(tab.payments)[0][1:4] == ("Write-off", "$250.50", "Hardship")

    _select(tab.payments_view, 0)
    assert not tab.receipt_action.isEnabled()  # a write-off has no receipt
    tab.void_payment_action.trigger()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.reason, "Entered by mistake")
    _submit(qtbot, dialog)
    assert tab.headline.text() == "Owes $1,250.50 — not invoiced yet"
    assert _rows(tab.payments)[0][5] == "Void: Entered by mistake"


def test_the_invoice_opens_named_by_the_client_code_not_the_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    _held(window, ada)
    _invoice(window, ada)
    tab = _tab(window, ada)
    view = tab.invoices_view
    cell = view.visualRect(tab.invoices.index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10_000)
    preview = tab.preview
    assert preview is not None and preview.isVisible()
    code = _code(window, ada)
    assert preview.file_name == f"Invoice {code} 2027-0001.pdf"
    assert "Okafor" not in preview.file_name and "Ada" not in preview.file_name
    assert preview.title == "Invoice 2027-0001 — Ada Okafor"
    assert preview.data.startswith(b"%PDF") and preview.pages
    preview.close()


def test_receipt_statement_and_superbill_open_with_warnings_where_due(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    _held(window, ada)
    _invoice(window, ada)
    with window.ctx.vault.session() as session:
        billing.record_payment(session, PaymentInput(ada, Decimal(120), TODAY, "cash"), TODAY)
    window.ctx.bus.publish(Changed.BILLING)
    tab = _tab(window, ada)
    code = _code(window, ada)
    opened: list[str] = []

    def wait_for_preview() -> None:
        qtbot.waitUntil(lambda: tab.preview is not None, timeout=10_000)
        assert tab.preview is not None
        opened.append(tab.preview.file_name)
        tab.preview.close()
        tab.preview = None

    _select(tab.payments_view, 0)
    tab.receipt_button.click()
    wait_for_preview()

    dialog = tab.superbill()
    assert dialog is not None
    assert dialog.period() == (date(2027, 1, 1), TODAY)
    warnings = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("No diagnosis code" in text for text in warnings)
    assert any("no NPI and no tax ID" in text for text in warnings)
    dialog.make.click()
    wait_for_preview()

    dialog = tab.statement()
    assert dialog is not None
    dialog.set_period(date(2027, 1, 1), date(2027, 1, 31))
    dialog.make.click()
    wait_for_preview()
    assert opened == [
        f"Receipt {code} R{1:06d}.pdf",
        f"Superbill {code} 2027-01-01 to 2027-01-15.pdf",
        f"Statement {code} 2027-01-01 to 2027-01-31.pdf",
    ]


def test_an_archived_client_is_read_only_but_documents_still_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    ada = _client(window)
    _held(window, ada)
    _held(window, ada, MONDAY + timedelta(days=1))
    invoice_id = _invoice(window, ada)
    with window.ctx.vault.session() as session:
        billing.void_invoice(session, invoice_id, "Wrong", TODAY)
        billing.record_payment(
            session, PaymentInput(ada, Decimal(50), TODAY, "cash"), TODAY, accept_credit=True
        )
        clients.archive(session, ada, TODAY)
    window.ctx.bus.publish(Changed.CLIENTS | Changed.BILLING)
    tab = _tab(window, ada)
    assert tab.archived and tab.read_only.isVisible()
    _select(tab.charges_view, 0)
    _select(tab.invoices_view, 0)
    _select(tab.payments_view, 0)
    for button in (
        tab.new_invoice_button,
        tab.payment_button,
        tab.charge_button,
        tab.write_off_button,
        tab.waive_button,
        tab.void_invoice_button,
        tab.void_payment_button,
    ):
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == READ_ONLY
    for button in (
        tab.view_invoice_button,
        tab.receipt_button,
        tab.statement_button,
        tab.superbill_button,
    ):
        assert button.isEnabled(), button.text()
    assert tab.new_invoice() is None and tab.record_payment() is None
    tab.view_invoice()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10_000)
    assert tab.preview is not None
    tab.preview.close()


def test_the_appointment_shows_its_charge_and_invoices_it(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    late = _book(window, ada, MONDAY + timedelta(days=1))
    _status(window, late, AppointmentStatus.LATE_CANCELLED)
    window.open_appointment(late)
    dialog = window.calendar.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert not dialog.charge_box.isHidden()
    assert dialog.charge_label.text() == "Charge $60.00 · not invoiced"
    assert dialog.invoice_button.text() == "Invoice this session…"
    asked: list[str] = []

    def agree(question: str) -> bool:
        asked.append(question)
        return True

    dialog.confirm_invoice = agree
    dialog.invoice_button.click()
    assert asked and "($60.00) to Ada Okafor, dated today" in asked[0]
    assert dialog.charge_label.text() == "Charge $60.00 · invoiced as 2027-0001"
    assert dialog.invoice_button.text() == "View invoice"
    with window.ctx.vault.session() as session:
        (invoice,) = billing.client_invoices(session, ada)
    assert (invoice.number, invoice.total, invoice.status) == (
        "2027-0001",
        Decimal("60.00"),
        InvoiceStatus.ISSUED,
    )
    dialog.reject()
    tab = _tab(window, ada)
    assert tab.headline.text() == "Owes $60.00 — 1 invoice due, issued today"


def test_the_keyboard_reaches_the_frequent_actions(qtbot: QtBot, window: MainWindow) -> None:
    ada = _client(window)
    _held(window, ada)
    tab = _tab(window, ada)
    window.activateWindow()
    qtbot.keyClick(tab, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is not None and tab.dialog.windowTitle() == "New invoice"
    qtbot.keyClick(tab.dialog, Qt.Key.Key_Return)  # Issue invoice is the default button
    assert tab.dialog.result() == QDialog.DialogCode.Accepted
    assert [row[0] for row in _rows(tab.invoices)] == ["2027-0001"]
    window.activateWindow()
    qtbot.keyClick(tab, Qt.Key.Key_P, CTRL_SHIFT)
    assert tab.dialog.windowTitle() == "Record a payment"
    assert tab.dialog.invoice.currentText().startswith("2027-0001")  # the selected invoice
    tab.dialog.reject()
    tab.invoices_view.setFocus()
    qtbot.keyClick(tab.invoices_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=10_000)
    assert tab.preview is not None
    tab.preview.close()


def test_a_document_that_cannot_be_made_is_explained(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada = _client(window)
    _held(window, ada)
    _invoice(window, ada)
    shown: list[str] = []

    def broken(*_args: Any) -> bytes:
        raise RapportError("The letterhead image is missing.")

    monkeypatch.setattr(billing_pdfs, "render_invoice", broken)
    monkeypatch.setattr(
        documents.QMessageBox, "warning", lambda _p, title, text: shown.append(f"{title}: {text}")
    )
    tab = _tab(window, ada)
    _select(tab.invoices_view, 0)
    tab.view_invoice_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [
        "No invoice: The invoice could not be made.\n\nThe letterhead image is missing."
    ]
    assert tab.preview is None
