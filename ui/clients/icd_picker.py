"""Choosing an ICD-10-CM diagnosis by typing part of its code or description."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import diagnoses
from app.diagnoses import Icd10Code
from ui.i18n import tr
from ui.tasks import TaskRunner


class IcdPicker(QDialog):
    """Search the code set; ``chosen`` holds the picked code after Accept."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a diagnosis (ICD-10-CM)"))
        self.resize(640, 480)
        self.tasks = tasks
        self.chosen: Icd10Code | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Type a code (F41.1) or words (generalized anxiety)"))
        self.results = QListWidget()
        self.status = QLabel(tr("Loading the code set…"))
        self.status.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add diagnosis"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._search)
        self._ready = False
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._accept_current)
        self.results.currentItemChanged.connect(self._current_changed)
        self.results.itemActivated.connect(lambda _item: self.accept())
        # The code set takes about a second to read the first time: off the GUI thread.
        self.tasks.run(lambda: diagnoses.search("F41"), self._loaded, self._load_failed)

    def _loaded(self, _result: object) -> None:
        self._ready = True
        self.status.setText(tr("Billable codes are listed first."))
        self._search()

    def _load_failed(self, _exc: BaseException) -> None:
        self.status.setText(tr("The ICD-10-CM code set could not be loaded."))

    def _search(self) -> None:
        if not self._ready:
            return
        self.results.clear()
        for code in diagnoses.search(self.query.text(), limit=80):
            if code.billable:
                text = f"{code.code}  {code.description}"
            else:
                text = tr(
                    "{code}  {description}  (category — choose a more specific code to bill)"
                ).format(code=code.code, description=code.description)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _current_changed(self, current: QListWidgetItem | None) -> None:
        self.chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen is not None)

    def _accept_current(self) -> None:
        self._debounce.stop()
        self._search()
        if self.chosen is not None:
            self.accept()

    def wait_until_ready(self) -> bool:
        """For tests: block until the code set is loaded."""
        self.tasks.wait(30_000)
        return self._ready
