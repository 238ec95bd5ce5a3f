"""Settings → Billing: the currency and how amounts are written, payment terms, tax id and NPI.

The currency cannot change once anything has been billed (every stored amount
is in its minor unit): the core refuses it, and the field says so up front.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import billing
from app.billing import MAX_TAX_ID, PAYMENT_TERMS_RANGE, BillingSettings
from app.changes import Changed
from app.errors import ValidationError
from app.money import currency_digits, format_money, is_currency, is_locale
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.forms import FieldErrors, counted_suffix
from ui.widgets.labels import text_label

#: The currencies offered first (any other ISO code already set is kept and shown too).
COMMON_CURRENCIES = (
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN",
    "CZK", "HUF", "RON", "ILS", "ZAR", "INR", "SGD", "HKD", "JPY", "KRW", "MXN", "BRL",
    "ARS", "CLP", "COP",
)  # fmt: skip
#: Languages and regions amounts can be written in.
COMMON_LOCALES = (
    "en_US", "en_GB", "en_CA", "en_AU", "en_NZ", "en_IE", "en_ZA", "en_IN", "en_SG",
    "fr_FR", "fr_CA", "fr_BE", "fr_CH", "de_DE", "de_AT", "de_CH", "it_IT", "it_CH",
    "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_US", "pt_PT", "pt_BR", "nl_NL",
    "nl_BE", "sv_SE", "nb_NO", "da_DK", "fi_FI", "is_IS", "pl_PL", "cs_CZ", "hu_HU",
    "ro_RO", "he_IL", "ja_JP", "ko_KR",
)  # fmt: skip
EXAMPLE_AMOUNT = Decimal("1234.50")
NPI_LENGTH = 10
FIELD_WIDTH = 380


def _window_language() -> str:
    """The window's locale, as Babel names it (English if Babel does not know it)."""
    name = QLocale().name()
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return "en"
    return name


def currency_label(code: str) -> str:
    return f"{code} — {get_currency_name(code, locale=_window_language())}"


def locale_label(name: str) -> str:
    return f"{Locale.parse(name).get_display_name(_window_language())} — {name}"


class BillingSettingsPage(QWidget):
    """The billing settings form; each problem the core finds is shown under its field."""

    sig_money_format_changed = Signal()
    """The currency or the locale changed (the consent form's currency symbol follows it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = BillingSettings()
        self.errors = FieldErrors()
        self.currency = QComboBox()
        self.currency.setAccessibleName(tr("Currency"))
        self.currency.setMaximumWidth(FIELD_WIDTH)
        self.currency_lock = text_label("")
        self.currency_lock.hide()
        self.amount_locale = QComboBox()
        self.amount_locale.setAccessibleName(tr("Language and region for amounts"))
        self.amount_locale.setMaximumWidth(FIELD_WIDTH)
        self.example = QLabel()
        self.example.setObjectName("hint")
        self.terms = QSpinBox()
        self.terms.setRange(*PAYMENT_TERMS_RANGE)
        counted_suffix(self.terms, lambda n: tr(" day(s)", "", n))
        self.terms.setSpecialValueText(tr("On receipt"))
        self.terms.setMaximumWidth(140)
        self.tax_id = QLineEdit()
        self.tax_id.setMaxLength(MAX_TAX_ID)
        self.tax_id.setPlaceholderText(tr("e.g. 12-3456789 (optional)"))
        self.tax_id.setMaximumWidth(260)
        self.npi = QLineEdit()
        self.npi.setValidator(QRegularExpressionValidator(r"[0-9]{0,10}"))
        self.npi.setPlaceholderText(tr("10 digits (optional)"))
        self.npi.setMaximumWidth(260)
        self.npi.textChanged.connect(self._check_npi)
        self.npi_check = QLabel()
        self.npi_check.setObjectName("hint")
        self.save_button = QPushButton(tr("Save billing settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.status = text_label("")
        self.currency.currentIndexChanged.connect(self._show_example)
        self.amount_locale.currentIndexChanged.connect(self._show_example)

        currency_box = QWidget()
        currency_column = QVBoxLayout(currency_box)
        currency_column.setContentsMargins(0, 0, 0, 0)
        currency_column.addWidget(self.currency)
        currency_column.addWidget(self.currency_lock)
        locale_box = QWidget()
        locale_column = QVBoxLayout(locale_box)
        locale_column.setContentsMargins(0, 0, 0, 0)
        locale_column.addWidget(self.amount_locale)
        locale_column.addWidget(self.example)
        npi_box = QWidget()
        npi_column = QVBoxLayout(npi_box)
        npi_column.setContentsMargins(0, 0, 0, 0)
        npi_column.addWidget(self.npi)
        npi_column.addWidget(self.npi_check)
        form = QFormLayout()
        self.errors.add_row(form, tr("Currency"), "currency", currency_box)
        self.errors.add_row(form, tr("Amount format"), "locale", locale_box)
        self.errors.add_row(form, tr("Invoices due within"), "payment_terms_days", self.terms)
        self.errors.add_row(form, tr("Tax id (EIN)"), "tax_id", self.tax_id)
        self.errors.add_row(form, tr("NPI"), "npi", npi_box)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "How invoices, receipts, statements and superbills write amounts, when an "
                    "invoice is due, and the identifiers an insurer looks for on a superbill: "
                    "your tax id (an EIN or, without one, your own tax number) and, in the "
                    "United States, your National Provider Identifier."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        ctx.bus.sig_changed.connect(
            lambda changed: self._update_lock() if changed & Changed.BILLING else None
        )
        self.load()

    # ------------------------------------------------------------- reading

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            self.saved = billing.billing_settings(session)
            lock = tr(billing.CURRENCY_LOCKED) if billing.currency_locked(session) else ""
        self._fill_choices(self.saved)
        self.terms.setValue(self.saved.payment_terms_days)
        self.tax_id.setText(self.saved.tax_id)
        self.npi.setText(self.saved.npi)
        self.errors.clear()
        self._show_lock(lock)
        self._show_example()

    def _fill_choices(self, settings: BillingSettings) -> None:
        for combo, codes, label, current in (
            (self.currency, COMMON_CURRENCIES, currency_label, settings.currency),
            (self.amount_locale, COMMON_LOCALES, locale_label, settings.locale),
        ):
            combo.blockSignals(True)
            combo.clear()
            shown = sorted(
                {*codes, current} if current else set(codes), key=lambda c: label(c).lower()
            )
            for code in shown:
                combo.addItem(label(code), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _update_lock(self) -> None:
        with self.ctx.vault.session() as session:
            self._show_lock(tr(billing.CURRENCY_LOCKED) if billing.currency_locked(session) else "")

    def _show_lock(self, reason: str) -> None:
        self.currency.setEnabled(not reason)
        self.currency_lock.setText(
            tr("{reason} Every amount in this practice file is kept in {currency}.").format(
                reason=reason, currency=self.saved.currency
            )
            if reason
            else ""
        )
        self.currency_lock.setVisible(bool(reason))

    def _show_example(self) -> None:
        currency, locale = self.currency.currentData(), self.amount_locale.currentData()
        if not (currency and locale and is_currency(currency) and is_locale(locale)):
            self.example.clear()
            return
        example = format_money(EXAMPLE_AMOUNT, currency, locale)
        self.example.setText(
            tr("For example: {amount} (no decimals in this currency)").format(amount=example)
            if currency_digits(currency) == 0
            else tr("For example: {amount}").format(amount=example)
        )

    def _check_npi(self, text: str) -> None:
        if len(text) < NPI_LENGTH:
            self.npi_check.setObjectName("hint")
            self.npi_check.setText("")
        elif billing.npi_is_valid(text):
            self.npi_check.setObjectName("ok")
            self.npi_check.setText(tr("A valid NPI."))
        else:
            self.npi_check.setObjectName("warning")
            self.npi_check.setText(
                tr(
                    "The last digit does not match the others: please check the number "
                    "against your NPPES record."
                )
            )
        self.npi_check.setStyle(self.npi_check.style())

    def value(self) -> BillingSettings:
        return BillingSettings(
            currency=str(self.currency.currentData() or ""),
            locale=str(self.amount_locale.currentData() or ""),
            payment_terms_days=self.terms.value(),
            tax_id=self.tax_id.text(),
            npi=self.npi.text(),
        )

    # ------------------------------------------------------------- saving

    def save(self) -> bool:
        settings = self.value()
        before = self.saved
        try:
            with self.ctx.vault.session() as session:
                changed = billing.set_billing_settings(session, settings)
        except ValidationError as exc:
            unplaced = self.errors.show(exc.problems)
            if "npi" in exc.problems:  # the core's message says it; once is enough
                self.npi_check.clear()
            message = tr("Nothing was saved: please correct the fields marked in red.")
            self._show_status(" ".join([message, *unplaced]), "formError")
            return False
        self.errors.clear()
        self.load()
        self._show_status(tr("Saved.") if changed else tr("Nothing had changed."), "ok")
        self.ctx.bus.publish(changed)
        if (before.currency, before.locale) != (self.saved.currency, self.saved.locale):
            self.sig_money_format_changed.emit()
        return True

    def _show_status(self, text: str, kind: str) -> None:
        self.status.setObjectName(kind)
        self.status.setStyle(self.status.style())
        self.status.setText(text)
