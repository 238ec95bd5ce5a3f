"""Entering a questionnaire's answers, item by item, with the score shown as it fills."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.instruments import Instrument
from app.models import AnsweredBy
from app.scoring import Score, score
from ui import style
from ui.clients.labels import ANSWERED_BY
from ui.i18n import tr
from ui.widgets.forms import set_lines_high
from ui.widgets.labels import text_label


def describe(instrument: Instrument, result: Score) -> str:
    """One line: the total, its band and the cut-off, or why there is no total."""
    name = instrument.short_name
    if result.gated:
        return tr("{name}: 0 — the gate question was answered no.").format(name=name)
    if result.total is None:
        if not instrument.has_total:
            return tr("{name}: items are reported one by one.").format(name=name)
        return tr("{name}: not scored yet ({count} unanswered).").format(
            name=name, count=result.missing
        )
    total = f"{result.total:g}"
    if result.band and result.at_or_above_cutoff:
        text = tr("{name}: {total} — {band} — at or above the cut-off")
    elif result.band:
        text = tr("{name}: {total} — {band}")
    elif result.at_or_above_cutoff:
        text = tr("{name}: {total} — at or above the cut-off")
    else:
        text = tr("{name}: {total}")
    return text.format(name=name, total=total, band=result.band)


class AnswerSheet(QWidget):
    """One instrument's items, each with its answer choices."""

    sig_changed = Signal()
    """An answer changed."""

    def __init__(
        self, instrument: Instrument, sex: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.sex = sex
        self.answered_by = QComboBox()
        for value, label in ANSWERED_BY.items():
            self.answered_by.addItem(label, str(value))
        self.answered_by.setCurrentIndex(self.answered_by.findData(AnsweredBy.PAPER))
        self.inputs: dict[str, QComboBox | QPlainTextEdit] = {}
        form = QFormLayout()
        if instrument.instructions:
            form.addRow(text_label(instrument.instructions))
        for number, item in enumerate(instrument.items, start=1):
            if item.heading:
                form.addRow(text_label(item.heading, "cardTitle"))
            caption = QLabel(tr("{number}. {question}").format(number=number, question=item.text))
            caption.setWordWrap(True)
            if item.open_text:
                edit = QPlainTextEdit()
                set_lines_high(edit, 3.5)
                edit.textChanged.connect(self.sig_changed)
                self.inputs[item.id] = edit
                form.addRow(caption)
                form.addRow(edit)
                continue
            combo = QComboBox()
            combo.addItem(tr("— not answered —"), None)
            for option in item.options:
                combo.addItem(
                    tr("{value}  {answer}").format(value=option.value, answer=option.label),
                    option.value,
                )
            combo.currentIndexChanged.connect(self.sig_changed)
            self.inputs[item.id] = combo
            form.addRow(caption)
            form.addRow(combo)
        self.result = QLabel()
        self.result.setObjectName("cardTitle")
        self.result.setWordWrap(True)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        top = QFormLayout()
        top.addRow(tr("Answered by"), self.answered_by)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result)
        self.sig_changed.connect(self._update)
        self._update()

    def answers(self) -> dict[str, int | str | None]:
        out: dict[str, int | str | None] = {}
        for item_id, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText().strip()
                if text:
                    out[item_id] = text
            else:
                out[item_id] = widget.currentData()
        return out

    def set_answers(self, answers: Mapping[str, object], answered_by: str) -> None:
        for item_id, value in answers.items():
            widget = self.inputs.get(item_id)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        index = self.answered_by.findData(answered_by)
        if index >= 0:
            self.answered_by.setCurrentIndex(index)

    def scored_answers(self) -> dict[str, int | None]:
        open_text = {i.id for i in self.instrument.items if i.open_text}
        return {
            k: v if isinstance(v, int) else None
            for k, v in self.answers().items()
            if k not in open_text
        }

    def current_score(self) -> Score:
        return score(self.instrument, self.scored_answers(), self.sex or None)

    def _update(self) -> None:
        result = self.current_score()
        text = describe(self.instrument, result)
        if result.risk:
            text += "\n⚠ " + "; ".join(flag.message for flag in result.risk)
        self.result.setText(text)
        theme = style.current()
        self.result.setStyleSheet(
            f"color: {theme.danger};"
            if result.risk
            else (f"color: {theme.warning};" if result.at_or_above_cutoff else "")
        )
        self.result.setAlignment(Qt.AlignmentFlag.AlignLeft)
