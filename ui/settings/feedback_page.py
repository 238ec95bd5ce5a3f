"""Settings → Feedback: when the radar says a client needs attention."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import outcomes
from app.changes import Changed
from app.errors import ValidationError
from app.outcomes import AttentionSettings
from ui.context import AppContext
from ui.widgets.labels import text_label


class FeedbackSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = QSpinBox()
        self.sessions.setRange(2, 30)
        self.sessions.setSuffix(" sessions")
        self.low_evaluation = QDoubleSpinBox()
        self.low_evaluation.setRange(0, 16)
        self.low_evaluation.setDecimals(0)
        self.homework = QSpinBox()
        self.homework.setRange(2, 10)
        self.homework.setSuffix(" times running")
        self.missed = QSpinBox()
        self.missed.setRange(1, 5)
        self.missed.setSuffix(" of the last 5")
        self.follow_up = QSpinBox()
        self.follow_up.setRange(1, 20)
        self.follow_up.setSuffix(" sessions")
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow("No reliable improvement after", self.sessions)
        form.addRow("Session evaluation below", self.low_evaluation)
        form.addRow("Homework not done", self.homework)
        form.addRow("Late cancellations or no-shows", self.missed)
        form.addRow("Intake follow-up item still open after", self.follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                "When Today's “Is therapy working?” list names a client. Reliable deterioration, "
                "a risk answer and a missing or outdated consent are always shown."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
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
        self.status.setText("Saved.")
        self.ctx.bus.publish(changed | Changed.OUTCOMES | Changed.MEASURES)
