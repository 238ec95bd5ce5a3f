"""Signing the consent on the laptop: each section read in turn, initials, signatures.

A full-screen, client-facing window that shows nothing else of the practice.
Each section must be scrolled to its end before *Next*; sections that need
initials take them typed. The client (or, for a minor, a parent or guardian
who can consent) signs on the pad or types their full name; for a couple, each
partner initials and signs. The clinician then confirms with the passphrase and
countersigns. Escape and closing do nothing; the clinician can stop at any
page with the passphrase.

For a re-consent, a first page says what changed since the version the client
signed; sections that read exactly as they did then are marked unchanged and
may be passed without scrolling (initials are still needed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
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

from app.consent import RenderedSection, SectionChange
from app.consents import SignatureInput, SigningInput
from app.documents.consent_data import CLIENT, CLINICIAN, GUARDIAN
from ui import style
from ui.i18n import tr
from ui.tasks import TaskRunner
from ui.widgets.signature_pad import SignaturePad

#: The size of the texts the client reads, at the reference font size (ui.style.font_size);
#: their border's colour: ui.style, QTextBrowser#clientText.
_TEXT_POINTS = 14
#: The stack's pages.
SECTION, SIGN, CLINICIAN_PAGE, CHANGES = range(4)
#: How a couple's initials for one section are stored together.
INITIALS_JOIN = "/"


def _client_text() -> str:
    """The style of a text the client reads: large, in proportion to the system's font."""
    return style.font_size(_TEXT_POINTS) + " padding: 12px;"


def _changes_html(plan: SigningPlan) -> str:
    """The re-consent's first page: each changed, added or removed section, plainly."""
    parts = []
    theme = style.current()
    for change in plan.changes:
        title = escape(change.title or change.old_title)
        if change.kind == "added":
            parts.append(tr("<h3>New section: {title}</h3>").format(title=title))
        elif change.kind == "removed":
            parts.append(tr("<h3>Removed: {title}</h3>").format(title=title))
        elif change.kind == "changed":
            parts.append(tr("<h3>Changed: {title}</h3>").format(title=title))
            for line in change.lines:
                if line.startswith(("+++", "---")) or not line.startswith(("+", "-")):
                    continue
                wording = escape(line[1:].strip())
                if line.startswith("+"):
                    text = tr("<b>Now:</b> {wording}").format(wording=wording)
                    colour = theme.ok
                else:
                    text = tr("<b>Was:</b> {wording}").format(wording=wording)
                    colour = theme.danger
                parts.append(f"<p style='color:{colour}'>{text}</p>")
    if not parts:
        return tr("<p>The wording is the same as the version you signed.</p>")
    parts.append(
        tr(
            "<p>You will now see the whole form again. Sections marked unchanged read "
            "exactly as before.</p>"
        )
    )
    return "".join(parts)


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
    #: A couple: the other clients signing the same form, as (id, full name).
    partners: tuple[tuple[int, str], ...] = ()
    #: A re-consent: the version signed before and how each section changed since.
    previous_version: int | None = None
    changes: tuple[SectionChange, ...] = ()

    @property
    def signers(self) -> tuple[tuple[int, str], ...]:
        """Every client who signs, the client first."""
        return ((self.client_id, self.client_name), *self.partners)

    @property
    def unchanged_titles(self) -> frozenset[str]:
        """Sections that read as they did in the version signed before."""
        return frozenset(c.title for c in self.changes if c.kind == "unchanged")


class _SignatureBlock(QWidget):
    """A signature pad with a typed-name alternative (the keyboard's way to sign)."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.pad = SignaturePad()
        self.pad.setAccessibleName(tr("{caption}: signature pad").format(caption=caption))
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setToolTip(tr("Clear what was drawn on the pad"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(tr("…or type your full name instead of drawing"))
        self.typed.setAccessibleName(
            tr("{caption}: full name, typed instead of drawing").format(caption=caption)
        )
        self.pad.sig_typed.connect(self._type_instead)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(caption)
        title.setStyleSheet(style.font_size(15) + " font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

    def signed(self) -> bool:
        return not self.pad.is_empty() or bool(self.typed.text().strip())

    def _type_instead(self, text: str) -> None:
        """Keys pressed on the pad: the name field takes them, and the focus."""
        self.typed.setFocus(Qt.FocusReason.OtherFocusReason)
        self.typed.insert(text)


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
        self.setWindowTitle(tr("Consent"))
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
        self.title.setStyleSheet(style.font_size(20) + " font-weight: 600;")
        self.text = QTextBrowser()
        self.text.setObjectName("clientText")
        self.text.setStyleSheet(_client_text())
        self.scroll_hint = QLabel(tr("Please read to the end of the section to continue."))
        self.scroll_hint.setObjectName("hint")
        couple = bool(plan.partners)
        self.initials_edits: list[QLineEdit] = []
        for _client_id, name in plan.signers:
            edit = QLineEdit()
            edit.setPlaceholderText(
                tr("{name}'s initials").format(name=name.split()[0])
                if couple
                else tr("Your initials")
            )
            edit.setAccessibleName(tr("Initials of {name}").format(name=name))
            edit.setMaxLength(4 if couple else 6)
            edit.setMaximumWidth(180)
            self.initials_edits.append(edit)
        self.initials_edit = self.initials_edits[0]
        self.initials_label = QLabel(
            tr("We have read and agree to this section. Initials:")
            if couple
            else tr("I have read and agree to this section. Initials:")
        )
        self.unchanged_note = QLabel()
        self.unchanged_note.setObjectName("hint")
        self.back_button = QPushButton(tr("← Back"))
        self.next_button = QPushButton(tr("Next →"))
        self.next_button.setObjectName("primary")
        section_page = QWidget()
        layout = QVBoxLayout(section_page)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.scroll_hint)
        layout.addWidget(self.unchanged_note)
        initials_row = QHBoxLayout()
        initials_row.addWidget(self.initials_label)
        for edit in self.initials_edits:
            initials_row.addWidget(edit)
        initials_row.addStretch(1)
        initials_row.addWidget(self.back_button)
        initials_row.addWidget(self.next_button)
        layout.addLayout(initials_row)

        # The client (or guardian) signs.
        self.guardian = QComboBox()
        for name in plan.guardians:
            self.guardian.addItem(name)
        self.client_block = _SignatureBlock(
            tr("Signature of the parent or guardian")
            if plan.guardians
            else tr("Signature of {name}").format(name=plan.client_name)
            if plan.partners
            else tr("Your signature")
        )
        self.partner_blocks = [
            _SignatureBlock(tr("Signature of {name}").format(name=name))
            for _client_id, name in plan.partners
        ]
        self.sign_button = QPushButton(tr("Sign"))
        self.sign_button.setObjectName("primary")
        self.sign_message = QLabel()
        self.sign_message.setObjectName("formError")
        sign_page = QWidget()
        sign_layout = QVBoxLayout(sign_page)
        heading = QLabel(
            tr("By signing, you consent to {client}'s therapy on these terms.").format(
                client=plan.client_name
            )
            if plan.guardians
            else tr(
                "By signing, you each consent to therapy with {clinician} on these terms."
            ).format(clinician=plan.clinician_name)
            if plan.partners
            else tr("By signing, you consent to therapy with {clinician} on these terms.").format(
                clinician=plan.clinician_name
            )
        )
        heading.setWordWrap(True)
        heading.setStyleSheet(style.font_size(15))
        sign_layout.addWidget(heading)
        if plan.guardians:
            row = QHBoxLayout()
            row.addWidget(QLabel(tr("Signing as")))
            row.addWidget(self.guardian, 1)
            sign_layout.addLayout(row)
        sign_layout.addWidget(self.client_block)
        for block in self.partner_blocks:
            sign_layout.addSpacing(16)
            sign_layout.addWidget(block)
        signed_on = QLocale().toString(QDate(today.year, today.month, today.day), "dd MMMM yyyy")
        sign_layout.addWidget(QLabel(tr("Date: {date}").format(date=signed_on)))
        sign_layout.addStretch(1)
        sign_layout.addWidget(self.sign_message)
        sign_layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignRight)

        # The clinician confirms and countersigns.
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Clinician's passphrase"))
        self.clinician_block = _SignatureBlock(
            tr("Countersignature — {clinician}").format(clinician=plan.clinician_name)
        )
        self.finish_button = QPushButton(tr("Countersign and finish"))
        self.finish_button.setObjectName("primary")
        self.stop_button = QPushButton(tr("Stop without signing"))
        self.clinician_message = QLabel()
        self.clinician_message.setObjectName("formError")
        clinician_page = QWidget()
        clinician_layout = QVBoxLayout(clinician_page)
        self.thanks = QLabel(tr("Thank you. Please hand the laptop back to your therapist."))
        self.thanks.setStyleSheet(style.font_size(18) + " font-weight: 600;")
        self.thanks.setWordWrap(True)
        self.back_to_form = QPushButton(tr("← Back to the form"))
        self.back_to_form.setVisible(False)
        self.back_to_form.clicked.connect(self.back_to_signing)
        clinician_layout.addWidget(self.thanks)
        clinician_layout.addWidget(self.passphrase)
        clinician_layout.addWidget(self.clinician_block)
        clinician_layout.addStretch(1)
        clinician_layout.addWidget(self.clinician_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.back_to_form)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        clinician_layout.addLayout(buttons)

        # A re-consent starts with what changed since the version signed before.
        self.changes_view = QTextBrowser()
        self.changes_view.setObjectName("clientText")
        self.changes_view.setStyleSheet(_client_text())
        self.changes_view.setHtml(_changes_html(plan))
        self.changes_next = QPushButton(tr("Read the form →"))
        self.changes_next.setObjectName("primary")
        changes_page = QWidget()
        changes_layout = QVBoxLayout(changes_page)
        changes_title = QLabel(
            tr("What changed since you signed version {version}").format(
                version=plan.previous_version
            )
            if plan.previous_version is not None
            else tr("What changed")
        )
        changes_title.setStyleSheet(style.font_size(20) + " font-weight: 600;")
        changes_title.setWordWrap(True)
        changes_layout.addWidget(changes_title)
        changes_layout.addWidget(self.changes_view, 1)
        changes_layout.addWidget(self.changes_next, 0, Qt.AlignmentFlag.AlignRight)

        self.stack = QStackedWidget()
        for page in (section_page, sign_page, clinician_page, changes_page):
            self.stack.addWidget(page)
        # Only the clinician may stop: it leads to the passphrase.
        self.stop_link = QPushButton(tr("Therapist: stop signing"))
        self.stop_link.setObjectName("link")
        self.stop_link.setToolTip(tr("Needs the clinician's passphrase"))
        self.stop_link.clicked.connect(self.ask_to_stop)
        column = QVBoxLayout()
        column.addWidget(self.stop_link, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.stack, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 5)
        outer.addStretch(1)

        self.text.verticalScrollBar().valueChanged.connect(lambda _v: self._update_next())
        self.text.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._update_next())
        for edit in self.initials_edits:
            edit.textChanged.connect(lambda _t: self._update_next())
        self.changes_next.clicked.connect(self._show_section)
        self.next_button.clicked.connect(self.next_section)
        self.back_button.clicked.connect(self.previous_section)
        self.sign_button.clicked.connect(self.client_signed)
        self.finish_button.clicked.connect(self.countersign)
        self.stop_button.clicked.connect(self.stop)
        self._read_to_end: set[int] = set()
        self._laid_out = False
        self._client_has_signed = False
        if plan.previous_version is not None:
            self.stack.setCurrentIndex(CHANGES)
        else:
            self._show_section()

    # ------------------------------------------------------------ sections

    @property
    def section(self) -> RenderedSection:
        return self.plan.sections[self.position]

    def _show_section(self) -> None:
        # The scroll bar knows the text's length only once it is laid out: judge
        # "read to the end" from then on, never from the previous section's range.
        self._laid_out = False
        self.stack.setCurrentIndex(SECTION)
        section = self.section
        self.counter.setText(
            tr("Section {number} of {count}").format(
                number=self.position + 1, count=len(self.plan.sections)
            )
        )
        self.title.setText(section.title)
        self.text.setPlainText(section.text)
        self.text.verticalScrollBar().setValue(0)
        self.initials_label.setVisible(section.needs_initials)
        typed = self.initials.get(section.title, "").split(INITIALS_JOIN)
        for index, edit in enumerate(self.initials_edits):
            edit.setVisible(section.needs_initials)
            edit.setText(typed[index] if index < len(typed) else "")
        unchanged = section.title in self.plan.unchanged_titles
        self.unchanged_note.setText(
            tr("Unchanged since version {version}.").format(version=self.plan.previous_version)
            if unchanged
            else ""
        )
        self.unchanged_note.setVisible(unchanged)
        if unchanged:
            self._read_to_end.add(self.position)
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
        if self.stack.currentIndex() != SECTION:
            return
        if judge and self._laid_out and self.at_end():
            self._read_to_end.add(self.position)
        read = self.position in self._read_to_end
        initialled = not self.section.needs_initials or all(
            edit.text().strip() for edit in self.initials_edits
        )
        self.scroll_hint.setVisible(not read)
        self.next_button.setEnabled(read and initialled)

    def next_section(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.section.needs_initials:
            self.initials[self.section.title] = INITIALS_JOIN.join(
                edit.text().strip() for edit in self.initials_edits
            )
        if self.position + 1 < len(self.plan.sections):
            self.position += 1
            self._show_section()
        else:
            self.stack.setCurrentIndex(SIGN)

    def previous_section(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._show_section()

    # ---------------------------------------------------------- signatures

    def _signature(
        self, block: _SignatureBlock, role: str, name: str, client_id: int | None = None
    ) -> SignatureInput:
        typed = block.typed.text().strip()
        return SignatureInput(
            role=role,
            name=name,
            signed_on=self.today,
            strokes=() if typed else block.pad.strokes(),
            typed=typed,
            client_id=client_id,
        )

    def client_signed(self) -> None:
        blocks = [self.client_block, *self.partner_blocks]
        if not all(block.signed() for block in blocks):
            self.sign_message.setText(
                tr("Please both sign on the pads, or type your full names.")
                if self.partner_blocks
                else tr("Please sign on the pad, or type your full name.")
            )
            return
        self.sign_message.clear()
        self._client_has_signed = True
        self._show_clinician_page(stopping=False)

    def _client_signatures(self) -> tuple[SignatureInput, ...]:
        if self.plan.guardians:
            return (self._signature(self.client_block, GUARDIAN, self.guardian.currentText()),)
        blocks = [self.client_block, *self.partner_blocks]
        return tuple(
            self._signature(block, CLIENT, name, client_id)
            for block, (client_id, name) in zip(blocks, self.plan.signers, strict=True)
        )

    def ask_to_stop(self) -> None:
        """The clinician wants to stop: show the passphrase page, nothing signed."""
        self._return_to = self.stack.currentIndex()
        self._show_clinician_page(stopping=True)

    def _show_clinician_page(self, stopping: bool) -> None:
        self.stopping = stopping
        self.thanks.setText(
            tr("Signing stopped. Your therapist's passphrase is needed to leave this screen.")
            if stopping
            else tr("Thank you. Please hand the laptop back to your therapist.")
        )
        self.clinician_block.setVisible(not stopping)
        self.finish_button.setVisible(not stopping)
        self.back_to_form.setVisible(stopping)
        self.stop_link.setVisible(False)
        self.clinician_message.clear()
        self.stack.setCurrentIndex(CLINICIAN_PAGE)
        self.passphrase.setFocus()

    def back_to_signing(self) -> None:
        """Carry on signing after the stop link was pressed by mistake."""
        self.passphrase.clear()
        self.stop_link.setVisible(True)
        self.stack.setCurrentIndex(getattr(self, "_return_to", SECTION))

    def countersign(self) -> None:
        if not self._client_has_signed:
            return
        if not self.clinician_block.signed():
            self.clinician_message.setText(tr("Please countersign, or type your name."))
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.finish_button.setEnabled(False)
        self.clinician_message.setText(tr("Checking…"))
        self.tasks.run(
            lambda: self._verify(passphrase),
            self._countersigned,
            lambda _e: self._countersigned(False),
        )

    def _countersigned(self, ok: bool) -> None:
        self.finish_button.setEnabled(True)
        if not ok:
            self.clinician_message.setText(tr("That is not the clinician's passphrase."))
            return
        self.clinician_message.clear()
        self.result = SigningInput(
            client_id=self.plan.client_id,
            audience=self.plan.audience,
            template_id=self.plan.template_id,
            initials=dict(self.initials),
            signers=(
                *self._client_signatures(),
                self._signature(self.clinician_block, CLINICIAN, self.plan.clinician_name),
            ),
            partner_ids=tuple(client_id for client_id, _name in self.plan.partners),
        )
        self._leave()
        self.sig_finished.emit()

    def stop(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.clinician_message.setText(tr("Enter your passphrase to stop without signing."))
            return
        self.passphrase.clear()
        self.tasks.run(
            lambda: self._verify(passphrase), self._stopped, lambda _e: self._stopped(False)
        )

    def _stopped(self, ok: bool) -> None:
        if not ok:
            self.clinician_message.setText(tr("That is not the clinician's passphrase."))
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
