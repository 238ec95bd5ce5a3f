"""The demo practice's billing: charged as the practice charges, a ledger that adds up."""

from __future__ import annotations

import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app import billing, billing_reports
from app.demo import DEMO_TIME_ZONE, DEMO_TODAY, generated
from app.demo_billing import BilledAppointment, BilledClient, Ledger, ServicePrice
from app.models import (
    Appointment,
    Charge,
    ChargeKind,
    Client,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    PaymentKind,
    Service,
    ServiceKind,
)
from app.vault import Vault
from tests.app.people import count

ZONE = ZoneInfo(DEMO_TIME_ZONE)


def test_every_appointment_is_charged_as_the_practice_charges(demo: Vault) -> None:
    with demo.session() as session:
        rates = {c.id: billing.client_rate_cents(c) for c in session.scalars(select(Client))}
        services = {s.id: s for s in session.scalars(select(Service))}
        charges = {
            c.appointment_id: c
            for c in session.scalars(select(Charge).where(Charge.appointment_id.is_not(None)))
        }
        seen = 0
        for a in session.scalars(select(Appointment)):
            service = services[a.service_id]
            rule = None
            if a.client_id is not None:
                rule = billing.charge_rule(
                    a.status,
                    service.billable,
                    service.fee_cents,
                    rates[a.client_id],
                    a.fee_owed_cents,
                )
            charge = charges.get(a.id)
            if rule is None:
                assert charge is None, a.id
                continue
            seen += 1
            assert charge is not None, a.id
            assert (charge.kind, charge.amount_minor, charge.client_id) == (*rule, a.client_id)
            assert charge.on_date == a.start_utc.astimezone(ZONE).date() <= DEMO_TODAY
            if service.kind == ServiceKind.CONSULTATION:
                pytest.fail("a free consultation was charged")
        assert seen == len(charges) > 500


def test_the_ledger_adds_up_for_every_client(demo: Vault) -> None:
    with demo.session() as session:
        for client_id in session.scalars(select(Client.id)):
            account = billing.balance(session, client_id)
            assert account.balance == account.due + account.uninvoiced - account.unapplied
            assert account.due == 0 or account.unapplied == 0
        allocated_to = dict(
            session.execute(
                select(
                    PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_minor)
                ).group_by(PaymentAllocation.invoice_id)
            ).all()
        )
        for invoice in session.scalars(select(Invoice)):
            lines = session.scalar(
                select(func.sum(InvoiceLine.amount_minor)).where(
                    InvoiceLine.invoice_id == invoice.id
                )
            )
            assert lines == invoice.total_minor > 0
            paid = allocated_to.get(invoice.id, 0)
            if invoice.status == InvoiceStatus.VOID:
                assert (invoice.due_minor, paid, invoice.void_reason != "") == (0, 0, True)
            else:
                assert invoice.due_minor == invoice.total_minor - paid >= 0
        allocated_from = dict(
            session.execute(
                select(
                    PaymentAllocation.payment_id, func.sum(PaymentAllocation.amount_minor)
                ).group_by(PaymentAllocation.payment_id)
            ).all()
        )
        for payment in session.scalars(select(Payment)):
            assert payment.unapplied_minor == payment.amount_minor - allocated_from.get(
                payment.id, 0
            )
            assert payment.paid_on <= DEMO_TODAY
            assert (payment.kind == PaymentKind.WRITE_OFF) == (payment.reason != "")
        for charge in session.scalars(select(Charge).where(Charge.waived_on.is_not(None))):
            assert charge.invoice_id is None and charge.waive_reason
            assert charge.kind in (ChargeKind.LATE_CANCEL, ChargeKind.NO_SHOW)


def test_invoice_numbers_run_without_gaps_in_date_order(demo: Vault) -> None:
    with demo.session() as session:
        counters = dict(
            session.execute(select(InvoiceCounter.year, InvoiceCounter.last_number)).all()
        )
        by_year: dict[int, list[tuple[int, date, str]]] = {}
        for year, sequence, issued_on, number in session.execute(
            select(Invoice.year, Invoice.sequence, Invoice.issued_on, Invoice.number)
        ):
            by_year.setdefault(year, []).append((sequence, issued_on, number))
        assert set(by_year) == set(counters)
        for year, rows in by_year.items():
            rows.sort()
            assert (
                [s for s, _, _ in rows]
                == list(range(1, len(rows) + 1))
                == list(range(1, counters[year] + 1))
            )
            assert [d for _, d, _ in rows] == sorted(d for _, d, _ in rows)
            assert all(number == f"{year}-{s:04d}" and d.year == year for s, d, number in rows)


def test_the_demo_bills_like_a_real_practice(demo: Vault) -> None:
    made = generated(demo)
    assert made is not None
    with demo.session() as session:
        assert made["charges"] == count(session, Charge)
        assert made["invoices"] == count(session, Invoice)
        habits = made["payment_habits"]
        assert habits["at_session"] > habits["monthly"] > 0 and habits["late"] >= 3
        assert made["waived_charges"] >= 1 and made["write_offs"] >= 1
        assert made["void_invoices"] >= 1 and made["manual_charges"] >= 1
        assert made["credits"] >= 1  # a client paid the next session ahead
        card = session.scalar(select(func.count(Payment.id)).where(Payment.method == "card"))
        assert card > made["payments"] / 2  # most pay at the session by card
        monthly = session.scalar(
            select(func.count(Invoice.id)).where(Invoice.period_start.is_not(None))
        )
        assert monthly > 0
        report = billing_reports.outstanding(session, DEMO_TODAY)
        assert len(report.rows) >= 3
        assert sum(1 for amount in report.buckets if amount > 0) >= 2
        assert billing_reports.to_invoice(session)  # this month's monthly invoices are not out yet
        settings = billing.billing_settings(session)
        assert (settings.tax_id, settings.npi) == ("12-3456789", "1234567893")
        # The accountant's export names nobody.
        text = billing_reports.export_csv(session, DEMO_TODAY.year)
        names = session.execute(select(Client.legal_first_name, Client.legal_last_name)).all()
        assert not [f"{first} {last}" for first, last in names if f"{first} {last}" in text]
        session.rollback()


def _tiny_ledger(seed: int) -> Ledger:
    clients = [
        BilledClient(k, f"Client {k}", "", ended=k % 3 == 0, rate_cents=None, payer=None)
        for k in range(1, 30)
    ]
    first = DEMO_TODAY - timedelta(days=400)
    appointments = [
        BilledAppointment(
            id=k,
            client_id=1 + k % 29,
            kind=ServiceKind.INDIVIDUAL,
            status=("attended", "no_show", "late_cancelled")[k % 7 // 5],
            day=first + timedelta(days=k // 3),
            fee_owed_cents=7500,
        )
        for k in range(1, 1000)
    ]
    services = {ServiceKind.INDIVIDUAL: ServicePrice(1, "Individual session", "90834", True, 15000)}
    ledger = Ledger(random.Random(seed), DEMO_TODAY, ZONE, "USD", 2)
    ledger.make(clients, appointments, services)
    return ledger


def test_the_same_seed_bills_the_same() -> None:
    one, again, other = _tiny_ledger(1), _tiny_ledger(1), _tiny_ledger(2)
    assert (one.charges, one.invoices, one.payments) == (
        again.charges,
        again.invoices,
        again.payments,
    )
    assert one.payments != other.payments
