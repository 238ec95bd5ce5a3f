"""A blank questionnaire to print, for a client who answers on paper.

Each questionnaire starts on a page of its own under the practice's
letterhead, with a tick box for every answer. An instrument whose file does
not include its item texts (``item_texts_included: false``) is printed as
"Item 1 …", with its answer options and a note to use the licensed form
beside it: Rapport never prints wording it has no right to print.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, PageTemplate, Paragraph, Spacer

from app.documents.file_names import survey_form_file_stem as survey_form_file_stem
from app.documents.layout import (
    BOLD,
    FAINT,
    HAIRLINE,
    INK,
    ITALIC,
    MUTED,
    REGULAR,
    TEXT,
    KeepStart,
    PageTotal,
    body_frame,
    document,
    fallback_for,
    letterhead,
    markup,
    page_decorator,
    plain_table,
)
from app.instruments import Instrument, Item
from app.practice import ProfileInput

_BOX = 3.6 * mm


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick."""

    def __init__(self, size: float = _BOX) -> None:
        super().__init__()
        self.size = size
        self.width = size
        self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def item_label(instrument: Instrument, item: Item) -> str:
    """The item's wording, or "Item n" when the file may not include it."""
    if instrument.item_texts_included and item.text.strip():
        return item.text
    return f"Item {instrument.items.index(item) + 1}"


def _strings(profile: ProfileInput, instruments: Sequence[Instrument]) -> Iterator[str]:
    yield from (str(v) for v in dataclasses.asdict(profile).values())
    for instrument in instruments:
        yield instrument.name
        yield instrument.instructions
        for item in instrument.items:
            yield item.text
            yield item.heading
            yield from (o.label for o in item.options)


class _Builder:
    def __init__(
        self, profile: ProfileInput, instruments: Sequence[Instrument], width: float
    ) -> None:
        self.profile = profile
        self.instruments = instruments
        self.width = width
        self.fallback = fallback_for(_strings(profile, instruments))
        self.title = ParagraphStyle(
            "title", fontName=BOLD, fontSize=18, leading=23, textColor=INK, spaceAfter=4
        )
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=TEXT, spaceAfter=4
        )
        self.note = ParagraphStyle(
            "note", fontName=ITALIC, fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=4
        )
        self.head = ParagraphStyle(
            "head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=INK, alignment=1
        )
        self.item = ParagraphStyle(
            "item", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK
        )
        self.heading = ParagraphStyle(
            "heading", fontName=BOLD, fontSize=9.5, leading=13, textColor=INK, spaceBefore=4
        )

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fallback, bold=bold), style)

    def story(self) -> list[Any]:
        story: list[Any] = []
        practice = dataclasses.asdict(self.profile)
        for number, instrument in enumerate(self.instruments):
            if number:
                story.append(PageBreak())
            story.extend(letterhead(practice, self.width, self.fallback))
            story.append(Spacer(0, 7 * mm))
            story.extend(self.instrument(instrument))
        return story

    def write_in(self) -> Any:
        cells = [[self.para("Name", self.note), "", self.para("Date", self.note), ""]]
        return plain_table(
            cells,
            [14 * mm, self.width * 0.55 - 14 * mm, 12 * mm, self.width * 0.45 - 12 * mm],
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.6, HAIRLINE),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, HAIRLINE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        )

    def instrument(self, instrument: Instrument) -> list[Any]:
        parts: list[Any] = [
            self.para(instrument.name, self.title, bold=True),
            self.write_in(),
            Spacer(0, 5 * mm),
        ]
        if not instrument.item_texts_included:
            parts.append(
                self.para(
                    f"The wording of the {instrument.short_name}'s questions may not be "
                    "printed here: read each item on the licensed form and tick the "
                    "answer on this sheet.",
                    self.note,
                )
            )
        if instrument.instructions.strip():
            parts.append(self.para(instrument.instructions, self.body))
        parts.append(Spacer(0, 2 * mm))
        for response_set, run in groupby(instrument.items, key=lambda i: i.response_set):
            items = list(run)
            if response_set is None:
                for item in items:
                    parts.extend(self.open_text(instrument, item))
            else:
                parts.append(self.grid(instrument, items))
                parts.append(Spacer(0, 4 * mm))
        return parts

    def grid(self, instrument: Instrument, items: list[Item]) -> Any:
        options = items[0].options
        text_width = self.width * 0.46
        option_width = (self.width - text_width) / max(1, len(options))
        rows: list[list[Any]] = [[""] + [self.para(o.label, self.head) for o in options]]
        styles: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, FAINT),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        ]
        for item in items:
            if item.heading:
                rows.append([self.para(item.heading, self.heading)] + [""] * len(options))
                styles.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            label = (
                f"{instrument.items.index(item) + 1}. " if instrument.item_texts_included else ""
            )
            rows.append(
                [self.para(label + item_label(instrument, item), self.item)]
                + [TickBox() for _ in options]
            )
        return KeepStart(plain_table(rows, [text_width] + [option_width] * len(options), styles))

    def open_text(self, instrument: Instrument, item: Item) -> list[Any]:
        lines = plain_table(
            [[""], [""], [""]],
            [self.width],
            [("LINEBELOW", (0, 0), (-1, -1), 0.6, HAIRLINE), ("TOPPADDING", (0, 0), (-1, -1), 9)],
        )
        return [self.para(item_label(instrument, item), self.item), lines, Spacer(0, 4 * mm)]


def render_blank_survey(profile: ProfileInput, instruments: Sequence[Instrument]) -> bytes:
    """Blank questionnaires as one PDF, in memory; the same inputs always give the same bytes."""
    buffer = io.BytesIO()
    names = ", ".join(i.short_name for i in instruments)
    template = document(
        buffer,
        title=f"Questionnaire: {names}",
        subject="A blank questionnaire to fill in on paper",
        author=profile.practice_name,
    )
    builder = _Builder(profile, instruments, template.width)
    total = PageTotal()
    decorate = page_decorator(
        "QUESTIONNAIRE", profile.practice_name, names, total, builder.fallback
    )
    template.keepTogetherClass = KeepStart
    template.addPageTemplates(
        [PageTemplate("survey", frames=[body_frame(template)], onPage=decorate)]
    )
    template.multiBuild([*builder.story(), total])
    return buffer.getvalue()
