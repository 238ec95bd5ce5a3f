"""The session workspace's "Before this session" card: scores, surveys handed over, paper, guess.

The card shows what the client answered for this session, and hands the
laptop to the client for the questionnaires their measurement plan makes due
before or after it. Each questionnaire is stored the moment its last question
is answered. When the laptop comes back, a risk answer among them is shown at
once and must be acknowledged (the acknowledgement is audited; the follow-up
item stays open until the clinician records what was done).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app import measures, outcomes, surveys
from app.calendar import AppointmentView
from app.changes import Changed
from app.documents.survey_form import render_blank_survey, survey_form_file_stem
from app.errors import RapportError
from app.instruments import Instrument
from app.models import Administration, AnsweredBy, ClinicianGuess
from app.practice import get_profile
from app.surveys import PIN_LENGTHS, TIMING_LABELS
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.documents import DocumentPreview
from ui.intake.client_mode import ClientMode
from ui.widgets.labels import text_label

EVALUATION = "session_evaluation"
#: Wrong PINs allowed in one hand-over; after that only the passphrase opens the laptop.
MAX_PIN_TRIES = 5


def checkin_lines(
    instruments: dict[str, Instrument],
    given: list[measures.AdministrationRow],
    appointment: AppointmentView,
    zone: ZoneInfo,
) -> list[tuple[str, str]]:
    """Today's questionnaires: the score, its band, and the change since the previous one."""
    day = appointment.start.astimezone(zone).date()
    today = [a for a in given if a.administered_at.astimezone(zone).date() == day]
    lines: list[tuple[str, str]] = []
    for administration in today:
        instrument = instruments.get(administration.instrument_id)
        name = instrument.short_name if instrument else administration.instrument_id
        kind = "formError" if administration.risk else "hint"
        if administration.total is None:
            lines.append((f"{name}: answered (no total)", kind))
        else:
            text = f"{name}: {administration.total:g}"
            if administration.band:
                text += f" ({administration.band})"
            earlier = [
                a
                for a in given
                if a.instrument_id == administration.instrument_id
                and a.administered_at < administration.administered_at
                and a.total is not None
            ]
            if earlier:
                change = administration.total - (earlier[-1].total or 0)
                text += f", {change:+g} since {format_date(earlier[-1].administered_at.date())}"
            lines.append((text, kind))
        for flag in administration.risk:
            lines.append((f"⚠ {flag}", "formError"))
    if not lines:
        lines.append(("No questionnaire answered for this session yet.", "hint"))
    return lines


def make_verifier(
    check_passphrase: Callable[[str], bool], stored_pin_hash: str
) -> Callable[[str], bool]:
    """Passphrase or PIN; the PIN stops working after a few wrong tries (run off the GUI thread)."""
    wrong_pins = [0]

    def verify(text: str) -> bool:
        looks_like_pin = text.isascii() and text.isdigit() and len(text) in PIN_LENGTHS
        if stored_pin_hash and looks_like_pin and wrong_pins[0] < MAX_PIN_TRIES:
            if surveys.pin_matches(stored_pin_hash, text):
                return True
            wrong_pins[0] += 1
        return check_passphrase(text)

    return verify


class SurveyPanel(QWidget):
    """The card's content for one appointment; refreshes itself when measures change."""

    def __init__(
        self, ctx: AppContext, appointment: AppointmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        assert appointment.client_id is not None
        self.client_id = appointment.client_id
        self.instruments = ctx.instruments().instruments
        self.client_mode: ClientMode | None = None
        self.dialog: QDialog | None = None
        #: Administrations stored during the current hand-over.
        self.given_ids: list[int] = []
        self.save_problems: list[str] = []
        self.due_ids: dict[str, list[str]] = {"before": [], "after": []}

        self.lines = QVBoxLayout()
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.before_button = QPushButton()
        self.before_button.clicked.connect(lambda: self.hand_to_client("before"))
        self.after_button = QPushButton()
        self.after_button.clicked.connect(lambda: self.hand_to_client("after"))
        self.print_button = QPushButton("Print blank survey…")
        self.print_button.clicked.connect(self.print_blank)
        self.paper_button = QPushButton("Enter a paper survey…")
        self.paper_button.clicked.connect(self.enter_paper)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.print_button)
        paper_row.addWidget(self.paper_button)

        self.guess_spin = QSpinBox()
        self.guess_spin.setAccessibleName("Your guess of their rating of this session")
        evaluation = self.instruments.get(EVALUATION)
        low = evaluation.min_score if evaluation else None
        high = evaluation.max_score if evaluation else None
        self.guess_spin.setRange(int(low or 0), int(high if high is not None else 16))
        self.guess_button = QPushButton("Save")
        self.guess_button.clicked.connect(self.save_guess)
        self.guess_status = text_label("")
        guess_row = QHBoxLayout()
        guess_row.addWidget(QLabel("Your guess of their rating…"))
        guess_row.addWidget(self.guess_spin)
        guess_row.addWidget(self.guess_button)
        guess_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines)
        layout.addWidget(self.before_button)
        layout.addWidget(self.after_button)
        layout.addLayout(paper_row)
        layout.addLayout(guess_row)
        layout.addWidget(self.guess_status)
        self.guess_row_enabled = evaluation is not None
        ctx.bus.sig_changed.connect(self._on_changed)
        self.refresh()

    # ------------------------------------------------------------ showing

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.MEASURES | Changed.OUTCOMES | Changed.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        zone = self.ctx.zone()
        today = self.ctx.today()
        with self.ctx.vault.session() as session:
            given = measures.administrations(session, self.client_id)
            for timing in surveys.TIMINGS:
                self.due_ids[timing] = surveys.due(
                    session, self.appointment.id, timing, self.instruments, today
                )
            guess = session.scalar(
                select(ClinicianGuess.guessed_total).where(
                    ClinicianGuess.appointment_id == self.appointment.id
                )
            )
            rated = session.scalar(
                select(Administration.id)
                .where(
                    Administration.appointment_id == self.appointment.id,
                    Administration.instrument_id == EVALUATION,
                )
                .limit(1)
            )
        while self.lines.count():
            entry = self.lines.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()
        for line, kind in checkin_lines(self.instruments, given, self.appointment, zone):
            self.lines.addWidget(text_label(line, kind))
        for timing, button in (("before", self.before_button), ("after", self.after_button)):
            count = len(self.due_ids[timing])
            button.setText(f"Hand to client: {TIMING_LABELS[timing].lower()} ({count})")
            button.setEnabled(count > 0)
        if guess is not None:
            self.guess_spin.setValue(int(guess))
        if not self.guess_row_enabled:
            self.guess_status.setText("The session evaluation is not installed.")
            open_for_guess = False
        elif rated is not None:
            self.guess_status.setText(
                "The client has rated this session: a guess is made before seeing it."
            )
            open_for_guess = False
        else:
            self.guess_status.setText(
                f"Saved guess: {guess:g}" if guess is not None else "Guess before they rate it."
            )
            open_for_guess = True
        self.guess_spin.setEnabled(open_for_guess)
        self.guess_button.setEnabled(open_for_guess)

    def line_texts(self) -> list[str]:
        """What the card says about today's questionnaires."""
        items = (self.lines.itemAt(i) for i in range(self.lines.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w.text() for w in widgets if isinstance(w, QLabel)]

    # ------------------------------------------------------------ handing over

    def hand_to_client(self, timing: str) -> ClientMode | None:
        """Full screen: only this client's due questionnaires, one question at a time."""
        chosen = [self.instruments[i] for i in self.due_ids[timing] if i in self.instruments]
        if not chosen or self.client_mode is not None:
            return None
        with self.ctx.vault.session() as session:
            stored_pin = surveys.pin_hash(session)
        verify = make_verifier(self.ctx.vault.verify_passphrase, stored_pin)
        mode = ClientMode(
            chosen, verify, self.ctx.tasks, accepts_pin=bool(stored_pin), keep_finished=True
        )
        self.given_ids = []
        self.save_problems = []
        mode.sig_instrument_done.connect(
            lambda instrument_id: self._keep(mode, timing, instrument_id)
        )
        mode.sig_returned.connect(lambda: self._returned(mode))
        self.client_mode = mode
        mode.showFullScreen()
        return mode

    def _keep(self, mode: ClientMode, timing: str, instrument_id: str) -> None:
        """Store a questionnaire as soon as its last question is answered."""
        instrument = self.instruments[instrument_id]
        try:
            with self.ctx.vault.session() as session:
                administration_id, _ = surveys.record_survey(
                    session,
                    self.appointment.id,
                    timing,
                    instrument,
                    mode.answers[instrument_id],
                    AnsweredBy.CLIENT,
                    self.ctx.now(),
                )
        except RapportError as exc:
            # Shown to the clinician on return, never to the client.
            self.save_problems.append(f"{instrument.short_name}: {exc.message}")
            return
        self.given_ids.append(administration_id)
        self.ctx.bus.publish(Changed.MEASURES)

    def _returned(self, mode: ClientMode) -> None:
        self.client_mode = None
        mode.deleteLater()
        self.window().raise_()
        if self.save_problems:
            QMessageBox.warning(
                self,
                "Not saved",
                "These answers could not be saved:\n\n" + "\n".join(self.save_problems),
            )
        with self.ctx.vault.session() as session:
            risks = surveys.risk_answers(session, self.given_ids)
        if risks:
            text = "\n\n".join(f"⚠ {r.message}" for r in risks)
            QMessageBox.warning(
                self,
                "Risk answer",
                f"{text}\n\nThe follow-up item stays open until you record what was done.",
            )
            with self.ctx.vault.session() as session:
                surveys.acknowledge_risk(session, [r.administration_id for r in risks])
            self.ctx.bus.publish(Changed.AUDIT | Changed.MEASURES)
        self.refresh()

    # ------------------------------------------------------------ paper

    def print_blank(self) -> BlankSurveyDialog:
        due = self.due_ids["before"] + self.due_ids["after"]
        dialog = BlankSurveyDialog(self.instruments, due, self)
        dialog.accepted.connect(lambda: self.preview_blank(dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def preview_blank(self, instrument_ids: Sequence[str]) -> DocumentPreview | None:
        chosen = [self.instruments[i] for i in instrument_ids if i in self.instruments]
        if not chosen:
            return None
        with self.ctx.vault.session() as session:
            profile = get_profile(session)
        data = render_blank_survey(profile, chosen)
        names = ", ".join(i.short_name for i in chosen)
        preview = DocumentPreview(
            data, f"Blank questionnaire — {names}", f"{survey_form_file_stem(chosen)}.pdf", self
        )
        self.dialog = preview
        preview.open()
        return preview

    def enter_paper(self) -> PaperSurveyDialog:
        dialog = PaperSurveyDialog(
            self.ctx, self.appointment.id, self.instruments, self.due_ids, self
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ guess

    def save_guess(self) -> None:
        evaluation = self.instruments.get(EVALUATION)
        if evaluation is None:
            return
        try:
            with self.ctx.vault.session() as session:
                changed = outcomes.record_guess(
                    session, self.appointment.id, float(self.guess_spin.value()), evaluation
                )
        except RapportError as exc:
            self.guess_status.setText(exc.message)
            return
        self.ctx.bus.publish(changed)
        self.refresh()


class BlankSurveyDialog(QDialog):
    """Choose the questionnaires to print blank (those due for this session are ticked)."""

    def __init__(
        self, instruments: dict[str, Instrument], due: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print blank survey")
        self.list = QListWidget()
        for instrument in sorted(instruments.values(), key=lambda i: i.short_name):
            item = QListWidgetItem(f"{instrument.short_name} — {instrument.name}")
            item.setData(Qt.ItemDataRole.UserRole, instrument.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = instrument.id in due
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label("The questionnaires to print, each on a page of its own."))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]


class PaperSurveyDialog(QDialog):
    """Type in the answers of a questionnaire the client filled in on paper."""

    def __init__(
        self,
        ctx: AppContext,
        appointment_id: int,
        instruments: dict[str, Instrument],
        due: dict[str, list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.instruments = instruments
        self.setWindowTitle("Enter a paper survey")
        self.resize(560, 640)
        self.timing = QComboBox()
        for timing in surveys.TIMINGS:
            self.timing.addItem(TIMING_LABELS[timing], timing)
        self.instrument = QComboBox()
        first = [i for t in surveys.TIMINGS for i in due.get(t, []) if i in instruments]
        rest = sorted(
            (i for i in instruments if i not in first), key=lambda i: instruments[i].short_name
        )
        for instrument_id in dict.fromkeys(first + rest):
            self.instrument.addItem(instruments[instrument_id].short_name, instrument_id)
        if not due.get("before") and due.get("after"):
            self.timing.setCurrentIndex(1)
        self.instrument.currentIndexChanged.connect(self._show_items)
        self.form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.inputs: dict[str, QComboBox] = {}
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow("When", self.timing)
        top.addRow("Questionnaire", self.instrument)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_items()

    def choose(self, instrument_id: str, timing: str) -> None:
        self.timing.setCurrentIndex(self.timing.findData(timing))
        self.instrument.setCurrentIndex(self.instrument.findData(instrument_id))

    def _show_items(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        instrument = self.instruments.get(str(self.instrument.currentData()))
        if instrument is None:
            return
        for number, item in enumerate(instrument.items, start=1):
            if item.open_text:
                continue
            combo = QComboBox()
            combo.addItem("—", None)
            for option in item.options:
                combo.addItem(f"{option.value} · {option.label}", option.value)
            text = item.text if instrument.item_texts_included else f"Item {number}"
            label = text_label(text, "")
            combo.setAccessibleName(text)
            self.form.addRow(label, combo)
            self.inputs[item.id] = combo

    def answers(self) -> dict[str, int]:
        return {
            item_id: int(combo.currentData())
            for item_id, combo in self.inputs.items()
            if combo.currentData() is not None
        }

    def save(self) -> None:
        instrument = self.instruments.get(str(self.instrument.currentData()))
        if instrument is None:
            return
        try:
            with self.ctx.vault.session() as session:
                administration_id, _score = surveys.record_survey(
                    session,
                    self.appointment_id,
                    str(self.timing.currentData()),
                    instrument,
                    self.answers(),
                    AnsweredBy.PAPER,
                    self.ctx.now(),
                )
                risks = surveys.risk_answers(session, [administration_id])
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        if risks:
            # A risk answer on paper is as urgent as one given on the laptop.
            text = "\n\n".join(f"⚠ {r.message}" for r in risks)
            self.warn(
                "Risk answer",
                f"{text}\n\nThe follow-up item stays open until you record what was done.",
            )
            with self.ctx.vault.session() as session:
                surveys.acknowledge_risk(session, [r.administration_id for r in risks])
            self.ctx.bus.publish(Changed.AUDIT)
        self.ctx.bus.publish(Changed.MEASURES)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
