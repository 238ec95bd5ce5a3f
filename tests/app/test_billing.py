"""Billing: charges from session statuses, invoices and their numbers, payments, credit, money."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import billing, calendar, clients, prospects
from app.billing import BillingSettings, InvoiceRequest, PaymentInput
from app.changes import Changed
from app.clients import GuardianInput
from app.errors import ValidationError
from app.models import (
    Charge,
    ChargeKind,
    Invoice,
    InvoiceStatus,
    Payment,
    ServiceKind,
)
from app.money import format_money, parse_amount
from app.practice import get_setting
from app.prospects import ProspectInput
from app.vault import Vault
from tests.app.billing_practice import (
    S,
    at,
    book,
    charge_of,
    held,
    invoice,
    new_client,
    open_practice,
    pay,
    service_id,
)
from tests.app.people import TODAY, audit_entries, count, minor

DAY = date(2026, 11, 2)  # a Monday before the tests' "today"


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        open_practice(session)
        yield session


def ledger_counts(session: Session) -> tuple[int, int, int]:
    return count(session, Charge), count(session, Invoice), count(session, Payment)


# ---------------------------------------------------------------- charges from statuses


def test_an_attended_session_is_charged_the_service_fee(session: Session) -> None:
    client_id = new_client(session)
    start = at(DAY, 10)
    appointment_id = book(session, client_id, start)
    assert billing.appointment_charge(session, appointment_id) is None
    changed = calendar.set_status(session, appointment_id, S.ATTENDED, start + timedelta(hours=1))
    assert changed & Changed.BILLING
    charge = charge_of(session, appointment_id)
    assert (charge.kind, charge.amount, charge.on_date) == (
        ChargeKind.SESSION,
        Decimal("120.00"),
        DAY,
    )
    assert (charge.description, charge.procedure_code) == ("Individual session", "90834")
    assert charge.is_open
    assert billing.balance(session, client_id).balance == Decimal("120.00")
    (entry,) = [e for e in audit_entries(session, "charge", charge.id)]
    assert entry.action == "create" and entry.detail["amount_minor"] == 12000


def test_a_sliding_scale_client_is_charged_their_own_rate(session: Session) -> None:
    client_id = new_client(session, fee_arrangement="sliding_scale", sliding_fee="75")
    appointment_id = held(session, client_id, DAY)
    assert charge_of(session, appointment_id).amount == Decimal("75.00")


def test_cancelling_at_the_late_boundary_is_free_and_a_second_later_is_charged(
    session: Session,
) -> None:
    client_id = new_client(session)
    start = at(date(2027, 3, 2), 10)
    on_time = book(session, client_id, start)
    late = book(session, client_id, start + timedelta(hours=2))
    boundary = start - timedelta(hours=24)
    calendar.set_status(session, on_time, S.CANCELLED_BY_CLIENT, boundary)
    assert billing.appointment_charge(session, on_time) is None
    calendar.set_status(
        session, late, S.CANCELLED_BY_CLIENT, boundary + timedelta(hours=2, seconds=1)
    )
    charge = charge_of(session, late)
    assert (charge.kind, charge.amount) == (ChargeKind.LATE_CANCEL, Decimal("60.00"))
    assert charge.description == "Late cancellation (Individual session)"
    assert charge.on_date == date(2027, 3, 2)  # the session's day, not the call's


def test_a_no_show_is_charged_and_undoing_it_removes_the_charge(session: Session) -> None:
    client_id = new_client(session)
    start = at(DAY, 10)
    appointment_id = book(session, client_id, start)
    calendar.set_status(session, appointment_id, S.NO_SHOW, start + timedelta(minutes=20))
    charge = charge_of(session, appointment_id)
    assert (charge.kind, charge.amount) == (ChargeKind.NO_SHOW, Decimal("100.00"))
    calendar.set_status(session, appointment_id, S.SCHEDULED, start + timedelta(minutes=30))
    assert billing.appointment_charge(session, appointment_id) is None
    assert billing.balance(session, client_id).balance == 0
    actions = [e.action for e in audit_entries(session, "charge", charge.id)]
    assert actions == ["create", "delete"]


def test_a_no_show_then_attended_after_all_replaces_the_charge(session: Session) -> None:
    client_id = new_client(session)
    start = at(DAY, 10)
    appointment_id = book(session, client_id, start)
    calendar.set_status(session, appointment_id, S.NO_SHOW, start + timedelta(minutes=20))
    calendar.set_status(session, appointment_id, S.ATTENDED, start + timedelta(minutes=50))
    charge = charge_of(session, appointment_id)
    assert (charge.kind, charge.amount) == (ChargeKind.SESSION, Decimal("120.00"))
    assert count(session, Charge) == 1


def test_a_clinician_cancellation_is_never_charged(session: Session) -> None:
    client_id = new_client(session)
    start = at(DAY, 10)
    appointment_id = book(session, client_id, start)
    calendar.set_status(
        session, appointment_id, S.CANCELLED_BY_CLINICIAN, start - timedelta(hours=1)
    )
    assert billing.appointment_charge(session, appointment_id) is None


def test_a_free_consultation_is_never_charged_nor_invoiced(session: Session) -> None:
    client_id = new_client(session)
    consult = held(session, client_id, DAY, kind=ServiceKind.CONSULTATION)
    start = at(DAY, 14)
    missed = book(session, client_id, start, ServiceKind.CONSULTATION)
    calendar.set_status(session, missed, S.NO_SHOW, start + timedelta(minutes=20))
    prospect_id, _ = prospects.create_prospect(
        session, ProspectInput(name="Rowan Ash", phone="415 555 0199")
    )
    enquiry = book(session, None, at(DAY, 16), ServiceKind.CONSULTATION, prospect_id=prospect_id)
    calendar.set_status(session, enquiry, S.ATTENDED, at(DAY, 17))
    assert count(session, Charge) == 0
    for appointment_id in (consult, missed, enquiry):
        with pytest.raises(ValidationError) as refused:
            billing.invoice_appointment(session, appointment_id, TODAY, TODAY)
        assert refused.value.problems == {
            "appointment_id": "A free consultation is never invoiced."
        }
    assert count(session, Invoice) == 0


def test_a_couples_session_is_charged_to_its_main_client_only(session: Session) -> None:
    first = new_client(session)
    partner = new_client(session, legal_first_name="Bo")
    appointment_id = held(session, first, DAY, kind=ServiceKind.COUPLES, partner_ids=(partner,))
    charge = charge_of(session, appointment_id)
    assert (charge.client_id, charge.amount) == (first, Decimal("160.00"))
    assert billing.client_charges(session, partner) == []
    assert billing.balance(session, partner).balance == 0


def test_waiving_a_no_show_needs_a_reason_and_is_audited(session: Session) -> None:
    client_id = new_client(session)
    start = at(DAY, 10)
    appointment_id = book(session, client_id, start)
    calendar.set_status(session, appointment_id, S.NO_SHOW, start + timedelta(minutes=20))
    charge = charge_of(session, appointment_id)
    with pytest.raises(ValidationError) as refused:
        billing.waive_charge(session, charge.id, "  ", TODAY)
    assert set(refused.value.problems) == {"reason"}
    assert billing.waive_charge(session, charge.id, "Snowstorm; first time", TODAY)
    waived = charge_of(session, appointment_id)
    assert (waived.waived_on, waived.waive_reason, waived.is_open) == (
        TODAY,
        "Snowstorm; first time",
        False,
    )
    account = billing.balance(session, client_id)
    assert (account.charged, account.waived, account.balance) == (
        Decimal("100.00"),
        Decimal("100.00"),
        Decimal("0.00"),
    )
    (entry,) = [e for e in audit_entries(session, "charge", charge.id) if e.action == "waive"]
    assert entry.detail["reason"] == "Snowstorm; first time"
    with pytest.raises(ValidationError) as again:
        billing.waive_charge(session, charge.id, "again", TODAY)
    assert again.value.problems == {"charge_id": "This charge is already waived."}
    with pytest.raises(ValidationError):
        billing.invoice_appointment(session, appointment_id, TODAY, TODAY)


def test_a_status_change_is_refused_while_the_charge_is_on_an_invoice(session: Session) -> None:
    client_id = new_client(session)
    appointment_id = held(session, client_id, DAY)
    invoice_id, _ = billing.invoice_appointment(session, appointment_id, DAY, TODAY)
    number = billing.get_invoice(session, invoice_id).number
    assert number == "2026-0001"
    with pytest.raises(ValidationError) as refused:
        calendar.set_status(session, appointment_id, S.SCHEDULED, at(DAY, 12))
    assert refused.value.problems == {
        "status": f"This appointment is billed on invoice {number}. Void invoice {number} first."
    }
    # Nothing changed: the appointment, its charge and the invoice are as they were.
    assert calendar.get_appointment(session, appointment_id).status == S.ATTENDED
    assert charge_of(session, appointment_id).invoice_number == number
    with pytest.raises(ValidationError) as waiving:
        billing.waive_charge(session, charge_of(session, appointment_id).id, "why not", TODAY)
    assert "Void invoice 2026-0001 first" in waiving.value.problems["charge_id"]
    billing.void_invoice(session, invoice_id, "Session entered on the wrong day", TODAY)
    calendar.set_status(session, appointment_id, S.SCHEDULED, at(DAY, 12))
    assert billing.appointment_charge(session, appointment_id) is None
    voided = billing.get_invoice(session, invoice_id)
    assert (voided.status, voided.due, len(voided.lines)) == (InvoiceStatus.VOID, 0, 1)


def test_manual_charges_and_their_bad_input(session: Session) -> None:
    client_id = new_client(session)
    charge_id, changed = billing.add_charge(
        session, client_id, "  Letter to   the GP ", Decimal("45"), DAY, TODAY
    )
    assert changed == Changed.BILLING
    charge = billing.get_charge(session, charge_id)
    assert (charge.kind, charge.description, charge.amount) == (
        ChargeKind.MANUAL,
        "Letter to the GP",
        Decimal("45.00"),
    )
    before = ledger_counts(session)
    bad: list[tuple[dict[str, Any], str]] = [
        ({"amount": Decimal("0")}, "amount"),
        ({"amount": Decimal("-5")}, "amount"),
        ({"amount": Decimal("10.005")}, "amount"),
        ({"amount": Decimal("NaN")}, "amount"),
        ({"amount": Decimal("1e9")}, "amount"),
        ({"on_date": TODAY + timedelta(days=1)}, "on_date"),
        ({"description": "   "}, "description"),
        ({"description": "x" * 201}, "description"),
    ]
    for change, field in bad:
        values: dict[str, Any] = {
            "description": "Report",
            "amount": Decimal("80"),
            "on_date": DAY,
            **change,
        }
        with pytest.raises(ValidationError) as refused:
            billing.add_charge(session, client_id, today=TODAY, **values)
        assert set(refused.value.problems) == {field}, change
    assert ledger_counts(session) == before


# ---------------------------------------------------------------- invoices


def test_invoice_numbers_have_no_gaps_across_voids_and_failures(session: Session) -> None:
    client_id = new_client(session)
    ids = [held(session, client_id, DAY + timedelta(days=k)) for k in range(4)]
    charges = [charge_of(session, i).id for i in ids]
    first = invoice(session, client_id, (charges[0],), DAY + timedelta(days=5))
    second = invoice(session, client_id, (charges[1],), DAY + timedelta(days=5))
    billing.void_invoice(session, second, "Wrong payer", TODAY)
    # A refused invoice takes no number.
    with pytest.raises(ValidationError):
        invoice(session, client_id, (charges[0],), DAY + timedelta(days=6))
    third = invoice(session, client_id, (charges[1], charges[2]), DAY + timedelta(days=6))
    fourth = invoice(session, client_id, (charges[3],), DAY + timedelta(days=7))
    numbers = [billing.get_invoice(session, i).number for i in (first, second, third, fourth)]
    assert numbers == ["2026-0001", "2026-0002", "2026-0003", "2026-0004"]
    assert billing.get_invoice(session, second).status == InvoiceStatus.VOID
    assert [i.number for i in billing.client_invoices(session, client_id)] == [
        "2026-0004",
        "2026-0003",
        "2026-0002",
        "2026-0001",
    ]
    # A new year starts again at 1.
    new_year = date(2027, 1, 4)
    charge_id, _ = billing.add_charge(
        session, client_id, "Report", Decimal("90"), new_year, new_year
    )
    invoice_id, _ = billing.issue_invoice(
        session, InvoiceRequest(client_id, new_year, (charge_id,)), new_year
    )
    assert billing.get_invoice(session, invoice_id).number == "2027-0001"
    void_entries = audit_entries(session, "invoice", second)
    assert [e.action for e in void_entries] == ["create", "void"]
    assert void_entries[1].detail == {
        "number": "2026-0002",
        "client_id": client_id,
        "reason": "Wrong payer",
    }


def test_invoice_dates_never_go_back_within_a_year_nor_into_the_future(session: Session) -> None:
    client_id = new_client(session)
    a, b = (
        charge_of(session, held(session, client_id, DAY + timedelta(days=k))).id for k in (0, 1)
    )
    invoice(session, client_id, (a,), DAY + timedelta(days=10))
    with pytest.raises(ValidationError) as earlier:
        invoice(session, client_id, (b,), DAY + timedelta(days=9))
    assert earlier.value.problems == {
        "issued_on": "Invoice 2026-0001 is dated 2026-11-12; a new invoice cannot be dated earlier."
    }
    with pytest.raises(ValidationError) as future:
        invoice(session, client_id, (b,), TODAY + timedelta(days=1))
    assert set(future.value.problems) == {"issued_on"}


def test_an_invoice_for_a_period_takes_the_open_charges_of_that_period(session: Session) -> None:
    client_id = new_client(session)
    for k in range(3):
        held(session, client_id, DAY + timedelta(days=k))
    missed_start = at(DAY + timedelta(days=7), 10)
    missed = book(session, client_id, missed_start)
    calendar.set_status(session, missed, S.NO_SHOW, missed_start + timedelta(minutes=20))
    billing.waive_charge(session, charge_of(session, missed).id, "Illness", TODAY)
    billing.add_charge(session, client_id, "Report for school", Decimal("80"), DAY, TODAY)
    billing.add_charge(session, client_id, "Outside the period", Decimal("5"), TODAY, TODAY)
    request = InvoiceRequest(
        client_id, TODAY, period_start=DAY, period_end=DAY + timedelta(days=20)
    )
    invoice_id, _ = billing.issue_invoice(session, request, TODAY)
    view = billing.get_invoice(session, invoice_id)
    assert [(line.description, line.amount) for line in view.lines] == [
        ("Individual session", Decimal("120.00")),
        ("Report for school", Decimal("80.00")),
        ("Individual session", Decimal("120.00")),
        ("Individual session", Decimal("120.00")),
    ]
    assert (view.total, view.due, view.period_start) == (Decimal("440.00"), Decimal("440.00"), DAY)
    assert view.due_on == TODAY + timedelta(days=14)
    # Nothing left in the period: a second invoice for it is refused.
    with pytest.raises(ValidationError) as empty:
        billing.issue_invoice(session, request, TODAY)
    assert empty.value.problems == {"period_start": "There is nothing to invoice in this period."}


@pytest.mark.parametrize(
    ("request_changes", "field"),
    [
        ({}, "charge_ids"),
        ({"charge_ids": (999_999,)}, "charge_ids"),
        ({"period_start": DAY}, "period_end"),
        ({"period_start": DAY, "period_end": DAY - timedelta(days=1)}, "period_end"),
        ({"charge_ids": (-1,), "period_start": DAY, "period_end": DAY}, "charge_ids"),
        ({"guardian_id": 999_999, "period_start": DAY, "period_end": TODAY}, "guardian_id"),
    ],
)
def test_invoice_requests_that_are_refused(
    session: Session, request_changes: dict[str, Any], field: str
) -> None:
    client_id = new_client(session)
    held(session, client_id, DAY)
    before = ledger_counts(session)
    with pytest.raises(ValidationError) as refused:
        billing.issue_invoice(session, InvoiceRequest(client_id, TODAY, **request_changes), TODAY)
    assert field in refused.value.problems
    assert ledger_counts(session) == before
    assert session.scalar(select(Charge.invoice_id)) is None


def test_a_charge_of_another_client_is_not_invoiced(session: Session) -> None:
    ann = new_client(session)
    bo = new_client(session, legal_first_name="Bo")
    charge = charge_of(session, held(session, ann, DAY))
    with pytest.raises(ValidationError) as refused:
        invoice(session, bo, (charge.id,))
    assert set(refused.value.problems) == {"charge_ids"}


def test_a_minor_is_invoiced_to_the_guardian_who_pays_and_the_invoice_keeps_its_words(
    session: Session,
) -> None:
    client_id = new_client(
        session,
        **minor().__dict__
        | {
            "guardians": (
                GuardianInput("Dana Park", "mother", "212 555 0123", can_consent=True),
                GuardianInput("Lee Park", "father", email="lee@example.org", pays=True),
            )
        },
    )
    choices = billing.payers(session, client_id)
    assert [(p.name, p.relation) for p in choices] == [
        ("Lee Park", "father"),
        ("Theo Park", "client"),
        ("Dana Park", "mother"),
    ]
    charge = charge_of(session, held(session, client_id, DAY))
    invoice_id = invoice(session, client_id, (charge.id,), guardian_id=choices[0].guardian_id)
    # Renaming the service later does not change the invoice that was sent.
    individual = service_id(session, ServiceKind.INDIVIDUAL)
    info = calendar.get_service(session, individual)
    calendar.update_service(
        session,
        individual,
        calendar.ServiceInput(
            "Therapy (50 min)", info.duration_minutes, Decimal("200"), kind=info.kind
        ),
    )
    view = billing.get_invoice(session, invoice_id)
    assert (view.payer_name, view.client_name, view.total) == (
        "Lee Park",
        "Theo Park",
        Decimal("120.00"),
    )
    assert "lee@example.org" in view.payer_details
    assert [line.description for line in view.lines] == ["Individual session"]


# ---------------------------------------------------------------- payments and credit


def test_partial_payments_settle_an_invoice(session: Session) -> None:
    client_id = new_client(session)
    charge = charge_of(session, held(session, client_id, DAY))
    invoice_id = invoice(session, client_id, (charge.id,), DAY)
    first = pay(session, client_id, "50", DAY, "cash", invoice_id=invoice_id)
    assert billing.get_invoice(session, invoice_id).due == Decimal("70.00")
    assert billing.balance(session, client_id).balance == Decimal("70.00")
    second = pay(session, client_id, "70.00", TODAY, "cheque", reference="Cheque 1043")
    view = billing.get_invoice(session, invoice_id)
    assert (view.paid, view.due) == (Decimal("120.00"), Decimal("0.00"))
    assert [(a.method, a.amount) for a in view.applied] == [
        ("cash", Decimal("50.00")),
        ("cheque", Decimal("70.00")),
    ]
    account = billing.balance(session, client_id)
    assert (account.paid, account.balance, account.credit) == (Decimal("120.00"), 0, 0)
    receipt = billing.receipt(session, second)
    assert (receipt.number, receipt.amount, receipt.method, receipt.reference) == (
        f"R{second:06d}",
        Decimal("70.00"),
        "cheque",
        "Cheque 1043",
    )
    assert receipt.invoices == (("2026-0001", Decimal("70.00")),)
    assert (receipt.balance_after, receipt.credit, receipt.payer_name) == (0, 0, "Ann Lee")
    # A receipt printed again later still gives the balance as that payment left it.
    assert billing.receipt(session, first).balance_after == Decimal("70.00")
    assert billing.receipt(session, first).client_name == "Ann Lee"
    with pytest.raises(ValidationError) as settled:
        pay(session, client_id, "10", invoice_id=invoice_id, accept_credit=True)
    assert settled.value.problems == {"invoice_id": "Invoice 2026-0001 is already settled."}


def test_an_overpayment_needs_confirming_and_becomes_credit_for_the_next_invoice(
    session: Session,
) -> None:
    client_id = new_client(session)
    first = charge_of(session, held(session, client_id, DAY))
    invoice_id = invoice(session, client_id, (first.id,), DAY)
    before = ledger_counts(session)
    with pytest.raises(ValidationError) as refused:
        pay(session, client_id, "150", DAY)
    assert refused.value.problems == {
        "amount": "This is $30.00 more than the $120.00 owed. Confirm to keep $30.00 as credit."
    }
    assert ledger_counts(session) == before
    payment_id = pay(session, client_id, "150", DAY, accept_credit=True)
    assert billing.get_invoice(session, invoice_id).due == 0
    account = billing.balance(session, client_id)
    assert (account.balance, account.credit, account.unapplied) == (
        Decimal("-30.00"),
        Decimal("30.00"),
        Decimal("30.00"),
    )
    assert billing.receipt(session, payment_id).credit == Decimal("30.00")
    with pytest.raises(ValidationError) as nothing_owed:
        pay(session, client_id, "5", DAY)
    assert nothing_owed.value.problems == {
        "amount": "Nothing is owed now. Confirm to keep this payment ($5.00) as credit."
    }
    # The next invoice takes the credit at once.
    second = charge_of(session, held(session, client_id, DAY + timedelta(days=7)))
    next_id = invoice(session, client_id, (second.id,), DAY + timedelta(days=7))
    view = billing.get_invoice(session, next_id)
    assert (view.total, view.paid, view.due) == (
        Decimal("120.00"),
        Decimal("30.00"),
        Decimal("90.00"),
    )
    assert billing.balance(session, client_id).balance == Decimal("90.00")


def test_a_payment_before_the_invoice_is_applied_when_it_is_issued(session: Session) -> None:
    client_id = new_client(session)
    charge = charge_of(session, held(session, client_id, DAY))
    pay(session, client_id, "120", DAY)  # paid at the session: owed, not yet invoiced
    account = billing.balance(session, client_id)
    assert (account.balance, account.uninvoiced, account.unapplied) == (0, 120, 120)
    invoice_id = invoice(session, client_id, (charge.id,), DAY)
    assert billing.get_invoice(session, invoice_id).due == 0
    assert billing.balance(session, client_id).unapplied == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount": Decimal("0")}, "amount"),
        ({"amount": Decimal("-20")}, "amount"),
        ({"amount": Decimal("0.001")}, "amount"),
        ({"paid_on": TODAY + timedelta(days=1)}, "paid_on"),
        ({"method": "bitcoin"}, "method"),
        ({"reference": "x" * 101}, "reference"),
        ({"invoice_id": 999_999}, "invoice_id"),
    ],
)
def test_payments_that_are_refused(session: Session, changes: dict[str, Any], field: str) -> None:
    client_id = new_client(session)
    held(session, client_id, DAY)
    before = ledger_counts(session)
    data = PaymentInput(client_id, Decimal("50"), DAY, "card")
    with pytest.raises(ValidationError) as refused:
        billing.record_payment(
            session, PaymentInput(**data.__dict__ | changes), TODAY, accept_credit=True
        )
    assert set(refused.value.problems) == {field}
    assert ledger_counts(session) == before


def test_voiding_an_invoice_frees_its_charges_and_its_payment_goes_to_the_new_one(
    session: Session,
) -> None:
    client_id = new_client(session)
    charges = [
        charge_of(session, held(session, client_id, DAY + timedelta(days=k))).id for k in (0, 1)
    ]
    wrong = invoice(session, client_id, (charges[0],), DAY + timedelta(days=2))
    pay(session, client_id, "120", DAY + timedelta(days=2), invoice_id=wrong)
    billing.void_invoice(session, wrong, "Both sessions belong on one invoice", TODAY)
    account = billing.balance(session, client_id)
    assert (account.balance, account.due, account.unapplied) == (120, 0, 120)
    assert all(c.is_open for c in billing.client_charges(session, client_id))
    right = invoice(session, client_id, tuple(charges), TODAY)
    view = billing.get_invoice(session, right)
    assert (view.number, view.total, view.paid, view.due) == ("2026-0002", 240, 120, 120)
    with pytest.raises(ValidationError) as again:
        billing.void_invoice(session, wrong, "twice", TODAY)
    assert again.value.problems == {"invoice_id": "Invoice 2026-0001 is already void."}
    with pytest.raises(ValidationError) as no_reason:
        billing.void_invoice(session, right, "", TODAY)
    assert set(no_reason.value.problems) == {"reason"}


def test_a_bounced_cheque_is_voided_and_the_invoice_is_due_again(session: Session) -> None:
    client_id = new_client(session)
    charge = charge_of(session, held(session, client_id, DAY))
    invoice_id = invoice(session, client_id, (charge.id,), DAY)
    cheque = pay(session, client_id, "120", DAY, "cheque")
    assert billing.void_payment(session, cheque, "Cheque returned unpaid", TODAY)
    assert billing.get_invoice(session, invoice_id).due == Decimal("120.00")
    assert billing.balance(session, client_id).balance == Decimal("120.00")
    payment = billing.get_payment(session, cheque)
    assert (payment.voided_on, payment.void_reason, payment.unapplied) == (
        TODAY,
        "Cheque returned unpaid",
        0,
    )


def test_a_write_off_settles_what_will_not_be_collected(session: Session) -> None:
    client_id = new_client(session)
    charge = charge_of(session, held(session, client_id, DAY))
    invoice_id = invoice(session, client_id, (charge.id,), DAY)
    pay(session, client_id, "20", DAY, invoice_id=invoice_id)
    with pytest.raises(ValidationError) as too_much:
        billing.write_off(
            session, client_id, Decimal("101"), "Moved abroad", TODAY, TODAY, invoice_id
        )
    assert too_much.value.problems == {
        "amount": "At most the $100.00 still due on invoice 2026-0001."
    }
    with pytest.raises(ValidationError) as no_reason:
        billing.write_off(session, client_id, Decimal("100"), " ", TODAY, TODAY, invoice_id)
    assert set(no_reason.value.problems) == {"reason"}
    write_off_id, _ = billing.write_off(
        session, client_id, Decimal("100"), "Moved abroad, no address", TODAY, TODAY, invoice_id
    )
    view = billing.get_invoice(session, invoice_id)
    assert (view.paid, view.written_off, view.due) == (20, 100, 0)
    account = billing.balance(session, client_id)
    assert (account.paid, account.written_off, account.balance) == (20, 100, 0)
    (entry,) = audit_entries(session, "write_off", write_off_id)
    assert entry.detail["reason"] == "Moved abroad, no address"
    with pytest.raises(ValidationError):
        billing.receipt(session, write_off_id)
    with pytest.raises(ValidationError) as nothing_owed:
        billing.write_off(session, client_id, Decimal("1"), "More", TODAY, TODAY)
    assert nothing_owed.value.problems == {"amount": "At most what the client owes ($0.00)."}


# ---------------------------------------------------------------- currencies and money


def test_totals_are_exact_to_the_cent(session: Session) -> None:
    client_id = new_client(session)
    ids = [
        billing.add_charge(session, client_id, "Part", Decimal(amount), DAY, TODAY)[0]
        for amount in ("33.33", "33.33", "33.34", "0.10", "0.20")
    ]
    invoice_id = invoice(session, client_id, tuple(ids), DAY)
    assert billing.get_invoice(session, invoice_id).total == Decimal("100.30")
    for _ in range(3):
        pay(session, client_id, "33.43", DAY)
    account = billing.balance(session, client_id)
    assert account.balance == Decimal("0.01")
    assert str(account.balance) == "0.01"


def test_a_yen_practice_bills_whole_yen_rounding_a_fee_half_up(vault: Vault) -> None:
    with vault.session() as session:
        open_practice(session, currency="JPY", locale="ja_JP")
        individual = service_id(session, ServiceKind.INDIVIDUAL)
        info = calendar.get_service(session, individual)
        calendar.update_service(
            session,
            individual,
            calendar.ServiceInput(
                info.name, info.duration_minutes, Decimal("8000.50"), kind=info.kind
            ),
        )
        client_id = new_client(session)
        charge = charge_of(session, held(session, client_id, DAY))
        assert charge.amount == Decimal("8001")
        with pytest.raises(ValidationError) as decimals:
            billing.add_charge(session, client_id, "Letter", Decimal("1000.5"), DAY, TODAY)
        assert decimals.value.problems == {"amount": "JPY amounts have no decimals."}
        letter, _ = billing.add_charge(session, client_id, "Letter", Decimal("3000"), DAY, TODAY)
        invoice_id = invoice(session, client_id, (charge.id, letter), DAY)
        view = billing.get_invoice(session, invoice_id)
        assert (view.currency, view.total) == ("JPY", Decimal("11001"))
        stored = session.get(Invoice, invoice_id)
        assert stored is not None and stored.total_minor == 11001
        with pytest.raises(ValidationError) as too_much:
            pay(session, client_id, "12000", DAY)
        assert too_much.value.problems["amount"].startswith("This is ￥999 more than the ￥11,001")
        pay(session, client_id, "11001", DAY)
        assert billing.balance(session, client_id).balance == 0
        settings = billing.billing_settings(session)
        assert settings.format(Decimal("11001")) == "￥11,001"
        assert get_setting(session, "fees.currency_symbol") == "￥"
        # Every amount is in yen now: the currency is fixed.
        with pytest.raises(ValidationError) as fixed:
            billing.set_billing_settings(session, BillingSettings(currency="USD", locale="en_US"))
        assert fixed.value.problems == {
            "currency": "The currency cannot change once anything has been billed."
        }


def test_format_money_follows_the_currency_and_the_locale() -> None:
    assert format_money(Decimal("1234.5"), "USD", "en_US") == "$1,234.50"
    assert format_money(Decimal("1234.5"), "EUR", "de_DE") == "1.234,50\xa0€"
    assert format_money(Decimal("8000.5"), "JPY", "en_US") == "¥8,001"
    assert format_money(Decimal("-30"), "USD", "en_US") == "-$30.00"
    assert format_money(Decimal("0.0005"), "KWD", "en_US") == "KWD0.001"


def test_parse_amount_takes_the_currency_digits() -> None:
    assert parse_amount("8,000", digits=0) == Decimal("8000")
    assert parse_amount("1.234", digits=3) == Decimal("1.234")
    with pytest.raises(ValueError, match="whole amounts"):
        parse_amount("8000.5", digits=0)
    assert parse_amount("85.5") == Decimal("85.50")  # the default is still cents


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"currency": "XYZ"}, "currency"),
        ({"locale": "xx_QQ"}, "locale"),
        ({"payment_terms_days": -1}, "payment_terms_days"),
        ({"payment_terms_days": 366}, "payment_terms_days"),
        ({"npi": "1234567890"}, "npi"),
        ({"npi": "12345"}, "npi"),
        ({"tax_id": "9" * 31}, "tax_id"),
    ],
)
def test_billing_settings_that_are_refused(
    session: Session, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        billing.set_billing_settings(session, BillingSettings(**changes))
    assert set(refused.value.problems) == {field}


def test_billing_settings_are_stored_tidied_and_audited(session: Session) -> None:
    changed = billing.set_billing_settings(
        session,
        BillingSettings(
            currency="eur",
            locale="de-DE",
            payment_terms_days=30,
            tax_id=" DE 123 ",
            npi="1234567893",
        ),
    )
    assert changed & Changed.BILLING and changed & Changed.SETTINGS
    assert billing.billing_settings(session) == BillingSettings(
        "EUR", "de_DE", 30, "DE 123", "1234567893"
    )
    assert get_setting(session, "fees.currency_symbol") == "€"
    assert billing.npi_is_valid("1234567893") and not billing.npi_is_valid("1234567894")


def test_a_client_with_an_invoice_was_not_entered_by_mistake(session: Session) -> None:
    client_id = new_client(session)
    appointment_id = held(session, client_id, DAY)
    invoice(session, client_id, (charge_of(session, appointment_id).id,))
    code = clients.get_client(session, client_id, TODAY).data.code
    with pytest.raises(clients.EraseRefused, match="1 invoice"):
        clients.erase(session, client_id, clients.EraseReason.ENTERED_BY_MISTAKE, code, TODAY)
    assert count(session, Invoice) == 1
