"""Settings → Feedback: when the radar says a client needs attention, the default measurement
plan, and the PIN that hands the laptop back from a client's questionnaires."""

from __future__ import annotations

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import outcomes, surveys
from app.changes import Changed
from app.errors import ValidationError
from app.outcomes import AttentionSettings
from app.surveys import MAX_EVERY, TIMING_LABELS, PlanEntry
from ui.context import AppContext
from ui.i18n import Labels, marked, tr
from ui.widgets.forms import counted_suffix
from ui.widgets.labels import text_label

#: When a questionnaire is given, in the window's language (here and in the session).
TIMING = Labels(TIMING_LABELS)
#: What a questionnaire's "every … sessions" field is called, for each timing.
TIMING_EVERY = {
    "before": marked("{questionnaire} before: every how many sessions"),
    "after": marked("{questionnaire} after: every how many sessions"),
}


class FeedbackSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = QSpinBox()
        self.sessions.setRange(2, 30)
        counted_suffix(self.sessions, lambda n: tr(" session(s)", "", n))
        self.low_evaluation = QDoubleSpinBox()
        self.low_evaluation.setRange(0, 16)
        self.low_evaluation.setDecimals(0)
        self.homework = QSpinBox()
        self.homework.setRange(2, 10)
        self.homework.setSuffix(tr(" times running"))
        self.missed = QSpinBox()
        self.missed.setRange(1, 5)
        self.missed.setSuffix(tr(" of the last 5"))
        self.follow_up = QSpinBox()
        self.follow_up.setRange(1, 20)
        counted_suffix(self.follow_up, lambda n: tr(" session(s)", "", n))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("No reliable improvement after"), self.sessions)
        form.addRow(tr("Session evaluation below"), self.low_evaluation)
        form.addRow(tr("Homework not done"), self.homework)
        form.addRow(tr("Late cancellations or no-shows"), self.missed)
        form.addRow(tr("Intake follow-up item still open after"), self.follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "When Today's “Is therapy working?” list names a client. Reliable "
                    "deterioration, a risk answer and a missing or outdated consent are always "
                    "shown."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.plan = DefaultPlanEditor(ctx)
        layout.addWidget(self.plan)
        self.pin = PinEditor(ctx)
        layout.addWidget(self.pin)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            settings = outcomes.attention_settings(session)
        self.sessions.setValue(settings.sessions_without_improvement)
        self.low_evaluation.setValue(settings.low_evaluation_total)
        self.homework.setValue(settings.homework_not_done_running)
        self.missed.setValue(settings.missed_in_last_five)
        self.follow_up.setValue(settings.follow_up_open_sessions)

    def value(self) -> AttentionSettings:
        return AttentionSettings(
            sessions_without_improvement=self.sessions.value(),
            low_evaluation_total=self.low_evaluation.value(),
            homework_not_done_running=self.homework.value(),
            missed_in_last_five=self.missed.value(),
            follow_up_open_sessions=self.follow_up.value(),
        )

    def save(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                changed = outcomes.set_attention_settings(session, self.value())
        except ValidationError as exc:
            self.status.setText(" ".join(exc.problems.values()))
            return
        self.status.setText(tr("Saved."))
        self.ctx.bus.publish(changed | Changed.OUTCOMES | Changed.MEASURES)


class DefaultPlanEditor(QWidget):
    """The questionnaires given with every session, and how often.

    Without ``client_id``: the practice's default plan. With it: that client's
    own plan (shown from the default until saved; *Back to the default* drops it).
    """

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, client_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.instruments = ctx.instruments().instruments
        self.rows: dict[tuple[str, str], tuple[QCheckBox, QSpinBox]] = {}
        grid = QGridLayout()
        ordered = sorted(self.instruments.values(), key=lambda i: i.short_name)
        for column, timing in enumerate(surveys.TIMINGS):
            heading = QLabel(TIMING[timing])
            heading.setObjectName("cardTitle")
            grid.addWidget(heading, 0, column * 2)
            for row, instrument in enumerate(ordered, start=1):
                box = QCheckBox(instrument.short_name)
                every = QSpinBox()
                every.setRange(1, MAX_EVERY)
                every.setPrefix(tr("every "))
                counted_suffix(every, lambda n: tr(" session(s)", "", n))
                every.setAccessibleName(
                    tr(TIMING_EVERY[timing]).format(questionnaire=instrument.short_name)
                )
                grid.addWidget(box, row, column * 2)
                grid.addWidget(every, row, column * 2 + 1)
                self.rows[(timing, instrument.id)] = (box, every)
        own = client_id is not None
        self.save_button = QPushButton(
            tr("Save for this client") if own else tr("Save the default plan")
        )
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(tr("Back to the practice default"))
        self.default_button.clicked.connect(self.use_default)
        self.default_button.setVisible(own)
        self.status = text_label("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        title = QLabel(tr("Questionnaires with every session"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        layout.addWidget(
            text_label(
                tr(
                    "This client's measurement plan: what they are given before and after each "
                    "session, and how often."
                )
                if own
                else tr(
                    "The default measurement plan, for every client without a plan of their "
                    "own. Children under 12 are given only the check-in and the session "
                    "evaluation."
                )
            )
        )
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            if self.client_id is None:
                plan = surveys.default_plan(session)
            else:
                plan = surveys.plan_for(session, self.client_id, self.ctx.today(), self.instruments)
                self.status.setText(
                    tr("This client has a plan of their own.")
                    if plan.source == "client"
                    else tr("This client follows the practice's default plan.")
                )
        for (timing, instrument_id), (box, every) in self.rows.items():
            entry = next(
                (e for e in plan.entries(timing) if e.instrument_id == instrument_id), None
            )
            box.setChecked(entry is not None)
            every.setValue(entry.every if entry else 1)

    def entries(self, timing: str) -> list[PlanEntry]:
        return [
            PlanEntry(instrument_id, every.value())
            for (t, instrument_id), (box, every) in self.rows.items()
            if t == timing and box.isChecked()
        ]

    def save(self) -> None:
        before, after = self.entries("before"), self.entries("after")
        try:
            with self.ctx.vault.session() as session:
                if self.client_id is None:
                    changed = surveys.set_default_plan(session, before, after, self.instruments)
                else:
                    changed = surveys.set_plan(
                        session, self.client_id, before, after, self.instruments
                    )
        except ValidationError as exc:
            self.status.setText(" ".join(exc.problems.values()))
            return
        self.status.setText(tr("Saved."))
        self.ctx.bus.publish(changed)

    def use_default(self) -> None:
        if self.client_id is None:
            return
        with self.ctx.vault.session() as session:
            changed = surveys.clear_plan(session, self.client_id)
        self.load()
        self.ctx.bus.publish(changed)


class PinEditor(QWidget):
    """A short PIN that, besides the passphrase, hands the laptop back from client mode."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        digits = QRegularExpressionValidator(r"[0-9]{0,8}")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(digits)
        self.pin.setPlaceholderText(tr("4 to 8 digits"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setValidator(QRegularExpressionValidator(r"[0-9]{0,8}"))
        self.confirmation.setPlaceholderText(tr("The same again"))
        self.set_button = QPushButton(tr("Set PIN"))
        self.set_button.clicked.connect(self.set_pin)
        self.remove_button = QPushButton(tr("Remove PIN"))
        self.remove_button.clicked.connect(self.remove_pin)
        self.status = text_label("")
        form = QFormLayout()
        form.addRow(tr("PIN"), self.pin)
        form.addRow(tr("Again"), self.confirmation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        title = QLabel(tr("Handing the laptop back"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        layout.addWidget(
            text_label(
                tr(
                    "When a client has answered questionnaires on this computer, your passphrase "
                    "hands it back to you. A short PIN can do it too: quicker, but easier to "
                    "watch over your shoulder. Only a scrambled (hashed) form of the PIN is kept."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            has_pin = surveys.has_pin(session)
        self.remove_button.setEnabled(has_pin)
        self.status.setText(tr("A PIN is set.") if has_pin else tr("No PIN: only the passphrase."))

    def set_pin(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                changed = surveys.set_pin(session, self.pin.text(), self.confirmation.text())
        except ValidationError as exc:
            self.status.setText(" ".join(exc.problems.values()))
            return
        self.pin.clear()
        self.confirmation.clear()
        self.load()
        self.status.setText(tr("PIN set."))
        self.ctx.bus.publish(changed)

    def remove_pin(self) -> None:
        with self.ctx.vault.session() as session:
            changed = surveys.clear_pin(session)
        self.load()
        self.ctx.bus.publish(changed)
