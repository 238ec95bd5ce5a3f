"""Small text labels in the app's styles (hints, warnings, confirmations)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget


class LinkLabel(QLabel):
    """A label whose links the keyboard reaches: Tab goes from link to link (and on out of
    the label after the last), Enter follows the link with the focus, as a click does."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Tabbed to: the first link (the last, going backwards) takes the focus at once,
        # so that the focus shows and Enter follows it.
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        if next or not self.hasFocus():
            return super().focusNextPrevChild(next)
        # Qt's label finds its first link again before it, for ever: Shift+Tab would stay.
        before = self.selectionStart()
        moved = super().focusNextPrevChild(False)
        if moved and self.hasFocus() and self.selectionStart() == before:
            return QWidget.focusNextPrevChild(self, False)
        return moved


def text_label(text: str, kind: str = "hint") -> QLabel:
    """A word-wrapping label styled as ``kind`` (hint, ok, warning, formError…).

    A label with links (``<a href=…>``) takes the keyboard too (:class:`LinkLabel`).
    """
    label = LinkLabel(text) if "<a " in text else QLabel(text)
    label.setWordWrap(True)
    if kind:
        label.setObjectName(kind)
    return label
