"""The client's chart: every questionnaire over time, and the session evaluations beneath.

Each panel shades the instrument's severity bands, draws its clinical cut-off
(dashed) and the baseline (dotted), and marks the points where the change
from the baseline is a reliable improvement (green ▲), a reliable
deterioration (red ▼), or recovery (★). Hovering a point shows its date and
the answers. The evaluation panel flags ratings below the top and drops, and
shows the clinician's own guesses (○) against the client's ratings, because
seeing that gap is how guesses get better. A strip beneath shows attendance and
homework (green ● done, amber ● partly, red ✕ not done). *Show as table* gives
the same data as text; *Progress report…* puts it all on paper, with the
clinician's comment.

Everything is computed in ``app.outcomes``; this module only draws it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QDate, QEvent, QIODevice, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import outcomes
from app.clients import get_client
from app.documents.file_names import progress_report_file_stem
from app.errors import RapportError
from app.models import AppointmentStatus
from app.outcomes import (
    CheckInPoint,
    CheckInSeries,
    ClientChart,
    GuessPoint,
    InstrumentSeries,
    ScorePoint,
    StripPoint,
)
from app.paths import atomic_write
from app.practice import get_profile
from ui import style
from ui.calendar.appointment_dialog import STATUS_WORDS
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS, DocumentPreview
from ui.i18n import marked, tr
from ui.settings.feedback_page import DefaultPlanEditor
from ui.widgets.date_edit import display_format
from ui.widgets.labels import text_label

#: Room for a panel's title above its minimum height.
PANEL_TITLE = 24
#: An instrument given once (a screen at intake) is named in the summary, not drawn.
MIN_POINTS_FOR_PANEL = 2
HOMEWORK_WORDS = {
    "done": marked("Homework done"),
    "partly": marked("Homework partly done"),
    "not_done": marked("Homework not done"),
}

pg.setConfigOptions(antialias=True)


def _x(point: ScorePoint, by_session: bool) -> float | None:
    if by_session:
        return None if point.session_number is None else float(point.session_number)
    return point.at.timestamp()


def _tip(series: InstrumentSeries, point: ScorePoint) -> str:
    when = format_date(point.at.date())
    lines = [f"{series.short_name} {point.total:g}" + (f" ({point.band})" if point.band else "")]
    if point.session_number:
        when = tr("{date}, session {number}").format(date=when, number=point.session_number)
    lines.append(when)
    if point.change_kind == "improved":
        lines.append(
            tr("Reliable improvement ({change} from the baseline)").format(
                change=f"{point.change:+g}"
            )
        )
    elif point.change_kind == "deteriorated":
        lines.append(
            tr("Reliable deterioration ({change} from the baseline)").format(
                change=f"{point.change:+g}"
            )
        )
    if point.recovered:
        lines.append(tr("Recovered"))
    answers = ", ".join(f"{k} {v}" for k, v in point.answers.items() if v is not None)
    if answers:
        lines.append(answers)
    return "\n".join(lines)


def summary_text(chart: ClientChart) -> list[tuple[str, str]]:
    """One line per outcome instrument: baseline → latest, and what the change means."""
    lines = []
    single = [s for s in chart.series if len(s.points) == 1]
    if single:
        given = ", ".join(_given_once(s) for s in single)
        lines.append((tr("Given once: {scores}").format(scores=given), "hint"))
    for summary in chart.summaries:
        if summary.baseline is None or summary.latest is None:
            continue
        scores = f"{summary.short_name}: {summary.baseline:g} → {summary.latest:g}"
        if summary.change is not None:
            scores += f" ({summary.change:+g})"
        parts = [scores]
        kind = "hint"
        if summary.change_kind == "improved":
            parts.append(tr("reliable improvement"))
            kind = "ok"
        elif summary.change_kind == "deteriorated":
            parts.append(tr("reliable deterioration"))
            kind = "formError"
        elif summary.change_kind == "no_reliable_change":
            parts.append(tr("no reliable change yet"))
            kind = "warning" if summary.sessions_since_intake >= 6 else "hint"
        if summary.reliably_recovered:
            parts.append(tr("reliably recovered"))
        elif summary.recovered:
            parts.append(tr("recovered"))
        sessions = tr("%n session(s)", "", summary.sessions_since_intake)
        lines.append((f"{', '.join(parts)} · {sessions}", kind))
    return lines


def _given_once(series: InstrumentSeries) -> str:
    point = series.points[0]
    day = format_date(point.at.date())
    if series.cutoff is not None and _at_cutoff(series):
        return tr("{name} {total} ({date}) — at or above the cut-off").format(
            name=series.short_name, total=f"{point.total:g}", date=day
        )
    return f"{series.short_name} {point.total:g} ({day})"


def _at_cutoff(series: InstrumentSeries) -> bool:
    point, cutoff = series.points[0], series.cutoff
    if cutoff is None:
        return False
    return point.total <= cutoff if series.higher_is_better else point.total >= cutoff


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportCommentDialog(QDialog):
    """Asks which period the progress report covers, and the clinician's comment."""

    def __init__(self, first: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Progress report"))
        self.whole = QRadioButton(tr("The whole treatment"))
        self.whole.setChecked(True)
        self.between = QRadioButton(tr("From"))
        self.start = QDateEdit(QDate(first.year, first.month, first.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(display_format())
            edit.setEnabled(False)
            edit.dateChanged.connect(self._check)
        self.start.setAccessibleName(tr("First day"))
        self.end.setAccessibleName(tr("Last day"))
        self.between.toggled.connect(self.start.setEnabled)
        self.between.toggled.connect(self.end.setEnabled)
        self.between.toggled.connect(self._check)
        period = QHBoxLayout()
        period.addWidget(self.between)
        period.addWidget(self.start)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        self.problem = text_label("", "formError")
        self.problem.hide()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(tr("How therapy is going, in your words (optional)"))
        self.comment.setAccessibleName(tr("Your comment"))
        self.comment.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.make = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make.setText(tr("Make report"))
        self.make.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(tr("Scores and sessions in:")))
        layout.addWidget(self.whole)
        layout.addLayout(period)
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addWidget(
            text_label(
                tr(
                    "Your comment is printed under the change summary. Leave it empty to "
                    "give the scores alone."
                )
            )
        )
        layout.addWidget(self.comment, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def period(self) -> tuple[date, date] | None:
        """The first and last day chosen, or None for the whole treatment."""
        if self.whole.isChecked():
            return None
        return _day(self.start.date()), _day(self.end.date())

    def _check(self) -> None:
        period = self.period()
        wrong = period is not None and period[0] > period[1]
        self.problem.setText(tr("The first day must come before the last.") if wrong else "")
        self.problem.setVisible(wrong)
        self.make.setEnabled(not wrong)

    @classmethod
    def ask(
        cls, parent: QWidget | None, first: date, today: date
    ) -> tuple[str, tuple[date, date] | None] | None:
        """The comment and period chosen, or None when the clinician cancelled."""
        dialog = cls(first, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.comment.toPlainText(), dialog.period()


#: One point: x, y, symbol, size, colour, and its tooltip (made when hovered).
Spot = tuple[float, float, str, int, str, Callable[[], str]]


@lru_cache(maxsize=64)
def _brush(colour: str | None) -> QBrush:
    brush: QBrush = pg.mkBrush(colour)
    return brush


@lru_cache(maxsize=64)
def _pen(colour: str) -> QPen:
    """One pen per colour: pyqtgraph renders a point's symbol again for every new pen."""
    pen: QPen = pg.mkPen(colour)
    return pen


@lru_cache(maxsize=8)
def _homework_marks(theme: str) -> dict[str, dict[str, object]]:
    """The homework marks beneath the attendance strip, in a theme's colours."""
    t = style.THEMES[theme]
    done, partly, not_done = t.chart_improved, t.chart_status["homework_partly"], t.chart_worse
    return {
        "done": {"symbol": "o", "brush": _brush(done), "pen": pg.mkPen(done)},
        "partly": {"symbol": "o", "brush": _brush(partly), "pen": pg.mkPen(t.chart_amber)},
        "not_done": {"symbol": "x", "brush": _brush(not_done), "pen": pg.mkPen(not_done)},
    }


def _set_spots(scatter: pg.ScatterPlotItem, spots: list[Spot], edge: QPen) -> None:
    """All of a panel's points in one call (far quicker than one description per point)."""
    scatter.setData(
        x=[s[0] for s in spots],
        y=[s[1] for s in spots],
        symbol=[s[2] for s in spots],
        size=[s[3] for s in spots],
        brush=[_brush(s[4]) for s in spots],
        pen=edge,
        data=[s[5] for s in spots],
    )


def _check_in_tip(point: CheckInPoint, labels: dict[str, str]) -> str:
    when = format_date(point.at.date())
    if point.session_number:
        when = tr("{date}, session {number}").format(date=when, number=point.session_number)
    if point.timing == "after":
        heading = tr("{when}, after the session").format(when=when)
    else:
        heading = tr("{when}, before the session").format(when=when)
    answers = ", ".join(
        f"{labels.get(k, k)} {v}" for k, v in point.answers.items() if v is not None
    )
    return f"{heading}\n{answers}"


def _guess_tip(guess: GuessPoint) -> str:
    when = format_date(guess.at.date())
    if guess.actual is None:
        words = tr("Your guess {guess}, the client's rating not rated yet").format(
            guess=f"{guess.guessed:g}"
        )
    else:
        words = tr("Your guess {guess}, the client's rating {rating}").format(
            guess=f"{guess.guessed:g}", rating=f"{guess.actual:g}"
        )
    return f"{when}\n{words}"


def _strip_tip(point: StripPoint) -> str:
    status = tr(STATUS_WORDS.get(AppointmentStatus(point.status), point.status))
    text = f"{format_date(point.day)}: {status}"
    homework = HOMEWORK_WORDS.get(point.homework)
    return f"{text}\n{tr(homework)}" if homework else text


class _Line(pg.PlotCurveItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A panel's line through its points, painted in short runs that share their ends.

    Qt paints an antialiased line wider than a pixel with a rasteriser whose work
    grows much faster than the line is long: a check-in item's line over 170
    sessions took about 3 ms in one piece and under 1 ms in runs of 16 points. The
    runs look like the one line (only where two meet is the corner square, not bevelled).
    """

    RUN = 16

    def __init__(self, **opts: Any) -> None:
        self._runs: list[QPainterPath] | None = None
        super().__init__(**opts)

    def updateData(self, *args: Any, **kwargs: Any) -> None:
        self._runs = None
        super().updateData(*args, **kwargs)

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        x, y = self.xData, self.yData
        plain = self.opts["fillLevel"] is None and self.opts["shadowPen"] is None
        if x is None or len(x) <= self.RUN or not plain or self._exportOpts is not False:
            super().paint(p, opt, widget)
            return
        if self._runs is None:
            self._runs = [
                pg.arrayToQPath(x[i : i + self.RUN + 1], y[i : i + self.RUN + 1])
                for i in range(0, len(x) - 1, self.RUN)
            ]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, self.opts["antialias"])
        p.setPen(self.opts["pen"])
        for run in self._runs:
            p.drawPath(run)


class _Panel:
    """One chart panel and its items, made once and refilled for each client."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.items: dict[str, Any] = {}
        self.styles: dict[str, dict[str, Any]] = {}

    def add(self, name: str, item: Any, **style: Any) -> Any:
        self.plot.addItem(item)
        self.items[name] = item
        self.styles[name] = style
        return item

    def points(self, name: str, xs: list[float], ys: list[float], **values: Any) -> None:
        """Set a scatter's points with its own style (which setData would otherwise drop)."""
        self.items[name].setData(x=xs, y=ys, **{**self.styles[name], **values})


class PlanDialog(QDialog):
    """One client's measurement plan."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Measurement plan"))
        self.editor = DefaultPlanEditor(ctx, self, client_id=client_id)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(close)


class ChartTab(QWidget):
    """Draws a :class:`ClientChart`; ``plots`` maps an instrument id to its panel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chart: ClientChart | None = None
        self.by_session = False
        self.plots: dict[str, pg.PlotItem] = {}
        self._pool: dict[tuple[str, bool], _Panel] = {}
        self._drawn: list[pg.PlotItem] = []
        #: The theme the panels are drawn in (they are made again in another).
        self.theme = style.current()
        self._styled = ""
        self._edge = pg.mkPen(self.theme.chart)
        self.lines: dict[str, _Line] = {}
        self.by_date = QRadioButton(tr("By date"))
        self.by_number = QRadioButton(tr("By session"))
        self.by_date.setChecked(True)
        axis = QButtonGroup(self)
        axis.addButton(self.by_date)
        axis.addButton(self.by_number)
        self.by_number.toggled.connect(self.set_by_session)
        self.as_table = QPushButton(tr("Show as table"))
        self.as_table.setCheckable(True)
        self.as_table.toggled.connect(self._toggle_table)
        self.export_button = QPushButton(tr("Export as PNG…"))
        self.export_button.clicked.connect(lambda: self.export_png())
        self.report_button = QPushButton(tr("Progress report…"))
        self.report_button.setToolTip(tr("A PDF of the scores and what changed, to print or save"))
        self.report_button.clicked.connect(self.progress_report)
        self.preview: DocumentPreview | None = None
        self.summary = QVBoxLayout()
        self._summary_labels: list[QLabel] = []
        self._table_stale = True
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(tr("Questionnaire scores over time"))
        # The keyboard reads the chart through "Show as table"; the drawing is no Tab stop.
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Session"), tr("Questionnaire"), tr("Total"), tr("Band"), tr("Change")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.stack = QStackedWidget()
        # On a small screen the panels keep their height and the chart scrolls.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.graphics)
        self.stack.addWidget(self.scroller)
        self.stack.addWidget(self.table)
        self.empty = text_label(tr("No questionnaire answered yet."))
        controls = QHBoxLayout()
        controls.addWidget(self.by_date)
        controls.addWidget(self.by_number)
        controls.addStretch(1)
        controls.addWidget(self.as_table)
        controls.addWidget(self.export_button)
        controls.addWidget(self.report_button)
        self.plan_button = QPushButton(tr("Measurement plan…"))
        self.plan_button.setToolTip(tr("Which questionnaires this client is given, and how often"))
        self.plan_button.clicked.connect(lambda: self.edit_plan())
        controls.insertWidget(3, self.plan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.summary)
        layout.addLayout(controls)
        layout.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    # ------------------------------------------------------------- showing

    def edit_plan(self) -> PlanDialog | None:
        """This client's measurement plan, in a dialog."""
        if self.chart is None:
            return None
        dialog = PlanDialog(self.ctx, self.chart.client_id, self)
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def show_client(self, client_id: int) -> ClientChart:
        with self.ctx.vault.session() as session:
            chart = outcomes.client_chart(session, client_id, self.ctx.instruments().instruments)
        self.show_chart(chart)
        return chart

    def show_chart(self, chart: ClientChart) -> None:
        self.chart = chart
        self._show_summary(summary_text(chart))
        empty = not chart.series and chart.evaluations is None
        self.empty.setVisible(empty)
        self.stack.setVisible(not empty)
        self._draw()
        self._table_stale = True
        if self.as_table.isChecked():
            self._fill_table()

    def _show_summary(self, lines: list[tuple[str, str]]) -> None:
        """The summary lines, in labels kept from one client to the next (no relayout if alike)."""
        while len(self._summary_labels) < len(lines):
            label = text_label("")
            self.summary.addWidget(label)
            self._summary_labels.append(label)
        for label, (text, kind) in zip(self._summary_labels, lines, strict=False):
            label.setText(text)
            if label.objectName() != kind:
                label.setObjectName(kind)
                label.style().unpolish(label)
                label.style().polish(label)
            label.show()
        for label in self._summary_labels[len(lines) :]:
            label.hide()

    def set_by_session(self, on: bool) -> None:
        self.by_session = on
        self._draw()

    def _toggle_table(self, on: bool) -> None:
        if on and self._table_stale:
            self._fill_table()
        self.stack.setCurrentIndex(1 if on else 0)
        self.as_table.setText(tr("Show as chart") if on else tr("Show as table"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and style.current() is not self.theme:
            # The app changed theme: the panels are made again in its colours, once Qt has
            # finished telling every widget (their items must not go while it does).
            QTimer.singleShot(0, self, self._follow_theme)

    def _follow_theme(self) -> None:
        if style.current() is not self.theme:
            self.theme = style.current()
            if self.chart is not None:
                self._draw()

    def _restyle(self) -> None:
        """Forget the panels made in another theme; the next ones are made in this one."""
        theme = self.theme
        pg.setConfigOptions(background=theme.chart, foreground=theme.chart_text)
        self.graphics.setBackground(theme.chart)
        self.graphics.clear()
        self._pool.clear()
        self._drawn = []
        self._edge = pg.mkPen(theme.chart)
        self._styled = theme.name

    def _draw(self) -> None:
        """Fill the panels this chart needs; the layout is rebuilt only when they change."""
        if self._styled != self.theme.name:
            self._restyle()
        chart = self.chart
        self.plots.clear()
        self.lines.clear()
        wanted: list[_Panel] = []
        if chart is not None:
            for series in chart.series:
                if len(series.points) >= MIN_POINTS_FOR_PANEL:
                    wanted.append(self._fill_outcome(series))
            for check_in in chart.check_ins:
                if len(check_in.points) >= MIN_POINTS_FOR_PANEL:
                    wanted.append(self._fill_check_in(check_in))
            if chart.evaluations is not None:
                wanted.append(self._fill_evaluations(chart.evaluations, chart.guesses))
            if chart.strip and wanted:
                wanted.append(self._fill_strip(chart.strip))
        if [panel.plot for panel in wanted] != self._drawn:
            self.graphics.clear()
            for row, panel in enumerate(wanted):
                self.graphics.addItem(panel.plot, row=row, col=0)
            self._drawn = [panel.plot for panel in wanted]
            self.graphics.setMinimumHeight(
                sum(int(panel.plot.minimumHeight()) + PANEL_TITLE for panel in wanted) + 30
            )
        first = wanted[0].plot if wanted else None
        for panel in wanted:
            last = panel is wanted[-1]
            # The panels share one time axis: its dates are drawn once, under the last.
            panel.plot.showAxis("bottom", last or self.by_session)
            linked = first if not self.by_session and panel.plot is not first else None
            view = linked.getViewBox() if linked is not None else None
            if panel.plot.getViewBox().linkedView(pg.ViewBox.XAxis) is not view:
                panel.plot.setXLink(linked)
        self._fit_time_axis(wanted)

    def _fit_time_axis(self, panels: list[_Panel]) -> None:
        """Show every point of this client: the shared time axis spans all the panels' data
        (each panel its own sessions when drawn by session number)."""
        groups = [[panel] for panel in panels] if self.by_session else [panels] if panels else []
        for group in groups:
            spans = [
                bounds[0]
                for panel in group
                if (bounds := panel.plot.getViewBox().childrenBounds()) and bounds[0] is not None
            ]
            if spans:
                low = min(span[0] for span in spans)
                high = max(span[1] for span in spans)
                group[0].plot.setXRange(low, high, padding=0.03)

    def _panel(
        self, key: str, title: str, min_height: int, max_height: int = 10_000
    ) -> tuple[_Panel, bool]:
        """The panel for ``key`` in the current axis mode, and whether it was just made.

        A panel (building one costs ~20 ms) and its items are made once and
        refilled for every client after that.
        """
        pool_key = (key, self.by_session)
        panel = self._pool.get(pool_key)
        made = panel is None
        if panel is None:
            plot = pg.PlotItem(axisItems=self._axis())
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setTitle(title, size="10pt")
            plot.setMinimumHeight(min_height)
            plot.setMaximumHeight(max_height)
            plot.getAxis("left").setWidth(36)
            panel = self._pool[pool_key] = _Panel(plot)
        return panel, made

    def _axis(self) -> dict[str, pg.AxisItem]:
        if self.by_session:
            return {}
        return {"bottom": pg.DateAxisItem(orientation="bottom")}

    def _scatter(self, panel: _Panel, name: str, **style: Any) -> None:
        """A panel's set of points, hoverable: the tooltip names the point's date and answers."""
        scatter = pg.ScatterPlotItem(hoverable=True, tip=None)
        scatter.sigHovered.connect(self._hovered)
        panel.add(name, scatter, **style)

    def _fill_outcome(self, series: InstrumentSeries) -> _Panel:
        panel, made = self._panel(series.instrument_id, series.short_name, 170)
        if made:
            self._build_outcome(panel, series)
        baseline = series.baseline
        panel.items["baseline"].setVisible(baseline is not None)
        if baseline is not None:
            panel.items["baseline"].setValue(baseline.total)
        shown = [(p, x) for p in series.points if (x := _x(p, self.by_session)) is not None]
        ys = [p.total for p, _x in shown]
        panel.items["line"].setData([x for _p, x in shown], ys)
        theme = self.theme
        spots: list[Spot] = []
        for point, x in shown:
            symbol, colour = "o", theme.chart_line
            if point.change_kind == "improved":
                symbol, colour = "t1", theme.chart_improved
            elif point.change_kind == "deteriorated":
                symbol, colour = "t", theme.chart_worse
            if point.recovered:
                symbol = "star"
            size = {"o": 7, "star": 16}.get(symbol, 12)
            spots.append((x, point.total, symbol, size, colour, partial(_tip, series, point)))
        _set_spots(panel.items["points"], spots, self._edge)
        top = series.max_total or max([b.high for b in series.bands] + ys + [1])
        panel.plot.setYRange(0, top, padding=0.05)
        self.plots[series.instrument_id] = panel.plot
        self.lines[series.instrument_id] = panel.items["line"]
        return panel

    def _build_outcome(self, panel: _Panel, series: InstrumentSeries) -> None:
        """What an instrument's panel always shows: its bands, its cut-off, its line."""
        theme = self.theme
        bands = list(series.bands)
        worst_last = bands if not series.higher_is_better else bands[::-1]
        for index, band in enumerate(worst_last):
            colour = theme.chart_bands[min(index, len(theme.chart_bands) - 1)]
            region = pg.LinearRegionItem(
                values=(band.low, band.high + (1 if band.high == int(band.high) else 0)),
                orientation="horizontal",
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(None),
                movable=False,
            )
            region.setZValue(-10)
            panel.add(f"band{index}", region)
        if series.cutoff is not None:
            panel.add(
                "cutoff",
                pg.InfiniteLine(
                    pos=series.cutoff,
                    angle=0,
                    pen=pg.mkPen(theme.chart_reference, width=1, style=Qt.PenStyle.DashLine),
                    label=tr("cut-off"),
                    labelOpts={"position": 0.02, "color": theme.chart_reference},
                ),
            )
        panel.add(
            "baseline",
            pg.InfiniteLine(
                angle=0, pen=pg.mkPen(theme.chart_baseline, width=1, style=Qt.PenStyle.DotLine)
            ),
        )
        panel.add("line", _Line(pen=pg.mkPen(theme.chart_line, width=2)))
        self._scatter(panel, "points")

    def _fill_check_in(self, series: CheckInSeries) -> _Panel:
        """Each check-in item before the sessions; where it was also given after, the change."""
        colours = self.theme.chart_series
        key = "  ".join(
            f"<span style='color:{colours[i % len(colours)]}'>━ {label}</span>"
            for i, (_id, label) in enumerate(series.items)
        )
        title = tr("{name} (before ●, after the session ○) &nbsp; {key}").format(
            name=series.short_name, key=key
        )
        panel, made = self._panel(series.instrument_id, title, 150)
        if made:
            for index, (item_id, _label) in enumerate(series.items):
                colour = colours[index % len(colours)]
                panel.add(f"{item_id}.line", _Line(pen=pg.mkPen(colour, width=1.5)))
                panel.add(
                    f"{item_id}.change",
                    pg.PlotDataItem(
                        connect="pairs",
                        pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine),
                    ),
                )
                self._scatter(panel, f"{item_id}.before", size=5, pen=pg.mkPen(None))
                self._scatter(panel, f"{item_id}.after", size=7, brush=pg.mkBrush(None))

        def x_of(point: CheckInPoint) -> float | None:
            if self.by_session:
                return None if point.session_number is None else float(point.session_number)
            return point.at.timestamp()

        labels = dict(series.items)
        before = [
            (x, p) for p in series.points if p.timing != "after" and (x := x_of(p)) is not None
        ]
        pairs = [(x, a, b) for a, b in series.within() if (x := x_of(b)) is not None]
        for index, (item_id, _label) in enumerate(series.items):
            colour = colours[index % len(colours)]
            shown = [(x, p, v) for x, p in before if (v := p.answers.get(item_id)) is not None]
            line = panel.items[f"{item_id}.line"]
            line.setData([x for x, _p, _v in shown], [v for _x, _p, v in shown])
            self.lines[f"{series.instrument_id}.{item_id}"] = line
            panel.points(
                f"{item_id}.before",
                [x for x, _p, _v in shown],
                [v for _x, _p, v in shown],
                brush=_brush(colour),
                data=[partial(_check_in_tip, p, labels) for _x, p, _v in shown],
            )
            # Every before → after stroke of this item in one item (pairs of points).
            strokes = [
                (x, start, end, second)
                for x, first, second in pairs
                if (start := first.answers.get(item_id)) is not None
                and (end := second.answers.get(item_id)) is not None
            ]
            panel.items[f"{item_id}.change"].setData(
                [x for x, *_rest in strokes for _ in (0, 1)],
                [v for _x, start, end, _p in strokes for v in (start, end)],
            )
            panel.points(
                f"{item_id}.after",
                [x for x, *_rest in strokes],
                [end for _x, _start, end, _p in strokes],
                pen=_pen(colour),
                data=[partial(_check_in_tip, p, labels) for *_rest, p in strokes],
            )
        panel.plot.setYRange(0, series.max_value, padding=0.05)
        self.plots[series.instrument_id] = panel.plot
        return panel

    def _fill_evaluations(
        self, series: InstrumentSeries, guesses: tuple[GuessPoint, ...]
    ) -> _Panel:
        theme = self.theme
        title = tr("Session evaluation (and your guesses ○)")
        panel, made = self._panel(series.instrument_id, title, 140)
        if made:
            guess = theme.chart_guess
            panel.add("line", _Line(pen=pg.mkPen(theme.chart_evaluation, width=2)))
            panel.add(
                "gaps",
                pg.PlotDataItem(
                    connect="pairs", pen=pg.mkPen(guess, width=1, style=Qt.PenStyle.DotLine)
                ),
            )
            self._scatter(panel, "points")
            self._scatter(
                panel, "guesses", size=9, brush=pg.mkBrush(None), pen=pg.mkPen(guess, width=2)
            )
        shown = [(p, x) for p in series.points if (x := _x(p, self.by_session)) is not None]
        top = series.max_total or 16
        panel.items["line"].setData([x for _p, x in shown], [p.total for p, _x in shown])
        spots: list[Spot] = []
        previous: float | None = None
        for point, x in shown:
            colour = theme.chart_evaluation
            if point.total < top:
                colour = theme.chart_amber
            if previous is not None and point.total <= previous - 2:
                colour = theme.chart_worse
            previous = point.total
            spots.append((x, point.total, "o", 8, colour, partial(_tip, series, point)))
        _set_spots(panel.items["points"], spots, self._edge)
        # Guesses are dated, so they are shown on the date axis only.
        shown_guesses = guesses if not self.by_session else ()
        panel.points(
            "guesses",
            [g.at.timestamp() for g in shown_guesses],
            [g.guessed for g in shown_guesses],
            data=[partial(_guess_tip, g) for g in shown_guesses],
        )
        gaps = [g for g in shown_guesses if g.actual is not None]
        panel.items["gaps"].setData(
            [g.at.timestamp() for g in gaps for _ in (0, 1)],
            [v for g in gaps for v in (g.guessed, g.actual)],
        )
        panel.plot.setYRange(0, top, padding=0.05)
        self.plots[series.instrument_id] = panel.plot
        self.lines[series.instrument_id] = panel.items["line"]
        return panel

    def _fill_strip(self, strip: tuple[StripPoint, ...]) -> _Panel:
        panel, made = self._panel("strip", tr("Attendance and homework"), 60, 100)
        if made:
            # An empty left axis as wide as the others keeps the days under their points.
            left = panel.plot.getAxis("left")
            left.setStyle(showValues=False, tickLength=0)
            left.setPen(pg.mkPen(None))
            reference = self.theme.chart_reference
            self._scatter(panel, "sessions", symbol="s", size=9, pen=pg.mkPen(reference))
            self._scatter(panel, "homework")
            panel.plot.setYRange(-1.3, 0.6)
        if not self.by_session:
            xs = [datetime.combine(s.day, time(12), tzinfo=UTC).timestamp() for s in strip]
        else:
            xs = [float(n) for n in range(1, len(strip) + 1)]
        tips = [partial(_strip_tip, point) for point in strip]
        status = self.theme.chart_status
        symbols = _homework_marks(self.theme.name)
        panel.points(
            "sessions",
            xs,
            [0.0] * len(xs),
            brush=[_brush(status.get(s.status, self.theme.chart)) for s in strip],
            data=tips,
        )
        # Homework beneath, all in one item: ● done, ◐ partly (amber), ✕ not done.
        marks = [
            (x, symbols[point.homework], tip)
            for x, point, tip in zip(xs, strip, tips, strict=True)
            if point.homework in symbols
        ]
        panel.points(
            "homework",
            [x for x, _mark, _tip in marks],
            [-0.7] * len(marks),
            symbol=[mark["symbol"] for _x, mark, _tip in marks],
            size=[8] * len(marks),
            pen=[mark["pen"] for _x, mark, _tip in marks],
            brush=[mark["brush"] for _x, mark, _tip in marks],
            data=[tip for _x, _mark, tip in marks],
        )
        return panel

    def _hovered(self, item: pg.ScatterPlotItem, points: object, _event: object) -> None:
        found = list(points) if points is not None else []  # type: ignore[call-overload]
        self.graphics.setToolTip(found[0].data()() if found else "")

    # -------------------------------------------------------------- table

    def _fill_table(self) -> None:
        chart = self.chart
        self._table_stale = False
        rows: list[tuple[str, str, str, str, str, str]] = []
        if chart is not None:
            every = list(chart.series) + ([chart.evaluations] if chart.evaluations else [])
            for series in every:
                for point in series.points:
                    change = "" if point is series.baseline else f"{point.change:+g}"
                    if point.change_kind == "improved":
                        change = tr("{change} reliable improvement").format(change=change)
                    elif point.change_kind == "deteriorated":
                        change = tr("{change} reliable deterioration").format(change=change)
                    if point.recovered:
                        change = tr("{change}, recovered").format(change=change)
                    rows.append(
                        (
                            format_date(point.at.date()),
                            str(point.session_number or ""),
                            series.short_name,
                            f"{point.total:g}",
                            point.band,
                            change.strip(),
                        )
                    )
        rows.sort(key=lambda r: r[0])
        self.table.setRowCount(len(rows))
        for index, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))

    # ------------------------------------------------------------- report

    def progress_report(self) -> None:
        """Ask for a comment, then make the progress report and show it to print or save."""
        chart = self.chart
        if chart is None:
            return
        today = self.ctx.today()
        dated = [p.at.date() for s in chart.series for p in s.points] + [p.day for p in chart.strip]
        answer = ReportCommentDialog.ask(self, min(dated, default=today), today)
        if answer is not None:
            self.make_report(*answer)

    def make_report(self, comment: str, period: tuple[date, date] | None = None) -> None:
        """Render the report off the GUI thread; the preview opens when it is ready."""
        if self.chart is None:
            return
        client_id = self.chart.client_id
        vault = self.ctx.vault
        instruments = self.ctx.instruments().instruments
        today = self.ctx.today()
        self.report_button.setEnabled(False)

        def work() -> tuple[bytes, str, str]:
            # Loaded on first use: reportlab is only needed to make a PDF.
            from app.documents.progress_report import render_progress_report

            with vault.session() as session:
                record = get_client(session, client_id, today)
                profile = get_profile(session)
                chart = outcomes.client_chart(session, client_id, instruments)
            pdf = render_progress_report(
                profile, record, chart, instruments, period, comment, today
            )
            stem = progress_report_file_stem(record.data.code, today)
            return pdf, record.display_name, f"{stem}.pdf"

        def done(result: tuple[bytes, str, str]) -> None:
            self.report_button.setEnabled(True)
            pdf, name, file_name = result
            title = tr("Progress report — {name}").format(name=name)
            self.preview = DocumentPreview(pdf, title, file_name, self)
            self.preview.open()

        def failed(exc: BaseException) -> None:
            self.report_button.setEnabled(True)
            message = exc.message if isinstance(exc, RapportError) else str(exc)
            QMessageBox.warning(
                self,
                tr("No report"),
                tr("The progress report could not be made.\n\n{message}").format(message=message),
            )

        self.ctx.tasks.run(work, done, failed)

    # ------------------------------------------------------------- export

    def _grab_for_paper(self) -> QPixmap:
        """The chart as an image in the light theme, whatever the screen shows: it goes on paper."""
        image: QPixmap
        if not self.theme.is_dark:
            image = self.graphics.grab()
            return image
        on_screen, self.theme = self.theme, style.LIGHT
        self._draw()
        image = self.graphics.grab()
        self.theme = on_screen
        self._draw()
        return image

    def export_png(self, path: Path | None = None) -> Path | None:
        """Save the chart as a PNG image where the clinician chooses."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export the chart"),
                str(Path(folder) / "chart.png"),
                tr("PNG images (*.png)"),
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._grab_for_paper().save(buffer, "PNG")
        try:
            atomic_write(path, bytes(buffer.data().data()))
        except OSError:
            return None
        return path
