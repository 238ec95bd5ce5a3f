"""Choosing a new passphrase: from Settings (with the current one) or after a recovery unlock."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError, ValidationError, WrongPassphrase
from app.vault import Vault
from app.vault.crypto import check_new_passphrase
from ui.i18n import tr
from ui.tasks import TaskRunner
from ui.widgets.forms import FieldErrors
from ui.widgets.passphrase import PassphraseEdit, StrengthMeter


class NewPassphraseDialog(QDialog):
    """Sets a new passphrase; the work (a key derivation) runs off the GUI thread."""

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        *,
        require_current: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.require_current = require_current
        self.setWindowTitle(
            tr("Change passphrase") if require_current else tr("Choose a new passphrase")
        )
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        self.current = PassphraseEdit()
        self.new = PassphraseEdit()
        self.confirmation = PassphraseEdit()
        self.meter = StrengthMeter()
        self.new.textChanged.connect(self.meter.update_for)
        intro = QLabel(
            tr(
                "Your new passphrase replaces the old one at once; the old one will no longer "
                "open your practice. Your recovery code keeps working."
            )
            if require_current
            else tr(
                "You opened your practice with the recovery code. Choose a new passphrase "
                "now; the forgotten one will no longer open your practice."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        if require_current:
            self.errors.add_row(form, tr("Current passphrase"), "current", self.current)
        else:
            self.current.hide()
        self.errors.add_row(form, tr("New passphrase"), "passphrase", self.new)
        form.addRow("", self.meter)
        self.errors.add_row(form, tr("Repeat it"), "confirmation", self.confirmation)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Set passphrase"))
        if not require_current:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Lock instead"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        (self.current if require_current else self.new).setFocus()

    def submit(self) -> None:
        current, new, again = self.current.text(), self.new.text(), self.confirmation.text()
        try:
            check_new_passphrase(new, again)
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        self.errors.clear()
        self.buttons.setEnabled(False)
        self.status.setText(tr("Protecting your practice with the new passphrase…"))
        if self.require_current:
            self.tasks.run(
                lambda: self.vault.change_passphrase(current, new, again), self._done, self._failed
            )
        else:
            self.tasks.run(lambda: self.vault.set_passphrase(new, again), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.status.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.clear()
        if isinstance(exc, WrongPassphrase):
            self.errors.show({"current": tr("This is not your current passphrase.")})
        elif isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        elif isinstance(exc, RapportError):
            self.status.setText(exc.message)
        else:
            self.status.setText(tr("The passphrase could not be changed. Nothing was changed."))
            sys.excepthook(type(exc), exc, exc.__traceback__)
