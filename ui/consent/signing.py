"""Signing the consent on the laptop: each section read in turn, initials, signatures.

A full-screen, client-facing window that shows nothing else of the practice.
Each section must be scrolled to its end before *Next*; sections that need
initials take them typed. The client (or, for a minor, a parent or guardian
who can consent) signs on the pad or types their full name; the clinician then
confirms with the passphrase and countersigns. Escape and closing do nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.consent import RenderedSection
from app.consents import SignatureInput, SigningInput
from app.documents.consent_form import CLIENT, CLINICIAN, GUARDIAN
from ui.tasks import TaskRunner
from ui.widgets.signature_pad import SignaturePad

_TEXT = "QTextBrowser { font-size: 14pt; padding: 12px; border: 1px solid #d9e0df; }"


@dataclass(frozen=True)
class SigningPlan:
    """Who signs what: everything the window needs, decided before it opens."""

    client_id: int
    client_name: str
    audience: str
    template_id: int
    template_version: int
    sections: tuple[RenderedSection, ...]
    #: For a minor: the guardians who may consent (one of them signs).
    guardians: tuple[str, ...] = ()
    clinician_name: str = ""


class _SignatureBlock(QWidget):
    """A signature pad with a typed-name alternative."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.pad = SignaturePad()
        self.clear_button = QPushButton("Clear")
        self.clear_button.clicked.connect(self.pad.clear)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("…or type your full name instead of drawing")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(caption)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

    def signed(self) -> bool:
        return not self.pad.is_empty() or bool(self.typed.text().strip())


class ConsentSigning(QWidget):
    """The client-facing signing flow; ``result`` holds the signing input when done."""

    sig_finished = Signal()
    """Signed and countersigned: ``result`` is ready to store."""

    sig_cancelled = Signal()
    """The clinician stopped the signing (passphrase given)."""

    def __init__(
        self,
        plan: SigningPlan,
        verify_passphrase: Callable[[str], bool],
        tasks: TaskRunner,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle("Consent")
        self.setObjectName("page")
        self.plan = plan
        self.today = today
        self._verify = verify_passphrase
        self.tasks = tasks
        self.result: SigningInput | None = None
        self.position = 0
        self.initials: dict[str, str] = {}

        # One section at a time.
        self.counter = QLabel()
        self.counter.setObjectName("hint")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.text = QTextBrowser()
        self.text.setStyleSheet(_TEXT)
        self.scroll_hint = QLabel("Please read to the end of the section to continue.")
        self.scroll_hint.setObjectName("hint")
        self.initials_edit = QLineEdit()
        self.initials_edit.setPlaceholderText("Your initials")
        self.initials_edit.setMaxLength(6)
        self.initials_edit.setMaximumWidth(160)
        self.initials_label = QLabel("I have read and agree to this section. Initials:")
        self.back_button = QPushButton("← Back")
        self.next_button = QPushButton("Next →")
        self.next_button.setObjectName("primary")
        section_page = QWidget()
        layout = QVBoxLayout(section_page)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.scroll_hint)
        initials_row = QHBoxLayout()
        initials_row.addWidget(self.initials_label)
        initials_row.addWidget(self.initials_edit)
        initials_row.addStretch(1)
        initials_row.addWidget(self.back_button)
        initials_row.addWidget(self.next_button)
        layout.addLayout(initials_row)

        # The client (or guardian) signs.
        self.guardian = QComboBox()
        for name in plan.guardians:
            self.guardian.addItem(name)
        self.client_block = _SignatureBlock(
            "Signature of the parent or guardian" if plan.guardians else "Your signature"
        )
        self.sign_button = QPushButton("Sign")
        self.sign_button.setObjectName("primary")
        self.sign_message = QLabel()
        self.sign_message.setObjectName("formError")
        sign_page = QWidget()
        sign_layout = QVBoxLayout(sign_page)
        heading = QLabel(
            f"By signing, you consent to therapy with {plan.clinician_name} on these terms."
            if not plan.guardians
            else f"By signing, you consent to {plan.client_name}'s therapy on these terms."
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 15pt;")
        sign_layout.addWidget(heading)
        if plan.guardians:
            row = QHBoxLayout()
            row.addWidget(QLabel("Signing as"))
            row.addWidget(self.guardian, 1)
            sign_layout.addLayout(row)
        sign_layout.addWidget(self.client_block)
        sign_layout.addWidget(QLabel(f"Date: {today:%d %B %Y}"))
        sign_layout.addStretch(1)
        sign_layout.addWidget(self.sign_message)
        sign_layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignRight)

        # The clinician confirms and countersigns.
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Clinician's passphrase")
        self.clinician_block = _SignatureBlock(f"Countersignature — {plan.clinician_name}")
        self.finish_button = QPushButton("Countersign and finish")
        self.finish_button.setObjectName("primary")
        self.stop_button = QPushButton("Stop without signing")
        self.clinician_message = QLabel()
        self.clinician_message.setObjectName("formError")
        clinician_page = QWidget()
        clinician_layout = QVBoxLayout(clinician_page)
        thanks = QLabel("Thank you. Please hand the laptop back to your therapist.")
        thanks.setStyleSheet("font-size: 18pt; font-weight: 600;")
        thanks.setWordWrap(True)
        clinician_layout.addWidget(thanks)
        clinician_layout.addWidget(self.passphrase)
        clinician_layout.addWidget(self.clinician_block)
        clinician_layout.addStretch(1)
        clinician_layout.addWidget(self.clinician_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        clinician_layout.addLayout(buttons)

        self.stack = QStackedWidget()
        for page in (section_page, sign_page, clinician_page):
            self.stack.addWidget(page)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.stack, 5)
        outer.addStretch(1)

        self.text.verticalScrollBar().valueChanged.connect(lambda _v: self._update_next())
        self.text.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._update_next())
        self.initials_edit.textChanged.connect(lambda _t: self._update_next())
        self.next_button.clicked.connect(self.next_section)
        self.back_button.clicked.connect(self.previous_section)
        self.sign_button.clicked.connect(self.client_signed)
        self.finish_button.clicked.connect(self.countersign)
        self.stop_button.clicked.connect(self.stop)
        self._read_to_end: set[int] = set()
        self._laid_out = False
        self._show_section()

    # ------------------------------------------------------------ sections

    @property
    def section(self) -> RenderedSection:
        return self.plan.sections[self.position]

    def _show_section(self) -> None:
        # The scroll bar knows the text's length only once it is laid out: judge
        # "read to the end" from then on, never from the previous section's range.
        self._laid_out = False
        self.stack.setCurrentIndex(0)
        section = self.section
        self.counter.setText(f"Section {self.position + 1} of {len(self.plan.sections)}")
        self.title.setText(section.title)
        self.text.setPlainText(section.text)
        self.text.verticalScrollBar().setValue(0)
        self.initials_label.setVisible(section.needs_initials)
        self.initials_edit.setVisible(section.needs_initials)
        self.initials_edit.setText(self.initials.get(section.title, ""))
        self.back_button.setEnabled(self.position > 0)
        self._update_next(judge=False)
        QTimer.singleShot(120, self._settled)

    def _settled(self) -> None:
        self._laid_out = True
        self._update_next()

    def at_end(self) -> bool:
        """True when the end of the section is on screen (scrolled to, or it all fits)."""
        bar = self.text.verticalScrollBar()
        return bar.maximum() == 0 or bar.value() >= bar.maximum()

    def _update_next(self, judge: bool = True) -> None:
        if self.stack.currentIndex() != 0:
            return
        if judge and self._laid_out and self.at_end():
            self._read_to_end.add(self.position)
        read = self.position in self._read_to_end
        initialled = not self.section.needs_initials or bool(self.initials_edit.text().strip())
        self.scroll_hint.setVisible(not read)
        self.next_button.setEnabled(read and initialled)

    def next_section(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.section.needs_initials:
            self.initials[self.section.title] = self.initials_edit.text().strip()
        if self.position + 1 < len(self.plan.sections):
            self.position += 1
            self._show_section()
        else:
            self.stack.setCurrentIndex(1)

    def previous_section(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._show_section()

    # ---------------------------------------------------------- signatures

    def _signature(self, block: _SignatureBlock, role: str, name: str) -> SignatureInput:
        typed = block.typed.text().strip()
        return SignatureInput(
            role=role,
            name=name,
            signed_on=self.today,
            strokes=() if typed else block.pad.strokes(),
            typed=typed,
            client_id=self.plan.client_id if role == CLIENT else None,
        )

    def client_signed(self) -> None:
        if not self.client_block.signed():
            self.sign_message.setText("Please sign on the pad, or type your full name.")
            return
        self.sign_message.clear()
        self.stack.setCurrentIndex(2)
        self.passphrase.setFocus()

    def _client_signature(self) -> SignatureInput:
        if self.plan.guardians:
            return self._signature(self.client_block, GUARDIAN, self.guardian.currentText())
        return self._signature(self.client_block, CLIENT, self.plan.client_name)

    def countersign(self) -> None:
        if not self.clinician_block.signed():
            self.clinician_message.setText("Please countersign, or type your name.")
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.finish_button.setEnabled(False)
        self.clinician_message.setText("Checking…")
        self.tasks.run(
            lambda: self._verify(passphrase),
            self._countersigned,
            lambda _e: self._countersigned(False),
        )

    def _countersigned(self, ok: bool) -> None:
        self.finish_button.setEnabled(True)
        if not ok:
            self.clinician_message.setText("That is not the clinician's passphrase.")
            return
        self.clinician_message.clear()
        self.result = SigningInput(
            client_id=self.plan.client_id,
            audience=self.plan.audience,
            template_id=self.plan.template_id,
            initials=dict(self.initials),
            signers=(
                self._client_signature(),
                self._signature(self.clinician_block, CLINICIAN, self.plan.clinician_name),
            ),
        )
        self._leave()
        self.sig_finished.emit()

    def stop(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.clinician_message.setText("Enter your passphrase to stop without signing.")
            return
        self.passphrase.clear()
        self.tasks.run(
            lambda: self._verify(passphrase), self._stopped, lambda _e: self._stopped(False)
        )

    def _stopped(self, ok: bool) -> None:
        if not ok:
            self.clinician_message.setText("That is not the clinician's passphrase.")
            return
        self._leave()
        self.sig_cancelled.emit()

    # ------------------------------------------------------------- leaving

    def _leave(self) -> None:
        self._leaving = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_leaving", False):
            event.accept()
        else:
            event.ignore()
