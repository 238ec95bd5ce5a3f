"""Billing: charges from sessions, manual charges, invoices, payments, write-offs, balances.

The ledger
----------
A client's account holds **charges** (what is owed) and **payments** (what
was received, or written off). Its balance is always

    charges − waived charges − payments − write-offs

(voided payments and write-offs do not count). A positive balance is owed by
the client; a negative one is the client's credit.

Charges
-------
An appointment's status makes its charge (:func:`sync_charges`, called by
:mod:`app.calendar` whenever a status changes): an attended billable session
is charged at the client's rate (the sliding-scale fee when the client has
one, else the service's fee); a late cancellation or a no-show is charged
the fee the calendar fixed on the appointment (``fee_owed_cents``); a free
consultation, a prospect's appointment or a session whose service has no fee
is charged nothing. A joint session is charged to its main client only (one
payer per appointment). Changing a status back removes the charge while it
is not on an invoice; once it is, the invoice must be voided first. A charge
not invoiced can be waived, with the reason (audited). Manual charges
(reports, letters) are typed in with a description, an amount and a date.

Invoices
--------
An invoice takes chosen charges of one client, or all of them in a period,
and is addressed to the client or to the guardian who pays. Numbers are
``YEAR-NNNN`` by the year of the invoice date (``2027-0001``, ``2027-0002``
…), allocated from a counter in the same transaction as the invoice: a
number is never skipped (a failed issue rolls the counter back with it) and
never given twice (a voided invoice keeps its number, and so does an erased
client's). Within a year, invoice dates never go backwards. An issued invoice
never changes but for what is still due; a correction is a void (with its
reason) and a new invoice for the charges the void set free.

Payments and credit
-------------------
A payment is applied to the invoice it names, then to the client's oldest
open invoices; what is left is kept as unapplied — a credit, taken by the
next invoice issued. A payment larger than what the client owes (their
balance) is refused unless the clinician confirms the credit
(``accept_credit``). A write-off is recorded like a payment (with a reason)
and settles invoices the same way. A payment or write-off entered by mistake
(or a cheque that bounced) is voided, never deleted.

Money is ``Decimal`` here and integers in the minor unit of the practice's
currency in the vault (see :mod:`app.money`). Every change is audited with
ids, amounts and reasons only; every refusal is a ``ValidationError`` raised
before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import get_currency_symbol
from sqlalchemy import case, func, select, tuple_
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import ClientNotFound
from app.errors import RapportError, ValidationError
from app.models import (
    Appointment,
    AppointmentStatus,
    Charge,
    ChargeKind,
    Client,
    FeeArrangement,
    Guardian,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    PaymentKind,
    PaymentMethod,
    Service,
)
from app.money import (
    MINOR_DIGITS,
    currency_digits,
    format_money,
    from_minor,
    is_currency,
    is_locale,
    to_minor,
)
from app.practice import get_profile, get_setting, set_setting
from app.words import marked, words

#: Far above any fee, far below what the integer columns hold (also in yen).
MAX_AMOUNT = Decimal(10_000_000)
MAX_DESCRIPTION = 200
MAX_REFERENCE = 100
MAX_REASON = 2000
MAX_TAX_ID = 30
PAYMENT_TERMS_RANGE = (0, 365)

_LATE_CANCEL_WORDS = marked("Late cancellation")
_NO_SHOW_WORDS = marked("Missed appointment")


class ChargeNotFound(RapportError):
    exit_code = 6
    default_message = marked("That charge no longer exists.")


class InvoiceNotFound(RapportError):
    exit_code = 6
    default_message = marked("That invoice no longer exists.")


class PaymentNotFound(RapportError):
    exit_code = 6
    default_message = marked("That payment no longer exists.")


# ---------------------------------------------------------------- settings


@dataclass(frozen=True)
class BillingSettings:
    """The practice's currency (ISO 4217), the locale amounts are written in, and its identifiers.

    ``tax_id`` (EIN or another tax number) and ``npi`` (the US National
    Provider Identifier) are shown on superbills where set.
    """

    currency: str = "USD"
    locale: str = "en_US"
    payment_terms_days: int = 14
    tax_id: str = ""
    npi: str = ""

    @property
    def digits(self) -> int:
        return currency_digits(self.currency)

    def format(self, amount: Decimal) -> str:
        """``$1,234.50``, ``1.234,50 €``, ``¥8,000`` …"""
        return format_money(amount, self.currency, self.locale)

    def money(self, minor: int) -> Decimal:
        return from_minor(minor, self.digits)


_SETTING_KEYS = {
    "currency": "billing.currency",
    "locale": "billing.locale",
    "payment_terms_days": "billing.payment_terms_days",
    "tax_id": "billing.tax_id",
    "npi": "billing.npi",
}


def billing_settings(session: Session) -> BillingSettings:
    return BillingSettings(
        currency=str(get_setting(session, "billing.currency")),
        locale=str(get_setting(session, "billing.locale")),
        payment_terms_days=int(get_setting(session, "billing.payment_terms_days")),
        tax_id=str(get_setting(session, "billing.tax_id")),
        npi=str(get_setting(session, "billing.npi")),
    )


def npi_is_valid(npi: str) -> bool:
    """Ten digits whose last is the Luhn check digit of ``80840`` and the first nine (CMS)."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    total = 0
    for position, char in enumerate(reversed("80840" + npi[:9])):
        digit = int(char)
        if position % 2 == 0:  # every second digit from the right of the payload is doubled
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == int(npi[9])


def set_billing_settings(session: Session, settings: BillingSettings) -> Changed:
    """Validate and store the billing settings; ValidationError names each bad field.

    The currency cannot change once anything was billed (every stored amount
    is in its minor unit). A new currency also sets the symbol the consent
    form quotes fees with.
    """
    problems: dict[str, str] = {}
    currency = settings.currency.strip().upper()
    locale = settings.locale.strip().replace("-", "_")
    tax_id = " ".join(settings.tax_id.split())
    npi = settings.npi.strip().replace(" ", "")
    if not is_currency(currency):
        problems["currency"] = marked("Choose a currency, such as USD, EUR or GBP.")
    elif currency != billing_settings(session).currency and currency_locked(session):
        problems["currency"] = CURRENCY_LOCKED
    if not is_locale(locale):
        problems["locale"] = marked("Choose a language and region, such as en_US or de_DE.")
    low, high = PAYMENT_TERMS_RANGE
    if not low <= settings.payment_terms_days <= high:
        problems["payment_terms_days"] = words(
            "Choose between {low} and {high} days.", low=low, high=high
        )
    if len(tax_id) > MAX_TAX_ID:
        problems["tax_id"] = words("At most {count} characters.", count=MAX_TAX_ID)
    if npi and not npi_is_valid(npi):
        problems["npi"] = marked(
            "An NPI has 10 digits, the last a check digit; this one does not fit."
        )
    if problems:
        raise ValidationError(problems)
    clean = BillingSettings(currency, locale, int(settings.payment_terms_days), tax_id, npi)
    old = billing_settings(session)
    changed = Changed.NOTHING
    for name, key in _SETTING_KEYS.items():
        changed |= set_setting(session, key, getattr(clean, name))
    symbol = str(get_currency_symbol(currency, locale=locale))
    money_changed = (old.currency, old.locale) != (currency, locale)
    if money_changed and len(symbol) <= 5 and "{" not in symbol and "}" not in symbol:
        changed |= set_setting(session, "fees.currency_symbol", symbol)
    return changed | (Changed.BILLING if changed else Changed.NOTHING)


CURRENCY_LOCKED = marked("The currency cannot change once anything has been billed.")


def currency_locked(session: Session) -> bool:
    """True once anything was charged or paid: every stored amount is in the currency's unit."""
    return (
        session.scalar(select(Charge.id).limit(1)) is not None
        or session.scalar(select(Payment.id).limit(1)) is not None
    )


# ---------------------------------------------------------------- helpers


def _zone(session: Session) -> ZoneInfo:
    return ZoneInfo(get_profile(session).time_zone or "UTC")


def _amount_minor(
    amount: Decimal | int | str, settings: BillingSettings, field: str, problems: dict[str, str]
) -> int:
    """The amount in minor units, or 0 with the problem noted (not positive, too precise …)."""
    try:
        value = Decimal(amount)
    except (ArithmeticError, ValueError, TypeError):
        problems[field] = marked("Enter an amount.")
        return 0
    if not value.is_finite():
        problems[field] = marked("Enter an amount.")
    elif value <= 0:
        problems[field] = marked("The amount must be more than zero.")
    elif value > MAX_AMOUNT:
        problems[field] = words("At most {amount}.", amount=settings.format(MAX_AMOUNT))
    elif value != value.quantize(Decimal(1).scaleb(-settings.digits)):
        problems[field] = (
            words("{currency} amounts have no decimals.", currency=settings.currency)
            if settings.digits == 0
            else words(
                "{currency} amounts have at most {digits} decimals.",
                currency=settings.currency,
                digits=settings.digits,
            )
        )
    else:
        return to_minor(value, settings.digits)
    return 0


def _check_date(
    field: str, day: date, today: date, problems: dict[str, str], in_future: str
) -> None:
    """Note ``in_future`` (what to say) when ``day`` is after ``today``."""
    if day > today:
        problems[field] = in_future


def _clean_reason(reason: str, problems: dict[str, str], missing: str) -> str:
    """The reason tidied; ``missing`` (what to say) is noted when there is none."""
    text = reason.strip()
    if not text:
        problems["reason"] = missing
    elif len(text) > MAX_REASON:
        problems["reason"] = words("At most {count} characters.", count=MAX_REASON)
    return text


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFound()
    return client


def _from_hundredths(cents: int, digits: int) -> int:
    """A fee set in hundredths (services, sliding rates) in the currency's minor unit."""
    return to_minor(from_minor(cents, MINOR_DIGITS), digits)


# ---------------------------------------------------------------- charges


@dataclass(frozen=True)
class ChargeView:
    """One charge as the client's billing tab shows it (plain data)."""

    id: int
    client_id: int
    kind: ChargeKind
    on_date: date
    description: str
    procedure_code: str
    amount: Decimal
    service_id: int | None
    appointment_id: int | None
    invoice_id: int | None
    invoice_number: str
    waived_on: date | None
    waive_reason: str

    @property
    def is_open(self) -> bool:
        """Not invoiced and not waived: it can go on the next invoice."""
        return self.invoice_id is None and self.waived_on is None


def charge_rule(
    status: str,
    billable: bool,
    service_fee_cents: int | None,
    client_rate_cents: int | None,
    fee_owed_cents: int | None,
) -> tuple[ChargeKind, int] | None:
    """What an appointment with ``status`` is charged: (kind, amount in hundredths), or None.

    ``client_rate_cents`` is the client's sliding-scale fee (None: the service's
    fee applies); ``fee_owed_cents`` is what the calendar fixed for a late
    cancellation or a no-show.
    """
    if not billable:
        return None
    if status == AppointmentStatus.ATTENDED:
        kind = ChargeKind.SESSION
        cents = client_rate_cents if client_rate_cents is not None else service_fee_cents
    elif status == AppointmentStatus.LATE_CANCELLED:
        kind, cents = ChargeKind.LATE_CANCEL, fee_owed_cents
    elif status == AppointmentStatus.NO_SHOW:
        kind, cents = ChargeKind.NO_SHOW, fee_owed_cents
    else:
        return None
    if cents is None or cents <= 0:
        return None
    return kind, cents


def client_rate_cents(client: Client) -> int | None:
    """The client's own rate in hundredths (a sliding-scale fee), or None for the service's fee."""
    if client.fee_arrangement == FeeArrangement.SLIDING_SCALE:
        return client.sliding_fee_minor
    return None


@dataclass(frozen=True)
class _Wanted:
    kind: ChargeKind
    client_id: int
    service_id: int
    amount_minor: int
    on_date: date


def _wanted(
    session: Session, row: Appointment, status: str, fee_owed_cents: int | None
) -> _Wanted | None:
    if row.client_id is None:  # a prospect's consultation
        return None
    service = session.get(Service, row.service_id)
    client = session.get(Client, row.client_id)
    if service is None or client is None:
        return None
    rule = charge_rule(
        status, service.billable, service.fee_cents, client_rate_cents(client), fee_owed_cents
    )
    if rule is None:
        return None
    kind, cents = rule
    digits = billing_settings(session).digits
    return _Wanted(
        kind=kind,
        client_id=row.client_id,
        service_id=service.id,
        amount_minor=_from_hundredths(cents, digits),
        on_date=row.start_utc.astimezone(_zone(session)).date(),
    )


def _fits(charge: Charge, wanted: _Wanted | None) -> bool:
    return (
        wanted is not None
        and (
            charge.kind,
            charge.client_id,
            charge.service_id,
            charge.on_date,
        )
        == (wanted.kind, wanted.client_id, wanted.service_id, wanted.on_date)
        and (
            # A session keeps the rate it was charged at; a fee fixed anew is charged anew.
            charge.kind == ChargeKind.SESSION or charge.amount_minor == wanted.amount_minor
        )
    )


def _appointment_charge(session: Session, appointment_id: int) -> Charge | None:
    return session.scalar(select(Charge).where(Charge.appointment_id == appointment_id))


def _invoice_number(session: Session, invoice_id: int) -> str:
    return session.scalar(select(Invoice.number).where(Invoice.id == invoice_id)) or ""


def check_status_change(
    session: Session, appointment_id: int, status: str, fee_owed_cents: int | None
) -> None:
    """Refuse a status that would change a charge already on an issued invoice.

    Called by the calendar before it changes anything, so a refusal leaves the
    appointment as it was.
    """
    row = session.get(Appointment, appointment_id)
    if row is None:
        return
    charge = _appointment_charge(session, appointment_id)
    if charge is None or charge.invoice_id is None:
        return
    if _fits(charge, _wanted(session, row, status, fee_owed_cents)):
        return
    number = _invoice_number(session, charge.invoice_id)
    raise ValidationError({"status": _billed_on(number)})


def _billed_on(number: str) -> str:
    """Why an appointment's status cannot change: its charge is on invoice ``number``."""
    return words(
        "This appointment is billed on invoice {number}. Void invoice {number} first.",
        number=number,
    )


def sync_charges(session: Session, appointment_id: int) -> Changed:
    """Make the appointment's charge what its status says (made, replaced or removed).

    A charge on an issued invoice is never changed here: see
    :func:`check_status_change`, which refuses such a status change first.
    """
    row = session.get(Appointment, appointment_id)
    if row is None:
        return Changed.NOTHING
    wanted = _wanted(session, row, row.status, row.fee_owed_cents)
    existing = _appointment_charge(session, appointment_id)
    if existing is not None and _fits(existing, wanted):
        return Changed.NOTHING
    if existing is not None:
        if existing.invoice_id is not None:
            number = _invoice_number(session, existing.invoice_id)
            raise ValidationError({"status": _billed_on(number)})
        audit.record(
            session,
            "delete",
            "charge",
            existing.id,
            {
                "appointment_id": appointment_id,
                "kind": existing.kind,
                "amount_minor": existing.amount_minor,
                "waived": existing.waived_on is not None,
            },
        )
        session.delete(existing)
        session.flush()
    if wanted is not None:
        charge = Charge(
            client_id=wanted.client_id,
            appointment_id=appointment_id,
            service_id=wanted.service_id,
            kind=wanted.kind,
            description="",
            on_date=wanted.on_date,
            amount_minor=wanted.amount_minor,
        )
        session.add(charge)
        session.flush()
        audit.record(
            session,
            "create",
            "charge",
            charge.id,
            {
                "client_id": wanted.client_id,
                "appointment_id": appointment_id,
                "kind": wanted.kind,
                "amount_minor": wanted.amount_minor,
            },
        )
    return Changed.BILLING


def add_charge(
    session: Session,
    client_id: int,
    description: str,
    amount: Decimal,
    on_date: date,
    today: date,
) -> tuple[int, Changed]:
    """A manual charge (a report, a letter …); returns its id."""
    _client(session, client_id)
    settings = billing_settings(session)
    problems: dict[str, str] = {}
    text = " ".join(description.split())
    if not text:
        problems["description"] = marked("Say what the charge is for.")
    elif len(text) > MAX_DESCRIPTION:
        problems["description"] = words("At most {count} characters.", count=MAX_DESCRIPTION)
    minor = _amount_minor(amount, settings, "amount", problems)
    _check_date("on_date", on_date, today, problems, marked("A charge cannot be in the future."))
    if problems:
        raise ValidationError(problems)
    charge = Charge(
        client_id=client_id,
        kind=ChargeKind.MANUAL,
        description=text,
        on_date=on_date,
        amount_minor=minor,
    )
    session.add(charge)
    session.flush()
    audit.record(
        session,
        "create",
        "charge",
        charge.id,
        {"client_id": client_id, "kind": ChargeKind.MANUAL, "amount_minor": minor},
    )
    return charge.id, Changed.BILLING


def _load_charge(session: Session, charge_id: int) -> Charge:
    charge = session.get(Charge, charge_id)
    if charge is None:
        raise ChargeNotFound()
    return charge


def waive_charge(session: Session, charge_id: int, reason: str, today: date) -> Changed:
    """Waive a charge not invoiced (a late cancellation forgiven, a charge made by mistake)."""
    charge = _load_charge(session, charge_id)
    problems: dict[str, str] = {}
    text = _clean_reason(reason, problems, marked("Say why the charge is waived."))
    if charge.waived_on is not None:
        problems["charge_id"] = marked("This charge is already waived.")
    elif charge.invoice_id is not None:
        number = _invoice_number(session, charge.invoice_id)
        problems["charge_id"] = words(
            "This charge is on invoice {number}. Void invoice {number} first.", number=number
        )
    if problems:
        raise ValidationError(problems)
    charge.waived_on = today
    charge.waive_reason = text
    session.flush()
    audit.record(
        session,
        "waive",
        "charge",
        charge.id,
        {
            "client_id": charge.client_id,
            "kind": charge.kind,
            "amount_minor": charge.amount_minor,
            "reason": text,
        },
    )
    return Changed.BILLING


def describe_charge(kind: str, description: str, service_name: str | None) -> str:
    """How an invoice names a charge: the service, "Late cancellation (service)", or as typed."""
    if kind == ChargeKind.MANUAL:
        return description
    name = service_name or marked("Session")
    if kind == ChargeKind.LATE_CANCEL:
        return f"{_LATE_CANCEL_WORDS} ({name})"
    if kind == ChargeKind.NO_SHOW:
        return f"{_NO_SHOW_WORDS} ({name})"
    return name


def _charge_views(session: Session, charges: Iterable[Charge]) -> list[ChargeView]:
    rows = list(charges)
    settings = billing_settings(session)
    service_ids = {c.service_id for c in rows if c.service_id is not None}
    services = {
        s.id: s for s in session.scalars(select(Service).where(Service.id.in_(service_ids)))
    }
    invoice_ids = {c.invoice_id for c in rows if c.invoice_id is not None}
    numbers = dict(
        session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(invoice_ids))).all()
    )
    views = []
    for c in rows:
        service = services.get(c.service_id) if c.service_id is not None else None
        views.append(
            ChargeView(
                id=c.id,
                client_id=c.client_id,
                kind=ChargeKind(c.kind),
                on_date=c.on_date,
                description=describe_charge(
                    c.kind, c.description, service.name if service else None
                ),
                procedure_code=service.procedure_code
                if service and c.kind == ChargeKind.SESSION
                else "",
                amount=settings.money(c.amount_minor),
                service_id=c.service_id,
                appointment_id=c.appointment_id,
                invoice_id=c.invoice_id,
                invoice_number=numbers.get(c.invoice_id, "") if c.invoice_id else "",
                waived_on=c.waived_on,
                waive_reason=c.waive_reason,
            )
        )
    return views


def get_charge(session: Session, charge_id: int) -> ChargeView:
    return _charge_views(session, [_load_charge(session, charge_id)])[0]


def client_charges(session: Session, client_id: int, open_only: bool = False) -> list[ChargeView]:
    """The client's charges, newest first; ``open_only``: those that can be invoiced."""
    statement = select(Charge).where(Charge.client_id == client_id)
    if open_only:
        statement = statement.where(Charge.invoice_id.is_(None), Charge.waived_on.is_(None))
    return _charge_views(
        session, session.scalars(statement.order_by(Charge.on_date.desc(), Charge.id.desc()))
    )


def appointment_charge(session: Session, appointment_id: int) -> ChargeView | None:
    """The charge an appointment made, if any."""
    charge = _appointment_charge(session, appointment_id)
    return None if charge is None else _charge_views(session, [charge])[0]


# ---------------------------------------------------------------- payers


@dataclass(frozen=True)
class Payer:
    """Who an invoice can be addressed to: the client (``guardian_id`` None) or a guardian."""

    guardian_id: int | None
    name: str
    relation: str
    pays: bool
    can_consent: bool


def payers(session: Session, client_id: int) -> list[Payer]:
    """The client and their guardians; the default payer first (a guardian who pays, if any)."""
    client = _client(session, client_id)
    own = Payer(
        None,
        f"{client.legal_first_name} {client.legal_last_name}",
        "client",
        pays=True,
        can_consent=True,
    )
    guardians = [
        Payer(g.id, g.name, g.relation, g.pays, g.can_consent)
        for g in session.scalars(
            select(Guardian).where(Guardian.client_id == client_id).order_by(Guardian.id)
        )
    ]
    paying = [g for g in guardians if g.pays]
    others = [g for g in guardians if not g.pays]
    return [*paying, own, *others] if paying else [own, *guardians]


def _payer_of(
    session: Session, client: Client, guardian_id: int | None, problems: dict[str, str]
) -> tuple[str, str]:
    if guardian_id is None:
        name = f"{client.legal_first_name} {client.legal_last_name}"
        return name, client.address
    guardian = session.get(Guardian, guardian_id)
    if guardian is None or guardian.client_id != client.id:
        problems["guardian_id"] = marked("Choose one of the client's guardians.")
        return "", ""
    details = "\n".join(part for part in (client.address, guardian.email, guardian.phone) if part)
    return guardian.name, details


# ---------------------------------------------------------------- invoices


@dataclass(frozen=True)
class InvoiceRequest:
    """What to invoice: chosen charges (``charge_ids``), or every open charge in a period.

    ``guardian_id`` None addresses the invoice to the client.
    """

    client_id: int
    issued_on: date
    charge_ids: tuple[int, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    guardian_id: int | None = None


@dataclass(frozen=True)
class InvoiceLineView:
    on_date: date
    description: str
    procedure_code: str
    amount: Decimal


@dataclass(frozen=True)
class AppliedPayment:
    """A payment or write-off as far as it settled one invoice."""

    payment_id: int
    kind: PaymentKind
    paid_on: date
    method: str
    amount: Decimal


@dataclass(frozen=True)
class InvoiceView:
    """An invoice with everything its document shows (plain data)."""

    id: int
    number: str
    client_id: int
    client_code: str
    client_name: str
    guardian_id: int | None
    payer_name: str
    payer_details: str
    issued_on: date
    due_on: date
    period_start: date | None
    period_end: date | None
    currency: str
    total: Decimal
    paid: Decimal
    written_off: Decimal
    due: Decimal
    status: InvoiceStatus
    voided_on: date | None
    void_reason: str
    lines: tuple[InvoiceLineView, ...]
    applied: tuple[AppliedPayment, ...]

    @property
    def is_void(self) -> bool:
        return self.status == InvoiceStatus.VOID


@dataclass(frozen=True)
class InvoiceSummary:
    """One row of a client's list of invoices."""

    id: int
    number: str
    issued_on: date
    due_on: date
    payer_name: str
    total: Decimal
    due: Decimal
    status: InvoiceStatus


def format_number(year: int, sequence: int) -> str:
    """``2027-0001``: the year of the invoice date, then its place in that year."""
    return f"{year}-{sequence:04d}"


def _next_number(session: Session, year: int) -> tuple[int, str]:
    """The next number of ``year``, taken now (in the caller's transaction)."""
    counter = session.scalar(
        select(InvoiceCounter).where(InvoiceCounter.year == year).with_for_update()
    )
    if counter is None:
        counter = InvoiceCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return counter.last_number, format_number(year, counter.last_number)


def _charges_to_invoice(
    session: Session, request: InvoiceRequest, problems: dict[str, str]
) -> list[Charge]:
    by_period = request.period_start is not None or request.period_end is not None
    if request.charge_ids and by_period:
        problems["charge_ids"] = marked("Choose either charges or a period, not both.")
        return []
    if by_period:
        start, end = request.period_start, request.period_end
        if start is None or end is None:
            problems["period_end" if start is not None else "period_start"] = marked(
                "Give the period's first and last day."
            )
            return []
        if end < start:
            problems["period_end"] = marked("The period ends before it starts.")
            return []
        charges = list(
            session.scalars(
                select(Charge)
                .where(
                    Charge.client_id == request.client_id,
                    Charge.on_date >= start,
                    Charge.on_date <= end,
                    Charge.invoice_id.is_(None),
                    Charge.waived_on.is_(None),
                )
                .order_by(Charge.on_date, Charge.id)
            )
        )
        if not charges:
            problems["period_start"] = marked("There is nothing to invoice in this period.")
        return charges
    if not request.charge_ids:
        problems["charge_ids"] = marked("Choose the charges to invoice, or a period.")
        return []
    ids = list(dict.fromkeys(request.charge_ids))
    found = {
        c.id: c
        for c in session.scalars(select(Charge).where(Charge.id.in_(ids)))
        if c.client_id == request.client_id
    }
    missing = [i for i in ids if i not in found]
    if missing:
        problems["charge_ids"] = marked(
            "Some of the charges are not this client's, or no longer exist."
        )
        return []
    charges = sorted(found.values(), key=lambda c: (c.on_date, c.id))
    for charge in charges:
        if charge.waived_on is not None:
            problems["charge_ids"] = marked("A waived charge is not invoiced.")
        elif charge.invoice_id is not None:
            number = _invoice_number(session, charge.invoice_id)
            problems["charge_ids"] = words(
                "A charge is already on invoice {number}.", number=number
            )
    return charges


def issue_invoice(session: Session, request: InvoiceRequest, today: date) -> tuple[int, Changed]:
    """Issue an invoice for the charges asked for; returns its id.

    Numbered in the same transaction; any credit the client has is applied to it.
    """
    client = _client(session, request.client_id)
    settings = billing_settings(session)
    problems: dict[str, str] = {}
    _check_date(
        "issued_on",
        request.issued_on,
        today,
        problems,
        marked("An invoice cannot be in the future."),
    )
    charges = _charges_to_invoice(session, request, problems)
    payer_name, payer_details = _payer_of(session, client, request.guardian_id, problems)
    if charges and "charge_ids" not in problems and sum(c.amount_minor for c in charges) <= 0:
        problems["charge_ids"] = marked("An invoice needs something to pay.")
    year = request.issued_on.year
    latest = session.execute(
        select(Invoice.issued_on, Invoice.number)
        .where(Invoice.year == year)
        .order_by(Invoice.sequence.desc())
        .limit(1)
    ).first()
    if latest is not None and request.issued_on < latest.issued_on and "issued_on" not in problems:
        problems["issued_on"] = words(
            "Invoice {number} is dated {date}; a new invoice cannot be dated earlier.",
            number=latest.number,
            date=latest.issued_on.isoformat(),
        )
    if problems:
        raise ValidationError(problems)
    sequence, number = _next_number(session, year)
    total = sum(c.amount_minor for c in charges)
    invoice = Invoice(
        number=number,
        year=year,
        sequence=sequence,
        client_id=client.id,
        guardian_id=request.guardian_id,
        payer_name=payer_name,
        payer_details=payer_details,
        client_name=f"{client.legal_first_name} {client.legal_last_name}",
        issued_on=request.issued_on,
        due_on=request.issued_on + timedelta(days=settings.payment_terms_days),
        period_start=request.period_start,
        period_end=request.period_end,
        currency=settings.currency,
        total_minor=total,
        due_minor=total,
        status=InvoiceStatus.ISSUED,
        void_reason="",
    )
    session.add(invoice)
    session.flush()
    service_ids = {c.service_id for c in charges if c.service_id is not None}
    services = {
        s.id: s for s in session.scalars(select(Service).where(Service.id.in_(service_ids)))
    }
    for position, charge in enumerate(charges):
        service = services.get(charge.service_id) if charge.service_id is not None else None
        session.add(
            InvoiceLine(
                invoice_id=invoice.id,
                charge_id=charge.id,
                position=position,
                on_date=charge.on_date,
                description=describe_charge(
                    charge.kind, charge.description, service.name if service else None
                ),
                procedure_code=service.procedure_code
                if service is not None and charge.kind == ChargeKind.SESSION
                else "",
                amount_minor=charge.amount_minor,
            )
        )
        charge.invoice_id = invoice.id
    session.flush()
    audit.record(
        session,
        "create",
        "invoice",
        invoice.id,
        {
            "number": number,
            "client_id": client.id,
            "guardian_id": request.guardian_id,
            "total_minor": total,
            "currency": settings.currency,
            "charge_ids": [c.id for c in charges],
        },
    )
    _apply_credit(session, client.id)
    return invoice.id, Changed.BILLING


def invoice_appointment(
    session: Session,
    appointment_id: int,
    issued_on: date,
    today: date,
    guardian_id: int | None = None,
) -> tuple[int, Changed]:
    """Invoice one session (or the fee of a late cancellation or no-show); returns the id."""
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise ValidationError({"appointment_id": marked("That appointment no longer exists.")})
    charge = _appointment_charge(session, appointment_id)
    if charge is None:
        service = session.get(Service, row.service_id)
        if row.client_id is None or service is None or not service.billable:
            raise ValidationError(
                {"appointment_id": marked("A free consultation is never invoiced.")}
            )
        raise ValidationError(
            {"appointment_id": marked("This appointment has no charge: it was not held or missed.")}
        )
    return issue_invoice(
        session,
        InvoiceRequest(
            client_id=charge.client_id,
            issued_on=issued_on,
            charge_ids=(charge.id,),
            guardian_id=guardian_id,
        ),
        today,
    )


def _load_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceNotFound()
    return invoice


def void_invoice(session: Session, invoice_id: int, reason: str, today: date) -> Changed:
    """Void an issued invoice (its number stays used); its charges can be invoiced again.

    What was paid on it goes back to the client's account and is applied to
    their other open invoices, or kept as credit for the next one.
    """
    invoice = _load_invoice(session, invoice_id)
    problems: dict[str, str] = {}
    text = _clean_reason(reason, problems, marked("Say why the invoice is voided."))
    if invoice.status == InvoiceStatus.VOID:
        problems["invoice_id"] = words("Invoice {number} is already void.", number=invoice.number)
    if problems:
        raise ValidationError(problems)
    _release_allocations(session, PaymentAllocation.invoice_id == invoice.id)
    for charge in session.scalars(select(Charge).where(Charge.invoice_id == invoice.id)):
        charge.invoice_id = None
    invoice.status = InvoiceStatus.VOID
    invoice.voided_on = today
    invoice.void_reason = text
    invoice.due_minor = 0
    session.flush()
    audit.record(
        session,
        "void",
        "invoice",
        invoice.id,
        {"number": invoice.number, "client_id": invoice.client_id, "reason": text},
    )
    _apply_credit(session, invoice.client_id)
    return Changed.BILLING


def _release_allocations(session: Session, condition: Any) -> None:
    """Undo allocations: their amounts go back to their payments and their invoices."""
    allocations = list(session.scalars(select(PaymentAllocation).where(condition)))
    for allocation in allocations:
        payment = session.get(Payment, allocation.payment_id)
        invoice = session.get(Invoice, allocation.invoice_id)
        assert payment is not None and invoice is not None
        payment.unapplied_minor += allocation.amount_minor
        if invoice.status == InvoiceStatus.ISSUED:
            invoice.due_minor += allocation.amount_minor
        session.delete(allocation)
    session.flush()


def _allocate(session: Session, payment: Payment, invoice: Invoice, most: int | None = None) -> int:
    amount = min(payment.unapplied_minor, invoice.due_minor)
    if most is not None:
        amount = min(amount, most)
    if amount <= 0:
        return 0
    session.add(
        PaymentAllocation(payment_id=payment.id, invoice_id=invoice.id, amount_minor=amount)
    )
    payment.unapplied_minor -= amount
    invoice.due_minor -= amount
    return amount


def _apply_credit(session: Session, client_id: int) -> None:
    """Apply what the client paid and no invoice took yet to their open invoices, oldest first."""
    payments = list(
        session.scalars(
            select(Payment)
            .where(
                Payment.client_id == client_id,
                Payment.unapplied_minor > 0,
                Payment.voided_on.is_(None),
            )
            .order_by(Payment.paid_on, Payment.id)
        )
    )
    if not payments:
        return
    invoices = list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.client_id == client_id,
                Invoice.due_minor > 0,
                Invoice.status == InvoiceStatus.ISSUED,
            )
            .order_by(Invoice.issued_on, Invoice.id)
        )
    )
    for invoice in invoices:
        for payment in payments:
            if invoice.due_minor == 0:
                break
            _allocate(session, payment, invoice)
    session.flush()


def _lines(
    session: Session, invoice_id: int, settings: BillingSettings
) -> tuple[InvoiceLineView, ...]:
    return tuple(
        InvoiceLineView(
            line.on_date, line.description, line.procedure_code, settings.money(line.amount_minor)
        )
        for line in session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice_id)
            .order_by(InvoiceLine.position)
        )
    )


def get_invoice(session: Session, invoice_id: int) -> InvoiceView:
    invoice = _load_invoice(session, invoice_id)
    digits = currency_digits(invoice.currency)
    settings = BillingSettings(currency=invoice.currency)
    code = session.scalar(select(Client.code).where(Client.id == invoice.client_id)) or ""
    applied = tuple(
        AppliedPayment(
            payment_id=payment.id,
            kind=PaymentKind(payment.kind),
            paid_on=payment.paid_on,
            method=payment.method,
            amount=from_minor(amount, digits),
        )
        for payment, amount in session.execute(
            select(Payment, PaymentAllocation.amount_minor)
            .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
            .where(PaymentAllocation.invoice_id == invoice.id)
            .order_by(Payment.paid_on, Payment.id)
        )
    )
    paid = sum((a.amount for a in applied if a.kind == PaymentKind.PAYMENT), Decimal(0))
    written_off = sum((a.amount for a in applied if a.kind == PaymentKind.WRITE_OFF), Decimal(0))
    return InvoiceView(
        id=invoice.id,
        number=invoice.number,
        client_id=invoice.client_id,
        client_code=code,
        client_name=invoice.client_name,
        guardian_id=invoice.guardian_id,
        payer_name=invoice.payer_name,
        payer_details=invoice.payer_details,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        currency=invoice.currency,
        total=from_minor(invoice.total_minor, digits),
        paid=paid,
        written_off=written_off,
        due=from_minor(invoice.due_minor, digits),
        status=InvoiceStatus(invoice.status),
        voided_on=invoice.voided_on,
        void_reason=invoice.void_reason,
        lines=_lines(session, invoice.id, settings),
        applied=applied,
    )


def client_invoices(session: Session, client_id: int) -> list[InvoiceSummary]:
    """The client's invoices, newest first, voided ones included."""
    rows = session.scalars(
        select(Invoice)
        .where(Invoice.client_id == client_id)
        .order_by(Invoice.issued_on.desc(), Invoice.sequence.desc())
    )
    return [
        InvoiceSummary(
            id=row.id,
            number=row.number,
            issued_on=row.issued_on,
            due_on=row.due_on,
            payer_name=row.payer_name,
            total=from_minor(row.total_minor, currency_digits(row.currency)),
            due=from_minor(row.due_minor, currency_digits(row.currency)),
            status=InvoiceStatus(row.status),
        )
        for row in rows
    ]


# ---------------------------------------------------------------- payments


@dataclass(frozen=True)
class PaymentInput:
    """A payment as the payment dialog holds it; ``invoice_id``: the invoice it pays first."""

    client_id: int
    amount: Decimal
    paid_on: date
    method: str
    reference: str = ""
    invoice_id: int | None = None


@dataclass(frozen=True)
class PaymentView:
    id: int
    client_id: int
    kind: PaymentKind
    paid_on: date
    amount: Decimal
    method: str
    reference: str
    reason: str
    unapplied: Decimal
    voided_on: date | None
    void_reason: str
    invoice_numbers: tuple[str, ...]


def _open_invoice(
    session: Session, client_id: int, invoice_id: int | None, problems: dict[str, str]
) -> Invoice | None:
    if invoice_id is None:
        return None
    invoice = session.get(Invoice, invoice_id)
    if invoice is None or invoice.client_id != client_id:
        problems["invoice_id"] = marked("Choose one of the client's invoices.")
        return None
    if invoice.status == InvoiceStatus.VOID:
        problems["invoice_id"] = words("Invoice {number} is void.", number=invoice.number)
    elif invoice.due_minor <= 0:
        problems["invoice_id"] = words(
            "Invoice {number} is already settled.", number=invoice.number
        )
    return invoice


def _balance_minor(session: Session, client_id: int) -> int:
    charged = session.scalar(
        select(func.coalesce(func.sum(Charge.amount_minor), 0)).where(
            Charge.client_id == client_id, Charge.waived_on.is_(None)
        )
    )
    received = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.client_id == client_id, Payment.voided_on.is_(None)
        )
    )
    return int(charged or 0) - int(received or 0)


def _store_payment(
    session: Session,
    client_id: int,
    kind: PaymentKind,
    minor: int,
    paid_on: date,
    invoice: Invoice | None,
    **values: str,
) -> Payment:
    payment = Payment(
        client_id=client_id,
        kind=kind,
        paid_on=paid_on,
        amount_minor=minor,
        unapplied_minor=minor,
        method=values.get("method", ""),
        reference=values.get("reference", ""),
        reason=values.get("reason", ""),
        void_reason="",
    )
    session.add(payment)
    session.flush()
    if invoice is not None:
        _allocate(session, payment, invoice)
        session.flush()
    _apply_credit(session, client_id)
    return payment


def record_payment(
    session: Session, data: PaymentInput, today: date, accept_credit: bool = False
) -> tuple[int, Changed]:
    """Record money received; returns the payment's id.

    Applied to ``data.invoice_id`` first, then to the oldest open invoices;
    the rest waits for the next invoice. More than the client owes is refused
    unless ``accept_credit`` (the clinician confirmed keeping it as credit).
    """
    _client(session, data.client_id)
    settings = billing_settings(session)
    problems: dict[str, str] = {}
    minor = _amount_minor(data.amount, settings, "amount", problems)
    _check_date(
        "paid_on", data.paid_on, today, problems, marked("A payment cannot be in the future.")
    )
    if data.method not in set(PaymentMethod):
        problems["method"] = marked("Choose cash, card, cheque, transfer or other.")
    reference = " ".join(data.reference.split())
    if len(reference) > MAX_REFERENCE:
        problems["reference"] = words("At most {count} characters.", count=MAX_REFERENCE)
    invoice = _open_invoice(session, data.client_id, data.invoice_id, problems)
    if minor and not accept_credit:
        owed = _balance_minor(session, data.client_id)
        if minor > owed:
            extra = settings.format(settings.money(minor - max(owed, 0)))
            if owed <= 0:
                problems["amount"] = words(
                    "Nothing is owed now. Confirm to keep this payment ({extra}) as credit.",
                    extra=extra,
                )
            else:
                problems["amount"] = words(
                    "This is {extra} more than the {owed} owed. Confirm to keep {extra} as credit.",
                    extra=extra,
                    owed=settings.format(settings.money(owed)),
                )
    if problems:
        raise ValidationError(problems)
    payment = _store_payment(
        session,
        data.client_id,
        PaymentKind.PAYMENT,
        minor,
        data.paid_on,
        invoice,
        method=data.method,
        reference=reference,
    )
    audit.record(
        session,
        "create",
        "payment",
        payment.id,
        {
            "client_id": data.client_id,
            "amount_minor": minor,
            "method": data.method,
            "invoice_id": data.invoice_id,
            "credit_minor": payment.unapplied_minor,
        },
    )
    return payment.id, Changed.BILLING


def write_off(
    session: Session,
    client_id: int,
    amount: Decimal,
    reason: str,
    on_date: date,
    today: date,
    invoice_id: int | None = None,
) -> tuple[int, Changed]:
    """Give up an amount the client owes (at most their balance, or the invoice's due)."""
    _client(session, client_id)
    settings = billing_settings(session)
    problems: dict[str, str] = {}
    minor = _amount_minor(amount, settings, "amount", problems)
    text = _clean_reason(reason, problems, marked("Say why it is written off."))
    _check_date("on_date", on_date, today, problems, marked("A write-off cannot be in the future."))
    invoice = _open_invoice(session, client_id, invoice_id, problems)
    if minor:
        owed = _balance_minor(session, client_id)
        if invoice is not None and "invoice_id" not in problems and minor > invoice.due_minor:
            due = settings.format(settings.money(invoice.due_minor))
            problems["amount"] = words(
                "At most the {due} still due on invoice {number}.", due=due, number=invoice.number
            )
        elif minor > owed:
            problems["amount"] = words(
                "At most what the client owes ({owed}).",
                owed=settings.format(settings.money(max(owed, 0))),
            )
    if problems:
        raise ValidationError(problems)
    payment = _store_payment(
        session, client_id, PaymentKind.WRITE_OFF, minor, on_date, invoice, reason=text
    )
    audit.record(
        session,
        "create",
        "write_off",
        payment.id,
        {"client_id": client_id, "amount_minor": minor, "invoice_id": invoice_id, "reason": text},
    )
    return payment.id, Changed.BILLING


def void_payment(session: Session, payment_id: int, reason: str, today: date) -> Changed:
    """Void a payment or write-off (entered by mistake, a bounced cheque); it no longer counts.

    The invoices it settled are open again, and take any other credit the client has.
    """
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise PaymentNotFound()
    problems: dict[str, str] = {}
    text = _clean_reason(reason, problems, marked("Say why it is voided."))
    if payment.voided_on is not None:
        problems["payment_id"] = marked("This is already void.")
    if problems:
        raise ValidationError(problems)
    _release_allocations(session, PaymentAllocation.payment_id == payment.id)
    payment.voided_on = today
    payment.void_reason = text
    payment.unapplied_minor = 0
    session.flush()
    audit.record(
        session,
        "void",
        "write_off" if payment.kind == PaymentKind.WRITE_OFF else "payment",
        payment.id,
        {"client_id": payment.client_id, "amount_minor": payment.amount_minor, "reason": text},
    )
    _apply_credit(session, payment.client_id)
    return Changed.BILLING


def _payment_views(session: Session, payments: Sequence[Payment]) -> list[PaymentView]:
    settings = billing_settings(session)
    ids = [p.id for p in payments]
    numbers: dict[int, list[str]] = {}
    for payment_id, number in session.execute(
        select(PaymentAllocation.payment_id, Invoice.number)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(PaymentAllocation.payment_id.in_(ids))
        .order_by(PaymentAllocation.id)
    ):
        numbers.setdefault(payment_id, []).append(number)
    return [
        PaymentView(
            id=p.id,
            client_id=p.client_id,
            kind=PaymentKind(p.kind),
            paid_on=p.paid_on,
            amount=settings.money(p.amount_minor),
            method=p.method,
            reference=p.reference,
            reason=p.reason,
            unapplied=settings.money(p.unapplied_minor),
            voided_on=p.voided_on,
            void_reason=p.void_reason,
            invoice_numbers=tuple(numbers.get(p.id, ())),
        )
        for p in payments
    ]


def client_payments(session: Session, client_id: int) -> list[PaymentView]:
    """The client's payments and write-offs, newest first, voided ones included."""
    rows = list(
        session.scalars(
            select(Payment)
            .where(Payment.client_id == client_id)
            .order_by(Payment.paid_on.desc(), Payment.id.desc())
        )
    )
    return _payment_views(session, rows)


def get_payment(session: Session, payment_id: int) -> PaymentView:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise PaymentNotFound()
    return _payment_views(session, [payment])[0]


# ---------------------------------------------------------------- balance


@dataclass(frozen=True)
class Balance:
    """A client's account: what was charged, waived, paid and written off, and where it stands.

    ``balance`` = ``due`` + ``uninvoiced`` − ``unapplied``: what open invoices
    still ask, plus charges not invoiced yet, less payments no invoice took.
    """

    client_id: int
    currency: str
    charged: Decimal
    waived: Decimal
    paid: Decimal
    written_off: Decimal
    uninvoiced: Decimal
    due: Decimal
    unapplied: Decimal

    @property
    def balance(self) -> Decimal:
        """Positive: the client owes it; negative: the client's credit."""
        return self.charged - self.waived - self.paid - self.written_off

    @property
    def credit(self) -> Decimal:
        return max(Decimal(0), -self.balance)


def balance(session: Session, client_id: int) -> Balance:
    """The client's account, in three indexed queries."""
    settings = billing_settings(session)
    waived = Charge.waived_on.is_not(None)
    open_charge = Charge.invoice_id.is_(None) & Charge.waived_on.is_(None)
    charged, waived_sum, uninvoiced = session.execute(
        select(
            func.coalesce(func.sum(Charge.amount_minor), 0),
            func.coalesce(func.sum(case((waived, Charge.amount_minor), else_=0)), 0),
            func.coalesce(func.sum(case((open_charge, Charge.amount_minor), else_=0)), 0),
        ).where(Charge.client_id == client_id)
    ).one()
    is_write_off = Payment.kind == PaymentKind.WRITE_OFF
    paid, written_off, unapplied = session.execute(
        select(
            func.coalesce(func.sum(case((is_write_off, 0), else_=Payment.amount_minor)), 0),
            func.coalesce(func.sum(case((is_write_off, Payment.amount_minor), else_=0)), 0),
            func.coalesce(func.sum(Payment.unapplied_minor), 0),
        ).where(Payment.client_id == client_id, Payment.voided_on.is_(None))
    ).one()
    due = session.scalar(
        select(func.coalesce(func.sum(Invoice.due_minor), 0)).where(
            Invoice.client_id == client_id, Invoice.due_minor > 0
        )
    )
    money = settings.money
    return Balance(
        client_id=client_id,
        currency=settings.currency,
        charged=money(int(charged)),
        waived=money(int(waived_sum)),
        paid=money(int(paid)),
        written_off=money(int(written_off)),
        uninvoiced=money(int(uninvoiced)),
        due=money(int(due or 0)),
        unapplied=money(int(unapplied)),
    )


# ---------------------------------------------------------------- receipts


@dataclass(frozen=True)
class Receipt:
    """What a receipt for one payment shows (plain data for the document)."""

    number: str
    payment_id: int
    paid_on: date
    amount: Decimal
    method: str
    reference: str
    currency: str
    locale: str
    client_id: int
    client_code: str
    client_name: str
    payer_name: str
    #: (invoice number, amount of this payment applied to it)
    invoices: tuple[tuple[str, Decimal], ...]
    credit: Decimal
    balance_after: Decimal
    voided: bool


def _balance_after(session: Session, payment: Payment) -> int:
    """The account just after ``payment``: charges dated up to its day (less those waived)
    less the payments and write-offs up to and including it (less those voided)."""
    charged = session.scalar(
        select(func.coalesce(func.sum(Charge.amount_minor), 0)).where(
            Charge.client_id == payment.client_id,
            Charge.on_date <= payment.paid_on,
            Charge.waived_on.is_(None),
        )
    )
    settled = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.client_id == payment.client_id,
            Payment.voided_on.is_(None),
            tuple_(Payment.paid_on, Payment.id) <= tuple_(payment.paid_on, payment.id),
        )
    )
    return int(charged or 0) - int(settled or 0)


def receipt_number(payment_id: int) -> str:
    return f"R{payment_id:06d}"


def receipt(session: Session, payment_id: int) -> Receipt:
    """The receipt of a payment: what was paid, how, for which invoices, and the balance now."""
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise PaymentNotFound()
    if payment.kind != PaymentKind.PAYMENT:
        raise ValidationError({"payment_id": marked("A write-off has no receipt.")})
    settings = billing_settings(session)
    client = _client(session, payment.client_id)
    applied = session.execute(
        select(Invoice.number, Invoice.payer_name, PaymentAllocation.amount_minor)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(PaymentAllocation.payment_id == payment.id)
        .order_by(PaymentAllocation.id)
    ).all()
    client_name = f"{client.legal_first_name} {client.legal_last_name}"
    payer = applied[0].payer_name if applied else payers(session, client.id)[0].name
    return Receipt(
        number=receipt_number(payment.id),
        payment_id=payment.id,
        paid_on=payment.paid_on,
        amount=settings.money(payment.amount_minor),
        method=payment.method,
        reference=payment.reference,
        currency=settings.currency,
        locale=settings.locale,
        client_id=client.id,
        client_code=client.code,
        client_name=client_name,
        payer_name=payer,
        invoices=tuple((row.number, settings.money(row.amount_minor)) for row in applied),
        credit=settings.money(payment.unapplied_minor),
        balance_after=settings.money(_balance_after(session, payment)),
        voided=payment.voided_on is not None,
    )
