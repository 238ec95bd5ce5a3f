"""The forms that change a client's account: invoice, payment, charge, waiver, write-off, voids.

Each form forwards the clinician's intent to ``app.billing`` and shows every
refusal next to its field; a refused form stays open with everything typed
in it. A change is published on the bus (``Changed.BILLING`` and whatever
else the core says) so that every view refreshes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import billing, money
from app.billing import (
    BillingSettings,
    ChargeView,
    InvoiceRequest,
    InvoiceSummary,
    Payer,
    PaymentInput,
    PaymentView,
)
from app.changes import Changed
from app.errors import RapportError, ValidationError
from app.models import InvoiceStatus, PaymentKind, PaymentMethod
from app.words import said, translated
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.date_edit import display_format
from ui.widgets.forms import FieldErrors, set_lines_high
from ui.widgets.labels import text_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: Amounts and dates are short: their fields do not stretch across the form.
FIELD_WIDTH = 180


# ---------------------------------------------------------------- words


_METHODS: dict[str, str] = {
    PaymentMethod.CASH: marked("Cash"),
    PaymentMethod.CARD: marked("Card"),
    PaymentMethod.CHEQUE: marked("Cheque"),
    PaymentMethod.TRANSFER: marked("Bank transfer"),
    PaymentMethod.OTHER: marked("Other"),
}


def method_label(method: str, locale: str = "en_US") -> str:
    """How a payment method reads: "Card", "Check" (in the US) or "Cheque" …"""
    if method == PaymentMethod.CHEQUE and locale.endswith("_US"):
        return tr("Check", "payment method")
    return tr(_METHODS[method]) if method in _METHODS else method


def payer_label(payer: Payer) -> str:
    """ "Ann Lee (the client)" or "Dana Park — mother, pays, can consent"."""
    if payer.guardian_id is None:
        return tr("{name} (the client)").format(name=payer.name)
    relation = payer.relation or tr("guardian")
    if payer.pays and payer.can_consent:
        text = tr("{name} — {relation}, pays, can consent")
    elif payer.pays:
        text = tr("{name} — {relation}, pays")
    elif payer.can_consent:
        text = tr("{name} — {relation}, can consent")
    else:
        text = tr("{name} — {relation}")
    return text.format(name=payer.name, relation=relation)


def charge_line(charge: ChargeView, settings: BillingSettings) -> str:
    amount = settings.format(charge.amount)
    return f"{format_date(charge.on_date)} · {charge.description} · {amount}"


# ---------------------------------------------------------------- amounts


def amount_text(amount: Decimal, settings: BillingSettings) -> str:
    """An amount as the clinician would type it (``1,234.50``, ``1.234,50``), no symbol."""
    return money.amount_text(amount, settings.locale, settings.digits)


def parse_money(text: str, settings: BillingSettings) -> Decimal:
    """What was typed in an amount field, in the practice's locale and currency."""
    return money.parse_money(text, settings.locale, settings.currency, settings.digits)


class MoneyEdit(QLineEdit):
    """An amount in the practice's currency, typed as the practice's locale writes it."""

    def __init__(self, settings: BillingSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setAlignment(RIGHT)
        self.setMaximumWidth(FIELD_WIDTH)
        self.setPlaceholderText(amount_text(Decimal(0), settings))

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else amount_text(amount, self.settings))

    def amount(self) -> Decimal:
        """The amount typed; ValueError with a message if it is not one."""
        return parse_money(self.text(), self.settings)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    """A day, shown with the month as a word, with a calendar to pick from."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(_qdate(day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format())
        self.setMaximumWidth(FIELD_WIDTH)

    def value(self) -> date:
        return _day(self.date())

    def set_value(self, day: date) -> None:
        self.setDate(_qdate(day))


def _reason_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    set_lines_high(edit, 4.5)
    return edit


# ---------------------------------------------------------------- the form


class BillingForm(QDialog):
    """A small billing form: its action button, each refusal under its field, nothing lost.

    Subclasses build their fields with :meth:`add_field` and implement
    :meth:`submit`, which hands a change to :meth:`apply`.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        action: str,
        parent: QWidget | None = None,
        destructive: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.changed = Changed.NOTHING
        #: The refusals shown now, by field.
        self.problems: dict[str, str] = {}
        self.errors = FieldErrors()
        self.intro = QVBoxLayout()
        self.intro.setSpacing(6)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = text_label("", "formError")
        self.message.hide()
        self.action_button = QPushButton(action)
        self.action_button.setObjectName("danger" if destructive else "primary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Default only once inside the dialog: Enter then presses it, not Cancel.
        self.action_button.setDefault(True)

    def add_text(self, text: str, kind: str = "hint") -> QLabel:
        label = text_label(text, kind)
        self.intro.addWidget(label)
        return label

    def add_field(self, caption: str, name: str, field: QWidget) -> None:
        self.errors.add_row(self.form, caption, name, field)

    def submit(self) -> None:
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each problem under its field; those without a field above the buttons."""
        self.problems = dict(problems)
        unplaced = self.errors.show(problems)
        self.message.setText("\n".join(unplaced))
        self.message.setVisible(bool(unplaced))
        self.fit()

    def fit(self) -> None:
        """Grow (never shrink) so that every message shown can be read whole."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (
            self.heightForWidth(self.width())
            if self.hasHeightForWidth()
            else self.sizeHint().height()
        )
        self.resize(self.width(), max(self.height(), needed))

    def clear_problems(self) -> None:
        self.problems = {}
        self.errors.clear()
        self.message.clear()
        self.message.hide()

    def apply(
        self, change: Callable[[Session], Changed], ours: dict[str, str] | None = None
    ) -> bool:
        """Run ``change`` in one transaction; on success close and tell every view.

        ``ours``: problems the form found itself (an amount it could not read);
        they take the place of the core's words for the same fields.
        """
        self.clear_problems()
        try:
            with self.ctx.vault.session() as session:
                changed = change(session)
        except ValidationError as exc:
            self.show_problems({**exc.problems, **(ours or {})})
            return False
        except RapportError as exc:
            self.show_problems({"": exc.message})
            return False
        self.changed = changed | Changed.BILLING
        self.accept()
        self.ctx.bus.publish(self.changed)
        return True


def _amount_or_problem(edit: MoneyEdit, problems: dict[str, str]) -> Decimal:
    """The amount typed, or NaN with the problem noted.

    NaN is refused by the core ("Enter an amount"), so the form still sends
    everything else and shows every refusal at once; ours replaces its words.
    """
    try:
        return edit.amount()
    except ValueError as exc:
        problems["amount"] = translated(said(exc))  # shown as it is
        return Decimal("NaN")


# ---------------------------------------------------------------- invoice


class NewInvoiceDialog(BillingForm):
    """Issue an invoice: the charges not invoiced yet (all ticked) or a period; payer; date."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("New invoice"), tr("Issue invoice"), parent)
        self.client_id = client_id
        self.invoice_id: int | None = None
        today = ctx.today()
        with ctx.vault.session() as session:
            self.settings = billing.billing_settings(session)
            self.charges = list(reversed(billing.client_charges(session, client_id, True)))
            self.payers = billing.payers(session, client_id)
        self.setMinimumWidth(620)

        self.by_charges = QRadioButton(tr("These charges"))
        self.by_period = QRadioButton(tr("Every charge not invoiced yet, from"))
        self.by_charges.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_charges)
        group.addButton(self.by_period)
        self.table = QTableWidget(len(self.charges), 3)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("What"), tr("Amount")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Space ticks a row; Tab goes on to the buttons
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setAccessibleName(tr("Charges to invoice"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, charge in enumerate(self.charges):
            when = QTableWidgetItem(format_date(charge.on_date))
            when.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            when.setCheckState(Qt.CheckState.Checked)
            what = QTableWidgetItem(charge.description)
            amount = QTableWidgetItem(self.settings.format(charge.amount))
            amount.setTextAlignment(RIGHT)
            for column, item in enumerate((when, what, amount)):
                self.table.setItem(row, column, item)
        self.table.setMinimumHeight(min(260, 60 + 30 * max(1, len(self.charges))))
        self.table.itemChanged.connect(lambda _item: self._update_total())
        first = min((c.on_date for c in self.charges), default=today)
        self.period_start = DateField(first)
        self.period_end = DateField(today)
        for edit in (self.period_start, self.period_end):
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._update_total())
            self.by_period.toggled.connect(edit.setEnabled)
        self.by_period.toggled.connect(self.table.setDisabled)
        self.by_period.toggled.connect(lambda _on: self._update_total())
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.by_period, 0, Qt.AlignmentFlag.AlignTop)
        period.addWidget(self.errors.wrap("period_start", self.period_start))
        period.addWidget(QLabel(tr("to")), 0, Qt.AlignmentFlag.AlignTop)
        period.addWidget(self.errors.wrap("period_end", self.period_end))
        period.addStretch(1)
        period_row = QWidget()
        period_row.setLayout(period)

        self.payer = QComboBox()
        for payer in self.payers:
            self.payer.addItem(payer_label(payer), payer.guardian_id)
        self.issued_on = DateField(today)
        self.total = QLabel()
        self.total.setObjectName("cardTitle")

        if not self.charges:
            self.add_text(
                tr("Nothing waits to be invoiced: every charge is on an invoice or waived.")
            )
            self.action_button.setEnabled(False)
        self.intro.addWidget(self.by_charges)
        self.intro.addWidget(self.errors.wrap("charge_ids", self.table))
        self.intro.addWidget(period_row)
        self.add_field(tr("Addressed to"), "guardian_id", self.payer)
        self.add_field(tr("Invoice date"), "issued_on", self.issued_on)
        self.form.addRow(tr("Total"), self.total)
        terms = text_label(
            tr(
                "Payment is asked within %n day(s); any credit the client has is taken off at "
                "once. An issued invoice never changes: to correct one, void it and issue a new "
                "one.",
                "",
                self.settings.payment_terms_days,
            )
        )
        self.form.addRow(terms)
        self._update_total()

    def chosen_charges(self) -> list[ChargeView]:
        """The charges the invoice would take, as the form stands."""
        if self.by_period.isChecked():
            start, end = self.period_start.value(), self.period_end.value()
            return [c for c in self.charges if start <= c.on_date <= end]
        return [
            charge
            for row, charge in enumerate(self.charges)
            if (item := self.table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, charge_ids: Sequence[int]) -> None:
        """Tick exactly these charges."""
        wanted = set(charge_ids)
        for row, charge in enumerate(self.charges):
            item = self.table.item(row, 0)
            if item is not None:
                on = charge.id in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_total(self) -> None:
        chosen = self.chosen_charges()
        amount = sum((c.amount for c in chosen), Decimal(0))
        self.total.setText(
            tr("{amount}  (%n charge(s))", "", len(chosen)).format(
                amount=self.settings.format(amount)
            )
        )

    def request(self) -> InvoiceRequest:
        by_period = self.by_period.isChecked()
        return InvoiceRequest(
            client_id=self.client_id,
            issued_on=self.issued_on.value(),
            charge_ids=() if by_period else tuple(c.id for c in self.chosen_charges()),
            period_start=self.period_start.value() if by_period else None,
            period_end=self.period_end.value() if by_period else None,
            guardian_id=self.payer.currentData(),
        )

    def submit(self) -> None:
        request = self.request()
        today = self.ctx.today()

        def issue(session: Session) -> Changed:
            self.invoice_id, changed = billing.issue_invoice(session, request, today)
            return changed

        self.apply(issue)


# ---------------------------------------------------------------- payment


class PaymentDialog(BillingForm):
    """Money received: amount (what is owed by default), date, method, reference, invoice."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, tr("Record a payment"), tr("Record payment"), parent)
        self.client_id = client_id
        self.payment_id: int | None = None
        #: Asks whether to keep an overpayment as credit (tests replace it).
        self.confirm_credit: Callable[[str], bool] = self._confirm_credit
        today = ctx.today()
        with ctx.vault.session() as session:
            self.settings = billing.billing_settings(session)
            self.owed = billing.balance(session, client_id).balance
            self.open_invoices = [
                i
                for i in billing.client_invoices(session, client_id)
                if i.status == InvoiceStatus.ISSUED and i.due > 0
            ]
        self.amount = MoneyEdit(self.settings)
        self.paid_on = DateField(today)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method, self.settings.locale), str(method))
        self.method.setCurrentIndex(self.method.findData(str(PaymentMethod.CARD)))
        self.reference = QLineEdit()
        cheque = method_label(PaymentMethod.CHEQUE, self.settings.locale)
        self.reference.setPlaceholderText(
            tr("{cheque} number, transaction id … (optional)").format(cheque=cheque)
        )
        self.invoice = QComboBox()
        self.invoice.addItem(tr("The oldest invoices first"), None)
        for item in sorted(self.open_invoices, key=lambda i: (i.issued_on, i.number)):
            self.invoice.addItem(
                tr("{number} of {date} · {amount} due").format(
                    number=item.number,
                    date=format_date(item.issued_on),
                    amount=self.settings.format(item.due),
                ),
                item.id,
            )
        if self.owed > 0:
            self.add_text(
                tr("The client owes {amount}.").format(amount=self.settings.format(self.owed))
            )
        elif self.owed < 0:
            self.add_text(
                tr(
                    "The client is in credit by {amount}: a payment now is kept as more credit."
                ).format(amount=self.settings.format(-self.owed))
            )
        else:
            self.add_text(
                tr("Nothing is owed now: a payment is kept as credit for the next invoice.")
            )
        self.add_field(tr("Amount"), "amount", self.amount)
        self.add_field(tr("Paid on"), "paid_on", self.paid_on)
        self.add_field(tr("Method"), "method", self.method)
        self.add_field(tr("Reference"), "reference", self.reference)
        self.add_field(tr("Pays"), "invoice_id", self.invoice)
        self.amount.set_amount(self.owed if self.owed > 0 else None)
        self._typed = False
        self.amount.textEdited.connect(self._amount_typed)
        self.invoice.currentIndexChanged.connect(self._invoice_chosen)
        if invoice_id is not None and self.invoice.findData(invoice_id) >= 0:
            self.invoice.setCurrentIndex(self.invoice.findData(invoice_id))
        self.amount.setFocus()
        self.amount.selectAll()

    def _amount_typed(self, _text: str) -> None:
        self._typed = True

    def _invoice_chosen(self, _index: int) -> None:
        """Until an amount is typed, it follows what the chosen invoice still asks."""
        if self._typed:
            return
        chosen = self.invoice.currentData()
        found = next((i for i in self.open_invoices if i.id == chosen), None)
        if found is not None:
            self.amount.set_amount(found.due)
        else:
            self.amount.set_amount(self.owed if self.owed > 0 else None)

    def data(self) -> tuple[PaymentInput, dict[str, str]]:
        problems: dict[str, str] = {}
        amount = _amount_or_problem(self.amount, problems)
        return (
            PaymentInput(
                client_id=self.client_id,
                amount=amount,
                paid_on=self.paid_on.value(),
                method=str(self.method.currentData()),
                reference=self.reference.text(),
                invoice_id=self.invoice.currentData(),
            ),
            problems,
        )

    def submit(self) -> None:
        data, ours = self.data()
        today = self.ctx.today()

        def pay(accept_credit: bool) -> Callable[[Session], Changed]:
            def run(session: Session) -> Changed:
                self.payment_id, changed = billing.record_payment(
                    session, data, today, accept_credit=accept_credit
                )
                return changed

            return run

        if self.apply(pay(False), ours) or ours:
            return
        # Refused for the amount alone, and it is more than is owed: ask to keep the rest.
        owed = self._owed_now()
        overpaid = (
            set(self.problems) == {"amount"}
            and data.amount <= billing.MAX_AMOUNT
            and data.amount > owed
        )
        if not overpaid:
            return
        if self.confirm_credit(self.credit_question(data.amount, owed)):
            self.apply(pay(True))
        else:
            problem = (
                tr(
                    "More than the {amount} owed. Lower the amount, or press Record payment "
                    "again and choose to keep the rest as credit."
                ).format(amount=self.settings.format(owed))
                if owed > 0
                else tr(
                    "More than what is owed. Lower the amount, or press Record payment again "
                    "and choose to keep the rest as credit."
                )
            )
            self.show_problems({"amount": problem})

    def credit_question(self, amount: Decimal, owed: Decimal) -> str:
        written = self.settings.format
        extra = amount - max(owed, Decimal(0))
        if owed <= 0:
            return tr(
                "Nothing is owed now. Keep this payment of {amount} as credit? "
                "It is taken off the client's next invoice."
            ).format(amount=written(amount))
        return tr(
            "{amount} is {extra} more than the {owed} the client owes. "
            "Keep {extra} as credit? It is taken off the client's next invoice."
        ).format(amount=written(amount), extra=written(extra), owed=written(owed))

    def _owed_now(self) -> Decimal:
        with self.ctx.vault.session() as session:
            return billing.balance(session, self.client_id).balance

    def _confirm_credit(self, question: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("More than is owed"))
        box.setText(question)
        keep = box.addButton(tr("Keep as credit"), QMessageBox.ButtonRole.AcceptRole)
        change = box.addButton(tr("Change the amount"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(change)
        box.exec()
        return box.clickedButton() is keep


# ---------------------------------------------------------------- charges


class ChargeDialog(BillingForm):
    """A manual charge: a report, a letter, a phone consultation …"""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add a charge"), tr("Add charge"), parent)
        self.client_id = client_id
        self.charge_id: int | None = None
        with ctx.vault.session() as session:
            self.settings = billing.billing_settings(session)
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("e.g. Report for the school"))
        self.description.setMaxLength(billing.MAX_DESCRIPTION)
        self.amount = MoneyEdit(self.settings)
        self.on_date = DateField(ctx.today())
        self.add_text(
            tr(
                "For work other than sessions. The charge waits for the next invoice; "
                "its description is printed on it."
            )
        )
        self.add_field(tr("Description"), "description", self.description)
        self.add_field(tr("Amount"), "amount", self.amount)
        self.add_field(tr("Date"), "on_date", self.on_date)

    def submit(self) -> None:
        ours: dict[str, str] = {}
        amount = _amount_or_problem(self.amount, ours)
        description, on_date = self.description.text(), self.on_date.value()
        today = self.ctx.today()

        def add(session: Session) -> Changed:
            self.charge_id, changed = billing.add_charge(
                session, self.client_id, description, amount, on_date, today
            )
            return changed

        self.apply(add, ours)


class WaiveDialog(BillingForm):
    """Waive a charge not invoiced (a late cancellation forgiven …): the reason is required."""

    def __init__(self, ctx: AppContext, charge: ChargeView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Waive a charge"), tr("Waive charge"), parent)
        self.charge = charge
        with ctx.vault.session() as session:
            self.settings = billing.billing_settings(session)
        self.add_text(charge_line(charge, self.settings), "cardTitle")
        self.add_text(
            tr(
                "The client will not be asked to pay it. The charge stays on the account, "
                "marked waived with your reason, and the waiver is kept in the audit log."
            )
        )
        self.reason = _reason_edit(tr("e.g. Snowstorm; first late cancellation"))
        self.add_field(tr("Reason"), "reason", self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        reason, today = self.reason.toPlainText(), self.ctx.today()
        self.apply(lambda session: billing.waive_charge(session, self.charge.id, reason, today))


class WriteOffDialog(BillingForm):
    """Give up an amount that will not be collected, with the reason."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Write off"), tr("Write off"), parent, destructive=True)
        self.client_id = client_id
        self.payment_id: int | None = None
        with ctx.vault.session() as session:
            self.settings = billing.billing_settings(session)
            self.owed = billing.balance(session, client_id).balance
        self.add_text(
            tr(
                "The client owes {amount}. A write-off settles their oldest invoices first and "
                "stays on the account with its reason; it can be voided if it was a mistake."
            ).format(amount=self.settings.format(max(self.owed, Decimal(0))))
        )
        self.amount = MoneyEdit(self.settings)
        self.amount.set_amount(self.owed if self.owed > 0 else None)
        self.on_date = DateField(ctx.today())
        self.reason = _reason_edit(tr("e.g. Hardship agreed at the last session"))
        self.add_field(tr("Amount"), "amount", self.amount)
        self.add_field(tr("Date"), "on_date", self.on_date)
        self.add_field(tr("Reason"), "reason", self.reason)

    def submit(self) -> None:
        ours: dict[str, str] = {}
        amount = _amount_or_problem(self.amount, ours)
        reason, on_date, today = self.reason.toPlainText(), self.on_date.value(), self.ctx.today()

        def write(session: Session) -> Changed:
            self.payment_id, changed = billing.write_off(
                session, self.client_id, amount, reason, on_date, today
            )
            return changed

        self.apply(write, ours)


# ---------------------------------------------------------------- voids


class VoidInvoiceDialog(BillingForm):
    """Void an issued invoice: its number stays used; its charges can be invoiced again."""

    def __init__(
        self,
        ctx: AppContext,
        invoice: InvoiceSummary,
        settings: BillingSettings,
        parent: QWidget | None = None,
    ) -> None:
        title = tr("Void invoice {number}").format(number=invoice.number)
        super().__init__(ctx, title, tr("Void invoice"), parent, True)
        self.invoice = invoice
        paid = invoice.total - invoice.due
        self.add_text(
            tr("Invoice {number} of {date} · {total}").format(
                number=invoice.number,
                date=format_date(invoice.issued_on),
                total=settings.format(invoice.total),
            ),
            "cardTitle",
        )
        self.add_text(
            tr(
                "The invoice keeps its number and is marked VOID; it is never deleted. "
                "Its charges become uninvoiced again, so you can issue a new, corrected invoice "
                "for them. The {paid} already paid on it goes back to the client's account: it "
                "pays their other open invoices, or waits as credit for the new one."
            ).format(paid=settings.format(paid))
            if paid > 0
            else tr(
                "The invoice keeps its number and is marked VOID; it is never deleted. "
                "Its charges become uninvoiced again, so you can issue a new, corrected invoice "
                "for them."
            )
        )
        self.reason = _reason_edit(tr("e.g. Wrong payer; reissued to the mother"))
        self.add_field(tr("Reason"), "reason", self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        reason, today = self.reason.toPlainText(), self.ctx.today()
        self.apply(lambda session: billing.void_invoice(session, self.invoice.id, reason, today))


class VoidPaymentDialog(BillingForm):
    """Void a payment or write-off entered by mistake, or a cheque that bounced."""

    def __init__(
        self,
        ctx: AppContext,
        payment: PaymentView,
        settings: BillingSettings,
        parent: QWidget | None = None,
    ) -> None:
        is_payment = payment.kind == PaymentKind.PAYMENT
        if is_payment:
            super().__init__(ctx, tr("Void a payment"), tr("Void payment"), parent, True)
        else:
            super().__init__(ctx, tr("Void a write-off"), tr("Void write-off"), parent, True)
        self.payment = payment
        how = method_label(payment.method, settings.locale) if is_payment else tr("Written off")
        amount = settings.format(payment.amount)
        self.add_text(
            tr("{how} · {amount} on {date}").format(
                how=how, amount=amount, date=format_date(payment.paid_on)
            ),
            "cardTitle",
        )
        self.add_text(_void_payment_text(is_payment, payment.invoice_numbers, amount))
        self.reason = _reason_edit(
            tr("e.g. The check bounced") if is_payment else tr("e.g. Written off by mistake")
        )
        self.add_field(tr("Reason"), "reason", self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        reason, today = self.reason.toPlainText(), self.ctx.today()
        self.apply(lambda session: billing.void_payment(session, self.payment.id, reason, today))


def _void_payment_text(is_payment: bool, numbers: Sequence[str], amount: str) -> str:
    """What voiding a payment or a write-off does to the balance and the invoices it settled."""
    if not numbers:
        text = (
            tr(
                "The payment no longer counts: the client's balance goes up by {amount}. "
                "It stays on the account, marked void with your reason."
            )
            if is_payment
            else tr(
                "The write-off no longer counts: the client's balance goes up by {amount}. "
                "It stays on the account, marked void with your reason."
            )
        )
    elif is_payment:
        text = tr(
            "The payment no longer counts: the client's balance goes up by {amount}, making "
            "invoice(s) {numbers} due again. It stays on the account, marked void with your "
            "reason.",
            "",
            len(numbers),
        )
    else:
        text = tr(
            "The write-off no longer counts: the client's balance goes up by {amount}, making "
            "invoice(s) {numbers} due again. It stays on the account, marked void with your "
            "reason.",
            "",
            len(numbers),
        )
    return text.format(amount=amount, numbers=", ".join(numbers))


# ---------------------------------------------------------------- periods


class PeriodDialog(QDialog):
    """Which period a statement or a superbill covers, with the usual ones a click away."""

    def __init__(
        self,
        title: str,
        action: str,
        intro: str,
        start: date,
        end: date,
        today: date,
        warnings: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.start = DateField(start)
        self.end = DateField(end)
        self.start.setAccessibleName(tr("First day"))
        self.end.setAccessibleName(tr("Last day"))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._check())
        dates = QHBoxLayout()
        dates.addWidget(QLabel(tr("From")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        first_of_month = today.replace(day=1)
        last_month_end = date.fromordinal(first_of_month.toordinal() - 1)
        presets = QHBoxLayout()
        for text, first, last in (
            (tr("This month"), first_of_month, today),
            (tr("Last month"), last_month_end.replace(day=1), last_month_end),
            (tr("This year"), date(today.year, 1, 1), today),
            (tr("Last year"), date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        ):
            button = QPushButton(text)
            button.setObjectName("link")
            button.clicked.connect(lambda _=False, a=first, b=last: self.set_period(a, b))
            presets.addWidget(button)
        presets.addStretch(1)
        self.problem = text_label("", "formError")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = QPushButton(action)
        self.make.setObjectName("primary")
        buttons.addButton(self.make, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(intro))
        for warning in warnings:
            layout.addWidget(text_label(warning, "warning"))
        layout.addSpacing(4)
        layout.addLayout(dates)
        layout.addLayout(presets)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.make.setDefault(True)

    def set_period(self, start: date, end: date) -> None:
        self.start.set_value(start)
        self.end.set_value(end)

    def period(self) -> tuple[date, date]:
        return self.start.value(), self.end.value()

    def _check(self) -> None:
        start, end = self.period()
        wrong = start > end
        self.problem.setText(tr("The first day must come before the last.") if wrong else "")
        self.problem.setVisible(wrong)
        self.make.setEnabled(not wrong)
