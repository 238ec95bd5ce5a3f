"""The intake summary PDF: what the clinician files in a paper chart after an intake.

One document per intake: the practice's letterhead, the client, why they came
and what they tried before, the history that is easy to miss, the screening
results with every risk item and positive screen called out where no one can
overlook them, the parents or guardians of a minor, and a line for the
clinician to sign. Rendered in memory; the same intake always gives the same
bytes.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageTemplate, Paragraph, Spacer, Table

from app.clients import ClientInput
from app.documents.file_names import intake_summary_file_stem as intake_summary_file_stem
from app.documents.layout import (
    BOLD,
    CAUTION,
    CAUTION_INK,
    CAUTION_TINT,
    DASH,
    FAINT,
    HAIRLINE,
    IDENTITY_EDGE,
    INK,
    MUTED,
    REGULAR,
    RISK,
    RISK_INK,
    RISK_TINT,
    TEXT,
    TINT,
    EndsWith,
    Fallback,
    KeepStart,
    PageTotal,
    SectionHeading,
    base_styles,
    body_frame,
    callout,
    document,
    fallback_for,
    format_date,
    identity_box,
    letterhead,
    markup,
    page_decorator,
    plain_table,
)
from app.instruments import Instrument, Item
from app.intake import IntakeData, ScreenResult
from app.labels import ANSWERED_BY_LABELS, REQUESTED_BY_LABELS
from app.practice import ProfileInput
from app.retention import age_on, is_minor

_LABEL_WIDTH = 46 * mm
_CELL_PAD = 5.0
_TRAUMA_LABELS = {"yes": "Yes", "no": "No", "not asked": "Not asked"}


# ------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    box_label: ParagraphStyle
    box_value: ParagraphStyle
    section: ParagraphStyle
    intro: ParagraphStyle
    empty: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    missing: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_strong: ParagraphStyle
    cell_note: ParagraphStyle
    cell_missing: ParagraphStyle
    cell_positive: ParagraphStyle
    cell_risk: ParagraphStyle
    alert_kicker: ParagraphStyle
    alert_title: ParagraphStyle
    alert_note: ParagraphStyle
    alert_label: ParagraphStyle
    pointer: ParagraphStyle
    quiet: ParagraphStyle
    sign_label: ParagraphStyle
    sign_name: ParagraphStyle

    @classmethod
    def make(cls) -> _Styles:
        base = base_styles()
        body = base.body
        value = ParagraphStyle("value", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
        cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=11, textColor=TEXT)
        kicker = ParagraphStyle(
            "alert_kicker", fontName=BOLD, fontSize=7.5, leading=10, spaceAfter=3
        )
        return cls(
            title=base.title,
            lead=base.lead,
            box_label=base.box_label,
            box_value=base.box_value,
            section=base.section,
            intro=base.intro,
            empty=base.empty,
            label=ParagraphStyle(
                "label", fontName=REGULAR, fontSize=8.5, leading=12.5, textColor=MUTED
            ),
            value=value,
            missing=ParagraphStyle("missing", parent=value, textColor=HAIRLINE),
            head=ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10.5, textColor=INK),
            cell=cell,
            cell_strong=ParagraphStyle(
                "cell_strong", parent=cell, fontName=BOLD, fontSize=9, textColor=INK
            ),
            cell_note=ParagraphStyle(
                "cell_note", parent=cell, fontSize=7.5, leading=9.5, textColor=MUTED, spaceBefore=1
            ),
            cell_missing=ParagraphStyle("cell_missing", parent=cell, textColor=HAIRLINE),
            cell_positive=ParagraphStyle(
                "cell_positive", parent=cell, fontName=BOLD, textColor=CAUTION_INK
            ),
            cell_risk=ParagraphStyle(
                "cell_risk", parent=cell, fontName=BOLD, fontSize=7.5, textColor=RISK_INK
            ),
            alert_kicker=kicker,
            alert_title=ParagraphStyle(
                "alert_title", fontName=BOLD, fontSize=10.5, leading=14, textColor=INK
            ),
            alert_note=ParagraphStyle(
                "alert_note",
                fontName=REGULAR,
                fontSize=8.5,
                leading=12,
                textColor=TEXT,
                spaceAfter=2,
            ),
            alert_label=ParagraphStyle(
                "alert_label", fontName=BOLD, fontSize=8.5, leading=12, textColor=INK
            ),
            pointer=ParagraphStyle(
                "pointer", fontName=BOLD, fontSize=9.5, leading=13, textColor=INK
            ),
            quiet=ParagraphStyle(
                "quiet", parent=body, fontSize=9, leading=12.5, textColor=TEXT, spaceAfter=6
            ),
            sign_label=ParagraphStyle(
                "sign_label", fontName=REGULAR, fontSize=8.5, leading=11, textColor=MUTED
            ),
            sign_name=ParagraphStyle(
                "sign_name", fontName=REGULAR, fontSize=8.5, leading=11, textColor=TEXT
            ),
        )


# ------------------------------------------------------------------- values


def _number(value: float) -> str:
    """A total as people write it: 14, or 13.5 when prorating left a fraction."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _client_name(client: ClientInput) -> str:
    return " ".join(p for p in (client.legal_first_name, client.legal_last_name) if p.strip())


def _name_with_preferred(client: ClientInput) -> str:
    name = _client_name(client)
    preferred = client.preferred_name.strip()
    if preferred and preferred not in name.split():
        # No-break spaces: the aside moves to a new line whole, not one word of it.
        return f"{name} (known\u00a0as\u00a0{preferred})"
    return name


@dataclass(frozen=True)
class _Screen:
    """One screening result, with what the summary says about it."""

    result: ScreenResult
    answers: Mapping[str, int | str | None]
    cutoff: int | None

    @property
    def instrument_name(self) -> str:
        return self.result.instrument.short_name

    @property
    def positive(self) -> bool:
        return self.result.score.at_or_above_cutoff is True

    @property
    def unanswered_risk(self) -> list[Item]:
        """Risk items left without an answer: whether they would raise a flag is unknown."""
        if self.result.score.gated:
            return []  # a closed gate means the other questions were rightly not asked
        items = self.result.instrument.items_by_id
        return [
            items[rule.item]
            for rule in self.result.instrument.risk
            if not isinstance(self.answers.get(rule.item), int)
        ]

    def total(self) -> tuple[str, str]:
        """The total as the table shows it, and a note (why it is missing, how it was made)."""
        instrument = self.result.instrument
        score = self.result.score
        if not instrument.has_total:
            return "No total", "Answers are read item by item."
        out_of = f" of {instrument.max_score}"
        if score.gated:
            gate = instrument.gate_items[0]
            answer = self.answers.get(gate.id)
            said = gate.label_for(answer) if isinstance(answer, int) else None
            return (
                f"{_number(score.total or 0)}{out_of}",
                f"Gate question answered “{said or answer}”: the other questions were not asked.",
            )
        if score.total is None:
            if any(self.answers.get(gate.id) is None for gate in instrument.gate_items):
                return "Not scored", "The gate question was not answered."
            unanswered = f"{score.missing} of {len(instrument.scoring_items)} items unanswered"
            rule = instrument.missing
            if rule is not None and rule.rule == "prorate":
                return "Not scored", f"{unanswered}; at most {rule.max_missing} may be."
            return "Not scored", f"{unanswered}; every item is needed."
        if score.prorated:
            return (
                f"{_number(score.total)}{out_of}",
                f"Prorated: {_plural(score.missing, 'item')} unanswered.",
            )
        return f"{_number(score.total)}{out_of}", ""

    def cutoff_text(self, sex: str) -> tuple[str, str]:
        """The cut-off used, and which one it is when it differs by sex."""
        cutoff = self.result.instrument.cutoff
        if cutoff is None or self.cutoff is None:
            return "", ""
        if not cutoff.by_sex:
            return str(self.cutoff), ""
        key = sex.strip().lower()
        if key in ("female", "male"):
            return str(self.cutoff), f"The cut-off for {'women' if key == 'female' else 'men'}."
        return str(self.cutoff), "Sex not recorded: the lower cut-off."


def _item_name(instrument: Instrument, item_id: str) -> str:
    """``PHQ-9 item 9``; an item known by a word rather than a number is quoted by its text."""
    item = instrument.items_by_id.get(item_id)
    if item_id.isdigit() or item is None or not instrument.item_texts_included:
        return f"{instrument.short_name} item {item_id}"
    return f"{instrument.short_name} “{item.text}”"


def _screens(data: IntakeData, results: Sequence[ScreenResult]) -> list[_Screen]:
    answers = {s.instrument_id: s.answers for s in data.screens}
    sex = data.client.sex_for_norms or None
    return [
        _Screen(r, answers.get(r.instrument.id, {}), r.instrument.cutoff_for(sex)) for r in results
    ]


def _strings(value: Any) -> Iterator[str]:
    """Every string inside the inputs (to choose a font for the characters Helvetica lacks)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple | frozenset):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name != "path":
                yield from _strings(getattr(value, f.name))


# ------------------------------------------------------------------ builder


class _Builder:
    """Turns the intake into flowables."""

    def __init__(
        self,
        profile: ProfileInput,
        data: IntakeData,
        results: Sequence[ScreenResult],
        today: date,
        client_code: str,
        width: float,
    ) -> None:
        self.profile = profile
        self.data = data
        self.client = data.client
        self.screens = _screens(data, results)
        self.today = today
        self.code = client_code.strip()
        self.width = width
        self.styles = _Styles.make()
        self.fallback: Fallback | None = fallback_for(
            _strings((profile, data, tuple(r.instrument for r in results), client_code))
        )

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fallback, bold=bold), style)

    # ------------------------------------------------------------ opening

    def client_box(self) -> Table:
        s = self.styles
        dob = self.client.date_of_birth
        born = "" if dob is None else f"{format_date(dob)}  (age {age_on(dob, self.today)})"
        pairs = [
            ("Client", _name_with_preferred(self.client)),
            ("Client code", self.code),
            ("Date of birth", born),
            ("Date of intake", format_date(self.today)),
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
        edge = IDENTITY_EDGE
        widths = [23 * mm + edge, 72 * mm, 24 * mm]
        widths.append(self.width - sum(widths))
        return identity_box(cells, widths)

    def attention(self) -> list[Any]:
        """A short pointer on the first page to the risk items and positive screens."""
        risky = [sc for sc in self.screens if sc.result.score.risk]
        positive = [sc for sc in self.screens if sc.positive]
        unknown = [(sc, item) for sc in self.screens for item in sc.unanswered_risk]
        if not risky and not positive and not unknown:
            return []
        parts = []
        if risky:
            flags = sum(len(sc.result.score.risk) for sc in risky)
            items = ", ".join(
                _item_name(sc.result.instrument, flag.item)
                for sc in risky
                for flag in sc.result.score.risk
            )
            parts.append(f"{'Risk items' if flags > 1 else 'Risk item'} endorsed ({items})")
        if positive:
            names = ", ".join(sc.instrument_name for sc in positive)
            word = "positive screens" if len(positive) > 1 else "positive screen"
            parts.append(f"{word}: {names}")
        if unknown:
            items = ", ".join(_item_name(sc.result.instrument, item.id) for sc, item in unknown)
            word = "risk items" if len(unknown) > 1 else "risk item"
            parts.append(f"{word} not answered ({items})")
        text = "; ".join(parts)
        text = text[0].upper() + text[1:] + ". See Screening results."
        colour, tint = (RISK, RISK_TINT) if risky else (CAUTION, CAUTION_TINT)
        pointer = self.callout([self.para(text, self.styles.pointer, bold=True)], colour, tint)
        return [Spacer(0, 5 * mm), pointer]

    def opening(self) -> list[Any]:
        s = self.styles
        profile = dataclasses.asdict(self.profile)
        clinician = self.profile.clinician_name.strip()
        lead = f"Intake on {format_date(self.today)}"
        lead += f" with {clinician}." if clinician else "."
        return [
            *letterhead(profile, self.width, self.fallback),
            Spacer(0, 9 * mm),
            Paragraph("Intake summary", s.title),
            self.para(lead, s.lead),
            Spacer(0, 6 * mm),
            self.client_box(),
            *self.attention(),
        ]

    # ----------------------------------------------------------- sections

    def value(self, text: str) -> Paragraph:
        text = text.strip()
        if not text:
            return Paragraph(DASH, self.styles.missing)
        return self.para(text, self.styles.value)

    def fields(self, rows: Sequence[tuple[str, str]]) -> Table:
        s = self.styles
        return plain_table(
            [[Paragraph(label, s.label), self.value(value)] for label, value in rows],
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

    def cell(self, text: str) -> Paragraph:
        text = text.strip()
        if not text:
            return Paragraph(DASH, self.styles.cell_missing)
        return self.para(text, self.styles.cell)

    def heading(self, title: str) -> SectionHeading:
        return SectionHeading(title, self.styles.section, self.width)

    def reasons(self) -> list[Any]:
        d = self.data
        asked_by = REQUESTED_BY_LABELS.get(self.client.requested_by, self.client.requested_by)
        return [
            self.heading("Who asked for therapy and why now"),
            self.fields(
                [
                    ("Therapy asked for by", asked_by),
                    ("Referred by", self.client.referral_source),
                    ("Why now", d.why_now),
                    ("Hopes for therapy", d.hopes),
                ]
            ),
            self.heading("What was tried before"),
            self.fields(
                [
                    ("Tried before", d.tried_before),
                    ("Earlier therapy", d.earlier_therapy),
                    ("What did not help", d.what_did_not_help),
                ]
            ),
        ]

    def history(self) -> list[Any]:
        d = self.data
        trauma = _TRAUMA_LABELS.get(d.trauma_exposure, d.trauma_exposure)
        return [
            self.heading("History"),
            self.fields(
                [
                    ("Medical conditions", d.medical_conditions),
                    ("Medication", d.medication),
                    ("Substance use", d.substance_use),
                    ("Trauma exposure", trauma),
                    ("Prior diagnoses", d.prior_diagnoses),
                    ("Risk history", d.risk_history),
                ]
            ),
        ]

    # ---------------------------------------------------------- screening

    def callout(self, content: list[Any], colour: Color, tint: Color) -> Table:
        return callout(content, self.width, colour, tint)

    def risk_callout(self) -> Table | None:
        s = self.styles
        flagged = [(sc, flag) for sc in self.screens for flag in sc.result.score.risk]
        if not flagged:
            return None
        kicker = "RISK ITEMS ENDORSED" if len(flagged) > 1 else "RISK ITEM ENDORSED"
        content: list[Any] = [
            Paragraph(kicker, ParagraphStyle("risk_kicker", s.alert_kicker, textColor=RISK))
        ]
        for sc, flag in flagged:
            instrument = sc.result.instrument
            item = instrument.items_by_id.get(flag.item)
            answer = item.label_for(flag.value) if item is not None else None
            detail = _item_name(instrument, flag.item)
            if flag.item.isdigit() and item is not None and instrument.item_texts_included:
                detail += f", “{item.text}”"
            detail += f": answered “{answer}” ({flag.value})." if answer else f": {flag.value}."
            content.append(self.para(flag.message, s.alert_title, bold=True))
            content.append(self.para(detail, s.alert_note))
        acknowledgement = self.data.risk_acknowledgement.strip()
        content.append(Spacer(0, 3))
        content.append(Paragraph("Clinician’s response recorded at intake", s.alert_label))
        if acknowledgement:
            content.append(self.para(acknowledgement, s.alert_note))
        else:
            content.append(
                Paragraph(
                    "None recorded yet.",
                    ParagraphStyle("ack_missing", s.alert_note, fontName=BOLD, textColor=RISK_INK),
                )
            )
        return self.callout(content, RISK, RISK_TINT)

    def unanswered_callout(self) -> Table | None:
        s = self.styles
        unknown = [(sc, item) for sc in self.screens for item in sc.unanswered_risk]
        if not unknown:
            return None
        kicker = "RISK ITEMS NOT ANSWERED" if len(unknown) > 1 else "RISK ITEM NOT ANSWERED"
        content: list[Any] = [
            Paragraph(
                kicker, ParagraphStyle("unknown_kicker", s.alert_kicker, textColor=CAUTION_INK)
            )
        ]
        for sc, item in unknown:
            instrument = sc.result.instrument
            title = f"{_item_name(instrument, item.id)} was left unanswered."
            content.append(self.para(title, s.alert_title, bold=True))
            if item.id.isdigit() and instrument.item_texts_included:
                content.append(self.para(f"“{item.text}”", s.alert_note))
        return self.callout(content, CAUTION, CAUTION_TINT)

    def positive_callout(self) -> Table | None:
        s = self.styles
        positive = [sc for sc in self.screens if sc.positive]
        if not positive:
            return None
        kicker = "POSITIVE SCREENS" if len(positive) > 1 else "POSITIVE SCREEN"
        content: list[Any] = [
            Paragraph(
                kicker, ParagraphStyle("positive_kicker", s.alert_kicker, textColor=CAUTION_INK)
            )
        ]
        for sc in positive:
            instrument = sc.result.instrument
            score = sc.result.score
            message = instrument.positive_screen or (
                f"{instrument.short_name} at or above its cut-off — follow up."
            )
            total, _note = sc.total()
            detail = f"{instrument.short_name} total {total}"
            if score.band:
                detail += f" ({score.band})"
            detail += f"; cut-off {sc.cutoff}."
            content.append(self.para(message, s.alert_title, bold=True))
            content.append(self.para(detail, s.alert_note))
        return self.callout(content, CAUTION, CAUTION_TINT)

    def screening_table(self) -> Table:
        s = self.styles
        sex = self.client.sex_for_norms
        headers = ["Questionnaire", "Total", "Severity band", "Cut-off", "Answered by"]
        data: list[list[Any]] = [[Paragraph(h, s.head) for h in headers]]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, HAIRLINE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, FAINT),
        ]
        for row, sc in enumerate(self.screens, start=1):
            instrument = sc.result.instrument
            score = sc.result.score
            name: list[Any] = [self.para(instrument.short_name, s.cell_strong, bold=True)]
            if instrument.name != instrument.short_name:
                name.append(self.para(instrument.name, s.cell_note))
            if score.risk:
                if all(flag.item.isdigit() for flag in score.risk):
                    flags = ", ".join(flag.item for flag in score.risk)
                    word = "items" if len(score.risk) > 1 else "item"
                    risk = f"Risk: {word} {flags}"
                else:
                    risk = "Risk items endorsed" if len(score.risk) > 1 else "Risk item endorsed"
                name.append(Paragraph(risk, s.cell_risk))
            total, note = sc.total()
            total_cell: list[Any] = [Paragraph(total, s.cell_strong)]
            if note:
                total_cell.append(self.para(note, s.cell_note))
            band: Any = (
                self.para(score.band, s.cell) if score.band else Paragraph(DASH, s.cell_missing)
            )
            cutoff_text, cutoff_note = sc.cutoff_text(sex)
            cutoff: list[Any] = [
                Paragraph(cutoff_text, s.cell) if cutoff_text else Paragraph(DASH, s.cell_missing)
            ]
            if score.at_or_above_cutoff is True:
                cutoff.append(Paragraph("At or above", s.cell_positive))
            elif score.at_or_above_cutoff is False:
                cutoff.append(Paragraph("Below", s.cell))
            if cutoff_note:
                cutoff.append(Paragraph(cutoff_note, s.cell_note))
            answered_by = ANSWERED_BY_LABELS.get(sc.result.answered_by, sc.result.answered_by)
            data.append([name, total_cell, band, cutoff, self.para(answered_by, s.cell)])
            if score.risk:
                commands.append(("BACKGROUND", (0, row), (-1, row), RISK_TINT))
            elif sc.positive:
                commands.append(("BACKGROUND", (0, row), (-1, row), CAUTION_TINT))
        fractions = (0.26, 0.25, 0.15, 0.14, 0.20)
        table = plain_table(data, [self.width * f for f in fractions], commands)
        table.repeatRows = 1
        return table

    def screening(self) -> list[Any]:
        s = self.styles
        out: list[Any] = [self.heading("Screening results")]
        if not self.screens:
            out.append(Paragraph("No screening questionnaires were given at this intake.", s.empty))
            if self.data.risk_acknowledgement.strip():
                out.append(self.fields([("Clinician’s response", self.data.risk_acknowledgement)]))
            return out
        callouts = [
            c
            for c in (self.risk_callout(), self.unanswered_callout(), self.positive_callout())
            if c is not None
        ]
        for index, note in enumerate(callouts):
            if index:
                out.append(Spacer(0, 4))
            out.append(note)
        if callouts:
            out.append(Spacer(0, 9))
        else:
            unscored = sum(
                1
                for sc in self.screens
                if sc.result.instrument.has_total and sc.result.score.total is None
            )
            quiet = "No screen is at or above its cut-off and no risk item was endorsed."
            if unscored:
                quiet += f" {_plural(unscored, 'screen')} could not be scored (see below)."
            summary = Paragraph(quiet, s.quiet)
            summary.keepWithNext = 1
            out.append(summary)
        out.append(self.screening_table())
        ack = self.data.risk_acknowledgement.strip()
        if ack and not any(sc.result.score.risk for sc in self.screens):
            out += [Spacer(0, 8), self.fields([("Clinician’s response to risk", ack)])]
        return out

    # ---------------------------------------------------------- guardians

    def guardians(self) -> list[Any]:
        s = self.styles
        guardians = self.client.guardians
        dob = self.client.date_of_birth
        minor = dob is not None and is_minor(dob, self.today)
        if not guardians and not minor:
            return []
        out: list[Any] = [self.heading("Parents and guardians")]
        if not guardians:
            out.append(
                Paragraph(
                    "The client is a minor and no parent or guardian is recorded.",
                    ParagraphStyle("no_guardian", s.quiet, fontName=BOLD, textColor=RISK_INK),
                )
            )
            return out
        consents = [g.name for g in guardians if g.can_consent]
        pays = [g.name for g in guardians if g.pays]
        summary = [
            f"Consent is given by {_and(consents)}." if consents else "",
            f"Fees are paid by {_and(pays)}." if pays else "No parent or guardian pays the fees.",
        ]
        if not consents:
            warning = Paragraph(
                "No parent or guardian recorded here can give consent.",
                ParagraphStyle("no_consent", s.quiet, fontName=BOLD, textColor=RISK_INK),
            )
            warning.keepWithNext = 1
            out.append(warning)
        intro = self.para(" ".join(p for p in summary if p), s.quiet)
        intro.keepWithNext = 1
        out.append(intro)
        headers = ["Name", "Relationship", "Phone", "E-mail", "Gives consent", "Pays"]
        data: list[list[Any]] = [[Paragraph(h, s.head) for h in headers]]
        for g in guardians:
            data.append(
                [
                    *(self.cell(text) for text in (g.name, g.relation, g.phone, g.email)),
                    Paragraph("Yes" if g.can_consent else "No", s.cell),
                    Paragraph("Yes" if g.pays else "No", s.cell),
                ]
            )
        fractions = (0.24, 0.15, 0.17, 0.24, 0.12, 0.08)
        table = plain_table(
            data,
            [self.width * f for f in fractions],
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
        out.append(table)
        return out

    # ---------------------------------------------------------- signature

    def signature(self) -> Table:
        s = self.styles
        clinician = ", ".join(
            p for p in (self.profile.clinician_name, self.profile.credentials) if p.strip()
        )
        reviewer = f"Reviewed by {clinician}" if clinician else "Reviewed by"
        gap = 10 * mm
        date_width = 45 * mm
        return plain_table(
            [
                ["", "", ""],
                [self.para(reviewer, s.sign_label), "", Paragraph("Date", s.sign_label)],
            ],
            [self.width - date_width - gap, gap, date_width],
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                # Room to sign above the lines.
                ("TOPPADDING", (0, 0), (-1, 0), 22 * mm),
                ("LINEBELOW", (0, 0), (0, 0), 0.75, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.75, INK),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
            ],
        )

    def story(self) -> list[Any]:
        story = [
            *self.opening(),
            *self.reasons(),
            *self.history(),
            *self.screening(),
            *self.guardians(),
        ]
        return [*story[:-1], _EndsWith(story[-1], self.signature())]


class _EndsWith(EndsWith):
    """The document's last block with the signature under it.

    The signature never starts a page on its own: a page with nothing but a
    signature line does not say what was signed. When the block fits and the
    signature does not, only the block's end moves over with the signature.
    """

    carry = 1


def _and(names: Sequence[str]) -> str:
    names = [n for n in names if n.strip()]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


# ------------------------------------------------------------------ render


def render_intake_summary(
    profile: ProfileInput,
    data: IntakeData,
    results: Sequence[ScreenResult],
    today: date,
    client_code: str = "",
) -> bytes:
    """The intake summary as a PDF, in memory; the same inputs always give the same bytes.

    ``results`` are the intake's screens as :func:`app.intake.screen_results`
    scores them; ``client_code`` is the client's code once the intake has made
    the client (left out before that).
    """
    buffer = io.BytesIO()
    code = client_code.strip()
    template = document(
        buffer,
        title=f"Intake summary {code}".strip(),
        subject="Summary of an intake, for the client's chart",
        author=profile.practice_name,
    )
    builder = _Builder(profile, data, results, today, code, template.width)
    total = PageTotal()
    name = _client_name(data.client)
    footer_date = f"Intake {format_date(today, short=True)}"
    header = f"INTAKE SUMMARY · {code}" if code else "INTAKE SUMMARY"

    # Pages of a paper chart get separated: each names the client it is about.
    decorate = page_decorator(header, name, footer_date, total, builder.fallback)

    template.keepTogetherClass = KeepStart
    template.addPageTemplates(
        [PageTemplate("intake", frames=[body_frame(template)], onPage=decorate)]
    )
    template.multiBuild([*builder.story(), total])
    return buffer.getvalue()
