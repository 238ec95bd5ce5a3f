"""The client's account: where it stands in words, their charges, invoices and payments.

Every billing action on one client starts here (invoice, payment, charge,
waiver, write-off, voids) and every document of theirs can be opened here
(invoice, receipt, statement, superbill). An archived client's account is
read-only, but its documents can still be viewed and printed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import billing, clients
from app.billing import Balance, BillingSettings, ChargeView, InvoiceSummary, PaymentView
from app.changes import Changed
from app.models import InvoiceStatus, PaymentKind
from app.practice import get_profile
from ui import style
from ui.billing.dialogs import (
    ChargeDialog,
    NewInvoiceDialog,
    PaymentDialog,
    PeriodDialog,
    VoidInvoiceDialog,
    VoidPaymentDialog,
    WaiveDialog,
    WriteOffDialog,
    method_label,
)
from ui.billing.documents import show_invoice, show_receipt, show_statement, show_superbill
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.documents import DocumentPreview
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = marked("Archived records are read-only; restore the client first.")
Index = QModelIndex | QPersistentModelIndex
DialogT = TypeVar("DialogT", bound=QDialog)


def balance_words(
    account: Balance, invoices: list[InvoiceSummary], settings: BillingSettings, today: date
) -> tuple[str, str]:
    """The account in words: a headline ("Owes $240.00 — 2 invoices due, oldest 45 days") and
    a line of detail (credit, overdue, totals).

    When part of what is owed is charges not invoiced yet, the headline splits the
    amount ("Owes $360.00: $240.00 due on 2 invoices, oldest 45 days; $120.00 not
    invoiced yet"), so that it never reads as if the invoices asked for all of it.
    """
    money = settings.format
    owed = account.balance
    due = [i for i in invoices if i.status == InvoiceStatus.ISSUED and i.due > 0]
    if owed > 0 and due:
        age = (today - min(i.issued_on for i in due)).days
        amounts = {"amount": money(owed)}
        if account.uninvoiced > 0:  # the invoices ask for part of it only
            amounts["due"] = money(sum((i.due for i in due), Decimal(0)))
            amounts["uninvoiced"] = money(account.uninvoiced)
        if account.uninvoiced > 0 and age <= 0:
            text = tr(
                "Owes {amount}: {due} due on %n invoice(s) issued today; "
                "{uninvoiced} not invoiced yet",
                "",
                len(due),
            )
        elif account.uninvoiced > 0:
            text = tr(
                "Owes {amount}: {due} due on %n invoice(s), {oldest}; "
                "{uninvoiced} not invoiced yet",
                "",
                len(due),
            )
        elif age <= 0:
            text = tr("Owes {amount} — %n invoice(s) due, issued today", "", len(due))
        else:
            text = tr("Owes {amount} — %n invoice(s) due, {oldest}", "", len(due))
        if age > 0:
            amounts["oldest"] = tr("oldest %n day(s)", "", age)
        headline = text.format(**amounts)
    elif owed > 0:
        headline = tr("Owes {amount} — not invoiced yet").format(amount=money(owed))
    elif owed < 0:
        headline = tr("In credit {amount}").format(amount=money(-owed))
    else:
        headline = tr("Nothing owed")
    details = []
    overdue = [i for i in due if i.due_on < today]
    if overdue:
        details.append(tr("%n invoice(s) overdue", "", len(overdue)))
    if account.uninvoiced > 0 and owed <= 0:  # else the headline says it
        details.append(tr("{amount} not invoiced yet").format(amount=money(account.uninvoiced)))
    if account.unapplied > 0:
        details.append(
            tr("{amount} paid ahead, taken off the next invoice").format(
                amount=money(account.unapplied)
            )
        )
    if account.charged:
        totals = [
            tr("charged {amount}").format(amount=money(account.charged)),
            tr("paid {amount}").format(amount=money(account.paid)),
        ]
        if account.waived:
            totals.append(tr("waived {amount}").format(amount=money(account.waived)))
        if account.written_off:
            totals.append(tr("written off {amount}").format(amount=money(account.written_off)))
        details.append(tr("In all: {totals}").format(totals=", ".join(totals)))
    return headline, " · ".join(details)


# ---------------------------------------------------------------- models


class Words:
    """Amounts and dates as the lists write them; each distinct value is formatted once
    (ten years of a client repeat the same few fees)."""

    def __init__(self, settings: BillingSettings, today: date) -> None:
        self.settings = settings
        self.today = today
        self._money: dict[Decimal, str] = {}
        self._dates: dict[date, str] = {}

    def money(self, amount: Decimal) -> str:
        text = self._money.get(amount)
        if text is None:
            text = self._money[amount] = self.settings.format(amount)
        return text

    def date(self, day: date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = format_date(day)
        return text


class LedgerModel(QAbstractTableModel):
    """Rows of one kind of billing view; the texts of each row are made once, when set."""

    #: The column titles, in English (marked for the catalogue); shown translated.
    HEADERS: tuple[str, ...] = ()
    #: Columns of amounts (right-aligned).
    AMOUNTS: frozenset[int] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._dimmed: list[bool] = []
        self._tips: list[str] = []

    def set_rows(self, rows: list[Any], settings: BillingSettings, today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        words = Words(settings, today)
        self._cells = [self.cells(r, words) for r in self.rows]
        self._dimmed = [self.dimmed(r) for r in self.rows]
        self._tips = [self.tip(r) for r in self.rows]
        self.endResetModel()

    def cells(self, row: Any, words: Words) -> tuple[str, ...]:
        raise NotImplementedError

    def dimmed(self, row: Any) -> bool:
        return False

    def tip(self, row: Any) -> str:
        return ""

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() else None

    def row_of(self, record_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == record_id), -1)

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.AMOUNTS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed[row]:
            return style.brush("text_faint")
        if role == Qt.ItemDataRole.ToolTipRole and self._tips[row]:
            return self._tips[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.AMOUNTS:
            return RIGHT
        return None


def _charge_status(charge: ChargeView) -> str:
    if charge.waived_on is not None:
        return tr("Waived: {reason}").format(reason=charge.waive_reason)
    if charge.invoice_id is not None:
        return tr("Invoice {number}").format(number=charge.invoice_number)
    return tr("Not invoiced")


class ChargesModel(LedgerModel):
    HEADERS = (marked("Date"), marked("What"), marked("Amount"), marked("Invoice"))
    AMOUNTS = frozenset({2})

    def cells(self, row: ChargeView, words: Words) -> tuple[str, ...]:
        return (
            words.date(row.on_date),
            row.description,
            words.money(row.amount),
            _charge_status(row),
        )

    def dimmed(self, row: ChargeView) -> bool:
        return row.waived_on is not None

    def tip(self, row: ChargeView) -> str:
        if row.waived_on is not None:
            return tr("Waived on {date}: {reason}").format(
                date=format_date(row.waived_on), reason=row.waive_reason
            )
        return ""


def invoice_status(
    invoice: InvoiceSummary, today: date, settings: BillingSettings, written_off: Decimal
) -> str:
    if invoice.status == InvoiceStatus.VOID:
        return tr("VOID")
    if invoice.due <= 0:
        if written_off >= invoice.total:
            return tr("Written off")
        if written_off > 0:
            return tr("Paid · {amount} written off").format(amount=settings.format(written_off))
        return tr("Paid")
    if invoice.due_on < today:
        return tr("Overdue since {date}").format(date=format_date(invoice.due_on))
    if invoice.due < invoice.total:
        return tr("Part paid · due {date}").format(date=format_date(invoice.due_on))
    return tr("Due {date}").format(date=format_date(invoice.due_on))


class InvoicesModel(LedgerModel):
    HEADERS = (
        marked("Number"),
        marked("Date"),
        marked("To"),
        marked("Total"),
        marked("Paid"),
        marked("Due"),
        marked("Status"),
    )
    AMOUNTS = frozenset({3, 4, 5})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What write-offs settled of an invoice, by its id (set before the rows).
        self.written_off: dict[int, Decimal] = {}

    def cells(self, row: InvoiceSummary, words: Words) -> tuple[str, ...]:
        void = row.status == InvoiceStatus.VOID
        written_off = self.written_off.get(row.id, Decimal(0))
        return (
            row.number,
            words.date(row.issued_on),
            row.payer_name,
            words.money(row.total),
            "—" if void else words.money(row.total - row.due - written_off),
            "—" if void else words.money(row.due),
            invoice_status(row, words.today, words.settings, written_off),
        )

    def dimmed(self, row: InvoiceSummary) -> bool:
        return row.status == InvoiceStatus.VOID

    def tip(self, row: InvoiceSummary) -> str:
        return tr("Double-click to view or print")


class PaymentsModel(LedgerModel):
    HEADERS = (
        marked("Date"),
        marked("Method"),
        marked("Amount"),
        marked("Reference"),
        marked("Applied to"),
        marked("Voided"),
    )
    AMOUNTS = frozenset({2})

    def cells(self, row: PaymentView, words: Words) -> tuple[str, ...]:
        is_payment = row.kind == PaymentKind.PAYMENT
        applied = ", ".join(row.invoice_numbers)
        if row.unapplied > 0:
            credit = tr("{amount} credit").format(amount=words.money(row.unapplied))
            applied = f"{applied}, {credit}" if applied else credit
        return (
            words.date(row.paid_on),
            method_label(row.method, words.settings.locale) if is_payment else tr("Write-off"),
            words.money(row.amount),
            row.reference if is_payment else row.reason,
            applied,
            tr("Void: {reason}").format(reason=row.void_reason)
            if row.voided_on is not None
            else "",
        )

    def dimmed(self, row: PaymentView) -> bool:
        return row.voided_on is not None

    def tip(self, row: PaymentView) -> str:
        if row.voided_on is not None:
            return tr("Voided on {date}: {reason}").format(
                date=format_date(row.voided_on), reason=row.void_reason
            )
        return ""


def _view(model: LedgerModel, name: str, stretch: int) -> QTableView:
    """A read-only list of ``model``; column ``stretch`` takes the room left."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    # Widths are measured once per refresh (see _fit_columns), on the first rows only:
    # measuring ten years of rows at every scroll would make the tab sluggish.
    header.setResizeContentsPrecision(40)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _fit_columns(view: QTableView) -> None:
    """Each column as wide as its header and first rows need; the stretching one takes the rest."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            view.resizeColumnToContents(column)


# ---------------------------------------------------------------- the tab


class BillingTab(QWidget):
    """One client's account and every billing action on it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.archived = False
        self._stale = False
        self._select_invoice: int | None = None
        self.settings = BillingSettings()
        self.account: Balance | None = None
        #: The dialog or preview opened last (tests reach them here).
        self.dialog: Any = None
        self.preview: DocumentPreview | None = None

        self.headline = QLabel()
        self.headline.setObjectName("balance")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setWordWrap(True)  # it splits what is owed in two: long in some languages
        self.detail = text_label("")
        self.read_only = text_label(
            tr(
                "This client is archived: the account is read-only. Its documents can still be "
                "viewed and printed."
            )
        )
        self.read_only.hide()

        self.charges = ChargesModel(self)
        self.invoices = InvoicesModel(self)
        self.payments = PaymentsModel(self)
        self.charges_view = _view(self.charges, tr("Charges"), stretch=1)
        self.invoices_view = _view(self.invoices, tr("Invoices"), stretch=2)
        self.payments_view = _view(self.payments, tr("Payments and write-offs"), stretch=3)
        for view in (self.charges_view, self.invoices_view, self.payments_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.charges_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.charges_view.horizontalHeader().setStretchLastSection(False)
        self.invoices_view.activated.connect(lambda _index: self.view_invoice())
        self.payments_view.activated.connect(lambda _index: self.view_receipt())

        def action(text: str, slot: Any, tip: str, keys: str = "") -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _=False: slot())
            made.setToolTip(f"{tip} ({keys})" if keys else tip)
            made.setStatusTip(tip)
            if keys:
                made.setShortcut(QKeySequence(keys))
                self.addAction(made)
            return made

        self.new_invoice_action = action(
            tr("New invoice…"),
            self.new_invoice,
            tr("Invoice the charges not invoiced yet"),
            "Ctrl+I",
        )
        self.payment_action = action(
            tr("Record payment…"), self.record_payment, tr("Record money received"), "Ctrl+Shift+P"
        )
        self.charge_action = action(
            tr("Add charge…"), self.add_charge, tr("A charge for a report, a letter …")
        )
        self.write_off_action = action(
            tr("Write off…"), self.write_off, tr("Give up an amount that will not be collected")
        )
        self.statement_action = action(
            tr("Statement…"),
            self.statement,
            tr("The statement of account for a period, to print"),
        )
        self.superbill_action = action(
            tr("Superbill…"),
            self.superbill,
            tr("The sessions of a period, for the client's insurer"),
        )
        self.waive_action = action(
            tr("Waive…"),
            self.waive,
            tr("Forgive the selected charge (not invoiced yet), with a reason"),
        )
        self.view_invoice_action = action(
            tr("View / print"), self.view_invoice, tr("Open the selected invoice to print or save")
        )
        self.void_invoice_action = action(
            tr("Void invoice…"),
            self.void_invoice,
            tr("Cancel the selected invoice, with a reason"),
        )
        self.pay_invoice_action = action(
            tr("Record payment for it…"),
            lambda: self.record_payment(self.selected_invoice_id()),
            tr("Record money received for the selected invoice"),
        )
        self.receipt_action = action(
            tr("Receipt"),
            self.view_receipt,
            tr("The receipt of the selected payment, to print or save"),
        )
        self.void_payment_action = action(
            tr("Void…"),
            self.void_payment,
            tr("Void the selected payment or write-off, with a reason"),
        )
        self.charges_view.addActions([self.waive_action])
        self.invoices_view.addActions(
            [self.view_invoice_action, self.pay_invoice_action, self.void_invoice_action]
        )
        self.payments_view.addActions([self.receipt_action, self.void_payment_action])

        self.new_invoice_button = _button(self.new_invoice_action, primary=True)
        self.payment_button = _button(self.payment_action)
        self.charge_button = _button(self.charge_action)
        self.write_off_button = _button(self.write_off_action)
        self.statement_button = _button(self.statement_action)
        self.superbill_button = _button(self.superbill_action)
        self.waive_button = _button(self.waive_action)
        self.view_invoice_button = _button(self.view_invoice_action)
        self.void_invoice_button = _button(self.void_invoice_action)
        self.receipt_button = _button(self.receipt_action)
        self.void_payment_button = _button(self.void_payment_action)

        top = QHBoxLayout()
        for button in (
            self.new_invoice_button,
            self.payment_button,
            self.charge_button,
            self.write_off_button,
        ):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.statement_button)
        top.addWidget(self.superbill_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for title, view, buttons in (
            (tr("Charges"), self.charges_view, (self.waive_button,)),
            (
                tr("Invoices"),
                self.invoices_view,
                (self.view_invoice_button, self.void_invoice_button),
            ),
            (
                tr("Payments and write-offs"),
                self.payments_view,
                (self.receipt_button, self.void_payment_button),
            ),
        ):
            section = QWidget()
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 6, 0, 0)
            column.setSpacing(4)
            row = QHBoxLayout()
            caption = QLabel(title)
            caption.setObjectName("cardTitle")
            row.addWidget(caption)
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            column.addLayout(row)
            column.addWidget(view, 1)
            splitter.addWidget(section)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.read_only)
        layout.addSpacing(4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_actions()
        ctx.bus.sig_changed.connect(self._on_changed)

    # ------------------------------------------------------------- showing

    def show_client(self, client_id: int, archived: bool) -> None:
        """Show this client's account (read now if the tab is shown, else when it is)."""
        if client_id != self.client_id:
            self._select_invoice = None
            for view in (self.charges_view, self.invoices_view, self.payments_view):
                view.clearSelection()
        self.client_id, self.archived = client_id, archived
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.BILLING and self.client_id is not None:
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Read the account again and fill the lists, keeping what was selected."""
        if self.client_id is None:
            return
        self._stale = False
        today = self.ctx.today()
        try:
            with self.ctx.vault.session() as session:
                settings = billing.billing_settings(session)
                account = billing.balance(session, self.client_id)
                charges = billing.client_charges(session, self.client_id)
                invoices = billing.client_invoices(session, self.client_id)
                payments = billing.client_payments(session, self.client_id)
                # Write-offs are rare: only the invoices they settled are read whole.
                written_on = {
                    number
                    for p in payments
                    if p.kind == PaymentKind.WRITE_OFF and p.voided_on is None
                    for number in p.invoice_numbers
                }
                written_off = {
                    i.id: billing.get_invoice(session, i.id).written_off
                    for i in invoices
                    if i.number in written_on
                }
        except clients.ClientNotFound:
            self.client_id = None
            return
        self.settings, self.account = settings, account
        kept = {
            self.charges_view: self.selected_charge(),
            self.invoices_view: self.selected_invoice(),
            self.payments_view: self.selected_payment(),
        }
        self.charges.set_rows(charges, settings, today)
        self.invoices.written_off = written_off
        self.invoices.set_rows(invoices, settings, today)
        self.payments.set_rows(payments, settings, today)
        for view in (self.charges_view, self.invoices_view, self.payments_view):
            _fit_columns(view)
        for view, chosen in kept.items():
            if chosen is not None:
                self._select(view, chosen.id)
        if self._select_invoice is not None:
            self._select(self.invoices_view, self._select_invoice)
            self._select_invoice = None
        headline, detail = balance_words(account, invoices, settings, today)
        self.headline.setText(headline)
        theme = style.current()
        colour = theme.warning if account.balance > 0 else theme.ok if account.balance < 0 else ""
        self.headline.setStyleSheet(
            style.font_size(15) + " font-weight: 600;" + (f" color: {colour};" if colour else "")
        )
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.read_only.setVisible(self.archived)
        self._update_actions()

    def _select(self, view: QTableView, record_id: int) -> None:
        model = view.model()
        assert isinstance(model, LedgerModel)
        row = model.row_of(record_id)
        if row >= 0:
            view.selectRow(row)

    # ------------------------------------------------------------- selection

    def _selected(self, view: QTableView) -> Any:
        model = view.model()
        assert isinstance(model, LedgerModel)
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0]) if rows else None

    def selected_charge(self) -> ChargeView | None:
        found: ChargeView | None = self._selected(self.charges_view)
        return found

    def selected_invoice(self) -> InvoiceSummary | None:
        found: InvoiceSummary | None = self._selected(self.invoices_view)
        return found

    def selected_invoice_id(self) -> int | None:
        invoice = self.selected_invoice()
        return invoice.id if invoice is not None else None

    def selected_payment(self) -> PaymentView | None:
        found: PaymentView | None = self._selected(self.payments_view)
        return found

    def _update_actions(self) -> None:
        editable = self.client_id is not None and not self.archived
        charge = self.selected_charge()
        invoice = self.selected_invoice()
        payment = self.selected_payment()
        issued = invoice is not None and invoice.status == InvoiceStatus.ISSUED

        def change(action: QAction, possible: bool, why_not: str = "") -> None:
            """A change: impossible for an archived client, else when ``possible``."""
            _enable(action, editable and possible, why_not if editable else tr(READ_ONLY))

        change(
            self.new_invoice_action,
            any(c.is_open for c in self.charges.rows),
            tr("Every charge is already on an invoice or waived."),
        )
        change(self.payment_action, True)
        change(self.charge_action, True)
        change(
            self.write_off_action,
            self.account is not None and self.account.balance > 0,
            tr("Nothing is owed."),
        )
        change(
            self.waive_action,
            charge is not None and charge.is_open,
            tr("Choose a charge not invoiced yet (void its invoice to free an invoiced one)."),
        )
        change(self.void_invoice_action, issued, tr("Choose an invoice that is not void."))
        change(
            self.pay_invoice_action,
            issued and invoice is not None and invoice.due > 0,
            tr("Choose an invoice with something due."),
        )
        change(
            self.void_payment_action,
            payment is not None and payment.voided_on is None,
            tr("Choose a payment or write-off that is not void."),
        )
        _enable(self.view_invoice_action, invoice is not None, tr("Choose an invoice."))
        _enable(
            self.receipt_action,
            payment is not None and payment.kind == PaymentKind.PAYMENT,
            tr("Choose a payment (a write-off has no receipt)."),
        )
        for document in (self.statement_action, self.superbill_action):
            _enable(document, self.client_id is not None, tr("No client is shown."))

    # ------------------------------------------------------------- changing

    def _open(self, dialog: DialogT) -> DialogT:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _editable(self) -> bool:
        return self.client_id is not None and not self.archived

    def new_invoice(self) -> NewInvoiceDialog | None:
        if not self._editable():
            return None
        assert self.client_id is not None
        dialog = NewInvoiceDialog(self.ctx, self.client_id, self)
        dialog.accepted.connect(lambda: self._issued(dialog))
        return self._open(dialog)

    def _issued(self, dialog: NewInvoiceDialog) -> None:
        self._select_invoice = dialog.invoice_id

    def record_payment(self, invoice_id: int | None = None) -> PaymentDialog | None:
        if not self._editable():
            return None
        assert self.client_id is not None
        if invoice_id is None:
            invoice = self.selected_invoice()
            if invoice is not None and invoice.status == InvoiceStatus.ISSUED and invoice.due > 0:
                invoice_id = invoice.id
        return self._open(PaymentDialog(self.ctx, self.client_id, invoice_id, self))

    def add_charge(self) -> ChargeDialog | None:
        if not self._editable():
            return None
        assert self.client_id is not None
        return self._open(ChargeDialog(self.ctx, self.client_id, self))

    def write_off(self) -> WriteOffDialog | None:
        if not self._editable():
            return None
        assert self.client_id is not None
        return self._open(WriteOffDialog(self.ctx, self.client_id, self))

    def waive(self) -> WaiveDialog | None:
        charge = self.selected_charge()
        if not self._editable() or charge is None or not charge.is_open:
            return None
        return self._open(WaiveDialog(self.ctx, charge, self))

    def void_invoice(self) -> VoidInvoiceDialog | None:
        invoice = self.selected_invoice()
        if not self._editable() or invoice is None or invoice.status == InvoiceStatus.VOID:
            return None
        return self._open(VoidInvoiceDialog(self.ctx, invoice, self.settings, self))

    def void_payment(self) -> VoidPaymentDialog | None:
        payment = self.selected_payment()
        if not self._editable() or payment is None or payment.voided_on is not None:
            return None
        return self._open(VoidPaymentDialog(self.ctx, payment, self.settings, self))

    # ------------------------------------------------------------- documents

    def _previewed(self, preview: DocumentPreview) -> None:
        self.preview = preview

    def view_invoice(self) -> None:
        invoice = self.selected_invoice()
        if invoice is not None:
            show_invoice(self, self.ctx, invoice.id, self._previewed)

    def view_receipt(self) -> None:
        payment = self.selected_payment()
        if payment is not None and payment.kind == PaymentKind.PAYMENT:
            show_receipt(self, self.ctx, payment.id, self._previewed)

    def statement(self) -> PeriodDialog | None:
        if self.client_id is None:
            return None
        client_id = self.client_id
        today = self.ctx.today()
        dialog = PeriodDialog(
            tr("Statement of account"),
            tr("Make statement"),
            tr(
                "The balance at the start of the period, every charge, payment, waiver and "
                "write-off in it, and the balance at its end."
            ),
            date(today.year, 1, 1),
            today,
            today,
            parent=self,
        )
        dialog.accepted.connect(
            lambda: show_statement(self, self.ctx, client_id, *dialog.period(), self._previewed)
        )
        return self._open(dialog)

    def superbill_warnings(self) -> list[str]:
        """What an insurer may miss on this client's superbill (it can still be made)."""
        assert self.client_id is not None
        with self.ctx.vault.session() as session:
            record = clients.get_client(session, self.client_id, self.ctx.today())
            settings = billing.billing_settings(session)
            profile = get_profile(session)
        warnings = []
        if not record.data.diagnoses:
            warnings.append(
                tr(
                    "No diagnosis code is recorded for this client: most insurers refuse a "
                    "superbill without one. Add it in Edit… → Clinical."
                )
            )
        missing = [
            words
            for words, value in (
                (tr("no NPI"), settings.npi),
                (tr("no tax ID"), settings.tax_id),
                (tr("no licence number"), profile.licence_number),
            )
            if not value
        ]
        if missing:
            lacks = missing[0]
            for more in missing[1:]:
                lacks = tr("{missing} and {more}").format(missing=lacks, more=more)
            warnings.append(
                tr(
                    "The practice has {missing}: insurers usually ask for them. "
                    "Add them in Settings."
                ).format(missing=lacks)
            )
        return warnings

    def superbill(self) -> PeriodDialog | None:
        if self.client_id is None:
            return None
        client_id = self.client_id
        today = self.ctx.today()
        dialog = PeriodDialog(
            tr("Superbill"),
            tr("Make superbill"),
            tr(
                "The sessions attended in the period, with the diagnosis and procedure codes "
                "and what was paid, for the client to claim from their insurer."
            ),
            date(today.year, 1, 1),
            today,
            today,
            self.superbill_warnings(),
            self,
        )
        dialog.accepted.connect(
            lambda: show_superbill(self, self.ctx, client_id, *dialog.period(), self._previewed)
        )
        return self._open(dialog)


def _button(action: QAction, primary: bool = False) -> QPushButton:
    """A button that triggers ``action`` and follows its text, state and tooltip."""
    button = QPushButton(action.text())
    if primary:
        button.setObjectName("primary")
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    action.changed.connect(follow)
    follow()
    return button


def _enable(action: QAction, on: bool, why_not: str = "") -> None:
    """Enable ``action``, or disable it and say why in its tooltip."""
    tip = action.statusTip()
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if on:
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
    else:
        action.setToolTip(why_not or tr(READ_ONLY))
    action.setEnabled(on)
