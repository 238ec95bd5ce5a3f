"""Billing: charges, invoices and their lines, payments and write-offs, and how they are matched.

Amounts are integers in the minor unit of the practice's currency (cents for
USD, yen for JPY). The ledger of a client is its charges (less the waived
ones) and its payments and write-offs (less the voided ones); invoices group
charges, and allocations say which payment settled which invoice. Two sums
are kept on the rows so that the busiest lists need no aggregate: an
invoice's ``due_minor`` and a payment's ``unapplied_minor``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class ChargeKind(StrEnum):
    SESSION = "session"  # an attended billable session
    LATE_CANCEL = "late_cancel"
    NO_SHOW = "no_show"
    MANUAL = "manual"  # a report, a letter … typed in by the clinician


class InvoiceStatus(StrEnum):
    ISSUED = "issued"
    VOID = "void"


class PaymentKind(StrEnum):
    PAYMENT = "payment"
    WRITE_OFF = "write_off"  # what will not be collected, with the reason


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    CHEQUE = "cheque"
    TRANSFER = "transfer"
    OTHER = "other"


class Charge(Timestamped, Base):
    """Something the client owes: a session, a late cancellation or no-show, or a manual charge.

    A charge made from an appointment follows the appointment's status (one
    per appointment); ``invoice_id`` is the invoice it is on now (None: not
    invoiced yet, or its invoice was voided).
    """

    __tablename__ = "charge"
    __table_args__ = (
        Index("ix_charge_client_date", "client_id", "on_date"),
        Index("ix_charge_on_date", "on_date"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    # Typed for a manual charge; "" for one made from an appointment.
    description: Mapped[str] = mapped_column(String(200), default="")
    on_date: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), nullable=True, index=True
    )
    waived_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    waive_reason: Mapped[str] = mapped_column(Text, default="")


class InvoiceCounter(Base):
    """The last invoice number given in a year: numbers are never given twice, nor skipped."""

    __tablename__ = "invoice_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Invoice(Timestamped, Base):
    """An issued invoice (``2027-0001``): immutable but for what is paid; corrected by a void.

    The payer's name and address and the client's name are copied in when it is
    issued, so that the document stays what was sent.
    """

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_invoice_year_sequence"),
        Index("ix_invoice_client_issued", "client_id", "issued_on"),
        Index("ix_invoice_issued_on", "issued_on"),
        # The outstanding list reads this index alone: the few invoices still due.
        Index("ix_invoice_due", "due_minor", "client_id", "issued_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    # None: the client pays; else the guardian who does.
    guardian_id: Mapped[int | None] = mapped_column(
        ForeignKey("guardian.id", ondelete="SET NULL"), nullable=True
    )
    payer_name: Mapped[str] = mapped_column(String(200))
    payer_details: Mapped[str] = mapped_column(String(500), default="")
    client_name: Mapped[str] = mapped_column(String(220))
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(Integer)
    # What is still to be paid: the total less allocations; 0 once voided.
    due_minor: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default=InvoiceStatus.ISSUED)
    voided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class InvoiceLine(Base):
    """One charge as the invoice shows it, copied when the invoice was issued."""

    __tablename__ = "invoice_line"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    charge_id: Mapped[int | None] = mapped_column(
        ForeignKey("charge.id", ondelete="SET NULL"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    on_date: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200))
    procedure_code: Mapped[str] = mapped_column(String(20), default="")
    amount_minor: Mapped[int] = mapped_column(Integer)


class Payment(Timestamped, Base):
    """Money received (or, with kind ``write_off``, given up), from the client's account.

    ``unapplied_minor`` is what no invoice has taken yet: a credit, or a
    payment made before its charges were invoiced. A voided payment (entered
    by mistake, a bounced cheque) keeps its row; it no longer counts.
    """

    __tablename__ = "payment"
    __table_args__ = (
        Index("ix_payment_client_paid", "client_id", "paid_on"),
        Index("ix_payment_paid_on", "paid_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default=PaymentKind.PAYMENT)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    # "" for a write-off.
    method: Mapped[str] = mapped_column(String(20), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    # Why a write-off was made.
    reason: Mapped[str] = mapped_column(Text, default="")
    unapplied_minor: Mapped[int] = mapped_column(Integer)
    voided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class PaymentAllocation(Base):
    """How much of a payment (or write-off) settled an invoice."""

    __tablename__ = "payment_allocation"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payment.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    amount_minor: Mapped[int] = mapped_column(Integer)
