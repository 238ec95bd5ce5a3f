"""The shared PDF layout: tables split across pages without leaving empty slivers."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.documents.layout import FAINT, plain_table

STYLE = ParagraphStyle("value", fontSize=9.5, leading=12.5)
COMMANDS = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ("LINEBELOW", (0, 0), (-1, -1), 0.5, FAINT),
]


def rows(lines_in_last: int = 1) -> list[list[Paragraph]]:
    last = "<br/>".join(f"line {i}" for i in range(lines_in_last))
    return [
        [Paragraph("Label", STYLE), Paragraph("first", STYLE)],
        [Paragraph("Label", STYLE), Paragraph("second", STYLE)],
        [Paragraph("Label", STYLE), Paragraph(last, STYLE)],
    ]


def split(data: list[list[Paragraph]], short_by: float) -> list[list[list[object]]]:
    table = plain_table(data, [100, 300], COMMANDS)
    height = table.wrap(400, 1000)[1]
    table.canv = Canvas(io.BytesIO())
    return [part._cellvalues for part in table.split(400, height - short_by)]


def test_a_row_whose_padding_alone_does_not_fit_moves_whole() -> None:
    for short_by in (1, 3):
        first, rest = split(rows(), short_by)
        assert len(first) == 2
        assert len(rest) == 1
        assert all(cell for cell in rest[0])


def test_a_long_row_still_splits_inside() -> None:
    first, rest = split(rows(lines_in_last=12), 60)
    assert len(first) == 3
    assert len(rest) == 1
    assert rest[0][1]


def test_letters_helvetica_lacks_come_from_the_shipped_font() -> None:
    from app.documents import layout
    from app.resources import resource_path

    fallback = layout.fallback_for(["Łukasiewicz Nguyễn"])
    assert fallback is not None and "DejaVuSans" in fallback.regular
    assert layout._font_files()["dejavusans.ttf"].parent == resource_path("fonts")
