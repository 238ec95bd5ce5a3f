"""The export's chart summaries: clients' charts read a batch at a time, each as the chart tab's.

The summaries draw the progress report's charts themselves, and must look exactly as
reportlab's own renderer draws them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app import outcomes
from app.clients import ClientNotFound
from app.demo import DEMO_TIME_ZONE, DEMO_TODAY
from app.documents.progress_report import chart_drawing, draw_chart, legend_drawing
from app.instruments import Instrument, load_all
from app.interop import export_charts
from app.interop.export_tables import prepare
from app.models import AppointmentParticipant, Client
from app.vault import Vault


@pytest.fixture(scope="module")
def instruments(demo: Vault) -> Mapping[str, Instrument]:
    return load_all([demo.files.data_dir / "instruments"]).instruments


def test_each_chart_read_in_a_batch_is_the_chart_of_the_client_alone(
    demo: Vault, instruments: Mapping[str, Instrument], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small batches, so that partners in a couple's sessions fall into different ones.
    monkeypatch.setattr(export_charts, "CHART_BATCH", 7)
    with demo.session() as session:
        ids = list(session.scalars(select(Client.id).order_by(Client.code)))
        joint = set(session.scalars(select(AppointmentParticipant.client_id)))
        batched = list(export_charts.client_charts(session, ids, instruments))
        alone = [outcomes.client_chart(session, i, instruments) for i in ids]

    assert len(ids) > 2 * export_charts.CHART_BATCH and joint
    assert [c.client_id for c in batched] == ids
    for chart, expected in zip(batched, alone, strict=True):
        assert chart == expected
    # The demo has every part of a chart, so that each of them was compared.
    assert any(c.guesses for c in alone)
    assert any(c.check_ins for c in alone)
    assert any(c.evaluations is not None for c in alone)
    assert any(c.summaries for c in alone)
    assert any(s.homework not in ("", "not_assigned") for c in alone for s in c.strip)
    assert any(c.strip and c.client_id in joint for c in alone)


def test_the_charts_come_in_the_order_asked_for(
    demo: Vault, instruments: Mapping[str, Instrument], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_charts, "CHART_BATCH", 5)
    with demo.session() as session:
        ids = list(session.scalars(select(Client.id).order_by(Client.id.desc())))[:12]
        charts = list(export_charts.client_charts(session, ids, instruments))
    assert [c.client_id for c in charts] == ids


def test_a_client_that_is_not_there_is_not_found_as_alone(
    demo: Vault, instruments: Mapping[str, Instrument]
) -> None:
    with demo.session() as session:
        last = session.scalar(select(Client.id).order_by(Client.id.desc()).limit(1))
        assert last is not None
        with pytest.raises(ClientNotFound):
            list(export_charts.client_charts(session, [last, last + 1], instruments))


def test_each_summary_in_the_export_is_the_one_made_for_the_client_alone(
    demo: Vault, instruments: Mapping[str, Instrument], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_charts, "CHART_BATCH", 9)
    with demo.session() as session:
        run = prepare(session, instruments, False, DEMO_TODAY)
        summaries = list(export_charts.chart_summaries(run))
        # Alone: the chart tab's chart, and a legend of its own.
        alone = [
            export_charts.ChartSummary(
                run, client, outcomes.client_chart(session, client.id, instruments)
            ).render()
            for client in run.clients
        ]
        session.rollback()
    assert [client for client, _ in summaries] == run.clients
    for (_, summary), expected in zip(summaries, alone, strict=True):
        assert summary == expected
    assert all(summary.startswith(b"%PDF") for summary in alone)


# ------------------------------------------------------------------ drawing the charts

Draw = Callable[[Drawing, Any, float, float], None]


def pixels(drawing: Drawing, draw: Draw) -> bytes:
    """The drawing drawn by ``draw`` on a page, as the page's pixels."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(drawing.width + 40, drawing.height + 40), invariant=1)
    canvas.setFillColor(colors.red)  # a state the drawing must not inherit
    canvas.setLineWidth(7)
    draw(drawing, canvas, 20, 20)
    canvas.showPage()
    canvas.save()
    document = pypdfium2.PdfDocument(out.getvalue())
    try:
        return bytes(document[0].render(scale=3).to_pil().tobytes())
    finally:
        document.close()


def charts_of(vault: Vault, instruments: Mapping[str, Instrument]) -> list[Drawing]:
    """The legends and the demo's charts: every instrument and every mark, sparse and dense."""
    zone = ZoneInfo(DEMO_TIME_ZONE)
    drawings = [legend_drawing(480, True), legend_drawing(480, False)]
    kinds: set[tuple[str, frozenset[str], bool]] = set()
    longest: outcomes.InstrumentSeries | None = None
    with vault.session() as session:
        ids = list(session.scalars(select(Client.id).order_by(Client.id)))
        for chart in export_charts.client_charts(session, ids, instruments):
            for series in (*chart.series, chart.evaluations):
                if series is None or len(series.points) < 2:
                    continue
                marks = frozenset(p.change_kind for p in series.points)
                kind = (series.instrument_id, marks, any(p.recovered for p in series.points))
                if longest is None or len(series.points) > len(longest.points):
                    longest = series
                if kind not in kinds:
                    kinds.add(kind)
                    days = [p.at.astimezone(zone).date() for p in series.points]
                    drawings.append(chart_drawing(series, series.points, days, 480, 120))
    # A chart with many scores draws thinner lines and only the marks that mean something.
    assert longest is not None
    many = [
        replace(p, at=p.at + timedelta(weeks=8 * round))
        for round in range(60 // len(longest.points) + 1)
        for p in longest.points
    ]
    days = [p.at.astimezone(zone).date() for p in many]
    drawings.append(chart_drawing(replace(longest, points=tuple(many)), many, days, 480, 120))
    return drawings


def test_the_summaries_draw_the_charts_exactly_as_reportlab_does(
    demo: Vault, instruments: Mapping[str, Instrument], monkeypatch: pytest.MonkeyPatch
) -> None:
    drawings = charts_of(demo, instruments)
    expected = [pixels(drawing, renderPDF.draw) for drawing in drawings]
    handed_over: list[Drawing] = []
    monkeypatch.setattr(renderPDF, "draw", lambda drawing, *_: handed_over.append(drawing))

    assert len(drawings) > 8
    for drawing, looks in zip(drawings, expected, strict=True):
        assert pixels(drawing, export_charts._draw_chart) == looks
    assert handed_over == []


@pytest.mark.parametrize(
    "odd",
    [
        Group(Rect(0, 0, 10, 10)),
        Rect(0, 0, 20, 10, rx=3, ry=3),
        Rect(0, 0, 20, 10, fillOpacity=0.5),
        Rect(0, 0, 20, 10, fillOverprint=True),
        String(0, 0, "outlined", textRenderMode=1),
    ],
    ids=["group", "rounded", "transparent", "overprinted", "outlined"],
)
def test_a_drawing_with_anything_else_is_left_to_reportlab(
    odd: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawing = Drawing(100, 40)
    drawing.add(Line(0, 0, 100, 40, strokeColor=colors.blue))
    drawing.add(Circle(50, 20, 5, fillColor=colors.green))
    drawing.add(odd)
    reportlab = renderPDF.draw
    expected = pixels(drawing, reportlab)
    handed_over: list[Drawing] = []

    def draw(given: Drawing, canvas: Any, x: float, y: float) -> None:
        handed_over.append(given)
        reportlab(given, canvas, x, y)

    monkeypatch.setattr(renderPDF, "draw", draw)
    assert pixels(drawing, export_charts._draw_chart) == expected
    assert handed_over == [drawing]


def test_the_summaries_paint_the_charts_as_they_draw_the_drawings(
    demo: Vault, instruments: Mapping[str, Instrument]
) -> None:
    """The chart summaries draw each chart without making its shapes: the same bytes."""
    zone = ZoneInfo(DEMO_TIME_ZONE)
    charts: list[tuple[outcomes.InstrumentSeries, list[Any]]] = []
    with demo.session() as session:
        ids = list(session.scalars(select(Client.id).order_by(Client.id)))
        for chart in export_charts.client_charts(session, ids, instruments):
            for series in (*chart.series, chart.evaluations):
                if series is not None and len(series.points) >= 2:
                    charts.append((series, [p.at.astimezone(zone).date() for p in series.points]))

    def page(draw: Callable[[Any], None]) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=(520, 200), invariant=1, pageCompression=0)
        draw(canvas)
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    assert len(charts) > 20
    for series, days in charts:
        drawing = chart_drawing(series, series.points, days, 480, 120)

        def painted(canvas: Any, series: Any = series, days: Any = days) -> None:
            canvas.saveState()
            canvas.translate(20, 30)
            draw_chart(series, series.points, days, 480, 120, export_charts._Painter(canvas))
            canvas.restoreState()

        assert page(painted) == page(
            lambda canvas, drawing=drawing: export_charts._draw_chart(drawing, canvas, 20, 30)
        )


def test_the_painter_refuses_what_it_does_not_draw() -> None:
    canvas = Canvas(io.BytesIO())
    with pytest.raises(ValueError, match="fillOpacity"):
        export_charts._Painter(canvas)(Rect, 0, 0, 10, 10, fillOpacity=0.5)
