"""Billing reports: outstanding balances with ageing, statements, superbills, income, CSV export.

Everything here reads; nothing changes the ledger (see :mod:`app.billing`).

Place of service (on a superbill) uses the CMS codes: ``11`` (office) for a
session in the practice's rooms, ``10`` (telehealth provided in the
patient's home) for a video session — the usual case for a private
practice's video sessions; a clinician whose clients join from elsewhere
corrects it to ``02`` on the form.

The accountant's CSV holds dates, invoice and receipt numbers, client codes
(never names), service names and amounts; never a diagnosis, a procedure
code, a note, a reason or anything typed as free text (a manual charge's
description reads "Other charge").
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from app import audit
from app.billing import BillingSettings, billing_settings, describe_charge, receipt_number
from app.clients import ClientNotFound, display_name
from app.models import (
    Appointment,
    Charge,
    ChargeKind,
    Client,
    Diagnosis,
    Guardian,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    PaymentKind,
    PaymentMethod,
    Service,
)
from app.practice import get_profile, retention_policy
from app.retention import age_on
from app.words import marked

#: Days since the invoice date: 0–30, 31–60, 61–90, over 90.
AGEING_LIMITS = (30, 60, 90)
AGEING_LABELS = (
    marked("0–30 days"),
    marked("31–60 days"),
    marked("61–90 days"),
    marked("over 90 days"),
)
PLACE_OF_SERVICE_OFFICE = "11"
PLACE_OF_SERVICE_TELEHEALTH_HOME = "10"
#: At most this many diagnoses on a superbill (boxes A–L of a CMS-1500 claim).
MAX_SUPERBILL_DIAGNOSES = 12
#: Diagnosis pointers a line carries (the first four diagnoses).
MAX_POINTERS = 4

_KIND_LABELS = {
    ChargeKind.LATE_CANCEL: marked("Late cancellations"),
    ChargeKind.NO_SHOW: marked("Missed appointments"),
    ChargeKind.MANUAL: marked("Other charges"),
}


def _name(first: str, last: str, preferred: str) -> str:
    return display_name(first, last, preferred)


def _bucket(days: int) -> int:
    for index, limit in enumerate(AGEING_LIMITS):
        if days <= limit:
            return index
    return len(AGEING_LIMITS)


# ---------------------------------------------------------------- outstanding


@dataclass(frozen=True)
class OutstandingRow:
    """A client with invoices still due, by age: ``buckets`` follow :data:`AGEING_LABELS`."""

    client_id: int
    code: str
    name: str
    invoices: int
    oldest_issued_on: date
    total: Decimal
    buckets: tuple[Decimal, Decimal, Decimal, Decimal]


@dataclass(frozen=True)
class CreditRow:
    """A client who paid more than was invoiced: taken off their next invoice."""

    client_id: int
    code: str
    name: str
    credit: Decimal


@dataclass(frozen=True)
class Outstanding:
    today: date
    currency: str
    rows: tuple[OutstandingRow, ...]
    total: Decimal
    buckets: tuple[Decimal, Decimal, Decimal, Decimal]
    credits: tuple[CreditRow, ...] = ()


def outstanding(session: Session, today: date) -> Outstanding:
    """Every client with an invoice still due, the oldest debt first, aged from the invoice date.

    Reads the index of invoices still due alone (a settled or voided invoice
    has nothing due), then the names of the clients found.
    """
    settings = billing_settings(session)
    per_client: dict[int, list[int]] = {}
    counts: dict[int, int] = defaultdict(int)
    oldest: dict[int, date] = {}
    for client_id, issued_on, due in session.execute(
        select(Invoice.client_id, Invoice.issued_on, Invoice.due_minor).where(Invoice.due_minor > 0)
    ):
        buckets = per_client.setdefault(client_id, [0, 0, 0, 0])
        buckets[_bucket((today - issued_on).days)] += due
        counts[client_id] += 1
        if client_id not in oldest or issued_on < oldest[client_id]:
            oldest[client_id] = issued_on
    credit_minor: dict[int, int] = dict(
        session.execute(
            select(Payment.client_id, func.sum(Payment.unapplied_minor))
            .where(Payment.unapplied_minor > 0, Payment.voided_on.is_(None))
            .group_by(Payment.client_id)
        ).all()
    )
    names = {
        row.id: row
        for row in session.execute(
            select(
                Client.id,
                Client.code,
                Client.legal_first_name,
                Client.legal_last_name,
                Client.preferred_name,
            ).where(Client.id.in_([*per_client, *credit_minor]))
        )
    }
    money = settings.money
    rows = []
    for client_id, buckets in per_client.items():
        client = names[client_id]
        rows.append(
            OutstandingRow(
                client_id=client_id,
                code=client.code,
                name=_name(client.legal_first_name, client.legal_last_name, client.preferred_name),
                invoices=counts[client_id],
                oldest_issued_on=oldest[client_id],
                total=money(sum(buckets)),
                buckets=(
                    money(buckets[0]),
                    money(buckets[1]),
                    money(buckets[2]),
                    money(buckets[3]),
                ),
            )
        )
    rows.sort(key=lambda r: (r.oldest_issued_on, r.name))
    sums = [sum((r.buckets[k] for r in rows), Decimal(0)) for k in range(4)]
    credits = sorted(
        (
            CreditRow(
                client_id=client_id,
                code=names[client_id].code,
                name=_name(
                    names[client_id].legal_first_name,
                    names[client_id].legal_last_name,
                    names[client_id].preferred_name,
                ),
                credit=money(int(minor)),
            )
            for client_id, minor in credit_minor.items()
        ),
        key=lambda row: row.name,
    )
    return Outstanding(
        today=today,
        currency=settings.currency,
        rows=tuple(rows),
        total=sum(sums, Decimal(0)),
        buckets=(sums[0], sums[1], sums[2], sums[3]),
        credits=tuple(credits),
    )


@dataclass(frozen=True)
class ToInvoiceRow:
    """A client with charges not invoiced yet (neither invoiced nor waived)."""

    client_id: int
    code: str
    name: str
    charges: int
    amount: Decimal
    oldest_on: date


def to_invoice(session: Session) -> list[ToInvoiceRow]:
    """The clients whose charges wait for an invoice, the longest waiting first."""
    settings = billing_settings(session)
    found = session.execute(
        select(
            Charge.client_id,
            func.count(Charge.id),
            func.sum(Charge.amount_minor),
            func.min(Charge.on_date),
            Client.code,
            Client.legal_first_name,
            Client.legal_last_name,
            Client.preferred_name,
        )
        .join(Client, Client.id == Charge.client_id)
        .where(Charge.invoice_id.is_(None), Charge.waived_on.is_(None))
        .group_by(Charge.client_id)
    )
    rows = [
        ToInvoiceRow(
            client_id=client_id,
            code=code,
            name=_name(first, last, preferred),
            charges=int(count),
            amount=settings.money(int(amount)),
            oldest_on=oldest_on,
        )
        for client_id, count, amount, oldest_on, code, first, last, preferred in found
    ]
    rows.sort(key=lambda r: (r.oldest_on, r.name))
    return rows


# ---------------------------------------------------------------- statement


@dataclass(frozen=True)
class StatementLine:
    """One line of a statement; ``amount`` adds to what is owed (a payment's is negative)."""

    on_date: date
    kind: str  # charge, waiver, payment, write_off, reversal
    description: str
    reference: str
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Statement:
    """A client's statement of account for ``start``–``end`` (both days included)."""

    client_id: int
    client_code: str
    client_name: str
    payer_name: str
    start: date
    end: date
    currency: str
    locale: str
    opening: Decimal
    lines: tuple[StatementLine, ...]
    closing: Decimal


_ORDER = {"charge": 0, "waiver": 1, "payment": 2, "write_off": 2, "reversal": 3}


def _client_row(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFound()
    return client


def _paying_guardian(session: Session, client_id: int) -> str | None:
    return session.scalar(
        select(Guardian.name)
        .where(Guardian.client_id == client_id, Guardian.pays.is_(True))
        .order_by(Guardian.id)
        .limit(1)
    )


def statement(session: Session, client_id: int, start: date, end: date) -> Statement:
    """Opening balance, every charge, waiver, payment, write-off and reversal, closing balance.

    A charge counts on its date and its waiver on the day it was waived; a
    payment on the day it was paid and, if voided (a bounced cheque), its
    reversal on the day it was voided.
    """
    client = _client_row(session, client_id)
    settings = billing_settings(session)
    events: list[tuple[date, str, int, str, str, int]] = []
    services = dict(session.execute(select(Service.id, Service.name)).all())
    numbers = dict(
        session.execute(
            select(Invoice.id, Invoice.number).where(Invoice.client_id == client_id)
        ).all()
    )
    for charge in session.scalars(select(Charge).where(Charge.client_id == client_id)):
        service_name = services.get(charge.service_id) if charge.service_id else None
        label = describe_charge(charge.kind, charge.description, service_name)
        reference = numbers.get(charge.invoice_id, "") if charge.invoice_id else ""
        events.append((charge.on_date, "charge", charge.id, label, reference, charge.amount_minor))
        if charge.waived_on is not None:
            events.append(
                (
                    charge.waived_on,
                    "waiver",
                    charge.id,
                    f"Waived: {label}",
                    "",
                    -charge.amount_minor,
                )
            )
    for payment in session.scalars(select(Payment).where(Payment.client_id == client_id)):
        is_payment = payment.kind == PaymentKind.PAYMENT
        kind = "payment" if is_payment else "write_off"
        label = f"Payment ({payment.method})" if is_payment else "Written off"
        reference = receipt_number(payment.id) if is_payment else ""
        events.append((payment.paid_on, kind, payment.id, label, reference, -payment.amount_minor))
        if payment.voided_on is not None:
            events.append(
                (
                    payment.voided_on,
                    "reversal",
                    payment.id,
                    f"Reversed: {label}",
                    reference,
                    payment.amount_minor,
                )
            )
    events.sort(key=lambda e: (e[0], _ORDER[e[1]], e[2]))
    opening = sum(e[5] for e in events if e[0] < start)
    running = opening
    lines = []
    for on_date, kind, _, label, reference, amount in events:
        if not start <= on_date <= end:
            continue
        running += amount
        lines.append(
            StatementLine(
                on_date=on_date,
                kind=kind,
                description=label,
                reference=reference,
                amount=settings.money(amount),
                balance=settings.money(running),
            )
        )
    name = f"{client.legal_first_name} {client.legal_last_name}"
    return Statement(
        client_id=client.id,
        client_code=client.code,
        client_name=name,
        payer_name=_paying_guardian(session, client.id) or name,
        start=start,
        end=end,
        currency=settings.currency,
        locale=settings.locale,
        opening=settings.money(opening),
        lines=tuple(lines),
        closing=settings.money(running),
    )


# ---------------------------------------------------------------- superbill


@dataclass(frozen=True)
class SuperbillLine:
    on_date: date
    description: str
    procedure_code: str
    place_of_service: str
    diagnosis_pointer: str
    units: int
    fee: Decimal
    paid: Decimal


@dataclass(frozen=True)
class Superbill:
    """What a client hands their insurer: who treated whom, for what, when, and what was paid."""

    practice_name: str
    clinician_name: str
    credentials: str
    licence_number: str
    practice_address: str
    practice_phone: str
    practice_email: str
    tax_id: str
    npi: str
    client_id: int
    client_code: str
    client_name: str
    date_of_birth: date
    client_address: str
    is_minor: bool
    #: (ICD-10-CM code, description), the primary diagnosis first.
    diagnoses: tuple[tuple[str, str], ...]
    start: date
    end: date
    currency: str
    locale: str
    lines: tuple[SuperbillLine, ...]
    total_fee: Decimal
    total_paid: Decimal


def place_of_service(location: str) -> str:
    """The CMS place-of-service code of an appointment's location (see the module's note)."""
    return PLACE_OF_SERVICE_TELEHEALTH_HOME if location == "video" else PLACE_OF_SERVICE_OFFICE


def _paid_per_charge(session: Session, invoice_ids: Iterable[int]) -> dict[int, int]:
    """What payments (not write-offs) paid of each charge: an invoice's lines are paid in order."""
    ids = sorted(set(invoice_ids))
    if not ids:
        return {}
    paid = dict(
        session.execute(
            select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_minor))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.invoice_id.in_(ids), Payment.kind == PaymentKind.PAYMENT)
            .group_by(PaymentAllocation.invoice_id)
        ).all()
    )
    result: dict[int, int] = {}
    for invoice_id, charge_id, amount in session.execute(
        select(InvoiceLine.invoice_id, InvoiceLine.charge_id, InvoiceLine.amount_minor)
        .where(InvoiceLine.invoice_id.in_(ids))
        .order_by(InvoiceLine.invoice_id, InvoiceLine.position)
    ):
        left = int(paid.get(invoice_id, 0))
        taken = min(left, amount)
        paid[invoice_id] = left - taken
        if charge_id is not None:
            result[charge_id] = taken
    return result


def superbill(session: Session, client_id: int, start: date, end: date, today: date) -> Superbill:
    """The superbill for the client's sessions from ``start`` to ``end`` (waived ones left out).

    Only attended sessions go on it: late cancellations, missed appointments
    and manual charges are not services an insurer reimburses.
    """
    client = _client_row(session, client_id)
    settings: BillingSettings = billing_settings(session)
    profile = get_profile(session)
    diagnoses = tuple(
        (d.code, d.description)
        for d in session.scalars(
            select(Diagnosis)
            .where(Diagnosis.client_id == client_id, Diagnosis.noted_on <= end)
            .order_by(Diagnosis.is_primary.desc(), Diagnosis.noted_on, Diagnosis.id)
            .limit(MAX_SUPERBILL_DIAGNOSES)
        )
    )
    pointer = "ABCD"[: min(len(diagnoses), MAX_POINTERS)]
    found = session.execute(
        select(Charge, Service.name, Service.procedure_code, Appointment.location)
        .join(Service, Service.id == Charge.service_id)
        .join(Appointment, Appointment.id == Charge.appointment_id)
        .where(
            Charge.client_id == client_id,
            Charge.kind == ChargeKind.SESSION,
            Charge.waived_on.is_(None),
            Charge.on_date >= start,
            Charge.on_date <= end,
        )
        .order_by(Charge.on_date, Charge.id)
    )
    rows = list(found)
    paid = _paid_per_charge(session, (c.invoice_id for c, *_ in rows if c.invoice_id is not None))
    lines = tuple(
        SuperbillLine(
            on_date=charge.on_date,
            description=name,
            procedure_code=code,
            place_of_service=place_of_service(location),
            diagnosis_pointer=pointer,
            units=1,
            fee=settings.money(charge.amount_minor),
            paid=settings.money(paid.get(charge.id, 0)),
        )
        for charge, name, code, location in rows
    )
    majority = retention_policy(session).age_of_majority
    return Superbill(
        practice_name=profile.practice_name,
        clinician_name=profile.clinician_name,
        credentials=profile.credentials,
        licence_number=profile.licence_number,
        practice_address=profile.address,
        practice_phone=profile.phone,
        practice_email=profile.email,
        tax_id=settings.tax_id,
        npi=settings.npi,
        client_id=client.id,
        client_code=client.code,
        client_name=f"{client.legal_first_name} {client.legal_last_name}",
        date_of_birth=client.date_of_birth,
        client_address=client.address,
        is_minor=age_on(client.date_of_birth, today) < majority,
        diagnoses=diagnoses,
        start=start,
        end=end,
        currency=settings.currency,
        locale=settings.locale,
        lines=lines,
        total_fee=sum((line.fee for line in lines), Decimal(0)),
        total_paid=sum((line.paid for line in lines), Decimal(0)),
    )


# ---------------------------------------------------------------- income


@dataclass(frozen=True)
class MonthIncome:
    """One month: charged (by the charge's date), waived of it, received and written off."""

    month: int
    charged: Decimal
    waived: Decimal
    received: Decimal
    written_off: Decimal


@dataclass(frozen=True)
class ServiceIncome:
    """Charges of a year by service (sessions) or by kind (cancellations, no-shows, other)."""

    label: str
    kind: ChargeKind
    service_id: int | None
    count: int
    amount: Decimal


@dataclass(frozen=True)
class MethodTotal:
    method: PaymentMethod
    count: int
    amount: Decimal


@dataclass(frozen=True)
class IncomeReport:
    year: int
    currency: str
    locale: str
    months: tuple[MonthIncome, ...]
    services: tuple[ServiceIncome, ...]
    methods: tuple[MethodTotal, ...]

    @property
    def charged(self) -> Decimal:
        return sum((m.charged - m.waived for m in self.months), Decimal(0))

    @property
    def received(self) -> Decimal:
        return sum((m.received for m in self.months), Decimal(0))

    @property
    def written_off(self) -> Decimal:
        return sum((m.written_off for m in self.months), Decimal(0))


def income_report(session: Session, year: int) -> IncomeReport:
    """A year's income by month, by service, and payments by method (four grouped queries)."""
    settings = billing_settings(session)
    money = settings.money
    first, last = date(year, 1, 1), date(year, 12, 31)
    charged = [0] * 13
    waived = [0] * 13
    received = [0] * 13
    written_off = [0] * 13
    is_waived = Charge.waived_on.is_not(None)
    month = extract("month", Charge.on_date)
    for number, amount, waived_amount in session.execute(
        select(
            month,
            func.sum(Charge.amount_minor),
            func.sum(case((is_waived, Charge.amount_minor), else_=0)),
        )
        .where(Charge.on_date >= first, Charge.on_date <= last)
        .group_by(month)
    ):
        charged[int(number)] = int(amount)
        waived[int(number)] = int(waived_amount)
    paid_month = extract("month", Payment.paid_on)
    for number, kind, amount in session.execute(
        select(paid_month, Payment.kind, func.sum(Payment.amount_minor))
        .where(Payment.paid_on >= first, Payment.paid_on <= last, Payment.voided_on.is_(None))
        .group_by(paid_month, Payment.kind)
    ):
        target = received if kind == PaymentKind.PAYMENT else written_off
        target[int(number)] = int(amount)
    months = tuple(
        MonthIncome(
            m, money(charged[m]), money(waived[m]), money(received[m]), money(written_off[m])
        )
        for m in range(1, 13)
    )
    names = dict(session.execute(select(Service.id, Service.name)).all())
    services = []
    for kind, service_id, count, amount in session.execute(
        select(Charge.kind, Charge.service_id, func.count(Charge.id), func.sum(Charge.amount_minor))
        .where(Charge.on_date >= first, Charge.on_date <= last, Charge.waived_on.is_(None))
        .group_by(Charge.kind, Charge.service_id)
    ):
        charge_kind = ChargeKind(kind)
        label = (
            names.get(service_id, marked("Session"))
            if charge_kind == ChargeKind.SESSION and service_id
            else _KIND_LABELS.get(charge_kind, marked("Sessions"))
        )
        services.append(
            ServiceIncome(
                label,
                charge_kind,
                service_id if charge_kind == ChargeKind.SESSION else None,
                int(count),
                money(int(amount)),
            )
        )
    merged: dict[tuple[str, ChargeKind], ServiceIncome] = {}
    for item in services:  # cancellations of every service make one row
        key = (item.label, item.kind)
        if key in merged:
            old = merged[key]
            item = ServiceIncome(
                item.label,
                item.kind,
                item.service_id,
                old.count + item.count,
                old.amount + item.amount,
            )
        merged[key] = item
    ordered = sorted(
        merged.values(), key=lambda s: (s.kind != ChargeKind.SESSION, -s.amount, s.label)
    )
    methods = tuple(
        MethodTotal(PaymentMethod(method), int(count), money(int(amount)))
        for method, count, amount in session.execute(
            select(Payment.method, func.count(Payment.id), func.sum(Payment.amount_minor))
            .where(
                Payment.paid_on >= first,
                Payment.paid_on <= last,
                Payment.voided_on.is_(None),
                Payment.kind == PaymentKind.PAYMENT,
            )
            .group_by(Payment.method)
            .order_by(func.sum(Payment.amount_minor).desc())
        )
    )
    return IncomeReport(
        year=year,
        currency=settings.currency,
        locale=settings.locale,
        months=months,
        services=tuple(ordered),
        methods=methods,
    )


# ---------------------------------------------------------------- accountant's CSV

CSV_COLUMNS = (
    "date",
    "record",
    "number",
    "client_code",
    "description",
    "method",
    "amount",
    "currency",
    "status",
    "invoices",
)


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(session: Session, year: int) -> str:
    """The year's invoices (with their lines), voids, payments and write-offs, for an accountant.

    One row per event, by date; the export is audited. Amounts are plain numbers with the currency's
    digits and a point (``150.00``, ``8000``); a void or a reversal is a row
    of its own, with the amount negative, on the day it happened.
    """
    settings = billing_settings(session)
    money = settings.money
    first, last = date(year, 1, 1), date(year, 12, 31)
    codes = dict(session.execute(select(Client.id, Client.code)).all())
    services = dict(session.execute(select(Service.id, Service.name)).all())
    rows: list[tuple[date, int, int, list[str]]] = []

    def add(day: date, order: int, ident: int, *values: str) -> None:
        rows.append((day, order, ident, [day.isoformat(), *values]))

    # Two queries, not one with OR: the first reads the date index, the second finds the
    # few invoices of earlier years voided in this one.
    invoice_columns = select(
        Invoice.id,
        Invoice.client_id,
        Invoice.number,
        Invoice.issued_on,
        Invoice.voided_on,
        Invoice.total_minor,
        Invoice.currency,
        Invoice.status,
    )
    invoices = [
        *session.execute(invoice_columns.where(Invoice.issued_on.between(first, last))),
        *session.execute(
            invoice_columns.where(Invoice.voided_on.between(first, last), Invoice.issued_on < first)
        ),
    ]
    issued_ids = [i.id for i in invoices if first <= i.issued_on <= last]
    lines: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for invoice_id, kind, service_id, amount in session.execute(
        select(InvoiceLine.invoice_id, Charge.kind, Charge.service_id, InvoiceLine.amount_minor)
        .outerjoin(Charge, Charge.id == InvoiceLine.charge_id)
        .where(InvoiceLine.invoice_id.in_(issued_ids))
        .order_by(InvoiceLine.invoice_id, InvoiceLine.position)
    ):
        if kind == ChargeKind.MANUAL or kind is None:
            label = "Other charge"  # typed text may say anything; it stays in the vault
        else:
            label = describe_charge(kind, "", services.get(service_id) if service_id else None)
        lines[invoice_id].append((label, amount))
    for invoice in invoices:
        code = _cell(codes.get(invoice.client_id, ""))
        total = str(money(invoice.total_minor))
        if first <= invoice.issued_on <= last:
            add(
                invoice.issued_on,
                0,
                invoice.id,
                "invoice",
                invoice.number,
                code,
                "",
                "",
                total,
                invoice.currency,
                invoice.status,
                "",
            )
            for label, amount in lines[invoice.id]:
                add(
                    invoice.issued_on,
                    1,
                    invoice.id,
                    "invoice_line",
                    invoice.number,
                    code,
                    _cell(label),
                    "",
                    str(money(amount)),
                    invoice.currency,
                    "",
                    "",
                )
        if invoice.voided_on is not None and first <= invoice.voided_on <= last:
            add(
                invoice.voided_on,
                2,
                invoice.id,
                "invoice_void",
                invoice.number,
                code,
                "",
                "",
                str(money(-invoice.total_minor)),
                invoice.currency,
                InvoiceStatus.VOID,
                "",
            )
    payment_columns = select(
        Payment.id,
        Payment.client_id,
        Payment.kind,
        Payment.paid_on,
        Payment.voided_on,
        Payment.amount_minor,
        Payment.method,
    )
    payments = [
        *session.execute(payment_columns.where(Payment.paid_on.between(first, last))),
        *session.execute(
            payment_columns.where(Payment.voided_on.between(first, last), Payment.paid_on < first)
        ),
    ]
    applied: dict[int, list[str]] = defaultdict(list)
    for payment_id, number in session.execute(
        select(PaymentAllocation.payment_id, Invoice.number)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(PaymentAllocation.payment_id.in_([p.id for p in payments]))
        .order_by(PaymentAllocation.id)
    ):
        applied[payment_id].append(number)
    for payment in payments:
        code = _cell(codes.get(payment.client_id, ""))
        is_payment = payment.kind == PaymentKind.PAYMENT
        record = "payment" if is_payment else "write_off"
        number = receipt_number(payment.id) if is_payment else ""
        status = "void" if payment.voided_on is not None else ""
        paid_to = " ".join(applied[payment.id])
        if first <= payment.paid_on <= last:
            add(
                payment.paid_on,
                3,
                payment.id,
                record,
                number,
                code,
                "",
                payment.method,
                str(money(payment.amount_minor)),
                settings.currency,
                status,
                paid_to,
            )
        if payment.voided_on is not None and first <= payment.voided_on <= last:
            add(
                payment.voided_on,
                4,
                payment.id,
                f"{record}_void",
                number,
                code,
                "",
                payment.method,
                str(money(-payment.amount_minor)),
                settings.currency,
                "void",
                "",
            )
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    audit.record(session, "export", "billing", year, {"format": "csv", "rows": len(rows)})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(r[3] for r in rows)
    return out.getvalue()
