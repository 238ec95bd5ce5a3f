"""The billing PDFs: invoice, receipt, statement and superbill, read back with pypdf."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pypdf
import pytest
from sqlalchemy.orm import Session

from app import billing, billing_reports, calendar
from app.billing import BillingSettings, InvoiceRequest
from app.clients import DiagnosisInput, GuardianInput
from app.documents.billing_documents import (
    billing_file_stem,
    render_invoice,
    render_receipt,
    render_statement,
    render_superbill,
)
from app.practice import ProfileInput, get_profile, save_profile
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
)
from tests.app.people import TODAY, minor

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
TAX_ID = "12-3456789"
NPI = "1234567893"
DIAGNOSES = (
    DiagnosisInput("F32.1", "Major depressive disorder, single episode, moderate", True),
    DiagnosisInput("F41.1", "Generalized anxiety disorder"),
)


def _open(session: Session, currency: str = "USD", locale: str = "en_US") -> None:
    open_practice(session, currency, locale)
    profile = replace(
        get_profile(session),
        credentials="PsyD",
        licence_number="PSY 31842",
        address="200 Harbour Street, Suite 4\nSan Francisco, CA 94105",
        phone="415 555 0100",
        email="office@example.org",
    )
    save_profile(session, profile)
    billing.set_billing_settings(
        session, BillingSettings(currency=currency, locale=locale, tax_id=TAX_ID, npi=NPI)
    )


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        _open(session)
        yield session


def _profile(session: Session) -> ProfileInput:
    return get_profile(session)


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def pages_of(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def title_of(pdf: bytes) -> str:
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None and metadata.title is not None
    return str(metadata.title)


def _invoice_pdf(session: Session, invoice_id: int, today: date = TODAY) -> bytes:
    return render_invoice(
        _profile(session),
        billing.billing_settings(session),
        billing.get_invoice(session, invoice_id),
        today,
    )


def _month_of_sessions(session: Session, client_id: int) -> int:
    """Three sessions and a letter in November, invoiced for the month, $150 paid on it."""
    for day in (2, 9, 16):
        held(session, client_id, date(2026, 11, day))
    billing.add_charge(
        session, client_id, "Letter to the GP", Decimal("45.50"), date(2026, 11, 20), TODAY
    )
    request = InvoiceRequest(client_id, TODAY, period_start=NOVEMBER[0], period_end=NOVEMBER[1])
    invoice_id, _ = billing.issue_invoice(session, request, TODAY)
    pay(session, client_id, "150", TODAY, "card", invoice_id=invoice_id)
    return invoice_id


# ---------------------------------------------------------------- invoice


def test_an_invoice_shows_its_number_dates_lines_and_totals(session: Session) -> None:
    client_id = new_client(session)
    invoice_id = _month_of_sessions(session, client_id)
    pdf = _invoice_pdf(session, invoice_id)
    text = text_of(pdf)
    assert pdf.startswith(b"%PDF")
    for expected in (
        "INVOICE 2026-0001",
        "Invoice no. 2026-0001",
        "Issue date 27 November 2026",
        "Due date 11 December 2026",
        "Period 1–30 November 2026",
        "Bill to Ann Lee",
        "2 Nov 2026 Individual session 90834 $120.00",
        "16 Nov 2026 Individual session 90834 $120.00",
        "20 Nov 2026 Letter to the GP $45.50",
        "Total $405.50",
        "Paid $150.00",
        "Amount due $255.50",
        "Amount due: $255.50, by 11 December 2026.",
        "Payment terms: 14 days from the invoice date.",
        f"Tax ID {TAX_ID} · NPI {NPI}",
        "Canary Practice ZQX",
        "Dr Zebulon Canaryfield, PsyD",
        "Licence PSY 31842",
        "office@example.org",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "VOID" not in text
    code = billing.get_invoice(session, invoice_id).client_code
    assert title_of(pdf) == f"Invoice 2026-0001 {code}"
    assert "Ann" not in title_of(pdf)


def test_an_overdue_invoice_says_so_and_a_paid_one_thanks(session: Session) -> None:
    client_id = new_client(session)
    invoice_id = _month_of_sessions(session, client_id)
    later = TODAY + timedelta(days=30)
    assert "overdue since 11 December 2026" in text_of(_invoice_pdf(session, invoice_id, later))
    pay(session, client_id, "255.50", TODAY, "transfer")
    text = text_of(_invoice_pdf(session, invoice_id))
    assert "Paid in full. Thank you." in text and "Amount due $0.00" in text


def test_a_guardian_is_billed_for_the_child(session: Session) -> None:
    client_id = new_client(
        session,
        **minor().__dict__
        | {
            "guardians": (
                GuardianInput(
                    "Lee Park", "father", "212 555 0199", email="lee@example.org", pays=True
                ),
            )
        },
    )
    (payer, *_) = billing.payers(session, client_id)
    charge = charge_of(session, held(session, client_id, date(2026, 11, 2)))
    invoice_id = invoice(session, client_id, (charge.id,), guardian_id=payer.guardian_id)
    text = text_of(_invoice_pdf(session, invoice_id))
    assert "Bill to Lee Park" in text
    assert "lee@example.org" in text
    assert "For Theo Park" in text
    payment_id = pay(session, client_id, "120", TODAY, "transfer", invoice_id=invoice_id)
    receipt = billing.receipt(session, payment_id)
    text = text_of(render_receipt(_profile(session), billing.billing_settings(session), receipt))
    assert "Received from Lee Park" in text and "For Theo Park" in text
    assert "Method Bank transfer" in text
    assert "The account is settled in full after this payment." in text


def test_a_voided_invoice_is_stamped_void_on_every_page_with_date_and_reason(
    session: Session,
) -> None:
    client_id = new_client(session)
    for day in range(40):  # enough lines for a second page
        billing.add_charge(
            session, client_id, f"Report part {day + 1}", Decimal("10"), date(2026, 10, 1), TODAY
        )
    request = InvoiceRequest(client_id, TODAY, period_start=date(2026, 10, 1), period_end=TODAY)
    invoice_id, _ = billing.issue_invoice(session, request, TODAY)
    billing.void_invoice(session, invoice_id, "Sent to the wrong payer", TODAY)
    pages = pages_of(_invoice_pdf(session, invoice_id))
    assert len(pages) == 2
    for number, page in enumerate(pages, start=1):
        assert "VOID" in page
        assert "Voided on 27 November 2026 · Reason: Sent to the wrong payer" in page
        assert f"Page {number} of 2" in page
    assert "This invoice is void" in pages[0]
    # The totals stay with the last lines they add up.
    assert "Report part 40" in pages[1] and "Total $400.00" in pages[1]
    assert "Payment terms" not in " ".join(pages)


def test_a_yen_invoice_has_no_decimals(vault: Vault) -> None:
    with vault.session() as session:
        _open(session, currency="JPY", locale="ja_JP")
        client_id = new_client(session)
        charge, _ = billing.add_charge(
            session, client_id, "Session", Decimal("8000"), date(2026, 11, 2), TODAY
        )
        letter, _ = billing.add_charge(
            session, client_id, "Letter", Decimal("3500"), date(2026, 11, 3), TODAY
        )
        invoice_id = invoice(session, client_id, (charge, letter))
        pay(session, client_id, "5000", TODAY, "cash", invoice_id=invoice_id)
        text = text_of(_invoice_pdf(session, invoice_id))
    for expected in ("¥8,000", "¥3,500", "Total ¥11,500", "Paid ¥5,000", "Amount due ¥6,500"):
        assert expected in text, expected
    assert not re.search(r"¥[\d,]+\.\d", text)


def test_the_same_invoice_gives_the_same_bytes(session: Session) -> None:
    invoice_id = _month_of_sessions(session, new_client(session))
    assert _invoice_pdf(session, invoice_id) == _invoice_pdf(session, invoice_id)


def test_names_with_polish_and_greek_letters_are_drawn(session: Session) -> None:
    client_id = new_client(session, legal_first_name="Łucja", legal_last_name="Παπαδοπούλου")
    charge = charge_of(session, held(session, client_id, date(2026, 11, 2)))
    invoice_id = invoice(session, client_id, (charge.id,))
    pdf = _invoice_pdf(session, invoice_id)
    assert "Łucja Παπαδοπούλου" in text_of(pdf)
    assert b"DejaVuSans" in pdf
    assert "Łucja" not in title_of(pdf)


# ---------------------------------------------------------------- receipt


def test_a_receipt_shows_the_amount_method_and_what_it_paid(session: Session) -> None:
    client_id = new_client(session)
    invoice_id = _month_of_sessions(session, client_id)
    payment_id = pay(
        session,
        client_id,
        "300",
        TODAY,
        "cheque",
        accept_credit=True,
        reference="Cheque 1043",
    )
    receipt = billing.receipt(session, payment_id)
    pdf = render_receipt(_profile(session), billing.billing_settings(session), receipt)
    text = text_of(pdf)
    number = receipt.number
    for expected in (
        f"RECEIPT {number}",
        f"Receipt no. {number}",
        "Received from Ann Lee",
        "Method Cheque",
        "Reference Cheque 1043",
        "Invoice 2026-0001 $255.50",
        "Kept as credit towards future invoices $44.50",
        "Amount received $300.00",
        "Credit on the account after this payment: $44.50.",
    ):
        assert expected in text, expected
    assert "For " not in text  # the client paid for themselves
    assert billing.get_invoice(session, invoice_id).due == 0
    assert title_of(pdf) == f"Receipt {number} {receipt.client_code}"
    assert pdf == render_receipt(_profile(session), billing.billing_settings(session), receipt)


def test_a_voided_receipt_is_stamped(session: Session) -> None:
    client_id = new_client(session)
    _month_of_sessions(session, client_id)
    payment_id = pay(session, client_id, "100", TODAY, "cheque")
    billing.void_payment(session, payment_id, "Returned unpaid", TODAY)
    receipt = billing.receipt(session, payment_id)
    text = text_of(render_receipt(_profile(session), billing.billing_settings(session), receipt))
    assert "VOID" in text and "no longer valid" in text


# ---------------------------------------------------------------- statement


def test_a_statement_gives_opening_and_closing_balances(session: Session) -> None:
    ann = new_client(session)
    october = charge_of(session, held(session, ann, date(2026, 10, 12)))
    pay(session, ann, "100", date(2026, 10, 12))
    first = charge_of(session, held(session, ann, date(2026, 11, 2)))
    invoice(session, ann, (october.id, first.id), date(2026, 11, 2))
    start = at(date(2026, 11, 9), 10)
    missed = book(session, ann, start)
    calendar.set_status(session, missed, S.NO_SHOW, start + timedelta(minutes=20))
    billing.waive_charge(session, charge_of(session, missed).id, "Ill", date(2026, 11, 10))
    cheque = pay(session, ann, "140", date(2026, 11, 16), "cheque")
    billing.void_payment(session, cheque, "Returned unpaid", date(2026, 11, 20))
    report = billing_reports.statement(session, ann, *NOVEMBER)
    pdf = render_statement(_profile(session), billing.billing_settings(session), report, TODAY)
    text = text_of(pdf)
    for expected in (
        "STATEMENT OF ACCOUNT",
        "Statement for Ann Lee",
        "Period 1–30 November 2026",
        "1 Nov 2026 Opening balance $20.00",
        "2 Nov 2026 Individual session 2026-0001 $120.00 $140.00",
        "10 Nov 2026 Waived: Missed appointment (Individual session) $100.00 $140.00",
        "16 Nov 2026 Payment (cheque)",
        "30 Nov 2026 Closing balance $140.00",
        "Amount now due: $140.00.",
        "Opening balance $20.00",
        "Charges $360.00",
        "Payments and credits $240.00",
        "Amount now due $140.00",
    ):
        assert expected in text, expected
    assert title_of(pdf) == f"Statement {report.client_code} 2026-11-01 to 2026-11-30"


# ---------------------------------------------------------------- superbill


def _superbill_pdf(session: Session, client_id: int, start: date, end: date) -> bytes:
    bill = billing_reports.superbill(session, client_id, start, end, TODAY)
    return render_superbill(_profile(session), billing.billing_settings(session), bill, TODAY)


def test_a_superbill_gives_what_an_insurer_needs(session: Session) -> None:
    ann = new_client(session, diagnoses=DIAGNOSES, address="12 Elm Street, Oakland, CA 94607")
    office = charge_of(session, held(session, ann, date(2026, 11, 2)))
    video = charge_of(session, held(session, ann, date(2026, 11, 9), location="video"))
    unpaid = charge_of(session, held(session, ann, date(2026, 11, 16)))
    first = invoice(session, ann, (office.id, video.id), date(2026, 11, 10))
    pay(session, ann, "200", date(2026, 11, 10), invoice_id=first)
    invoice(session, ann, (unpaid.id,), date(2026, 11, 16))
    pdf = _superbill_pdf(session, ann, *NOVEMBER)
    text = text_of(pdf)
    for expected in (
        "SUPERBILL",
        "Provider Dr Zebulon Canaryfield, PsyD",
        "Licence no. PSY 31842",
        f"NPI {NPI}",
        f"Tax ID (EIN) {TAX_ID}",
        "Patient Ann Lee",
        "Date of birth 17 May 1990",
        "12 Elm Street, Oakland, CA 94607",
        "A F32.1 Major depressive disorder, single episode, moderate",
        "B F41.1 Generalized anxiety disorder",
        "2 Nov 2026 Individual session 11 90834 A, B 1 $120.00 $120.00",
        "9 Nov 2026 Individual session 10 90834 A, B 1 $120.00 $80.00",
        "16 Nov 2026 Individual session 11 90834 A, B 1 $120.00 $0.00",
        "Total 3 $360.00 $200.00",
        "3 sessions from 1 November 2026 to 30 November 2026: $360.00 charged, $200.00 paid.",
        "Place of service (CMS): 10 telehealth in the patient's home; 11 office.",
        "Signature of provider",
        "Date",
        "submits this superbill to their insurer",
    ):
        assert expected in text, expected
    code = billing_reports.superbill(session, ann, *NOVEMBER, TODAY).client_code
    assert title_of(pdf) == f"Superbill {code} 2026-11-01 to 2026-11-30"
    assert _superbill_pdf(session, ann, *NOVEMBER) == pdf


def test_a_superbill_of_sixty_sessions_spans_pages_counted_right(session: Session) -> None:
    ann = new_client(session, diagnoses=DIAGNOSES)
    first_day = date(2025, 1, 6)
    for week in range(60):
        held(session, ann, first_day + timedelta(weeks=week))
    pdf = _superbill_pdf(session, ann, first_day, TODAY)
    pages = pages_of(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "SUPERBILL" in page
    text = " ".join(pages)
    assert text.count("Individual session 11 90834 A, B 1 $120.00") == 60
    assert "Total 60 $7,200.00 $0.00" in text
    # The header row repeats on the pages the table continues on.
    assert all("Date of service" in page for page in pages[1:] if "90834" in page)


def test_the_file_stem_names_the_code_never_the_name() -> None:
    assert billing_file_stem("Invoice", " C0007 ", "2026-0001") == "Invoice C0007 2026-0001"
    assert billing_file_stem("Statement", "", "2026-11") == "Statement 2026-11"
