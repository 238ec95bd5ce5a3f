"""The month view: six weeks of days, each with its appointments as short lines.

Click a day to choose it (a new appointment is then booked on it); double-click
it to open that day in the day view. From the keyboard, the arrows choose a day
(← → a day, ↑ ↓ a week, Home and End the month's first and last) and Enter or
Space opens it in the day view.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from app.calendar import AppointmentView
from app.models import FREE_AGAIN
from ui import style
from ui.calendar.grid import date_text, label_for
from ui.i18n import tr

HEADER = 28
WEEKS = 6
#: How many days each arrow key moves the chosen day.
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def month_days(first_of_month: date) -> list[date]:
    """The 42 days the month view shows: whole weeks from the Monday on or before the 1st."""
    start = first_of_month - timedelta(days=first_of_month.weekday())
    return [start + timedelta(days=i) for i in range(WEEKS * 7)]


class MonthGrid(QWidget):
    sig_day = Signal(object)
    """A day was double-clicked (a date): show it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self.zone = ZoneInfo("UTC")
        self.today: date | None = None
        self.selected: date | None = None
        self.by_day: dict[date, list[AppointmentView]] = {}
        self.show_codes = False
        self.setMinimumHeight(420)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Month calendar"))

    def show_month(
        self, month: date, zone: ZoneInfo, appointments: list[AppointmentView], today: date
    ) -> None:
        self.month, self.zone, self.today = month, zone, today
        self.by_day = {}
        for item in appointments:
            self.by_day.setdefault(item.start.astimezone(zone).date(), []).append(item)
        self._describe()
        self.update()

    def choose(self, day: date) -> None:
        """Make ``day`` the chosen one (a new appointment is booked on it)."""
        self.selected = day
        self._describe()
        self.update()

    def _describe(self) -> None:
        day = self.selected
        if day is None or day not in month_days(self.month):
            self.setAccessibleDescription(date_text(self.month, "MMMM yyyy"))
            return
        self.setAccessibleDescription(
            tr(
                "{day}: %n appointment(s). Enter shows the day.", "", len(self.by_day.get(day, []))
            ).format(day=date_text(day, "dddd d MMMM yyyy"))
        )

    def set_show_codes(self, show: bool) -> None:
        self.show_codes = show
        self.update()

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / WEEKS
        return QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)

    def day_at(self, point: QPoint) -> date | None:
        for index, day in enumerate(month_days(self.month)):
            if self._cell(index).contains(point.toPointF()):
                return day
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = style.current()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.calendar))
        width = self.width() / 7
        painter.setPen(QColor(theme.text_muted))
        locale = QLocale()
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(column * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter, name
            )
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        metrics = QFontMetrics(small)
        bold = QFont(self.font())
        bold.setBold(True)
        for index, day in enumerate(month_days(self.month)):
            cell = self._cell(index)
            in_month = day.month == self.month.month
            fill = QColor(theme.calendar_today if day == self.today else theme.calendar)
            if not in_month:
                fill = QColor(theme.calendar_other_month)
            painter.fillRect(cell, fill)
            if day == self.selected:
                # The keyboard's day wears the focus colour, thicker.
                focused = self.hasFocus()
                outline = theme.focus if focused else theme.accent_text
                painter.setPen(QPen(QColor(outline), 3 if focused else 2))
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
            painter.setPen(QPen(QColor(theme.calendar_grid)))
            painter.drawRect(cell)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(QColor(theme.title if in_month else theme.calendar_faint))
            painter.drawText(cell.adjusted(6, 3, -6, 0), Qt.AlignmentFlag.AlignTop, str(day.day))
            painter.setFont(small)
            items = sorted(self.by_day.get(day, []), key=lambda a: a.start)
            room = max(0, int((cell.height() - 22) // metrics.lineSpacing()))
            shown = items if len(items) <= room else items[: max(0, room - 1)]
            y = cell.top() + 20
            for item in shown:
                cancelled = item.status in FREE_AGAIN
                colour = QColor(item.colour)
                painter.fillRect(QRectF(cell.left() + 5, y + 3, 4, metrics.height() - 6), colour)
                painter.setPen(QColor(theme.calendar_faint if cancelled else theme.title))
                start = item.start.astimezone(self.zone)
                text = metrics.elidedText(
                    f"{start:%H:%M} {label_for(item, self.show_codes)}",
                    Qt.TextElideMode.ElideRight,
                    int(cell.width() - 18),
                )
                painter.drawText(QRectF(cell.left() + 12, y, cell.width() - 14, 16), 0, text)
                y += metrics.lineSpacing()
            if len(shown) < len(items):
                painter.setPen(QColor(theme.text_muted))
                painter.drawText(
                    QRectF(cell.left() + 12, y, cell.width() - 14, 16),
                    0,
                    tr("+{count} more").format(count=len(items) - len(shown)),
                )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.choose(day)

    def focusInEvent(self, event: QFocusEvent) -> None:
        shown = month_days(self.month)
        if self.selected not in shown and event.reason() != Qt.FocusReason.MouseFocusReason:
            in_month = self.today is not None and self.today.month == self.month.month
            self.choose(self.today if in_month and self.today in shown else self.month)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        shown = month_days(self.month)
        day = self.selected if self.selected in shown else self.month
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_day.emit(day)
        elif key in _STEPS:
            moved = day + timedelta(days=_STEPS[key])
            self.choose(moved if moved in shown else day)
        elif key == Qt.Key.Key_Home:
            self.choose(self.month)
        elif key == Qt.Key.Key_End:
            following = (self.month + timedelta(days=31)).replace(day=1)
            self.choose(following - timedelta(days=1))
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.sig_day.emit(day)
