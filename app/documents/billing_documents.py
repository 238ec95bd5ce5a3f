"""The billing documents: invoice, receipt, statement of account and superbill (PDF bytes).

Every renderer takes the practice's letterhead details, the billing settings
(currency and locale for the amounts) and a plain view from ``app.billing``
or ``app.billing_reports``; the same inputs always give the same bytes.

Each page names the document and its number in the header, the client in the
footer with "Page x of y"; the file's title holds the client's code, never the
name. A voided invoice or receipt is stamped VOID on every page, with the date
and the reason where the view has them.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table

from app.billing import BillingSettings, InvoiceView, Receipt
from app.billing_reports import (
    PLACE_OF_SERVICE_OFFICE,
    PLACE_OF_SERVICE_TELEHEALTH_HOME,
    Statement,
    Superbill,
)
from app.documents.file_names import billing_file_stem as billing_file_stem
from app.documents.layout import (
    BOLD,
    DASH,
    HAIRLINE,
    IDENTITY_EDGE,
    INK,
    MONEY_CELL_PAD,
    MUTED,
    PAGE_SIZE,
    REGULAR,
    RISK,
    RISK_INK,
    RISK_TINT,
    SIDE_MARGIN,
    TEXT,
    TOP_MARGIN,
    EndsWith,
    Fallback,
    KeepStart,
    PageTotal,
    SectionHeading,
    base_styles,
    body_frame,
    callout,
    document,
    draw_text,
    fallback_for,
    fit_text,
    format_date,
    identity_box,
    in_helvetica,
    letterhead,
    markup,
    money_table,
    page_decorator,
    plain_table,
    text_width,
)
from app.practice import ProfileInput

#: Characters babel may write in an amount that Helvetica lacks, and what stands in for them:
#: the full-width yen of ``ja_JP`` (the same sign), the narrow no-break space of ``fr_FR``
#: and the minus sign of some locales (an en dash is as wide as a digit, as a minus is).
_MONEY_STAND_INS = str.maketrans({"\uffe5": "¥", "\u202f": "\u00a0", "\u2212": "–"})

_METHODS = {
    "cash": "Cash",
    "card": "Card",
    "cheque": "Cheque",
    "transfer": "Bank transfer",
    "other": "Other",
}
_PLACES = {
    PLACE_OF_SERVICE_OFFICE: "office",
    PLACE_OF_SERVICE_TELEHEALTH_HOME: "telehealth in the patient's home",
    "02": "telehealth not in the patient's home",
}
_LETTERS = "ABCDEFGHIJKL"

#: The band that says VOID at the top of every page, and the room kept for it.
_STAMP_HEIGHT = 8.5 * mm
_STAMP_ROOM = _STAMP_HEIGHT + 5 * mm
#: The identity box's columns: label, value, label, value (the last takes what is left).
_BOX_WIDTHS = (25 * mm + IDENTITY_EDGE, 58 * mm, 27 * mm)


# ------------------------------------------------------------------- values


def _period(start: date, end: date) -> str:
    """``1–30 November 2026``, ``3 Oct – 30 Nov 2026``, ``1 Dec 2026 – 31 Jan 2027``."""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{format_date(start, short=True)[:-5]} – {format_date(end, short=True)}"
    return f"{format_date(start, short=True)} – {format_date(end, short=True)}"


def _strings(value: Any, money: Callable[[Decimal], str]) -> Iterator[str]:
    """The inputs' texts and amounts as written (to choose a font for what Helvetica lacks)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Decimal):
        yield money(value)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, money)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), money)


# ------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    box_label: ParagraphStyle
    box_value: ParagraphStyle
    box_detail: ParagraphStyle
    missing: ParagraphStyle
    section: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    total_label: ParagraphStyle
    total_value: ParagraphStyle
    strong_label: ParagraphStyle
    strong_value: ParagraphStyle
    terms: ParagraphStyle
    note: ParagraphStyle
    empty: ParagraphStyle
    void_title: ParagraphStyle
    void_text: ParagraphStyle
    sign_label: ParagraphStyle

    @classmethod
    def make(cls) -> _Styles:
        base = base_styles()
        cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=11, textColor=TEXT)
        total_label = ParagraphStyle(
            "total_label", fontName=REGULAR, fontSize=9.5, leading=12, textColor=TEXT
        )
        strong_label = ParagraphStyle(
            "strong_label", fontName=BOLD, fontSize=11, leading=14, textColor=INK
        )
        return cls(
            title=base.title,
            lead=base.lead,
            box_label=base.box_label,
            box_value=base.box_value,
            box_detail=ParagraphStyle(
                "box_detail", fontName=REGULAR, fontSize=9, leading=12, textColor=TEXT
            ),
            missing=ParagraphStyle(
                "missing", fontName=REGULAR, fontSize=11, leading=14, textColor=HAIRLINE
            ),
            section=base.section,
            cell=cell,
            cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
            cell_right_bold=ParagraphStyle(
                "cell_right_bold", parent=cell, fontName=BOLD, textColor=INK, alignment=TA_RIGHT
            ),
            cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
            total_label=total_label,
            total_value=ParagraphStyle("total_value", parent=total_label, alignment=TA_RIGHT),
            strong_label=strong_label,
            strong_value=ParagraphStyle("strong_value", parent=strong_label, alignment=TA_RIGHT),
            terms=ParagraphStyle(
                "terms", fontName=REGULAR, fontSize=9, leading=13, textColor=TEXT, spaceAfter=3
            ),
            note=ParagraphStyle(
                "note", fontName=REGULAR, fontSize=8, leading=11, textColor=MUTED, spaceAfter=2
            ),
            empty=base.empty,
            void_title=ParagraphStyle(
                "void_title", fontName=BOLD, fontSize=10.5, leading=14, textColor=RISK_INK
            ),
            void_text=ParagraphStyle(
                "void_text", fontName=REGULAR, fontSize=9, leading=12.5, textColor=RISK_INK
            ),
            sign_label=ParagraphStyle(
                "sign_label", fontName=REGULAR, fontSize=8.5, leading=11, textColor=MUTED
            ),
        )


# ------------------------------------------------------------------ builder

#: A value in the identity box: bold text, or flowables (a name over its details).
_Value = str | list[Any]


class _Builder:
    """What the four documents share: amounts, cells, the opening, the box, totals."""

    def __init__(
        self, profile: ProfileInput, settings: BillingSettings, width: float, view: Any
    ) -> None:
        self.profile = profile
        self.settings = settings
        self.width = width
        self.styles = _Styles.make()
        self.fallback: Fallback | None = fallback_for(
            _strings((profile, settings, view), self.money)
        )

    def money(self, amount: Decimal) -> str:
        """The amount as the practice's locale writes it, in characters Helvetica has."""
        return self.settings.format(amount).translate(_MONEY_STAND_INS)

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fallback, bold=bold), style)

    def cell(
        self, text: str, width: float, style: ParagraphStyle | None = None, *, bold: bool = False
    ) -> Any:
        """Plain text where it fits one line in Helvetica (fast), a wrapping paragraph where not."""
        style = style or self.styles.cell
        room = width - 2 * MONEY_CELL_PAD
        if (
            "\n" not in text
            and all(in_helvetica(c) for c in text)
            and text_width(text, style.fontSize, None, bold=bold) <= room
        ):
            return text
        return self.para(text, style, bold=bold)

    def amount(self, value: Decimal, width: float, *, bold: bool = False) -> Any:
        """An amount in a money table's right-aligned column (a ₹ or ₽ takes the fallback font)."""
        s = self.styles
        return self.cell(
            self.money(value), width, s.cell_right_bold if bold else s.cell_right, bold=bold
        )

    def heading(self, title: str) -> SectionHeading:
        return SectionHeading(title, self.styles.section, self.width)

    # ------------------------------------------------------------ opening

    def opening(self, title: str, lead: str) -> list[Any]:
        s = self.styles
        return [
            *letterhead(dataclasses.asdict(self.profile), self.width, self.fallback),
            Spacer(0, 9 * mm),
            Paragraph(title, s.title),
            self.para(lead, s.lead),
            Spacer(0, 6 * mm),
        ]

    def value(self, value: _Value) -> Any:
        if isinstance(value, list):
            return value
        if not value.strip():
            return Paragraph(DASH, self.styles.missing)
        return self.para(value, self.styles.box_value, bold=True)

    def named(self, name: str, details: str) -> list[Any]:
        """A name in bold with its details (an address, a phone) under it."""
        out: list[Any] = [self.para(name, self.styles.box_value, bold=True)]
        if details.strip():
            out.append(self.para(details.strip(), self.styles.box_detail))
        return out

    def facts(
        self,
        left: Sequence[tuple[str, _Value]],
        right: Sequence[tuple[str, _Value]],
        widths: Sequence[float] = _BOX_WIDTHS,
    ) -> Table:
        """The shaded box: label and value pairs, ``left`` and ``right`` side by side."""
        s = self.styles
        rows: list[list[Any]] = []
        for index in range(max(len(left), len(right))):
            row: list[Any] = []
            for side in (left, right):
                if index < len(side):
                    label, value = side[index]
                    row += [Paragraph(label, s.box_label), self.value(value)]
                else:
                    row += ["", ""]
            rows.append(row)
        columns = list(widths)
        columns.append(self.width - sum(columns))
        return identity_box(rows, columns)

    def callout(self, content: list[Any]) -> Table:
        """A red-edged note (an invoice that is void)."""
        return callout(content, self.width, RISK, RISK_TINT)

    # ------------------------------------------------------------ totals

    def totals(self, rows: Sequence[tuple[str, str]], *, above: float = 3 * mm) -> Table:
        """Labels and amounts at the right, under a table's amount column; the last in bold.

        The table spans the whole width (so that it can close a block, see
        :class:`EndsWith`), ``above`` being the room left over it.
        """
        s = self.styles
        data: list[list[Any]] = []
        for index, (label, amount) in enumerate(rows):
            strong = index == len(rows) - 1
            data.append(
                [
                    "",
                    self.para(label, s.strong_label if strong else s.total_label, bold=strong),
                    self.para(amount, s.strong_value if strong else s.total_value, bold=strong),
                ]
            )
        # An empty first row keeps the room over the rule of a single bold row too.
        data.insert(0, ["", "", ""])
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), MONEY_CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), MONEY_CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
            ("LINEABOVE", (1, -1), (-1, -1), 0.9, INK),
            ("TOPPADDING", (0, -1), (-1, -1), 5),
        ]
        label_width, amount_width = 52 * mm, 34 * mm
        table = Table(
            data,
            colWidths=[self.width - label_width - amount_width, label_width, amount_width],
            rowHeights=[above] + [None] * len(rows),
        )
        table.setStyle(commands)
        return table

    def identifiers(self) -> str:
        """``Tax ID 12-3456789 · NPI 1234567893``, or nothing when neither is set."""
        parts = []
        if self.settings.tax_id.strip():
            parts.append(f"Tax ID {self.settings.tax_id.strip()}")
        if self.settings.npi.strip():
            parts.append(f"NPI {self.settings.npi.strip()}")
        return " · ".join(parts)

    def signature(self, who: str) -> Table:
        """Room to sign, a line for the signature and one for the date, who signs under it."""
        s = self.styles
        gap = 10 * mm
        date_width = 45 * mm
        return plain_table(
            [
                ["", "", ""],
                [
                    [
                        Paragraph("Signature of provider", s.sign_label),
                        self.para(who, s.sign_label),
                    ],
                    "",
                    Paragraph("Date", s.sign_label),
                ],
            ],
            [self.width - date_width - gap, gap, date_width],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 12 * mm),
                ("LINEBELOW", (0, 0), (0, 0), 0.75, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.75, INK),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
            ],
        )


# ------------------------------------------------------------------ pages


@dataclass(frozen=True)
class _Pages:
    """What every page says: the header, the client in the footer, and the VOID stamp if any."""

    header: str
    label: str
    tail: str
    void: str | None = None


def _draw_stamp(canvas: Any, words: str, fallback: Fallback | None) -> None:
    """The band at the top of the page: VOID in red, then when and why."""
    top = PAGE_SIZE[1] - TOP_MARGIN
    width = PAGE_SIZE[0] - 2 * SIDE_MARGIN
    canvas.saveState()
    canvas.setFillColor(RISK_TINT)
    canvas.roundRect(SIDE_MARGIN, top - _STAMP_HEIGHT, width, _STAMP_HEIGHT, 2, stroke=0, fill=1)
    canvas.setFillColor(RISK)
    canvas.rect(SIDE_MARGIN, top - _STAMP_HEIGHT, 3.5, _STAMP_HEIGHT, stroke=0, fill=1)
    baseline = top - _STAMP_HEIGHT / 2 - 3.6
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(SIDE_MARGIN + 11, baseline, "VOID", charSpace=1.6)
    start = SIDE_MARGIN + 11 + canvas.stringWidth("VOID", BOLD, 10.5) + 3 * 1.6 + 5 * mm
    canvas.setFillColor(RISK_INK)
    room = SIDE_MARGIN + width - 9 - start
    draw_text(canvas, start, baseline + 0.6, fit_text(words, 9, room, fallback), 9, fallback)
    canvas.restoreState()


def _draw_watermark(canvas: Any, _pdf: Any) -> None:
    """A large, faint VOID across the page, over the text but not hiding it."""
    canvas.saveState()
    canvas.setFillColor(RISK)
    canvas.setFillAlpha(0.09)
    canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2 - 10 * mm)
    canvas.rotate(35)
    canvas.setFont(BOLD, 150)
    canvas.drawCentredString(0, -52, "VOID")
    canvas.restoreState()


def _build(
    buffer: io.BytesIO, template: Any, builder: _Builder, story: list[Any], pages: _Pages
) -> bytes:
    total = PageTotal()
    decorate = page_decorator(pages.header, pages.label, pages.tail, total, builder.fallback)
    if pages.void is None:
        template.addPageTemplates(
            [PageTemplate("billing", frames=[body_frame(template)], onPage=decorate)]
        )
    else:
        words = pages.void

        def stamped(canvas: Any, pdf: Any) -> None:
            decorate(canvas, pdf)
            _draw_stamp(canvas, words, builder.fallback)

        # The frame starts under the band, so that the band never covers the text.
        frame = Frame(
            template.leftMargin,
            template.bottomMargin,
            template.width,
            template.height - _STAMP_ROOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates(
            [PageTemplate("billing", frames=[frame], onPage=stamped, onPageEnd=_draw_watermark)]
        )
    template.keepTogetherClass = KeepStart
    template.multiBuild([*story, total])
    return buffer.getvalue()


# ------------------------------------------------------------------ invoice


def _invoice_story(b: _Builder, invoice: InvoiceView, today: date) -> list[Any]:
    s = b.styles
    money = b.money
    if invoice.is_void:
        lead = "This invoice is void: nothing is to be paid on it."
    elif invoice.due <= 0:
        lead = "Paid in full. Thank you."
    elif today > invoice.due_on:
        lead = f"Amount due: {money(invoice.due)}, overdue since {format_date(invoice.due_on)}."
    else:
        lead = f"Amount due: {money(invoice.due)}, by {format_date(invoice.due_on)}."
    guardian_pays = invoice.guardian_id is not None
    left: list[tuple[str, _Value]] = [
        ("Bill to", b.named(invoice.payer_name, invoice.payer_details))
    ]
    if guardian_pays:
        left.append(("For", invoice.client_name))
    left.append(("Client code", invoice.client_code))
    right: list[tuple[str, _Value]] = [
        ("Invoice no.", invoice.number),
        ("Issue date", format_date(invoice.issued_on)),
        ("Due date", format_date(invoice.due_on)),
    ]
    if invoice.period_start is not None and invoice.period_end is not None:
        right.append(("Period", _period(invoice.period_start, invoice.period_end)))
    story: list[Any] = [*b.opening("Invoice", lead), b.facts(left, right)]
    if invoice.is_void:
        voided = f"Voided on {format_date(invoice.voided_on)}" if invoice.voided_on else "Voided"
        story += [
            Spacer(0, 5 * mm),
            b.callout(
                [
                    b.para(f"VOID · {voided}", s.void_title, bold=True),
                    b.para(f"Reason: {invoice.void_reason}", s.void_text)
                    if invoice.void_reason.strip()
                    else Spacer(0, 0),
                ]
            ),
        ]
    rows = [("Total", money(invoice.total)), ("Paid", money(invoice.paid))]
    if invoice.written_off:
        rows.append(("Written off", money(invoice.written_off)))
    rows.append(("Amount due", money(invoice.due)))
    story += [Spacer(0, 8 * mm), EndsWith(_invoice_lines(b, invoice), b.totals(rows))]
    closing: list[Any] = [Spacer(0, 8 * mm)]
    if not invoice.is_void:
        days = b.settings.payment_terms_days
        terms = (
            "Payment terms: due on receipt."
            if days == 0
            else f"Payment terms: {days} {'day' if days == 1 else 'days'} from the invoice date."
        )
        if invoice.due > 0:
            terms += f" Please quote invoice number {invoice.number} with your payment."
        closing.append(b.para(terms, s.terms))
    identifiers = b.identifiers()
    if identifiers:
        closing.append(b.para(identifiers, s.note))
    story.append(KeepTogether(closing))
    return story


def _invoice_lines(b: _Builder, invoice: InvoiceView) -> Table:
    s = b.styles
    with_codes = any(line.procedure_code.strip() for line in invoice.lines)
    date_width, code_width, amount_width = 27 * mm, 22 * mm, 30 * mm
    description_width = b.width - date_width - amount_width - (code_width if with_codes else 0)
    widths = [date_width, description_width, *([code_width] if with_codes else []), amount_width]
    header = ["Date", "Description", *(["Code"] if with_codes else []), "Amount"]
    rows: list[list[Any]] = [header]
    for line in invoice.lines:
        rows.append(
            [
                format_date(line.on_date, short=True),
                b.cell(line.description, description_width),
                *([b.cell(line.procedure_code, code_width)] if with_codes else []),
                b.amount(line.amount, amount_width),
            ]
        )
    if not invoice.lines:
        rows.append(["", Paragraph("Nothing was charged on this invoice.", s.empty)])
        rows[-1] += [""] * (len(header) - 2)
    return money_table(rows, widths, [len(header) - 1])


def render_invoice(
    profile: ProfileInput, settings: BillingSettings, invoice: InvoiceView, today: date
) -> bytes:
    """The invoice as sent (a voided one is stamped VOID with its reason)."""
    buffer = io.BytesIO()
    code = invoice.client_code.strip()
    template = document(
        buffer,
        title=f"Invoice {invoice.number} {code}".strip(),
        subject="Invoice",
        author=profile.practice_name,
    )
    builder = _Builder(profile, settings, template.width, invoice)
    void = None
    if invoice.is_void:
        parts = ["Voided"]
        if invoice.voided_on is not None:
            parts[0] += f" on {format_date(invoice.voided_on)}"
        if invoice.void_reason.strip():
            parts.append(f"Reason: {' '.join(invoice.void_reason.split())}")
        void = " · ".join(parts)
    pages = _Pages(
        header=" · ".join(p for p in (f"INVOICE {invoice.number}", code) if p),
        label=invoice.client_name,
        tail=f"Invoice {invoice.number} · issued {format_date(invoice.issued_on, short=True)}",
        void=void,
    )
    return _build(buffer, template, builder, _invoice_story(builder, invoice, today), pages)


# ------------------------------------------------------------------ receipt


def _receipt_story(b: _Builder, receipt: Receipt) -> list[Any]:
    s = b.styles
    money = b.money
    if receipt.voided:
        lead = "This payment was voided: this receipt is no longer valid."
    else:
        lead = f"Received with thanks: {money(receipt.amount)} on {format_date(receipt.paid_on)}."
    left: list[tuple[str, _Value]] = [("Received from", receipt.payer_name)]
    client = receipt.client_name
    if receipt.payer_name.strip() != client:
        left.append(("For", client))
    left.append(("Client code", receipt.client_code))
    right: list[tuple[str, _Value]] = [
        ("Receipt no.", receipt.number),
        ("Date", format_date(receipt.paid_on)),
        ("Method", _METHODS.get(receipt.method, receipt.method.capitalize())),
    ]
    if receipt.reference.strip():
        right.append(("Reference", receipt.reference))
    story: list[Any] = [*b.opening("Receipt", lead), b.facts(left, right)]
    amount_width = 30 * mm
    rows: list[list[Any]] = [["Applied to", "Amount"]]
    for number, amount in receipt.invoices:
        rows.append(
            [b.cell(f"Invoice {number}", b.width - amount_width), b.amount(amount, amount_width)]
        )
    if receipt.credit > 0:
        credit = b.amount(receipt.credit, amount_width)
        rows.append(["Kept as credit towards future invoices", credit])
    received = b.totals([("Amount received", money(receipt.amount))])
    if len(rows) > 1:
        applied = money_table(rows, [b.width - amount_width, amount_width], [1])
        story += [Spacer(0, 8 * mm), EndsWith(applied, received)]
    else:
        story += [Spacer(0, 5 * mm), received]
    story.append(Spacer(0, 8 * mm))
    after = receipt.balance_after
    if not receipt.voided:
        if after > 0:
            balance = f"Balance still owed after this payment: {money(after)}."
        elif after < 0:
            balance = f"Credit on the account after this payment: {money(-after)}."
        else:
            balance = "The account is settled in full after this payment."
        story.append(b.para(balance, s.terms))
    identifiers = b.identifiers()
    if identifiers:
        story.append(b.para(identifiers, s.note))
    return story


def render_receipt(profile: ProfileInput, settings: BillingSettings, receipt: Receipt) -> bytes:
    """A receipt for one payment."""
    buffer = io.BytesIO()
    code = receipt.client_code.strip()
    template = document(
        buffer,
        title=f"Receipt {receipt.number} {code}".strip(),
        subject="Receipt for a payment",
        author=profile.practice_name,
    )
    builder = _Builder(profile, settings, template.width, receipt)
    pages = _Pages(
        header=" · ".join(p for p in (f"RECEIPT {receipt.number}", code) if p),
        label=receipt.client_name,
        tail=f"Receipt {receipt.number} · {format_date(receipt.paid_on, short=True)}",
        void="This payment was voided; the receipt is no longer valid." if receipt.voided else None,
    )
    return _build(buffer, template, builder, _receipt_story(builder, receipt), pages)


# ------------------------------------------------------------------ statement


def _statement_story(b: _Builder, statement: Statement, today: date) -> list[Any]:
    s = b.styles
    money = b.money
    closing = statement.closing
    if closing > 0:
        lead = f"Amount now due: {money(closing)}."
    elif closing < 0:
        lead = f"Credit on the account: {money(-closing)}. Nothing is due."
    else:
        lead = "Nothing is due: the account is settled."
    left: list[tuple[str, _Value]] = [("Statement for", statement.payer_name)]
    if statement.payer_name.strip() != statement.client_name.strip():
        left.append(("For", statement.client_name))
    left.append(("Client code", statement.client_code))
    right: list[tuple[str, _Value]] = [
        ("Period", _period(statement.start, statement.end)),
        ("Statement date", format_date(today)),
    ]
    story: list[Any] = [*b.opening("Statement of account", lead), b.facts(left, right)]

    date_width, reference_width, amount_width = 20 * mm, 19 * mm, 22 * mm
    description_width = b.width - date_width - reference_width - 3 * amount_width
    widths = [date_width, description_width, reference_width, *[amount_width] * 3]
    rows: list[list[Any]] = [
        ["Date", "Description", "Reference", "Charges", "Payments\nand credits", "Balance"],
        [
            format_date(statement.start, short=True),
            "Opening balance",
            "",
            "",
            "",
            b.amount(statement.opening, amount_width),
        ],
    ]
    charged = paid = Decimal(0)
    for line in statement.lines:
        if line.amount >= 0:
            charged += line.amount
        else:
            paid -= line.amount
        rows.append(
            [
                format_date(line.on_date, short=True),
                b.cell(line.description, description_width),
                b.cell(line.reference, reference_width),
                b.amount(line.amount, amount_width) if line.amount >= 0 else "",
                b.amount(-line.amount, amount_width) if line.amount < 0 else "",
                b.amount(line.balance, amount_width),
            ]
        )
    if not statement.lines:
        rows.append(
            ["", Paragraph("No charges or payments in this period.", s.empty), "", "", "", ""]
        )
    rows.append(
        [
            format_date(statement.end, short=True),
            "Closing balance",
            "",
            "",
            "",
            b.amount(closing, amount_width, bold=True),
        ]
    )
    last = len(rows) - 1
    extra = [
        ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
        ("TEXTCOLOR", (5, 2), (5, last - 1), INK),
        ("FONT", (0, last), (-1, last), BOLD, 8.5, 11),
        ("TEXTCOLOR", (0, last), (-1, last), INK),
        ("LINEABOVE", (0, last), (-1, last), 0.75, HAIRLINE),
    ]
    due = (
        ("Amount now due", money(closing))
        if closing >= 0
        else ("Credit on the account", money(-closing))
    )
    totals = b.totals(
        [
            ("Opening balance", money(statement.opening)),
            ("Charges", money(charged)),
            ("Payments and credits", money(paid)),
            due,
        ],
        above=5 * mm,
    )
    story += [Spacer(0, 8 * mm), EndsWith(money_table(rows, widths, [3, 4, 5], extra), totals)]
    kinds = {line.kind for line in statement.lines}
    notes = []
    if "reversal" in kinds:
        notes.append("Charges include reversed payments (such as a cheque returned unpaid).")
    if kinds & {"waiver", "write_off"}:
        notes.append("Payments and credits include charges waived and amounts written off.")
    tail: list[Any] = [Spacer(0, 8 * mm), *(b.para(n, s.note) for n in notes)]
    identifiers = b.identifiers()
    if identifiers:
        tail.append(b.para(identifiers, s.note))
    story.append(KeepTogether(tail))
    return story


def render_statement(
    profile: ProfileInput, settings: BillingSettings, statement: Statement, today: date
) -> bytes:
    """A statement of account for a period: opening balance, every movement, closing balance."""
    buffer = io.BytesIO()
    code = statement.client_code.strip()
    period = f"{statement.start.isoformat()} to {statement.end.isoformat()}"
    template = document(
        buffer,
        title=f"Statement {code} {period}".strip(),
        subject="Statement of account",
        author=profile.practice_name,
    )
    builder = _Builder(profile, settings, template.width, statement)
    pages = _Pages(
        header=" · ".join(p for p in ("STATEMENT OF ACCOUNT", code) if p),
        label=statement.client_name,
        tail=f"{_period(statement.start, statement.end)} · prepared "
        f"{format_date(today, short=True)}",
    )
    return _build(buffer, template, builder, _statement_story(builder, statement, today), pages)


# ------------------------------------------------------------------ superbill


def _superbill_boxes(b: _Builder, bill: Superbill) -> list[Any]:
    """Who treated and who was treated; the practice's name, address and phone head the page."""
    provider = ", ".join(p for p in (bill.clinician_name, bill.credentials) if p.strip())
    left: list[tuple[str, _Value]] = [
        ("Provider", provider),
        ("Licence no.", bill.licence_number),
        ("NPI", bill.npi),
        ("Tax ID (EIN)", bill.tax_id),
    ]
    right: list[tuple[str, _Value]] = [
        ("Patient", bill.client_name),
        ("Date of birth", format_date(bill.date_of_birth)),
    ]
    if bill.client_address.strip():
        right.append(("Address", [b.para(bill.client_address.strip(), b.styles.box_detail)]))
    right.append(("Client code", bill.client_code))
    return [b.facts(left, right, (25 * mm + IDENTITY_EDGE, 57 * mm, 24 * mm))]


def _diagnoses(b: _Builder, bill: Superbill) -> list[Any]:
    s = b.styles
    out: list[Any] = [b.heading("Diagnoses (ICD-10-CM)")]
    if not bill.diagnoses:
        return [*out, b.para("No diagnosis is recorded for this client.", s.empty)]
    widths = [16 * mm, 24 * mm, b.width - 40 * mm]
    rows: list[list[Any]] = [["Pointer", "Code", "Description"]]
    for letter, (code, description) in zip(_LETTERS, bill.diagnoses, strict=False):
        rows.append([letter, b.cell(code, widths[1]), b.cell(description, widths[2])])
    extra = [
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("FONT", (0, 1), (1, -1), BOLD, 8.5, 11),
        ("TEXTCOLOR", (0, 1), (1, -1), INK),
    ]
    return [*out, money_table(rows, widths, [], extra)]


def _services(b: _Builder, bill: Superbill) -> Table:
    """Each session: date, place, procedure, diagnosis pointers, units, fee, paid; the totals."""
    s = b.styles
    widths = [22 * mm, 0.0, 17 * mm, 15 * mm, 18 * mm, 11 * mm, 21 * mm, 21 * mm]
    widths[1] = b.width - sum(widths)
    rows: list[list[Any]] = [
        [
            "Date of\nservice",
            "Service",
            "Place of\nservice",
            "CPT\ncode",
            "Diagnosis\npointer",
            "Units",
            "Fee",
            "Paid",
        ]
    ]
    for line in bill.lines:
        rows.append(
            [
                format_date(line.on_date, short=True),
                b.cell(line.description, widths[1]),
                line.place_of_service,
                b.cell(line.procedure_code, widths[3], s.cell_centre),
                ", ".join(line.diagnosis_pointer) or DASH,
                str(line.units),
                b.amount(line.fee, widths[6]),
                b.amount(line.paid, widths[7]),
            ]
        )
    units = sum(line.units for line in bill.lines)
    rows.append(
        [
            "",
            "Total",
            "",
            "",
            "",
            str(units),
            b.amount(bill.total_fee, widths[6], bold=True),
            b.amount(bill.total_paid, widths[7], bold=True),
        ]
    )
    extra = [
        ("ALIGN", (2, 0), (5, -1), "CENTER"),
        ("FONT", (3, 1), (3, -2), BOLD, 8.5, 11),
        ("TEXTCOLOR", (3, 1), (3, -2), INK),
        ("FONT", (0, -1), (-1, -1), BOLD, 9, 11.5),
        ("TEXTCOLOR", (0, -1), (-1, -1), INK),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
        ("TOPPADDING", (0, -1), (-1, -1), 5),
    ]
    return money_table(rows, widths, [6, 7], extra)


def _superbill_closing(b: _Builder, bill: Superbill) -> Table:
    """What the codes mean, who sends the superbill to whom, and the provider's signature."""
    s = b.styles
    places = sorted({line.place_of_service for line in bill.lines})
    legend = "; ".join(f"{code} {_PLACES[code]}" for code in places if code in _PLACES)
    who = "The patient's parent or guardian" if bill.is_minor else "The patient"
    codes = []
    if legend:
        codes.append(f"Place of service (CMS): {legend}.")
    if bill.diagnoses:
        codes.append("Pointers name the diagnoses above by letter.")
    notes = [
        " ".join(codes),
        f"{who} submits this superbill to their insurer, with the insurer's claim form, "
        "to claim reimbursement of what was paid to the provider.",
    ]
    provider = ", ".join(p for p in (bill.clinician_name, bill.credentials) if p.strip())
    content: list[Any] = [
        *(b.para(n, s.note) for n in notes if n),
        Spacer(0, 3 * mm),
        b.para("I certify that I provided the services listed above.", s.terms),
        b.signature(provider),
    ]
    # One cell of a plain Table: it never splits, so the signature stays with its notes.
    table = Table([[content]], colWidths=[b.width])
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def _superbill_story(b: _Builder, bill: Superbill) -> list[Any]:
    s = b.styles
    money = b.money
    sessions = len(bill.lines)
    lead = (
        f"{sessions} {'session' if sessions == 1 else 'sessions'} from "
        f"{format_date(bill.start)} to {format_date(bill.end)}: "
        f"{money(bill.total_fee)} charged, {money(bill.total_paid)} paid."
    )
    story: list[Any] = [
        *b.opening("Superbill", lead),
        *_superbill_boxes(b, bill),
        *_diagnoses(b, bill),
        b.heading("Services"),
    ]
    closing = _superbill_closing(b, bill)
    if bill.lines:
        story.append(EndsWith(_services(b, bill), closing))
    else:
        story += [b.para("No session was held in this period.", s.empty), closing]
    return story


def render_superbill(
    profile: ProfileInput, settings: BillingSettings, superbill: Superbill, today: date
) -> bytes:
    """A superbill the client can send to their insurer."""
    buffer = io.BytesIO()
    code = superbill.client_code.strip()
    period = f"{superbill.start.isoformat()} to {superbill.end.isoformat()}"
    template = document(
        buffer,
        title=f"Superbill {code} {period}".strip(),
        subject="Superbill: services for an insurance claim",
        author=profile.practice_name,
    )
    builder = _Builder(profile, settings, template.width, superbill)
    pages = _Pages(
        header=" · ".join(p for p in ("SUPERBILL", code) if p),
        label=superbill.client_name,
        tail=f"{_period(superbill.start, superbill.end)} · prepared "
        f"{format_date(today, short=True)}",
    )
    return _build(buffer, template, builder, _superbill_story(builder, superbill), pages)
