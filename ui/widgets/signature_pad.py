"""A signature pad: drawn with a mouse, a pen or a finger, kept as vector strokes.

Points are stored relative to the pad's width (x from 0 to 1, y from 0 to
height/width, y downwards), so a signature looks the same whatever the size of
the window it was drawn in, and the consent PDF can draw it as lines.

A signature cannot be drawn with keys: the pad takes the focus so that a screen
reader says so, Delete clears it, and typing on it goes to the typed-name
alternative beside it (``sig_typed``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import style
from ui.i18n import tr

Stroke = tuple[tuple[float, float], ...]


class SignaturePad(QWidget):
    sig_changed = Signal()
    """A stroke was added, or the pad was cleared."""

    sig_typed = Signal(str)
    """Text was typed while the pad had the focus: the signer is typing their name instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        # Tab reaches it (a screen reader says how to sign); a pen or a finger leaves no outline.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(tr("Signature pad"))
        self.setAccessibleDescription(
            tr(
                "Draw the signature with a mouse, a pen or a finger; it cannot be drawn with "
                "keys. To sign from the keyboard, type the full name instead: typing here goes "
                "to the name field. Delete clears the pad."
            )
        )
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False

    # --------------------------------------------------------------- value

    def strokes(self) -> tuple[Stroke, ...]:
        """The signature: strokes of at least two points each."""
        return tuple(tuple(s) for s in self._strokes if len(s) > 1)

    def is_empty(self) -> bool:
        return not self.strokes()

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.sig_changed.emit()

    # ------------------------------------------------------------- drawing

    def _relative(self, point: QPointF) -> tuple[float, float]:
        width = max(1, self.width())
        x = min(max(point.x(), 0.0), float(self.width())) / width
        y = min(max(point.y(), 0.0), float(self.height())) / width
        return (round(x, 4), round(y, 4))

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._relative(point)])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            relative = self._relative(point)
            if relative != self._strokes[-1][-1]:
                self._strokes[-1].append(relative)
                self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.sig_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.is_empty():
            self.clear()
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            self.sig_typed.emit(text)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = style.current()
        painter.fillRect(self.rect(), QColor(theme.signature_paper))
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.focus), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(QColor(theme.signature_guide), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        # Room under the line for the hint, however large the system's font.
        metrics = QFontMetrics(self.font())
        baseline = self.height() - max(34, metrics.height() + 16)
        painter.setPen(QPen(QColor(theme.signature_guide), 1))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        if not self._strokes:
            painter.setPen(QColor(theme.text_muted))
            painter.drawText(28, baseline + 8 + metrics.ascent(), tr("Sign above the line"))
        painter.setPen(
            QPen(
                QColor(theme.signature_ink),
                2.4,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        width = self.width()
        for stroke in self._strokes:
            path = QPainterPath(QPointF(stroke[0][0] * width, stroke[0][1] * width))
            for x, y in stroke[1:]:
                path.lineTo(x * width, y * width)
            painter.drawPath(path)
        painter.end()
