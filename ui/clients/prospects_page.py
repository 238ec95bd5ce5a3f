"""The Prospects area: record an enquiry call, follow it to a consultation, convert or close it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import prospects
from app.changes import Changed
from app.clients import ClientInput
from app.errors import RapportError, ValidationError
from app.models import NotProceedingReason, ProspectStatus
from app.prospects import REASON_LABELS, STATUS_LABELS, ProspectInput, ProspectRow
from ui.clients.client_form import ClientDialog
from ui.clients.labels import REQUESTED_BY, REQUESTED_BY_SHORT, format_date
from ui.clients.list_model import LazyRowsModel, list_view
from ui.context import AppContext
from ui.i18n import Labels, marked, tr
from ui.widgets.forms import FieldErrors, set_lines_high
from ui.widgets.labels import text_label

S = ProspectStatus
#: An enquiry's status, and why it did not proceed, in the window's language.
STATUS = Labels(STATUS_LABELS)
REASON = Labels(REASON_LABELS)
COLUMNS = [marked("Name"), marked("Status"), marked("Asked by"), marked("Enquired")]
FILTERS: list[tuple[str, frozenset[str]]] = [
    (marked("Open enquiries"), frozenset({S.NEW, S.CONSULTATION_BOOKED, S.CONSULTATION_HELD})),
    (marked("Became clients"), frozenset({S.BECAME_CLIENT})),
    (marked("Did not proceed"), frozenset({S.DID_NOT_PROCEED})),
    (marked("All enquiries"), frozenset()),
]


def _cell(row: ProspectRow, column: int, role: int) -> Any:
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    status = STATUS.get(S(row.status), row.status)
    if row.status == S.DID_NOT_PROCEED and row.not_proceeding_reason:
        status += f" ({_reason_in_brackets(NotProceedingReason(row.not_proceeding_reason))})"
    return [
        row.name,
        status,
        REQUESTED_BY_SHORT.get(row.requested_by, row.requested_by),
        format_date(row.created_at.astimezone().date()),
    ][column]


def _reason_in_brackets(reason: NotProceedingReason) -> str:
    """The reason as it stands in brackets after the status: lower case in English
    ("Did not proceed (cost)"); a translation keeps its own capitals."""
    shown = REASON[reason]
    return shown.lower() if shown == REASON_LABELS[reason] else shown


class ProspectForm(QWidget):
    """The enquiry's details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.heard_from = QLineEdit()
        self.heard_from.setPlaceholderText(tr("How they heard of the practice"))
        self.wants_help_with = QPlainTextEdit()
        set_lines_high(self.wants_help_with, 4.5)
        self.requested_by = QComboBox()
        for value, label in REQUESTED_BY.items():
            self.requested_by.addItem(label, str(value))
        self.preferred_times = QLineEdit()
        self.preferred_times.setPlaceholderText(tr("e.g. weekday evenings, not Fridays"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, tr("Name *"), "name", self.name)
        self.errors.add_row(form, tr("Phone"), "phone", self.phone)
        self.errors.add_row(form, tr("E-mail"), "email", self.email)
        self.errors.add_row(form, tr("Who is asking"), "requested_by", self.requested_by)
        self.errors.add_row(form, tr("Wants help with"), "wants_help_with", self.wants_help_with)
        self.errors.add_row(form, tr("Heard of us from"), "heard_from", self.heard_from)
        self.errors.add_row(form, tr("Preferred times"), "preferred_times", self.preferred_times)

    def value(self) -> ProspectInput:
        return ProspectInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            heard_from=self.heard_from.text(),
            wants_help_with=self.wants_help_with.toPlainText(),
            requested_by=str(self.requested_by.currentData()),
            preferred_times=self.preferred_times.text(),
        )

    def set_value(self, data: ProspectInput) -> None:
        self.name.setText(data.name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.heard_from.setText(data.heard_from)
        self.wants_help_with.setPlainText(data.wants_help_with)
        self.requested_by.setCurrentIndex(max(0, self.requested_by.findData(data.requested_by)))
        self.preferred_times.setText(data.preferred_times)
        self.errors.clear()


class NotProceedingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Did not proceed"))
        self.reason = QComboBox()
        for value, label in REASON.items():
            self.reason.addItem(label, str(value))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Anything worth remembering (optional)"))
        set_lines_high(self.note, 5)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Why"), self.reason)
        form.addRow(tr("Note"), self.note)
        form.addRow(buttons)


class ProspectsPage(QWidget):
    sig_open_client = Signal(int)
    """The clinician wants to see the client this enquiry became."""

    sig_book_consultation = Signal(int, str)
    """Book this enquiry's free consultation in the calendar (id, name)."""

    sig_start_intake = Signal(int)
    """The clinician wants to do the intake for this enquiry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self.current_id: int | None = None
        self.dialog: QDialog | None = None
        self.model: LazyRowsModel[ProspectRow] = LazyRowsModel(
            [tr(column) for column in COLUMNS], _cell, self
        )

        title = QLabel(tr("Prospects"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, phone or e-mail   (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for label, _statuses in FILTERS:
            self.filter.addItem(tr(label))
        self.new_button = QPushButton(tr("New enquiry"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(tr("Record a new enquiry (Ctrl+N)"))
        self.view = list_view(self.model, [230, 80, 110])

        # The enquiry panel
        self.panel_title = QLabel(tr("New enquiry"))
        self.panel_title.setObjectName("cardTitle")
        self.status_line = QLabel()
        self.status_line.setObjectName("hint")
        self.status_line.setWordWrap(True)
        self.form = ProspectForm()
        self.save_button = QPushButton(tr("Save enquiry"))
        self.save_button.setObjectName("primary")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.booked_button = QPushButton(tr("Book the free consultation…"))
        self.booked_button.setToolTip(tr("Opens the calendar's booking for this enquiry"))
        self.held_button = QPushButton(tr("Consultation held"))
        self.intake_button = QPushButton(tr("Start the intake…"))
        self.intake_button.setObjectName("primary")
        self.intake_button.setToolTip(
            tr("Identity, history and screening; the enquiry becomes a client")
        )
        self.convert_button = QPushButton(tr("Convert to client without intake…"))
        self.not_proceeding_button = QPushButton(tr("Did not proceed…"))
        self.reopen_button = QPushButton(tr("Reopen enquiry"))
        self.open_client_button = QPushButton(tr("Open client"))
        actions = QVBoxLayout()
        for button in (
            self.booked_button,
            self.held_button,
            self.intake_button,
            self.convert_button,
            self.not_proceeding_button,
            self.reopen_button,
            self.open_client_button,
        ):
            actions.addWidget(button)
        panel = QFrame()
        panel.setObjectName("card")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(18, 14, 18, 14)
        panel_layout.addWidget(self.panel_title)
        panel_layout.addWidget(self.status_line)
        panel_layout.addWidget(self.form)
        panel_layout.addWidget(self.message)
        panel_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        panel_layout.addWidget(text_label(tr("Next step"), "cardTitle"))
        panel_layout.addLayout(actions)
        panel_layout.addStretch(1)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter)
        bar.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.run_search)
        self.filter.currentIndexChanged.connect(self.run_search)
        self.new_button.clicked.connect(self.new_enquiry)
        self.save_button.clicked.connect(self.save)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.booked_button.clicked.connect(self._book_consultation)
        self.held_button.clicked.connect(lambda: self.move_to(S.CONSULTATION_HELD))
        self.reopen_button.clicked.connect(lambda: self.move_to(S.NEW))
        self.not_proceeding_button.clicked.connect(self.not_proceeding)
        self.convert_button.clicked.connect(self.convert)
        self.intake_button.clicked.connect(self._start_intake)
        self.open_client_button.clicked.connect(self._open_client)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_enquiry)
        ctx.bus.sig_changed.connect(self._on_changed)
        self.run_search()
        self.new_enquiry()

    # -------------------------------------------------------------- list

    def run_search(self) -> None:
        _label, statuses = FILTERS[self.filter.currentIndex()]
        with self.ctx.vault.session() as session:
            ids = prospects.search_ids(session, self.search.text(), statuses)
        self.model.set_ids(ids, self._fetch)
        if self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row >= 0:
                self.view.selectRow(row)

    def _fetch(self, ids: list[int]) -> list[ProspectRow]:
        with self.ctx.vault.session() as session:
            return prospects.rows(session, ids)

    def _book_consultation(self) -> None:
        if self.current_id is not None:
            self.sig_book_consultation.emit(self.current_id, self.form.name.text().strip())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        prospect_id = self.model.id_at(current.row())
        if prospect_id is not None:
            self.show_prospect(prospect_id)

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.PROSPECTS | Changed.CLIENTS):
            self.run_search()
            if self.current_id is not None:
                self.show_prospect(self.current_id)

    # ------------------------------------------------------------ enquiry

    def new_enquiry(self) -> None:
        self.current_id = None
        self.view.clearSelection()
        self.panel_title.setText(tr("New enquiry"))
        self.status_line.setText(
            tr("Record the call: who, how to reach them, what they want help with.")
        )
        self.form.set_value(ProspectInput(name=""))
        self.message.clear()
        self._update_actions(None)
        self.form.name.setFocus()

    def show_prospect(self, prospect_id: int) -> None:
        with self.ctx.vault.session() as session:
            data, row = prospects.get_prospect(session, prospect_id)
        self.current_id = prospect_id
        self.panel_title.setText(row.name)
        status = STATUS.get(S(row.status), row.status)
        if row.status == S.DID_NOT_PROCEED and row.not_proceeding_reason:
            status += f": {REASON[NotProceedingReason(row.not_proceeding_reason)]}"
        self.status_line.setText(
            tr("{status} · enquired {date}").format(
                status=status, date=format_date(row.created_at.astimezone().date())
            )
        )
        self.form.set_value(data)
        self.message.clear()
        self._update_actions(row.status)

    def _update_actions(self, status: str | None) -> None:
        allowed = prospects.TRANSITIONS.get(status, set()) if status else set()
        self.booked_button.setVisible(S.CONSULTATION_BOOKED in allowed)
        self.held_button.setVisible(S.CONSULTATION_HELD in allowed)
        self.convert_button.setVisible(S.BECAME_CLIENT in allowed)
        self.intake_button.setVisible(S.BECAME_CLIENT in allowed)
        self.not_proceeding_button.setVisible(S.DID_NOT_PROCEED in allowed)
        self.reopen_button.setVisible(status == S.DID_NOT_PROCEED)
        self.open_client_button.setVisible(status == S.BECAME_CLIENT)
        self.save_button.setEnabled(status != S.BECAME_CLIENT)

    def save(self) -> None:
        data = self.form.value()
        try:
            with self.ctx.vault.session() as session:
                if self.current_id is None:
                    self.current_id, changed = prospects.create_prospect(session, data)
                else:
                    changed = prospects.update_prospect(session, self.current_id, data)
        except ValidationError as exc:
            self.form.errors.show(exc.problems)
            self.message.setText(tr("Nothing was saved: please correct the fields marked in red."))
            return
        self.form.errors.clear()
        self.ctx.bus.publish(changed | Changed.PROSPECTS)
        self.message.clear()

    def move_to(self, status: str, reason: str = "", note: str = "") -> None:
        if self.current_id is None:
            return
        try:
            with self.ctx.vault.session() as session:
                changed = prospects.set_status(session, self.current_id, status, reason, note)
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.ctx.bus.publish(changed)

    def not_proceeding(self) -> None:
        dialog = NotProceedingDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self.move_to(
                S.DID_NOT_PROCEED, str(dialog.reason.currentData()), dialog.note.toPlainText()
            )
        )
        dialog.open()

    def convert(self) -> ClientDialog | None:
        if self.current_id is None:
            return None
        prospect_id = self.current_id
        today = self.ctx.today()
        with self.ctx.vault.session() as session:
            start = prospects.client_input_from(session, prospect_id)

        def save(session: object, data: ClientInput) -> int:
            client_id, _ = prospects.convert_to_client(session, prospect_id, data, today)  # type: ignore[arg-type]
            return client_id

        dialog = ClientDialog(self.ctx, tr("Convert to client"), start, save, parent=self)
        dialog.accepted.connect(lambda: self._converted(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _converted(self, dialog: ClientDialog) -> None:
        self.ctx.bus.publish(Changed.CLIENTS | Changed.PROSPECTS)
        if dialog.saved_id is not None:
            self.sig_open_client.emit(dialog.saved_id)

    def _start_intake(self) -> None:
        if self.current_id is not None:
            self.sig_start_intake.emit(self.current_id)

    def _open_client(self) -> None:
        if self.current_id is None:
            return
        with self.ctx.vault.session() as session:
            _data, row = prospects.get_prospect(session, self.current_id)
        if row.client_id is not None:
            self.sig_open_client.emit(row.client_id)
