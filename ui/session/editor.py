"""The note editor: one quiet text box per section of the note's template, saved as typed."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import notes
from app.clients import ArchivedRecord
from app.models import NoteKind
from app.notes import NoteLocked, NoteSection, NoteView, StaleDraft
from ui.context import AppContext
from ui.i18n import tr
from ui.session.autosave import Autosaver


class _Section(QWidget):
    def __init__(self, section: NoteSection) -> None:
        super().__init__()
        self.section = section
        self.title = QLabel(section.title)
        self.title.setObjectName("cardTitle")
        self.edit = QPlainTextEdit(section.text)
        self.edit.setPlaceholderText(section.prompt)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(section.title)
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)

    def value(self) -> NoteSection:
        return NoteSection(
            self.section.key, self.section.title, self.edit.toPlainText(), self.section.prompt
        )


class NoteEditor(QFrame):
    """Edits one draft note; ``autosaver`` stores it as it is typed."""

    sig_status = Signal(str, str)
    """What the save line should say, and its style (hint / formError)."""

    def __init__(self, ctx: AppContext, note: NoteView, goals: list[tuple[int, str]]) -> None:
        super().__init__()
        self.ctx = ctx
        self.note = note
        self.revision = note.revision
        self.locked = note.is_signed
        private = note.kind == NoteKind.PSYCHOTHERAPY
        if private:
            # The private process notes look different (ui.style), never mistaken for the record.
            self.setObjectName("privateNote")
        self.sections = [_Section(section) for section in note.sections]
        self.goal_boxes: dict[int, QCheckBox] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        if private:
            banner = QLabel(
                tr(
                    "Private process notes — kept apart from the clinical record and left out "
                    "of record requests and exports."
                )
            )
            banner.setWordWrap(True)
            banner.setObjectName("privateBanner")
            column.addWidget(banner)
        for section in self.sections:
            column.addWidget(section)
            section.edit.textChanged.connect(self._changed)
            section.edit.installEventFilter(self)
            section.edit.setReadOnly(self.locked)
        if goals and not private:
            column.addWidget(QLabel(tr("Goals this session addressed")))
            for goal_id, title in goals:
                box = QCheckBox(title)
                box.setChecked(goal_id in note.goal_ids)
                box.setEnabled(not self.locked)
                box.toggled.connect(lambda _on: self._changed())
                self.goal_boxes[goal_id] = box
                column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it would show no focus): Tab goes to the boxes inside,
        # and the area scrolls to the one with the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(scroll)
        self.autosaver = Autosaver(self.save, self)
        self.autosaver.sig_saved.connect(self._saved)
        self.autosaver.sig_failed.connect(self._failed)

    # --------------------------------------------------------------- values

    def values(self) -> list[NoteSection]:
        return [section.value() for section in self.sections]

    def goal_ids(self) -> list[int]:
        return [goal_id for goal_id, box in self.goal_boxes.items() if box.isChecked()]

    def section_edit(self, key: str) -> QPlainTextEdit | None:
        return next((s.edit for s in self.sections if s.section.key == key), None)

    def is_empty(self) -> bool:
        return not any(s.edit.toPlainText().strip() for s in self.sections)

    # --------------------------------------------------------------- saving

    def _changed(self) -> None:
        if not self.locked:
            self.autosaver.changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    def save(self) -> None:
        """Store the draft (called by the autosaver); raises when it could not be stored."""
        try:
            with self.ctx.vault.session() as session:
                self.revision = notes.save_draft(
                    session,
                    self.note.id,
                    self.values(),
                    self.revision,
                    self.goal_ids(),
                    now=datetime.now(UTC),
                )
        except (StaleDraft, NoteLocked, ArchivedRecord) as exc:
            # Retrying cannot help: stop, and say why (the text is still on screen).
            self.lock_editing()
            self.sig_status.emit(exc.message, "formError")
            raise

    def flush(self) -> bool:
        return self.autosaver.flush()

    def lock_editing(self) -> None:
        self.locked = True
        self.autosaver.stop()
        for section in self.sections:
            section.edit.setReadOnly(True)
        for box in self.goal_boxes.values():
            box.setEnabled(False)

    def _saved(self, when: float) -> None:
        stamp = datetime.fromtimestamp(when).strftime("%H:%M:%S")
        self.sig_status.emit(tr("Saved {time}").format(time=stamp), "hint")

    def _failed(self, why: str) -> None:
        if self.locked:
            return
        self.sig_status.emit(
            tr(
                "Not saved — {problem}. Your text is kept here and saving is retried every "
                "2 seconds."
            ).format(problem=why),
            "formError",
        )
