"""A passphrase field with a show/hide toggle and, for new passphrases, a strength meter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.vault.crypto import MIN_PASSPHRASE_LENGTH
from ui import style
from ui.i18n import marked, tr
from ui.style import icon

_VERDICTS = [
    marked("Very weak"),
    marked("Weak"),
    marked("Fair"),
    marked("Strong"),
    marked("Very strong"),
]


#: Shows or hides what was typed, while the field has the focus (the eye is not a tab stop).
SHOW_KEYS = "Ctrl+H"


class PassphraseEdit(QLineEdit):
    """A password-mode line edit with an eye button that shows what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        keys = QKeySequence(SHOW_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.setAccessibleDescription(tr("{keys} shows or hides what is typed").format(keys=keys))
        self._toggle = QAction(icon("eye"), tr("Show", "passphrase"), self)
        self._toggle.setToolTip(tr("Show or hide the passphrase ({keys})").format(keys=keys))
        self._toggle.setShortcut(QKeySequence(SHOW_KEYS))
        self._toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._toggle.setCheckable(True)
        self._toggle.toggled.connect(self._set_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _set_visible(self, visible: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self._toggle.setIcon(icon("eye-off" if visible else "eye"))
        self._toggle.setText(tr("Hide", "passphrase") if visible else tr("Show", "passphrase"))


class StrengthMeter(QWidget):
    """Shows how hard a new passphrase would be to guess, as it is typed."""

    sig_acceptable_changed = Signal(bool)
    """True when the passphrase is long enough to be accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar()
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(6)
        self._bar.setAccessibleName(tr("Passphrase strength"))
        self.setAccessibleName(tr("Passphrase strength"))
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._bar)
        layout.addWidget(self._label)
        self.update_for("")

    def update_for(self, passphrase: str, user_inputs: list[str] | None = None) -> None:
        if not passphrase:
            self._bar.setValue(0)
            self._label.setText(
                tr(
                    "At least %n character(s). A few unrelated words make a passphrase "
                    "that is easy to remember and hard to guess.",
                    "",
                    MIN_PASSPHRASE_LENGTH,
                )
            )
            self._set_colour(style.current().strength_empty)
            self._bar.setAccessibleDescription(self._label.text())
            self.sig_acceptable_changed.emit(False)
            return
        from zxcvbn import zxcvbn  # 13 MB of word lists: loaded when a passphrase is chosen

        result = zxcvbn(passphrase[:100], user_inputs=user_inputs or [])
        score = int(result["score"])
        verdict, colour = tr(_VERDICTS[score]), style.current().strength[score]
        advice = result["feedback"].get("warning") or " ".join(
            result["feedback"].get("suggestions", [])[:1]
        )
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            missing = MIN_PASSPHRASE_LENGTH - len(passphrase)
            advice = tr("%n more character(s) needed.", "", missing)
        self._bar.setValue(max(1, score))
        self._set_colour(colour)
        self._label.setText(
            tr("{verdict}. {advice}").format(verdict=verdict, advice=advice).strip()
        )
        self._bar.setAccessibleDescription(verdict)
        self.sig_acceptable_changed.emit(len(passphrase) >= MIN_PASSPHRASE_LENGTH)

    def verdict(self) -> str:
        return self._label.text()

    def _set_colour(self, colour: str) -> None:
        track = style.current().strength_track
        self._bar.setStyleSheet(
            f"QProgressBar {{ border: none; background: {track}; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
        )
