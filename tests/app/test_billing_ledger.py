"""The ledger never drifts: any sequence of charges, payments, voids, waivers and write-offs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import billing
from app.billing import InvoiceRequest, PaymentInput
from app.errors import ValidationError
from app.models import (
    Charge,
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    PaymentKind,
)
from app.vault import Vault
from tests.app.billing_practice import new_client, open_practice
from tests.app.people import TODAY

CENTS = st.integers(min_value=1, max_value=40_000)
INDEX = st.integers(min_value=0, max_value=7)

CHARGE = st.tuples(st.just("charge"), CENTS, st.integers(min_value=0, max_value=60))
INVOICE = st.tuples(st.just("invoice"), st.booleans())
STEPS = st.lists(
    st.one_of(
        CHARGE,
        INVOICE,
        CHARGE,
        INVOICE,
        st.tuples(st.just("pay"), CENTS, st.booleans(), st.one_of(st.none(), INDEX)),
        st.tuples(st.just("write_off"), CENTS, st.one_of(st.none(), INDEX)),
        st.tuples(st.just("void_invoice"), INDEX),
        st.tuples(st.just("void_payment"), INDEX),
        st.tuples(st.just("waive"), INDEX),
    ),
    min_size=3,
    max_size=30,
)


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        open_practice(session)
        yield session


@dataclass
class Model:
    """What the account must hold, counted apart from the core, in cents."""

    charged: int = 0
    waived: int = 0
    paid: int = 0
    written_off: int = 0
    charges: list[int] = field(default_factory=list)
    invoices: list[int] = field(default_factory=list)
    payments: list[int] = field(default_factory=list)


def cents(amount: Decimal) -> int:
    return int(amount * 100)


def snapshot(session: Session, client_id: int) -> tuple[object, ...]:
    """Everything a refused step must leave as it was."""
    account = billing.balance(session, client_id)
    rows = (
        session.scalar(select(func.count(Charge.id)).where(Charge.client_id == client_id)),
        session.scalar(select(func.count(Invoice.id)).where(Invoice.client_id == client_id)),
        session.scalar(select(func.count(Payment.id)).where(Payment.client_id == client_id)),
        session.scalar(select(func.count(PaymentAllocation.id))),
        session.scalar(select(func.count(Invoice.id))),
    )
    return (account, *rows)


def check(session: Session, client_id: int, model: Model) -> None:
    account = billing.balance(session, client_id)
    assert cents(account.charged) == model.charged
    assert cents(account.waived) == model.waived
    assert cents(account.paid) == model.paid
    assert cents(account.written_off) == model.written_off
    expected = model.charged - model.waived - model.paid - model.written_off
    assert cents(account.balance) == expected
    # The same balance, seen from the invoices: due + not invoiced − not applied.
    assert account.balance == account.due + account.uninvoiced - account.unapplied
    # Credit waits only while nothing is due.
    assert account.due == 0 or account.unapplied == 0
    for invoice in session.scalars(select(Invoice).where(Invoice.client_id == client_id)):
        allocated = session.scalar(
            select(func.coalesce(func.sum(PaymentAllocation.amount_minor), 0)).where(
                PaymentAllocation.invoice_id == invoice.id
            )
        )
        if invoice.status == InvoiceStatus.VOID:
            assert (invoice.due_minor, allocated) == (0, 0)
        else:
            assert 0 <= invoice.due_minor == invoice.total_minor - allocated
    for payment in session.scalars(select(Payment).where(Payment.client_id == client_id)):
        allocated = session.scalar(
            select(func.coalesce(func.sum(PaymentAllocation.amount_minor), 0)).where(
                PaymentAllocation.payment_id == payment.id
            )
        )
        if payment.voided_on is not None:
            assert (payment.unapplied_minor, allocated) == (0, 0)
        else:
            assert 0 <= payment.unapplied_minor == payment.amount_minor - allocated


def pick(items: list[int], index: int) -> int | None:
    return items[index % len(items)] if items else None


def run(session: Session, client_id: int, model: Model, step: tuple[Any, ...]) -> None:
    """Do one step; on success, count its effect in the model."""
    kind = step[0]
    if kind == "charge":
        amount, days_ago = int(step[1]), int(step[2])
        day = TODAY - timedelta(days=days_ago)
        charge_id, _ = billing.add_charge(
            session, client_id, "Report", Decimal(amount) / 100, day, TODAY
        )
        model.charges.append(charge_id)
        model.charged += amount
    elif kind == "invoice":
        open_ids = [c.id for c in billing.client_charges(session, client_id, open_only=True)]
        chosen = tuple(open_ids[: max(1, len(open_ids) // 2)] if step[1] else open_ids)
        invoice_id, _ = billing.issue_invoice(
            session, InvoiceRequest(client_id, TODAY, chosen), TODAY
        )
        model.invoices.append(invoice_id)
    elif kind == "pay":
        amount, accept, index = int(step[1]), bool(step[2]), step[3]
        target = None if index is None else pick(model.invoices, int(index))
        payment_id, _ = billing.record_payment(
            session,
            PaymentInput(client_id, Decimal(amount) / 100, TODAY, "card", invoice_id=target),
            TODAY,
            accept_credit=accept,
        )
        model.payments.append(payment_id)
        model.paid += amount
        if not accept:
            assert billing.balance(session, client_id).balance >= 0
    elif kind == "write_off":
        amount, index = int(step[1]), step[2]
        target = None if index is None else pick(model.invoices, int(index))
        payment_id, _ = billing.write_off(
            session, client_id, Decimal(amount) / 100, "Uncollectable", TODAY, TODAY, target
        )
        model.payments.append(payment_id)
        model.written_off += amount
        assert billing.balance(session, client_id).balance >= 0
    elif kind == "void_invoice":
        invoice_id = pick(model.invoices, int(step[1]))
        if invoice_id is None:
            return
        billing.void_invoice(session, invoice_id, "Correction", TODAY)
    elif kind == "void_payment":
        payment_id = pick(model.payments, int(step[1]))
        if payment_id is None:
            return
        payment = session.get(Payment, payment_id)
        assert payment is not None
        amount, was = payment.amount_minor, payment.kind
        billing.void_payment(session, payment_id, "Entered by mistake", TODAY)
        if was == PaymentKind.WRITE_OFF:
            model.written_off -= amount
        else:
            model.paid -= amount
    elif kind == "waive":
        charge_id = pick(model.charges, int(step[1]))
        if charge_id is None:
            return
        billing.waive_charge(session, charge_id, "Goodwill", TODAY)
        model.waived += session.get(Charge, charge_id).amount_minor


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_the_balance_is_charges_less_waivers_payments_and_write_offs(
    session: Session, steps: list[tuple[Any, ...]]
) -> None:
    client_id = new_client(session)  # a new account for every example
    model = Model()
    for step in steps:
        before = snapshot(session, client_id)
        try:
            run(session, client_id, model, step)
        except ValidationError:
            # Refused: nothing of it was written.
            assert snapshot(session, client_id) == before
            event(f"{step[0]} refused")
        else:
            event(f"{step[0]} done")
        check(session, client_id, model)


def test_a_refused_step_really_writes_nothing(session: Session) -> None:
    client_id = new_client(session)
    model = Model()
    run(session, client_id, model, ("charge", 10_000, 3))
    before = snapshot(session, client_id)
    with pytest.raises(ValidationError):
        run(session, client_id, model, ("pay", 20_000, False, None))
    assert snapshot(session, client_id) == before
    with pytest.raises(ValidationError):
        run(session, client_id, model, ("write_off", 10_001, None))
    assert snapshot(session, client_id) == before
    check(session, client_id, model)
