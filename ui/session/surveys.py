"""The session workspace's "Before this session" card: scores, surveys handed over, paper, guess.

The card shows what the client answered for this session, and hands the
laptop to the client for the questionnaires their measurement plan makes due
before or after it; in a joint session, to each partner in turn for their own.
Each questionnaire is stored the moment its last question is answered. When
the laptop comes back, a risk answer among them is shown at once and must be
acknowledged (the acknowledgement is audited; the follow-up item stays open
until the clinician records what was done).
"""

from __future__ import annotations

import sys
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
from app.documents.file_names import survey_form_file_stem
from app.errors import RapportError
from app.instruments import Instrument
from app.models import Administration, AnsweredBy, ClinicianGuess
from app.practice import get_profile
from app.surveys import PIN_LENGTHS
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.documents import DocumentPreview
from ui.i18n import marked, tr
from ui.intake.client_mode import ClientMode
from ui.settings.feedback_page import TIMING
from ui.widgets.labels import text_label

EVALUATION = "session_evaluation"
#: Wrong PINs allowed in one hand-over; after that only the passphrase opens the laptop.
MAX_PIN_TRIES = 5
#: The hand-over buttons, by timing: in a joint session to a partner ("{name}"), else the client.
HAND_TO_PARTNER = {
    "before": marked("Hand to {name}: before the session ({count})"),
    "after": marked("Hand to {name}: after the session ({count})"),
}
HAND_TO_CLIENT = {
    "before": marked("Hand to client: before the session ({count})"),
    "after": marked("Hand to client: after the session ({count})"),
}


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
            lines.append((tr("{name}: answered (no total)").format(name=name), kind))
        else:
            earlier = [
                a
                for a in given
                if a.instrument_id == administration.instrument_id
                and a.administered_at < administration.administered_at
                and a.total is not None
            ]
            values = {
                "name": name,
                "total": f"{administration.total:g}",
                "band": administration.band,
            }
            if earlier:
                change = administration.total - (earlier[-1].total or 0)
                values["change"] = f"{change:+g}"
                values["date"] = format_date(earlier[-1].administered_at.date())
                text = (
                    tr("{name}: {total} ({band}), {change} since {date}")
                    if administration.band
                    else tr("{name}: {total}, {change} since {date}")
                )
            else:
                text = (
                    tr("{name}: {total} ({band})") if administration.band else tr("{name}: {total}")
                )
            lines.append((text.format(**values), kind))
        for flag in administration.risk:
            lines.append((f"⚠ {flag}", "formError"))
    if not lines:
        lines.append((tr("No questionnaire answered for this session yet."), "hint"))
    return lines


def _risk_message(risks: str) -> str:
    """The risk answers given, and what happens to them."""
    return tr("{risks}\n\nThe follow-up item stays open until you record what was done.").format(
        risks=risks
    )


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


class PersonSurveys(QWidget):
    """One person's part of the card: today's scores, their hand-over buttons and paper entry.

    In a joint session each partner has one, headed by their name; alone, the
    client's has no heading and its buttons say "client".
    """

    def __init__(self, person: surveys.Person, joint: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.joint = joint
        self.lines = QVBoxLayout()
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.before_button = QPushButton()
        self.after_button = QPushButton()
        self.paper_button = QPushButton(
            tr("Enter {name}'s paper survey…").format(name=person.call_name)
            if joint
            else tr("Enter a paper survey…")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if joint:
            heading = QLabel(person.name)
            heading.setStyleSheet("font-weight: 600;")
            layout.addWidget(heading)
        layout.addLayout(self.lines)
        layout.addWidget(self.before_button)
        layout.addWidget(self.after_button)
        #: Where the card puts the print button beside this one (alone) or leaves it out.
        self.paper_row = QHBoxLayout()
        self.paper_row.addWidget(self.paper_button)
        layout.addLayout(self.paper_row)

    def show_lines(self, lines: list[tuple[str, str]]) -> None:
        while self.lines.count():
            entry = self.lines.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()
        for line, kind in lines:
            self.lines.addWidget(text_label(line, kind))

    def show_due(self, due: dict[str, list[str]]) -> None:
        for timing, button in (("before", self.before_button), ("after", self.after_button)):
            count = len(due[timing])
            if self.joint:
                text = tr(HAND_TO_PARTNER[timing]).format(name=self.person.call_name, count=count)
            else:
                text = tr(HAND_TO_CLIENT[timing]).format(count=count)
            button.setText(text)
            button.setEnabled(count > 0)

    def line_texts(self) -> list[str]:
        items = (self.lines.itemAt(i) for i in range(self.lines.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w.text() for w in widgets if isinstance(w, QLabel)]


class SurveyPanel(QWidget):
    """The card's content for one appointment; refreshes itself when measures change.

    In a joint session (a couple) every partner has their own due
    questionnaires, hand-over and paper entry; each one's answers are stored on
    their own record, and the client-facing window shows one person only.
    """

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
        with ctx.vault.session() as session:
            self.people = surveys.people(session, appointment.id)
        self.joint = len(self.people) > 1
        #: Per client in the session: the instruments due before and after it.
        self.due: dict[int, dict[str, list[str]]] = {
            p.client_id: {"before": [], "after": []} for p in self.people
        }

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sections: dict[int, PersonSurveys] = {}
        for person in self.people:
            section = PersonSurveys(person, self.joint)
            client_id = person.client_id
            section.before_button.clicked.connect(
                lambda _=False, c=client_id: self.hand_to_client("before", c)
            )
            section.after_button.clicked.connect(
                lambda _=False, c=client_id: self.hand_to_client("after", c)
            )
            section.paper_button.clicked.connect(lambda _=False, c=client_id: self.enter_paper(c))
            self.sections[client_id] = section
            layout.addWidget(section)
            if self.joint:
                layout.addSpacing(6)
        self.print_button = QPushButton(tr("Print blank survey…"))
        self.print_button.clicked.connect(self.print_blank)
        main = self.sections[self.client_id]
        if self.joint:
            layout.addWidget(self.print_button)
        else:
            main.paper_row.insertWidget(0, self.print_button)

        evaluation = self.instruments.get(EVALUATION)
        self.guess_row_enabled = evaluation is not None
        # A guess per person: in a couple's session, one for each partner.
        self.guesses: dict[int, GuessRow] = {}
        for person in self.people:
            row = GuessRow(person.call_name if self.joint else "", evaluation)
            client_id = person.client_id
            row.button.clicked.connect(lambda _=False, c=client_id: self.save_guess(c))
            self.guesses[client_id] = row
            section_layout = self.sections[client_id].layout()
            if self.joint and section_layout is not None:
                section_layout.addWidget(row)  # under that partner's own part of the card
            else:
                layout.addWidget(row)
        ctx.bus.sig_changed.connect(self._on_changed)
        self.refresh()

    # The appointment's own client's part, by the names the single-client card has always had.

    @property
    def before_button(self) -> QPushButton:
        return self.sections[self.client_id].before_button

    @property
    def after_button(self) -> QPushButton:
        return self.sections[self.client_id].after_button

    @property
    def paper_button(self) -> QPushButton:
        return self.sections[self.client_id].paper_button

    # ------------------------------------------------------------ showing

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.MEASURES | Changed.OUTCOMES | Changed.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        zone = self.ctx.zone()
        today = self.ctx.today()
        given: dict[int, list[measures.AdministrationRow]] = {}
        with self.ctx.vault.session() as session:
            for person in self.people:
                client_id = person.client_id
                given[client_id] = measures.administrations(session, client_id)
                for timing in surveys.TIMINGS:
                    self.due[client_id][timing] = surveys.due(
                        session,
                        self.appointment.id,
                        timing,
                        self.instruments,
                        today,
                        client_id=client_id,
                    )
            guessed: dict[int, float] = {
                client_id: total
                for client_id, total in session.execute(
                    select(ClinicianGuess.client_id, ClinicianGuess.guessed_total).where(
                        ClinicianGuess.appointment_id == self.appointment.id
                    )
                )
            }
            raters = set(
                session.scalars(
                    select(Administration.client_id).where(
                        Administration.appointment_id == self.appointment.id,
                        Administration.instrument_id == EVALUATION,
                    )
                )
            )
        for client_id, section in self.sections.items():
            section.show_lines(
                checkin_lines(self.instruments, given[client_id], self.appointment, zone)
            )
            section.show_due(self.due[client_id])
        for person in self.people:
            row = self.guesses[person.client_id]
            if not self.guess_row_enabled:
                row.show_state(None, tr("The session evaluation is not installed."), open_=False)
            elif person.client_id in raters:
                rated = (
                    tr("{name} has rated this session: a guess is made before seeing it.").format(
                        name=person.call_name
                    )
                    if self.joint
                    else tr("The client has rated this session: a guess is made before seeing it.")
                )
                row.show_state(guessed.get(person.client_id), rated, open_=False)
            else:
                waiting = (
                    tr("Guess before {name} rates it.").format(name=person.call_name)
                    if self.joint
                    else tr("Guess before they rate it.")
                )
                row.show_state(guessed.get(person.client_id), waiting, open_=True)

    # The appointment's own client's guess, by the names the single-client card has always had.

    @property
    def guess_spin(self) -> QSpinBox:
        return self.guesses[self.client_id].spin

    @property
    def guess_button(self) -> QPushButton:
        return self.guesses[self.client_id].button

    @property
    def guess_status(self) -> QLabel:
        return self.guesses[self.client_id].status

    def line_texts(self, client_id: int | None = None) -> list[str]:
        """What the card says about today's questionnaires (of the appointment's own client)."""
        return self.sections[client_id or self.client_id].line_texts()

    def _person(self, client_id: int) -> surveys.Person:
        return next(p for p in self.people if p.client_id == client_id)

    def _named(self, client_id: int, text: str) -> str:
        """``text`` with whose it is in front, in a joint session."""
        if not self.joint:
            return text
        return tr("{name}: {text}").format(name=self._person(client_id).call_name, text=text)

    # ------------------------------------------------------------ handing over

    def hand_to_client(self, timing: str, client_id: int | None = None) -> ClientMode | None:
        """Full screen: only this client's due questionnaires, one question at a time."""
        client_id = client_id or self.client_id
        due = self.due[client_id][timing]
        chosen = [self.instruments[i] for i in due if i in self.instruments]
        if not chosen or self.client_mode is not None:
            return None
        with self.ctx.vault.session() as session:
            stored_pin = surveys.pin_hash(session)
        verify = make_verifier(self.ctx.vault.verify_passphrase, stored_pin)
        mode = ClientMode(
            chosen,
            verify,
            self.ctx.tasks,
            accepts_pin=bool(stored_pin),
            keep_finished=True,
            addressed_to=self._person(client_id).call_name if self.joint else "",
        )
        self.given_ids = []
        self.save_problems = []
        mode.sig_instrument_done.connect(
            lambda instrument_id: self._keep(mode, timing, client_id, instrument_id)
        )
        mode.sig_returned.connect(lambda: self._returned(mode))
        self.client_mode = mode
        mode.showFullScreen()
        return mode

    def _keep(self, mode: ClientMode, timing: str, client_id: int, instrument_id: str) -> None:
        """Store a questionnaire on the client's own record as soon as it is finished."""
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
                    client_id=client_id,
                )
        except RapportError as exc:
            # Shown to the clinician on return, never to the client.
            self.save_problems.append(
                self._named(
                    client_id,
                    tr("{questionnaire}: {problem}").format(
                        questionnaire=instrument.short_name, problem=exc.message
                    ),
                )
            )
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
                tr("Not saved"),
                tr("These answers could not be saved:\n\n{problems}").format(
                    problems="\n".join(self.save_problems)
                ),
            )
        with self.ctx.vault.session() as session:
            risks = surveys.risk_answers(session, self.given_ids)
        if risks:
            text = "\n\n".join(f"⚠ {self._named(r.client_id, r.message)}" for r in risks)
            QMessageBox.warning(self, tr("Risk answer"), _risk_message(text))
            with self.ctx.vault.session() as session:
                surveys.acknowledge_risk(session, [r.administration_id for r in risks])
            self.ctx.bus.publish(Changed.AUDIT | Changed.MEASURES)
        self.refresh()

    # ------------------------------------------------------------ paper

    def print_blank(self) -> BlankSurveyDialog:
        due = [i for d in self.due.values() for t in surveys.TIMINGS for i in d[t]]
        dialog = BlankSurveyDialog(self.instruments, due, self)
        dialog.accepted.connect(lambda: self.preview_blank(dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def preview_blank(self, instrument_ids: Sequence[str]) -> bool:
        """Render the blank form off the GUI thread; the preview opens when it is ready."""
        chosen = [self.instruments[i] for i in instrument_ids if i in self.instruments]
        if not chosen:
            return False
        vault = self.ctx.vault
        self.print_button.setEnabled(False)

        def work() -> bytes:
            # Loaded on first use: reportlab is only needed to make a PDF.
            from app.documents.survey_form import render_blank_survey

            with vault.session() as session:
                profile = get_profile(session)
            return render_blank_survey(profile, chosen)

        def done(data: bytes) -> None:
            self.print_button.setEnabled(True)
            names = ", ".join(i.short_name for i in chosen)
            preview = DocumentPreview(
                data,
                tr("Blank questionnaire — {names}").format(names=names),
                f"{survey_form_file_stem(chosen)}.pdf",
                self,
            )
            self.dialog = preview
            preview.open()

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            if not isinstance(exc, (RapportError, OSError)):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            message = exc.message if isinstance(exc, RapportError) else str(exc)
            QMessageBox.warning(
                self,
                tr("Not printed"),
                tr("The blank questionnaire could not be made.\n\n{problem}").format(
                    problem=message
                ),
            )

        self.ctx.tasks.run(work, done, failed)
        return True

    def enter_paper(self, client_id: int | None = None) -> PaperSurveyDialog:
        client_id = client_id or self.client_id
        dialog = PaperSurveyDialog(
            self.ctx,
            self.appointment.id,
            self.instruments,
            self.due[client_id],
            self,
            person=self._person(client_id) if self.joint else None,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ guess

    def save_guess(self, client_id: int | None = None) -> None:
        """Keep the guess typed for ``client_id`` (the appointment's own client by default)."""
        evaluation = self.instruments.get(EVALUATION)
        if evaluation is None:
            return
        person = client_id or self.client_id
        row = self.guesses[person]
        try:
            with self.ctx.vault.session() as session:
                changed = outcomes.record_guess(
                    session, self.appointment.id, float(row.spin.value()), evaluation, person
                )
        except RapportError as exc:
            row.status.setText(exc.message)
            return
        self.ctx.bus.publish(changed)
        self.refresh()


class GuessRow(QWidget):
    """Your guess of one person's rating of the session, kept before their rating is seen.

    ``name`` is the partner's in a joint session; alone it is empty (the client's rating).
    """

    def __init__(self, name: str, evaluation: Instrument | None) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setAccessibleName(
            tr("Your guess of {name}'s rating of this session").format(name=name)
            if name
            else tr("Your guess of their rating of this session")
        )
        low = evaluation.min_score if evaluation else None
        high = evaluation.max_score if evaluation else None
        self.spin.setRange(int(low or 0), int(high if high is not None else 16))
        self.button = QPushButton(tr("Save"))
        self.status = text_label("")
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(
            QLabel(
                tr("Your guess of {name}'s rating…").format(name=name)
                if name
                else tr("Your guess of their rating…")
            )
        )
        line.addWidget(self.spin)
        line.addWidget(self.button)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.status)

    def show_state(self, guess: float | None, waiting: str, *, open_: bool) -> None:
        """The saved guess (or what to do), and whether a guess can still be made."""
        if guess is not None:
            self.spin.setValue(int(guess))
        self.status.setText(
            tr("Saved guess: {guess}").format(guess=f"{guess:g}")
            if guess is not None and open_
            else waiting
        )
        self.spin.setEnabled(open_)
        self.button.setEnabled(open_)


class BlankSurveyDialog(QDialog):
    """Choose the questionnaires to print blank (those due for this session are ticked)."""

    def __init__(
        self, instruments: dict[str, Instrument], due: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Print blank survey"))
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
        layout.addWidget(text_label(tr("The questionnaires to print, each on a page of its own.")))
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
        *,
        person: surveys.Person | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.instruments = instruments
        #: Whose answers these are in a joint session (None: the appointment's client).
        self.person = person
        self.setWindowTitle(
            tr("Enter a paper survey — {name}").format(name=person.name)
            if person
            else tr("Enter a paper survey")
        )
        self.resize(560, 640)
        self.timing = QComboBox()
        for timing in surveys.TIMINGS:
            self.timing.addItem(TIMING[timing], timing)
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers it holds
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
        if person is not None:
            top.addRow(tr("Answered by"), QLabel(person.name))
        top.addRow(tr("When"), self.timing)
        top.addRow(tr("Questionnaire"), self.instrument)
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
                combo.addItem(
                    tr("{value} · {answer}").format(value=option.value, answer=option.label),
                    option.value,
                )
            text = (
                item.text
                if instrument.item_texts_included
                else tr("Item {number}").format(number=number)
            )
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
                    client_id=self.person.client_id if self.person else None,
                )
                risks = surveys.risk_answers(session, [administration_id])
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        if risks:
            # A risk answer on paper is as urgent as one given on the laptop.
            person = self.person
            messages = (
                tr("{name}: {text}").format(name=person.call_name, text=r.message)
                if person
                else r.message
                for r in risks
            )
            text = "\n\n".join(f"⚠ {message}" for message in messages)
            self.warn(tr("Risk answer"), _risk_message(text))
            with self.ctx.vault.session() as session:
                surveys.acknowledge_risk(session, [r.administration_id for r in risks])
            self.ctx.bus.publish(Changed.AUDIT)
        self.ctx.bus.publish(Changed.MEASURES)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
