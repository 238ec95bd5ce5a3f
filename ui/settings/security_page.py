"""Settings → Security: passphrase, automatic lock, device unlock and the recovery code."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changed
from app.errors import RapportError, WrongPassphrase
from app.practice import AUTO_LOCK_CHOICES, get_profile, get_setting, set_auto_lock_minutes
from app.vault import device
from ui.context import AppContext
from ui.i18n import tr
from ui.passphrase_dialog import NewPassphraseDialog
from ui.widgets.labels import text_label
from ui.widgets.recovery_code import RecoveryCodePanel


class SecuritySettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None

        passphrase_box = QGroupBox(tr("Passphrase"))
        self.change_button = QPushButton(tr("Change passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase)
        pb = QVBoxLayout(passphrase_box)
        pb.addWidget(
            text_label(tr("Changing it re-protects the key; your records are not rewritten."))
        )
        pb.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.passphrase_status = QLabel()
        self.passphrase_status.setObjectName("ok")
        pb.addWidget(self.passphrase_status)

        lock_box = QGroupBox(tr("Automatic lock"))
        self.auto_lock = QComboBox()
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(tr("%n minute(s)", "", minutes), minutes)
        lb = QFormLayout(lock_box)
        lb.addRow(tr("Lock after no activity for"), self.auto_lock)
        lb.addRow(
            text_label(
                tr(
                    "Time the computer spends asleep counts. "
                    "You can always lock at once with Ctrl+L."
                )
            )
        )

        device_box = QGroupBox(tr("Unlock with my computer login"))
        self.device_unlock = QCheckBox(
            tr("Unlock automatically when I am logged in to this computer")
        )
        self.device_note = text_label("")
        db = QVBoxLayout(device_box)
        db.addWidget(self.device_unlock)
        db.addWidget(self.device_note)

        recovery_box = QGroupBox(tr("Recovery code"))
        self.recovery_button = QPushButton(tr("Make a new recovery code…"))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        rb = QVBoxLayout(recovery_box)
        rb.addWidget(
            text_label(
                tr(
                    "If your recovery code was lost or seen by someone else, make a new one. "
                    "The old code stops working at once."
                )
            )
        )
        rb.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)

        key_box = QGroupBox(tr("Encryption key"))
        self.rotate_button = QPushButton(tr("Replace the encryption key…"))
        self.rotate_button.clicked.connect(self.replace_key)
        kb = QVBoxLayout(key_box)
        kb.addWidget(
            text_label(
                tr(
                    "If a copy of the practice and its key file may have been taken (a lost "
                    "backup drive, a computer that was not yours), re-encrypt the practice under "
                    "a new key. Your passphrase stays the same; you get a new recovery code."
                )
            )
        )
        kb.addWidget(self.rotate_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        for box in (passphrase_box, lock_box, device_box, recovery_box, key_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.load()
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_chosen)
        self.device_unlock.toggled.connect(self._device_toggled)

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            minutes = int(get_setting(session, "security.auto_lock_minutes"))
        index = self.auto_lock.findData(minutes)
        if index < 0:
            self.auto_lock.addItem(tr("%n minute(s)", "", minutes), minutes)
            index = self.auto_lock.count() - 1
        self.auto_lock.blockSignals(True)
        self.auto_lock.setCurrentIndex(index)
        self.auto_lock.blockSignals(False)
        self._refresh_device()

    def _refresh_device(self) -> None:
        available = device.is_available()
        self.device_unlock.blockSignals(True)
        self.device_unlock.setChecked(self.ctx.vault.has_device_slot)
        self.device_unlock.blockSignals(False)
        self.device_unlock.setEnabled(available or self.ctx.vault.has_device_slot)
        self.device_note.setText(
            tr(
                "The key is kept in your computer's secure keyring. Your passphrase keeps "
                "working. Use this only if nobody else uses your computer account."
            )
            if available
            else tr("Not available: this computer has no secure keyring that Rapport trusts.")
        )

    def _auto_lock_chosen(self) -> None:
        minutes = int(self.auto_lock.currentData())
        with self.ctx.vault.session() as session:
            changed = set_auto_lock_minutes(session, minutes)
        self.ctx.bus.publish(changed)

    def _device_toggled(self, on: bool) -> None:
        vault = self.ctx.vault
        work = vault.enable_device_unlock if on else vault.disable_device_unlock
        self.device_unlock.setEnabled(False)
        self.ctx.tasks.run(work, self._device_done, self._device_failed)

    def _device_done(self, _result: object) -> None:
        self._refresh_device()
        self.ctx.bus.publish(Changed.SECURITY)

    def _device_failed(self, exc: BaseException) -> None:
        self._refresh_device()
        message = (
            exc.message if isinstance(exc, RapportError) else tr("The keyring did not answer.")
        )
        QMessageBox.warning(self, tr("Device unlock"), message)

    def change_passphrase(self) -> None:
        self.dialog = NewPassphraseDialog(
            self.ctx.vault, self.ctx.tasks, require_current=True, parent=self
        )
        self.dialog.accepted.connect(self._passphrase_changed)
        self.dialog.open()

    def _passphrase_changed(self) -> None:
        self.ctx.bus.publish(Changed.SECURITY)
        self.passphrase_status.setText(tr("Your new passphrase is in use."))

    def new_recovery_code(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self,
            tr("Make a new recovery code"),
            tr("To make a new recovery code, type your passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return
        self.recovery_button.setEnabled(False)
        vault = self.ctx.vault

        def work() -> str | None:
            return vault.new_recovery_code() if vault.verify_passphrase(passphrase) else None

        self.ctx.tasks.run(work, self._show_new_code, self._recovery_failed)

    def replace_key(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self,
            tr("Replace the encryption key"),
            tr(
                "Every record is re-encrypted under a new key; this takes a few seconds for a "
                "large practice.\nBackups made before keep opening with the passphrase and "
                "recovery code of their day.\n\nTo go on, type your passphrase:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return
        self.rotate_button.setEnabled(False)
        self.recovery_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        vault = self.ctx.vault

        def work() -> str | None:
            try:
                return vault.rotate_data_key(passphrase)
            except WrongPassphrase:
                return None

        self.ctx.tasks.run(work, self._key_replaced, self._key_failed)

    def _key_replaced(self, code: str | None) -> None:
        self.unsetCursor()
        self.rotate_button.setEnabled(True)
        self._show_new_code(code, key_replaced=True)

    def _key_failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.rotate_button.setEnabled(True)
        self.recovery_button.setEnabled(True)
        reason = exc.message if isinstance(exc, RapportError) else ""
        message = tr("The key was not replaced; the practice opens as before. {reason}")
        QMessageBox.warning(self, tr("Encryption key"), message.format(reason=reason).strip())
        if not isinstance(exc, RapportError):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _recovery_failed(self, exc: BaseException) -> None:
        self.recovery_button.setEnabled(True)
        QMessageBox.warning(
            self, tr("Recovery code"), tr("No new code was made. Nothing was changed.")
        )
        if not isinstance(exc, RapportError):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _show_new_code(self, code: str | None, key_replaced: bool = False) -> None:
        self.recovery_button.setEnabled(True)
        if code is None:
            QMessageBox.warning(self, tr("Recovery code"), tr("That is not your passphrase."))
            return
        self.ctx.bus.publish(Changed.SECURITY)
        with self.ctx.vault.session() as session:
            profile = get_profile(session)
        vault = self.ctx.vault

        def kit() -> bytes:
            # Loaded on first use: reportlab is only needed to make a PDF.
            from app.documents.emergency_kit import EmergencyKit, render_emergency_kit

            return render_emergency_kit(
                EmergencyKit.for_practice(profile, vault.vault_id, code, vault.files.data_dir)
            )

        RecoveryCodeDialog(code, kit, self, key_replaced=key_replaced).exec()


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once; closes only when the clinician says it is stored."""

    def __init__(
        self,
        code: str,
        kit: Callable[[], bytes],
        parent: QWidget | None = None,
        *,
        key_replaced: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your new recovery code"))
        self.setMinimumWidth(620)
        self.panel = RecoveryCodePanel(code, kit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Done"))
        ok.setEnabled(False)
        self.panel.sig_stored_changed.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "The practice is now encrypted under a new key. Your previous recovery code "
                    "no longer works. This new one is shown only now."
                )
                if key_replaced
                else tr(
                    "Your previous recovery code no longer works. This new one is shown only now."
                )
            )
        )
        layout.addWidget(self.panel)
        layout.addWidget(buttons)

    def reject(self) -> None:
        if self.panel.stored.isChecked():
            super().reject()
