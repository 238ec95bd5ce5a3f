"""The chart summary in each client's folder of the full export.

Not the full progress report: the report lays out every score in a table and
takes 20–85 ms a client (over two minutes for a ten-year practice of 2,500
clients); the summary draws the same charts with the same change statements
straight onto the page in about 4 ms, from charts read a hundred clients at a
time (:func:`client_charts`). Every score is in ``csv/administrations.csv``, and
the full report can still be made in the app for any client.
"""

from __future__ import annotations

import contextlib
import functools
import io
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.units import mm
from reportlab.lib.validators import DerivedValue
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import null, select
from sqlalchemy.orm import Session

from app import outcomes
from app.clients import ClientNotFound
from app.documents.layout import (
    BOLD,
    FOOTER_Y,
    HAIRLINE,
    INK,
    MUTED,
    PAGE_SIZE,
    REGULAR,
    SIDE_MARGIN,
    TEXT,
    TOP_MARGIN,
    Fallback,
    draw_footer_rule,
    draw_header,
    draw_text,
    fallback_for,
    format_date,
    numbered_canvas,
    text_width,
)
from app.documents.progress_report import (
    MIN_POINTS_FOR_CHART,
    draw_chart,
    legend_drawing,
    num,
    plural,
    with_sign,
)
from app.instruments import Instrument
from app.interop.export_tables import ClientFacts, Run
from app.labels import CLIENT_STATUS_LABELS
from app.models import (
    Administration,
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    Client,
)


def chart_summaries(run: Run) -> Iterator[tuple[ClientFacts, bytes]]:
    """Each client of ``run`` and their chart summary (a PDF), in the order of ``run.clients``."""
    # Only what the summaries show is read.
    charts = client_charts(run.session, [c.id for c in run.clients], run.instruments, full=False)
    legends: dict[bool, Drawing] = {}
    for client, chart in zip(run.clients, charts, strict=True):
        summary = ChartSummary(run, client, chart, legends)
        with shapes_unchecked():
            pdf = summary.render()
        yield client, pdf


class ProcessSetting:
    """A setting of the whole process, changed while any thread needs it changed.

    The first thread to need it saves the setting and changes it; it is put back when
    the last one is done, whatever the order they finish in.
    """

    def __init__(self, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self.get = get
        self.put = put
        self.lock = threading.Lock()
        self.users = 0
        self.saved: Any = None

    @contextlib.contextmanager
    def changed_to(self, value: Any) -> Iterator[None]:
        with self.lock:
            if self.users == 0:
                self.saved = self.get()
                self.put(value)
            self.users += 1
        try:
            yield
        finally:
            with self.lock:
                self.users -= 1
                if self.users == 0:
                    self.put(self.saved)


def _set_shape_checking(value: Any) -> None:
    rl_config.shapeChecking = value


#: reportlab's check of every value given to a shape (a fifth of a chart summary's time
#: when on): the shapes come out the same without it, so it is off while charts are drawn.
_SHAPE_CHECKING = ProcessSetting(lambda: rl_config.shapeChecking, _set_shape_checking)


def shapes_unchecked() -> contextlib.AbstractContextManager[None]:
    return _SHAPE_CHECKING.changed_to(0)


#: Clients whose charts are read together: a few queries per batch rather than several
#: per client, with no more than a batch's scores (and their answers) in memory.
CHART_BATCH = 100


def client_charts(
    session: Session,
    client_ids: Sequence[int],
    instruments: Mapping[str, Instrument],
    *,
    full: bool = True,
) -> Iterator[outcomes.ClientChart]:
    """The charts of ``client_ids``, in that order, each equal to :func:`outcomes.client_chart`'s.

    Read :data:`CHART_BATCH` clients at a time: one query per kind of record for a
    batch, grouped by client in memory, instead of several queries per client. Not
    ``full``: only what a chart summary shows, without the points' answers, the
    clinician's guesses and the questionnaires' summaries (the rest is the same).
    """
    zone = outcomes._zone(session)
    for start in range(0, len(client_ids), CHART_BATCH):
        batch = client_ids[start : start + CHART_BATCH]
        charts = _batch_charts(session, batch, instruments, zone, full=full)
        for client_id in batch:
            yield charts[client_id]


def _batch_charts(
    session: Session,
    client_ids: Sequence[int],
    instruments: Mapping[str, Instrument],
    zone: ZoneInfo,
    *,
    full: bool = True,
) -> dict[int, outcomes.ClientChart]:
    """The charts of a batch of clients, each equal to :func:`outcomes.client_chart`'s.

    It takes the steps of ``client_chart`` and its helpers, with their queries asked
    for the whole batch; tests/app/test_export_charts.py holds the two to the same charts.
    """
    ids = sorted(set(client_ids))
    sex: dict[int, str] = {
        client_id: value
        for client_id, value in session.execute(
            select(Client.id, Client.sex_for_norms).where(Client.id.in_(ids))
        )
    }
    grouped = outcomes._group_sessions(
        outcomes._session_rows(
            session,
            Appointment.client_id.in_(ids),
            AppointmentParticipant.client_id.in_(ids),
        ),
        zone,
    )

    # Valid totals, oldest first, by client and then by instrument in order of first use.
    totals: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    statement = (
        select(
            Administration.client_id,
            Administration.instrument_id,
            Administration.id,
            outcomes._utc_text(Administration.administered_at),
            Administration.total,
            Administration.band,
            Administration.appointment_id,
            Administration.timing,
            Administration.answers if full else null(),
        )
        .where(
            Administration.client_id.in_(ids),
            Administration.valid.is_(True),
            Administration.total.is_not(None),
        )
        .order_by(Administration.administered_at, Administration.id)
    )
    for client_id, instrument_id, *row in session.execute(statement):
        if instrument_id in instruments:
            totals[client_id][instrument_id].append(row)

    guesses = outcomes.guesses_by_client(session, ids) if full else {}
    reviews = outcomes.homework_reviews(session, ids)
    rated = outcomes.check_in_instruments(instruments)
    check_ins = outcomes.check_in_rows(session, ids, rated)
    charts: dict[int, outcomes.ClientChart] = {}
    for client_id in ids:
        if client_id not in sex:
            raise ClientNotFound()
        sessions = grouped.get(client_id, outcomes._Sessions())
        series, evaluations, summaries = _panels(
            totals.get(client_id, {}), instruments, sessions, sex[client_id], zone, full=full
        )
        charts[client_id] = outcomes.ClientChart(
            client_id=client_id,
            series=series,
            evaluations=evaluations,
            guesses=tuple(guesses.get(client_id, ())),
            strip=outcomes.strip_points(reviews.get(client_id, {}), sessions),
            summaries=summaries,
            check_ins=outcomes.check_in_series(check_ins.get(client_id, {}), rated, sessions, zone),
        )
    return charts


def _panels(
    totals: Mapping[str, list[Any]],
    instruments: Mapping[str, Instrument],
    sessions: outcomes._Sessions,
    sex: str,
    zone: ZoneInfo,
    *,
    full: bool = True,
) -> tuple[
    tuple[outcomes.InstrumentSeries, ...],
    outcomes.InstrumentSeries | None,
    tuple[outcomes.InstrumentSummary, ...],
]:
    """A client's panels from their totals by instrument: the evaluation's apart, summaries."""
    series: list[outcomes.InstrumentSeries] = []
    evaluations: outcomes.InstrumentSeries | None = None
    summaries: list[outcomes.InstrumentSummary] = []
    for instrument_id, rows in totals.items():
        instrument = instruments[instrument_id]
        if not instrument.has_total:
            continue
        panel = outcomes._series(instrument, rows, sessions, sex, zone)
        if instrument.kind == "evaluation":
            # The session evaluation shipped with Rapport is preferred over a practice's own.
            if evaluations is None or instrument_id == "session_evaluation":
                evaluations = panel
            continue
        series.append(panel)
        if full and outcomes._is_outcome(instrument):
            summaries.append(outcomes.summarise(panel, instrument, len(sessions.attended_days)))
    order = {"outcome": 0, "screen": 1, "check_in": 2}
    series.sort(key=lambda s: (order.get(s.kind, 3), s.short_name))
    return tuple(series), evaluations, tuple(sorted(summaries, key=lambda s: s.short_name))


@functools.lru_cache(maxsize=8192)
def _width(text: str, size: float, fallback: Fallback | None, bold: bool) -> float:
    """A text's width (in Helvetica alone where there is no fallback font): words and
    lines repeat from one client to the next."""
    if fallback is None:
        return float(stringWidth(text, BOLD if bold else REGULAR, size))
    return text_width(text, size, fallback, bold=bold)


def _in_helvetica(texts: Iterable[str]) -> bool:
    try:
        "".join(texts).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


_CHART_HEIGHT = 42 * mm
_BODY = 9.0
_LINE = 12.0
_BOTTOM = 36 * mm


#: The shapes the charts are made of, which :func:`_draw_chart` draws itself.
_PLAIN_SHAPES = (Rect, Line, PolyLine, Polygon, Circle, String)
_NO_TRANSFORM = (1, 0, 0, 1, 0, 0)
#: Where a string's anchor is along its width.
_ANCHORS = {"start": 0.0, "middle": 0.5, "end": 1.0}
#: What a shape may be given that :func:`_draw_chart` does not draw (opacity counts
#: when set at all; the others when set to anything but their default).
_OPACITIES = ("strokeOpacity", "fillOpacity")
_EFFECTS = ("fillOverprint", "strokeOverprint", "overprintMask", "textRenderMode")


def _plain(shape: Any) -> bool:
    """A shape :func:`_draw_chart` draws as reportlab would: nothing on it that it leaves out."""
    kind = type(shape)
    if kind not in _PLAIN_SHAPES or hasattr(shape, "_drawTimeCallback"):
        return False
    if any(isinstance(value, DerivedValue) for value in vars(shape).values()):
        return False
    if any(getattr(shape, name, None) is not None for name in _OPACITIES):
        return False
    if any(getattr(shape, name, None) for name in _EFFECTS):
        return False
    if kind is String:
        return shape.textAnchor in _ANCHORS
    return kind is not Rect or shape.rx == shape.ry == 0


def _draw_chart(drawing: Drawing, canvas: Any, x: float, y: float) -> None:
    """``drawing`` on the canvas at (x, y), as ``renderPDF.draw`` draws it.

    reportlab's renderer saves, sets and restores the whole graphics state around
    every shape, a third of a chart summary's time; a chart's shapes are plain ones,
    drawn here one after the other. A drawing with anything else goes to reportlab.
    """
    shapes = drawing.contents
    if (
        drawing.renderScale != 1
        or tuple(drawing.transform) != _NO_TRANSFORM
        or not all(_plain(shape) for shape in shapes)
    ):
        renderPDF.draw(drawing, canvas, x, y)
        return
    canvas.saveState()
    canvas.translate(x, y)
    paint = _Painter(canvas)
    for shape in shapes:
        kind = type(shape)
        paint(kind, *_ARGUMENTS[kind](shape), **_style_of(shape, given=True))
    canvas.restoreState()


#: Where each plain shape is, as it is made (``Rect(x, y, width, height)`` …).
_ARGUMENTS: dict[Any, Callable[[Any], tuple[Any, ...]]] = {
    String: lambda s: (s.x, s.y, s.text),
    Rect: lambda s: (s.x, s.y, s.width, s.height),
    Line: lambda s: (s.x1, s.y1, s.x2, s.y2),
    Circle: lambda s: (s.cx, s.cy, s.r),
    PolyLine: lambda s: (s.points,),
    Polygon: lambda s: (s.points,),
}


#: What :class:`_Painter` takes of a shape's style: what the charts give their shapes.
_STYLE = frozenset(
    (
        "fillColor",
        "strokeColor",
        "strokeWidth",
        "strokeLineCap",
        "strokeLineJoin",
        "strokeDashArray",
        "fontName",
        "fontSize",
        "textAnchor",
    )
)


def _style_of(shape: Any, *, given: bool = False) -> dict[str, Any]:
    """A shape's style (with its text's encoding, unless ``given`` to the painter)."""
    names = _STYLE if given else (*_STYLE, "encoding")
    return {name: getattr(shape, name) for name in names if hasattr(shape, name)}


#: Each shape's style where none is given: reportlab's own, from a shape made without one.
_DEFAULT_STYLE: dict[Any, dict[str, Any]] = {
    String: _style_of(String(0, 0, "")),
    Rect: _style_of(Rect(0, 0, 1, 1)),
    Line: _style_of(Line(0, 0, 1, 1)),
    PolyLine: _style_of(PolyLine([0, 0, 1, 1])),
    Polygon: _style_of(Polygon([0, 0, 1, 1, 1, 0])),
    Circle: _style_of(Circle(0, 0, 1)),
}


class _Painter:
    """Draws shapes straight onto a canvas, without making them: handed to progress_report's
    ``draw_chart``, and what :func:`_draw_chart` draws a drawing's shapes with.

    It takes the plain shapes :func:`_plain` lets through, with the style above; anything
    else is refused. A colour, line or font is set only where it differs from the one set
    before (reportlab's own renderer sets only what changes, too).
    """

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        #: What was set last on the canvas (None: nothing yet, whatever the canvas has).
        self.fill: Any = None
        self.line: tuple[Any, ...] | None = None
        self.font: tuple[str, float] | None = None

    def fill_with(self, colour: Any) -> None:
        if self.fill is None or self.fill != colour:
            self.canvas.setFillColor(colour)
            self.fill = colour

    def stroke_with(self, style: Mapping[str, Any]) -> None:
        line = (
            style["strokeColor"],
            style["strokeWidth"],
            style["strokeLineCap"],
            style["strokeLineJoin"],
            style["strokeDashArray"],
        )
        if self.line is not None and self.line == line:
            return
        canvas = self.canvas
        colour, width, cap, join, dash = line
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(width)
        canvas.setLineCap(cap)
        canvas.setLineJoin(join)
        _set_dash(canvas, dash)
        self.line = line

    def __call__(self, kind: Any, *arguments: Any, **given: Any) -> None:
        if not given.keys() <= _STYLE:
            raise ValueError(f"{kind.__name__} with {sorted(given.keys() - _STYLE)}")
        style = {**_DEFAULT_STYLE[kind], **given}
        canvas = self.canvas
        if kind is String:
            if style["fillColor"] is None:
                return
            left, y, text = arguments
            font, size = style["fontName"], style["fontSize"]
            self.fill_with(style["fillColor"])
            if self.font != (font, size):
                canvas.setFont(font, size)
                self.font = (font, size)
            anchor = style["textAnchor"]
            if anchor != "start":
                left -= stringWidth(text, font, size, style["encoding"]) * _ANCHORS[anchor]
            canvas.drawString(left, y, text)
            return
        stroke = style["strokeColor"] is not None
        fill = kind is not Line and kind is not PolyLine and style["fillColor"] is not None
        if not (stroke or fill):
            return
        if stroke:
            self.stroke_with(style)
        if fill:
            self.fill_with(style["fillColor"])
        if kind is Rect:
            canvas.rect(*arguments, stroke=stroke, fill=fill)
        elif kind is Line:
            canvas.line(*arguments)
        elif kind is Circle:
            canvas.circle(*arguments, stroke=stroke, fill=fill)
        elif kind is PolyLine or kind is Polygon:
            (points,) = arguments
            path = canvas.beginPath()
            path.moveTo(points[0], points[1])
            for i in range(2, len(points), 2):
                path.lineTo(points[i], points[i + 1])
            if kind is Polygon:
                path.close()
            canvas.drawPath(path, stroke=stroke, fill=fill)
        else:
            raise ValueError(f"{kind.__name__} is not drawn here")


def _set_dash(canvas: Any, dash: Any) -> None:
    """A shape's dash pattern, in either of the forms reportlab takes (with a phase or not)."""
    if not dash:
        canvas.setDash()
    elif len(dash) == 2 and isinstance(dash[1], list | tuple):
        canvas.setDash(dash[1], dash[0])
    else:
        canvas.setDash(dash, 0)


class ChartSummary:
    """One client's chart on paper, drawn straight onto the canvas: fast enough for thousands.

    The client, their sessions and homework, then for each questionnaire the
    change from the first score to the latest in words (reliable change and
    recovery as the chart tab judges them) and, when it was given more than
    once, the chart the progress report draws.
    """

    def __init__(
        self,
        run: Run,
        client: ClientFacts,
        chart: outcomes.ClientChart,
        legends: dict[bool, Drawing] | None = None,
    ) -> None:
        self.run = run
        self.client = client
        self.chart = chart
        #: The charts' legend, with the cut-off line and without: the same on every
        #: client's page, so one export's summaries share them.
        self.legends = {} if legends is None else legends
        self.width = PAGE_SIZE[0] - 2 * SIDE_MARGIN
        self.top = PAGE_SIZE[1] - TOP_MARGIN
        series = [*chart.series, *([chart.evaluations] if chart.evaluations else [])]
        texts = {client.name, client.code, run.practice_name}
        for one in series:
            texts.add(one.short_name)
            texts.update(p.band for p in one.points)
            instrument = run.instruments.get(one.instrument_id)
            if instrument is not None:
                texts.add(instrument.name)
        # Helvetica alone where it has every character (as fallback_for finds, much sooner).
        self.fallback: Fallback | None = None if _in_helvetica(texts) else fallback_for(texts)
        self.canvas: Any = None
        self.y = self.top

    # Helvetica alone, where no character needs the fallback font: the same text, much sooner.

    def width_of(self, text: str, size: float, *, bold: bool = False) -> float:
        return _width(text, size, self.fallback, bold)

    def fit(self, text: str, size: float, width: float, *, bold: bool = False) -> str:
        """``text``, shortened with an ellipsis where it is wider than ``width``."""
        if self.width_of(text, size, bold=bold) <= width:
            return text
        while text and self.width_of(text + "…", size, bold=bold) > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def draw(self, canvas: Any, x: float, y: float, text: str, size: float, bold: bool) -> None:
        if self.fallback is None:
            canvas.setFont(BOLD if bold else REGULAR, size)
            canvas.drawString(x, y, text)
        else:
            draw_text(canvas, x, y, text, size, self.fallback, bold=bold)

    def _day(self, moment: datetime) -> date:
        return moment.astimezone(self.run.zone).date()

    def render(self) -> bytes:
        buffer = io.BytesIO()
        footer = f"{self.client.name} · Chart summary · prepared {format_date(self.run.today)}"
        header = f"CHART SUMMARY · {self.client.code}"

        def frame(canvas: Any, page: int, pages: int) -> None:
            draw_header(canvas, header)
            draw_footer_rule(canvas)
            canvas.saveState()
            canvas.setFillColor(MUTED)
            number = f"Page {page} of {pages}"
            draw_text(canvas, PAGE_SIZE[0] - SIDE_MARGIN, FOOTER_Y, number, 8, align="right")
            room = self.width - text_width(number, 8, None) - 12 * mm
            self.draw(canvas, SIDE_MARGIN, FOOTER_Y, self.fit(footer, 8, room), 8, False)
            canvas.restoreState()

        # Pages are left uncompressed: the archive compresses them, to half the size and in
        # half the time that LZMA takes over pages already deflated.
        canvas = numbered_canvas(frame)(buffer, pagesize=PAGE_SIZE, invariant=1, pageCompression=0)
        canvas.setTitle(f"Chart summary {self.client.code}")
        canvas.setAuthor(self.run.practice_name)
        canvas.setCreator("Rapport")
        self.canvas = canvas
        self.y = self.top
        self.opening()
        self.questionnaires()
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # ------------------------------------------------------------ drawing

    def room(self, height: float) -> None:
        if self.y - height < _BOTTOM:
            self.canvas.showPage()
            self.y = self.top

    def line(
        self, text: str, size: float = _BODY, *, bold: bool = False, colour: Any = TEXT
    ) -> None:
        self.room(size + 3)
        self.canvas.setFillColor(colour)
        text = self.fit(text, size, self.width, bold=bold)
        self.draw(self.canvas, SIDE_MARGIN, self.y - size, text, size, bold)
        self.y -= size + 3

    def paragraph(self, text: str, size: float = _BODY, *, colour: Any = TEXT) -> None:
        """``text`` wrapped at the page's width (word widths add up: no kerning in Helvetica)."""
        space = self.width_of(" ", size)
        current: list[str] = []
        used = 0.0
        for word in text.split():
            width = self.width_of(word, size)
            if current and used + space + width > self.width:
                self.line(" ".join(current), size, colour=colour)
                current, used = [], 0.0
            used += (space if current else 0.0) + width
            current.append(word)
        if current:
            self.line(" ".join(current), size, colour=colour)

    def gap(self, points: float) -> None:
        self.y -= points

    def rule(self) -> None:
        self.room(8)
        self.canvas.saveState()
        self.canvas.setStrokeColor(HAIRLINE)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(SIDE_MARGIN, self.y - 4, SIDE_MARGIN + self.width, self.y - 4)
        self.canvas.restoreState()
        self.y -= 10

    # ------------------------------------------------------------ content

    def opening(self) -> None:
        client = self.client
        if self.run.practice_name:
            self.line(self.run.practice_name, 9, colour=MUTED)
        self.gap(4)
        self.line("Chart summary", 16, bold=True, colour=INK)
        self.gap(2)
        self.line(client.name or client.code, 12, bold=True, colour=INK)
        facts = [f"Client code {client.code}"]
        if client.date_of_birth is not None:
            facts.append(f"born {format_date(client.date_of_birth)}")
        facts.append(CLIENT_STATUS_LABELS.get(client.status, client.status))
        self.line(" · ".join(facts))
        strip = self.chart.strip
        attended = [s.day for s in strip if s.status == AppointmentStatus.ATTENDED]
        if attended:
            text = (
                f"{plural(len(attended), 'session')} attended, from "
                f"{format_date(min(attended))} to {format_date(max(attended))}"
            )
        else:
            text = "No session attended"
        late = sum(1 for s in strip if s.status == AppointmentStatus.LATE_CANCELLED)
        missed = sum(1 for s in strip if s.status == AppointmentStatus.NO_SHOW)
        self.line(f"{text}; {plural(late, 'late cancellation')}, {plural(missed, 'no-show')}.")
        reviewed = [s.homework for s in strip if s.homework and s.homework != "not_assigned"]
        if reviewed:
            self.line(
                f"Homework reviewed {plural(len(reviewed), 'time')}: "
                f"done {reviewed.count('done')}, partly {reviewed.count('partly')}, "
                f"not done {reviewed.count('not_done')}."
            )
        self.gap(2)
        self.paragraph(
            f"Prepared on {format_date(self.run.today)} for the practice's full export. Every "
            "score and every answer is in csv/administrations.csv and "
            f"csv/administration_answers.csv (client_code {client.code}).",
            8,
            colour=MUTED,
        )
        self.rule()

    def questionnaires(self) -> None:
        """Outcome questionnaires with their charts; evaluations and check-ins in words.

        As in the progress report: a session evaluation is given every session,
        and its average and latest rating say what its chart would.
        """
        shown = [s for s in self.chart.series if s.points]
        evaluations = self.chart.evaluations
        if not shown and (evaluations is None or not evaluations.points):
            self.line("No questionnaire with a total has been recorded.", colour=MUTED)
        legend_drawn = False
        for series in shown:
            charted = len(series.points) >= MIN_POINTS_FOR_CHART
            if charted and not legend_drawn:
                with_cutoff = any(s.cutoff is not None for s in shown)
                legend = self.legends.get(with_cutoff)
                if legend is None:
                    legend = self.legends[with_cutoff] = legend_drawing(self.width, with_cutoff)
                self.room(legend.height + 4)
                _draw_chart(legend, self.canvas, SIDE_MARGIN, self.y - legend.height)
                self.y -= legend.height + 6
                legend_drawn = True
            self.one(series, charted)
        if evaluations is not None and evaluations.points:
            self.one(evaluations, charted=False)
        for check_in in self.chart.check_ins:
            self.gap(4)
            self.paragraph(
                f"{check_in.short_name}: {plural(len(check_in.points), 'check-in')} "
                "(rated item by item; see the answers file)."
            )

    def title(self, series: outcomes.InstrumentSeries) -> str:
        instrument = self.run.instruments.get(series.instrument_id)
        title = series.short_name
        if instrument is not None and instrument.name != series.short_name:
            title += f" — {instrument.name}"
        return title

    def one(self, series: outcomes.InstrumentSeries, charted: bool) -> None:
        facts = []
        if series.cutoff is not None:
            facts.append(f"cut-off {num(series.cutoff)}")
        facts.append("higher is better" if series.higher_is_better else "lower is better")
        self.room(_LINE * 3 + (_CHART_HEIGHT if charted else 0))
        self.gap(4)
        self.line(self.title(series), 10, bold=True)
        self.line(" · ".join(facts), 8, colour=MUTED)
        self.paragraph(self.words(series))
        if charted:
            days = [self._day(p.at) for p in series.points]
            # The progress report's chart, drawn as _draw_chart draws its drawing.
            self.room(_CHART_HEIGHT)
            self.canvas.saveState()
            self.canvas.translate(SIDE_MARGIN, self.y - _CHART_HEIGHT)
            draw_chart(
                series, series.points, days, self.width, _CHART_HEIGHT, _Painter(self.canvas)
            )
            self.canvas.restoreState()
            self.y -= _CHART_HEIGHT + 4

    def words(self, series: outcomes.InstrumentSeries) -> str:
        first, latest = series.points[0], series.points[-1]
        band = f" ({latest.band})" if latest.band else ""
        if len(series.points) == 1:
            return f"Given once: {num(first.total)} on {format_date(self._day(first.at))}{band}."
        if series.kind == "evaluation":
            average = sum(p.total for p in series.points) / len(series.points)
            top = f" of {num(series.max_total)}" if series.max_total else ""
            return (
                f"Average {average:.1f}{top} over {plural(len(series.points), 'rating')}; "
                f"latest {num(latest.total)}{top} on {format_date(self._day(latest.at))}{band}."
            )
        sentences = [
            f"From {num(first.total)} on {format_date(self._day(first.at))} to "
            f"{num(latest.total)} on {format_date(self._day(latest.at))}{band}: "
            f"{with_sign(latest.change)} over {plural(len(series.points), 'score')}."
        ]
        threshold = series.reliable_change
        if threshold is None:
            sentences.append("No reliable-change value is published, so the change is not judged.")
        elif latest.change_kind == "improved":
            sentences.append(f"Reliable improvement (a change of {num(threshold)} or more).")
        elif latest.change_kind == "deteriorated":
            sentences.append(f"Reliable deterioration (a change of {num(threshold)} or more).")
        else:
            sentences.append(f"No reliable change (at least {num(threshold)} would be needed).")
        if latest.recovered:
            sentences.append(
                "Reliably recovered." if latest.change_kind == "improved" else "Recovered."
            )
        return " ".join(sentences)
