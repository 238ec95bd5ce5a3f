"""Setting a needs-attention signal aside until a date, with the reason (it is recorded)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import outcomes
from app.changes import Changed
from app.errors import RapportError
from app.outcomes import AttentionSignal
from app.words import translated
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.labels import text_label


def reason_text(signal: AttentionSignal) -> str:
    """Why ``signal`` asks for attention, in the window's language (its sentences, joined)."""
    if signal.reasons:
        return " ".join(translated(reason) for reason in signal.reasons)
    return translated(signal.reason)


class SnoozeDialog(QDialog):
    def __init__(
        self, ctx: AppContext, signal: AttentionSignal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signal = signal
        self.setWindowTitle(tr("Set aside for now"))
        self.setMinimumWidth(460)
        today = ctx.today()
        later = today + timedelta(days=14)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("e.g. Discussed today; agreed to review in two weeks"))
        self.until = QDateEdit(QDate(later.year, later.month, later.day))
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.until.setMaximumDate(QDate(today.year, today.month, today.day).addDays(180))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Why"), self.reason)
        form.addRow(tr("Until"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr("{client}: {reason}").format(
                    client=signal.client_name, reason=reason_text(signal)
                ),
                "",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        picked = self.until.date()
        until = date(picked.year(), picked.month(), picked.day())
        try:
            with self.ctx.vault.session() as session:
                changed = outcomes.snooze(
                    session,
                    self.signal.client_id,
                    self.signal.rule,
                    self.reason.text(),
                    until,
                    self.ctx.today(),
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(changed | Changed.MEASURES)
