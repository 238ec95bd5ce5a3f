"""Booking and editing an appointment: who, what, when, where, whether it repeats; its status.

The dialog forwards the clinician's intent to ``app.calendar`` and explains
what comes back: a conflict names the appointment in the way; outside working
hours asks to confirm; a missing or outdated consent warns, offers to start the
consent, and lets the clinician book anyway (recorded). For a session of a
series, a change asks whether it is for this session, this and the following
ones, or all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import billing, calendar, clients, prospects
from app.billing import ChargeView
from app.calendar import (
    VIDEO,
    AppointmentChange,
    AppointmentInput,
    AppointmentView,
    Conflict,
    ConsentNeeded,
    OutsideHours,
    Recurrence,
    Repeat,
    Scope,
    ServiceInfo,
)
from app.changes import Changed
from app.clients import ClientQuery
from app.errors import RapportError
from app.models import AppointmentStatus, ProspectStatus, ServiceKind
from ui.billing.documents import show_invoice
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

#: What the consent warning says about the person ("{name}": who the booking is for).
CONSENT_WORDS = {
    "none": marked("{name} has not signed a consent yet."),
    "outdated": marked("{name} signed an older version of the consent."),
    "revoked": marked("{name} revoked their consent."),
}
NO_CURRENT_CONSENT = marked("{name} has no current consent.")
LOCATIONS = (marked("At the practice"), marked("Video"))
#: Prospects a consultation may be booked for.
OPEN_PROSPECTS = frozenset(
    {ProspectStatus.NEW, ProspectStatus.CONSULTATION_BOOKED, ProspectStatus.CONSULTATION_HELD}
)
STATUS_WORDS = {
    AppointmentStatus.SCHEDULED: marked("Scheduled"),
    AppointmentStatus.ATTENDED: marked("Attended"),
    AppointmentStatus.CANCELLED_BY_CLIENT: marked("Cancelled by the client"),
    AppointmentStatus.CANCELLED_BY_CLINICIAN: marked("Cancelled by you"),
    AppointmentStatus.LATE_CANCELLED: marked("Late cancellation"),
    AppointmentStatus.NO_SHOW: marked("Did not attend"),
}
#: Statuses that may charge the client.
CHARGED = frozenset(
    {AppointmentStatus.ATTENDED, AppointmentStatus.LATE_CANCELLED, AppointmentStatus.NO_SHOW}
)


#: The question for a session of a series, by what is done to it ("Move", "Change", "Cancel").
SCOPE_QUESTIONS = {
    "Move": marked("Move only this session, this and the following sessions, or all of them?"),
    "Change": marked("Change only this session, this and the following sessions, or all of them?"),
    "Cancel": marked("Cancel only this session, this and the following sessions, or all of them?"),
}


def ask_scope(parent: QWidget, what: str) -> Scope | None:
    """For a session of a series: this one, this and following, or all? None: cancel.

    ``what`` is a key of :data:`SCOPE_QUESTIONS`.
    """
    box = QMessageBox(parent)
    box.setWindowTitle(tr("A recurring appointment"))
    box.setText(tr(SCOPE_QUESTIONS[what]))
    this = box.addButton(tr("Only this session"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(tr("This and following"), QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(tr("All sessions"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this)
    box.exec()
    clicked = box.clickedButton()
    if clicked is this:
        return Scope.THIS
    if clicked is following:
        return Scope.FOLLOWING
    return Scope.ALL if clicked is every else None


class PersonPicker(QWidget):
    """Search clients and enquiries as you type; ``choice`` is ("client"|"prospect", id)."""

    sig_chosen = Signal()

    def __init__(self, ctx: AppContext, allow_prospects: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.allow_prospects = allow_prospects
        self.choice: tuple[str, int] | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("Client or enquiry: name, code or phone")
            if allow_prospects
            else tr("Client's name or code")
        )
        self.search.setAccessibleName(tr("Who"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(120)
        self.matches.setVisible(False)
        self.chosen = QLabel()
        self.chosen.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen)
        self.search.textEdited.connect(self.find_people)
        self.matches.itemClicked.connect(self._pick)
        self.matches.itemActivated.connect(self._pick)
        # Enter picks the first match; it must not also press the dialog's Save.
        self.search.installEventFilter(self)

    def find_people(self, text: str) -> None:
        self.matches.clear()
        if not text.strip():
            self.matches.setVisible(False)
            return
        today = self.ctx.today()
        with self.ctx.vault.session() as session:
            ids = clients.search_page(session, ClientQuery(text=text), 0, 12)
            found = clients.rows(session, ids, today)
            enquiries = (
                prospects.rows(session, prospects.search_ids(session, text, OPEN_PROSPECTS)[:6])
                if self.allow_prospects
                else []
            )
        for row in found:
            item = QListWidgetItem(f"{row.name} · {row.code}")
            item.setData(Qt.ItemDataRole.UserRole, ("client", row.id, f"{row.name} ({row.code})"))
            self.matches.addItem(item)
        for enquiry in enquiries:
            item = QListWidgetItem(
                tr("{name} · enquiry (free consultation only)").format(name=enquiry.name)
            )
            item.setData(
                Qt.ItemDataRole.UserRole,
                ("prospect", enquiry.id, tr("{name} (enquiry)").format(name=enquiry.name)),
            )
            self.matches.addItem(item)
        self.matches.setVisible(self.matches.count() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.matches.isVisible()
        ):
            self._pick_first()
            return True
        return super().eventFilter(watched, event)

    def _pick_first(self) -> None:
        if self.matches.count():
            self._pick(self.matches.item(0))

    def _pick(self, item: QListWidgetItem) -> None:
        kind, record_id, label = item.data(Qt.ItemDataRole.UserRole)
        self.set_choice(kind, record_id, label)

    def set_choice(self, kind: str, record_id: int, label: str) -> None:
        self.choice = (kind, record_id)
        self.chosen.setText(tr("Booking for {person}").format(person=label))
        self.search.setText(label)
        self.matches.setVisible(False)
        self.sig_chosen.emit()


class AppointmentDialog(QDialog):
    """New appointment (``existing`` None) or an existing one (edit, status)."""

    sig_start_session = Signal(int)
    """Open the session workspace for this appointment."""

    def __init__(
        self,
        ctx: AppContext,
        start: datetime,
        existing: AppointmentView | None = None,
        start_consent: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.start_consent = start_consent
        self.zone = ctx.zone()
        self.booked: list[int] = []
        #: Answers the confirmation questions (tests replace them).
        self.confirm_outside_hours: Callable[[str], bool] = self._confirm_outside_hours
        self.decide_consent: Callable[[ConsentNeeded], str] = self._decide_consent
        self.choose_scope: Callable[[str], Scope | None] = lambda what: ask_scope(self, what)
        self.confirm_invoice: Callable[[str], bool] = self._confirm_invoice
        self.charge: ChargeView | None = None
        self.setWindowTitle(tr("New appointment") if existing is None else tr("Appointment"))
        self.setMinimumWidth(560)
        with ctx.vault.session() as session:
            self.services = calendar.services(session)
        local = start.astimezone(self.zone)

        self.person = PersonPicker(ctx)
        self.person.sig_chosen.connect(self._fill_services)
        self.partner = PersonPicker(ctx, allow_prospects=False)
        self.partner_row = QLabel(tr("Partner"))
        self.service = QComboBox()
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.day = QDateEdit(QDate(local.year, local.month, local.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.start = QTimeEdit(QTime(local.hour, local.minute))
        self.start.setDisplayFormat("HH:mm")
        self.start.setTimeRange(QTime(6, 0), QTime(22, 45))
        self.duration = QSpinBox()
        self.duration.setRange(calendar.MIN_DURATION, calendar.MAX_DURATION)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(tr(" min"))
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems([tr(place) for place in LOCATIONS])
        self.memo = QPlainTextEdit()
        self.memo.setPlaceholderText(tr("A short private memo (never exported)"))
        self.memo.setMaximumHeight(64)
        self.memo.setTabChangesFocus(True)
        self.repeat = QComboBox()
        self.repeat.addItem(tr("Does not repeat"), None)
        self.repeat.addItem(tr("Every week"), Repeat.WEEKLY)
        self.repeat.addItem(tr("Every 2 weeks"), Repeat.FORTNIGHTLY)
        self.repeat.addItem(tr("Monthly, same weekday"), Repeat.MONTHLY)
        self.ends_count = QRadioButton(tr("After", "a series ends after a number of sessions"))
        self.ends_until = QRadioButton(tr("On", "a series ends on a date"))
        self.ends_count.setChecked(True)
        self.ends_group = QButtonGroup(self)
        self.ends_group.addButton(self.ends_count)
        self.ends_group.addButton(self.ends_until)
        self.count = QSpinBox()
        self.count.setRange(2, calendar.MAX_SERIES_SESSIONS)
        self.count.setValue(12)
        self.count.setSuffix(tr(" sessions"))
        self.until = QDateEdit(QDate(local.year, local.month, local.day).addMonths(3))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        ends = QHBoxLayout()
        for widget in (self.ends_count, self.count, self.ends_until, self.until):
            ends.addWidget(widget)
        ends.addStretch(1)
        self.ends = QWidget()
        self.ends.setLayout(ends)
        ends.setContentsMargins(0, 0, 0, 0)
        self.repeat.currentIndexChanged.connect(
            lambda _i: self.ends.setEnabled(self.repeat.currentData() is not None)
        )
        self.ends.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Who"), self.person)
        form.addRow(self.partner_row, self.partner)
        form.addRow(tr("Service"), self.service)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.start)
        when.addWidget(QLabel(tr("for", "an appointment's length")))
        when.addWidget(self.duration)
        when.addStretch(1)
        form.addRow(tr("When"), when)
        form.addRow(tr("Where"), self.location)
        form.addRow(tr("Repeats"), self.repeat)
        form.addRow(tr("Ends"), self.ends)
        form.addRow(tr("Memo"), self.memo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        # The status of an existing appointment.
        self.status_label = QLabel()
        self.status_buttons: dict[AppointmentStatus, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        for status, text in (
            (AppointmentStatus.ATTENDED, tr("Attended")),
            (AppointmentStatus.NO_SHOW, tr("No-show")),
            (AppointmentStatus.CANCELLED_BY_CLIENT, tr("Client cancelled")),
            (AppointmentStatus.CANCELLED_BY_CLINICIAN, tr("I cancelled")),
            (AppointmentStatus.SCHEDULED, tr("Back to scheduled")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
            status_row.addWidget(button)
        self.session_button = QPushButton(tr("Start session"))
        self.session_button.setObjectName("primary")
        self.session_button.setToolTip(
            tr("Open the session workspace: check-in, homework, the note")
        )
        self.session_button.clicked.connect(self._start_session)
        status_row.insertWidget(1, self.session_button)
        self.status_box = QWidget()
        self.status_box.setLayout(status_row)
        status_row.setContentsMargins(0, 0, 0, 0)

        # What a held or missed session is charged, and its invoice.
        self.charge_label = QLabel()
        self.invoice_button = QPushButton()
        self.invoice_button.clicked.connect(self.invoice_session)
        charge_row = QHBoxLayout()
        charge_row.setContentsMargins(0, 0, 0, 0)
        charge_row.addWidget(self.charge_label, 1)
        charge_row.addWidget(self.invoice_button)
        self.charge_box = QWidget()
        self.charge_box.setLayout(charge_row)
        self.charge_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_box)
        layout.addWidget(self.charge_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fill_services()
        if existing is None:
            self.status_box.setVisible(False)
            self.person.search.setFocus()
        else:
            self._show_existing(existing)

    # ------------------------------------------------------------- filling

    def _fill_services(self) -> None:
        prospect = self.person.choice is not None and self.person.choice[0] == "prospect"
        current = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        for service in self.services:
            if prospect and service.kind != ServiceKind.CONSULTATION:
                continue
            fee = (
                tr("no charge") if service.fee is None or not service.billable else f"{service.fee}"
            )
            self.service.addItem(
                tr("{service} · {minutes} min · {fee}").format(
                    service=service.name, minutes=service.duration_minutes, fee=fee
                ),
                service.id,
            )
        index = self.service.findData(current)
        self.service.setCurrentIndex(max(0, index))
        self.service.blockSignals(False)
        self._service_chosen()

    def _service(self) -> ServiceInfo | None:
        return next((s for s in self.services if s.id == self.service.currentData()), None)

    def _service_chosen(self, _index: int = 0) -> None:
        service = self._service()
        if service is None:
            return
        if self.existing is None or self.existing.service_id != service.id:
            self.duration.setValue(service.duration_minutes)
        couples = service.kind == ServiceKind.COUPLES
        self.partner.setVisible(couples)
        self.partner_row.setVisible(couples)

    def _show_existing(self, item: AppointmentView) -> None:
        kind = "client" if item.client_id is not None else "prospect"
        record_id = item.client_id if item.client_id is not None else item.prospect_id
        assert record_id is not None
        self.person.set_choice(kind, record_id, f"{item.who} ({item.code})")
        self.person.search.setEnabled(False)
        self.person.chosen.setVisible(False)
        index = self.service.findData(item.service_id)
        if index < 0:  # a retired service: still shown for this appointment
            self.service.addItem(item.service_name, item.service_id)
            index = self.service.count() - 1
        self.service.setCurrentIndex(index)
        self.duration.setValue(item.duration_minutes)
        if item.location == VIDEO:
            self.location.setCurrentIndex(1)
        elif item.location:
            self.location.setEditText(item.location)
        self.memo.setPlainText(item.memo)
        self.repeat.setVisible(False)
        self.ends.setVisible(False)
        form = self.layout().itemAt(0).layout()  # type: ignore[union-attr]
        if isinstance(form, QFormLayout):
            form.setRowVisible(self.repeat, False)
            form.setRowVisible(self.ends, False)
        status = AppointmentStatus(item.status)
        facts = [tr(STATUS_WORDS[status])]
        if item.fee_owed is not None:
            facts.append(tr("owes {amount}").format(amount=self.ctx.money(item.fee_owed)))
        if item.series_id is not None:
            facts.append(tr("part of a series"))
        if item.consent_warning:
            facts.append(tr("booked without a current consent"))
        self.status_label.setText(" · ".join(facts))
        scheduled = status == AppointmentStatus.SCHEDULED
        self.session_button.setVisible(
            item.client_id is not None
            and status in (AppointmentStatus.SCHEDULED, AppointmentStatus.ATTENDED)
        )
        for each, button in self.status_buttons.items():
            button.setVisible((each == AppointmentStatus.SCHEDULED) != scheduled)
        editable = scheduled
        for widget in (self.service, self.day, self.start, self.duration, self.location):
            widget.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._show_charge()

    def _show_charge(self) -> None:
        """The session's charge: its amount, and invoiced as N, not invoiced, or waived."""
        item = self.existing
        self.charge = None
        if item is None or item.client_id is None or item.status not in CHARGED:
            self.charge_box.setVisible(False)
            return
        with self.ctx.vault.session() as session:
            self.charge = billing.appointment_charge(session, item.id)
            settings = billing.billing_settings(session)
        charge = self.charge
        self.charge_box.setVisible(True)
        self.invoice_button.setVisible(charge is not None and charge.waived_on is None)
        if charge is None:
            self.charge_label.setText(tr("No charge for this session."))
        elif charge.waived_on is not None:
            self.charge_label.setText(
                tr("Charge {amount} · waived: {reason}").format(
                    amount=settings.format(charge.amount), reason=charge.waive_reason
                )
            )
        elif charge.invoice_id is not None:
            self.charge_label.setText(
                tr("Charge {amount} · invoiced as {number}").format(
                    amount=settings.format(charge.amount), number=charge.invoice_number
                )
            )
            self.invoice_button.setText(tr("View invoice"))
        else:
            self.charge_label.setText(
                tr("Charge {amount} · not invoiced").format(amount=settings.format(charge.amount))
            )
            self.invoice_button.setText(tr("Invoice this session…"))

    def invoice_session(self) -> None:
        """Issue an invoice for this session alone, dated today; or show the one it is on."""
        item, charge = self.existing, self.charge
        if item is None or charge is None:
            return
        if charge.invoice_id is not None:
            show_invoice(self, self.ctx, charge.invoice_id)
            return
        today = self.ctx.today()
        with self.ctx.vault.session() as session:
            payer = billing.payers(session, charge.client_id)[0]
            amount = billing.billing_settings(session).format(charge.amount)
        question = tr(
            "Issue an invoice for this session ({amount}) to {payer}, dated today? "
            "Use the client's Billing tab to invoice several sessions at once."
        ).format(amount=amount, payer=payer.name)
        if not self.confirm_invoice(question):
            return
        try:
            with self.ctx.vault.session() as session:
                _invoice_id, changed = billing.invoice_appointment(
                    session, item.id, today, today, payer.guardian_id
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        self._show_charge()
        self.ctx.bus.publish(changed | Changed.BILLING)

    def _confirm_invoice(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Invoice this session"), question)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------- reading

    def _start(self) -> datetime:
        day = self.day.date()
        at = self.start.time()
        local = datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
        return local.replace(tzinfo=self.zone)

    def _location(self) -> str:
        text = self.location.currentText().strip()
        if text == tr(LOCATIONS[1]):
            return VIDEO
        return "" if text == tr(LOCATIONS[0]) else text

    def _recurrence(self) -> Recurrence | None:
        repeat = self.repeat.currentData()
        if repeat is None:
            return None
        if self.ends_count.isChecked():
            return Recurrence(Repeat(repeat), count=self.count.value())
        until = self.until.date()
        return Recurrence(Repeat(repeat), until=date(until.year(), until.month(), until.day()))

    def booking(
        self, allow_outside: bool = False, accept_consent: bool = False
    ) -> AppointmentInput:
        choice = self.person.choice
        client_id = choice[1] if choice is not None and choice[0] == "client" else None
        prospect_id = choice[1] if choice is not None and choice[0] == "prospect" else None
        service = self._service()
        partner = self.partner.choice
        return AppointmentInput(
            service_id=service.id if service is not None else 0,
            start=self._start(),
            duration_minutes=self.duration.value(),
            client_id=client_id,
            prospect_id=prospect_id,
            partner_ids=(partner[1],)
            if partner is not None and service is not None and service.kind == ServiceKind.COUPLES
            else (),
            location=self._location(),
            memo=self.memo.toPlainText().strip(),
            recurrence=self._recurrence(),
            allow_outside_hours=allow_outside,
            accept_consent_warning=accept_consent,
        )

    # -------------------------------------------------------------- saving

    def save(self) -> None:
        if self.existing is None:
            self._book()
        else:
            self._change()

    def _book(self, allow_outside: bool = False, accept_consent: bool = False) -> None:
        if self.person.choice is None:
            self.message.setText(tr("Choose who the appointment is with."))
            self.person.search.setFocus()
            return
        try:
            with self.ctx.vault.session() as session:
                self.booked = calendar.book(
                    session, self.booking(allow_outside, accept_consent), self.ctx.today()
                )
        except OutsideHours as exc:
            if self.confirm_outside_hours(exc.message):
                self._book(True, accept_consent)
            return
        except ConsentNeeded as exc:
            decision = self.decide_consent(exc)
            if decision == "book":
                self._book(allow_outside, True)
            elif decision == "consent" and self.start_consent is not None:
                client_id = self.booking().client_id
                self.reject()
                if client_id is not None:
                    self.start_consent(client_id)
            return
        except (Conflict, RapportError) as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.CALENDAR)

    def _change(self, allow_outside: bool = False, scope: Scope | None = None) -> None:
        item = self.existing
        assert item is not None
        edit = AppointmentChange(
            start=self._start(),
            duration_minutes=self.duration.value(),
            service_id=self.service.currentData(),
            location=self._location(),
            memo=self.memo.toPlainText().strip(),
            allow_outside_hours=allow_outside,
        )
        if scope is None:
            scope = Scope.THIS
            if item.series_id is not None:
                chosen = self.choose_scope("Change")
                if chosen is None:
                    return
                scope = chosen
        try:
            with self.ctx.vault.session() as session:
                changed = calendar.change(session, item.id, edit, scope, self.ctx.today())
        except OutsideHours as exc:
            if self.confirm_outside_hours(exc.message):
                self._change(True, scope)
            return
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(changed | Changed.CALENDAR)

    def set_status(self, status: AppointmentStatus) -> None:
        item = self.existing
        assert item is not None
        now = self.ctx.now()
        try:
            with self.ctx.vault.session() as session:
                if status in (
                    AppointmentStatus.CANCELLED_BY_CLIENT,
                    AppointmentStatus.CANCELLED_BY_CLINICIAN,
                ):
                    scope = Scope.THIS
                    if item.series_id is not None:
                        chosen = self.choose_scope("Cancel")
                        if chosen is None:
                            return
                        scope = chosen
                    changed = calendar.cancel(
                        session,
                        item.id,
                        by_client=status == AppointmentStatus.CANCELLED_BY_CLIENT,
                        scope=scope,
                        now=now,
                    )
                else:
                    changed = calendar.set_status(session, item.id, status, now)
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(changed | Changed.CALENDAR)

    def _start_session(self) -> None:
        if self.existing is not None:
            self.accept()
            self.sig_start_session.emit(self.existing.id)

    # ---------------------------------------------------------- questions

    def _confirm_outside_hours(self, message: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Outside working hours"),
            tr("{problem}\n\nBook it anyway?").format(problem=message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _decide_consent(self, problem: ConsentNeeded) -> str:
        """ "consent" (start it now), "book" (book anyway, recorded) or "" (do nothing)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Consent"))
        who = self.person.search.text()
        box.setText(tr(CONSENT_WORDS.get(problem.kind, NO_CURRENT_CONSENT)).format(name=who))
        box.setInformativeText(
            tr(
                "You can start the consent now, or book anyway — the booking will note that "
                "the consent was not current."
            )
        )
        start = box.addButton(tr("Start consent…"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(tr("Book anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(start)
        box.exec()
        clicked = box.clickedButton()
        return "consent" if clicked is start else "book" if clicked is anyway else ""


class SlotFinder(QDialog):
    """The next free slots of a given length within working hours; pick one to book it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = ctx.zone()
        self.chosen: datetime | None = None
        self.setWindowTitle(tr("Find a free slot"))
        self.setMinimumWidth(420)
        with ctx.vault.session() as session:
            self.services = calendar.services(session)
        self.service = QComboBox()
        for service in self.services:
            self.service.addItem(
                tr("{service} ({minutes} min)").format(
                    service=service.name, minutes=service.duration_minutes
                ),
                service.id,
            )
        self.service.setCurrentIndex(
            next((i for i, s in enumerate(self.services) if s.kind == ServiceKind.INDIVIDUAL), 0)
        )
        self.count = QSpinBox()
        self.count.setRange(1, 30)
        self.count.setValue(8)
        self.slots = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Book this slot…"))
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.slots.itemActivated.connect(lambda _item: self.choose())
        self.service.currentIndexChanged.connect(lambda _i: self.find_free())
        self.count.valueChanged.connect(lambda _v: self.find_free())
        form = QFormLayout()
        form.addRow(tr("Service"), self.service)
        form.addRow(tr("How many"), self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(text_label(tr("Free times within your working hours, soonest first:")))
        layout.addWidget(self.slots, 1)
        layout.addWidget(self.buttons)
        self.find_free()

    def find_free(self) -> None:
        service = next((s for s in self.services if s.id == self.service.currentData()), None)
        self.slots.clear()
        if service is None:
            return
        with self.ctx.vault.session() as session:
            found = calendar.find_slots(
                session,
                service.duration_minutes,
                self.ctx.now() + timedelta(minutes=30),
                self.count.value(),
                service.buffer_after_minutes,
            )
        locale = QLocale()
        for start in found:
            local = start.astimezone(self.zone)
            item = QListWidgetItem(
                tr("{weekday} {date}, {time}").format(
                    weekday=locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat),
                    date=format_date(local.date()),
                    time=f"{local:%H:%M}",
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, start)
            self.slots.addItem(item)
        if self.slots.count():
            self.slots.setCurrentRow(0)
        else:
            self.slots.addItem(tr("No free slot in the next 8 weeks."))

    def choose(self) -> None:
        item = self.slots.currentItem()
        start = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(start, datetime):
            self.chosen = start
            self.accept()
