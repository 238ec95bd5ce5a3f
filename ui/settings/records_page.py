"""Settings → Records: how long records are kept after the last service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.practice import retention_policy, set_retention_policy
from app.retention import RetentionPolicy
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.forms import FieldErrors, counted_suffix
from ui.widgets.labels import text_label


class RecordsSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.years_after_last_service = QSpinBox()
        self.years_after_last_service.setRange(1, 50)
        counted_suffix(self.years_after_last_service, lambda n: tr(" year(s)", "", n))
        self.years_after_majority = QSpinBox()
        self.years_after_majority.setRange(0, 30)
        counted_suffix(self.years_after_majority, lambda n: tr(" year(s)", "", n))
        self.age_of_majority = QSpinBox()
        self.age_of_majority.setRange(14, 21)
        for spin in (
            self.years_after_last_service,
            self.years_after_majority,
            self.age_of_majority,
        ):
            spin.setMaximumWidth(140)
        self.save_button = QPushButton(tr("Save retention policy"))
        self.save_button.setObjectName("primary")
        self.status = QLabel()
        self.status.setObjectName("hint")
        box = QGroupBox(tr("Keeping records of archived clients"))
        form = QFormLayout(box)
        self.errors.add_row(
            form,
            tr("Keep after the last service"),
            "years_after_last_service",
            self.years_after_last_service,
        )
        self.errors.add_row(
            form,
            tr("Keep after a minor comes of age"),
            "years_after_majority",
            self.years_after_majority,
        )
        self.errors.add_row(form, tr("Age of majority"), "age_of_majority", self.age_of_majority)
        form.addRow(
            text_label(
                tr(
                    "An archived record is kept until the later of the two dates, then it may be "
                    "erased. The defaults follow the American Psychological Association's record "
                    "keeping guidelines (7 years; 3 years after 18); check what your jurisdiction "
                    "requires. Changes apply to clients archived from now on."
                )
            )
        )
        form.addRow(self.save_button, self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            policy = retention_policy(session)
        self.years_after_last_service.setValue(policy.years_after_last_service)
        self.years_after_majority.setValue(policy.years_after_majority)
        self.age_of_majority.setValue(policy.age_of_majority)

    def save(self) -> None:
        policy = RetentionPolicy(
            self.years_after_last_service.value(),
            self.years_after_majority.value(),
            self.age_of_majority.value(),
        )
        try:
            with self.ctx.vault.session() as session:
                changed = set_retention_policy(session, policy)
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        self.errors.clear()
        self.ctx.bus.publish(changed)
        self.status.setText(tr("Saved."))
