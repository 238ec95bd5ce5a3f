"""The Billing area: who owes what and for how long, what waits for an invoice, the year's income.

Three tabs. **Outstanding** ages every client's unpaid invoices from their
dates (0–30, 31–60, 61–90 and over 90 days), the oldest debt first.
**To invoice** lists the clients whose charges wait for an invoice and issues
one invoice per chosen client, all in one transaction. **Reports** shows a
year's income by month, by service and payments by method, and exports the
accountant's CSV. Figures are read off the GUI thread and refreshed when
billing changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import billing, billing_reports
from app.billing import BillingSettings, InvoiceRequest
from app.billing_reports import IncomeReport, Outstanding, ServiceIncome, ToInvoiceRow
from app.changes import Changed
from app.documents.file_names import billing_file_stem
from app.errors import RapportError, ValidationError
from app.models import PaymentMethod
from app.paths import atomic_write
from app.practice import get_profile
from app.vault import Vault
from ui import style
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.i18n import marked, tr
from ui.widgets.labels import text_label
from ui.widgets.tabs import tab_widget

Index = QModelIndex | QPersistentModelIndex

AGE_HEADERS = (marked("0–30 days"), marked("31–60 days"), marked("61–90 days"), marked("90+ days"))
METHOD_LABELS: dict[str, str] = {
    PaymentMethod.CASH: marked("Cash"),
    PaymentMethod.CARD: marked("Card"),
    PaymentMethod.CHEQUE: marked("Cheque"),
    PaymentMethod.TRANSFER: marked("Bank transfer"),
    PaymentMethod.OTHER: marked("Other"),
}
#: So that a column of amounts and its heading ("31–60 days") never look cramped.
MIN_COLUMN_WIDTH = 96
#: Years the report can be asked for, back from this one.
FIRST_YEAR = 2000
_BOLD = QFont()
_BOLD.setBold(True)


def _amount(settings: BillingSettings, value: Decimal) -> str:
    """An amount as the practice writes it; a dash for nothing, so the figures stand out."""
    return settings.format(value) if value else "—"


def _method_label(method: str) -> str:
    return tr(METHOD_LABELS[method]) if method in METHOD_LABELS else str(method)


def _service_label(item: ServiceIncome) -> str:
    """A row of income by service: the service's own name as the clinician wrote it, or the
    core's words for a kind of charge ("Late cancellations") in the window's language."""
    return item.label if item.service_id is not None else tr(item.label)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.problems.values())
    return exc.message if isinstance(exc, RapportError) else str(exc)


# ---------------------------------------------------------------- models


@dataclass(frozen=True)
class Line:
    """One row of a summary table: its cells, the client it stands for, a tooltip."""

    cells: tuple[str, ...]
    client_id: int | None = None
    tooltip: str = ""


class SummaryModel(QAbstractTableModel):
    """Rows of text with a totals row in bold; amount columns right-aligned.

    Each row may stand for a client (``client_id``); the totals row stands for
    none and cannot be selected.
    """

    def __init__(
        self, headers: Sequence[str], amount_columns: Iterable[int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._amount_columns = frozenset(amount_columns)
        self._lines: list[Line] = []
        self._total: tuple[str, ...] | None = None

    def set_lines(self, lines: Sequence[Line], total: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._total = tuple(total) if total is not None and lines else None
        self.endResetModel()

    @property
    def lines(self) -> list[Line]:
        return list(self._lines)

    @property
    def total(self) -> tuple[str, ...] | None:
        return self._total

    def client_id(self, row: int) -> int | None:
        return self._lines[row].client_id if 0 <= row < len(self._lines) else None

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")

    def _is_total(self, row: int) -> bool:
        return self._total is not None and row == len(self._lines)

    # Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._lines) + (1 if self._total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._amount_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._is_total(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        is_total = self._is_total(row)
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._total if is_total else self._lines[row].cells
            assert cells is not None
            return cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._amount_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            return _BOLD
        if role == Qt.ItemDataRole.BackgroundRole and is_total:
            return style.brush("total_row")
        if role == Qt.ItemDataRole.ToolTipRole and not is_total:
            return self._lines[row].tooltip or None
        return None


class ChoiceModel(SummaryModel):
    """A summary whose client rows can be ticked (in the first column); all are, at first.

    A row the clinician unticked stays unticked when the figures are refreshed.
    """

    sig_choice_changed = Signal()
    """A row was ticked or unticked."""

    def __init__(
        self, headers: Sequence[str], amount_columns: Iterable[int], parent: QObject | None = None
    ) -> None:
        super().__init__(headers, amount_columns, parent)
        self._unticked: set[int] = set()

    def checked_ids(self) -> list[int]:
        return [
            line.client_id
            for line in self._lines
            if line.client_id is not None and line.client_id not in self._unticked
        ]

    def set_all_checked(self, checked: bool) -> None:
        ids = {line.client_id for line in self._lines if line.client_id is not None}
        self._unticked = set() if checked else ids
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._lines) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.sig_choice_changed.emit()

    def set_checked(self, client_id: int, checked: bool) -> None:
        if checked:
            self._unticked.discard(client_id)
        else:
            self._unticked.add(client_id)
        for row, line in enumerate(self._lines):
            if line.client_id == client_id:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_choice_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.client_id(index.row()) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            client_id = self.client_id(index.row())
            if client_id is None:
                return None
            unticked = client_id in self._unticked
            return Qt.CheckState.Unchecked if unticked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        client_id = self.client_id(index.row())
        if client_id is None:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.set_checked(client_id, state == Qt.CheckState.Checked)
        return True


def summary_view(model: QAbstractTableModel, fit_rows: bool = False) -> QTableView:
    """A read-only table; the first column takes the spare width, figures keep room to breathe.

    ``fit_rows``: as tall as its rows, never scrolling (for the few rows of a report).
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(max(28, view.fontMetrics().height() + 10))
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if fit_rows:
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        def fit() -> None:
            frame = 2 * view.frameWidth()
            view.setFixedHeight(header.sizeHint().height() + view.verticalHeader().length() + frame)

        model.modelReset.connect(fit)
        fit()
    return view


# ---------------------------------------------------------------- what a refresh reads


@dataclass(frozen=True)
class Snapshot:
    """The figures of the Outstanding and To invoice tabs, read together in a worker."""

    settings: BillingSettings
    outstanding: Outstanding
    to_invoice: tuple[ToInvoiceRow, ...]
    #: What clients waiting for an invoice already paid in advance (their credit).
    credits: dict[int, Decimal]


def read_snapshot(vault: Vault, today: date) -> Snapshot:
    with vault.session() as session:
        settings = billing.billing_settings(session)
        waiting = tuple(billing_reports.to_invoice(session))
        credits = {}
        for row in waiting:
            credit = billing.balance(session, row.client_id).unapplied
            if credit:
                credits[row.client_id] = credit
        return Snapshot(settings, billing_reports.outstanding(session, today), waiting, credits)


# ---------------------------------------------------------------- Outstanding


class OutstandingTab(QWidget):
    """Every client who owes, by how old their unpaid invoices are, the oldest debt first."""

    sig_open_client = Signal(int)
    """The clinician wants this client's account."""

    HEADERS = (
        marked("Client"),
        marked("Code"),
        marked("Invoices"),
        marked("Oldest invoice"),
        *AGE_HEADERS,
        marked("Total"),
    )
    COL_FIRST_AGE = 4
    COL_TOTAL = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        amounts = range(self.COL_FIRST_AGE, self.COL_TOTAL + 1)
        self.model = SummaryModel([tr(h) for h in self.HEADERS], [2, *amounts], self)
        self.view = summary_view(self.model)
        self.view.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("cardTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(
            text_label(
                tr(
                    "What each client still owes on the invoices you issued, aged from each "
                    "invoice's date. Double-click a client, or press Enter, to open their "
                    "account. Money paid in advance is listed beneath: the client's next invoice "
                    "takes it."
                )
            )
        )
        layout.addWidget(self.view, 1)
        self.credits = text_label("")
        self.credits.setTextFormat(Qt.TextFormat.PlainText)
        self.credits.hide()
        layout.addWidget(self.credits)

    def show_outstanding(self, report: Outstanding, settings: BillingSettings) -> None:
        lines = []
        for row in report.rows:
            days = (report.today - row.oldest_issued_on).days
            lines.append(
                Line(
                    (
                        row.name,
                        row.code,
                        f"{row.invoices:,}",
                        format_date(row.oldest_issued_on),
                        *(_amount(settings, value) for value in row.buckets),
                        settings.format(row.total),
                    ),
                    row.client_id,
                    tr("The oldest unpaid invoice is %Ln day(s) old.", "", days),
                )
            )
        total = (
            tr("Total"),
            "",
            f"{sum(r.invoices for r in report.rows):,}",
            "",
            *(_amount(settings, value) for value in report.buckets),
            settings.format(report.total),
        )
        self.model.set_lines(lines, total)
        credits = [f"{c.name} ({c.code}) {settings.format(c.credit)}" for c in report.credits]
        self.credits.setText(
            tr("In credit: {clients}.").format(clients="; ".join(credits)) if credits else ""
        )
        self.credits.setVisible(bool(credits))
        if not report.rows:
            self.summary.setText(tr("Nothing is outstanding: every invoice is paid."))
            return
        over_90 = report.buckets[3]
        owing = len(report.rows)
        text = (
            tr("Owed by %Ln client(s): {total}, {over_90} of it for more than 90 days.", "", owing)
            if over_90
            else tr("Owed by %Ln client(s): {total}.", "", owing)
        )
        self.summary.setText(
            text.format(total=settings.format(report.total), over_90=settings.format(over_90))
        )

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.sig_open_client.emit(client_id)


# ---------------------------------------------------------------- To invoice


@dataclass(frozen=True)
class IssueResult:
    invoice_ids: tuple[int, ...]
    numbers: tuple[str, ...]
    #: Whether invoice PDFs can be made (the renderer is there).
    pdfs: bool


class IssueRefused(Exception):
    """One client's invoice was refused, so none was issued (shown on screen, never logged)."""

    def __init__(self, client: str, reason: str) -> None:
        super().__init__(f"{client}: {reason}")


def issue_invoices(vault: Vault, client_ids: Sequence[int], today: date) -> IssueResult:
    """One invoice per client for all their charges not invoiced, dated today; all or none.

    Each invoice goes to the client's default payer (a guardian who pays, if
    any). Everything happens in one transaction: one refusal issues nothing.
    """
    with vault.session() as session:
        issued = []
        for client_id in client_ids:
            charges = billing.client_charges(session, client_id, open_only=True)
            if not charges:  # invoiced from the client's record meanwhile
                continue
            payers = billing.payers(session, client_id)
            payer = payers[0]
            request = InvoiceRequest(
                client_id=client_id,
                issued_on=today,
                charge_ids=tuple(c.id for c in charges),
                guardian_id=payer.guardian_id,
            )
            try:
                invoice_id, _ = billing.issue_invoice(session, request, today)
            except ValidationError as exc:
                client = next(p.name for p in payers if p.guardian_id is None)
                raise IssueRefused(client, _error_text(exc)) from exc
            issued.append(invoice_id)
        numbers = tuple(billing.get_invoice(session, i).number for i in issued)
    pdfs = bool(issued) and _pdfs_available(vault, issued[0], today)
    return IssueResult(tuple(issued), numbers, pdfs)


def _pdfs_available(vault: Vault, invoice_id: int, today: date) -> bool:
    """Whether invoice PDFs can be made here: the first invoice is rendered to find out."""
    # Loaded on first use: reportlab is only needed to make a PDF.
    from app.documents.billing_documents import render_invoice

    with vault.session() as session:
        profile = get_profile(session)
        settings = billing.billing_settings(session)
        invoice = billing.get_invoice(session, invoice_id)
    try:
        render_invoice(profile, settings, invoice, today)
    except NotImplementedError:
        return False
    except Exception:  # any other failure is reported when the PDFs are saved
        return True
    return True


class _Progress(QObject):
    """Lives on the GUI thread; a worker reports how far it got through it."""

    sig_step = Signal(int)
    """How many items are done."""


def save_invoice_pdfs(
    vault: Vault,
    invoice_ids: Sequence[int],
    folder: Path,
    today: date,
    step: Callable[[int], None],
    stop: threading.Event,
) -> list[Path]:
    """Render each invoice and write it into ``folder``, named by client code and number."""
    from app.documents.billing_documents import render_invoice

    with vault.session() as session:
        profile = get_profile(session)
        settings = billing.billing_settings(session)
        invoices = [billing.get_invoice(session, i) for i in invoice_ids]
    written = []
    for done, invoice in enumerate(invoices, start=1):
        if stop.is_set():
            break
        pdf = render_invoice(profile, settings, invoice, today)
        stem = billing_file_stem("Invoice", invoice.client_code, invoice.number)
        path = folder / f"{stem}.pdf"
        atomic_write(path, pdf)
        written.append(path)
        step(done)
    return written


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ToInvoiceTab(QWidget):
    """Clients with charges not invoiced yet; tick them and issue their invoices at once."""

    sig_open_client = Signal(int)
    """The clinician wants this client's account."""

    sig_issued = Signal(object)
    """Invoices were issued (an :class:`IssueResult`)."""

    sig_saved = Signal(object)
    """Invoice PDFs were written (the list of their paths)."""

    HEADERS = (
        marked("Client"),
        marked("Code"),
        marked("Charges"),
        marked("Amount"),
        marked("Paid in advance"),
        marked("Oldest charge"),
    )
    COL_CREDIT = 4

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: tuple[ToInvoiceRow, ...] = ()
        self.settings = BillingSettings()
        self.result_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.last_result: IssueResult | None = None
        #: Asks before issuing (question, detail) → go ahead?
        self.confirm: Callable[[str, str], bool] = self._ask
        self.model = ChoiceModel([tr(h) for h in self.HEADERS], [2, 3, 4], self)
        self.model.sig_choice_changed.connect(self._update_choice)
        self.view = summary_view(self.model)
        self.view.activated.connect(self._activated)
        self.select_all = QCheckBox(tr("Select all"))
        self.select_all.setTristate(False)
        self.select_all.clicked.connect(self._select_all_clicked)
        self.chosen = QLabel()
        self.chosen.setObjectName("hint")
        self.issue_button = QPushButton(tr("Issue invoices…"))
        self.issue_button.setObjectName("primary")
        self.issue_button.clicked.connect(self.issue_selected)
        self.status = text_label("")
        self.summary = QLabel()
        self.summary.setObjectName("cardTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.select_all)
        bar.addWidget(self.chosen, 1)
        bar.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(
            text_label(
                tr(
                    "Sessions held, late cancellations, missed appointments and other charges "
                    "that are not on an invoice yet. Issuing makes one invoice per ticked client "
                    "for all of their charges, dated today and addressed to whoever pays (a "
                    "paying guardian for a minor); money paid in advance is taken off it."
                )
            )
        )
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def show_rows(
        self, rows: Sequence[ToInvoiceRow], credits: dict[int, Decimal], settings: BillingSettings
    ) -> None:
        self.rows = tuple(rows)
        self.settings = settings
        lines = [
            Line(
                (
                    row.name,
                    row.code,
                    f"{row.charges:,}",
                    settings.format(row.amount),
                    settings.format(credits[row.client_id]) if row.client_id in credits else "",
                    format_date(row.oldest_on),
                ),
                row.client_id,
                tr("Paid in advance: the invoice takes it off what is due.")
                if row.client_id in credits
                else "",
            )
            for row in rows
        ]
        total = (
            tr("Total"),
            "",
            f"{sum(r.charges for r in rows):,}",
            settings.format(sum((r.amount for r in rows), Decimal(0))),
            "",
            "",
        )
        self.model.set_lines(lines, total)
        self.view.setColumnHidden(self.COL_CREDIT, not credits)
        self.summary.setText(
            tr("%Ln client(s) with charges to invoice", "", len(rows))
            if rows
            else tr("Nothing to invoice: every charge is on an invoice.")
        )
        self._update_choice()

    def _chosen_rows(self) -> list[ToInvoiceRow]:
        chosen = set(self.model.checked_ids())
        return [row for row in self.rows if row.client_id in chosen]

    def _update_choice(self) -> None:
        chosen = self._chosen_rows()
        self.select_all.setChecked(bool(self.rows) and len(chosen) == len(self.rows))
        self.select_all.setEnabled(bool(self.rows))
        total = sum((r.amount for r in chosen), Decimal(0))
        self.chosen.setText(
            tr("{ticked} of %Ln client(s) ticked: {amount}", "", len(self.rows)).format(
                ticked=f"{len(chosen):,}", amount=self.settings.format(total)
            )
            if self.rows
            else ""
        )
        self.issue_button.setEnabled(bool(chosen))
        self.issue_button.setText(
            tr("Issue %Ln invoice(s)…", "", len(chosen)) if chosen else tr("Issue invoices…")
        )

    def _select_all_clicked(self, checked: bool) -> None:
        self.model.set_all_checked(checked)

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None and index.column() != 0:
            self.sig_open_client.emit(client_id)

    def question_box(self, question: str, detail: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Issue invoices"), question, parent=self)
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(box.addButton(tr("Issue"), QMessageBox.ButtonRole.AcceptRole))
        return box

    def _ask(self, question: str, detail: str) -> bool:
        box = self.question_box(question, detail)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    def issue_selected(self) -> None:
        """Ask, then issue one invoice per ticked client in a worker (one transaction)."""
        chosen = self._chosen_rows()
        if not chosen:
            return
        today = self.ctx.today()
        total = self.settings.format(sum((r.amount for r in chosen), Decimal(0)))
        question = tr("Issue %Ln invoice(s) dated {date}?", "", len(chosen)).format(
            date=format_date(today)
        )
        detail = tr(
            "One invoice per client for all their charges not invoiced yet, {total} in all. "
            "An issued invoice cannot be changed: a mistake is corrected by voiding it "
            "and issuing a new one."
        ).format(total=total)
        if not self.confirm(question, detail):
            return
        ids = [row.client_id for row in chosen]
        vault = self.ctx.vault
        self.issue_button.setEnabled(False)
        self.status.setObjectName("hint")
        self.status.setText(tr("Issuing %Ln invoice(s)…", "", len(ids)))

        def done(result: IssueResult) -> None:
            if not isValid(self):
                return
            self.last_result = result
            self.ctx.bus.publish(Changed.BILLING)
            self._issued(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._update_choice()
            self._show_status(
                tr("No invoice was issued. {reason}").format(reason=_error_text(exc)),
                kind="formError",
                replace=True,
            )

        self.ctx.tasks.run(lambda: issue_invoices(vault, ids, today), done, failed)

    def _show_status(self, text: str, kind: str = "hint", replace: bool = True) -> None:
        self.status.setObjectName(kind)
        self.status.setStyle(self.status.style())
        self.status.setText(text if replace else f"{self.status.text()} {text}".strip())

    def _issued(self, result: IssueResult) -> None:
        self.sig_issued.emit(result)
        if not result.numbers:
            self._show_status(tr("Nothing was left to invoice."))
            return
        numbers = result.numbers
        text = (
            tr("Issued invoice {number}.").format(number=numbers[0])
            if len(numbers) == 1
            else tr("Issued %Ln invoice(s), {first} to {last}.", "", len(numbers)).format(
                first=numbers[0], last=numbers[-1]
            )
        )
        self._show_status(text, kind="ok")
        box = QMessageBox(QMessageBox.Icon.Information, tr("Invoices issued"), text, parent=self)
        box.setInformativeText(
            tr("Each client's account shows their new invoice, to print or save from there.")
            if not result.pdfs
            else tr("You can save them all as PDFs now, or print each from the client's account.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        if result.pdfs:
            save = box.addButton(tr("Save all as PDFs…"), QMessageBox.ButtonRole.ActionRole)
            save.clicked.connect(lambda: self.save_pdfs(result.invoice_ids))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.result_box = box

    def save_pdfs(self, invoice_ids: Sequence[int], folder: Path | None = None) -> None:
        """Ask for a folder, then write every invoice there as a PDF (in a worker)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self,
                tr("Save the invoices in…"),
                _documents_folder(),
                FILE_DIALOG_OPTIONS | QFileDialog.Option.ShowDirsOnly,
            )
            if not chosen:
                return
            folder = Path(chosen)
        ids = list(invoice_ids)
        vault = self.ctx.vault
        today = self.ctx.today()
        stop = threading.Event()
        progress = _Progress(self)
        dialog = QProgressDialog(
            tr("Saving %Ln invoice(s) as PDFs…", "", len(ids)), tr("Stop"), 0, len(ids), self
        )
        dialog.setWindowTitle(tr("Saving invoices"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.canceled.connect(stop.set)
        progress.sig_step.connect(dialog.setValue)
        self.progress = dialog
        target = folder

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            progress.deleteLater()
            self.progress = None

        def done(paths: list[Path]) -> None:
            if not isValid(self):
                return
            finish()
            saved = (
                tr(
                    "Saved %Ln invoice(s) as PDFs in {folder} (stopped before the end).",
                    "",
                    len(paths),
                )
                if len(paths) < len(ids)
                else tr("Saved %Ln invoice(s) as PDFs in {folder}.", "", len(paths))
            )
            self._show_status(saved.format(folder=target), kind="ok")
            self.sig_saved.emit(paths)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            finish()
            self._show_status(
                tr("The PDFs were not all saved: {reason}").format(reason=_error_text(exc)),
                "formError",
            )

        self.ctx.tasks.run(
            lambda: save_invoice_pdfs(vault, ids, target, today, progress.sig_step.emit, stop),
            done,
            failed,
        )


# ---------------------------------------------------------------- Reports


class ReportsTab(QWidget):
    """A year's income by month, by service, payments by method; the accountant's CSV."""

    sig_loaded = Signal()
    """The report of the chosen year is shown."""

    sig_exported = Signal(object)
    """The CSV was written (its path)."""

    MONTH_HEADERS = (
        marked("Month"),
        marked("Charged"),
        marked("Waived"),
        marked("Received"),
        marked("Written off"),
    )
    SERVICE_HEADERS = (marked("Charged for"), marked("Charges"), marked("Amount"))
    METHOD_HEADERS = (marked("Paid by"), marked("Payments"), marked("Amount"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: IncomeReport | None = None
        self._generation = 0
        today = ctx.today()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(today.year)
        self.year.setAccessibleName(tr("Year"))
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.export_button = QPushButton(tr("Export CSV for your accountant…"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.months = SummaryModel([tr(h) for h in self.MONTH_HEADERS], [1, 2, 3, 4], self)
        self.services = SummaryModel([tr(h) for h in self.SERVICE_HEADERS], [1, 2], self)
        self.methods = SummaryModel([tr(h) for h in self.METHOD_HEADERS], [1, 2], self)
        self.month_view = summary_view(self.months, fit_rows=True)
        self.service_view = summary_view(self.services, fit_rows=True)
        self.method_view = summary_view(self.methods, fit_rows=True)
        self.summary = QLabel()
        self.summary.setObjectName("cardTitle")
        self.status = text_label("")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        right = QVBoxLayout()
        right.addWidget(self._heading(tr("By service")))
        right.addWidget(self.service_view)
        right.addSpacing(12)
        right.addWidget(self._heading(tr("Payments by method")))
        right.addWidget(self.method_view)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._heading(tr("By month")))
        left.addWidget(self.month_view)
        left.addStretch(1)
        tables = QHBoxLayout()
        tables.addLayout(left, 3)
        tables.addSpacing(18)
        tables.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(
            text_label(
                tr(
                    "Charges count in the month of the session or charge; payments and "
                    "write-offs in the month they were received or given up. The CSV holds "
                    "dates, invoice and receipt numbers, client codes, services and amounts: no "
                    "names and no clinical content."
                )
            )
        )
        layout.addLayout(tables, 1)
        layout.addWidget(self.status)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("cardTitle")
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return label

    def refresh(self) -> None:
        """Read the chosen year's report in a worker; the newest request wins."""
        self._generation += 1
        generation = self._generation
        year = self.year.value()
        vault = self.ctx.vault

        def work() -> tuple[IncomeReport, BillingSettings]:
            with vault.session() as session:
                return (
                    billing_reports.income_report(session, year),
                    billing.billing_settings(session),
                )

        def done(result: tuple[IncomeReport, BillingSettings]) -> None:
            if isValid(self) and generation == self._generation:
                self.show_report(*result)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self._show_status(
                    tr("The report could not be read: {reason}").format(reason=_error_text(exc)),
                    "formError",
                )

        self.ctx.tasks.run(work, done, failed)

    def show_report(self, report: IncomeReport, settings: BillingSettings) -> None:
        self.report = report

        def money(value: Decimal) -> str:
            return _amount(settings, value)

        months = report.months
        self.months.set_lines(
            [
                Line(
                    (
                        QLocale().standaloneMonthName(m.month),
                        money(m.charged),
                        money(m.waived),
                        money(m.received),
                        money(m.written_off),
                    )
                )
                for m in months
            ],
            (
                tr("Total"),
                money(sum((m.charged for m in months), Decimal(0))),
                money(sum((m.waived for m in months), Decimal(0))),
                money(report.received),
                money(report.written_off),
            ),
        )
        self.services.set_lines(
            [Line((_service_label(s), f"{s.count:,}", money(s.amount))) for s in report.services],
            (
                tr("Total"),
                f"{sum(s.count for s in report.services):,}",
                money(sum((s.amount for s in report.services), Decimal(0))),
            ),
        )
        self.methods.set_lines(
            [
                Line((_method_label(m.method), f"{m.count:,}", money(m.amount)))
                for m in report.methods
            ],
            (
                tr("Total"),
                f"{sum(m.count for m in report.methods):,}",
                money(sum((m.amount for m in report.methods), Decimal(0))),
            ),
        )
        written_off = report.written_off
        summary = (
            tr(
                "{year}: {charged} charged (after waivers), {received} received, "
                "{written_off} written off."
            )
            if written_off
            else tr("{year}: {charged} charged (after waivers), {received} received.")
        )
        self.summary.setText(
            summary.format(
                year=report.year,
                charged=settings.format(report.charged),
                received=settings.format(report.received),
                written_off=settings.format(written_off),
            )
        )
        self.sig_loaded.emit()

    def _show_status(self, text: str, kind: str = "hint") -> None:
        self.status.setObjectName(kind)
        self.status.setStyle(self.status.style())
        self.status.setText(text)

    def export_csv(self, path: Path | None = None) -> None:
        """Ask where, then write the chosen year's CSV there (read and written in a worker)."""
        year = self.year.value()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export for your accountant"),
                str(Path(_documents_folder()) / f"Rapport billing {year}.csv"),
                tr("CSV files (*.csv)"),
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(f"{path.name}.csv")
        target = path
        vault = self.ctx.vault
        self.export_button.setEnabled(False)
        self._show_status(tr("Exporting {year}…").format(year=year))

        def work() -> int:
            with vault.session() as session:
                text = billing_reports.export_csv(session, year)
            atomic_write(target, text.encode("utf-8"))
            return max(0, text.count("\n") - 1)

        def done(rows: int) -> None:
            if not isValid(self):
                return
            self.export_button.setEnabled(True)
            self._show_status(
                tr(
                    "Saved %Ln line(s) of {year} to {path}. "
                    "It holds no names and no clinical content.",
                    "",
                    rows,
                ).format(year=year, path=target),
                "ok",
            )
            self.sig_exported.emit(target)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.export_button.setEnabled(True)
            self._show_status(
                tr("The CSV was not saved: {reason}").format(reason=_error_text(exc)), "formError"
            )

        self.ctx.tasks.run(work, done, failed)


# ---------------------------------------------------------------- the area


class BillingPage(QWidget):
    """The Billing area; its figures are read again whenever billing changes."""

    sig_open_client = Signal(int)
    """The clinician wants a client's account (their record, on its Billing tab)."""

    sig_loaded = Signal()
    """The Outstanding and To invoice figures are up to date."""

    WATCHED = Changed.BILLING | Changed.CLIENTS | Changed.SETTINGS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self.snapshot: Snapshot | None = None
        self._generation = 0
        self._stale = False
        title = QLabel(tr("Billing"))
        title.setObjectName("pageTitle")
        self.outstanding = OutstandingTab()
        self.to_invoice = ToInvoiceTab(ctx)
        self.reports = ReportsTab(ctx)
        self.outstanding.sig_open_client.connect(self.sig_open_client)
        self.to_invoice.sig_open_client.connect(self.sig_open_client)
        self.tabs = tab_widget()
        self.tabs.addTab(self.outstanding, tr("Outstanding"))
        self.tabs.addTab(self.to_invoice, tr("To invoice"))
        self.tabs.addTab(self.reports, tr("Reports"))
        self.status = text_label("", "formError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        ctx.bus.sig_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & self.WATCHED:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the figures again in a worker (the newest request wins)."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        vault = self.ctx.vault
        today = self.ctx.today()

        def done(snapshot: Snapshot) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.snapshot = snapshot
            self.status.clear()
            self.outstanding.show_outstanding(snapshot.outstanding, snapshot.settings)
            self.to_invoice.show_rows(snapshot.to_invoice, snapshot.credits, snapshot.settings)
            self.sig_loaded.emit()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.status.setText(
                    tr("The billing figures could not be read: {reason}").format(
                        reason=_error_text(exc)
                    )
                )

        self.ctx.tasks.run(lambda: read_snapshot(vault, today), done, failed)
        self.reports.refresh()
