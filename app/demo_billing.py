"""The demo practice's billing: years of charges, invoices, payments, waivers and write-offs.

Charges follow the calendar with the same rule as the practice
(:func:`app.billing.charge_rule`): every attended billable session, every
late cancellation and no-show; never a free consultation. How a client pays
is drawn once per client:

* most pay at the session by card (an invoice for that session, paid the
  same day); a late cancellation or a no-show is paid at the next session;
* some receive a monthly invoice on the month's last day and pay it by
  transfer or cheque within a few weeks;
* a few are late payers: monthly invoices paid one to five months later,
  sometimes in two parts, so the outstanding list has balances of every age;
  a late payer who left without paying the last invoice is written off half a
  year later.

A share of late cancellations and no-shows is waived, a few invoices were
issued by mistake and voided (their numbers stay used), a few clients paid
their next session in advance (a credit), and a few asked for a letter or a
report (a manual charge). Invoice numbers run without gaps in date order,
per year, as :func:`app.billing.issue_invoice` gives them.

Rows are written in bulk; the ledger's kept sums (an invoice's due, a
payment's unapplied part) are computed here as the core keeps them.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.billing import charge_rule, describe_charge, format_number
from app.models import (
    Base,
    Charge,
    ChargeKind,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    PaymentKind,
    PaymentMethod,
    ServiceKind,
)
from app.money import MINOR_DIGITS, from_minor, to_minor


class Habit(StrEnum):
    """How a client pays."""

    AT_SESSION = "at_session"
    MONTHLY = "monthly"
    LATE = "late"


HABIT_WEIGHTS = ((Habit.AT_SESSION, 76), (Habit.MONTHLY, 18), (Habit.LATE, 6))
AT_SESSION_METHODS = (
    (PaymentMethod.CARD, 80),
    (PaymentMethod.CASH, 7),
    (PaymentMethod.CHEQUE, 5),
    (PaymentMethod.TRANSFER, 6),
    (PaymentMethod.OTHER, 2),
)
MONTHLY_METHODS = (
    (PaymentMethod.TRANSFER, 70),
    (PaymentMethod.CHEQUE, 20),
    (PaymentMethod.CARD, 10),
)
#: Of the late cancellations and no-shows, the share the clinician waived.
WAIVED_SHARE = 0.2
#: One invoice in this many was first issued by mistake and voided.
VOIDED_EVERY = 250
#: One in this many clients paying at the session, and seen lately, paid the next one ahead.
PREPAID_EVERY = 20
#: A client with many sessions asks for a letter or a report with this chance.
MANUAL_CHARGE_SHARE = 0.08
#: Days a monthly invoice waits for its payment; a late payer's.
MONTHLY_DELAY = (2, 25)
LATE_DELAY = (35, 160)
#: Of a late payer's invoices, the share paid in two parts.
SPLIT_SHARE = 0.3
#: Of the late payers who left, the share who never paid their last invoice; it is
#: written off this long after.
WALK_AWAY_SHARE = 0.2
WRITE_OFF_AFTER = timedelta(days=180)
PAYMENT_TERMS = timedelta(days=14)
#: Late payers among the clients seen in the last :data:`RECENT`, at the least.
RECENT_LATE_PAYERS = 3
RECENT = timedelta(days=120)

MANUAL_CHARGES = (
    ("Letter confirming attendance", 35),
    ("Report for the school", 120),
    ("Treatment summary for the physician", 75),
    ("Completing a disability form", 50),
    ("Letter for the employer", 35),
)
WAIVE_REASONS = (
    "Ill on the day; first time, waived as a courtesy.",
    "Family emergency.",
    "Car broke down on the way; waived.",
    "Mix-up over the time after the reminder; waived.",
    "Snow closed the roads.",
)
VOID_REASONS = (
    "Issued to the wrong payer.",
    "Wrong session date on the invoice.",
    "Duplicate of an invoice already issued.",
)
WRITE_OFF_REASONS = (
    "Client moved away; no forwarding address.",
    "Unpaid for over six months after therapy ended; not worth pursuing.",
)
CHEQUE_FIRST = 1001


@dataclass(frozen=True)
class BilledClient:
    """What billing needs to know of a demo client."""

    id: int
    name: str
    address: str
    ended: bool
    #: The sliding-scale fee in hundredths, or None for the service's fee.
    rate_cents: int | None
    #: The guardian who pays: (id, name, details), or None when the client pays.
    payer: tuple[int, str, str] | None


@dataclass(frozen=True)
class BilledAppointment:
    id: int
    client_id: int | None
    kind: ServiceKind
    status: str
    day: date
    fee_owed_cents: int | None


@dataclass(frozen=True)
class ServicePrice:
    id: int
    name: str
    procedure_code: str
    billable: bool
    fee_cents: int | None


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _pick(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([item for item, _ in pairs], [weight for _, weight in pairs])[0]


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


class Ledger:
    """The practice's billing, planned in memory, then written in bulk."""

    def __init__(
        self, rng: random.Random, today: date, zone: ZoneInfo, currency: str, digits: int
    ) -> None:
        self.rng = rng
        self.today = today
        self.zone = zone
        self.currency = currency
        self.digits = digits
        self.charges: list[dict[str, Any]] = []
        self.invoices: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []
        self.allocations: list[dict[str, Any]] = []
        self.habits: Counter[str] = Counter()
        self.next_cheque = CHEQUE_FIRST
        self.recent_at_session = 0

    # ------------------------------------------------------------ helpers

    def _at(self, day: date, hour: int = 18) -> datetime:
        return datetime.combine(day, time(hour), self.zone).astimezone(UTC)

    def _minor(self, cents: int) -> int:
        return to_minor(from_minor(cents, MINOR_DIGITS), self.digits)

    def _charge(
        self, client: BilledClient, day: date, kind: ChargeKind, amount: int, **values: Any
    ) -> int:
        index = len(self.charges)
        self.charges.append(
            {
                "id": index,
                "client_id": client.id,
                "appointment_id": values.get("appointment_id"),
                "service_id": values.get("service_id"),
                "kind": str(kind),
                "description": values.get("description", ""),
                "on_date": day,
                "amount_minor": amount,
                "invoice_id": None,
                "waived_on": None,
                "waive_reason": "",
                "created_at": self._at(day),
                "updated_at": self._at(day),
                "label": values["label"],
                "procedure_code": values.get("procedure_code", ""),
            }
        )
        return index

    def _invoice(
        self,
        client: BilledClient,
        charges: Sequence[int],
        issued_on: date,
        period: tuple[date, date] | None = None,
        voided: str = "",
    ) -> int:
        index = len(self.invoices)
        total = sum(self.charges[c]["amount_minor"] for c in charges)
        guardian_id, payer_name, details = client.payer or (None, client.name, client.address)
        self.invoices.append(
            {
                "id": index,
                "client_id": client.id,
                "guardian_id": guardian_id,
                "payer_name": payer_name,
                "payer_details": details,
                "client_name": client.name,
                "issued_on": issued_on,
                "due_on": issued_on + PAYMENT_TERMS,
                "period_start": period[0] if period else None,
                "period_end": period[1] if period else None,
                "total_minor": total,
                "due_minor": 0 if voided else total,
                "status": str(InvoiceStatus.VOID if voided else InvoiceStatus.ISSUED),
                "voided_on": issued_on if voided else None,
                "void_reason": voided,
                "created_at": self._at(issued_on),
                "updated_at": self._at(issued_on, 19 if voided else 18),
            }
        )
        for position, c in enumerate(charges):
            charge = self.charges[c]
            self.lines.append(
                {
                    "invoice_id": index,
                    "charge_id": c,
                    "position": position,
                    "on_date": charge["on_date"],
                    "description": charge["label"],
                    "procedure_code": charge["procedure_code"],
                    "amount_minor": charge["amount_minor"],
                }
            )
            if not voided:
                charge["invoice_id"] = index
        return index

    def _issue(
        self,
        client: BilledClient,
        charges: Sequence[int],
        issued_on: date,
        period: tuple[date, date] | None = None,
    ) -> int:
        """An invoice; now and then one issued by mistake and voided first, the same day."""
        if len(self.invoices) % VOIDED_EVERY == VOIDED_EVERY // 2:
            self._invoice(client, charges, issued_on, period, voided=self.rng.choice(VOID_REASONS))
        return self._invoice(client, charges, issued_on, period)

    def _pay(
        self,
        client: BilledClient,
        invoice: int | None,
        amount: int,
        day: date,
        method: PaymentMethod,
        kind: PaymentKind = PaymentKind.PAYMENT,
        reason: str = "",
    ) -> None:
        index = len(self.payments)
        reference = ""
        if method == PaymentMethod.CHEQUE and kind == PaymentKind.PAYMENT:
            reference = f"Cheque {self.next_cheque}"
            self.next_cheque += 1
        self.payments.append(
            {
                "id": index,
                "client_id": client.id,
                "kind": str(kind),
                "paid_on": day,
                "amount_minor": amount,
                "method": "" if kind == PaymentKind.WRITE_OFF else str(method),
                "reference": reference,
                "reason": reason,
                "unapplied_minor": amount if invoice is None else 0,
                "voided_on": None,
                "void_reason": "",
                "created_at": self._at(day, 19),
                "updated_at": self._at(day, 19),
            }
        )
        if invoice is not None:
            self.allocations.append(
                {"payment_id": index, "invoice_id": invoice, "amount_minor": amount}
            )
            self.invoices[invoice]["due_minor"] -= amount
            assert self.invoices[invoice]["due_minor"] >= 0

    # ------------------------------------------------------------ making

    def make(
        self,
        clients: Sequence[BilledClient],
        appointments: Sequence[BilledAppointment],
        services: dict[ServiceKind, ServicePrice],
    ) -> None:
        """Charge every appointment as the practice would, then bill each client by habit."""
        by_client: dict[int, list[BilledAppointment]] = defaultdict(list)
        for appointment in appointments:
            if appointment.client_id is not None:
                by_client[appointment.client_id].append(appointment)
        charged = [
            (client, self._client_charges(client, by_client.get(client.id, []), services))
            for client in clients
        ]
        habits: list[Habit] = [_pick(self.rng, HABIT_WEIGHTS) for _ in charged]
        self._enough_late_payers(charged, habits)
        for (client, charges), habit in zip(charged, habits, strict=True):
            self.habits[habit] += 1
            if habit == Habit.AT_SESSION:
                self._at_session(client, charges)
            else:
                self._monthly(client, charges, late=habit == Habit.LATE)
        self._ensure_a_write_off({c.id: c for c in clients})

    def _enough_late_payers(
        self, charged: Sequence[tuple[BilledClient, list[int]]], habits: list[Habit]
    ) -> None:
        """At least :data:`RECENT_LATE_PAYERS` late payers seen lately: some debts are young."""
        recent = [
            k
            for k, (_, charges) in enumerate(charged)
            if charges and self.today - self.charges[charges[-1]]["on_date"] <= RECENT
        ]
        late = sum(habits[k] == Habit.LATE for k in recent)
        others = [k for k in recent if habits[k] != Habit.LATE]
        for k in self.rng.sample(others, max(0, min(len(others), RECENT_LATE_PAYERS - late))):
            habits[k] = Habit.LATE

    def _ensure_a_write_off(self, clients: dict[int, BilledClient]) -> None:
        """A small practice too shows one: its oldest unpaid invoice, two months old or more."""
        if any(p["kind"] == PaymentKind.WRITE_OFF for p in self.payments):
            return
        unpaid = [
            i
            for i in self.invoices
            if i["due_minor"] > 0 and self.today - i["issued_on"] >= timedelta(days=60)
        ]
        if not unpaid:
            return
        oldest = min(unpaid, key=lambda i: (i["issued_on"], i["id"]))
        self._pay(
            clients[oldest["client_id"]],
            oldest["id"],
            oldest["due_minor"],
            self.today,
            PaymentMethod.OTHER,
            PaymentKind.WRITE_OFF,
            WRITE_OFF_REASONS[0],
        )

    def _client_charges(
        self,
        client: BilledClient,
        appointments: list[BilledAppointment],
        services: dict[ServiceKind, ServicePrice],
    ) -> list[int]:
        """The client's charges, by date (waived ones included)."""
        made = []
        appointments.sort(key=lambda a: (a.day, a.id))
        for appointment in appointments:
            service = services[appointment.kind]
            rule = charge_rule(
                appointment.status,
                service.billable,
                service.fee_cents,
                client.rate_cents,
                appointment.fee_owed_cents,
            )
            if rule is None or appointment.day > self.today:
                continue
            kind, cents = rule
            index = self._charge(
                client,
                appointment.day,
                kind,
                self._minor(cents),
                appointment_id=appointment.id,
                service_id=service.id,
                label=describe_charge(kind, "", service.name),
                procedure_code=service.procedure_code if kind == ChargeKind.SESSION else "",
            )
            made.append(index)
            if kind != ChargeKind.SESSION and self.rng.random() < WAIVED_SHARE:
                charge = self.charges[index]
                charge["waived_on"] = min(
                    self.today, appointment.day + timedelta(days=self.rng.randint(0, 3))
                )
                charge["waive_reason"] = self.rng.choice(WAIVE_REASONS)
                charge["updated_at"] = self._at(charge["waived_on"])
        sessions = [c for c in made if self.charges[c]["kind"] == ChargeKind.SESSION]
        if len(sessions) >= 8 and self.rng.random() < MANUAL_CHARGE_SHARE:
            after = self.charges[self.rng.choice(sessions)]["on_date"]
            day = min(self.today, after + timedelta(days=self.rng.randint(1, 10)))
            description, amount = self.rng.choice(MANUAL_CHARGES)
            made.append(
                self._charge(
                    client,
                    day,
                    ChargeKind.MANUAL,
                    self._minor(amount * 100),
                    description=description,
                    label=description,
                )
            )
        made.sort(key=lambda c: (self.charges[c]["on_date"], c))
        return made

    def _open(self, charges: list[int]) -> list[int]:
        return [c for c in charges if self.charges[c]["waived_on"] is None]

    def _at_session(self, client: BilledClient, charges: list[int]) -> None:
        """An invoice per charge, paid on the day (a missed session's at the next one)."""
        rng = self.rng
        method: PaymentMethod = _pick(rng, AT_SESSION_METHODS)
        billed = self._open(charges)
        session_days = sorted(
            self.charges[c]["on_date"]
            for c in billed
            if self.charges[c]["kind"] == ChargeKind.SESSION
        )
        unpaid = False
        for c in billed:
            charge = self.charges[c]
            day: date = charge["on_date"]
            invoice = self._issue(client, [c], day)
            if charge["kind"] in (ChargeKind.SESSION, ChargeKind.MANUAL):
                paid_on = day
            else:
                following = [d for d in session_days if d > day]
                paid_on = following[0] if following else day + timedelta(days=rng.randint(3, 20))
            if paid_on <= self.today:
                self._pay(client, invoice, charge["amount_minor"], paid_on, method)
            else:
                unpaid = True
        recent = bool(session_days) and self.today - session_days[-1] <= timedelta(days=14)
        if recent and not client.ended and not unpaid:
            self.recent_at_session += 1
            if self.recent_at_session % PREPAID_EVERY == 1:
                last = next(
                    c for c in reversed(billed) if self.charges[c]["on_date"] == session_days[-1]
                )
                amount = self.charges[last]["amount_minor"]
                self._pay(client, None, amount, session_days[-1], method)

    def _monthly(self, client: BilledClient, charges: list[int], late: bool) -> None:
        """An invoice at each month's end for its charges, paid weeks (or months) later."""
        rng = self.rng
        months: dict[date, list[int]] = defaultdict(list)
        for c in self._open(charges):
            months[_month_end(self.charges[c]["on_date"])].append(c)
        method: PaymentMethod = _pick(rng, MONTHLY_METHODS)
        # A late payer who left may never pay the last invoice: written off half a year on.
        walks_away = late and client.ended and rng.random() < WALK_AWAY_SHARE
        last = max(months, default=None)
        for end, chosen in sorted(months.items()):
            if end > self.today:
                continue  # this month is not invoiced yet
            start = end.replace(day=1)
            invoice = self._issue(client, chosen, end, (start, end))
            total = self.invoices[invoice]["total_minor"]
            if not late:
                paid_on = end + timedelta(days=rng.randint(*MONTHLY_DELAY))
                if paid_on <= self.today:
                    self._pay(client, invoice, total, paid_on, method)
                continue
            if walks_away and end == last:
                if self.today - end >= WRITE_OFF_AFTER:
                    self._pay(
                        client,
                        invoice,
                        total,
                        end + WRITE_OFF_AFTER,
                        method,
                        PaymentKind.WRITE_OFF,
                        rng.choice(WRITE_OFF_REASONS),
                    )
                continue
            paid_on = end + timedelta(days=rng.randint(*LATE_DELAY))
            if rng.random() < SPLIT_SHARE:
                part = total // 2
                first = end + timedelta(days=rng.randint(LATE_DELAY[0], (paid_on - end).days))
                if first <= self.today and part:
                    self._pay(client, invoice, part, first, method)
                    total -= part
            if paid_on <= self.today:
                self._pay(client, invoice, total, paid_on, method)

    # ------------------------------------------------------------ storing

    def store(self, session: Session) -> None:
        """Number the invoices in date order, then write every row (in the caller's transaction)."""
        order = sorted(range(len(self.invoices)), key=lambda i: (self.invoices[i]["issued_on"], i))
        counters: dict[int, int] = {}
        for i in order:
            invoice = self.invoices[i]
            year = invoice["issued_on"].year
            counters[year] = counters.get(year, 0) + 1
            invoice.update(
                year=year, sequence=counters[year], number=format_number(year, counters[year])
            )
        offsets = {
            model: (session.scalar(select(func.max(model.id))) or 0) + 1
            for model in (Charge, Invoice, Payment)
        }
        invoice_rows = [
            {**row, "id": row["id"] + offsets[Invoice], "currency": self.currency}
            for row in self.invoices
        ]
        charge_rows = []
        for row in self.charges:
            values = {k: v for k, v in row.items() if k not in ("label", "procedure_code")}
            values["id"] += offsets[Charge]
            if values["invoice_id"] is not None:
                values["invoice_id"] += offsets[Invoice]
            charge_rows.append(values)
        line_rows = [
            {
                **row,
                "invoice_id": row["invoice_id"] + offsets[Invoice],
                "charge_id": row["charge_id"] + offsets[Charge],
            }
            for row in self.lines
        ]
        payment_rows = [{**row, "id": row["id"] + offsets[Payment]} for row in self.payments]
        allocation_rows = [
            {
                "payment_id": row["payment_id"] + offsets[Payment],
                "invoice_id": row["invoice_id"] + offsets[Invoice],
                "amount_minor": row["amount_minor"],
            }
            for row in self.allocations
        ]
        counter_rows = [{"year": y, "last_number": n} for y, n in sorted(counters.items())]
        for model, rows in (
            (InvoiceCounter, counter_rows),
            (Invoice, invoice_rows),
            (Charge, charge_rows),
            (InvoiceLine, line_rows),
            (Payment, payment_rows),
            (PaymentAllocation, allocation_rows),
        ):
            for at in range(0, len(rows), 5_000):
                session.execute(insert(_table(model)), rows[at : at + 5_000])

    def summary(self) -> dict[str, Any]:
        issued = [i for i in self.invoices if i["status"] == InvoiceStatus.ISSUED]
        payments = [p for p in self.payments if p["kind"] == PaymentKind.PAYMENT]
        return {
            "charges": len(self.charges),
            "waived_charges": sum(c["waived_on"] is not None for c in self.charges),
            "manual_charges": sum(c["kind"] == ChargeKind.MANUAL for c in self.charges),
            "invoices": len(self.invoices),
            "void_invoices": len(self.invoices) - len(issued),
            "open_invoices": sum(i["due_minor"] > 0 for i in issued),
            "payments": len(payments),
            "credits": sum(p["unapplied_minor"] > 0 for p in payments),
            "write_offs": len(self.payments) - len(payments),
            "payment_habits": dict(sorted(self.habits.items())),
        }
