"""The emergency access kit: one printed page that holds the practice's recovery code.

The page is made once, when the vault is created (or its recovery code replaced),
and is meant to be printed and kept away from the computer. It is rendered in
memory only; the caller decides whether to print it or save it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    HRFlowable,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.layout import (
    ACCENT,
    BOLD,
    FOOTER_Y,
    HAIRLINE,
    INK,
    MUTED,
    PAGE_SIZE,
    REGULAR,
    TEXT,
    TINT,
    Fallback,
    body_frame,
    document,
    draw_footer_rule,
    draw_header,
    fallback_for,
    format_date,
    markup,
)
from app.practice import ProfileInput


@dataclass(frozen=True)
class EmergencyKit:
    """What the emergency access kit shows."""

    practice_name: str
    clinician_name: str
    vault_id: str
    recovery_code: str
    data_folder: str
    created_on: date

    @classmethod
    def for_practice(
        cls, profile: ProfileInput, vault_id: str, recovery_code: str, data_folder: Path
    ) -> EmergencyKit:
        """The kit for a practice's profile and vault, dated today."""
        return cls(
            practice_name=profile.practice_name.strip(),
            clinician_name=profile.clinician_name.strip(),
            vault_id=vault_id,
            recovery_code=recovery_code,
            data_folder=str(data_folder),
            created_on=date.today(),
        )


_CODE_FONT = "Courier-Bold"
_CODE_SIZE = 24
_GROUPS_PER_ROW = 4


def _code_groups(code: str) -> list[str]:
    """The recovery code's groups, as the vault formats them (dashes between groups)."""
    groups = [group for group in re.split(r"[\s\-]+", code.strip().upper()) if group]
    if len(groups) == 1 and len(groups[0]) > 4:
        single = groups[0]
        groups = [single[i : i + 4] for i in range(0, len(single), 4)]
    if not groups:
        raise ValueError("An emergency access kit needs a recovery code.")
    return groups


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    caption: ParagraphStyle
    write_in: ParagraphStyle
    small_label: ParagraphStyle
    small: ParagraphStyle

    @classmethod
    def make(cls) -> _Styles:
        body = ParagraphStyle(
            "body",
            fontName=REGULAR,
            fontSize=9.5,
            leading=13.5,
            textColor=TEXT,
            spaceAfter=5,
        )
        return cls(
            title=ParagraphStyle(
                "title",
                fontName=BOLD,
                fontSize=24,
                leading=29,
                textColor=INK,
                spaceAfter=6,
            ),
            lead=ParagraphStyle(
                "lead", parent=body, fontSize=10.5, leading=15, textColor=TEXT, spaceAfter=0
            ),
            heading=ParagraphStyle(
                "heading",
                fontName=BOLD,
                fontSize=10.5,
                leading=14,
                textColor=ACCENT,
                spaceBefore=13,
                spaceAfter=4,
            ),
            body=body,
            bullet=ParagraphStyle(
                "bullet", parent=body, leftIndent=12, bulletIndent=1, spaceAfter=3
            ),
            label=ParagraphStyle(
                "label", fontName=REGULAR, fontSize=9, leading=14, textColor=MUTED
            ),
            value=ParagraphStyle("value", fontName=BOLD, fontSize=10.5, leading=14, textColor=INK),
            caption=ParagraphStyle(
                "caption",
                parent=body,
                fontSize=8.5,
                leading=12,
                textColor=MUTED,
                alignment=TA_CENTER,
                spaceBefore=6,
                spaceAfter=0,
            ),
            write_in=ParagraphStyle(
                "write_in", parent=body, fontName=BOLD, textColor=INK, spaceAfter=0
            ),
            small_label=ParagraphStyle(
                "small_label", fontName=REGULAR, fontSize=7.5, leading=10, textColor=MUTED
            ),
            small=ParagraphStyle(
                "small", fontName=REGULAR, fontSize=7.5, leading=10, textColor=TEXT
            ),
        )


def _details(kit: EmergencyKit, styles: _Styles, fallback: Fallback | None, width: float) -> Table:
    rows = [
        ("Practice", kit.practice_name),
        ("Clinician", kit.clinician_name),
        ("Created", format_date(kit.created_on)),
    ]
    label_width = 24 * mm
    table = Table(
        [
            [
                Paragraph(label, styles.label),
                Paragraph(markup(value, fallback, bold=True), styles.value),
            ]
            for label, value in rows
        ],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _code_box(code: str, width: float) -> Table:
    """The code in a tinted box: four groups a row, dashes between them set faintly."""
    groups = _code_groups(code)
    edge = 8 * mm
    separator = 12 * mm
    group_width = (width - 2 * edge - separator * (_GROUPS_PER_ROW - 1)) / _GROUPS_PER_ROW
    size = float(_CODE_SIZE)
    longest = max(len(group) for group in groups)
    while size > 10 and pdfmetrics.stringWidth("W" * longest, _CODE_FONT, size) > group_width:
        size -= 1
    rows: list[list[str]] = []
    for start in range(0, len(groups), _GROUPS_PER_ROW):
        chunk = groups[start : start + _GROUPS_PER_ROW]
        row = [""]
        for index in range(_GROUPS_PER_ROW):
            group = chunk[index] if index < len(chunk) else ""
            if index:
                row.append("-" if group else "")
            row.append(group)
        rows.append([*row, ""])
    col_widths = [edge]
    for index in range(_GROUPS_PER_ROW):
        col_widths += [separator, group_width] if index else [group_width]
    col_widths.append(edge)
    separators = range(2, len(col_widths) - 1, 2)
    pad = 9
    table = Table(rows, colWidths=col_widths, rowHeights=size * 1.75, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), _CODE_FONT),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                *[("TEXTCOLOR", (col, 0), (col, -1), HAIRLINE) for col in separators],
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 0.9, ACCENT),
                ("ROUNDEDCORNERS", [5, 5, 5, 5]),
            ]
        )
    )
    return table


def _write_in(label: str, styles: _Styles, width: float, lines: int = 2) -> Table:
    line_height = 9 * mm
    table = Table(
        [[Paragraph(label, styles.write_in)]] + [[""] for _ in range(lines)],
        colWidths=[width],
        rowHeights=[None] + [line_height] * lines,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, HAIRLINE),
            ]
        )
    )
    return table


def _small_print(
    kit: EmergencyKit, styles: _Styles, fallback: Fallback | None, width: float
) -> Table:
    label_width = 24 * mm
    table = Table(
        [
            [
                Paragraph("Vault ID", styles.small_label),
                Paragraph(markup(kit.vault_id, fallback), styles.small),
            ],
            [
                Paragraph("Data folder", styles.small_label),
                Paragraph(markup(kit.data_folder, fallback), styles.small),
            ],
        ],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _story(
    kit: EmergencyKit, styles: _Styles, fallback: Fallback | None, width: float
) -> list[Any]:
    bullets = [
        "Somewhere safe and separate from the computer, such as a locked drawer or a safe.",
        "Never with the laptop or in its bag: whoever takes one should not find the other.",
        "Never send it by e-mail or message, and never photograph it or keep a copy in "
        "cloud storage.",
        "If this page is lost or may have been seen, make a new recovery code in Rapport "
        "(Settings → Security): the old one stops working.",
    ]
    return [
        Paragraph("Emergency access kit", styles.title),
        Paragraph(
            "This page opens your practice if you ever forget your passphrase. Print it, fill "
            "in the lines at the bottom by hand, and keep it somewhere safe.",
            styles.lead,
        ),
        Spacer(0, 10),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=10),
        _details(kit, styles, fallback, width),
        Paragraph("Recovery code", styles.heading),
        Spacer(0, 2),
        _code_box(kit.recovery_code, width),
        Paragraph(
            "Letters and digits only: there is no I, L, O or U, so 0 is zero and 1 is one. "
            "Capitals and dashes do not matter when you type it.",
            styles.caption,
        ),
        Paragraph("What it is for", styles.heading),
        Paragraph(
            "If the passphrase is forgotten, this code opens the practice in its place. It is "
            "break-glass access, for emergencies only: each use is recorded in the practice’s "
            "audit log, and Rapport then asks you to set a new passphrase.",
            styles.body,
        ),
        Paragraph(
            "Anyone who holds this code can open every record in the practice: guard it like "
            "the records themselves.",
            styles.body,
        ),
        Paragraph("Where to keep it", styles.heading),
        *[Paragraph(text, styles.bullet, bulletText="•") for text in bullets],
        Spacer(0, 12),
        _write_in("Where my backups are kept:", styles, width),
        Spacer(0, 10),
        _write_in("Passphrase hint (never the passphrase itself):", styles, width),
        Spacer(0, 16),
        _small_print(kit, styles, fallback, width),
    ]


def _decorate_page(canvas: Any, _doc: Any) -> None:
    draw_header(canvas, "RAPPORT")
    draw_footer_rule(canvas)
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(PAGE_SIZE[0] / 2, FOOTER_Y, "Rapport — keep this page private")
    canvas.restoreState()


def render_emergency_kit(kit: EmergencyKit) -> bytes:
    """The kit as a one-page PDF; the same kit always gives the same bytes."""
    fallback = fallback_for((kit.practice_name, kit.clinician_name, kit.vault_id, kit.data_folder))
    buffer = io.BytesIO()
    doc = document(
        buffer,
        title="Emergency access kit",
        subject=f"Emergency access kit for {kit.practice_name}",
        author=kit.practice_name,
    )
    doc.addPageTemplates([PageTemplate("kit", frames=[body_frame(doc)], onPage=_decorate_page)])
    # The page is printed as one sheet: rather than spill onto a second, an
    # unusually long name or folder shrinks the whole page slightly.
    story = _story(kit, _Styles.make(), fallback, doc.width)
    doc.build([KeepInFrame(doc.width, doc.height, story, mode="shrink", vAlign="TOP")])
    return buffer.getvalue()
