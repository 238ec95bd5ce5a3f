"""The Billing area: outstanding balances by age, issuing invoices in one go, the year's reports."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import billing, billing_reports, clients
from app.billing import InvoiceRequest, PaymentInput
from app.errors import ValidationError
from app.models import InvoiceStatus
from tests.app.billing_practice import new_client, open_practice
from ui.billing.page import BillingPage, ChoiceModel, IssueResult, Line, SummaryModel
from ui.main_window import MainWindow

CANARY = ("Quillon", "Zyxwarble")


def _today(window: MainWindow) -> date:
    return window.ctx.today()


def _charge(window: MainWindow, client_id: int, amount: str, day: date) -> int:
    with window.ctx.vault.session() as session:
        charge_id, _ = billing.add_charge(
            session, client_id, "Report", Decimal(amount), day, _today(window)
        )
    return charge_id


def _invoice(window: MainWindow, client_id: int, amount: str, day: date) -> int:
    charge_id = _charge(window, client_id, amount, day)
    with window.ctx.vault.session() as session:
        invoice_id, _ = billing.issue_invoice(
            session, InvoiceRequest(client_id, day, (charge_id,)), _today(window)
        )
    return invoice_id


def _client(window: MainWindow, first: str, last: str) -> int:
    with window.ctx.vault.session() as session:
        return new_client(session, legal_first_name=first, legal_last_name=last)


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    """A practice billing in US dollars."""
    with main_window.ctx.vault.session() as session:
        open_practice(session)
    return main_window


def _open_billing(qtbot: QtBot, window: MainWindow) -> BillingPage:
    window.show_area("Billing")
    page = window.billing
    qtbot.waitUntil(lambda: page.snapshot is not None and page.reports.report is not None)
    return page


def _rows(model: SummaryModel) -> list[list[str]]:
    return [
        [model.text(row, column) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# ---------------------------------------------------------------- models


def test_a_choice_model_ticks_every_client_and_remembers_who_was_unticked() -> None:
    model = ChoiceModel(("Client", "Amount"), [1])
    model.set_lines([Line(("A", "$1"), 1), Line(("B", "$2"), 2)], ("Total", "$3"))
    assert model.rowCount() == 3
    assert model.checked_ids() == [1, 2]
    assert model.data(model.index(2, 0), Qt.ItemDataRole.CheckStateRole) is None
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    model.set_lines([Line(("A", "$1"), 1), Line(("B", "$2"), 2), Line(("C", "$4"), 3)])
    assert model.checked_ids() == [2, 3]
    model.set_all_checked(True)
    assert model.checked_ids() == [1, 2, 3]


# ---------------------------------------------------------------- outstanding


def test_outstanding_ages_each_client_and_totals_them(qtbot: QtBot, window: MainWindow) -> None:
    today = _today(window)
    ann = _client(window, "Ann", "Lee")
    bo = _client(window, "Bo", "Zed")
    part = _invoice(window, bo, "100", today - timedelta(days=100))
    _invoice(window, ann, "80", today - timedelta(days=45))
    with window.ctx.vault.session() as session:
        billing.record_payment(
            session, PaymentInput(bo, Decimal("30"), today, "card", invoice_id=part), today
        )
    _invoice(window, ann, "20", today)
    cy = _client(window, "Cy", "Ahead")
    with window.ctx.vault.session() as session:  # paid in advance, nothing invoiced yet
        billing.record_payment(
            session, PaymentInput(cy, Decimal("60"), today, "card"), today, accept_credit=True
        )

    page = _open_billing(qtbot, window)
    tab = page.outstanding
    assert tab.credits.text() == "In credit: Ahead, Cy (" + _code(window, cy) + ") $60.00."
    rows = _rows(tab.model)
    header = list(tab.HEADERS)
    assert [row[0] for row in rows] == ["Zed, Bo", "Lee, Ann", "Total"]  # the oldest debt first
    bo_row, ann_row, total = rows
    assert ann_row[header.index("31–60 days")] == "$80.00"
    assert ann_row[header.index("0–30 days")] == "$20.00"
    assert ann_row[header.index("Total")] == "$100.00"
    assert bo_row[header.index("90+ days")] == "$70.00"
    assert total[header.index("Total")] == "$170.00"
    assert total[header.index("31–60 days")] == "$80.00"
    assert "Owed by 2 clients: $170.00" in tab.summary.text()

    # Enter on a client opens their record (on its Billing tab, when the record has one).
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    overview = window.clients.overview
    assert window.pages.currentWidget() is window.clients
    assert overview.record is not None and overview.record.id == ann
    names = [overview.tabs.tabText(i).replace("&", "") for i in range(overview.tabs.count())]
    if "Billing" in names:
        assert overview.tabs.tabText(overview.tabs.currentIndex()).replace("&", "") == "Billing"


def test_the_figures_follow_a_payment(qtbot: QtBot, window: MainWindow) -> None:
    today = _today(window)
    ann = _client(window, "Ann", "Lee")
    invoice_id = _invoice(window, ann, "80", today)
    page = _open_billing(qtbot, window)
    assert page.outstanding.model.rowCount() == 2
    with window.ctx.vault.session() as session:
        _, changed = billing.record_payment(
            session, PaymentInput(ann, Decimal("80"), today, "cash", invoice_id=invoice_id), today
        )
    with qtbot.waitSignal(page.sig_loaded):
        window.ctx.bus.publish(changed)
    assert page.outstanding.model.rowCount() == 0
    assert "Nothing is outstanding" in page.outstanding.summary.text()


# ---------------------------------------------------------------- to invoice


def _issue(qtbot: QtBot, page: BillingPage, asked: list[str]) -> IssueResult:
    tab = page.to_invoice
    tab.confirm = lambda question, detail: asked.append(question) or True
    tab.last_result = None
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    assert tab.last_result is not None
    if tab.result_box is not None:
        tab.result_box.close()
    return tab.last_result


def test_issuing_invoices_makes_one_per_ticked_client_with_consecutive_numbers(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.documents.billing_documents.render_invoice", _not_implemented)
    today = _today(window)
    ann = _client(window, "Ann", "Lee")
    bo = _client(window, "Bo", "Zed")
    cy = _client(window, "Cy", "Moss")
    _charge(window, ann, "120", today - timedelta(days=10))
    _charge(window, ann, "60", today - timedelta(days=3))
    _charge(window, bo, "90", today - timedelta(days=5))
    _charge(window, cy, "40", today - timedelta(days=1))
    page = _open_billing(qtbot, window)
    tab = page.to_invoice
    assert tab.select_all.isChecked()
    assert [row.client_id for row in tab.rows] == [ann, bo, cy]
    assert tab.model.text(0, 2) == "2" and tab.model.text(0, 3) == "$180.00"

    tab.model.set_checked(bo, False)
    assert not tab.select_all.isChecked()
    assert tab.issue_button.text() == "Issue 2 invoices…"
    asked: list[str] = []
    result = _issue(qtbot, page, asked)

    year = today.year
    assert result.numbers == (f"{year}-0001", f"{year}-0002")
    assert asked and asked[0].startswith("Issue 2 invoices dated ")
    with window.ctx.vault.session() as session:
        issued = [billing.get_invoice(session, i) for i in result.invoice_ids]
    assert [(i.client_id, i.total, i.issued_on) for i in issued] == [
        (ann, Decimal("180.00"), today),
        (cy, Decimal("40.00"), today),
    ]
    assert all(i.status == InvoiceStatus.ISSUED for i in issued)
    assert [row.client_id for row in tab.rows] == [bo]  # the one left unticked waits
    assert not result.pdfs
    assert tab.status.text() == f"Issued 2 invoices, {year}-0001 to {year}-0002."

    assert not tab.issue_button.isEnabled()  # still unticked
    tab.select_all.click()
    assert tab.issue_button.isEnabled()
    tab.select_all.click()
    assert not tab.issue_button.isEnabled()
    tab.select_all.click()
    result = _issue(qtbot, page, asked)
    assert result.numbers == (f"{year}-0003",)
    assert tab.rows == ()
    assert tab.model.rowCount() == 0
    assert not tab.issue_button.isEnabled()


def test_money_paid_in_advance_is_shown_and_taken_by_the_invoice(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _today(window)
    ann = _client(window, "Ann", "Lee")
    bo = _client(window, "Bo", "Zed")
    _charge(window, ann, "120", today)
    _charge(window, bo, "90", today)
    with window.ctx.vault.session() as session:
        billing.record_payment(
            session, PaymentInput(ann, Decimal("200"), today, "card"), today, accept_credit=True
        )
    page = _open_billing(qtbot, window)
    tab = page.to_invoice
    assert not tab.view.isColumnHidden(tab.COL_CREDIT)
    assert [tab.model.text(row, tab.COL_CREDIT) for row in range(2)] == ["$200.00", ""]
    result = _issue(qtbot, page, [])
    with window.ctx.vault.session() as session:
        first = billing.get_invoice(session, result.invoice_ids[0])
    assert (first.client_id, first.total, first.due) == (ann, Decimal("120.00"), Decimal(0))
    assert tab.view.isColumnHidden(tab.COL_CREDIT)
    assert [r[0] for r in _rows(page.outstanding.model)] == ["Zed, Bo", "Total"]


def test_declining_the_question_issues_nothing(qtbot: QtBot, window: MainWindow) -> None:
    ann = _client(window, "Ann", "Lee")
    _charge(window, ann, "120", _today(window))
    page = _open_billing(qtbot, window)
    page.to_invoice.confirm = lambda question, detail: False
    page.to_invoice.issue_selected()
    with window.ctx.vault.session() as session:
        assert billing.client_invoices(session, ann) == []
    assert len(page.to_invoice.rows) == 1


def test_one_refusal_issues_no_invoice_at_all(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = _today(window)
    ann = _client(window, "Ann", "Lee")
    bo = _client(window, "Bo", "Zed")
    _charge(window, ann, "120", today)
    _charge(window, bo, "90", today)
    page = _open_billing(qtbot, window)
    real = billing.issue_invoice

    def refuse_bo(session: object, request: InvoiceRequest, day: date) -> object:
        if request.client_id == bo:
            raise ValidationError({"charge_ids": "An invoice needs something to pay."})
        return real(session, request, day)  # type: ignore[arg-type]

    monkeypatch.setattr("ui.billing.page.billing.issue_invoice", refuse_bo)
    tab = page.to_invoice
    tab.confirm = lambda question, detail: True
    tab.issue_selected()
    qtbot.waitUntil(lambda: "No invoice was issued" in tab.status.text())
    assert "Zed" in tab.status.text()
    with window.ctx.vault.session() as session:
        assert billing.client_invoices(session, ann) == []
        assert len(billing_reports.to_invoice(session)) == 2


def _not_implemented(*_args: object) -> bytes:
    raise NotImplementedError


def test_issued_invoices_can_be_saved_as_pdfs_named_by_code(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        "app.documents.billing_documents.render_invoice",
        lambda _p, _s, invoice, _t: b"%PDF " + invoice.number.encode(),
    )
    today = _today(window)
    ann = _client(window, *CANARY)
    bo = _client(window, "Bo", "Zed")
    _charge(window, ann, "120", today)
    _charge(window, bo, "90", today)
    page = _open_billing(qtbot, window)
    tab = page.to_invoice
    result = _issue(qtbot, page, [])
    assert result.pdfs
    with qtbot.waitSignal(tab.sig_saved, timeout=10_000) as saved:
        tab.save_pdfs(result.invoice_ids, tmp_path)
    paths = saved.args[0]
    assert len(paths) == 2 and all(p.parent == tmp_path for p in paths)
    with window.ctx.vault.session() as session:
        codes = [billing.get_invoice(session, i).client_code for i in result.invoice_ids]
    for path, code, number in zip(paths, codes, result.numbers, strict=True):
        assert code in path.name and number in path.name
        assert path.read_bytes() == b"%PDF " + number.encode()
    names = " ".join(p.name for p in tmp_path.iterdir())
    assert CANARY[0] not in names and CANARY[1] not in names
    assert "Saved 2 invoices" in tab.status.text()


def test_the_result_offers_pdfs_only_when_they_can_be_made(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.documents.billing_documents.render_invoice", lambda *_a: b"%PDF")
    ann = _client(window, "Ann", "Lee")
    _charge(window, ann, "120", _today(window))
    page = _open_billing(qtbot, window)
    tab = page.to_invoice
    tab.confirm = lambda question, detail: True
    with qtbot.waitSignal(tab.sig_issued, timeout=10_000):
        tab.issue_selected()
    box = tab.result_box
    assert isinstance(box, QMessageBox)
    assert "Save all as PDFs…" in [b.text() for b in box.buttons()]
    box.close()


# ---------------------------------------------------------------- reports


def test_the_reports_show_the_year_as_the_core_computes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _today(window)
    last_year = today.year - 1
    ann = _client(window, "Ann", "Lee")
    _invoice(window, ann, "120", date(last_year, 3, 4))
    _invoice(window, ann, "80", date(last_year, 11, 20))
    with window.ctx.vault.session() as session:
        billing.record_payment(
            session, PaymentInput(ann, Decimal("150"), date(last_year, 11, 21), "cash"), today
        )
    page = _open_billing(qtbot, window)
    reports = page.reports
    with qtbot.waitSignal(reports.sig_loaded):
        reports.year.setValue(last_year)
    assert reports.report is not None and reports.report.year == last_year
    with window.ctx.vault.session() as session:
        expected = billing_reports.income_report(session, last_year)
    rows = _rows(reports.months)
    assert len(rows) == 13 and rows[-1][0] == "Total"
    for row, month in zip(rows, expected.months, strict=False):
        assert row[1] == ("—" if not month.charged else f"${month.charged:,.2f}")
        assert row[3] == ("—" if not month.received else f"${month.received:,.2f}")
    assert rows[2][0] == "March" and rows[2][1] == "$120.00"
    assert rows[-1][1:4] == ["$200.00", "—", "$150.00"]
    assert _rows(reports.services) == [
        ["Other charges", "2", "$200.00"],
        ["Total", "2", "$200.00"],
    ]
    assert _rows(reports.methods) == [["Cash", "1", "$150.00"], ["Total", "1", "$150.00"]]


def test_the_accountants_csv_holds_no_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    today = _today(window)
    ann = _client(window, *CANARY)
    invoice_id = _invoice(window, ann, "120", today)
    with window.ctx.vault.session() as session:
        billing.record_payment(
            session, PaymentInput(ann, Decimal("120"), today, "card", invoice_id=invoice_id), today
        )
        code = billing.get_invoice(session, invoice_id).client_code
    page = _open_billing(qtbot, window)
    reports = page.reports
    with qtbot.waitSignal(reports.sig_exported, timeout=10_000) as exported:
        reports.export_csv(tmp_path / f"Rapport billing {today.year}")
    path = exported.args[0]
    assert path == tmp_path / f"Rapport billing {today.year}.csv"
    text = path.read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["record"] for r in rows} == {"invoice", "invoice_line", "payment"}
    assert {r["client_code"] for r in rows} == {code}
    assert CANARY[0] not in text and CANARY[1] not in text
    assert "no names" in reports.status.text()
    assert not list(tmp_path.glob(".*.tmp"))


# ---------------------------------------------------------------- the area


def test_ctrl_7_opens_billing(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), BillingPage))
    assert window.navigation.currentItem().text() == "Billing"


def _code(window: MainWindow, client_id: int) -> str:
    with window.ctx.vault.session() as session:
        return clients.get_client(session, client_id, _today(window)).data.code
