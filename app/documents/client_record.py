"""The client record PDF: a copy of one client's record, made for a record request.

It is drawn from the plain document that ``app.record_request`` builds: a cover
with the practice's letterhead, the client, what the copy holds and a table of
contents, then one titled section after another. Rendered in memory; the same
document always gives the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.documents.layout import (
    ACCENT,
    BOLD,
    DASH,
    FAINT,
    HAIRLINE,
    INK,
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
    format_datetime,
    letterhead,
    markup,
    page_decorator,
    plain_table,
    text_width,
)
from app.money import format_amount

_LABEL_WIDTH = 46 * mm
_CELL_PAD = 5.0
_CELL_SIZE = 8.5
_HEAD_SIZE = 8.0
_NBSP = "\u00a0"


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    box_label: ParagraphStyle
    box_value: ParagraphStyle
    callout: ParagraphStyle
    callout_note: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    section: ParagraphStyle
    intro: ParagraphStyle
    empty: ParagraphStyle
    group: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    missing: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_missing: ParagraphStyle
    contents: ParagraphStyle

    @classmethod
    def make(cls) -> _Styles:
        base = base_styles()
        body = base.body
        label = ParagraphStyle(
            "label", fontName=REGULAR, fontSize=8.5, leading=12.5, textColor=MUTED
        )
        value = ParagraphStyle("value", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
        cell = ParagraphStyle(
            "cell", fontName=REGULAR, fontSize=_CELL_SIZE, leading=11, textColor=TEXT
        )
        return cls(
            title=base.title,
            lead=base.lead,
            box_label=base.box_label,
            box_value=base.box_value,
            callout=ParagraphStyle(
                "callout", fontName=BOLD, fontSize=10.5, leading=14, textColor=INK, spaceAfter=3
            ),
            callout_note=ParagraphStyle(
                "callout_note", fontName=REGULAR, fontSize=9, leading=12.5, textColor=TEXT
            ),
            subheading=ParagraphStyle(
                "subheading",
                fontName=BOLD,
                fontSize=10.5,
                leading=14,
                textColor=ACCENT,
                spaceBefore=14,
                spaceAfter=4,
            ),
            body=body,
            section=base.section,
            intro=base.intro,
            empty=base.empty,
            group=ParagraphStyle(
                "group",
                fontName=BOLD,
                fontSize=9.5,
                leading=13,
                textColor=INK,
                spaceBefore=8,
                spaceAfter=1,
            ),
            label=label,
            value=value,
            missing=ParagraphStyle("missing", parent=value, textColor=HAIRLINE),
            head=ParagraphStyle(
                "head", fontName=BOLD, fontSize=_HEAD_SIZE, leading=10.5, textColor=INK
            ),
            cell=cell,
            cell_missing=ParagraphStyle("cell_missing", parent=cell, textColor=HAIRLINE),
            contents=ParagraphStyle(
                "contents", fontName=REGULAR, fontSize=10, leading=13, textColor=TEXT
            ),
        )


# ------------------------------------------------------------------- values


def display(value: Any, *, short: bool = False) -> str:
    """A document value as the PDF writes it; an empty string when nothing is recorded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    # In a table a date is short and never broken across lines (no-break spaces).
    if isinstance(value, datetime):
        text = format_datetime(value, short=short)
        return text.replace(" ", _NBSP) if short else text
    if isinstance(value, date):
        text = format_date(value, short=short)
        return text.replace(" ", _NBSP) if short else text
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, list | tuple):
        return ", ".join(text for item in value if (text := display(item, short=short)))
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {display(item, short=short)}" for key, item in value.items())
    return str(value).strip()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


# ------------------------------------------------------------------- layout


def _words_width(text: str, size: float, fallback: Fallback | None, bold: bool) -> float:
    words = re.split(r"[ \n]+", text)
    widest = max((text_width(w, size, fallback, bold=bold) for w in words if w), default=0.0)
    return widest + 1


def _lines_width(text: str, size: float, fallback: Fallback | None, bold: bool) -> float:
    lines = text.split("\n")
    return max((text_width(line, size, fallback, bold=bold) for line in lines), default=0.0)


def column_widths(
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    total: float,
    fallback: Fallback | None = None,
) -> list[float]:
    """Widths that share ``total`` much as a browser lays out an automatic table.

    A column whose text fits on one line within a fair share gets just that; the
    others share what is left in proportion to their text (a very long text counts
    as 40% of the page), each at least as wide as its longest word.
    """
    pad = 2 * _CELL_PAD
    natural: list[float] = []
    least: list[float] = []
    for index, header in enumerate(headers):
        column = [row[index] for row in cells]
        shortest = max(
            [_words_width(header, _HEAD_SIZE, fallback, True)]
            + [_words_width(text, _CELL_SIZE, fallback, False) for text in column]
        )
        longest = max(
            [_lines_width(header, _HEAD_SIZE, fallback, True)]
            + [_lines_width(text, _CELL_SIZE, fallback, False) for text in column]
        )
        low = min(shortest + pad, total * 0.35)
        least.append(low)
        natural.append(max(longest + pad + 1, low))
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [width + spare * width / sum(natural) for width in natural]
    widths = dict.fromkeys(range(len(headers)), 0.0)
    wide = set(widths)
    remaining = total
    while wide:
        share = remaining / len(wide)
        fits = {i for i in wide if natural[i] <= share}
        if not fits:
            break
        for i in fits:
            widths[i] = natural[i]
            remaining -= natural[i]
        wide -= fits
    # One very long text should not starve the other wide columns.
    weights = [min(width, total * 0.4) for width in natural]
    while wide:
        weight = sum(weights[i] for i in wide)
        narrow = {i for i in wide if remaining * weights[i] / weight < least[i]}
        if not narrow:
            for i in wide:
                widths[i] = remaining * weights[i] / weight
            break
        for i in narrow:
            widths[i] = least[i]
            remaining -= least[i]
        wide -= narrow
    used = sum(widths.values())
    return [widths[i] * total / used for i in range(len(headers))]


class _Builder:
    """Turns the plain document into flowables."""

    def __init__(self, doc: Mapping[str, Any], width: float) -> None:
        self.doc = doc
        self.width = width
        self.styles = _Styles.make()
        self.fallback = fallback_for(_strings(doc))

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fallback, bold=bold), style)

    # ------------------------------------------------------------- cover

    def letterhead(self) -> list[Any]:
        return letterhead(self.doc["practice"], self.width, self.fallback)

    def client_box(self) -> Table:
        client = self.doc["client"]
        s = self.styles
        name = client["name"]
        if client["preferred_name"] and client["preferred_name"] not in name.split():
            name = f"{name} (known as {client['preferred_name']})"
        rows = [
            ("Client", name),
            ("Client code", client["code"]),
            ("Date of birth", display(client["date_of_birth"])),
        ]
        edge = 6 * mm
        label_width = 30 * mm
        return plain_table(
            [
                [
                    Paragraph(label, s.box_label),
                    self.para(value, s.box_value, bold=True),
                ]
                for label, value in rows
            ],
            [label_width + edge, self.width - label_width - edge],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), edge),
                ("LEFTPADDING", (1, 0), (1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), edge),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (0, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (1, 0), (1, 0), 9),
                ("TOPPADDING", (0, 0), (0, 0), 10.5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("ROUNDEDCORNERS", [4, 4, 4, 4]),
            ],
        )

    def notes_callout(self) -> Table:
        metadata = self.doc["metadata"]
        s = self.styles
        if metadata["psychotherapy_notes_included"]:
            note = (
                "Psychotherapy notes are the clinician’s private process notes, kept apart from "
                "the rest of the record. They are in this copy because they were asked for "
                "specifically."
            )
        else:
            note = (
                "Psychotherapy notes are the clinician’s private process notes, kept apart from "
                "the rest of the record. They are left out of a copy unless they are asked for "
                "specifically."
            )
        return plain_table(
            [
                [
                    [
                        Paragraph(metadata["psychotherapy_notes_statement"], s.callout),
                        Paragraph(note, s.callout_note),
                    ]
                ]
            ],
            [self.width],
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
            ],
        )

    def contents(self) -> TableOfContents:
        toc = TableOfContents(
            levelStyles=[self.styles.contents],
            dotsMinLevel=0,
            rightColumnWidth=16 * mm,
        )
        toc.tableStyle = TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
        return toc

    def cover(self) -> list[Any]:
        metadata = self.doc["metadata"]
        practice_name = self.doc["practice"]["practice_name"] or "the practice"
        s = self.styles
        prepared = format_date(metadata["prepared_on"])
        return [
            *self.letterhead(),
            Spacer(0, 16 * mm),
            Paragraph(metadata["title"], s.title),
            Paragraph(f"Prepared on {prepared} at the client’s request.", s.lead),
            Spacer(0, 9 * mm),
            self.client_box(),
            Spacer(0, 7 * mm),
            self.notes_callout(),
            Paragraph("About this copy", s.subheading),
            self.para(
                f"This is a copy of the record that {practice_name} keeps about the client, as "
                f"it stood on {prepared}. Each section shows what is recorded; a dash means "
                "that nothing is recorded there. Times are in the practice’s time zone "
                f"({metadata['time_zone'].replace('_', ' ')}).",
                s.body,
            ),
            Paragraph("Contents", s.subheading),
            self.contents(),
            PageBreak(),
        ]

    # ---------------------------------------------------------- sections

    def value_cell(self, value: Any, *, short: bool = False, table: bool = False) -> Paragraph:
        text = display(value, short=short)
        if not text:
            return Paragraph(DASH, self.styles.cell_missing if table else self.styles.missing)
        return self.para(text, self.styles.cell if table else self.styles.value)

    def fields_table(self, fields: Sequence[Mapping[str, Any]]) -> Table:
        s = self.styles
        return plain_table(
            [[Paragraph(f["label"], s.label), self.value_cell(f["value"])] for f in fields],
            [_LABEL_WIDTH, self.width - _LABEL_WIDTH],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                # The label is set a point smaller: lower it to share the value's baseline.
                ("TOPPADDING", (0, 0), (0, -1), 4.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, FAINT),
            ],
        )

    def data_table(self, columns: Sequence[Mapping[str, str]], rows: Sequence[Any]) -> Table:
        s = self.styles
        headers = [c["label"] for c in columns]
        texts = [[display(row.get(c["key"]), short=True) for c in columns] for row in rows]
        widths = column_widths(headers, texts, self.width, self.fallback)
        data: list[list[Any]] = [[Paragraph(h, s.head) for h in headers]]
        for row in rows:
            data.append(
                [self.value_cell(row.get(c["key"]), short=True, table=True) for c in columns]
            )
        table = plain_table(
            data,
            widths,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, HAIRLINE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, FAINT),
            ],
        )
        table.repeatRows = 1
        return table

    def text_block(self, text: str) -> list[Any]:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        return [self.para(p, self.styles.body) for p in paragraphs]

    def section(self, section: Mapping[str, Any]) -> list[Any]:
        s = self.styles
        out: list[Any] = [SectionHeading(section["title"], s.section, self.width)]
        has_content = {
            "table": bool(section.get("rows")),
            "records": bool(section.get("records")),
            "text": bool(str(section.get("text", "")).strip()),
        }.get(section["kind"], True)
        if section.get("intro") and has_content:
            intro = self.para(section["intro"], s.intro)
            intro.keepWithNext = 1
            out.append(intro)
        empty = section.get("empty") or "Nothing is recorded."
        kind = section["kind"]
        if kind == "fields":
            out.append(self.fields_table(section["fields"]))
        elif kind == "table":
            if section["rows"]:
                out.append(self.data_table(section["columns"], section["rows"]))
            else:
                out.append(Paragraph(empty, s.empty))
        elif kind == "text":
            out.extend(self.text_block(section["text"]) or [Paragraph(empty, s.empty)])
        elif kind == "records":
            if not section["records"]:
                out.append(Paragraph(empty, s.empty))
            for index, record in enumerate(section["records"]):
                title = self.para(record["title"], s.group, bold=True)
                if index == 0:
                    title.style = ParagraphStyle("group_first", parent=s.group, spaceBefore=2)
                title.keepWithNext = 1
                out += [title, self.fields_table(record["fields"])]
        else:
            raise ValueError(f"unknown section kind {kind!r}")
        return out

    def story(self) -> list[Any]:
        story = self.cover()
        for section in self.doc["sections"]:
            story += self.section(section)
        return story


def render_client_record(doc: Mapping[str, Any]) -> bytes:
    """The document (as ``app.record_request.record_document`` makes it) as a PDF."""
    buffer = io.BytesIO()
    code = doc["client"]["code"]
    practice_name = doc["practice"]["practice_name"]
    template = document(
        buffer,
        title=f"Client record {code}",
        subject="Copy of a client's record, made at the client's request",
        author=practice_name,
    )
    builder = _Builder(doc, template.width)
    total = PageTotal()
    prepared = format_date(doc["metadata"]["prepared_on"], short=True)
    footer_date = f"Prepared {prepared}"

    decorate = page_decorator(
        f"CLIENT RECORD · {code}", practice_name, footer_date, total, builder.fallback
    )

    headings = 0

    def after_flowable(flowable: Any) -> None:
        nonlocal headings
        title = getattr(flowable, "toc_title", None)
        if title is None:
            return
        headings += 1
        key = f"section-{headings}"
        template.canv.bookmarkPage(key)
        template.canv.addOutlineEntry(title, key, level=0)
        template.notify("TOCEntry", (0, title, template.page, key))

    def before_document() -> None:
        nonlocal headings
        headings = 0

    template.keepTogetherClass = KeepStart
    template.afterFlowable = after_flowable
    template.beforeDocument = before_document
    template.addPageTemplates(
        [PageTemplate("record", frames=[body_frame(template)], onPage=decorate)]
    )
    template.multiBuild([*builder.story(), total])
    return buffer.getvalue()
