"""The recovery code shown once, with printing and saving of the emergency access kit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.documents import print_pdf, save_pdf
from ui.i18n import marked, tr

KIT_TITLE = marked("Emergency access kit")
KIT_FILE_NAME = "Rapport emergency access kit.pdf"


class RecoveryCodePanel(QWidget):
    """Shows a recovery code and asks the clinician to confirm they stored it."""

    sig_stored_changed = Signal(bool)
    """The "I have stored my recovery code" box was ticked or unticked."""

    def __init__(
        self, recovery_code: str, kit_pdf: Callable[[], bytes], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kit_pdf = kit_pdf
        self.code = recovery_code
        code = QLabel(recovery_code)
        code.setObjectName("recoveryCode")
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(tr("Print emergency access kit…"))
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton(tr("Save kit as PDF…"))
        self.print_button.clicked.connect(self.print_kit)
        self.save_button.clicked.connect(self.save_kit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        advice = QLabel(
            tr(
                "Print the kit (or write the code down) and keep it away from this computer — "
                "a locked drawer or a safe. Do not e-mail it or keep a photo of it in the "
                "cloud. Using it is recorded, and you will then choose a new passphrase."
            )
        )
        advice.setWordWrap(True)
        advice.setObjectName("hint")
        self.stored = QCheckBox(tr("I have stored my recovery code somewhere safe"))
        self.stored.toggled.connect(self.sig_stored_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(code)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(self.stored)

    def print_kit(self) -> None:
        print_pdf(self, self._kit_pdf(), tr(KIT_TITLE))

    def save_kit(self) -> None:
        save_pdf(self, self._kit_pdf(), KIT_FILE_NAME)
