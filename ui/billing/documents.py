"""Billing documents on screen: invoice, receipt, statement or superbill, made off the GUI thread.

Each ``show_*`` function reads what the document needs and renders the PDF in
a worker (never on the GUI thread), then opens a :class:`DocumentPreview`
with Print… and Save as PDF…. File names carry the client's code, never their
name. A document that cannot be made is explained in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from app import billing, billing_reports, logs
from app.documents.file_names import billing_file_stem
from app.errors import RapportError
from app.practice import get_profile
from app.vault import Vault
from ui.context import AppContext
from ui.documents import DocumentPreview
from ui.i18n import marked, tr

#: The documents :func:`show_billing_document` makes, and what its ``record_id`` is.
KINDS = {
    "invoice": "an invoice id",
    "receipt": "a payment id",
    "statement": "a client id (with a period)",
    "superbill": "a client id (with a period)",
}

#: What a message box says when a document could not be made: its title and its text.
FAILURES = {
    "invoice": (marked("No invoice"), marked("The invoice could not be made.")),
    "receipt": (marked("No receipt"), marked("The receipt could not be made.")),
    "statement": (marked("No statement"), marked("The statement could not be made.")),
    "superbill": (marked("No superbill"), marked("The superbill could not be made.")),
}
FAILURE = (marked("No document"), marked("The document could not be made."))

OnOpen = Callable[[DocumentPreview], None]


@dataclass(frozen=True)
class BillingDocument:
    """A rendered document: the PDF, the preview's title and the suggested file name."""

    pdf: bytes
    title: str
    file_name: str


def period_words(start: date, end: date) -> str:
    """A period as a file name gives it: ``2027`` for a whole year, else both days."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()} to {end.isoformat()}"


def make_billing_document(
    vault: Vault, kind: str, record_id: int, period: tuple[date, date] | None, today: date
) -> BillingDocument:
    """Read and render one document (runs in a worker: plain data in, bytes out)."""
    # Loaded on first use: reportlab is only needed to make a PDF.
    from app.documents.billing_documents import (
        render_invoice,
        render_receipt,
        render_statement,
        render_superbill,
    )

    if kind not in KINDS:
        raise ValueError(f"Unknown billing document {kind!r}.")
    if kind in ("statement", "superbill") and period is None:
        raise ValueError(f"A {kind} needs a period.")
    with vault.session() as session:
        profile = get_profile(session)
        settings = billing.billing_settings(session)
        if kind == "invoice":
            invoice = billing.get_invoice(session, record_id)
        elif kind == "receipt":
            receipt = billing.receipt(session, record_id)
        elif kind == "statement":
            assert period is not None
            statement = billing_reports.statement(session, record_id, *period)
        else:
            assert period is not None
            superbill = billing_reports.superbill(session, record_id, *period, today)
    if kind == "invoice":
        pdf = render_invoice(profile, settings, invoice, today)
        title = tr("Invoice {number} — {client}").format(
            number=invoice.number, client=invoice.client_name
        )
        stem = billing_file_stem("Invoice", invoice.client_code, invoice.number)
    elif kind == "receipt":
        pdf = render_receipt(profile, settings, receipt)
        title = tr("Receipt {number} — {client}").format(
            number=receipt.number, client=receipt.client_name
        )
        stem = billing_file_stem("Receipt", receipt.client_code, receipt.number)
    elif kind == "statement":
        pdf = render_statement(profile, settings, statement, today)
        title = tr("Statement — {client}").format(client=statement.client_name)
        stem = billing_file_stem(
            "Statement", statement.client_code, period_words(statement.start, statement.end)
        )
    else:
        pdf = render_superbill(profile, settings, superbill, today)
        title = tr("Superbill — {client}").format(client=superbill.client_name)
        stem = billing_file_stem(
            "Superbill", superbill.client_code, period_words(superbill.start, superbill.end)
        )
    return BillingDocument(pdf, title, f"{stem}.pdf")


def show_billing_document(
    parent: QWidget,
    ctx: AppContext,
    kind: str,
    record_id: int,
    period: tuple[date, date] | None = None,
    on_open: OnOpen | None = None,
) -> None:
    """Make the document in a worker, then open its preview (Print…, Save as PDF…).

    ``kind`` is "invoice" (``record_id``: the invoice's id), "receipt" (a
    payment's id), "statement" or "superbill" (a client's id, and ``period``:
    its first and last day). Returns at once; ``on_open`` is called with the
    preview when it is shown. A failure is explained in a message box.
    """
    vault = ctx.vault
    today = ctx.today()

    def work() -> BillingDocument:
        return make_billing_document(vault, kind, record_id, period, today)

    def done(document: BillingDocument) -> None:
        if not isValid(parent):  # closed meanwhile (the practice was locked)
            return
        preview = DocumentPreview(document.pdf, document.title, document.file_name, parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        if on_open is not None:
            on_open(preview)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, RapportError):  # a fault, not a refusal: keep a scrubbed report
            logs.log_exception(type(exc), exc, exc.__traceback__)
        if not isValid(parent):
            return
        detail = exc.message if isinstance(exc, RapportError) else str(exc)
        title, text = FAILURES.get(kind, FAILURE)
        text = tr(text)
        QMessageBox.warning(parent, tr(title), f"{text}\n\n{detail}" if detail else text)

    ctx.tasks.run(work, done, failed)


def show_invoice(
    parent: QWidget, ctx: AppContext, invoice_id: int, on_open: OnOpen | None = None
) -> None:
    """The invoice as issued (a voided one stamped VOID), to print or save."""
    show_billing_document(parent, ctx, "invoice", invoice_id, on_open=on_open)


def show_receipt(
    parent: QWidget, ctx: AppContext, payment_id: int, on_open: OnOpen | None = None
) -> None:
    """The receipt of one payment (not of a write-off), to print or save."""
    show_billing_document(parent, ctx, "receipt", payment_id, on_open=on_open)


def show_statement(
    parent: QWidget,
    ctx: AppContext,
    client_id: int,
    start: date,
    end: date,
    on_open: OnOpen | None = None,
) -> None:
    """The client's statement of account from ``start`` to ``end`` (both days included)."""
    show_billing_document(parent, ctx, "statement", client_id, (start, end), on_open)


def show_superbill(
    parent: QWidget,
    ctx: AppContext,
    client_id: int,
    start: date,
    end: date,
    on_open: OnOpen | None = None,
) -> None:
    """The client's superbill for the sessions from ``start`` to ``end``."""
    show_billing_document(parent, ctx, "superbill", client_id, (start, end), on_open)
