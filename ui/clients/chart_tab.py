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

from datetime import UTC, datetime, time
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import outcomes
from app.clients import get_client
from app.documents.progress_report import progress_report_file_stem, render_progress_report
from app.errors import RapportError
from app.outcomes import CheckInPoint, CheckInSeries, ClientChart, InstrumentSeries, ScorePoint
from app.paths import atomic_write
from app.practice import get_profile
from ui.clients.labels import format_date
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS, DocumentPreview
from ui.settings.feedback_page import DefaultPlanEditor
from ui.widgets.labels import text_label

IMPROVED = "#2e7d32"
WORSE = "#b3261e"
LINE = "#2f5d62"
GUESS = "#8e6bb0"
#: Band shading from the best band to the worst.
BAND_COLOURS = ("#e8f3e8", "#f3f3df", "#fbeedd", "#f9e1dc", "#f4d3cf")
STATUS_COLOURS = {
    "attended": "#2f5d62",
    "no_show": "#b3261e",
    "late_cancelled": "#d9822b",
    "cancelled_by_client": "#b9c4c6",
    "cancelled_by_clinician": "#dde3e3",
    "scheduled": "#ffffff",
}
#: One colour per check-in item.
CHECK_IN_COLOURS = ("#4f7cac", "#c08a3e", "#9c6ab0", "#5b8c85", "#b3261e")
#: An instrument given once (a screen at intake) is named in the summary, not drawn.
MIN_POINTS_FOR_PANEL = 2
HOMEWORK_MARKS: dict[str, dict[str, object]] = {
    "done": {"symbol": "o", "brush": pg.mkBrush("#2e7d32"), "pen": pg.mkPen("#2e7d32")},
    "partly": {"symbol": "o", "brush": pg.mkBrush("#d9a441"), "pen": pg.mkPen("#d9822b")},
    "not_done": {"symbol": "x", "brush": pg.mkBrush("#b3261e"), "pen": pg.mkPen("#b3261e")},
}

pg.setConfigOptions(antialias=True, background="w", foreground="#3a4651")


def _x(point: ScorePoint, by_session: bool) -> float | None:
    if by_session:
        return None if point.session_number is None else float(point.session_number)
    return point.at.timestamp()


def _tip(series: InstrumentSeries, point: ScorePoint) -> str:
    when = format_date(point.at.date())
    lines = [f"{series.short_name} {point.total:g}" + (f" ({point.band})" if point.band else "")]
    lines.append(when + (f", session {point.session_number}" if point.session_number else ""))
    if point.change_kind == "improved":
        lines.append(f"Reliable improvement ({point.change:+g} from the baseline)")
    elif point.change_kind == "deteriorated":
        lines.append(f"Reliable deterioration ({point.change:+g} from the baseline)")
    if point.recovered:
        lines.append("Recovered")
    answers = ", ".join(f"{k} {v}" for k, v in point.answers.items() if v is not None)
    if answers:
        lines.append(answers)
    return "\n".join(lines)


def summary_text(chart: ClientChart) -> list[tuple[str, str]]:
    """One line per outcome instrument: baseline → latest, and what the change means."""
    lines = []
    single = [s for s in chart.series if len(s.points) == 1]
    if single:
        lines.append(
            (
                "Given once: "
                + ", ".join(
                    f"{s.short_name} {s.points[0].total:g} ({format_date(s.points[0].at.date())})"
                    + (
                        " — at or above the cut-off"
                        if s.cutoff is not None and _at_cutoff(s)
                        else ""
                    )
                    for s in single
                ),
                "hint",
            )
        )
    for summary in chart.summaries:
        if summary.baseline is None or summary.latest is None:
            continue
        text = f"{summary.short_name}: {summary.baseline:g} → {summary.latest:g}"
        if summary.change is not None:
            text += f" ({summary.change:+g})"
        kind = "hint"
        if summary.change_kind == "improved":
            text += ", reliable improvement"
            kind = "ok"
        elif summary.change_kind == "deteriorated":
            text += ", reliable deterioration"
            kind = "formError"
        elif summary.change_kind == "no_reliable_change":
            text += ", no reliable change yet"
            kind = "warning" if summary.sessions_since_intake >= 6 else "hint"
        if summary.reliably_recovered:
            text += ", reliably recovered"
        elif summary.recovered:
            text += ", recovered"
        text += f" · {summary.sessions_since_intake} sessions"
        lines.append((text, kind))
    return lines


def _at_cutoff(series: InstrumentSeries) -> bool:
    point, cutoff = series.points[0], series.cutoff
    if cutoff is None:
        return False
    return point.total <= cutoff if series.higher_is_better else point.total >= cutoff


class ReportCommentDialog(QDialog):
    """Asks for the clinician's comment before the progress report is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Progress report")
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("How therapy is going, in your words (optional)")
        self.comment.setAccessibleName("Your comment")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        make = buttons.button(QDialogButtonBox.StandardButton.Ok)
        make.setText("Make report")
        make.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                "Your comment is printed under the change summary. Leave it empty to "
                "give the scores alone."
            )
        )
        layout.addWidget(self.comment, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The comment typed, or None when the clinician cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.comment.toPlainText()


Spot = tuple[float, float, str, int, str, ScorePoint]


def _add_spots(scatter: pg.ScatterPlotItem, series: InstrumentSeries, spots: list[Spot]) -> None:
    """All of a panel's points in one call (far quicker than one description per point)."""
    if not spots:
        return
    brushes = {colour: pg.mkBrush(colour) for *_rest, colour, _p in spots}
    scatter.addPoints(
        x=[s[0] for s in spots],
        y=[s[1] for s in spots],
        symbol=[s[2] for s in spots],
        size=[s[3] for s in spots],
        brush=[brushes[s[4]] for s in spots],
        pen=pg.mkPen("w"),
        data=[_tip(series, s[5]) for s in spots],
    )


class PlanDialog(QDialog):
    """One client's measurement plan."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Measurement plan")
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
        self._pool: dict[tuple[int, bool], pg.PlotItem] = {}
        self._drawn: list[pg.PlotItem] = []
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.by_date = QRadioButton("By date")
        self.by_number = QRadioButton("By session")
        self.by_date.setChecked(True)
        axis = QButtonGroup(self)
        axis.addButton(self.by_date)
        axis.addButton(self.by_number)
        self.by_number.toggled.connect(self.set_by_session)
        self.as_table = QPushButton("Show as table")
        self.as_table.setCheckable(True)
        self.as_table.toggled.connect(self._toggle_table)
        self.export_button = QPushButton("Export as PNG…")
        self.export_button.clicked.connect(lambda: self.export_png())
        self.report_button = QPushButton("Progress report…")
        self.report_button.setToolTip("A PDF of the scores and what changed, to print or save")
        self.report_button.clicked.connect(self.progress_report)
        self.preview: DocumentPreview | None = None
        self.summary = QVBoxLayout()
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName("Questionnaire scores over time")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            ["Date", "Session", "Questionnaire", "Total", "Band", "Change"]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.table)
        self.empty = text_label("No questionnaire answered yet.")
        controls = QHBoxLayout()
        controls.addWidget(self.by_date)
        controls.addWidget(self.by_number)
        controls.addStretch(1)
        controls.addWidget(self.as_table)
        controls.addWidget(self.export_button)
        controls.addWidget(self.report_button)
        self.plan_button = QPushButton("Measurement plan…")
        self.plan_button.setToolTip("Which questionnaires this client is given, and how often")
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
        while self.summary.count():
            item = self.summary.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, kind in summary_text(chart):
            self.summary.addWidget(text_label(text, kind))
        empty = not chart.series and chart.evaluations is None
        self.empty.setVisible(empty)
        self.stack.setVisible(not empty)
        self._draw()
        self._fill_table()

    def set_by_session(self, on: bool) -> None:
        self.by_session = on
        self._draw()

    def _toggle_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.as_table.setText("Show as chart" if on else "Show as table")

    def _draw(self) -> None:
        chart = self.chart
        self.graphics.clear()
        self.plots.clear()
        self.lines.clear()
        self._drawn.clear()
        if chart is None:
            return
        row = 0
        first: pg.PlotItem | None = None
        for series in chart.series:
            if len(series.points) < MIN_POINTS_FOR_PANEL:
                continue  # a single screen: named in the summary above, not a line
            plot = self._panel(series, row)
            if first is None:
                first = plot
            elif not self.by_session:
                plot.setXLink(first)
            row += 1
        for check_in in chart.check_ins:
            if len(check_in.points) < MIN_POINTS_FOR_PANEL:
                continue
            plot = self._check_in_panel(check_in, row)
            if first is None:
                first = plot
            elif not self.by_session:
                plot.setXLink(first)
            row += 1
        if chart.evaluations is not None:
            plot = self._evaluation_panel(chart.evaluations, row)
            if first is None:
                first = plot
            elif not self.by_session:
                plot.setXLink(first)
            row += 1
        if chart.strip and first is not None:
            self._strip(row, first)
        if not self.by_session:
            # The panels share one time axis: its dates are drawn once, under the last.
            for plot in self._drawn[:-1]:
                plot.hideAxis("bottom")

    def _plot(
        self, row: int, title: str, min_height: int = 0, max_height: int = 10_000
    ) -> pg.PlotItem:
        """The panel for ``row``, made once and reused (building a panel costs ~20 ms)."""
        key = (row, self.by_session)
        plot = self._pool.get(key)
        if plot is None:
            plot = pg.PlotItem(axisItems=self._axis())
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            self._pool[key] = plot
        else:
            plot.clear()
            plot.setXLink(None)
            if plot.legend is not None:
                plot.legend.clear()
        plot.showAxis("left")
        plot.showAxis("bottom")
        plot.setTitle(title, size="10pt")
        self._drawn.append(plot)
        plot.setMinimumHeight(min_height)
        plot.setMaximumHeight(max_height)
        self.graphics.addItem(plot, row=row, col=0)
        return plot

    def _axis(self) -> dict[str, pg.AxisItem]:
        if self.by_session:
            return {}
        return {"bottom": pg.DateAxisItem(orientation="bottom")}

    def _panel(self, series: InstrumentSeries, row: int) -> pg.PlotItem:
        plot = self._plot(row, series.short_name, min_height=170)
        worst_last = list(series.bands) if not series.higher_is_better else list(series.bands)[::-1]
        for index, band in enumerate(worst_last):
            colour = BAND_COLOURS[min(index, len(BAND_COLOURS) - 1)]
            region = pg.LinearRegionItem(
                values=(band.low, band.high + (1 if band.high == int(band.high) else 0)),
                orientation="horizontal",
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(None),
                movable=False,
            )
            region.setZValue(-10)
            plot.addItem(region)
        if series.cutoff is not None:
            plot.addItem(
                pg.InfiniteLine(
                    pos=series.cutoff,
                    angle=0,
                    pen=pg.mkPen("#7a8587", width=1, style=Qt.PenStyle.DashLine),
                    label="cut-off",
                    labelOpts={"position": 0.02, "color": "#7a8587"},
                )
            )
        baseline = series.baseline
        if baseline is not None:
            plot.addItem(
                pg.InfiniteLine(
                    pos=baseline.total,
                    angle=0,
                    pen=pg.mkPen("#b0b8b9", width=1, style=Qt.PenStyle.DotLine),
                )
            )
        points = [(p, _x(p, self.by_session)) for p in series.points]
        shown = [(p, x) for p, x in points if x is not None]
        xs = [x for _p, x in shown]
        ys = [p.total for p, _x in shown]
        line = plot.plot(xs, ys, pen=pg.mkPen(LINE, width=2))
        self.lines[series.instrument_id] = line
        scatter = pg.ScatterPlotItem(hoverable=True, tip=None)
        spots: list[Spot] = []
        for point, x in shown:
            symbol, colour = "o", LINE
            if point.change_kind == "improved":
                symbol, colour = "t1", IMPROVED
            elif point.change_kind == "deteriorated":
                symbol, colour = "t", WORSE
            if point.recovered:
                symbol = "star"
            spots.append(
                (x, point.total, symbol, {"o": 7, "star": 16}.get(symbol, 12), colour, point)
            )
        _add_spots(scatter, series, spots)
        scatter.sigHovered.connect(self._hovered)
        plot.addItem(scatter)
        top = series.max_total or max([b.high for b in series.bands] + ys + [1])
        plot.setYRange(0, top, padding=0.05)
        plot.getAxis("left").setWidth(36)
        self.plots[series.instrument_id] = plot
        return plot

    def _check_in_panel(self, series: CheckInSeries, row: int) -> pg.PlotItem:
        """Each check-in item before the sessions; where it was also given after, the change."""
        plot = self._plot(row, f"{series.short_name} (before ●, after the session ○)", 150)
        legend = plot.addLegend(offset=(-10, 5), labelTextSize="8pt")
        legend.setColumnCount(len(series.items))

        def x_of(point: CheckInPoint) -> float | None:
            if self.by_session:
                return None if point.session_number is None else float(point.session_number)
            return point.at.timestamp()

        before = [p for p in series.points if p.timing != "after"]
        for index, (item_id, label) in enumerate(series.items):
            colour = CHECK_IN_COLOURS[index % len(CHECK_IN_COLOURS)]
            shown = [
                (x, p.answers.get(item_id))
                for p in before
                if (x := x_of(p)) is not None and p.answers.get(item_id) is not None
            ]
            line = plot.plot(
                [x for x, _v in shown],
                [v for _x, v in shown],
                pen=pg.mkPen(colour, width=1.5),
                symbol="o",
                symbolSize=4,
                symbolBrush=colour,
                symbolPen=None,
                name=label,
            )
            self.lines[f"{series.instrument_id}.{item_id}"] = line
            # Every before → after stroke of this item in one item (pairs of points).
            stroke_x: list[float] = []
            stroke_y: list[float] = []
            for first, second in series.within():
                x = x_of(second)
                start, end = first.answers.get(item_id), second.answers.get(item_id)
                if x is None or start is None or end is None:
                    continue
                stroke_x += [x, x]
                stroke_y += [start, end]
            if stroke_x:
                plot.plot(
                    stroke_x,
                    stroke_y,
                    connect="pairs",
                    pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine),
                )
                plot.addItem(
                    pg.ScatterPlotItem(
                        stroke_x[1::2],
                        stroke_y[1::2],
                        symbol="o",
                        size=7,
                        brush=pg.mkBrush(None),
                        pen=pg.mkPen(colour),
                    )
                )
        plot.setYRange(0, series.max_value, padding=0.05)
        plot.getAxis("left").setWidth(36)
        self.plots[series.instrument_id] = plot
        return plot

    def _evaluation_panel(self, series: InstrumentSeries, row: int) -> pg.PlotItem:
        plot = self._plot(row, "Session evaluation (and your guesses ○)", min_height=140)
        shown = [(p, x) for p in series.points if (x := _x(p, self.by_session)) is not None]
        top = series.max_total or 16
        xs = [x for _p, x in shown]
        ys = [p.total for p, _x in shown]
        self.lines[series.instrument_id] = plot.plot(xs, ys, pen=pg.mkPen("#4f7cac", width=2))
        spots: list[Spot] = []
        previous: float | None = None
        for point, x in shown:
            colour = "#4f7cac"
            if point.total < top:
                colour = "#d9822b"
            if previous is not None and point.total <= previous - 2:
                colour = WORSE
            previous = point.total
            spots.append((x, point.total, "o", 8, colour, point))
        scatter = pg.ScatterPlotItem(hoverable=True)
        _add_spots(scatter, series, spots)
        scatter.sigHovered.connect(self._hovered)
        plot.addItem(scatter)
        chart = self.chart
        if chart is not None and chart.guesses and not self.by_session:
            guesses = pg.ScatterPlotItem(
                [g.at.timestamp() for g in chart.guesses],
                [g.guessed for g in chart.guesses],
                symbol="o",
                size=9,
                brush=pg.mkBrush(None),
                pen=pg.mkPen(GUESS, width=2),
            )
            plot.addItem(guesses)
            gaps_x: list[float] = []
            gaps_y: list[float] = []
            for guess in chart.guesses:
                if guess.actual is not None:
                    x = guess.at.timestamp()
                    gaps_x += [x, x]
                    gaps_y += [guess.guessed, guess.actual]
            if gaps_x:
                plot.plot(
                    gaps_x,
                    gaps_y,
                    connect="pairs",
                    pen=pg.mkPen(GUESS, width=1, style=Qt.PenStyle.DotLine),
                )
        plot.setYRange(0, top, padding=0.05)
        plot.getAxis("left").setWidth(36)
        self.plots[series.instrument_id] = plot
        return plot

    def _strip(self, row: int, link: pg.PlotItem) -> None:
        chart = self.chart
        assert chart is not None
        plot = self._plot(row, "Attendance and homework", min_height=60, max_height=100)
        plot.hideAxis("left")
        if not self.by_session:
            xs = [datetime.combine(s.day, time(12), tzinfo=UTC).timestamp() for s in chart.strip]
        else:
            xs = list(range(1, len(chart.strip) + 1))
        brushes = [pg.mkBrush(STATUS_COLOURS.get(s.status, "#ffffff")) for s in chart.strip]
        plot.addItem(
            pg.ScatterPlotItem(
                xs, [0] * len(xs), symbol="s", size=9, brush=brushes, pen=pg.mkPen("#7a8587")
            )
        )
        # Homework beneath, all in one item: ● done, ◐ partly (amber), ✕ not done.
        marks = [
            {"pos": (x, -0.7), **HOMEWORK_MARKS[point.homework]}
            for x, point in zip(xs, chart.strip, strict=True)
            if point.homework in HOMEWORK_MARKS
        ]
        if marks:
            homework = pg.ScatterPlotItem(size=8)
            homework.addPoints(marks)
            plot.addItem(homework)
        plot.setYRange(-1.3, 0.6)
        plot.getAxis("left").setWidth(36)
        if not self.by_session:
            plot.setXLink(link)

    def _hovered(self, item: pg.ScatterPlotItem, points: object, _event: object) -> None:
        found = list(points) if points is not None else []  # type: ignore[call-overload]
        self.graphics.setToolTip(str(found[0].data()) if found else "")

    # -------------------------------------------------------------- table

    def _fill_table(self) -> None:
        chart = self.chart
        rows: list[tuple[str, str, str, str, str, str]] = []
        if chart is not None:
            every = list(chart.series) + ([chart.evaluations] if chart.evaluations else [])
            for series in every:
                for point in series.points:
                    change = "" if point is series.baseline else f"{point.change:+g}"
                    if point.change_kind == "improved":
                        change += " reliable improvement"
                    elif point.change_kind == "deteriorated":
                        change += " reliable deterioration"
                    if point.recovered:
                        change += ", recovered"
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
        if self.chart is None:
            return
        comment = ReportCommentDialog.ask(self)
        if comment is not None:
            self.make_report(comment)

    def make_report(self, comment: str) -> None:
        """Render the report off the GUI thread; the preview opens when it is ready."""
        if self.chart is None:
            return
        client_id = self.chart.client_id
        vault = self.ctx.vault
        instruments = self.ctx.instruments().instruments
        today = self.ctx.today()
        self.report_button.setEnabled(False)

        def work() -> tuple[bytes, str, str]:
            with vault.session() as session:
                record = get_client(session, client_id, today)
                profile = get_profile(session)
                chart = outcomes.client_chart(session, client_id, instruments)
            pdf = render_progress_report(profile, record, chart, instruments, None, comment, today)
            stem = progress_report_file_stem(record.data.code, today)
            return pdf, f"Progress report — {record.display_name}", f"{stem}.pdf"

        def done(result: tuple[bytes, str, str]) -> None:
            self.report_button.setEnabled(True)
            pdf, title, file_name = result
            self.preview = DocumentPreview(pdf, title, file_name, self)
            self.preview.open()

        def failed(exc: BaseException) -> None:
            self.report_button.setEnabled(True)
            message = exc.message if isinstance(exc, RapportError) else str(exc)
            QMessageBox.warning(
                self, "No report", f"The progress report could not be made.\n\n{message}"
            )

        self.ctx.tasks.run(work, done, failed)

    # ------------------------------------------------------------- export

    def export_png(self, path: Path | None = None) -> Path | None:
        """Save the chart as a PNG image where the clinician chooses."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                "Export the chart",
                str(Path(folder) / "chart.png"),
                "PNG images (*.png)",
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.graphics.grab().save(buffer, "PNG")
        try:
            atomic_write(path, bytes(buffer.data().data()))
        except OSError:
            return None
        return path
