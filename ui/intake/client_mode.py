"""Client-facing mode: the client answers questionnaires on the clinician's laptop.

A full-screen window that shows only the questionnaires handed over, one
question at a time with large answers, and nothing else of the practice. Escape
and closing do nothing; handing the laptop back needs the clinician's
passphrase (or the clinician's PIN, when one is set). Answers are kept as
they are given: each questionnaire is announced as soon as its last question is
answered, so that a laptop handed back part-way keeps what was finished.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
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

from app.instruments import Instrument, Item
from ui import style
from ui.i18n import marked, tr
from ui.tasks import TaskRunner

_THANKS = marked("Thank you — that's all.\n\nPlease hand the laptop back.")


#: More answers than this to one question get lower buttons.
MANY_ANSWERS = 6


class ClientMode(QWidget):
    """Walks the client through ``instruments``; the answers end up in :attr:`answers`."""

    sig_returned = Signal()
    """The clinician unlocked the laptop again (answers are in ``answers``)."""

    sig_instrument_done = Signal(str)
    """The client answered the last question of this questionnaire (its id)."""

    def __init__(
        self,
        instruments: Sequence[Instrument],
        verify_passphrase: Callable[[str], bool],
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        accepts_pin: bool = False,
        keep_finished: bool = False,
        addressed_to: str = "",
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setWindowTitle(tr("Questionnaire"))
        self.setObjectName("page")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self._verify = verify_passphrase
        self.tasks = tasks
        self.accepts_pin = accepts_pin
        #: A finished questionnaire is stored already: going back into it is not offered.
        self.keep_finished = keep_finished
        self.finished: list[str] = []
        self.steps: list[tuple[Instrument, Item]] = [
            (instrument, item)
            for instrument in instruments
            for item in instrument.items
            if not item.open_text
        ]
        self.answers: dict[str, dict[str, int]] = {i.id: {} for i in instruments}
        self.position = 0
        self._answer_buttons: list[QPushButton] = []

        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setObjectName("hint")
        self.instructions.setStyleSheet(style.font_size(13))
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet(style.font_size(17) + " font-weight: 600;")
        self.options = QVBoxLayout()
        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setObjectName("accentText")
        self.progress.setStyleSheet(style.font_size(14) + " letter-spacing: 3px;")
        self.back_button = QPushButton(tr("← Previous question"))
        self.back_button.clicked.connect(self.previous)
        self.early_button = QPushButton(tr("For the clinician"))
        self.early_button.setFlat(True)
        self.early_button.setObjectName("hint")
        self.early_button.setToolTip(tr("Take the laptop back before the end"))
        self.early_button.clicked.connect(self.stop_early)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.early_button)
        asking = QWidget()
        asking_layout = QVBoxLayout(asking)
        asking_layout.addWidget(self.instructions)
        asking_layout.addSpacing(12)
        asking_layout.addWidget(self.question)
        asking_layout.addSpacing(12)
        asking_layout.addLayout(self.options)
        asking_layout.addStretch(1)
        asking_layout.addWidget(self.progress)
        asking_layout.addLayout(bottom)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        self.thanks = QLabel(tr(_THANKS))
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setObjectName("cardTitle")
        self.thanks.setStyleSheet(style.font_size(22))
        self.resume_button = QPushButton(tr("← Back to the questions"))
        self.resume_button.clicked.connect(self._show_step)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            tr("Clinician's passphrase or PIN") if accepts_pin else tr("Clinician's passphrase")
        )
        self.passphrase.setMinimumWidth(280)
        self.passphrase.returnPressed.connect(self.hand_back)
        self.unlock_message = QLabel()
        self.unlock_message.setObjectName("formError")
        clinician = QFrame()
        clinician_layout = QHBoxLayout(clinician)
        clinician_layout.addStretch(1)
        clinician_layout.addWidget(self.passphrase)
        self.return_button = QPushButton(tr("Return to Rapport"))
        self.return_button.clicked.connect(self.hand_back)
        clinician_layout.addWidget(self.return_button)
        clinician_layout.addStretch(1)
        done_layout.addStretch(1)
        done_layout.addWidget(self.thanks)
        done_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignCenter)
        done_layout.addStretch(1)
        done_layout.addWidget(clinician)
        done_layout.addWidget(self.unlock_message, 0, Qt.AlignmentFlag.AlignCenter)

        self.stack = QStackedWidget()
        self.stack.addWidget(asking)
        self.stack.addWidget(done)
        # In a joint session the person's name stays above every question and the end
        # page, so each partner knows the laptop is theirs.
        self.addressee = QLabel(tr("For {name}").format(name=addressed_to) if addressed_to else "")
        self.addressee.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addressee.setObjectName("accentText")
        self.addressee.setStyleSheet(style.font_size(15) + " font-weight: 600;")
        self.addressee.setVisible(bool(addressed_to))
        column = QVBoxLayout()
        column.addWidget(self.addressee)
        column.addWidget(self.stack, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self._show_step()

    # ------------------------------------------------------------ asking

    def _show_step(self) -> None:
        if self.position >= len(self.steps):
            self.thanks.setText(tr(_THANKS))
            self.resume_button.hide()
            self.stack.setCurrentIndex(1)
            self.passphrase.setFocus()
            return
        self.stack.setCurrentIndex(0)
        instrument, item = self.steps[self.position]
        self.instructions.setText(instrument.instructions)
        self.question.setText(item.text)
        while self.options.count():
            entry = self.options.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()
        given = self.answers[instrument.id].get(item.id)
        keyboard = self.focusWidget() in self._answer_buttons
        self._answer_buttons = []
        for option in item.options:
            button = QPushButton(option.label)
            button.setCheckable(True)
            button.setChecked(given == option.value)
            button.setObjectName("answer")  # big, with a focus outline: ui.style
            # Big for a few answers; a 0–10 scale's eleven still fit a 768-pixel-high screen.
            button.setMinimumHeight(56 if len(item.options) <= MANY_ANSWERS else 36)
            # Tab reaches the answers; a tap or a click does not leave an outline on one.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleDescription(item.text)
            button.clicked.connect(lambda _=False, v=option.value: self.answer(v))
            self.options.addWidget(button)
            self._answer_buttons.append(button)
        if keyboard and self._answer_buttons:
            # The answer pressed went with its question: the keyboard goes on to the new ones.
            chosen = [b for b in self._answer_buttons if b.isChecked()] or self._answer_buttons
            chosen[0].show()  # now, not when the layout gets to it: a hidden one takes no focus
            chosen[0].setFocus(Qt.FocusReason.TabFocusReason)
        self.progress.setText(
            "".join("●" if i <= self.position else "○" for i in range(len(self.steps)))
        )
        self.progress.setAccessibleName(
            tr("Question {number} of {count}").format(
                number=self.position + 1, count=len(self.steps)
            )
        )
        self.back_button.setEnabled(self.position > 0 and self._may_go_back())

    def _may_go_back(self) -> bool:
        earlier = self.steps[self.position - 1][0]
        return not (self.keep_finished and earlier.id in self.finished)

    def answer(self, value: int) -> None:
        """The client chose ``value`` for the current question; go on."""
        instrument, item = self.steps[self.position]
        self.answers[instrument.id][item.id] = value
        self.position += 1
        # A closed gate (e.g. no trauma exposure) skips the rest of that questionnaire.
        if value in item.gate_closed_by:
            while self.position < len(self.steps) and self.steps[self.position][0] is instrument:
                self.position += 1
        at_end = self.position >= len(self.steps)
        if (at_end or self.steps[self.position][0] is not instrument) and (
            instrument.id not in self.finished
        ):
            self.finished.append(instrument.id)
            self.sig_instrument_done.emit(instrument.id)
        self._show_step()

    def stop_early(self) -> None:
        """The clinician takes the laptop back before the last question."""
        self.thanks.setText(tr("For the clinician"))
        self.resume_button.show()
        self.stack.setCurrentIndex(1)
        self.passphrase.setFocus()

    def previous(self) -> None:
        if self.position > 0 and self._may_go_back():
            self.position -= 1
            self._show_step()

    # ------------------------------------------------------------ leaving

    def hand_back(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.return_button.setEnabled(False)
        self.unlock_message.setText(tr("Checking…"))
        self.tasks.run(
            lambda: self._verify(passphrase), self._checked, lambda _exc: self._checked(False)
        )

    def _checked(self, ok: bool) -> None:
        self.return_button.setEnabled(True)
        self.passphrase.clear()
        if not ok:
            self.unlock_message.setText(
                tr("That is not the clinician's passphrase or PIN.")
                if self.accepts_pin
                else tr("That is not the clinician's passphrase.")
            )
            return
        self.unlock_message.clear()
        self._leaving = True
        self.close()
        self.sig_returned.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # the client cannot leave on their own
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_leaving", False):
            event.accept()
        else:
            event.ignore()
