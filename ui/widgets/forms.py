"""Form helpers: a message under each field, filled from a core ValidationError;
text boxes sized in lines of their font."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


class FieldErrors:
    """Keeps one error label under each named field of a form."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """A container holding ``field`` with its (hidden) error label underneath."""
        box = QWidget()
        # Never taller than the field and its message: spare room stays below the form.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._labels[name] = label
        # A message goes as soon as the clinician changes what it was about.
        for editable in (field, *field.findChildren(QWidget)):
            _on_edit(editable, label.hide)
        return box

    def add_row(self, form: QFormLayout, caption: str, name: str, field: QWidget) -> None:
        form.addRow(caption, self.wrap(name, field))

    def show(self, problems: dict[str, str]) -> list[str]:
        """Show each problem next to its field; returns the problems with no field here."""
        self.clear()
        unplaced = []
        for name, message in problems.items():
            label = self._labels.get(name)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message)
            label.show()
        return unplaced

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


def _on_edit(widget: QWidget, hide: object) -> None:
    """Connect ``hide`` to the signal that says the clinician changed ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(hide)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.textChanged.connect(hide)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(hide)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(hide)
    elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        widget.valueChanged.connect(hide)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(hide)


def set_lines_high(edit: QPlainTextEdit, lines: float) -> None:
    """Make ``edit`` as high as ``lines`` lines of its font (not a number of pixels, which
    a larger system font would overflow), with Tab going on to the next field."""
    margins = edit.contentsMargins()
    inner = edit.fontMetrics().lineSpacing() * lines + 2 * edit.document().documentMargin()
    edit.setFixedHeight(math.ceil(inner) + margins.top() + margins.bottom())
    edit.setTabChangesFocus(True)


def counted_suffix(box: QSpinBox, unit: Callable[[int], str]) -> None:
    """Keep the unit after ``box``'s number in step with it: "1 session", "3 sessions".

    ``unit`` is ``lambda n: tr(" session(s)", "", n)``, written where the box is made so
    that the catalogue knows the words as a plural.
    """
    box.valueChanged.connect(lambda value: box.setSuffix(unit(value)))
    box.setSuffix(unit(box.value()))
