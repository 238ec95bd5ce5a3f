"""Form helpers: a message under each field, filled from a core ValidationError."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


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
