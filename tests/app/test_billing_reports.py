"""Billing reports: ageing, statements, superbills, income, and the accountant's CSV."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app import billing, billing_reports, calendar
from app.billing import BillingSettings
from app.clients import DiagnosisInput
from app.models import ServiceKind
from app.practice import get_profile, save_profile
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
from tests.app.people import TODAY, audit_entries
from tests.reliability.canary import run_admin

PASSPHRASE = "correct horse battery staple"
DIAGNOSES = (
    DiagnosisInput("F32.1", "Major depressive disorder, single episode, moderate", True),
    DiagnosisInput("F41.1", "Generalized anxiety disorder"),
)


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as session:
        open_practice(session)
        yield session


def manual_invoice(session: Session, client_id: int, amount: str, day: date) -> int:
    charge_id, _ = billing.add_charge(session, client_id, "Report", Decimal(amount), day, TODAY)
    return invoice(session, client_id, (charge_id,), day)


# ---------------------------------------------------------------- outstanding


def test_outstanding_invoices_are_aged_from_their_date(session: Session) -> None:
    ann = new_client(session)
    bo = new_client(session, legal_first_name="Bo", legal_last_name="Zed")
    settled = new_client(session, legal_first_name="Cy")
    for days in (91, 90, 61, 60, 45, 31, 30, 0):  # oldest first: invoice dates never go back
        day = TODAY - timedelta(days=days)
        if days == 45:
            part = manual_invoice(session, bo, "80", day)
        else:
            manual_invoice(session, ann, str(100 + days), day)
    pay(session, bo, "30", TODAY, invoice_id=part)
    paid = manual_invoice(session, settled, "50", TODAY)
    pay(session, settled, "50", TODAY, invoice_id=paid)
    voided = manual_invoice(session, settled, "70", TODAY)
    billing.void_invoice(session, voided, "Duplicate", TODAY)

    report = billing_reports.outstanding(session, TODAY)
    assert [r.name for r in report.rows] == ["Lee, Ann", "Zed, Bo"]
    first, second = report.rows
    assert first.buckets == (
        Decimal("230.00"),  # 0 and 30 days
        Decimal("291.00"),  # 31 and 60
        Decimal("351.00"),  # 61 and 90
        Decimal("191.00"),  # 91
    )
    assert (first.invoices, first.total) == (7, Decimal("1063.00"))
    assert first.oldest_issued_on == TODAY - timedelta(days=91)
    assert second.buckets == (0, Decimal("50.00"), 0, 0)
    assert report.total == Decimal("1113.00")
    assert report.buckets == (
        Decimal("230.00"),
        Decimal("341.00"),
        Decimal("351.00"),
        Decimal("191.00"),
    )
    assert report.credits == ()


def test_clients_in_credit_are_listed_beside_what_is_owed(session: Session) -> None:
    ann = new_client(session)
    owed = manual_invoice(session, ann, "80", TODAY)
    pay(session, ann, "100", TODAY, invoice_id=owed, accept_credit=True)
    report = billing_reports.outstanding(session, TODAY)
    assert report.rows == ()
    ((credit,),) = [report.credits]
    assert (credit.client_id, credit.name, credit.credit) == (ann, "Lee, Ann", Decimal("20.00"))


def test_charges_waiting_for_an_invoice_are_listed(session: Session) -> None:
    ann = new_client(session)
    held(session, ann, date(2026, 11, 2))
    held(session, ann, date(2026, 11, 9))
    billing.add_charge(session, ann, "Letter", Decimal("30"), TODAY, TODAY)
    (row,) = billing_reports.to_invoice(session)
    assert (row.client_id, row.charges, row.amount, row.oldest_on) == (
        ann,
        3,
        Decimal("270.00"),
        date(2026, 11, 2),
    )


# ---------------------------------------------------------------- statement


def test_a_statement_has_an_opening_balance_its_lines_and_a_closing_balance(
    session: Session,
) -> None:
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

    report = billing_reports.statement(session, ann, date(2026, 11, 1), date(2026, 11, 30))
    assert report.opening == Decimal("20.00")
    assert [(line.on_date, line.kind, line.amount, line.balance) for line in report.lines] == [
        (date(2026, 11, 2), "charge", Decimal("120.00"), Decimal("140.00")),
        (date(2026, 11, 9), "charge", Decimal("100.00"), Decimal("240.00")),
        (date(2026, 11, 10), "waiver", Decimal("-100.00"), Decimal("140.00")),
        (date(2026, 11, 16), "payment", Decimal("-140.00"), Decimal("0.00")),
        (date(2026, 11, 20), "reversal", Decimal("140.00"), Decimal("140.00")),
    ]
    assert report.lines[0].reference == "2026-0001"
    assert report.lines[2].description == "Waived: Missed appointment (Individual session)"
    assert report.closing == billing.balance(session, ann).balance == Decimal("140.00")


# ---------------------------------------------------------------- superbill


def test_a_superbill_lists_codes_places_fees_and_what_was_paid(session: Session) -> None:
    save_profile(session, replace(get_profile(session), licence_number="PSY 31842"))
    billing.set_billing_settings(session, BillingSettings(tax_id="12-3456789", npi="1234567893"))
    ann = new_client(session, diagnoses=DIAGNOSES)
    office = charge_of(session, held(session, ann, date(2026, 11, 2)))
    video = charge_of(session, held(session, ann, date(2026, 11, 9), location="video"))
    unpaid = charge_of(session, held(session, ann, date(2026, 11, 16)))
    waived = charge_of(session, held(session, ann, date(2026, 11, 17)))
    billing.waive_charge(session, waived.id, "Pro bono", TODAY)
    start = at(date(2026, 11, 18), 10)
    missed = book(session, ann, start)
    calendar.set_status(session, missed, S.NO_SHOW, start + timedelta(minutes=20))
    first = invoice(session, ann, (office.id, video.id), date(2026, 11, 10))
    pay(session, ann, "200", date(2026, 11, 10), invoice_id=first)
    invoice(session, ann, (unpaid.id,), date(2026, 11, 16))

    bill = billing_reports.superbill(session, ann, date(2026, 11, 1), date(2026, 11, 30), TODAY)
    assert (bill.licence_number, bill.tax_id, bill.npi) == ("PSY 31842", "12-3456789", "1234567893")
    assert (bill.client_name, bill.date_of_birth) == ("Ann Lee", date(1990, 5, 17))
    assert [code for code, _ in bill.diagnoses] == ["F32.1", "F41.1"]
    assert [
        (line.on_date, line.procedure_code, line.place_of_service, line.diagnosis_pointer)
        for line in bill.lines
    ] == [
        (date(2026, 11, 2), "90834", "11", "AB"),
        (date(2026, 11, 9), "90834", "10", "AB"),
        (date(2026, 11, 16), "90834", "11", "AB"),
    ]
    assert [(line.fee, line.paid) for line in bill.lines] == [
        (Decimal("120.00"), Decimal("120.00")),
        (Decimal("120.00"), Decimal("80.00")),
        (Decimal("120.00"), Decimal("0.00")),
    ]
    assert (bill.total_fee, bill.total_paid) == (Decimal("360.00"), Decimal("200.00"))


# ---------------------------------------------------------------- income


def test_income_by_month_by_service_and_payments_by_method(session: Session) -> None:
    ann = new_client(session)
    bo = new_client(
        session, legal_first_name="Bo", fee_arrangement="sliding_scale", sliding_fee="80"
    )
    held(session, ann, date(2026, 10, 5))
    held(session, ann, date(2026, 11, 2))
    held(session, bo, date(2026, 11, 3), kind=ServiceKind.COUPLES, partner_ids=(ann,))
    start = at(date(2026, 11, 4), 10)
    late = book(session, bo, start)
    calendar.set_status(session, late, S.CANCELLED_BY_CLIENT, start - timedelta(hours=3))
    billing.add_charge(session, ann, "Letter", Decimal("40"), date(2026, 11, 5), TODAY)
    waived = charge_of(session, held(session, bo, date(2026, 11, 6)))
    billing.waive_charge(session, waived.id, "Goodwill", TODAY)
    pay(session, ann, "120", date(2026, 10, 5), "card")
    pay(session, ann, "160", date(2026, 11, 2), "cash")
    pay(session, bo, "80", date(2026, 11, 3), "card")
    pay(session, bo, "60", date(2026, 11, 4), "transfer")
    billing.add_charge(session, bo, "Old debt", Decimal("25"), date(2026, 11, 6), TODAY)
    billing.write_off(session, bo, Decimal("25"), "Hardship", date(2026, 11, 20), TODAY)
    held(session, ann, date(2025, 12, 1))  # another year

    report = billing_reports.income_report(session, 2026)
    october, november = report.months[9], report.months[10]
    assert (october.charged, october.received) == (Decimal("120.00"), Decimal("120.00"))
    assert (november.charged, november.waived) == (Decimal("405.00"), Decimal("80.00"))
    assert (november.received, november.written_off) == (Decimal("300.00"), Decimal("25.00"))
    assert sum(m.charged for m in report.months[:9]) == 0
    assert (report.charged, report.received, report.written_off) == (
        Decimal("445.00"),
        Decimal("420.00"),
        Decimal("25.00"),
    )
    assert [(s.label, s.count, s.amount) for s in report.services] == [
        ("Individual session", 2, Decimal("240.00")),
        ("Couples session", 1, Decimal("80.00")),  # Bo's sliding rate, paid by Bo alone
        ("Other charges", 2, Decimal("65.00")),
        ("Late cancellations", 1, Decimal("60.00")),
    ]
    assert [(m.method, m.count, m.amount) for m in report.methods] == [
        ("card", 2, Decimal("200.00")),
        ("cash", 1, Decimal("160.00")),
        ("transfer", 1, Decimal("60.00")),
    ]


# ---------------------------------------------------------------- the accountant's CSV


def _billed_practice(session: Session) -> tuple[int, str]:
    ann = new_client(session, diagnoses=DIAGNOSES)
    session_charge = charge_of(session, held(session, ann, date(2026, 11, 2)))
    letter, _ = billing.add_charge(
        session, ann, "Letter to the court about custody", Decimal("90"), date(2026, 11, 3), TODAY
    )
    first = invoice(session, ann, (session_charge.id, letter), date(2026, 11, 3))
    pay(session, ann, "100", date(2026, 11, 4), "cheque", reference="Ann Lee cheque 12")
    billing.void_invoice(session, first, "Letter billed separately", date(2026, 11, 5))
    invoice(session, ann, (session_charge.id,), date(2026, 11, 5))
    invoice(session, ann, (letter,), date(2026, 11, 6))
    billing.write_off(session, ann, Decimal("10"), "Rounding with the client", TODAY, TODAY)
    code = billing_reports.statement(session, ann, TODAY, TODAY).client_code
    return ann, code


def test_the_csv_holds_numbers_and_codes_never_names_nor_clinical_content(
    session: Session,
) -> None:
    _, code = _billed_practice(session)
    text = billing_reports.export_csv(session, 2026)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == billing_reports.CSV_COLUMNS
    assert [(r["date"], r["record"], r["number"], r["amount"]) for r in rows] == [
        ("2026-11-03", "invoice", "2026-0001", "210.00"),
        ("2026-11-03", "invoice_line", "2026-0001", "120.00"),
        ("2026-11-03", "invoice_line", "2026-0001", "90.00"),
        ("2026-11-04", "payment", rows[3]["number"], "100.00"),
        ("2026-11-05", "invoice", "2026-0002", "120.00"),
        ("2026-11-05", "invoice_line", "2026-0002", "120.00"),
        ("2026-11-05", "invoice_void", "2026-0001", "-210.00"),
        ("2026-11-06", "invoice", "2026-0003", "90.00"),
        ("2026-11-06", "invoice_line", "2026-0003", "90.00"),
        ("2026-11-27", "write_off", "", "10.00"),
    ]
    assert {r["client_code"] for r in rows} == {code}
    assert rows[0]["status"] == "void"
    assert rows[3]["invoices"] == "2026-0002"  # the void gave it back; the new invoice took it
    assert [r["description"] for r in rows if r["record"] == "invoice_line"] == [
        "Individual session",
        "Other charge",
        "Individual session",
        "Other charge",
    ]
    for secret in (
        "Ann",
        "Lee",
        "F32",
        "F41",
        "custody",
        "court",
        "Rounding",
        "90834",
        "cheque 12",
    ):
        assert secret not in text, secret
    (entry,) = [e for e in audit_entries(session, "billing", 2026) if e.action == "export"]
    assert entry.detail == {"format": "csv", "rows": 10}
    assert billing_reports.export_csv(session, 2025).splitlines() == [
        ",".join(billing_reports.CSV_COLUMNS)
    ]


def test_a_csv_cell_never_starts_a_formula(session: Session) -> None:
    ann = new_client(session)
    individual = service_id(session, ServiceKind.INDIVIDUAL)
    info = calendar.get_service(session, individual)
    calendar.update_service(
        session,
        individual,
        calendar.ServiceInput("=HYPERLINK(1)", info.duration_minutes, info.fee, kind=info.kind),
    )
    charge = charge_of(session, held(session, ann, date(2026, 11, 2)))
    invoice(session, ann, (charge.id,), date(2026, 11, 2))
    text = billing_reports.export_csv(session, 2026)
    assert "'=HYPERLINK(1)" in text and ",=HYPERLINK" not in text


def test_rapport_admin_exports_a_year_of_billing(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    with vault.session() as session:
        open_practice(session)
        _, code = _billed_practice(session)
    vault.lock()
    vault.close()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
        "RAPPORT_WEAK_KDF_FOR_TESTS": "1",
    }
    env.pop("RAPPORT_PASSPHRASE", None)
    out = tmp_path / "billing-2026.csv"
    args = ["export-billing", "--data-dir", str(data_dir), "--year", "2026"]
    written = run_admin([*args, "--out", str(out)], env, PASSPHRASE + "\n")
    assert written.returncode == 0, written.stderr
    assert "Wrote 10 billing record(s) of 2026" in written.stdout
    text = out.read_text(encoding="utf-8")
    assert f",{code}," in text and "Ann" not in text
    printed = run_admin(args, env, PASSPHRASE + "\n")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.replace("\r\n", "\n") == text.replace("\r\n", "\n")
    bad = run_admin(["export-billing", "--data-dir", str(data_dir), "--year", "12"], env, "")
    assert bad.returncode == 2 and "Give a year" in bad.stderr
