"""A small practice for the billing tests: London, the default services, fees, sessions held."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import billing, calendar, clients
from app.billing import BillingSettings, InvoiceRequest, PaymentInput
from app.calendar import AppointmentInput, SchedulePolicy
from app.models import AppointmentStatus, Service, ServiceKind
from app.practice import FeePolicy, get_profile, save_profile, set_fee_policy
from tests.app.people import TODAY, adult

LONDON = ZoneInfo("Europe/London")
#: Mondays to Fridays, 8:00 to 20:00.
LONG_DAYS = SchedulePolicy(hours=((time(8), time(20)),) * 5 + (None, None))
FEES = FeePolicy(
    fee_individual=Decimal("120"),
    fee_couples=Decimal("160"),
    late_cancel_fee=Decimal("60"),
    no_show_fee=Decimal("100"),
    late_cancel_hours=24,
)
S = AppointmentStatus


def open_practice(
    session: Session, currency: str = "USD", locale: str = "en_US", fees: FeePolicy = FEES
) -> None:
    """A London practice with the default services priced from ``fees``, in ``currency``."""
    save_profile(session, replace(get_profile(session), time_zone="Europe/London"))
    set_fee_policy(session, fees)
    calendar.ensure_default_services(session)
    calendar.set_schedule_policy(session, LONG_DAYS)
    billing.set_billing_settings(session, BillingSettings(currency=currency, locale=locale))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in London."""
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def service_id(session: Session, kind: ServiceKind) -> int:
    found = session.scalar(select(Service.id).where(Service.kind == kind))
    assert found is not None
    return found


def new_client(session: Session, **changes: Any) -> int:
    client_id, _ = clients.create_client(session, adult(**changes), TODAY)
    return client_id


def book(
    session: Session,
    client_id: int | None,
    start: datetime,
    kind: ServiceKind = ServiceKind.INDIVIDUAL,
    **changes: Any,
) -> int:
    data = AppointmentInput(
        service_id=service_id(session, kind),
        start=start,
        duration_minutes=30 if kind == ServiceKind.CONSULTATION else 50,
        client_id=client_id,
        accept_consent_warning=True,
    )
    (appointment_id,) = calendar.book(session, replace(data, **changes), TODAY)
    return appointment_id


def held(
    session: Session,
    client_id: int,
    day: date,
    hour: int = 10,
    kind: ServiceKind = ServiceKind.INDIVIDUAL,
    **changes: Any,
) -> int:
    """An appointment booked and marked attended an hour after its start."""
    start = at(day, hour)
    appointment_id = book(session, client_id, start, kind, **changes)
    calendar.set_status(session, appointment_id, S.ATTENDED, start + timedelta(hours=1))
    return appointment_id


def charge_of(session: Session, appointment_id: int) -> billing.ChargeView:
    charge = billing.appointment_charge(session, appointment_id)
    assert charge is not None
    return charge


def invoice(
    session: Session, client_id: int, charge_ids: tuple[int, ...], day: date = TODAY, **changes: Any
) -> int:
    request = InvoiceRequest(client_id=client_id, issued_on=day, charge_ids=charge_ids, **changes)
    invoice_id, _ = billing.issue_invoice(session, request, TODAY)
    return invoice_id


def pay(
    session: Session,
    client_id: int,
    amount: str,
    day: date = TODAY,
    method: str = "card",
    accept_credit: bool = False,
    **changes: Any,
) -> int:
    data = PaymentInput(client_id, Decimal(amount), day, method, **changes)
    payment_id, _ = billing.record_payment(session, data, TODAY, accept_credit=accept_credit)
    return payment_id
