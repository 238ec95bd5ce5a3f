"""Billing words and amounts as the screens read and write them (no window needed)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.billing import Balance, BillingSettings, InvoiceSummary
from app.models import InvoiceStatus
from ui.billing.dialogs import amount_text, method_label, parse_money
from ui.clients.billing_tab import InvoicesModel, balance_words

US = BillingSettings()
GERMANY = BillingSettings(currency="EUR", locale="de_DE")
JAPAN = BillingSettings(currency="JPY", locale="ja_JP")
TODAY = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("text", "settings", "amount"),
    [
        ("85", US, "85.00"),
        ("85.5", US, "85.50"),
        ("$1,200.50", US, "1200.50"),
        (" 1,200 ", US, "1200.00"),
        ("1.200,50 €", GERMANY, "1200.50"),
        ("85,50", GERMANY, "85.50"),
        ("85.50", GERMANY, "85.50"),
        ("1.200", GERMANY, "1200.00"),
        ("¥8,000", JAPAN, "8000"),
        ("-20", US, "-20.00"),  # the core says why it cannot be negative
    ],
)
def test_amounts_are_read_as_the_practice_writes_them(
    text: str, settings: BillingSettings, amount: str
) -> None:
    assert parse_money(text, settings) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "settings", "message"),
    [
        ("", US, "Enter an amount."),
        ("twelve", US, "Enter an amount such as 85.00."),
        ("12x", GERMANY, "Enter an amount such as 85,00."),
        ("1.2.3", US, "Enter an amount such as 85.00."),
        ("85.505", US, "Use at most 2 digits after the decimal point."),
        ("85.5", JAPAN, "Use whole amounts, without a decimal point."),
    ],
)
def test_what_is_not_an_amount_is_explained(
    text: str, settings: BillingSettings, message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace(".", r"\.")):
        parse_money(text, settings)


def test_amounts_are_offered_in_the_practice_locale() -> None:
    assert amount_text(Decimal("1234.5"), US) == "1,234.50"
    assert amount_text(Decimal("1234.5"), GERMANY) == "1.234,50"
    assert amount_text(Decimal(8000), JAPAN) == "8,000"
    assert method_label("cheque", "en_US") == "Check"
    assert method_label("cheque", "en_GB") == "Cheque"


def _account(**amounts: str) -> Balance:
    values = {
        name: Decimal(amounts.get(name, "0"))
        for name in ("charged", "waived", "paid", "written_off", "uninvoiced", "due", "unapplied")
    }
    return Balance(client_id=1, currency="USD", **values)


def _invoice(
    number: str, issued_on: date, total: str, due: str, void: bool = False
) -> InvoiceSummary:
    return InvoiceSummary(
        id=int(number[-1]),
        number=number,
        issued_on=issued_on,
        due_on=date.fromordinal(issued_on.toordinal() + 14),
        payer_name="Ann Lee",
        total=Decimal(total),
        due=Decimal(due),
        status=InvoiceStatus.VOID if void else InvoiceStatus.ISSUED,
    )


def test_the_balance_in_words() -> None:
    invoices = [
        _invoice("2027-0003", date(2027, 2, 20), "120", "120"),
        _invoice("2027-0002", date(2027, 1, 15), "120", "120"),
        _invoice("2027-0001", date(2027, 1, 10), "120", "0", void=True),
    ]
    owes = _account(charged="360", paid="0", uninvoiced="120", due="240")
    assert balance_words(owes, invoices, US, TODAY) == (
        "Owes $360.00: $240.00 due on 2 invoices, oldest 45 days; $120.00 not invoiced yet",
        "1 invoice overdue · In all: charged $360.00, paid $0.00",
    )
    all_invoiced = _account(charged="240", paid="0", due="240")
    assert balance_words(all_invoiced, invoices, US, TODAY)[0] == (
        "Owes $240.00 — 2 invoices due, oldest 45 days"
    )
    half = _account(charged="240", paid="0", uninvoiced="120", due="120")
    one_today = [_invoice("2027-0004", TODAY, "120", "120")]
    assert balance_words(half, one_today, US, TODAY)[0] == (
        "Owes $240.00: $120.00 due on 1 invoice issued today; $120.00 not invoiced yet"
    )
    credit = _account(charged="120", paid="170", unapplied="50")
    assert balance_words(credit, [], US, TODAY) == (
        "In credit $50.00",
        "$50.00 paid ahead, taken off the next invoice · In all: charged $120.00, paid $170.00",
    )
    assert balance_words(_account(), [], US, TODAY) == ("Nothing owed", "")
    waived = _account(charged="100", waived="100")
    assert balance_words(waived, [], US, TODAY)[1] == (
        "In all: charged $100.00, paid $0.00, waived $100.00"
    )


def test_the_invoices_model_says_where_each_invoice_stands() -> None:
    model = InvoicesModel()
    model.written_off = {5: Decimal(20)}
    model.set_rows(
        [
            _invoice("2027-0005", date(2027, 2, 26), "120", "0"),
            _invoice("2027-0004", date(2027, 2, 25), "120", "20"),
            _invoice("2027-0003", date(2027, 2, 1), "120", "120"),
            _invoice("2027-0002", date(2027, 1, 15), "120", "0"),
            _invoice("2027-0001", date(2027, 1, 10), "120", "0", void=True),
        ],
        US,
        TODAY,
    )
    assert model.rowCount() == 5 and model.columnCount() == 7
    statuses = [model.text(row, 6) for row in range(5)]
    assert statuses[0] == "Paid · $20.00 written off"
    assert statuses[1].startswith("Part paid · due ")
    assert statuses[2].startswith("Overdue since ")
    assert statuses[3:] == ["Paid", "VOID"]
    assert [model.text(4, column) for column in (3, 4, 5)] == ["$120.00", "—", "—"]
    assert model.text(0, 4) == "$100.00"  # paid: what was not written off
    assert model.text(1, 4) == "$100.00"
    assert model.row_of(3) == 2 and model.row_of(99) == -1
