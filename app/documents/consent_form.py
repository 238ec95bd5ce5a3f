"""The consent form PDF: what a client (or a parent or guardian) read, initialled and signed.

One document per consent: the practice's letterhead, the title, the template's
name and version, the client, each section with an initials box where the
section asks for one, then the signatures (drawn strokes as vector lines, or a
typed name) and the clinician's countersignature. A blank form has fill-in
lines and empty boxes instead, for signing on paper.

A signed consent must be reproducible byte-for-byte from what is stored, so the
PDF depends on nothing but the :class:`ConsentDocument`: rendered in memory,
with invariant metadata. Every page's footer carries the start of the
document's fingerprint, :func:`content_hash`, a SHA-256 over a canonical JSON
of the document's content (:func:`canonical_json`); the whole fingerprint is in
the PDF's keywords and subject. Anyone holding the stored data can recompute it
and compare it with a printed page.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, PageTemplate, Paragraph, Spacer, Table

from app.consent import RenderedSection

# The form's data and fingerprint, also importable with the PDF that shows them.
from app.documents.consent_data import CLIENT as CLIENT
from app.documents.consent_data import CLINICIAN as CLINICIAN
from app.documents.consent_data import GUARDIAN as GUARDIAN
from app.documents.consent_data import ConsentDocument as ConsentDocument
from app.documents.consent_data import Signature as Signature
from app.documents.consent_data import canonical_json as canonical_json
from app.documents.consent_data import content_hash as content_hash
from app.documents.consent_data import rounded_strokes
from app.documents.consent_data import short_hash as short_hash
from app.documents.layout import (
    ACCENT,
    BOLD,
    FAINT,
    HAIRLINE,
    INK,
    ITALIC,
    MUTED,
    REGULAR,
    TEXT,
    TINT,
    Fallback,
    KeepStart,
    PageTotal,
    body_frame,
    document,
    draw_text,
    fallback_for,
    fit_text,
    format_date,
    letterhead,
    markup,
    page_decorator,
    plain_table,
)

TITLES = {
    "adult": "Informed consent to therapy",
    "guardian": "Consent for a child's therapy",
}

_LABEL_WIDTH = 38 * mm
_SIGN_HEIGHT = 20 * mm
_SIGN_GAP = 10 * mm
_INITIALS_BOX = (20 * mm, 9 * mm)


# ------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    notice: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    sign_heading: ParagraphStyle
    sign_intro: ParagraphStyle

    @classmethod
    def make(cls) -> _Styles:
        body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10.5, leading=15, textColor=TEXT, spaceAfter=6
        )
        return cls(
            title=ParagraphStyle(
                "title", fontName=BOLD, fontSize=24, leading=29, textColor=INK, spaceAfter=4
            ),
            lead=ParagraphStyle("lead", fontName=REGULAR, fontSize=11, leading=15, textColor=TEXT),
            notice=ParagraphStyle(
                "notice", fontName=REGULAR, fontSize=9, leading=12.5, textColor=MUTED
            ),
            label=ParagraphStyle(
                "label", fontName=REGULAR, fontSize=9, leading=13, textColor=MUTED
            ),
            value=ParagraphStyle("value", fontName=BOLD, fontSize=10.5, leading=13, textColor=INK),
            heading=ParagraphStyle(
                "heading",
                fontName=BOLD,
                fontSize=12,
                leading=16,
                textColor=ACCENT,
                spaceBefore=14,
                spaceAfter=5,
            ),
            body=body,
            bullet=ParagraphStyle(
                "bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3
            ),
            sign_heading=ParagraphStyle(
                "sign_heading",
                fontName=BOLD,
                fontSize=12,
                leading=16,
                textColor=ACCENT,
                spaceBefore=18,
                spaceAfter=4,
            ),
            sign_intro=ParagraphStyle(
                "sign_intro", parent=body, fontSize=9.5, leading=13.5, spaceAfter=0
            ),
        )


# ---------------------------------------------------------------- flowables


class _InitialsBox(Flowable):  # type: ignore[misc]
    """``Initials [ AB ]`` at the right of the column: the initials, or an empty box."""

    def __init__(self, initials: str, fallback: Fallback | None) -> None:
        super().__init__()
        self.initials = initials
        self.fallback = fallback
        self.spaceBefore = 2
        self.spaceAfter = 4

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        self.height = _INITIALS_BOX[1]
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box_w, box_h = _INITIALS_BOX
        x = self.width - box_w
        canvas.saveState()
        canvas.setFillColor(TINT if self.initials else colors.white)
        canvas.setStrokeColor(INK if not self.initials else ACCENT)
        canvas.setLineWidth(0.75)
        canvas.rect(x, 0, box_w, box_h, stroke=1, fill=1)
        canvas.setFillColor(MUTED)
        draw_text(canvas, x - 6, box_h / 2 - 3, "Initials", 8.5, align="right")
        if self.initials:
            canvas.setFillColor(INK)
            text = fit_text(self.initials, 11, box_w - 6, self.fallback)
            draw_text(
                canvas,
                x + box_w / 2,
                box_h / 2 - 3.8,
                text,
                11,
                self.fallback,
                bold=True,
                align="centre",
            )
        canvas.restoreState()


class _SignatureCell(Flowable):  # type: ignore[misc]
    """One signature: the drawing or typed name above a line, then the name, role and date.

    With no signature (a blank form) the line is empty and the name and date are
    left to be written by hand.
    """

    def __init__(
        self,
        role: str,
        name: str,
        signature: Signature | None,
        width: float,
        fallback: Fallback | None,
    ) -> None:
        super().__init__()
        self.role = role
        self.name = name
        self.signature = signature
        self.width = width
        self.fallback = fallback
        self.height = _SIGN_HEIGHT + (40 if signature is not None else 48)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        line_y = self.height - _SIGN_HEIGHT
        canvas.saveState()
        signature = self.signature
        if signature is not None:
            if signature.strokes:
                self._draw_strokes(line_y)
            elif signature.typed.strip():
                self._draw_typed(line_y)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.75)
        canvas.line(0, line_y, self.width, line_y)
        if signature is None:
            self._draw_blank(line_y)
            canvas.restoreState()
            return
        y = line_y - 12
        canvas.setFillColor(INK)
        name = fit_text(self.name.strip() or "Name not given", 10, self.width, self.fallback)
        draw_text(canvas, 0, y, name, 10, self.fallback, bold=True)
        canvas.setFillColor(MUTED)
        draw_text(
            canvas,
            0,
            y - 12,
            fit_text(self.role, 8.5, self.width, self.fallback),
            8.5,
            self.fallback,
        )
        kind = "Typed signature" if not signature.strokes and signature.typed.strip() else "Signed"
        signed = signature.signed_on
        when = f"{kind} {format_date(signed)}" if signed else f"{kind}, date not given"
        draw_text(canvas, 0, y - 23.5, when, 8.5)
        canvas.restoreState()

    def _draw_blank(self, line_y: float) -> None:
        """Under a blank signature line: who signs, then lines for the printed name and the date."""
        canvas = self.canv
        canvas.setFillColor(MUTED)
        role = fit_text(f"Signature · {self.role}", 8.5, self.width, self.fallback)
        draw_text(canvas, 0, line_y - 11, role, 8.5, self.fallback)
        date_x = self.width * 0.64
        rule_y = line_y - 36
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.6)
        canvas.line(0, rule_y, date_x - 8, rule_y)
        canvas.line(date_x, rule_y, self.width, rule_y)
        draw_text(canvas, 0, rule_y - 10, "Name in capitals", 8)
        draw_text(canvas, date_x, rule_y - 10, "Date", 8)
        if self.name.strip():
            canvas.setFillColor(INK)
            name = fit_text(self.name.strip(), 10, date_x - 12, self.fallback)
            draw_text(canvas, 0, rule_y + 4, name, 10, self.fallback, bold=True)

    def _draw_strokes(self, line_y: float) -> None:
        assert self.signature is not None
        strokes = rounded_strokes(self.signature)
        points = [p for stroke in strokes for p in stroke]
        if not points:
            return
        room_h = _SIGN_HEIGHT - 4
        deepest = max(max(y for _x, y in points), 1e-6)
        scale = min(self.width * 0.9, room_h / deepest)
        # The drawing stands on the line: its top is room_h above it at most.
        top = line_y + 2 + min(room_h, deepest * scale)
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(1.1)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        for stroke in strokes:
            x0, y0 = stroke[0]
            if len(stroke) == 1:
                canvas.circle(x0 * scale, top - y0 * scale, 0.6, stroke=0, fill=1)
                continue
            path.moveTo(x0 * scale, top - y0 * scale)
            for x, y in stroke[1:]:
                path.lineTo(x * scale, top - y * scale)
        canvas.drawPath(path, stroke=1, fill=0)

    def _draw_typed(self, line_y: float) -> None:
        assert self.signature is not None
        canvas = self.canv
        text = self.signature.typed.strip()
        size = 20.0
        while size > 10 and _typed_width(text, size, self.fallback) > self.width:
            size -= 1
        canvas.setFillColor(INK)
        x = 4.0
        for font, chunk in _typed_runs(text, self.fallback):
            canvas.setFont(font, size)
            canvas.drawString(x, line_y + 5, chunk)
            x += pdfmetrics.stringWidth(chunk, font, size)


def _typed_runs(text: str, fallback: Fallback | None) -> list[tuple[str, str]]:
    """A typed name in Helvetica Oblique, with the fallback font where Helvetica lacks a letter."""
    runs: list[tuple[str, str]] = []
    for char in text:
        try:
            char.encode("cp1252")
            font = ITALIC
        except UnicodeEncodeError:
            font = fallback.regular if fallback is not None else ITALIC
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def _typed_width(text: str, size: float, fallback: Fallback | None) -> float:
    return sum(float(pdfmetrics.stringWidth(c, f, size)) for f, c in _typed_runs(text, fallback))


# ------------------------------------------------------------------ builder


class _Builder:
    def __init__(self, doc: ConsentDocument, width: float) -> None:
        self.doc = doc
        self.width = width
        self.styles = _Styles.make()
        texts = [
            *dataclasses.asdict(doc.profile).values(),
            doc.template_name,
            doc.client_name,
            doc.client_code,
            *(s.title + s.text for s in doc.sections),
            *doc.initials.values(),
            *(s.name + s.typed + s.role for s in doc.signatures),
        ]
        self.fallback = fallback_for(str(t) for t in texts)

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fallback, bold=bold), style)

    @property
    def guardian(self) -> bool:
        return self.doc.audience == "guardian"

    def opening(self) -> list[Any]:
        s = self.styles
        d = self.doc
        title = TITLES.get(d.audience, TITLES["adult"])
        lead = f"{d.template_name.strip() or 'Consent'} · version {d.template_version}"
        return [
            *letterhead(dataclasses.asdict(d.profile), self.width, self.fallback),
            Spacer(0, 8 * mm),
            Paragraph(title, s.title),
            self.para(lead, s.lead),
            Spacer(0, 5 * mm),
            self.client_box(),
            Spacer(0, 3 * mm),
            self.para(self.how_to(), s.notice),
        ]

    def how_to(self) -> str:
        person = "you and your child" if self.guardian else "you"
        if self.doc.blank:
            return (
                f"Please read each section. Where a section has an initials box, write your "
                f"initials in it to show that you have read it and agree. Ask about anything "
                f"that is unclear to {person} before you sign at the end."
            )
        return (
            "Each section marked with initials was read and initialled on the day of signing. "
            "The fingerprint at the foot of every page identifies this exact document."
        )

    def client_box(self) -> Table:
        s = self.styles
        d = self.doc
        who = "Young person" if self.guardian else "Client"
        rows: list[tuple[str, str]] = [
            (who, d.client_name),
            (
                "Date of birth",
                format_date(d.client_date_of_birth) if d.client_date_of_birth else "",
            ),
        ]
        if d.client_code.strip() or not d.blank:
            rows.append(("Client code", d.client_code))
        cells: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for row, (label, value) in enumerate(rows):
            if value.strip():
                cells.append([Paragraph(label, s.label), self.para(value.strip(), s.value)])
                commands.append(("LINEBELOW", (0, row), (-1, row), 0.5, FAINT))
            elif d.blank:
                # A line to write on, with room above it for handwriting.
                cells.append([Paragraph(label, s.label), ""])
                commands += [
                    ("TOPPADDING", (0, row), (-1, row), 11),
                    ("LINEBELOW", (1, row), (1, row), 0.6, HAIRLINE),
                ]
            else:
                cells.append([Paragraph(label, s.label), Paragraph("—", s.label)])
                commands.append(("LINEBELOW", (0, row), (-1, row), 0.5, FAINT))
        return plain_table(cells, [_LABEL_WIDTH, self.width - _LABEL_WIDTH], commands)

    def body(self, text: str) -> list[Any]:
        s = self.styles
        out: list[Any] = []
        for block in text.strip().split("\n\n"):
            plain: list[str] = []
            for line in [line.rstrip() for line in block.strip().split("\n")]:
                if not line.lstrip().startswith(("- ", "• ")):
                    plain.append(line)
                    continue
                if plain:
                    out.append(self.para("\n".join(plain), s.body))
                    plain = []
                item = line.lstrip()[2:].strip()
                out.append(Paragraph(markup(item, self.fallback), s.bullet, bulletText="•"))
            if plain:
                out.append(self.para("\n".join(plain), s.body))
        if out:
            last = out[-1]
            last.style = ParagraphStyle(f"{last.style.name}_last", parent=last.style, spaceAfter=2)
        return out

    def section(self, number: int, section: RenderedSection) -> list[Any]:
        s = self.styles
        heading = self.para(f"{number}.  {section.title}", s.heading, bold=True)
        heading.keepWithNext = 1
        body = self.body(section.text)
        if not section.needs_initials:
            return [heading, *body]
        initials = "" if self.doc.blank else self.doc.initials.get(section.title, "").strip()
        box = _InitialsBox(initials, self.fallback)
        # The initials stay with the end of what they vouch for.
        if body:
            return [heading, *body[:-1], KeepTogether([body[-1], box])]
        return [heading, box]

    def signers(self) -> list[tuple[str, str, Signature | None]]:
        d = self.doc
        if d.blank:
            first = GUARDIAN if self.guardian else CLIENT
            names = {sig.role: sig.name for sig in d.signatures}
            roles = [sig.role for sig in d.signatures if sig.role != CLINICIAN] or [first]
            clinician = names.get(CLINICIAN, d.profile.clinician_name)
            return [
                *((role, names.get(role, ""), None) for role in roles),
                (CLINICIAN, clinician, None),
            ]
        signed: list[tuple[str, str, Signature | None]] = [
            (sig.role, sig.name, sig) for sig in d.signatures if sig.role != CLINICIAN
        ]
        signed += [(sig.role, sig.name, sig) for sig in d.signatures if sig.role == CLINICIAN]
        return signed

    def signatures(self) -> list[Any]:
        s = self.styles
        d = self.doc
        signer = "parent or guardian" if self.guardian else "client"
        if d.blank:
            intro = (
                f"By signing, the {signer} confirms having read this agreement, having had the "
                f"chance to ask questions, and agreeing to it. The clinician countersigns."
            )
        else:
            intro = (
                f"Signed by the {signer} after reading every section, and countersigned by "
                f"the clinician."
            )
        cell_w = (self.width - _SIGN_GAP) / 2
        cells = [_SignatureCell(r, n, sig, cell_w, self.fallback) for r, n, sig in self.signers()]
        rows: list[list[Any]] = []
        for i in range(0, len(cells), 2):
            pair = cells[i : i + 2]
            rows.append([pair[0], "", pair[1] if len(pair) > 1 else ""])
        content: list[Any] = [
            Paragraph("Signatures", s.sign_heading),
            self.para(intro, s.sign_intro),
            Spacer(0, 4 * mm),
        ]
        if rows:
            content.append(
                plain_table(
                    rows,
                    [cell_w, _SIGN_GAP, cell_w],
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ],
                )
            )
        else:
            content.append(self.para("Not signed.", s.notice))
        return content

    def story(self) -> list[Any]:
        story = self.opening()
        sections = list(enumerate(self.doc.sections, start=1))
        for number, section in sections[:-1]:
            story += self.section(number, section)
        # The signatures never stand alone on a page: the last section (the consent
        # itself) goes with them.
        last = self.section(*sections[-1]) if sections else []
        return [*story, KeepTogether([*last, *self.signatures()])]


# ------------------------------------------------------------------- render


def render_consent(doc: ConsentDocument) -> bytes:
    """The consent form as a PDF, in memory; the same document always gives the same bytes."""
    buffer = io.BytesIO()
    digest = content_hash(doc)
    code = doc.client_code.strip()
    title = TITLES.get(doc.audience, TITLES["adult"])
    template = document(
        buffer,
        title=f"{title} {code}".strip(),
        subject=f"Consent form, {doc.template_name} version {doc.template_version}; "
        f"SHA-256 {digest}",
        author=doc.profile.practice_name,
    )
    template.keywords = [f"sha256:{digest}"]
    builder = _Builder(doc, template.width)
    total = PageTotal()
    header = f"CONSENT · {code}" if code else "CONSENT"
    fingerprint = f"Fingerprint SHA-256 {short_hash(digest)}"
    label = "Blank form" if doc.blank else doc.client_name.strip()

    decorate = page_decorator(header, label, fingerprint, total, builder.fallback)

    template.keepTogetherClass = KeepStart
    template.addPageTemplates(
        [PageTemplate("consent", frames=[body_frame(template)], onPage=decorate)]
    )
    template.multiBuild([*builder.story(), total])
    return buffer.getvalue()
