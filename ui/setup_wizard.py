"""First run: the practice's details, a passphrase, the recovery code, then the vault is made.

Or, on a new computer, a backup of the practice is restored instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import RapportError, ValidationError
from app.practice import ProfileInput
from app.vault import KdfPolicy, NewVaultPlan, Vault, device
from app.vault.crypto import check_new_passphrase
from ui.backups import RestoreRequest
from ui.i18n import tr
from ui.settings.backups_page import BackupFileDialog, BackupPlace, open_backup_file
from ui.style import icon
from ui.tasks import TaskRunner
from ui.widgets.forms import FieldErrors
from ui.widgets.labels import text_label
from ui.widgets.passphrase import PassphraseEdit, StrengthMeter
from ui.widgets.profile_form import ProfileForm
from ui.widgets.recovery_code import RecoveryCodePanel


class PracticePage(QWizardPage):
    def __init__(self, default: ProfileInput) -> None:
        super().__init__()
        self.setTitle(tr("Welcome to Rapport"))
        self.setSubTitle(
            tr(
                "Everything you enter stays on this computer, in one encrypted file. "
                "First, the details that will appear on your letterhead and forms."
            )
        )
        self.form = ProfileForm()
        self.form.set_value(default)
        self.restore_button = QPushButton(tr("Restore from a backup…"))
        self.restore_button.setObjectName("link")
        self.restore_button.setAutoDefault(False)
        self.restore_message = text_label("", "formError")
        self.restore_message.hide()
        moving = text_label(
            tr("Moving from another computer? Bring your practice with you:"), "hint"
        )
        moving.setWordWrap(False)
        restore_row = QHBoxLayout()
        restore_row.addWidget(moving)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(
            text_label(
                tr("Fields marked * are needed. You can change all of this later in Settings.")
            )
        )
        layout.addStretch(1)
        layout.addLayout(restore_row)
        layout.addWidget(self.restore_message, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.practice_name.textChanged.connect(self.completeChanged)
        self.form.clinician_name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(
            self.form.practice_name.text().strip() and self.form.clinician_name.text().strip()
        )

    def validatePage(self) -> bool:
        try:
            self.form.value().cleaned()
        except ValidationError as exc:
            self.form.errors.show(exc.problems)
            return False
        self.form.errors.clear()
        return True


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(
            tr(
                "Your passphrase encrypts every record. Nobody — not even Rapport's makers — "
                "can recover it for you, so choose one you will remember."
            )
        )
        self.passphrase = PassphraseEdit()
        self.confirmation = PassphraseEdit()
        self.meter = StrengthMeter()
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, tr("Passphrase"), "passphrase", self.passphrase)
        form.addRow("", self.meter)
        self.errors.add_row(form, tr("Repeat it"), "confirmation", self.confirmation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(
            text_label(
                tr(
                    "Tip: four or five unrelated words, such as “lantern orchard velvet "
                    "kettle”, are easier to remember than a short password and much harder "
                    "to guess."
                )
            )
        )
        self.passphrase.textChanged.connect(self._changed)
        self.confirmation.textChanged.connect(self.completeChanged)

    def _changed(self, text: str) -> None:
        wizard = self.wizard()
        inputs = []
        if isinstance(wizard, SetupWizard):
            profile = wizard.practice_page.form.value()
            inputs = [profile.practice_name, profile.clinician_name]
        self.meter.update_for(text, inputs)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.passphrase.text()) and bool(self.confirmation.text())

    def validatePage(self) -> bool:
        try:
            check_new_passphrase(self.passphrase.text(), self.confirmation.text())
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return False
        self.errors.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, recovery_code: str, kit_pdf: Callable[[], bytes]) -> None:
        super().__init__()
        self.setTitle(tr("Your recovery code"))
        self.setSubTitle(
            tr(
                "If you ever forget your passphrase, this code is the only other way into "
                "your records. It is shown only now."
            )
        )
        self.panel = RecoveryCodePanel(recovery_code, kit_pdf)
        self.panel.sig_stored_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def isComplete(self) -> bool:
        return self.panel.stored.isChecked()


class FinishPage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(tr("Ready to create your practice"))
        self.setSubTitle(tr("One last choice, then Rapport creates your encrypted practice file."))
        self.device_unlock = QCheckBox(tr("Also unlock with my computer login"))
        available = device.is_available()
        self.device_unlock.setEnabled(available)
        explanation = (
            tr(
                "Rapport keeps a key in your computer's secure keyring, so that logging in to "
                "this computer is enough to open your practice. Your passphrase keeps working. "
                "Choose this only if nobody else uses your computer account."
            )
            if available
            else tr(
                "Not available here: this computer has no secure keyring that Rapport "
                "trusts, so you will always type your passphrase."
            )
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.device_unlock)
        layout.addWidget(text_label(explanation))
        layout.addSpacing(16)
        layout.addWidget(
            text_label(tr("Your practice file will be kept in:\n{folder}").format(folder=data_dir))
        )
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)


class SetupWizard(QWizard):
    """Creates a new vault; on success :attr:`vault` holds it, unlocked.

    *Restore from a backup…* on the first page instead hands a checked backup
    on (:attr:`sig_restore_requested`) and closes the wizard.
    """

    sig_restore_requested = Signal(object)
    """A backup checked with its secret, to restore into the data folder (a RestoreRequest)."""

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskRunner,
        default_profile: ProfileInput,
        policy: KdfPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Set up Rapport"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(880, 600)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("rapport").pixmap(48, 48))
        self.data_dir = data_dir
        self.tasks = tasks
        self.policy = policy
        self.plan = NewVaultPlan.make()
        self.vault: Vault | None = None
        self._creating = False

        self.practice_page = PracticePage(default_profile)
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage(self.plan.recovery_code, self.emergency_kit_pdf)
        self.finish_page = FinishPage(data_dir)
        for page in (
            self.practice_page,
            self.passphrase_page,
            self.recovery_page,
            self.finish_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Create my practice"))
        self.backup_dialog: BackupFileDialog | None = None
        self.practice_page.restore_button.clicked.connect(lambda: self.restore_from_backup())

    def restore_from_backup(self, path: Path | None = None) -> None:
        """Choose a backup and type its passphrase; once it checks out, hand the restore on."""
        place = BackupPlace(self.data_dir, None, self.tasks, lambda: datetime.now(UTC))
        message = self.practice_page.restore_message

        def opened(dialog: BackupFileDialog) -> None:
            self.backup_dialog = dialog
            dialog.accepted.connect(lambda: self._restore_confirmed(dialog))
            dialog.open()

        def refused(text: str) -> None:
            message.setText(text)
            message.show()

        message.hide()
        open_backup_file(self, place, restore=True, path=path, on_dialog=opened, on_error=refused)

    def _restore_confirmed(self, dialog: BackupFileDialog) -> None:
        request: RestoreRequest | None
        request, dialog.verified = dialog.verified, None
        if request is not None:
            self.sig_restore_requested.emit(request)

    def emergency_kit_pdf(self) -> bytes:
        # Loaded on first use: reportlab is only needed to make a PDF.
        from app.documents.emergency_kit import EmergencyKit, render_emergency_kit

        return render_emergency_kit(
            EmergencyKit.for_practice(
                self.practice_page.form.value(),
                self.plan.vault_id,
                self.plan.recovery_code,
                self.data_dir,
            )
        )

    def accept(self) -> None:
        if self.vault is not None:
            super().accept()
            return
        if self._creating:
            return
        self._creating = True
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(False)
        self.finish_page.progress.show()
        self.finish_page.status.setText(
            tr("Protecting your practice with your passphrase… this takes a few seconds.")
        )
        profile = self.practice_page.form.value()
        passphrase = self.passphrase_page.passphrase.text()
        with_device = self.finish_page.device_unlock.isChecked()

        def create() -> Vault:
            return Vault.create(
                self.data_dir,
                passphrase,
                profile,
                plan=self.plan,
                policy=self.policy,
                device_unlock=with_device,
            )

        self.tasks.run(create, self._created, self._failed)

    def _created(self, vault: Vault) -> None:
        self.vault = vault
        self._creating = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._creating = False
        self.finish_page.progress.hide()
        self.finish_page.status.clear()
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(True)
        message = (
            exc.message
            if isinstance(exc, RapportError)
            else tr("The practice could not be created. Nothing was left behind; please try again.")
        )
        QMessageBox.warning(self, tr("Not created"), message)
        if not isinstance(exc, RapportError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
