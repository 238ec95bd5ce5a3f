"""Settings → Billing: currency and locale, payment terms, tax id and NPI, checked by the core."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from app import billing
from app.changes import Changed
from app.practice import fee_policy
from tests.app.billing_practice import new_client
from ui.main_window import MainWindow
from ui.settings.billing_page import BillingSettingsPage

VALID_NPI = "1234567893"  # CMS's example: the check digit fits
WRONG_NPI = "1234567890"


@pytest.fixture
def page(main_window: MainWindow) -> BillingSettingsPage:
    main_window.show_area("Settings")
    main_window.settings.show_tab("billing")
    return main_window.settings.billing


def _choose(combo: object, code: str) -> None:
    index = combo.findData(code)  # type: ignore[attr-defined]
    assert index >= 0, code
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_an_npi_with_a_wrong_check_digit_is_refused_and_a_valid_one_saved(
    qtbot: QtBot, page: BillingSettingsPage
) -> None:
    qtbot.keyClicks(page.npi, WRONG_NPI)
    assert "does not match" in page.npi_check.text()
    assert not page.save()
    assert "check digit" in page.errors.message("npi")
    assert "Nothing was saved" in page.status.text()
    with page.ctx.vault.session() as session:
        assert billing.billing_settings(session).npi == ""

    page.npi.clear()
    qtbot.keyClicks(page.npi, VALID_NPI)
    assert page.npi_check.text() == "A valid NPI."
    page.tax_id.setText("12-3456789")
    page.terms.setValue(30)
    assert page.save()
    assert page.errors.message("npi") == ""
    with page.ctx.vault.session() as session:
        saved = billing.billing_settings(session)
    assert (saved.npi, saved.tax_id, saved.payment_terms_days) == (VALID_NPI, "12-3456789", 30)


def test_the_example_follows_currency_and_locale_and_the_consent_symbol_too(
    page: BillingSettingsPage, main_window: MainWindow
) -> None:
    assert page.currency.isEnabled()
    _choose(page.currency, "EUR")
    _choose(page.amount_locale, "de_DE")
    assert page.example.text() == "For example: 1.234,50\xa0€"
    _choose(page.currency, "JPY")
    assert "no decimals" in page.example.text()
    _choose(page.currency, "EUR")
    assert page.save()
    with page.ctx.vault.session() as session:
        saved = billing.billing_settings(session)
        symbol = fee_policy(session).currency_symbol
    assert (saved.currency, saved.locale, symbol) == ("EUR", "de_DE", "€")
    assert main_window.settings.consent.fees.fields["currency_symbol"].text() == "€"


def test_the_currency_is_locked_once_anything_is_billed(page: BillingSettingsPage) -> None:
    with page.ctx.vault.session() as session:
        client_id = new_client(session)
        _, changed = billing.add_charge(
            session, client_id, "Report", Decimal("50"), page.ctx.today(), page.ctx.today()
        )
    page.ctx.bus.publish(changed | Changed.BILLING)
    assert not page.currency.isEnabled()
    assert "cannot change once anything has been billed" in page.currency_lock.text()
    assert page.currency_lock.isVisibleTo(page)

    # Were the field forced, the core would still refuse, and say so next to it.
    _choose(page.currency, "GBP")
    assert not page.save()
    assert "cannot change" in page.errors.message("currency")
    with page.ctx.vault.session() as session:
        assert billing.billing_settings(session).currency == "USD"
    # The rest can still change.
    page.load()
    _choose(page.amount_locale, "en_GB")
    assert page.save()
    with page.ctx.vault.session() as session:
        assert billing.billing_settings(session).locale == "en_GB"
