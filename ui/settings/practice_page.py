"""Settings → Practice: the letterhead details, checked and audited when saved."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import Changed
from app.errors import ValidationError
from app.practice import get_profile, save_profile
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.profile_form import ProfileForm


class PracticeSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = ProfileForm()
        self.save_button = QPushButton(tr("Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.setShortcut("Ctrl+S")
        self.revert_button = QPushButton(tr("Undo changes"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("These details appear on letterheads, consent forms, invoices and reports."))
        )
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.form.sig_edited.connect(self._edited)
        ctx.bus.sig_changed.connect(self._on_changed)
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            self.form.set_value(get_profile(session))
        self._set_dirty(False)
        self.status.clear()

    def save(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                changed = save_profile(session, self.form.value())
        except ValidationError as exc:
            self.form.errors.show(exc.problems)
            self.status.setText(tr("Nothing was saved: please correct the fields marked in red."))
            return
        self.ctx.bus.publish(changed)
        self.load()
        self.status.setText(tr("Saved."))

    def _edited(self) -> None:
        self._set_dirty(True)
        self.status.clear()

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def has_unsaved_changes(self) -> bool:
        return self.save_button.isEnabled()

    def _on_changed(self, changed: Changed) -> None:
        if Changed.PRACTICE in changed and not self.has_unsaved_changes():
            self.load()
