"""The Outcomes area: how the practice's clients did over a period, computed on this computer.

For each outcome questionnaire: how many clients have a first score and a later
one in the period, and the share with reliable improvement, recovery (of those
who started at or above the cut-off) and reliable deterioration; then the
average session evaluation, how many free consultations became clients, and
the average number of sessions per episode. Nothing leaves the machine.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import outcomes
from app.changes import Changed
from app.outcomes import PracticeOutcomes
from ui.context import AppContext
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

#: The table's columns.
COLUMNS = (
    marked("Questionnaire"),
    marked("Clients compared"),
    marked("Reliable improvement"),
    marked("Recovered"),
    marked("Reliably recovered"),
    marked("Reliable deterioration"),
)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else tr("{percent}%").format(percent=_number(round(rate * 100)))


def _number(value: int) -> str:
    """``1,234`` the window's language's way."""
    return QLocale().toString(value)


def _decimal(value: float) -> str:
    """``4.5``: one decimal, the window's language's way."""
    return QLocale().toString(value, "f", 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OutcomesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self.result: PracticeOutcomes | None = None
        title = QLabel(tr("Outcomes"))
        title.setObjectName("pageTitle")
        today = ctx.today()
        self.since = QDateEdit(_qdate(today.replace(year=today.year - 1)))
        self.until = QDateEdit(_qdate(today))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(tr("d MMM yyyy", "date format"))
        self.show_button = QPushButton(tr("Show"))
        self.show_button.setObjectName("primary")
        self.show_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        header_item = self.table.horizontalHeaderItem(3)
        if header_item is not None:
            header_item.setToolTip(
                tr("Of the clients at or above the cut-off at their first score")
            )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(180)
        self.facts = QVBoxLayout()
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("From", "period")))
        period.addWidget(self.since)
        period.addWidget(QLabel(tr("to", "period")))
        period.addWidget(self.until)
        period.addWidget(self.show_button)
        period.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(
            text_label(
                tr(
                    "Each client's first score is compared with their last one in the period. "
                    "Reliable change uses each questionnaire's own reliable-change value; recovery "
                    "counts clients who started at or above the cut-off and ended below it. "
                    "Computed on this computer; nothing is sent anywhere."
                )
            )
        )
        layout.addLayout(period)
        layout.addWidget(self.table)
        layout.addLayout(self.facts)
        layout.addStretch(1)
        ctx.bus.sig_changed.connect(
            lambda changed: (
                self.refresh()
                if changed & (Changed.MEASURES | Changed.CALENDAR) and self.isVisible()
                else None
            )
        )
        self.refresh()

    def refresh(self) -> PracticeOutcomes:
        since, until = _pydate(self.since.date()), _pydate(self.until.date())
        with self.ctx.vault.session() as session:
            result = outcomes.practice_outcomes(
                session, since, until, self.ctx.instruments().instruments
            )
        self.result = result
        self.table.setRowCount(len(result.instruments))
        for row, item in enumerate(result.instruments):
            values = [
                item.short_name,
                _number(item.clients),
                f"{_percent(item.improvement_rate)} ({_number(item.reliably_improved)})",
                tr("{percent} ({count} of {total})").format(
                    percent=_percent(item.recovery_rate),
                    count=_number(item.recovered),
                    total=_number(item.at_caseness),
                ),
                f"{_percent(item.reliable_recovery_rate)} ({_number(item.reliably_recovered)})",
                f"{_percent(item.deterioration_rate)} ({_number(item.reliably_deteriorated)})",
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        while self.facts.count():
            taken = self.facts.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if result.average_evaluation is not None:
            evaluation = tr(
                "How clients rated the sessions: {average} on average over %Ln session "
                "evaluation(s).",
                "",
                result.evaluations,
            ).format(average=_decimal(result.average_evaluation))
        else:
            evaluation = tr("How clients rated the sessions: no session evaluation in the period.")
        sessions = result.average_sessions_per_episode
        if sessions is not None:
            started = tr(
                "Clients who started in the period: {count}, {sessions} sessions each on average."
            ).format(count=_number(result.episodes), sessions=_decimal(sessions))
        else:
            started = tr("Clients who started in the period: {count}.").format(
                count=_number(result.episodes)
            )
        lines = [
            evaluation,
            tr("Free consultations held: {held}; became clients: {became} ({percent}).").format(
                held=_number(result.consultations_held),
                became=_number(result.became_clients),
                percent=_percent(result.conversion_rate),
            ),
            started,
        ]
        for line in lines:
            self.facts.addWidget(text_label(line, ""))
        return result
