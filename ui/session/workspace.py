"""The session workspace: the window a clinician keeps open for the whole session.

A calm header (who, session number, a discreet timer), what the client
answered before the session, what is still open from last time (follow-up
items, homework to review), and the note — saved as it is typed, signed at the
end. The private process notes have their own tab and look. Nothing here ever
waits for a save: the editor saves in the background of the typing, and on
lock, close and quit.

``NoteWindow`` shows one note outside a session: a draft to finish, or a
signed note with its addenda.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import calendar, clients, consents, homework, measures, notes, treatment_plan
from app.changes import Changed
from app.clients import ClientRecord
from app.errors import RapportError, ValidationError
from app.models import AppointmentStatus, HomeworkReview, NoteKind
from app.notes import HomeworkView, NoteView
from app.practice import get_profile
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.session.editor import NoteEditor
from ui.session.surveys import SurveyPanel
from ui.widgets.labels import text_label
from ui.widgets.tabs import tab_widget

REVIEW_LABELS = {
    "": marked("Not reviewed yet"),
    HomeworkReview.DONE: marked("Done"),
    HomeworkReview.PARTLY: marked("Partly"),
    HomeworkReview.NOT_DONE: marked("Not done"),
    HomeworkReview.NOT_ASSIGNED: marked("Was not assigned"),
}
#: What the session shows about a consent that is not current, by its kind.
CONSENT_WARNINGS = {
    "none": marked("No signed consent yet."),
    "outdated": marked("The consent was signed on an older version of the form."),
    "revoked": marked("The client revoked their consent."),
}
#: The template a new session note starts from, when the practice has it.
DEFAULT_TEMPLATE = "SOAP"
PRIVATE_TEMPLATE_KIND = NoteKind.PSYCHOTHERAPY


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return frame, layout


def confirm_sign(parent: QWidget, late: bool) -> bool:
    text = tr(
        "Sign and lock this note? It cannot be changed afterwards; a correction is "
        "added as a dated, signed addendum."
    )
    if late:
        text += "\n\n" + tr(
            "It is more than 24 hours after the session: it will be marked a late entry."
        )
    answer = QMessageBox.question(parent, tr("Sign the note"), text)
    return answer == QMessageBox.StandardButton.Yes


class HomeworkDialog(QDialog):
    """Assign homework: what, why, by when."""

    def __init__(
        self, ctx: AppContext, client_id: int, note_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.note_id = note_id
        self.setWindowTitle(tr("Assign homework"))
        self.setMinimumWidth(460)
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(tr("e.g. Keep a thought record on two anxious moments"))
        self.what.setMaximumHeight(80)
        self.what.setTabChangesFocus(True)
        self.why = QLineEdit()
        self.why.setPlaceholderText(tr("Why it helps, in the client's words if possible"))
        today = ctx.today()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.message = QLabel()
        self.message.setObjectName("formError")
        form = QFormLayout()
        form.addRow(tr("What"), self.what)
        form.addRow(tr("Why"), self.why)
        form.addRow(tr("By", "homework due date"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        due = self.due.date()
        try:
            with self.ctx.vault.session() as session:
                homework.assign_homework(
                    session,
                    self.client_id,
                    self.what.toPlainText(),
                    self.why.text(),
                    date(due.year(), due.month(), due.day()),
                    self.ctx.today(),
                    note_id=self.note_id,
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.NOTES)


class AddendumDialog(QDialog):
    def __init__(self, ctx: AppContext, note_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.note_id = note_id
        self.setWindowTitle(tr("Add an addendum"))
        self.setMinimumWidth(480)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            tr("The correction or addition, as it should stand in the record")
        )
        self.message = QLabel()
        self.message.setObjectName("formError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        sign = QPushButton(tr("Sign addendum"))
        sign.setObjectName("primary")
        buttons.addButton(sign, QDialogButtonBox.ButtonRole.AcceptRole)
        sign.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr("An addendum is dated and signed now, and shown under the note for good.")
            )
        )
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                signer = get_profile(session).clinician_name
                notes.add_addendum(
                    session, self.note_id, self.text.toPlainText(), signer, datetime.now(UTC)
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.NOTES)


class _NoteHost(QWidget):
    """What the workspace and the note window share: saving, signing, addenda."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("page")
        self.editors: list[NoteEditor] = []
        self.dialog: QDialog | None = None
        self.save_status = QLabel()
        self.save_status.setObjectName("hint")
        self.save_status.setWordWrap(True)
        #: Answers "sign and lock?" (tests replace it).
        self.confirm_sign: Callable[[bool], bool] = lambda late: confirm_sign(self, late)
        ctx.bus.sig_about_to_lock.connect(self._before_lock)
        QShortcut(QKeySequence.StandardKey.Save, self, self.flush)

    def _watch(self, editor: NoteEditor) -> None:
        self.editors.append(editor)
        editor.sig_status.connect(self._status)

    def _status(self, text: str, kind: str) -> None:
        self.save_status.setText(text)
        self.save_status.setObjectName(kind)
        self.save_status.setStyle(self.save_status.style())

    def flush(self) -> bool:
        """Save every open draft now; True when all is stored."""
        return all([editor.flush() for editor in self.editors])

    def _before_lock(self) -> None:
        """Locking: save what was typed, then no more saves (the key is about to go)."""
        self.flush()
        for editor in self.editors:
            editor.autosaver.stop()

    def sign(self, editor: NoteEditor) -> NoteView | None:
        if editor.is_empty():
            QMessageBox.information(self, tr("Nothing to sign"), tr("The note is still empty."))
            return None
        if not editor.flush():
            QMessageBox.warning(
                self, tr("Not signed"), tr("The note could not be saved, so it was not signed.")
            )
            return None
        now = datetime.now(UTC)
        zone = self.ctx.zone()
        end = self._session_end(editor.note, zone)
        late = (now - end).total_seconds() > notes.LATE_ENTRY_HOURS * 3600
        if not self.confirm_sign(late):
            return None
        try:
            with self.ctx.vault.session() as session:
                signer = get_profile(session).clinician_name
                signed = notes.sign(session, editor.note.id, signer, now, zone)
        except RapportError as exc:
            QMessageBox.warning(self, tr("Not signed"), exc.message)
            return None
        editor.lock_editing()
        editor.note = signed
        if signed.signed_at is None:
            text = tr("Signed")
        elif signed.late_entry:
            text = tr("Signed by {signer} at {time} — late entry").format(
                signer=signed.signed_by, time=f"{signed.signed_at:%H:%M}"
            )
        else:
            text = tr("Signed by {signer} at {time}").format(
                signer=signed.signed_by, time=f"{signed.signed_at:%H:%M}"
            )
        self._status(text, "ok")
        self.ctx.bus.publish(Changed.NOTES)
        return signed

    def _session_end(self, note: NoteView, zone: ZoneInfo) -> datetime:
        if note.appointment_id is not None:
            with self.ctx.vault.session() as session:
                return calendar.get_appointment(session, note.appointment_id).end
        day_end = datetime.combine(note.session_date, datetime.max.time())
        return day_end.replace(tzinfo=zone)

    def add_addendum(self, note_id: int) -> AddendumDialog:
        dialog = AddendumDialog(self.ctx, note_id, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush():
            answer = QMessageBox.warning(
                self,
                tr("Not saved"),
                tr("The latest text could not be saved. Close anyway and lose it?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        for editor in self.editors:
            editor.autosaver.stop()
        event.accept()


class SessionWorkspace(_NoteHost):
    """The workspace for one appointment."""

    sig_open_client = Signal(int)

    def __init__(self, ctx: AppContext, appointment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.appointment_id = appointment_id
        self.started = datetime.fromtimestamp(ctx.clock(), UTC)
        zone = ctx.zone()
        with ctx.vault.session() as session:
            self.appointment = calendar.get_appointment(session, appointment_id)
            client_id = self.appointment.client_id
            if client_id is None:
                raise ValidationError({"appointment": tr("A session note needs a client.")})
            self.record = clients.get_client(session, client_id, ctx.today())
            history = calendar.client_appointments(session, client_id)
            consent = consents.status(session, client_id, ctx.today())
            open_items = [f for f in measures.follow_ups(session, client_id) if f.is_open]
            self.homework = homework.open_homework(session, client_id)
            plan = treatment_plan.plan(session, client_id)
            goals = [(g.goal_id, g.title) for g in plan if g.status == "active"]
            templates = notes.templates(session)
            note = notes.note_for_appointment(session, appointment_id)
            if note is None:
                template = next(
                    (t for t in templates if t.name == DEFAULT_TEMPLATE),
                    next(t for t in templates if t.kind == NoteKind.PROGRESS),
                )
                day = self.appointment.start.astimezone(zone).date()
                note_id = notes.start_note(session, client_id, template.id, day, appointment_id)
                note = notes.get_note(session, note_id)
            private = notes.note_for_appointment(session, appointment_id, NoteKind.PSYCHOTHERAPY)
        self.templates = templates
        self.goals = goals
        self.number = 1 + sum(
            1
            for a in history
            if a.start < self.appointment.start and a.status == AppointmentStatus.ATTENDED
        )
        data = self.record.data
        self.setWindowTitle(tr("Session — {code}").format(code=data.code))
        self.resize(1280, 800)

        # Header: who, which session, how long so far.
        name = QLabel(self.record.display_name)
        name.setObjectName("pageTitle")
        facts = [tr("Session {number}").format(number=self.number), self.appointment.service_name]
        if data.preferred_name:
            facts.insert(0, tr("prefers “{name}”").format(name=data.preferred_name))
        if data.pronouns:
            facts.insert(0, data.pronouns)
        subtitle = QLabel(" · ".join(facts))
        subtitle.setObjectName("pageSubtitle")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("hint")
        self.timer_label.setAccessibleName(tr("Time since the session started"))
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._update_timer)
        self._tick.start()
        self._update_timer()
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(name)
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignTop)
        attention = _attention_lines(self.record, consent.kind)

        # Left: before the session, and what is open from last time.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        checkin, checkin_lines = _card(tr("Before this session"))
        self.surveys = SurveyPanel(ctx, self.appointment)
        checkin_lines.addWidget(self.surveys)
        side_layout.addWidget(checkin)
        if open_items:
            items, item_lines = _card(tr("Open follow-up items"))
            for item in open_items:
                kind = "formError" if item.kind == "risk" else "warning"
                item_lines.addWidget(text_label(item.title, kind))
            side_layout.addWidget(items)
        homework_card, self.homework_lines = _card(tr("Homework from last time"))
        self.review_boxes: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self._fill_homework()
        self.assign_button = QPushButton(tr("Assign homework…"))
        self.assign_button.clicked.connect(self.assign_homework)
        self.homework_lines.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(homework_card)
        side_layout.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        # As wide as its buttons need, in lines of text: a larger system font widens it.
        line = side_scroll.fontMetrics().height()
        side_scroll.setMinimumWidth(max(330, 24 * line))
        side_scroll.setMaximumWidth(max(420, 30 * line))

        # Right: the note (and the private process notes).
        self.note_editor = NoteEditor(ctx, note, goals)
        self._watch(self.note_editor)
        self.private_editor: NoteEditor | None = None
        self.tabs = tab_widget()
        self.tabs.addTab(self.note_editor, tr("Session note"))
        self.private_holder = QWidget()
        self.private_layout = QVBoxLayout(self.private_holder)
        self.private_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.private_holder, tr("Process notes (private)"))
        if private is not None:
            self._show_private(private)
        else:
            start_private = QPushButton(tr("Start private process notes"))
            start_private.clicked.connect(self.start_private)
            self.private_layout.addWidget(
                text_label(
                    tr(
                        "Process notes are your private working notes: kept apart from the "
                        "record, left out of record requests and exports."
                    )
                )
            )
            self.private_layout.addWidget(start_private, 0, Qt.AlignmentFlag.AlignLeft)
            self.private_layout.addStretch(1)
        self.template = QComboBox()
        for template in templates:
            if template.kind == NoteKind.PROGRESS:
                self.template.addItem(template.name, template.id)
        self.template.setCurrentIndex(max(0, self.template.findText(note.template_name)))
        self.template.setToolTip(tr("The note's sections (only while the note is still empty)"))
        self.template.currentIndexChanged.connect(self.change_template)
        self.measures_button = QPushButton(tr("Insert today's measures"))
        self.measures_button.clicked.connect(self.insert_measures)
        self.sign_button = QPushButton(tr("Sign note…"))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(lambda: self.sign_note())
        self.end_button = QPushButton(tr("End session"))
        self.end_button.clicked.connect(self.close)
        note_bar = QHBoxLayout()
        note_bar.addWidget(QLabel(tr("Template")))
        note_bar.addWidget(self.template)
        note_bar.addWidget(self.measures_button)
        note_bar.addStretch(1)
        note_bar.addWidget(self.sign_button)
        right = QVBoxLayout()
        right.addLayout(note_bar)
        right.addWidget(self.tabs, 1)

        body = QHBoxLayout()
        body.addWidget(side_scroll)
        body.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(header)
        for text, kind in attention:
            layout.addWidget(text_label(text, kind))
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._reflect_signed()

    # ---------------------------------------------------------------- header

    def _update_timer(self) -> None:
        elapsed = datetime.fromtimestamp(self.ctx.clock(), UTC) - self.started
        minutes = max(0, int(elapsed.total_seconds() // 60))
        self.timer_label.setText(tr("{minutes} min").format(minutes=minutes))

    # ------------------------------------------------------------------ note

    def change_template(self) -> None:
        """Another template, while the note is still empty (the empty draft is replaced)."""
        template_id = self.template.currentData()
        editor = self.note_editor
        if editor.locked or template_id is None:
            return
        if not editor.is_empty():
            self.template.blockSignals(True)
            self.template.setCurrentIndex(self.template.findText(editor.note.template_name))
            self.template.blockSignals(False)
            self._status(tr("The template can be changed only while the note is empty."), "hint")
            return
        editor.autosaver.stop()
        with self.ctx.vault.session() as session:
            notes.delete_draft(session, editor.note.id)
            note_id = notes.start_note(
                session,
                editor.note.client_id,
                template_id,
                editor.note.session_date,
                self.appointment_id,
            )
            note = notes.get_note(session, note_id)
        replacement = NoteEditor(self.ctx, note, self.goals)
        self.editors.remove(editor)
        self._watch(replacement)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, replacement, tr("Session note"))
        self.tabs.setCurrentIndex(0)
        editor.deleteLater()
        self.note_editor = replacement

    def insert_measures(self) -> None:
        editor = self.note_editor
        target = editor.section_edit("measures") or (
            editor.sections[-1].edit if editor.sections else None
        )
        if target is None or editor.locked:
            return
        zone = self.ctx.zone()
        with self.ctx.vault.session() as session:
            text = notes.measures_text(
                session, editor.note.client_id, self.appointment.start.astimezone(zone).date()
            )
        if not text:
            self._status(tr("No questionnaires were answered for this session."), "hint")
            return
        existing = target.toPlainText().rstrip()
        target.setPlainText(f"{existing}\n{text}".strip())

    def sign_note(self) -> NoteView | None:
        signed = self.sign(self.note_editor)
        self._reflect_signed()
        return signed

    def _reflect_signed(self) -> None:
        signed = self.note_editor.locked
        self.sign_button.setEnabled(not signed)
        self.template.setEnabled(not signed)
        self.measures_button.setEnabled(not signed)

    def start_private(self) -> NoteEditor:
        template = next(t for t in self.templates if t.kind == NoteKind.PSYCHOTHERAPY)
        with self.ctx.vault.session() as session:
            note_id = notes.start_note(
                session,
                self.note_editor.note.client_id,
                template.id,
                self.note_editor.note.session_date,
                self.appointment_id,
            )
            note = notes.get_note(session, note_id)
        return self._show_private(note)

    def _show_private(self, note: NoteView) -> NoteEditor:
        while self.private_layout.count():
            item = self.private_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        editor = NoteEditor(self.ctx, note, [])
        self._watch(editor)
        self.private_layout.addWidget(editor)
        sign = QPushButton(tr("Sign process notes…"))
        sign.clicked.connect(lambda: self.sign(editor))
        self.private_layout.addWidget(sign, 0, Qt.AlignmentFlag.AlignRight)
        self.private_editor = editor
        return editor

    # -------------------------------------------------------------- homework

    def _fill_homework(self) -> None:
        if not self.homework:
            self.homework_lines.addWidget(text_label(tr("Nothing open from last time.")))
        for item in self.homework:
            self.homework_lines.addWidget(_homework_row(self, item))

    def review(self, homework_id: int, review: str, note: str) -> None:
        if not review:
            return
        try:
            with self.ctx.vault.session() as session:
                homework.review_homework(
                    session, homework_id, HomeworkReview(review), note, self.ctx.today()
                )
        except RapportError as exc:
            self._status(exc.message, "formError")
            return
        self.ctx.bus.publish(Changed.NOTES)

    def assign_homework(self) -> HomeworkDialog:
        dialog = HomeworkDialog(
            self.ctx, self.note_editor.note.client_id, self.note_editor.note.id, self
        )
        dialog.accepted.connect(lambda: self._status(tr("Homework assigned."), "ok"))
        self.dialog = dialog
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- close

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self._tick.stop()


def _homework_row(workspace: SessionWorkspace, item: HomeworkView) -> QWidget:
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 4, 0, 4)
    what = (
        tr("{homework} (by {date})").format(homework=item.what, date=format_date(item.due_on))
        if item.due_on
        else item.what
    )
    layout.addWidget(text_label(what, ""))
    review = QComboBox()
    for value, label in REVIEW_LABELS.items():
        review.addItem(tr(label), str(value))
    review.setAccessibleName(tr("How it went: {homework}").format(homework=item.what))
    note = QLineEdit()
    note.setPlaceholderText(tr("What got in the way, or what helped"))
    line = QHBoxLayout()
    line.addWidget(review)
    line.addWidget(note, 1)
    layout.addLayout(line)
    review.currentIndexChanged.connect(
        lambda _i: workspace.review(item.id, str(review.currentData()), note.text())
    )
    note.editingFinished.connect(
        lambda: workspace.review(item.id, str(review.currentData()), note.text())
    )
    workspace.review_boxes[item.id] = (review, note)
    return row


def _attention_lines(record: ClientRecord, consent_kind: str) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    if record.is_minor:
        lines.append((tr("A minor (age {age}).").format(age=record.age), "warning"))
    if consent_kind in CONSENT_WARNINGS:
        lines.append((tr(CONSENT_WARNINGS[consent_kind]), "warning"))
    return lines


class NoteWindow(_NoteHost):
    """One note outside a session: a draft to finish, or a signed note and its addenda."""

    def __init__(self, ctx: AppContext, note_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        with ctx.vault.session() as session:
            note = notes.get_note(session, note_id)
            record = clients.get_client(session, note.client_id, ctx.today())
            goals = [(g.goal_id, g.title) for g in treatment_plan.plan(session, note.client_id)]
        self.note_id = note_id
        self.archived = record.is_archived
        self.setWindowTitle(
            tr("Note — {code}, {date}").format(
                code=record.data.code, date=format_date(note.session_date)
            )
        )
        self.resize(900, 760)
        title = QLabel(record.display_name)
        title.setObjectName("pageTitle")
        kind = (
            tr("Process notes (private)")
            if note.kind == NoteKind.PSYCHOTHERAPY
            else tr("Session note")
        )
        subtitle = QLabel(
            tr("{kind} · {template} · {date}").format(
                kind=kind, template=note.template_name, date=format_date(note.session_date)
            )
        )
        subtitle.setObjectName("pageSubtitle")
        self.editor = NoteEditor(ctx, note, goals)
        self._watch(self.editor)
        self.signed_line = QLabel()
        self.signed_line.setObjectName("hint")
        self.signed_line.setWordWrap(True)
        self.addenda = QVBoxLayout()
        self.sign_button = QPushButton(tr("Sign note…"))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(lambda: self.sign_note())
        self.addendum_button = QPushButton(tr("Add addendum…"))
        self.addendum_button.clicked.connect(lambda: self.add_addendum(self.note_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_status, 1)
        buttons.addWidget(self.addendum_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.signed_line)
        layout.addLayout(self.addenda)
        layout.addLayout(buttons)
        ctx.bus.sig_changed.connect(self._on_changed)
        self._show(note)

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.NOTES and self.editor.locked:
            with self.ctx.vault.session() as session:
                self._show(notes.get_note(session, self.note_id))

    def _show(self, note: NoteView) -> None:
        signed = note.is_signed
        self.sign_button.setVisible(not signed and not self.archived)
        self.addendum_button.setVisible(signed and not self.archived)
        archived = tr("The client is archived: restore the record to add to it.")
        if signed and note.signed_at is not None:
            local = note.signed_at.astimezone(self.ctx.zone())
            signed_line = (
                tr("Signed by {signer} on {date} at {time} — late entry")
                if note.late_entry
                else tr("Signed by {signer} on {date} at {time}")
            ).format(signer=note.signed_by, date=format_date(local.date()), time=f"{local:%H:%M}")
            facts = [signed_line, tr("fingerprint {hash}").format(hash=note.content_hash[:16])]
            if self.archived:
                facts.append(archived)
            self.signed_line.setText(" · ".join(facts))
        elif self.archived:
            self.signed_line.setText(archived)
        while self.addenda.count():
            item = self.addenda.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for addendum in note.addenda:
            local = addendum.signed_at.astimezone(self.ctx.zone())
            self.addenda.addWidget(
                text_label(
                    tr("Addendum, {date} {time}, signed by {signer}: {text}").format(
                        date=format_date(local.date()),
                        time=f"{local:%H:%M}",
                        signer=addendum.signed_by,
                        text=addendum.text,
                    ),
                    "",
                )
            )

    def sign_note(self) -> NoteView | None:
        signed = self.sign(self.editor)
        if signed is not None:
            self._show(signed)
        return signed
