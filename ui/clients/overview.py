"""One client's record: who they are at a glance, what needs attention, details and history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import (
    calendar,
    clients,
    consents,
    measures,
    notes,
    outcomes,
    prospects,
    treatment_plan,
)
from app.calendar import VIDEO, AppointmentView
from app.changes import Changed
from app.clients import ClientRecord, EraseReason
from app.errors import RapportError
from app.measures import FOLLOW_UP_LABELS
from app.models import AppointmentStatus, FollowUpStatus, NoteKind
from app.paths import atomic_write
from app.practice import get_profile
from app.record_request import RecordRequest, export_record
from ui.calendar.appointment_dialog import STATUS_WORDS
from ui.clients.billing_tab import BillingTab
from ui.clients.chart_tab import ChartTab
from ui.clients.client_form import ClientDialog
from ui.clients.consent_tab import ConsentTab
from ui.clients.labels import (
    ANSWERED_BY,
    CLIENT_STATUS,
    FEE_ARRANGEMENT,
    GOAL_STATUS,
    HISTORY_ACTION_LABELS,
    HISTORY_FIELD_LABELS,
    MANDATED,
    REQUESTED_BY,
    format_date,
)
from ui.clients.plan_tab import PlanTab
from ui.clients.review import ReviewWindow
from ui.consent.signing import ConsentSigning
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.i18n import Labels, tr
from ui.widgets.forms import set_lines_high
from ui.widgets.labels import text_label
from ui.widgets.snooze import reason_text
from ui.widgets.tabs import tab_widget

#: What became of a follow-up item, in the window's language.
FOLLOW_UP = Labels(FOLLOW_UP_LABELS)


class ClientOverview(QWidget):
    """Header, attention strip and tabs for one client."""

    sig_back = Signal()
    """The clinician wants the list again."""

    sig_open_appointment = Signal(int)
    """The clinician double-clicked one of the client's appointments."""

    sig_open_note = Signal(int)
    """The clinician double-clicked one of the client's notes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: ClientRecord | None = None
        self.setObjectName("page")

        self.back_button = QPushButton(tr("← All clients"))
        self.back_button.setObjectName("link")
        self.back_button.clicked.connect(self.sig_back)
        self.name = QLabel()
        self.name.setObjectName("pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long name, a large font and the buttons beside it: the name wraps, never cut.
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("pageSubtitle")
        self.facts.setWordWrap(True)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setObjectName("primary")
        self.edit_button.setToolTip(tr("Edit the record (Ctrl+E)"))
        self.consent_button = QPushButton(tr("Sign consent…"))
        self.consent_button.setToolTip(
            tr("The client reads and signs the consent on this computer")
        )
        self.consent_button.clicked.connect(lambda: self.sign_consent())
        self.review_button = QPushButton(tr("Why isn't it working?…"))
        self.review_button.setToolTip(
            tr("Every signal about this client at once, and a worksheet to explore with them")
        )
        self.review_button.clicked.connect(lambda: self.open_review())
        self.export_button = QPushButton(tr("Export record…"))
        self.archive_button = QPushButton(tr("Archive…"))
        self.erase_button = QPushButton(tr("Erase…"))
        self.edit_button.clicked.connect(self.edit)
        self.export_button.clicked.connect(self.export)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.erase_button.clicked.connect(self.erase)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.sig_back.emit)

        self.attention = QFrame()
        self.attention.setObjectName("attention")
        self.attention_layout = QVBoxLayout(self.attention)
        self.attention_layout.setContentsMargins(14, 8, 14, 8)
        self.attention_layout.setSpacing(2)

        self.tabs = tab_widget()
        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.tabs.addTab(scroll, tr("Details"))
        self.enquiry = QLabel()
        self.enquiry.setWordWrap(True)
        self.enquiry.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.enquiry.setMargin(12)
        self.tabs.addTab(self.enquiry, tr("Enquiry"))
        self.chart_tab = ChartTab(ctx)
        self.tabs.insertTab(1, self.chart_tab, tr("Chart"))
        self.follow_ups = _table(
            [tr("Raised"), tr("What needs attention"), tr("Status"), tr("What was done")]
        )
        follow_header = self.follow_ups.horizontalHeader()
        follow_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        follow_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.follow_ups.setWordWrap(True)
        self.resolve_button = QPushButton(tr("Record what was done…"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.follow_ups.itemSelectionChanged.connect(self._follow_up_selected)
        self.screens = _table(
            [
                tr("Date"),
                tr("Questionnaire"),
                tr("Total"),
                tr("Band"),
                tr("Cut-off"),
                tr("Answered by"),
            ]
        )
        screening = QWidget()
        screening_layout = QVBoxLayout(screening)
        screening_layout.addWidget(text_label(tr("Follow-up items"), "cardTitle"))
        screening_layout.addWidget(self.follow_ups, 1)
        screening_layout.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignLeft)
        screening_layout.addWidget(text_label(tr("Questionnaires"), "cardTitle"))
        screening_layout.addWidget(self.screens, 1)
        self.tabs.addTab(screening, tr("Screening"))
        self.consent_tab = ConsentTab(ctx)
        self.tabs.addTab(self.consent_tab, tr("Consent"))
        self.appointments = _table(
            [tr("Date"), tr("Time"), tr("Service"), tr("Status"), tr("Owed")]
        )
        # Enter opens the row as a double-click does.
        self.appointments.activated.connect(self._open_appointment)
        self.tabs.addTab(self.appointments, tr("Appointments"))
        self.billing_tab = BillingTab(ctx)
        self.tabs.addTab(self.billing_tab, tr("Billing"))
        self.notes = _table([tr("Session"), tr("Note"), tr("Status")])
        self.notes.activated.connect(self._open_note)
        self.tabs.addTab(self.notes, tr("Notes"))
        self.plan_tab = PlanTab(ctx)
        self.tabs.addTab(self.plan_tab, tr("Treatment plan"))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [tr("When"), tr("What"), tr("Field"), tr("Before"), tr("After")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.history, tr("Edit history"))

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.facts)
        top.addLayout(titles, 1)
        for button in (
            self.review_button,
            self.consent_button,
            self.export_button,
            self.archive_button,
            self.erase_button,
            self.edit_button,
        ):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 20)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(top)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)
        ctx.bus.sig_changed.connect(self._on_changed)

    # ------------------------------------------------------------- showing

    def show_client(self, client_id: int) -> None:
        today = self.ctx.today()
        with self.ctx.vault.session() as session:
            self.record = clients.get_client(session, client_id, today)
            changes = clients.history(session, client_id)
            enquiries = prospects.prospects_of_client(session, client_id)
            items = measures.follow_ups(session, client_id)
            given = measures.administrations(session, client_id)
            self.consent_status = consents.status(session, client_id, today)
            consent_rows = consents.records(session, client_id)
            booked = calendar.client_appointments(session, client_id)
            written = notes.client_notes(session, client_id)
            goals = treatment_plan.plan(session, client_id)
            instruments = self.ctx.instruments().instruments
            chart = outcomes.client_chart(session, client_id, instruments)
            self.signals = outcomes.needs_attention(session, today, instruments, [client_id])
            zone = ZoneInfo(get_profile(session).time_zone)
        self._follow_up_rows = items
        self._fill_follow_ups(items)
        self._fill_screens(given)
        record = self.record
        data = record.data
        self.name.setText(record.display_name)
        facts = [
            tr("age {age}").format(age=record.age),
            data.code,
            CLIENT_STATUS.get(record.status, record.status),
        ]
        if data.pronouns:
            facts.insert(1, data.pronouns)
        self.facts.setText(" · ".join(facts))
        self._fill_attention(record, [i for i in items if i.is_open])
        self._fill_details(record)
        self._fill_history(changes)
        self.consent_tab.show_client(record, self.consent_status, consent_rows)
        self._fill_appointments(booked, zone)
        self._fill_notes(written)
        self.plan_tab.show_plan(client_id, goals, editable=not record.is_archived)
        self.chart_tab.show_chart(chart)
        self.billing_tab.show_client(client_id, archived=record.is_archived)
        self.enquiry.setText(
            "\n\n".join(_enquiry_line(e) for e in enquiries)
            or tr("This client was not recorded as an enquiry first.")
        )
        archived = record.is_archived
        self.edit_button.setEnabled(not archived)
        self.edit_button.setToolTip(
            tr("Archived records are read-only; restore it first.")
            if archived
            else tr("Edit (Ctrl+E)")
        )
        self.archive_button.setText(tr("Restore…") if archived else tr("Archive…"))
        self.consent_button.setEnabled(not archived)
        self.consent_button.setText(self.consent_tab.sign_button.text())
        self.consent_button.setToolTip(self.consent_tab.sign_button.toolTip())

    def _fill_attention(self, record: ClientRecord, open_items: list[measures.FollowUpRow]) -> None:
        while self.attention_layout.count():
            item = self.attention_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        lines = [
            (
                tr("{title} — open since {date}").format(
                    title=item.title, date=format_date(item.created_at.astimezone().date())
                ),
                "formError" if item.kind == "risk" else "warning",
            )
            for item in open_items
        ]
        lines += [
            (reason_text(signal), "formError" if signal.severity >= 2 else "warning")
            for signal in getattr(self, "signals", [])
            if signal.rule not in ("consent", "open_follow_up")  # named below already
        ]
        data = record.data
        lines.append(_consent_line(self.consent_status))
        if record.is_minor:
            nobody = tr("nobody recorded")
            consenting = ", ".join(g.name for g in data.guardians if g.can_consent) or nobody
            paying = ", ".join(g.name for g in data.guardians if g.pays) or nobody
            lines.append(
                (
                    tr("Minor (age {age}). Consent: {consenting}. Pays: {paying}.").format(
                        age=record.age, consenting=consenting, paying=paying
                    ),
                    "warning",
                )
            )
        if data.requested_by in MANDATED:
            lines.append(
                (
                    tr("Therapy requested by {who}.").format(
                        who=REQUESTED_BY[data.requested_by].lower()
                    ),
                    "warning",
                )
            )
        if record.is_archived:
            archived_on = record.archived_at.astimezone().date() if record.archived_at else None
            lines.append(
                (
                    tr(
                        "Archived on {archived}; the record is kept until {until}. It is read-only."
                    ).format(
                        archived=format_date(archived_on),
                        until=format_date(record.retention_until),
                    ),
                    "hint",
                )
            )
        for text, kind in lines:
            self.attention_layout.addWidget(text_label(text, kind))
        self.attention.setVisible(bool(lines))

    def _fill_details(self, record: ClientRecord) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        data = record.data
        fee = FEE_ARRANGEMENT.get(data.fee_arrangement, data.fee_arrangement)
        if data.sliding_fee:
            fee = tr("{fee} ({rate} per session)").format(fee=fee, rate=data.sliding_fee)
        rows = [
            (tr("Legal name"), f"{data.legal_first_name} {data.legal_last_name}"),
            (tr("Preferred name"), data.preferred_name),
            (tr("Pronouns"), data.pronouns),
            (
                tr("Date of birth"),
                tr("{date} (age {age})").format(
                    date=format_date(data.date_of_birth), age=record.age
                ),
            ),
            (tr("Phone"), data.phone),
            (tr("E-mail"), data.email),
            (tr("Address"), data.address),
            (
                tr("Emergency contact"),
                " · ".join(
                    p
                    for p in (
                        data.emergency_contact_name,
                        data.emergency_contact_relationship,
                        data.emergency_contact_phone,
                    )
                    if p
                ),
            ),
            (tr("Guardians"), "\n".join(_guardian_line(g) for g in data.guardians)),
            (tr("Referred by"), data.referral_source),
            (
                tr("Who asked for therapy"),
                REQUESTED_BY.get(data.requested_by, data.requested_by),
            ),
            (tr("Fee"), fee),
            (tr("Diagnoses"), "\n".join(_diagnosis_line(d) for d in data.diagnoses)),
            (tr("Clinical summary"), data.clinical_summary),
            (tr("Treatment goals"), "\n".join(_goal_line(g) for g in data.goals)),
            (tr("Tags"), ", ".join(data.tags)),
        ]
        for caption, value in rows:
            label = QLabel(value or "—")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(caption, label)

    def _fill_follow_ups(self, items: list[measures.FollowUpRow]) -> None:
        self.follow_ups.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                format_date(item.created_at.astimezone().date()),
                item.title,
                FOLLOW_UP.get(item.status, item.status),
                item.resolution_note,
            ]
            for column, text in enumerate(cells):
                self.follow_ups.setItem(row, column, QTableWidgetItem(text))
        self.follow_ups.resizeRowsToContents()
        self.resolve_button.setEnabled(False)

    def _fill_appointments(self, booked: list[AppointmentView], zone: ZoneInfo) -> None:
        """Every appointment, newest first; double-click opens it in the calendar."""
        self._appointment_ids = [item.id for item in booked]
        self.appointments.setRowCount(len(booked))
        for row, item in enumerate(booked):
            start, end = item.start.astimezone(zone), item.end.astimezone(zone)
            cells = [
                f"{_weekday(start.date())} {format_date(start.date())}",
                f"{start:%H:%M}–{end:%H:%M}",
                tr("{service} · video").format(service=item.service_name)
                if item.location == VIDEO
                else item.service_name,
                tr(STATUS_WORDS[AppointmentStatus(item.status)]),
                "" if item.fee_owed is None else self.ctx.money(item.fee_owed),
            ]
            for column, text in enumerate(cells):
                self.appointments.setItem(row, column, QTableWidgetItem(text))

    def _fill_notes(self, written: list[notes.NoteRow]) -> None:
        """Every note, newest first; private process notes are marked."""
        self._note_ids = [row.id for row in written]
        self.notes.setRowCount(len(written))
        for index, row in enumerate(written):
            kind = (
                tr("Process notes (private)")
                if row.kind == NoteKind.PSYCHOTHERAPY
                else row.template_name
            )
            words = [tr("Signed") if row.status == "signed" else tr("Not signed yet")]
            if row.late_entry:
                words.append(tr("late entry"))
            status = " · ".join(words)
            for column, text in enumerate((format_date(row.session_date), kind, status)):
                self.notes.setItem(index, column, QTableWidgetItem(text))

    def _open_note(self) -> None:
        row = self.notes.currentRow()
        ids = getattr(self, "_note_ids", [])
        if 0 <= row < len(ids):
            self.sig_open_note.emit(ids[row])

    def _open_appointment(self) -> None:
        row = self.appointments.currentRow()
        ids = getattr(self, "_appointment_ids", [])
        if 0 <= row < len(ids):
            self.sig_open_appointment.emit(ids[row])

    def _fill_screens(self, given: list[measures.AdministrationRow]) -> None:
        instruments = self.ctx.instruments().instruments
        self.screens.setRowCount(len(given))
        for row, a in enumerate(reversed(given)):
            instrument = instruments.get(a.instrument_id)
            name = instrument.short_name if instrument else a.instrument_id
            cutoff = {True: tr("at or above"), False: tr("below"), None: "—"}[a.at_or_above_cutoff]
            cells = [
                format_date(a.administered_at.astimezone().date()),
                name,
                tr("not scored") if a.total is None else f"{a.total:g}",
                a.band or "—",
                cutoff,
                ANSWERED_BY.get(a.answered_by, a.answered_by),
            ]
            for column, text in enumerate(cells):
                self.screens.setItem(row, column, QTableWidgetItem(text))

    def _follow_up_selected(self) -> None:
        row = self.follow_ups.currentRow()
        items = getattr(self, "_follow_up_rows", [])
        self.resolve_button.setEnabled(0 <= row < len(items) and items[row].is_open)

    def resolve_selected(self) -> None:
        row = self.follow_ups.currentRow()
        items = getattr(self, "_follow_up_rows", [])
        if 0 <= row < len(items) and items[row].is_open:
            self.resolve_dialog = FollowUpDialog(self.ctx, items[row], self)
            self.resolve_dialog.open()

    def _fill_history(self, changes: list[clients.HistoryEntry]) -> None:
        self.history.setRowCount(len(changes))
        for row, entry in enumerate(changes):
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [
                when,
                HISTORY_ACTION_LABELS.get(entry.action, entry.action),
                HISTORY_FIELD_LABELS.get(entry.field, entry.field),
                _shown(entry.old),
                _shown(entry.new),
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _on_changed(self, changed: Changed) -> None:
        watched = Changed.CLIENTS | Changed.MEASURES | Changed.CALENDAR | Changed.NOTES
        if changed & watched and self.record is not None and self.isVisible():
            try:
                self.show_client(self.record.id)
            except clients.ClientNotFound:
                self.record = None
                self.sig_back.emit()

    # ------------------------------------------------------------- actions

    def edit(self) -> None:
        if self.record is None or self.record.is_archived:
            return
        client_id = self.record.id
        today = self.ctx.today()

        def save(session: object, data: clients.ClientInput) -> int:
            clients.update_client(session, client_id, data, today)  # type: ignore[arg-type]
            return client_id

        self.dialog = ClientDialog(
            self.ctx,
            tr("Edit {name}").format(name=self.record.display_name),
            self.record.data,
            save,
            client_id,
            self,
        )
        self.dialog.accepted.connect(lambda: self.ctx.bus.publish(Changed.CLIENTS))
        self.dialog.open()

    def archive_or_restore(self) -> None:
        if self.record is None:
            return
        record = self.record
        with self.ctx.vault.session() as session:
            if record.is_archived:
                question = tr(
                    "Restore {name} to the active list? The record becomes editable again."
                ).format(name=record.display_name)
            else:
                until = clients.retention_if_archived(session, record.id, self.ctx.today())
                question = tr(
                    "Archive {name}? The record becomes read-only and is hidden from the usual "
                    "lists. It will be kept until {until}; you can restore it at any time."
                ).format(name=record.display_name, until=format_date(until))
        answer = QMessageBox.question(
            self, tr("Archive") if not record.is_archived else tr("Restore"), question
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.apply_archive(not record.is_archived)

    def apply_archive(self, archive: bool) -> None:
        """Archive or restore the shown client (after the clinician confirmed)."""
        assert self.record is not None
        try:
            with self.ctx.vault.session() as session:
                if archive:
                    changed = clients.archive(session, self.record.id, self.ctx.today())
                else:
                    changed = clients.restore(session, self.record.id)
        except RapportError as exc:
            QMessageBox.warning(self, tr("Archive"), exc.message)
            return
        self.ctx.bus.publish(changed)

    def erase(self) -> None:
        if self.record is None:
            return
        self.erase_dialog = EraseDialog(self.ctx, self.record, self)
        self.erase_dialog.open()

    def open_review(self) -> ReviewWindow | None:
        """The "Why isn't therapy working?" review of this client."""
        if self.record is None:
            return None
        window = ReviewWindow(self.ctx, self.record.id, self.record.display_name, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.sig_show_tab.connect(self.show_tab)
        self.review_window = window
        window.show()
        return window

    def show_tab(self, title: str) -> None:
        """Show the tab whose English title is ``title`` ("Chart")."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == tr(title):
                self.tabs.setCurrentIndex(index)
                self.window().raise_()
                self.window().activateWindow()
                return

    def sign_consent(self) -> ConsentSigning | None:
        """Hand the laptop to the client to read and sign the consent (re-consent if outdated)."""
        return self.consent_tab.sign()

    def export(self) -> None:
        if self.record is None:
            return
        self.export_dialog = ExportDialog(self.ctx, self.record, self)
        self.export_dialog.open()


def _consent_line(status: consents.ConsentStatus) -> tuple[str, str]:
    signed_on = format_date(status.signed_on)
    if status.kind == "signed":
        return (
            tr("Consent signed (version {version}) on {date}.").format(
                version=status.version, date=signed_on
            ),
            "ok",
        )
    if status.kind == "on_paper":
        return (
            tr("Consent signed on paper (version {version}) on {date}.").format(
                version=status.version, date=signed_on
            ),
            "ok",
        )
    if status.kind == "outdated":
        return (
            tr(
                "Consent signed on version {version}; the current version is {current}. "
                "Offer re-consent."
            ).format(version=status.version, current=status.current_version),
            "warning",
        )
    if status.kind == "revoked":
        return (tr("Consent revoked."), "formError")
    return (tr("No signed consent yet."), "warning")


def _enquiry_line(enquiry: prospects.ProspectRow) -> str:
    day = format_date(enquiry.created_at.date())
    if enquiry.wants_help_with:
        return tr("Enquired on {date}: {reason}").format(date=day, reason=enquiry.wants_help_with)
    return tr("Enquired on {date}: no reason noted").format(date=day)


def _guardian_line(guardian: clients.GuardianInput) -> str:
    words = [
        tr("{name} ({relation})").format(
            name=guardian.name, relation=guardian.relation or tr("guardian")
        )
    ]
    if guardian.can_consent:
        words.append(tr("can consent"))
    if guardian.pays:
        words.append(tr("pays"))
    if guardian.phone:
        words.append(guardian.phone)
    return " · ".join(words)


def _diagnosis_line(diagnosis: clients.DiagnosisInput) -> str:
    if diagnosis.is_primary:
        return tr("{code} {description} (primary)").format(
            code=diagnosis.code, description=diagnosis.description
        )
    return f"{diagnosis.code} {diagnosis.description}"


def _goal_line(goal: clients.GoalInput) -> str:
    status = GOAL_STATUS.get(goal.status, goal.status)
    if goal.target_date:
        return tr("{goal} — {status}, by {date}").format(
            goal=goal.title, status=status, date=format_date(goal.target_date)
        )
    return f"{goal.title} — {status}"


def _weekday(day: date) -> str:
    """The day's short name in the window's language ("Mon")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd")


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FollowUpDialog(QDialog):
    """What was done about a positive screen or a risk answer."""

    def __init__(
        self, ctx: AppContext, item: measures.FollowUpRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setWindowTitle(tr("Record what was done"))
        self.setMinimumWidth(520)
        self.status = QComboBox()
        for value, label in FOLLOW_UP.items():
            if value != FollowUpStatus.OPEN:
                self.status.addItem(label, str(value))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("e.g. Assessed at session 2: drinking within guidelines."))
        set_lines_high(self.note, 5.5)
        self.message = QLabel()
        self.message.setObjectName("formError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(text_label(item.title, "cardTitle"))
        form.addRow(tr("Outcome"), self.status)
        form.addRow(tr("Note"), self.note)
        form.addRow(self.message)
        form.addRow(buttons)

    def submit(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                changed = measures.resolve_follow_up(
                    session, self.item.id, str(self.status.currentData()), self.note.toPlainText()
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(changed | Changed.CLIENTS)


class EraseDialog(QDialog):
    """Erasing for good: a reason, and the client's code typed to confirm."""

    def __init__(
        self, ctx: AppContext, record: ClientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setWindowTitle(tr("Erase a client's record"))
        self.setMinimumWidth(520)
        today = ctx.today()
        self.mistake = QRadioButton(tr("It was entered by mistake"))
        self.retention = QRadioButton(
            tr("Its retention period has ended (kept until {date})").format(
                date=format_date(record.retention_until)
            )
            if record.retention_until
            else tr("Its retention period has ended (only for archived records)")
        )
        self.retention.setEnabled(record.may_be_erased_for_retention(today))
        self.mistake.setChecked(True)
        self.confirmation = QLineEdit()
        self.confirmation.setPlaceholderText(record.data.code)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(tr("Erase permanently"))
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.submit)
        self.confirmation.textChanged.connect(
            lambda text: self.erase_button.setEnabled(
                text.strip().upper() == record.data.code.upper()
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "This removes {name}'s record and everything attached to it. "
                    "It cannot be undone. Archive instead if the record must be kept."
                ).format(name=record.display_name),
                "warning",
            )
        )
        layout.addWidget(self.mistake)
        layout.addWidget(self.retention)
        layout.addWidget(
            QLabel(tr("Type the client's code, {code}, to confirm:").format(code=record.data.code))
        )
        layout.addWidget(self.confirmation)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def submit(self) -> None:
        reason = (
            EraseReason.RETENTION_ENDED
            if self.retention.isChecked()
            else EraseReason.ENTERED_BY_MISTAKE
        )
        try:
            with self.ctx.vault.session() as session:
                changed = clients.erase(
                    session, self.record.id, reason, self.confirmation.text(), self.ctx.today()
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(changed)


class ExportDialog(QDialog):
    """The client's copy of their record (right of access): a PDF and a JSON file."""

    def __init__(
        self, ctx: AppContext, record: ClientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setWindowTitle(tr("Export a client's record"))
        self.setMinimumWidth(520)
        self.include_notes = QCheckBox(tr("Include psychotherapy notes"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            tr("Choose folder and save…")
        )
        self.buttons.accepted.connect(self.choose_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "A readable PDF and a JSON file of {name}'s record, for a record request. "
                    "The files are named with the client code, not the name. "
                    "Saved files are not encrypted: hand them over securely."
                ).format(name=record.display_name)
            )
        )
        layout.addWidget(self.include_notes)
        layout.addWidget(
            text_label(
                tr(
                    "Psychotherapy notes (your private process notes) are left out unless you "
                    "tick this box."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Save the record in…"), "", options=FILE_DIALOG_OPTIONS
        )
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path) -> None:
        """Render off the GUI thread, then write both files into ``folder``."""
        request = RecordRequest(self.record.id, self.include_notes.isChecked())
        today = self.ctx.today()
        vault = self.ctx.vault
        self.buttons.setEnabled(False)
        self.status.setText(tr("Preparing the record…"))

        def work() -> tuple[bytes, bytes, str]:
            with vault.session() as session:
                export = export_record(session, request, today)
            return export.pdf, export.json, export.file_stem

        def done(result: tuple[bytes, bytes, str]) -> None:
            pdf, data, stem = result
            try:
                atomic_write(folder / f"{stem}.pdf", pdf)
                atomic_write(folder / f"{stem}.json", data)
            except (OSError, RapportError) as exc:
                self.failed(exc)
                return
            self.saved = [folder / f"{stem}.pdf", folder / f"{stem}.json"]
            self.buttons.setEnabled(True)
            self.accept()

        self.ctx.tasks.run(work, done, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        message = exc.message if isinstance(exc, RapportError) else str(exc)
        self.status.setText(tr("The record was not saved: {message}").format(message=message))
