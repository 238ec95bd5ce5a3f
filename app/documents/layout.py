"""The look shared by Rapport's PDFs: page, colours, fonts, letterhead, header, footer, tables."""

from __future__ import annotations

import functools
import io
import itertools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

# Dates as every document writes them, also importable with the rest of the look.
from app.documents.dates import MONTHS as MONTHS
from app.documents.dates import format_date as format_date
from app.documents.dates import format_datetime as format_datetime
from app.resources import resource_path

# A4, with margins wide enough that the page also fits US Letter (6 mm wider,
# 18 mm shorter) when the printer centres it instead of scaling it down.
PAGE_SIZE = A4
SIDE_MARGIN = 21 * mm
TOP_MARGIN = 25 * mm
BOTTOM_MARGIN = 33 * mm
FOOTER_Y = 24 * mm
HEADER_Y = PAGE_SIZE[1] - 15 * mm

INK = colors.HexColor("#1F2A33")
TEXT = colors.HexColor("#3A4651")
MUTED = colors.HexColor("#6B7782")
HAIRLINE = colors.HexColor("#B9C2CA")
FAINT = colors.HexColor("#E1E6EA")
ACCENT = colors.HexColor("#2F6B73")
TINT = colors.HexColor("#F1F6F6")
# Findings that must not be overlooked: risk in red, a positive screen in amber.
RISK = colors.HexColor("#B3362B")
RISK_INK = colors.HexColor("#7A1F17")
RISK_TINT = colors.HexColor("#FBEAE7")
CAUTION = colors.HexColor("#C98A14")
CAUTION_INK = colors.HexColor("#6E4A06")
CAUTION_TINT = colors.HexColor("#FDF3DF")

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"
ITALIC = "Helvetica-Oblique"

#: What a document shows, in a light colour, where nothing is recorded.
DASH = "—"

_TRACKING = 1.6
_HEADER_SIZE = 7.5

# Helvetica, built into every PDF reader, has only the Windows-1252 characters.
# A character outside them (the Ł of Łukasiewicz, the ř of Dvořák) is taken from a
# Unicode font found on the computer, Helvetica's metric twins first so that it
# sits well beside its neighbours; everything else stays in Helvetica.
_FALLBACK_CANDIDATES: tuple[tuple[str, str, str], ...] = (
    # Shipped in resources/fonts: found first, so PDFs are identical on every computer.
    ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("Arial", "arial.ttf", "arialbd.ttf"),
    ("Arial", "Arial.ttf", "Arial Bold.ttf"),
    ("LiberationSans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("Vera", "Vera.ttf", "VeraBd.ttf"),
)


@dataclass(frozen=True)
class Fallback:
    """The registered names of the Unicode font used for characters Helvetica lacks."""

    regular: str
    bold: str


def _font_roots() -> list[Path]:
    home = Path.home()
    return [
        resource_path("fonts"),
        Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
        Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        / "Microsoft"
        / "Windows"
        / "Fonts",
        Path("/System/Library/Fonts"),
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        # Bitstream Vera ships with reportlab: always there, though it covers least.
        Path(reportlab.__file__).parent / "fonts",
    ]


@functools.cache
def _font_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for root in _font_roots():
        for folder, _dirs, files in os.walk(root):
            for name in files:
                found.setdefault(name.lower(), Path(folder) / name)
    return found


@functools.cache
def _load_ttf(name: str, path: Path) -> Any:
    try:
        return TTFont(name, str(path))
    except (OSError, TTFError):
        return None


def in_helvetica(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def fallback_for(texts: Iterable[str]) -> Fallback | None:
    """The font for the characters Helvetica lacks: the first that has them all, or the best."""
    needed = {ord(char) for text in texts for char in text if not in_helvetica(char)}
    if not needed:
        return None
    files = _font_files()
    best: tuple[int, Any, Any] | None = None
    for family, regular_file, bold_file in _FALLBACK_CANDIDATES:
        regular_path = files.get(regular_file.lower())
        bold_path = files.get(bold_file.lower())
        if regular_path is None or bold_path is None:
            continue
        regular = _load_ttf(f"Rapport-{family}", regular_path)
        bold = _load_ttf(f"Rapport-{family}-Bold", bold_path)
        if regular is None or bold is None:
            continue
        covered = len(needed & regular.face.charToGlyph.keys() & bold.face.charToGlyph.keys())
        if best is None or covered > best[0]:
            best = (covered, regular, bold)
        if covered == len(needed):
            break
    if best is None:
        return None
    _covered, regular, bold = best
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    return Fallback(regular.fontName, bold.fontName)


def _runs(text: str, fallback: Fallback | None, *, bold: bool) -> Iterable[tuple[str, str]]:
    """``(font, text)`` runs: Helvetica where it has the characters, the fallback elsewhere."""
    base = BOLD if bold else REGULAR
    for helvetica, run in itertools.groupby(text, key=in_helvetica):
        chunk = "".join(run)
        if helvetica or fallback is None:
            yield base, chunk
        else:
            yield (fallback.bold if bold else fallback.regular), chunk


def markup(text: str, fallback: Fallback | None, *, bold: bool = False) -> str:
    """Paragraph markup for text typed by the clinician: escaped, font fallback, line breaks."""
    lines = []
    for line in text.split("\n"):
        parts: list[str] = []
        for font, chunk in _runs(line, fallback, bold=bold):
            if font in (REGULAR, BOLD):
                parts.append(escape(chunk))
            else:
                parts.append(f'<font name="{font}">{escape(chunk)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def text_width(text: str, size: float, fallback: Fallback | None, *, bold: bool = False) -> float:
    width = 0.0
    for font, chunk in _runs(text, fallback, bold=bold):
        width += pdfmetrics.stringWidth(chunk, font, size)
    return width


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    fallback: Fallback | None = None,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """One line on the canvas, in Helvetica with the fallback font where it is needed."""
    width = text_width(text, size, fallback, bold=bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, chunk in _runs(text, fallback, bold=bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)


def fit_text(text: str, size: float, width: float, fallback: Fallback | None) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``width``."""
    if text_width(text, size, fallback) <= width:
        return text
    while text and text_width(text + "…", size, fallback) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_header(canvas: Any, left: str, right: str = "CONFIDENTIAL") -> None:
    """The running header: ``left`` in the accent colour, ``right`` muted; both tracked capitals."""
    width = PAGE_SIZE[0]
    canvas.saveState()
    canvas.setFont(BOLD, _HEADER_SIZE)
    canvas.setFillColor(ACCENT)
    canvas.drawString(SIDE_MARGIN, HEADER_Y, left, charSpace=_TRACKING)
    right_width = canvas.stringWidth(right, BOLD, _HEADER_SIZE) + _TRACKING * (len(right) - 1)
    canvas.setFillColor(MUTED)
    canvas.drawString(width - SIDE_MARGIN - right_width, HEADER_Y, right, charSpace=_TRACKING)
    canvas.restoreState()


def draw_footer_rule(canvas: Any) -> None:
    canvas.saveState()
    canvas.setStrokeColor(HAIRLINE)
    canvas.setLineWidth(0.5)
    canvas.line(SIDE_MARGIN, FOOTER_Y + 11, PAGE_SIZE[0] - SIDE_MARGIN, FOOTER_Y + 11)
    canvas.restoreState()


def document(buffer: io.BytesIO, *, title: str, subject: str, author: str) -> BaseDocTemplate:
    """A deterministic A4 document (same content, same bytes) with the shared margins."""
    return BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        subject=subject,
        author=author,
        creator="Rapport",
        invariant=1,
        lang="en",
        displayDocTitle=1,
    )


def body_frame(doc: BaseDocTemplate, frame_id: str = "body") -> Frame:
    """The frame inside the margins, with no padding of its own."""
    return Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


PageDrawer = Callable[[Any, int, int], None]


def numbered_canvas(draw: PageDrawer) -> type[Canvas]:
    """A canvas class that, once every page is laid out, calls ``draw(canvas, page, pages)``.

    Pages are held back until the document is saved, so that each can say
    "Page N of M".
    """

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


# ------------------------------------------------------------------ flowables


class _PlainTable(Table):  # type: ignore[misc]
    """A table split inside a row when a long text must be, never into an empty sliver."""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        # When all of a row's text fits but not its bottom padding, reportlab still
        # splits inside the row, and the rest of it (padding and rules, no text) opens
        # the next page. Split between the rows instead.
        if len(parts) == 2 and (
            _blank(parts[0]._cellvalues[-1]) or _blank(parts[1]._cellvalues[0])
        ):
            by_row: list[Any] = self._splitRows(availHeight, doInRowSplit=0)
            return by_row
        return parts


def _blank(row: Sequence[Any]) -> bool:
    """Whether a row that a split made holds nothing at all (each cell an empty remainder)."""
    return all(isinstance(cell, tuple | list) and not cell for cell in row)


def plain_table(
    rows: list[list[Any]], widths: Sequence[float], commands: Iterable[tuple[Any, ...]]
) -> Table:
    """A left-aligned table whose long texts split inside their row across pages."""
    # Trying a split inside the row first matters: splitting between rows first
    # would put the next, split row's repeated header mid-page.
    table = _PlainTable(rows, colWidths=list(widths), hAlign="LEFT", splitByRow=0, splitInRow=1)
    table.setStyle(TableStyle(list(commands)))
    return table


def callout(content: list[Any], width: float, colour: Any, tint: Any) -> Table:
    """A tinted note with a coloured edge on its left (a risk, a caution, a void)."""
    return plain_table(
        [[content]],
        [width],
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 11),
            ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("BACKGROUND", (0, 0), (-1, -1), tint),
            ("LINEBEFORE", (0, 0), (0, -1), 3.5, colour),
        ],
    )


@dataclass(frozen=True)
class BaseStyles:
    """The paragraph styles every document shares: its title, lead, identity box, sections."""

    body: ParagraphStyle
    title: ParagraphStyle
    lead: ParagraphStyle
    box_label: ParagraphStyle
    box_value: ParagraphStyle
    section: ParagraphStyle
    intro: ParagraphStyle
    empty: ParagraphStyle


def base_styles() -> BaseStyles:
    """Fresh copies of the shared styles (a document may derive its own from them)."""
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=TEXT, spaceAfter=5
    )
    return BaseStyles(
        body=body,
        title=ParagraphStyle(
            "title", fontName=BOLD, fontSize=26, leading=31, textColor=INK, spaceAfter=6
        ),
        lead=ParagraphStyle("lead", fontName=REGULAR, fontSize=11, leading=15, textColor=TEXT),
        box_label=ParagraphStyle(
            "box_label", fontName=REGULAR, fontSize=9, leading=14, textColor=MUTED
        ),
        box_value=ParagraphStyle(
            "box_value", fontName=BOLD, fontSize=11, leading=14, textColor=INK
        ),
        section=ParagraphStyle(
            "section", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT
        ),
        intro=ParagraphStyle(
            "intro", parent=body, fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=4
        ),
        empty=ParagraphStyle("empty", parent=body, fontName=ITALIC, textColor=MUTED, spaceAfter=0),
    )


#: The left margin inside the identity box.
IDENTITY_EDGE = 6 * mm


def identity_box(
    rows: list[list[Any]], widths: list[float], extra: Sequence[tuple[Any, ...]] = ()
) -> Table:
    """The shaded box naming who a document is about: label and value pairs, two to a row.

    ``widths`` are the four columns (the first includes :data:`IDENTITY_EDGE`);
    ``extra`` adds table styles (e.g. a value spanning the last row).
    """
    edge = IDENTITY_EDGE
    return plain_table(
        rows,
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *extra,
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (0, -1), edge),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (1, 0), (1, -1), 4 * mm),
            ("RIGHTPADDING", (-1, 0), (-1, -1), edge),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), 9),
            # The labels are set smaller: lower them to share the values' baseline.
            ("TOPPADDING", (0, 0), (0, -1), 3.5),
            ("TOPPADDING", (2, 0), (2, -1), 3.5),
            ("TOPPADDING", (0, 0), (0, 0), 10.5),
            ("TOPPADDING", (2, 0), (2, 0), 10.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("ROUNDEDCORNERS", [4, 4, 4, 4]),
        ],
    )


def letterhead(practice: Mapping[str, str], width: float, fallback: Fallback | None) -> list[Any]:
    """The practice's name, clinician and licence on the left, contact details on the right.

    ``practice`` holds the profile's fields by name (``practice_name``,
    ``clinician_name``, ``credentials``, ``licence_number``, ``address``,
    ``phone``, ``email``, ``website``); a rule in the accent colour closes it.
    """
    name_style = ParagraphStyle(
        "practice", fontName=BOLD, fontSize=14, leading=18, textColor=INK, spaceAfter=2
    )
    line_style = ParagraphStyle(
        "letterhead", fontName=REGULAR, fontSize=9, leading=12.5, textColor=TEXT
    )
    contact_style = ParagraphStyle(
        "letterhead_right",
        fontName=REGULAR,
        fontSize=8.5,
        leading=12,
        textColor=MUTED,
        alignment=TA_RIGHT,
    )
    clinician = ", ".join(
        part for part in (practice["clinician_name"], practice["credentials"]) if part
    )
    left: list[Any] = [
        Paragraph(markup(practice["practice_name"] or "Practice", fallback, bold=True), name_style)
    ]
    if clinician:
        left.append(Paragraph(markup(clinician, fallback), line_style))
    if practice["licence_number"]:
        licence = f"Licence {practice['licence_number']}"
        left.append(Paragraph(markup(licence, fallback), line_style))
    contact = [
        practice[key] for key in ("address", "phone", "email", "website") if practice[key].strip()
    ]
    if contact:
        cells = [left, Paragraph(markup("\n".join(contact), fallback), contact_style)]
        widths = [width * 0.58, width * 0.42]
    else:
        cells, widths = [left], [width]
    table = plain_table(
        [cells],
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [
        table,
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=10, spaceAfter=0),
    ]


class SectionHeading(Table):  # type: ignore[misc]
    """A section's title over a rule; it stays with what follows (``toc_title`` names it)."""

    def __init__(self, title: str, style: ParagraphStyle, width: float) -> None:
        super().__init__([[Paragraph(title, style)]], colWidths=[width], hAlign="LEFT")
        self.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
                ]
            )
        )
        self.toc_title = title
        self.keepWithNext = 1
        self.spaceBefore = 16
        self.spaceAfter = 7


class KeepStart(KeepTogether):  # type: ignore[misc]
    """Keeps a heading with what follows it: all of it when short, else at least its start.

    reportlab's own KeepTogether moves a long table to the next page whole, leaving
    most of a page blank; here only a short block moves, and a long one starts
    where it is if its heading and first rows fit. Set it as a document's
    ``keepTogetherClass``.
    """

    short = 95 * mm
    start = 24 * mm

    def split(self, aW: float, aH: float) -> list[Any]:
        content = list(self._content)
        heights = [f.wrapOn(self.canv, aW, aH)[1] for f in content]
        total = sum(heights)
        lead = sum(heights[:-1])
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if total <= aH or at_top:
            return content
        if total <= self.short or lead + self.start > aH:
            return [FrameBreak(), *content]
        return content


class PageTotal(Flowable):  # type: ignore[misc]
    """Takes no room; asks for another pass until the page count it was given holds.

    Put one at the end of the story and build with ``multiBuild``; the page
    decorator sets ``counted`` to the highest page it has drawn and writes
    ``max(used, page)`` as the page total.
    """

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.counted = 0
        self.used = 0

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self.counted == self.used

    def beforeBuild(self) -> None:
        self.used, self.counted = self.counted, 0

    def afterBuild(self) -> None:
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def draw(self) -> None:
        pass


def page_decorator(
    header: str, label: str, tail: str, total: PageTotal, fallback: Fallback | None
) -> Callable[[Any, Any], None]:
    """Every page's frame: ``header`` on top; "``label`` · ``tail``" and "Page x of y" below.

    ``label`` (a name) is shortened to fit; ``total`` is the story's PageTotal.
    """

    def decorate(canvas: Any, pdf: Any) -> None:
        total.counted = max(total.counted, pdf.page)
        draw_header(canvas, header)
        draw_footer_rule(canvas)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        page = f"Page {pdf.page} of {max(total.used, pdf.page)}"
        draw_text(canvas, PAGE_SIZE[0] - SIDE_MARGIN, FOOTER_Y, page, 8, align="right")
        room = PAGE_SIZE[0] - 2 * SIDE_MARGIN - text_width(page, 8, None) - 12 * mm
        footer = tail
        if label:
            room -= text_width(f" · {tail}", 8, None)
            footer = f"{fit_text(label, 8, room, fallback)} · {tail}"
        draw_text(canvas, SIDE_MARGIN, FOOTER_Y, footer, 8, fallback)
        canvas.restoreState()

    return decorate


# ------------------------------------------------------------------ money tables

#: The padding either side of a money table's cells.
MONEY_CELL_PAD = 4.0


def money_table_style(amount_columns: Iterable[int], *, size: float = 8.5) -> list[tuple[Any, ...]]:
    """The look of a table of amounts: a tinted header row, hairlines, amounts right-aligned.

    Plain-text cells are set in Helvetica, whose digits share one width, so
    right-aligned amounts line up digit under digit; the header row's plain
    texts are bold (a ``\\n`` in them breaks the line).
    """
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), BOLD, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), INK),
        ("FONT", (0, 1), (-1, -1), REGULAR, size, size + 2.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), TEXT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), MONEY_CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), MONEY_CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, HAIRLINE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, FAINT),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in amount_columns]
    return commands


def money_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    amount_columns: Iterable[int],
    extra: Iterable[tuple[Any, ...]] = (),
) -> Table:
    """A table of amounts in :func:`money_table_style`; its header row repeats on every page."""
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*money_table_style(amount_columns), *extra]))
    return table


class EndsWith(Flowable):  # type: ignore[misc]
    """A block (a table) with what closes it (its totals, a signature) drawn under it.

    What closes a block never starts a page on its own: totals at the top of a
    page, away from the lines they add up, say little. When the block and its
    end do not fit, the block is split so that at least :attr:`carry` of it (a
    few rows, under the table's repeated header) moves to the next page with
    the end. The end itself is never split: make it a flowable that does not.
    """

    carry = 16 * mm

    def __init__(self, block: Any, tail: Any) -> None:
        super().__init__()
        self.block = block
        self.tail = tail

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._block_height = self.block.wrapOn(self.canv, aW, aH)[1]
        self._tail_height = self.tail.wrapOn(self.canv, aW, aH)[1]
        self.width = aW
        self.height = self._block_height + self._tail_height
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Any]:
        block = self.block.wrapOn(self.canv, aW, aH)[1]
        tail = self.tail.wrapOn(self.canv, aW, aH)[1]
        if block + tail <= aH:
            return [self.block, self.tail]
        parts = self.block.splitOn(self.canv, aW, min(aH, block - self.carry))
        if len(parts) < 2:
            frame = getattr(self, "_frame", None)
            if bool(getattr(frame, "_atTop", False)):
                # Too tall for any page as one piece: let each part break where it must.
                return [self.block, self.tail]
            return []
        return [*parts[:-1], FrameBreak(), EndsWith(parts[-1], self.tail)]

    def draw(self) -> None:
        self.block.drawOn(self.canv, 0, self._tail_height)
        self.tail.drawOn(self.canv, 0, 0)
