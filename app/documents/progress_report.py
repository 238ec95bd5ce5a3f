"""The progress report PDF: how one client's scores have changed over treatment.

The practice's letterhead, the client and the period the report covers, then
what changed on each questionnaire in words (baseline → latest, whether the
change is reliable, whether the client recovered), the session evaluations,
the clinician's comment, a chart for each questionnaire given more than once
and every score in a table. The charts are drawn with the marks the chart tab
uses on screen. Rendered in memory; the same inputs always give the same bytes.
"""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.clients import ClientRecord
from app.documents.file_names import progress_report_file_stem as progress_report_file_stem
from app.documents.layout import (
    BOLD,
    DASH,
    FAINT,
    HAIRLINE,
    IDENTITY_EDGE,
    INK,
    MONTHS,
    MUTED,
    REGULAR,
    TEXT,
    TINT,
    Fallback,
    KeepStart,
    PageTotal,
    SectionHeading,
    base_styles,
    body_frame,
    document,
    fallback_for,
    format_date,
    identity_box,
    in_helvetica,
    letterhead,
    markup,
    page_decorator,
    plain_table,
    text_width,
)
from app.instruments import Instrument
from app.outcomes import ClientChart, InstrumentSeries, ScorePoint
from app.practice import ProfileInput
from app.retention import age_on

#: The screen's colours (ui/clients/chart_tab.py), so the paper chart reads like the screen.
IMPROVED = colors.HexColor("#2e7d32")
WORSE = colors.HexColor("#b3261e")
LINE = colors.HexColor("#2f5d62")
CUTOFF = colors.HexColor("#7a8587")
BASELINE = colors.HexColor("#b0b8b9")
#: Band shading from the best band to the worst.
BAND_COLOURS = tuple(
    colors.HexColor(c) for c in ("#e8f3e8", "#f3f3df", "#fbeedd", "#f9e1dc", "#f4d3cf")
)
#: A questionnaire given once is named in the summary, not drawn.
MIN_POINTS_FOR_CHART = 2
NO_REPEAT = "No questionnaire has been given more than once yet, so change cannot be judged."

_MINUS = "–"  # an en dash: as wide as a digit in Helvetica, like a minus sign
_CELL_PAD = 4.0
_CHART_HEIGHT = 50 * mm
_PLOT_LEFT = 22.0
_PLOT_RIGHT = 74.0
_PLOT_BOTTOM = 15.0
_PLOT_TOP = 5.0
#: Past this many points a series gets small marks, so that the line stays readable.
_DENSE = 40


# ------------------------------------------------------------------- values


def num(value: float) -> str:
    """A total as people write it: 12, or 12.5."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def with_sign(value: float) -> str:
    """A change with its sign: +3, –2.5 (an en dash, as wide as a digit), 0."""
    if abs(value) < 1e-9:
        return "0"
    return f"+{num(value)}" if value > 0 else f"{_MINUS}{num(-value)}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _client_name(record: ClientRecord) -> str:
    data = record.data
    name = " ".join(p for p in (data.legal_first_name, data.legal_last_name) if p.strip())
    preferred = data.preferred_name.strip()
    if preferred and preferred not in name.split():
        # No-break spaces: the aside moves to a new line whole, not one word of it.
        return f"{name} (known\u00a0as\u00a0{preferred})"
    return name


def _zone(profile: ProfileInput) -> ZoneInfo:
    try:
        return ZoneInfo(profile.time_zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class _Panel:
    """One questionnaire as the report shows it: its points in the period, and the judgement."""

    series: InstrumentSeries
    instrument: Instrument | None
    points: tuple[ScorePoint, ...]
    days: tuple[date, ...]

    @property
    def name(self) -> str:
        return self.series.short_name

    @property
    def judged(self) -> bool:
        """Whether the latest score here can be compared with an earlier one."""
        baseline = self.series.baseline
        return bool(self.points) and baseline is not None and self.points[-1] is not baseline


# ------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    box_label: ParagraphStyle
    box_value: ParagraphStyle
    missing: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    empty: ParagraphStyle
    summary_name: ParagraphStyle
    summary: ParagraphStyle
    note: ParagraphStyle
    footnote: ParagraphStyle
    chart_title: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    comment: ParagraphStyle

    @classmethod
    def make(cls) -> _Styles:
        base = base_styles()
        body = base.body
        return cls(
            title=base.title,
            lead=base.lead,
            box_label=base.box_label,
            box_value=base.box_value,
            missing=ParagraphStyle(
                "missing", fontName=REGULAR, fontSize=11, leading=14, textColor=HAIRLINE
            ),
            section=base.section,
            body=body,
            empty=base.empty,
            summary_name=ParagraphStyle(
                "summary_name", fontName=BOLD, fontSize=10, leading=13.5, textColor=INK
            ),
            summary=ParagraphStyle(
                "summary", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=TEXT
            ),
            note=ParagraphStyle(
                "note", fontName=REGULAR, fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=1
            ),
            footnote=ParagraphStyle(
                "footnote", fontName=REGULAR, fontSize=7, leading=9, textColor=MUTED, spaceAfter=2
            ),
            chart_title=ParagraphStyle(
                "chart_title", fontName=BOLD, fontSize=10, leading=13, textColor=INK, spaceAfter=2
            ),
            head=ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10.5, textColor=INK),
            cell=ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10, textColor=TEXT),
            comment=ParagraphStyle(
                "comment", parent=body, fontSize=10, leading=14.5, textColor=INK, spaceAfter=0
            ),
        )


# ------------------------------------------------------------------- the chart


def _in_helvetica(text: str) -> bool:
    """Whether Helvetica has every character of ``text`` (as :func:`in_helvetica` each)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


#: Where a chart's shapes go, in drawing order: ``add(kind, *arguments, **style)`` with a
#: reportlab shape class and what it is made with (a drawing's shapes, or a canvas).
AddShape = Callable[..., None]


def _adder(drawing: Drawing) -> AddShape:
    def add(kind: Any, *arguments: Any, **style: Any) -> None:
        drawing.add(kind(*arguments, **style))

    return add


def _star(x: float, y: float, r: float) -> list[float]:
    out: list[float] = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.45
        angle = math.pi / 2 + k * math.pi / 5
        out += [x + radius * math.cos(angle), y + radius * math.sin(angle)]
    return out


def _triangle(x: float, y: float, r: float, up: bool) -> list[float]:
    s = 1 if up else -1
    return [x - r, y - s * r * 0.75, x + r, y - s * r * 0.75, x, y + s * r]


def _mark(x: float, y: float, point: ScorePoint, size: float, add: AddShape) -> None:
    """The point's mark: ▲ reliable improvement, ▼ deterioration, ★ recovered, else a dot."""
    colour = LINE
    if point.change_kind == "improved":
        colour = IMPROVED
    elif point.change_kind == "deteriorated":
        colour = WORSE
    common = {"fillColor": colour, "strokeColor": colors.white, "strokeWidth": 0.6}
    if point.recovered:
        add(Polygon, _star(x, y, size * 1.7), **common)
    elif point.change_kind == "improved":
        add(Polygon, _triangle(x, y, size * 1.35, up=True), **common)
    elif point.change_kind == "deteriorated":
        add(Polygon, _triangle(x, y, size * 1.35, up=False), **common)
    else:
        add(Circle, x, y, size, **common)


def _month_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Tick days along a span of time, at most about seven, on round days."""
    span = (last - first).days
    if span <= 70:
        step = 7 if span <= 35 else 14
        days = [first + timedelta(days=step * k) for k in range(span // step + 1)]
        return [(d, f"{d.day} {MONTHS[d.month - 1][:3]}") for d in days]
    months = (last.year - first.year) * 12 + last.month - first.month
    step = next((s for s in (1, 2, 3, 6, 12, 24, 36, 60) if months / s <= 7), 120)
    index = first.year * 12 + first.month
    # From the month after ``first``: the next January when the ticks are years.
    unit = 12 if step >= 12 else step
    index = ((index + unit - 1) // unit) * unit
    ticks = []
    while True:
        year, month = divmod(index, 12)
        day = date(year, month + 1, 1)
        if day > last:
            break
        label = str(year) if step >= 12 else f"{MONTHS[month][:3]} {year}"
        ticks.append((day, label))
        index += step
    return ticks


def _y_ticks(series: InstrumentSeries, top: float) -> list[float]:
    """Band boundaries (or round numbers), the cut-off and the top."""
    if series.bands:
        values = {b.low for b in series.bands if b.low < top} | {top}
    else:
        step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100) if top / s <= 6), 250)
        values = {float(step * k) for k in range(int(top // step) + 1)} | {top}
    cutoff = series.cutoff
    if cutoff is not None and 0 <= cutoff <= top:
        values.add(cutoff)
    # Two labels closer than a line of text would overprint: the cut-off and the top win.
    kept: list[float] = []
    for value in sorted(values):
        if kept and (value - kept[-1]) / top < 0.08:
            if value in (top, cutoff) and kept[-1] not in (0, cutoff):
                kept[-1] = value
            continue
        kept.append(value)
    return kept


def chart_drawing(
    series: InstrumentSeries,
    points: Sequence[ScorePoint],
    days: Sequence[date],
    width: float,
    height: float = _CHART_HEIGHT,
) -> Drawing:
    """One questionnaire's scores over time: bands, cut-off, baseline, the line and its marks."""
    drawing = Drawing(width, height)
    draw_chart(series, points, days, width, height, _adder(drawing))
    return drawing


def draw_chart(
    series: InstrumentSeries,
    points: Sequence[ScorePoint],
    days: Sequence[date],
    width: float,
    height: float,
    add: AddShape,
) -> None:
    """:func:`chart_drawing`'s shapes, each handed to ``add`` in drawing order."""
    left, right = _PLOT_LEFT, width - _PLOT_RIGHT
    bottom, top_y = _PLOT_BOTTOM, height - _PLOT_TOP
    totals = [p.total for p in points]
    top = series.max_total or max([b.high for b in series.bands] + totals + [1])
    top = max(top, *totals) if totals else top

    def y_of(value: float) -> float:
        return bottom + (top_y - bottom) * min(max(value, 0.0), top) / top

    # Time runs from the first score shown to the last, with a little room either side.
    first, last = days[0], days[-1]
    stamps = [p.at.timestamp() for p in points]
    low, high = min(stamps), max(stamps)
    pad = max((high - low) * 0.03, 43200)
    low, high = low - pad, high + pad

    def x_of(stamp: float) -> float:
        return left + (right - left) * (stamp - low) / (high - low)

    # Bands, the worst darkest, each labelled at the right edge.
    bands = list(series.bands) if not series.higher_is_better else list(series.bands)[::-1]
    for index, band in enumerate(bands):
        upper = band.high + (1 if float(band.high).is_integer() else 0)
        y0, y1 = y_of(band.low), y_of(min(upper, top))
        if y1 <= y0:
            continue
        colour = BAND_COLOURS[min(index, len(BAND_COLOURS) - 1)]
        add(Rect, left, y0, right - left, y1 - y0, fillColor=colour, strokeColor=None)
        if y1 - y0 >= 7:
            label = band.label if len(band.label) <= 22 else band.label[:21] + "…"
            if _in_helvetica(label):
                add(
                    String,
                    right + 4,
                    (y0 + y1) / 2 - 2.3,
                    label,
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=MUTED,
                )
    add(
        Rect,
        left,
        bottom,
        right - left,
        top_y - bottom,
        fillColor=None,
        strokeColor=HAIRLINE,
        strokeWidth=0.5,
    )

    # The y axis: band boundaries (or round numbers) and the top.
    for value in _y_ticks(series, top):
        y = y_of(value)
        cut = value == series.cutoff
        add(Line, left - 2.5, y, left, y, strokeColor=HAIRLINE, strokeWidth=0.5)
        add(
            String,
            left - 4,
            y - 2.3,
            num(value),
            fontName=BOLD if cut else REGULAR,
            fontSize=6.5,
            fillColor=CUTOFF if cut else MUTED,
            textAnchor="end",
        )
    # The x axis: round days.
    for day, label in _month_ticks(first, last):
        x = x_of(datetime.combine(day, datetime.min.time(), UTC).timestamp())
        if x < left or x > right:
            continue
        add(Line, x, bottom - 2.5, x, bottom, strokeColor=HAIRLINE, strokeWidth=0.5)
        add(
            String,
            x,
            bottom - 10,
            label,
            fontName=REGULAR,
            fontSize=6.5,
            fillColor=MUTED,
            textAnchor="middle",
        )

    if series.cutoff is not None and 0 <= series.cutoff <= top:
        y = y_of(series.cutoff)
        add(Line, left, y, right, y, strokeColor=CUTOFF, strokeWidth=0.8, strokeDashArray=[3, 2])
    baseline = series.baseline
    if baseline is not None:
        y = y_of(baseline.total)
        add(
            Line, left, y, right, y, strokeColor=BASELINE, strokeWidth=0.8, strokeDashArray=[1, 1.6]
        )

    xy = [(x_of(s), y_of(p.total)) for s, p in zip(stamps, points, strict=True)]
    dense = len(points) > _DENSE
    add(
        PolyLine,
        [c for pair in xy for c in pair],
        strokeColor=LINE,
        strokeWidth=1.0 if dense else 1.5,
        strokeLineJoin=1,
    )
    size = 1.7 if dense else 2.8
    for (x, y), point in zip(xy, points, strict=True):
        # Dense plain dots would hide the line; the marks that mean something stay.
        if dense and point.change_kind not in ("improved", "deteriorated") and not point.recovered:
            continue
        _mark(x, y, point, size, add)


def legend_drawing(width: float, with_cutoff: bool) -> Drawing:
    """What the marks and lines mean, in one row."""
    drawing = Drawing(width, 12)
    y = 5.0
    x = 0.0
    entries: list[tuple[str, Any]] = [
        (
            "Reliable improvement",
            lambda x: Polygon(_triangle(x, y, 3.6, True), fillColor=IMPROVED, strokeColor=None),
        ),
        (
            "Reliable deterioration",
            lambda x: Polygon(_triangle(x, y, 3.6, False), fillColor=WORSE, strokeColor=None),
        ),
        ("Recovered", lambda x: Polygon(_star(x, y, 4.5), fillColor=IMPROVED, strokeColor=None)),
        (
            "Baseline",
            lambda x: Line(
                x - 6, y, x + 6, y, strokeColor=BASELINE, strokeWidth=0.9, strokeDashArray=[1, 1.6]
            ),
        ),
    ]
    if with_cutoff:
        entries.append(
            (
                "Clinical cut-off",
                lambda x: Line(
                    x - 6, y, x + 6, y, strokeColor=CUTOFF, strokeWidth=0.9, strokeDashArray=[3, 2]
                ),
            )
        )
    for label, make in entries:
        drawing.add(make(x + 6))
        drawing.add(String(x + 15, y - 2.5, label, fontName=REGULAR, fontSize=7.5, fillColor=TEXT))
        x += 15 + text_width(label, 7.5, None) + 14
    return drawing


# ------------------------------------------------------------------ builder


class _Builder:
    """Turns the chart into flowables."""

    def __init__(
        self,
        profile: ProfileInput,
        client: ClientRecord,
        chart: ClientChart,
        instruments: Mapping[str, Instrument],
        period: tuple[date, date] | None,
        comment: str,
        today: date,
        width: float,
    ) -> None:
        self.profile = profile
        self.client = client
        self.chart = chart
        self.instruments = instruments
        self.comment = comment.strip()
        self.today = today
        self.width = width
        self.zone = _zone(profile)
        self.styles = _Styles.make()
        self.recorded = period is not None or bool(chart.strip or chart.series or chart.evaluations)
        self.period = period or self._whole_period()
        self.panels = [self._panel(s) for s in chart.series]
        evaluations = chart.evaluations
        self.evaluations = None if evaluations is None else self._panel(evaluations)
        texts: list[str] = [
            "→ ≥ ≤",
            comment,
            _client_name(client),
            client.data.code,
            *(str(v) for v in dataclasses.asdict(profile).values()),
        ]
        for panel in self.panels:
            texts += [panel.name, *(p.band for p in panel.points)]
            if panel.instrument is not None:
                texts.append(panel.instrument.name)
                if panel.instrument.reliable_change is not None:
                    texts.append(panel.instrument.reliable_change.source)
        if self.evaluations is not None:
            texts += [self.evaluations.name, *(p.band for p in self.evaluations.points)]
        self.fallback: Fallback | None = fallback_for(texts)

    def _day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def _whole_period(self) -> tuple[date, date]:
        """From the first session or score to the last one up to today."""
        days = [s.day for s in self.chart.strip if s.day <= self.today]
        for series in (*self.chart.series, self.chart.evaluations):
            if series is not None:
                days += (d for p in series.points if (d := self._day(p.at)) <= self.today)
        if not days:
            return self.today, self.today
        return min(days), max(days)

    def _panel(self, series: InstrumentSeries) -> _Panel:
        since, until = self.period
        kept = [(p, self._day(p.at)) for p in series.points]
        kept = [(p, d) for p, d in kept if since <= d <= until]
        return _Panel(
            series,
            self.instruments.get(series.instrument_id),
            tuple(p for p, _ in kept),
            tuple(d for _, d in kept),
        )

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fallback, bold=bold), style)

    def heading(self, title: str) -> SectionHeading:
        return SectionHeading(title, self.styles.section, self.width)

    # ------------------------------------------------------------ opening

    def sessions_attended(self) -> int:
        since, until = self.period
        return sum(
            1 for s in self.chart.strip if s.status == "attended" and since <= s.day <= until
        )

    def client_box(self) -> Table:
        s = self.styles
        data = self.client.data
        dob = data.date_of_birth
        born = f"{format_date(dob)}  (age {age_on(dob, self.today)})" if dob else ""
        since, until = self.period
        period = (
            format_date(since) if since == until else f"{format_date(since)} – {format_date(until)}"
        )
        if not self.recorded:
            period = "No sessions or questionnaires yet"
        pairs = [
            ("Client", _client_name(self.client)),
            ("Client code", data.code),
            ("Date of birth", born),
            ("Sessions attended", str(self.sessions_attended())),
        ]

        def value(text: str) -> Paragraph:
            return self.para(text, s.box_value, bold=True) if text else Paragraph(DASH, s.missing)

        cells = [
            [
                Paragraph(pairs[i][0], s.box_label),
                value(pairs[i][1]),
                Paragraph(pairs[i + 1][0], s.box_label),
                value(pairs[i + 1][1]),
            ]
            for i in (0, 2)
        ]
        cells.append([Paragraph("Period covered", s.box_label), value(period), "", ""])
        edge = IDENTITY_EDGE
        widths = [27 * mm + edge, 66 * mm, 33 * mm]
        widths.append(self.width - sum(widths))
        return identity_box(cells, widths, [("SPAN", (1, -1), (-1, -1))])

    def opening(self) -> list[Any]:
        s = self.styles
        clinician = ", ".join(
            p for p in (self.profile.clinician_name, self.profile.credentials) if p.strip()
        )
        lead = f"Prepared on {format_date(self.today)}"
        lead += f" by {clinician}." if clinician else "."
        return [
            *letterhead(dataclasses.asdict(self.profile), self.width, self.fallback),
            Spacer(0, 9 * mm),
            Paragraph("Progress report", s.title),
            self.para(lead, s.lead),
            Spacer(0, 6 * mm),
            self.client_box(),
        ]

    # ------------------------------------------------------------ summary

    def _clinical_range(self, series: InstrumentSeries) -> str:
        assert series.cutoff is not None
        cut = num(series.cutoff)
        return f"below {cut}" if series.higher_is_better else f"{cut} or more"

    def _in_range(self, series: InstrumentSeries, total: float) -> bool:
        assert series.cutoff is not None
        return total < series.cutoff if series.higher_is_better else total >= series.cutoff

    def change_words(self, panel: _Panel, note: int | None) -> list[str]:
        """What the change from baseline to the latest score means, sentence by sentence."""
        series = panel.series
        baseline, latest = series.baseline, panel.points[-1]
        assert baseline is not None
        mark = f"<super>{note}</super>" if note else ""
        threshold = series.reliable_change
        sentences: list[str] = []
        if threshold is None:
            sentences.append(
                "No reliable-change value is published for this questionnaire, "
                "so the change is not judged."
            )
        elif latest.change_kind == "improved":
            sentences.append(
                f"<b>Reliable improvement</b>{mark}: a change of {num(threshold)} or more "
                "is beyond measurement error."
            )
        elif latest.change_kind == "deteriorated":
            sentences.append(
                f"<b>Reliable deterioration</b>{mark}: a change of {num(threshold)} "
                "or more is beyond measurement error."
            )
        else:
            sentences.append(
                f"<b>No reliable change</b>{mark}: a change of at least {num(threshold)} "
                "would be needed."
            )
        if series.cutoff is not None:
            clinical = self._clinical_range(series)
            if latest.recovered and latest.change_kind == "improved":
                sentences.append(
                    f"<b>Reliably recovered</b>: in the clinical range ({clinical}) at baseline, "
                    "out of it now, and the improvement is reliable."
                )
            elif latest.recovered:
                sentences.append(
                    f"<b>Recovered</b>: in the clinical range ({clinical}) at baseline and out "
                    "of it now, though the change is not reliable."
                )
            elif self._in_range(series, baseline.total):
                sentences.append(f"Still in the clinical range ({clinical}).")
            elif self._in_range(series, latest.total):
                sentences.append(f"Now in the clinical range ({clinical}); it was not at baseline.")
            else:
                sentences.append(f"Outside the clinical range ({clinical}) at baseline and now.")
        return sentences

    def summary(self) -> list[Any]:
        s = self.styles
        out: list[Any] = [self.heading("Change since the baseline")]
        judged = [p for p in self.panels if p.judged]
        notes: list[tuple[int, str]] = []
        rows: list[list[Any]] = []
        for panel in judged:
            series = panel.series
            baseline, latest = series.baseline, panel.points[-1]
            assert baseline is not None
            note: int | None = None
            rc = panel.instrument.reliable_change if panel.instrument is not None else None
            if rc is not None and rc.source.strip() and series.reliable_change is not None:
                note = len(notes) + 1
                notes.append(
                    (
                        note,
                        f"Reliable change on the {series.short_name}: "
                        f"{num(series.reliable_change)} points. {rc.source.strip()}",
                    )
                )
            scores = (
                f"{num(baseline.total)} on {format_date(self._day(baseline.at), short=True)} → "
                f"<b>{num(latest.total)}</b> on {format_date(self._day(latest.at), short=True)} "
                f"({with_sign(latest.change)}; {plural(len(series.points), 'score')} in all)"
            )
            words = self.change_words(panel, note)
            text = markup(scores.replace("<b>", "\x01").replace("</b>", "\x02"), self.fallback)
            text = text.replace("\x01", "<b>").replace("\x02", "</b>")
            colour = (
                IMPROVED
                if latest.change_kind == "improved"
                else WORSE
                if latest.change_kind == "deteriorated"
                else MUTED
            )
            rows.append(
                [
                    Paragraph(markup(series.short_name, self.fallback, bold=True), s.summary_name),
                    [Paragraph(text, s.summary), Paragraph(" ".join(words), s.note)],
                ]
            )
            rows[-1].append(colour)
        if rows:
            commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, FAINT),
            ]
            for index, row in enumerate(rows):
                colour = row.pop()
                commands.append(("LINEBEFORE", (0, index), (0, index), 2.5, colour))
            out.append(plain_table(rows, [30 * mm, self.width - 30 * mm], commands))
        else:
            out.append(self.para(NO_REPEAT, s.empty))
        once = [p for p in self.panels if p.points and not p.judged]
        if once:
            given = "; ".join(
                f"{p.name} {num(p.points[0].total)} on {format_date(p.days[0], short=True)}"
                + (f" ({p.points[0].band})" if p.points[0].band else "")
                for p in once
            )
            out += [Spacer(0, 5), self.para(f"Given once: {given}.", s.note)]
        out += self.evaluation_lines()
        if notes:
            out.append(Spacer(0, 6))
            out += [
                Paragraph(f"<super>{n}</super> {markup(text, self.fallback)}", s.footnote)
                for n, text in notes
            ]
        return out

    def evaluation_lines(self) -> list[Any]:
        s = self.styles
        panel = self.evaluations
        out: list[Any] = [Spacer(0, 8)]
        if panel is None or not panel.points:
            return [*out, self.para("No session evaluation was given in this period.", s.note)]
        series = panel.series
        top = f" of {num(series.max_total)}" if series.max_total else ""
        average = sum(p.total for p in panel.points) / len(panel.points)
        latest, day = panel.points[-1], panel.days[-1]
        band = f", {latest.band}" if latest.band else ""
        text = (
            f"<b>Session evaluation</b>: average {average:.1f}{top} over "
            f"{plural(len(panel.points), 'rating')}; latest {num(latest.total)}{top} "
            f"on {format_date(day, short=True)}{markup(band, self.fallback)}."
        )
        return [*out, Paragraph(text, s.summary)]

    # ------------------------------------------------------------ comment

    def comment_section(self) -> list[Any]:
        if not self.comment:
            return []
        return [self.heading("Clinician’s comment"), self.para(self.comment, self.styles.comment)]

    # ------------------------------------------------------------ charts

    def charts(self) -> list[Any]:
        s = self.styles
        drawn = [p for p in self.panels if len(p.points) >= MIN_POINTS_FOR_CHART]
        if not drawn:
            return []
        legend = legend_drawing(self.width, any(p.series.cutoff is not None for p in drawn))
        out: list[Any] = []
        for index, panel in enumerate(drawn):
            title = markup(panel.name, self.fallback, bold=True)
            if panel.instrument is not None and panel.instrument.name != panel.name:
                name = markup(panel.instrument.name, self.fallback)
                title += f'  <font name="{REGULAR}" size="8.5" color="#6B7782">{name}</font>'
            facts = []
            if panel.series.cutoff is not None:
                facts.append(f"cut-off {num(panel.series.cutoff)}")
            facts.append("higher is better" if panel.series.higher_is_better else "lower is better")
            title += (
                f'<font name="{REGULAR}" size="8.5" color="#6B7782"> · {" · ".join(facts)}</font>'
            )
            drawing = chart_drawing(panel.series, panel.points, panel.days, self.width)
            # The legend stays with the first chart: alone at a page's foot it explains nothing.
            lead: list[Any] = (
                [self.heading("Scores over time"), legend, Spacer(0, 4)] if index == 0 else []
            )
            block = [*lead, Spacer(0, 6), Paragraph(title, s.chart_title), drawing]
            out.append(KeepTogether(block))
        return out

    # ------------------------------------------------------------ table

    def _cell(self, text: str, width: float) -> Any:
        """Plain text where it fits in Helvetica (fast), a wrapping paragraph where not."""
        if all(in_helvetica(c) for c in text) and text_width(text, 8, None) <= width:
            return text
        return self.para(text, self.styles.cell)

    def table(self) -> list[Any]:
        s = self.styles
        rows: list[tuple[datetime, str, ScorePoint, _Panel, date]] = []
        for panel in self.panels:
            for point, day in zip(panel.points, panel.days, strict=True):
                rows.append((point.at, panel.name, point, panel, day))
        if not rows:
            return []
        rows.sort(key=lambda r: (r[0], r[1]))
        fractions = (0.14, 0.09, 0.15, 0.08, 0.21, 0.12, 0.21)
        widths = [self.width * f for f in fractions]
        room = [w - 2 * _CELL_PAD for w in widths]
        headers = ["Date", "Session", "Questionnaire", "Total", "Band", "Change", "Reliable change"]
        data: list[list[Any]] = [[Paragraph(h, s.head) for h in headers]]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 1), (-1, -1), REGULAR, 8, 10),
            ("TEXTCOLOR", (0, 1), (-1, -1), TEXT),
            ("FONT", (3, 1), (3, -1), BOLD, 8, 10),
            ("TEXTCOLOR", (3, 1), (3, -1), INK),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("ALIGN", (5, 0), (5, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("RIGHTPADDING", (5, 0), (5, -1), _CELL_PAD + 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, HAIRLINE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, FAINT),
        ]
        for index, (_at, name, point, panel, day) in enumerate(rows, start=1):
            baseline = point is panel.series.baseline
            if baseline:
                change, reliable = "Baseline", DASH
            else:
                change = with_sign(point.change)
                reliable = {
                    "improved": "Improvement",
                    "deteriorated": "Deterioration",
                }.get(point.change_kind, "No" if panel.series.reliable_change else "Not judged")
                if point.recovered:
                    reliable += ", recovered"
            values = [
                format_date(day, short=True),
                str(point.session_number) if point.session_number else DASH,
                name,
                num(point.total),
                point.band or DASH,
                change,
                reliable,
            ]
            data.append([self._cell(v, w) for v, w in zip(values, room, strict=True)])
            if baseline:
                commands.append(("TEXTCOLOR", (5, index), (6, index), MUTED))
            if point.change_kind == "improved" and not baseline:
                commands.append(("TEXTCOLOR", (6, index), (6, index), IMPROVED))
            elif point.change_kind == "deteriorated" and not baseline:
                commands.append(("TEXTCOLOR", (6, index), (6, index), WORSE))
            for column, value in ((1, values[1]), (4, values[4])):
                if value == DASH:
                    commands.append(("TEXTCOLOR", (column, index), (column, index), HAIRLINE))
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return [self.heading("Every score"), table]

    def story(self) -> list[Any]:
        return [
            *self.opening(),
            *self.summary(),
            *self.comment_section(),
            *self.charts(),
            *self.table(),
        ]


# ------------------------------------------------------------------ render


def render_progress_report(
    profile: ProfileInput,
    client: ClientRecord,
    chart: ClientChart,
    instruments: Mapping[str, Instrument],
    period: tuple[date, date] | None,
    comment: str,
    today: date,
) -> bytes:
    """The progress report as a PDF, in memory; the same inputs always give the same bytes.

    ``chart`` is the client's chart as :func:`app.outcomes.client_chart` makes
    it; ``period`` limits the scores and sessions shown (first and last day,
    in the practice's time), or None for the whole treatment up to ``today``;
    an empty ``comment`` leaves the comment out.
    """
    buffer = io.BytesIO()
    code = client.data.code.strip()
    template = document(
        buffer,
        title=f"Progress report {code}".strip(),
        subject="Questionnaire scores and change over treatment",
        author=profile.practice_name,
    )
    builder = _Builder(profile, client, chart, instruments, period, comment, today, template.width)
    total = PageTotal()
    header = f"PROGRESS REPORT · {code}" if code else "PROGRESS REPORT"
    footer = f"Prepared {format_date(today, short=True)}"
    # Pages of a paper chart get separated: each names the client it is about.
    decorate = page_decorator(header, _client_name(client), footer, total, builder.fallback)
    template.keepTogetherClass = KeepStart
    template.addPageTemplates(
        [PageTemplate("progress", frames=[body_frame(template)], onPage=decorate)]
    )
    template.multiBuild([*builder.story(), total])
    return buffer.getvalue()
