"""The unlock screen: passphrase, recovery code, or the computer's keyring."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.demo import DEMO_PASSPHRASE
from app.errors import (
    IntegrityProblem,
    RapportError,
    TooManyAttempts,
    ValidationError,
    VaultDamaged,
)
from app.vault import UnlockReport, Vault
from ui.i18n import tr
from ui.settings.backups_page import BackupFileDialog, BackupPlace, open_backup_file
from ui.style import icon
from ui.tasks import TaskRunner
from ui.widgets.passphrase import PassphraseEdit


class UnlockWindow(QWidget):
    """Shown whenever the vault is locked; nothing of the practice is visible behind it."""

    sig_unlocked = Signal(object)
    """The vault was unlocked; carries the :class:`UnlockReport`."""

    sig_quit_requested = Signal()
    """The clinician chose to quit instead of unlocking."""

    sig_restore_requested = Signal(object)
    """A checked backup should replace the damaged practice (a :class:`RestoreRequest`)."""

    def __init__(self, vault: Vault, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.setWindowTitle(tr("Rapport — locked"))
        self.setObjectName("page")
        self.resize(760, 560)
        self._busy = False

        logo = QLabel()
        logo.setPixmap(icon("rapport").pixmap(56, 56))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(tr("Your practice is locked"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.passphrase = PassphraseEdit()
        self.passphrase.setPlaceholderText(tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot_button = QPushButton(tr("Forgot your passphrase? Use your recovery code"))
        self.forgot_button.setObjectName("link")
        self.forgot_button.clicked.connect(lambda: self.show_mode(recovery=True))
        passphrase_page = QWidget()
        pp_layout = QVBoxLayout(passphrase_page)
        pp_layout.setContentsMargins(0, 0, 0, 0)
        pp_layout.addWidget(QLabel(tr("Enter your passphrase to open your practice.")))
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        pp_layout.addLayout(row)
        pp_layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.recovery_code = QLineEdit()
        self.recovery_code.setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.recovery_code.returnPressed.connect(self.unlock)
        self.recovery_button = QPushButton(tr("Unlock with recovery code"))
        self.recovery_button.setObjectName("primary")
        self.recovery_button.clicked.connect(self.unlock)
        back = QPushButton(tr("Back to passphrase"))
        back.setObjectName("link")
        back.clicked.connect(lambda: self.show_mode(recovery=False))
        recovery_page = QWidget()
        rc_layout = QVBoxLayout(recovery_page)
        rc_layout.setContentsMargins(0, 0, 0, 0)
        explanation = QLabel(
            tr(
                "Type the recovery code from your emergency access kit. Using it is recorded, "
                "and you will then choose a new passphrase."
            )
        )
        explanation.setWordWrap(True)
        rc_layout.addWidget(explanation)
        rc_row = QHBoxLayout()
        rc_row.addWidget(self.recovery_code, 1)
        rc_row.addWidget(self.recovery_button)
        rc_layout.addLayout(rc_row)
        rc_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

        self.modes = QStackedWidget()
        self.modes.addWidget(passphrase_page)
        self.modes.addWidget(recovery_page)

        self.device_button = QPushButton(tr("Unlock with my computer login"))
        self.device_button.clicked.connect(self.unlock_with_device)
        self.device_button.setVisible(vault.has_device_slot)

        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        # Offered when the practice file turns out to be damaged: the way back is a backup.
        self.restore_button = QPushButton(tr("Restore from a backup…"))
        self.restore_button.clicked.connect(lambda: self.restore_from_backup())
        self.restore_button.hide()
        self.backup_dialog: BackupFileDialog | None = None
        self.demo_hint = QLabel(
            tr(
                "This is a demo practice with made-up people. Its passphrase is: "
                "<b>{passphrase}</b>"
            ).format(passphrase=DEMO_PASSPHRASE)
        )
        self.demo_hint.setObjectName("hint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(vault.is_demo)

        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(560)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(logo)
        card_layout.addWidget(title)
        card_layout.addWidget(self.modes)
        card_layout.addWidget(self.device_button)
        card_layout.addWidget(self.message)
        card_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self.demo_hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.sig_quit_requested.emit)

        self._countdown = QTimer(self)
        self._countdown.setInterval(500)
        self._countdown.timeout.connect(self._tick)

    # ----------------------------------------------------------------- modes

    @property
    def in_recovery_mode(self) -> bool:
        return self.modes.currentIndex() == 1

    def show_mode(self, recovery: bool) -> None:
        self.modes.setCurrentIndex(1 if recovery else 0)
        self.message.clear()
        (self.recovery_code if recovery else self.passphrase).setFocus()

    def reset(self) -> None:
        """Clear what was typed and show the passphrase field (on every lock)."""
        self.passphrase.clear()
        self.recovery_code.clear()
        self.message.clear()
        self.restore_button.hide()
        self.device_button.setVisible(self.vault.has_device_slot)
        self.show_mode(recovery=False)
        self._tick()

    # -------------------------------------------------------------- unlocking

    def unlock(self) -> None:
        if self._busy or self._waiting():
            return
        if self.in_recovery_mode:
            code = self.recovery_code.text()
            if not code.strip():
                self.message.setText(tr("Type your recovery code."))
                return
            self._start(
                lambda: self.vault.unlock_with_recovery_code(code, check_now=False),
                tr("Checking the code…"),
            )
        else:
            passphrase = self.passphrase.text()
            if not passphrase:
                self.message.setText(tr("Type your passphrase."))
                return
            self._start(
                lambda: self.vault.unlock_with_passphrase(passphrase, check_now=False),
                tr("Unlocking…"),
            )

    def unlock_with_device(self) -> None:
        if self._busy or not self.vault.has_device_slot:
            return
        self._start(
            lambda: self.vault.unlock_with_device(check_now=False),
            tr("Unlocking with your computer login…"),
        )

    def _start(self, work: Callable[[], UnlockReport], status: str) -> None:
        self._set_busy(True)
        self.message.setObjectName("hint")
        self.message.setText(status)
        self._restyle(self.message)
        self.tasks.run(work, self._succeeded, self._failed)

    def _succeeded(self, report: UnlockReport) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery_code.clear()
        self.message.clear()
        self.sig_unlocked.emit(report)

    def show_damage(self, problem: VaultDamaged) -> None:
        """The practice turned out damaged after it opened: say so and offer a backup."""
        self._failed(problem)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setObjectName("formError")
        self._restyle(self.message)
        if isinstance(exc, ValidationError):
            self.message.setText(exc.message)
        elif isinstance(exc, TooManyAttempts):
            self._tick()
        elif isinstance(exc, VaultDamaged | IntegrityProblem):
            self.message.setText(
                tr(
                    "{problem}\n\nA backup brings the practice back as it was when the "
                    "backup was made; the damaged file is kept aside, not deleted."
                ).format(problem=exc.message)
            )
            self.restore_button.show()
            self.restore_button.setFocus()
        elif isinstance(exc, RapportError):
            self.message.setText(exc.message)
            if not self.in_recovery_mode:
                self.passphrase.selectAll()
            self._tick()
        else:
            self.message.setText(tr("Rapport could not open the practice. See the log file."))
            sys.excepthook(type(exc), exc, exc.__traceback__)

    # ---------------------------------------------------------------- restoring

    def restore_from_backup(self, path: Path | None = None) -> None:
        """Choose a backup, type its passphrase; once it checks out, ask for the restore."""
        place = BackupPlace.of_vault(self.vault, self.tasks, lambda: datetime.now(UTC))

        def opened(dialog: BackupFileDialog) -> None:
            self.backup_dialog = dialog
            dialog.accepted.connect(lambda: self._restore_confirmed(dialog))
            dialog.open()

        def refused(message: str) -> None:
            self.message.setText(message)

        open_backup_file(self, place, restore=True, path=path, on_dialog=opened, on_error=refused)

    def _restore_confirmed(self, dialog: BackupFileDialog) -> None:
        request, dialog.verified = dialog.verified, None
        if request is not None:
            self.sig_restore_requested.emit(request)

    # ---------------------------------------------------------------- waiting

    def _waiting(self) -> bool:
        return self.vault.seconds_until_next_attempt() > 0

    def _tick(self) -> None:
        wait = self.vault.seconds_until_next_attempt()
        if wait > 0:
            self._countdown.start()
            self.message.setObjectName("formError")
            self._restyle(self.message)
            self.message.setText(
                tr(
                    "That did not open the practice. After several failed tries Rapport waits "
                    "before the next one: please try again in {seconds} s."
                ).format(seconds=math.ceil(wait))
            )
            self._set_inputs_enabled(False)
        else:
            if self._countdown.isActive():
                self._countdown.stop()
                self.message.setText(tr("You can try again now."))
            self._set_inputs_enabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._set_inputs_enabled(not busy)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.passphrase,
            self.unlock_button,
            self.recovery_code,
            self.recovery_button,
            self.device_button,
        ):
            widget.setEnabled(enabled)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
