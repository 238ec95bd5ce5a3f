"""A signature pad: drawn with a mouse, a pen or a finger, kept as vector strokes.

Points are stored relative to the pad's width (x from 0 to 1, y from 0 to
height/width, y downwards), so a signature looks the same whatever the size of
the window it was drawn in, and the consent PDF can draw it as lines.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import style

Stroke = tuple[tuple[float, float], ...]


class SignaturePad(QWidget):
    sig_changed = Signal()
    """A stroke was added, or the pad was cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName("Signature pad")
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
        painter.setPen(QPen(QColor(theme.signature_guide), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 34
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        if not self._strokes:
            painter.setPen(QColor(theme.text_muted))
            painter.drawText(28, baseline + 22, "Sign above the line")
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
