"""The day and week views: a time grid with the appointments drawn on it.

One widget paints everything (no widget per appointment), so a busy week
draws in a few milliseconds. Appointments are coloured by service; cancelled
ones are faded and struck through; busy time from the clinician's own
calendar is hatched. Click opens an appointment, double-click on an empty slot
creates one there, dragging moves it and dragging its lower edge changes its
length (both snap to 15 minutes; the page asks the core whether the new time
is free and puts it back if not).

From the keyboard, the arrows go from one appointment to the next (↓ ↑ in time,
→ ← to the next or previous day that has one, Home and End to the first and
last) and Enter or Space opens the one with the focus outline; the page's
Ctrl+N books a new one.

Its geometry follows its font: an hour is a few lines of the appointments'
text and the hours' column fits their labels, so a clinician who sets a larger
system font sees as much of each appointment as at the default size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontInfo,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from app.calendar import AppointmentView, BlockedView, SchedulePolicy
from app.models import FREE_AGAIN, AppointmentStatus
from ui import style
from ui.i18n import marked, tr

#: The geometry at the default font (9 pt), in pixels: a larger font grows it, a smaller
#: one never shrinks it below these.
MIN_HOUR_HEIGHT = 52
MIN_HEADER = 40
MIN_GUTTER = 58
#: An hour is this many lines of the appointments' text, so a 50-minute session (five
#: sixths of it, less its padding) shows its first lines whatever the font's size.
HOUR_LINES = 4
SNAP_MINUTES = 15
#: How close to an appointment's lower edge a press resizes instead of moving.
RESIZE_GRIP = 6
FIRST_HOUR = 7
LAST_HOUR = 21


#: How a screen reader hears an appointment's status with who it is with ("{who}": the
#: name or code); an attended one's block shows its mark the same way.
STATUS_MARKS = {
    AppointmentStatus.ATTENDED: "✓ {who}",
    AppointmentStatus.NO_SHOW: marked("✗ no-show · {who}"),
    AppointmentStatus.LATE_CANCELLED: marked("late-cancelled · {who}"),
    AppointmentStatus.CANCELLED_BY_CLIENT: marked("cancelled · {who}"),
    AppointmentStatus.CANCELLED_BY_CLINICIAN: marked("cancelled · {who}"),
}

#: A block's second line for a session that did not take place: under who it was with,
#: which stays first (a narrow week's column has room for little of the first line).
STATUS_LINES = {
    AppointmentStatus.NO_SHOW: marked("No-show"),
    AppointmentStatus.LATE_CANCELLED: marked("Late cancellation"),
    AppointmentStatus.CANCELLED_BY_CLIENT: marked("Cancelled by the client"),
    AppointmentStatus.CANCELLED_BY_CLINICIAN: marked("Cancelled by you"),
}


#: What each arrow key does in the week or day view.
_MOVES: dict[Qt.Key, int | str] = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: "next day",
    Qt.Key.Key_Left: "previous day",
    Qt.Key.Key_Home: "first",
    Qt.Key.Key_End: "last",
}


@dataclass
class _Placed:
    """An appointment and where it is drawn."""

    appointment: AppointmentView
    rect: QRectF


class _Ink:
    """What every appointment of one paint shares: fonts, metrics, colours and words.

    Made once per paint rather than once per appointment: a busy week draws
    hundreds of them, and making these Qt objects each time cost more than the
    drawing itself.
    """

    def __init__(self, base: QFont) -> None:
        theme = style.current()
        self.font = appointment_font(base)
        self.struck = QFont(self.font)
        self.struck.setStrikeOut(True)
        self.metrics = QFontMetrics(self.font)
        self.struck_metrics = QFontMetrics(self.struck)
        self.text = QColor(theme.on_service)
        self.muted = QColor(theme.text_muted)
        self.plain = "{who}"  # no status to show: the name alone, in any language
        self.attended = tr(STATUS_MARKS[AppointmentStatus.ATTENDED])
        self.statuses = {status: tr(words) for status, words in STATUS_LINES.items()}
        self.video = tr("{service} · video")
        self._service: dict[str, tuple[QPen, QColor, QColor]] = {}
        self._elided: dict[tuple[str, int, bool], str] = {}

    def elided(self, line: str, width: int, struck: bool) -> str:
        """``line`` cut with "…" to ``width`` pixels (a service's name repeats: cut it once)."""
        key = (line, width, struck)
        found = self._elided.get(key)
        if found is None:
            metrics = self.struck_metrics if struck else self.metrics
            found = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = found
        return found

    def service(self, colour: str) -> tuple[QPen, QColor, QColor]:
        """A service colour's outline, and its fill for a kept and for a cancelled appointment."""
        found = self._service.get(colour)
        if found is None:
            base = QColor(colour)
            kept, cancelled = QColor(base), QColor(base)
            kept.setAlpha(215)
            cancelled.setAlpha(60)
            found = self._service[colour] = (QPen(base.darker(130), 1), kept, cancelled)
        return found


def appointment_font(base: QFont) -> QFont:
    """The appointments' text: half a point smaller than the grid's (7.5 points at least)."""
    font = QFont(base)
    size = base.pointSizeF()
    if size <= 0:  # a font sized in pixels
        size = QFontInfo(base).pointSizeF()
    font.setPointSizeF(max(7.5, size - 0.5))
    return font


def hour_label(hour: int) -> str:
    """An hour as the hours' column shows it (the 24-hour clock, as everywhere in the window)."""
    return f"{hour:02d}:00"


def date_text(day: date, pattern: str) -> str:
    """``day`` in the window's language, written with a QLocale ``pattern`` ("ddd d MMM")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def label_for(appointment: AppointmentView, show_codes: bool) -> str:
    """Who the appointment is with, as the calendar shows it (codes only when private)."""
    if show_codes or not appointment.who:
        return appointment.code
    return appointment.who


class TimeGrid(QWidget):
    """Days side by side (one for the day view, seven for the week view), hours downwards."""

    sig_open = Signal(int)
    """An appointment was clicked."""

    sig_create = Signal(object)
    """An empty slot was double-clicked: its start (aware datetime)."""

    sig_reschedule = Signal(int, object, int)
    """An appointment was dragged: id, new start (aware), new length in minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.zone = ZoneInfo("UTC")
        self.appointments: list[AppointmentView] = []
        self.blocked: list[BlockedView] = []
        self.policy = SchedulePolicy()
        self.show_codes = False
        self.today: date | None = None
        self.now: datetime | None = None
        self._placed: list[_Placed] = []
        self._drag: tuple[_Placed, QPoint, str] | None = None
        self._drag_rect: QRectF | None = None
        self._drag_delta = (0, 0)
        #: The appointment the keyboard is on (its id), outlined while the grid has the focus.
        self.current_id: int | None = None
        self._period = ""
        #: The geometry in pixels, from the font (:meth:`_measure`).
        self.hour_height = MIN_HOUR_HEIGHT
        self.header_height = MIN_HEADER
        self.gutter_width = MIN_GUTTER
        self._line = 0  # one line of the appointments' text
        self._label_gap = 0  # between an hour's label and the grid
        self._label_room = 0  # above the first hour's line: its label's upper half
        self._measure()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName(tr("Calendar"))

    def sizeHint(self) -> QSize:
        # Below the last hour's line, room for the lower half of its label.
        return QSize(800, self._bottom() + self.fontMetrics().height() // 2 + 1)

    # ------------------------------------------------------------- content

    def show_days(
        self,
        days: list[date],
        zone: ZoneInfo,
        appointments: list[AppointmentView],
        blocked: list[BlockedView],
        policy: SchedulePolicy,
        today: date,
        now: datetime,
    ) -> None:
        self.days, self.zone, self.policy = days, zone, policy
        self.appointments, self.blocked = appointments, blocked
        self.today, self.now = today, now
        self._drag = None
        self._drag_rect = None
        self._layout()
        self._period = (
            tr("%n appointment(s) from {first} to {last}", "", len(appointments)).format(
                first=date_text(days[0], "dd MMMM"), last=date_text(days[-1], "dd MMMM")
            )
            if days
            else ""
        )
        if self._current() is None:
            self.current_id = None
        self._describe()
        self.update()

    def set_show_codes(self, show: bool) -> None:
        self.show_codes = show
        self.update()

    # ---------------------------------------------------------- geometry

    def _measure(self) -> bool:
        """Size the hours, the days' names and the hours' column from the font.

        An hour is :data:`HOUR_LINES` lines of the appointments' text, the days'
        names have room for two lines, and the hours' column fits the widest label
        with a margin; none is smaller than at the default font. True if any changed.
        """
        metrics = self.fontMetrics()
        self._line = QFontMetrics(appointment_font(self.font())).lineSpacing()
        self._label_gap = max(8, metrics.height() // 2)
        self._label_room = metrics.height() // 2 + 2
        widest = max(
            metrics.horizontalAdvance(hour_label(hour)) for hour in range(FIRST_HOUR, LAST_HOUR + 1)
        )
        old = (self.hour_height, self.header_height, self.gutter_width, self._label_room)
        self.hour_height = max(MIN_HOUR_HEIGHT, HOUR_LINES * self._line)
        self.header_height = max(MIN_HEADER, 2 * metrics.lineSpacing() + 12)
        self.gutter_width = max(MIN_GUTTER, metrics.height() + widest + self._label_gap)
        new = (self.hour_height, self.header_height, self.gutter_width, self._label_room)
        return new != old

    def changeEvent(self, event: QEvent) -> None:
        # The widget's own font, or the application's it inherits (the system's text size).
        if event.type() == QEvent.Type.FontChange:
            self._refit()
        super().changeEvent(event)

    def _refit(self) -> None:
        """After a change of font: size everything again, the same time still at the top."""
        old_hour = self.hour_height
        if not self._measure():
            return
        scroller = self._scroller()
        bar = scroller.verticalScrollBar() if scroller is not None else None
        hours_above = bar.value() / old_hour if bar is not None else 0.0
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self._layout()
        if bar is not None:
            bar.setValue(round(hours_above * self.hour_height))
        self.update()

    def _scroller(self) -> QScrollArea | None:
        scroller = self.parentWidget()
        while scroller is not None and not isinstance(scroller, QScrollArea):
            scroller = scroller.parentWidget()
        return scroller

    def hour_top(self, hour: int) -> int:
        """Where ``hour``'s line is drawn (from the widget's top): below the days' names,
        the first with room above it for its label."""
        return self.header_height + self._label_room + (hour - FIRST_HOUR) * self.hour_height

    def scroll_position(self, hour: int) -> int:
        """The scroll area's position that shows ``hour`` just below the days' names,
        with its label in full."""
        return max(0, self.hour_top(hour) - self.header_height - self._label_room)

    def _bottom(self) -> int:
        return self.hour_top(LAST_HOUR)

    def _column_width(self) -> float:
        return (self.width() - self.gutter_width) / max(1, len(self.days))

    def _y_for(self, moment: datetime) -> float:
        local = moment.astimezone(self.zone)
        hours = local.hour + local.minute / 60 - FIRST_HOUR
        return (
            self.hour_top(FIRST_HOUR)
            + max(0.0, min(hours, LAST_HOUR - FIRST_HOUR)) * self.hour_height
        )

    def _column_for(self, moment: datetime) -> int | None:
        local_day = moment.astimezone(self.zone).date()
        try:
            return self.days.index(local_day)
        except ValueError:
            return None

    def moment_at(self, point: QPoint) -> datetime | None:
        """The (snapped) start time under ``point``, or None outside the grid."""
        first = self.hour_top(FIRST_HOUR)
        if point.x() < self.gutter_width or point.y() < first or not self.days:
            return None
        column = int((point.x() - self.gutter_width) // self._column_width())
        if column >= len(self.days):
            return None
        minutes = (point.y() - first) / self.hour_height * 60 + FIRST_HOUR * 60
        minutes = int(minutes // SNAP_MINUTES * SNAP_MINUTES)
        local = datetime.combine(self.days[column], time()) + timedelta(minutes=minutes)
        return local.replace(tzinfo=self.zone)

    def _layout(self) -> None:
        """Place appointments; overlapping ones on a day share the column side by side."""
        self._placed = []
        width = self._column_width()
        by_day: dict[int, list[AppointmentView]] = {}
        for appointment in self.appointments:
            column = self._column_for(appointment.start)
            if column is not None:
                by_day.setdefault(column, []).append(appointment)
        for column, items in by_day.items():
            items.sort(key=lambda a: (a.start, a.status in FREE_AGAIN))
            lanes: list[datetime] = []
            lane_of: dict[int, int] = {}
            for item in items:
                lane = next((i for i, end in enumerate(lanes) if end <= item.start), None)
                if lane is None:
                    lanes.append(item.end)
                    lane = len(lanes) - 1
                else:
                    lanes[lane] = item.end
                lane_of[item.id] = lane
            count = max(1, len(lanes))
            for item in items:
                x = self.gutter_width + column * width + 2 + lane_of[item.id] * (width - 4) / count
                top = self._y_for(item.start)
                # However short, an appointment has room for a line of its text.
                bottom = max(top + self._line + 1, self._y_for(item.end))
                rect = QRectF(x, top + 1, (width - 4) / count - 2, bottom - top - 2)
                self._placed.append(_Placed(item, rect))

    def resizeEvent(self, event: object) -> None:
        self._layout()

    def appointment_at(self, point: QPoint) -> _Placed | None:
        # The last drawn is on top: search from the end.
        for placed in reversed(self._placed):
            if placed.rect.contains(point.toPointF()):
                return placed
        return None

    # ------------------------------------------------------------ keyboard

    def _ordered(self) -> list[_Placed]:
        """The appointments shown, in the order the arrows go through them."""
        return sorted(self._placed, key=lambda p: (p.appointment.start, p.rect.left()))

    def _current(self) -> _Placed | None:
        return next((p for p in self._placed if p.appointment.id == self.current_id), None)

    def describe(self, item: AppointmentView) -> str:
        """An appointment in words: what a screen reader says when the keyboard is on it."""
        start = item.start.astimezone(self.zone)
        mark = STATUS_MARKS.get(AppointmentStatus(item.status), "{who}")
        return tr("{day}, {time}: {who}, {service}").format(
            day=date_text(start.date(), "dddd d MMMM"),
            time=f"{start.hour:02d}:{start.minute:02d}",
            who=tr(mark).format(who=label_for(item, self.show_codes)),
            service=item.service_name,
        )

    def _describe(self) -> None:
        current = self._current()
        if current is None:
            self.setAccessibleDescription(self._period)
        else:
            self.setAccessibleDescription(
                tr("{appointment}. Enter opens it. {period}").format(
                    appointment=self.describe(current.appointment), period=self._period
                )
            )

    def move_to(self, placed: _Placed | None) -> None:
        """Put the keyboard on ``placed`` (outlined, scrolled into view, described)."""
        if placed is None:
            return
        self.current_id = placed.appointment.id
        scroller = self._scroller()
        if scroller is not None:
            # Clear of the days' names, which stay at the top of what is shown.
            centre = placed.rect.center().toPoint()
            margin = int(placed.rect.height() / 2) + self.header_height + 8
            scroller.ensureVisible(centre.x(), centre.y(), int(placed.rect.width() / 2), margin)
        self._describe()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tabbed to: start on the next appointment (a click chooses its own).
        keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if keyboard and self._current() is None and self._placed:
            ordered = self._ordered()
            now = self.now
            upcoming = [p for p in ordered if now is None or p.appointment.end > now]
            self.move_to(upcoming[0] if upcoming else ordered[0])
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        current = self._current()
        ordered = self._ordered()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and current:
            self.sig_open.emit(current.appointment.id)
            return
        if not ordered or key not in _MOVES:
            super().keyPressEvent(event)
            return
        index = ordered.index(current) if current is not None else -1
        move = _MOVES[key]
        if move == "first":
            self.move_to(ordered[0])
        elif move == "last":
            self.move_to(ordered[-1])
        elif move in (1, -1):
            self.move_to(ordered[min(max(index + move, 0), len(ordered) - 1)])
        else:
            day = self._day_of(current) if current is not None else None
            if move == "next day":
                later = [p for p in ordered if day is None or self._day_of(p) > day]
                self.move_to(later[0] if later else None)
            else:
                earlier = [p for p in ordered if day is None or self._day_of(p) < day]
                if earlier:
                    target = self._day_of(earlier[-1])
                    self.move_to(next(p for p in earlier if self._day_of(p) == target))

    def _day_of(self, placed: _Placed) -> date:
        return placed.appointment.start.astimezone(self.zone).date()

    # ----------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(style.current().calendar))
        self._paint_grid(painter)
        self._paint_blocked(painter)
        ink = _Ink(self.font())
        # Only what the scroll area shows (with a pixel for the outline's antialiasing).
        exposed = QRectF(event.rect()).adjusted(-1, -1, 1, 1)
        for placed in self._placed:
            if self._drag is not None and placed is self._drag[0] and self._drag_rect is not None:
                continue
            if placed.rect.intersects(exposed):
                self._paint_appointment(painter, placed.appointment, placed.rect, ink)
        if self._drag is not None and self._drag_rect is not None:
            painter.setOpacity(0.85)
            self._paint_appointment(painter, self._drag[0].appointment, self._drag_rect, ink)
            painter.setOpacity(1)
        self._paint_now(painter)
        self._paint_day_names(painter)
        self._paint_focus(painter)
        painter.end()

    def _paint_day_names(self, painter: QPainter) -> None:
        """The days' names, at the top of what the scroll area shows (they stay in view)."""
        theme = style.current()
        top = max(0, self.visibleRegion().boundingRect().top())
        width = self._column_width()
        header = self.header_height
        painter.fillRect(QRectF(0, top, self.width(), header), QColor(theme.calendar))
        header_font = QFont(self.font())
        header_font.setBold(True)
        for column, day in enumerate(self.days):
            painter.setPen(QColor(theme.title if day != self.today else theme.accent_text))
            painter.setFont(header_font if day == self.today else self.font())
            painter.drawText(
                QRectF(self.gutter_width + column * width + 2, top, width - 4, header),
                # A column too narrow for the whole name puts the date on a second line.
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                date_text(day, "ddd d MMM"),
            )
        painter.setFont(self.font())
        painter.setPen(QPen(QColor(theme.calendar_grid)))
        painter.drawLine(0, int(top + header), self.width(), int(top + header))

    def _paint_focus(self, painter: QPainter) -> None:
        """The focus outline: around the appointment the keyboard is on, or the whole grid."""
        if not self.hasFocus():
            return
        painter.setPen(QPen(QColor(style.current().focus), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        current = self._current()
        if current is not None:
            painter.drawRoundedRect(current.rect.adjusted(-2, -2, 2, 2), 5, 5)
        else:
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_grid(self, painter: QPainter) -> None:
        theme = style.current()
        width = self._column_width()
        header, hour_height, gutter = self.header_height, self.hour_height, self.gutter_width
        first, bottom = self.hour_top(FIRST_HOUR), self._bottom()
        for column, day in enumerate(self.days):
            x = gutter + column * width
            hours = self.policy.hours[day.weekday()]
            painter.fillRect(
                QRectF(x, header, width, bottom - header), QColor(theme.calendar_closed)
            )
            if hours is not None:
                top = first + (hours[0].hour + hours[0].minute / 60 - FIRST_HOUR) * hour_height
                end = first + (hours[1].hour + hours[1].minute / 60 - FIRST_HOUR) * hour_height
                fill = QColor(theme.calendar_today if day == self.today else theme.calendar)
                painter.fillRect(QRectF(x, max(top, header), width, min(end, bottom) - top), fill)
        painter.setFont(self.font())
        label_height = self.fontMetrics().height()
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self.hour_top(hour)
            painter.setPen(QPen(QColor(theme.calendar_grid)))
            painter.drawLine(gutter, y, self.width(), y)
            if hour < LAST_HOUR:
                painter.setPen(QPen(QColor(theme.calendar_half_hour)))
                half = int(y + hour_height / 2)
                painter.drawLine(gutter, half, self.width(), half)
            painter.setPen(QColor(theme.text_muted))
            painter.drawText(
                QRectF(0, y - label_height / 2, gutter - self._label_gap, label_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                hour_label(hour),
            )
        painter.setPen(QPen(QColor(theme.calendar_grid)))
        for column in range(len(self.days) + 1):
            x = int(gutter + column * width)
            painter.drawLine(x, 0, x, bottom)

    def _paint_blocked(self, painter: QPainter) -> None:
        theme = style.current()
        width = self._column_width()
        brush = QBrush(QColor(theme.calendar_hatch), Qt.BrushStyle.BDiagPattern)
        for block in self.blocked:
            column = self._column_for(block.start)
            if column is None:
                continue
            top, bottom = self._y_for(block.start), self._y_for(block.end)
            if block.end.astimezone(self.zone).date() != self.days[column]:
                bottom = self._bottom()
            x = self.gutter_width + column * width + 1
            rect = QRectF(x, top, width - 2, max(6.0, bottom - top))
            painter.fillRect(rect, QColor(theme.calendar_busy))
            painter.fillRect(rect, brush)
            painter.setPen(QColor(theme.text_muted))
            painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop, block.summary)

    def block_lines(self, appointment_id: int) -> list[str]:
        """What an appointment's block says, line by line as it is drawn (none if not shown)."""
        placed = next((p for p in self._placed if p.appointment.id == appointment_id), None)
        if placed is None:
            return []
        lines = self._lines(placed.appointment, placed.rect, _Ink(self.font()))
        return [text for text, _struck in lines]

    def _lines(self, item: AppointmentView, rect: QRectF, ink: _Ink) -> list[tuple[str, bool]]:
        """The lines a block at ``rect`` has room for, cut to its width, each with whether it
        is struck through: the time and who it is with (always first), the status of a session
        that did not take place (not struck: it says why the rest is), the service."""
        cancelled = item.status in FREE_AGAIN
        start = item.start.astimezone(self.zone)
        # Not f"{start:%H:%M}": strftime costs five times as much, for each appointment.
        clock = f"{start.hour:02d}:{start.minute:02d}"
        mark = ink.attended if item.status == AppointmentStatus.ATTENDED else ink.plain
        who = mark.format(who=label_for(item, self.show_codes))
        status = ink.statuses.get(AppointmentStatus(item.status))
        service = (
            ink.video.format(service=item.service_name)
            if item.location == "video"
            else item.service_name
        )
        inner = rect.adjusted(5, 2, -4, -2)
        room = max(1, int(inner.height() // ink.metrics.lineSpacing()))
        width = int(inner.width())
        first = f"{clock} {who}"
        lines = [(first, cancelled)]
        if room >= 3 and ink.elided(first, width, cancelled) != first:
            # A narrow column at a large font: who on a line of its own, not cut to a letter.
            lines = [(clock, cancelled), (who, cancelled)]
        if status is not None:
            lines.append((status, False))
        lines.append((service, cancelled))
        return [(ink.elided(line, width, struck), struck) for line, struck in lines[:room]]

    def _paint_appointment(
        self, painter: QPainter, item: AppointmentView, rect: QRectF, ink: _Ink
    ) -> None:
        cancelled = item.status in FREE_AGAIN
        outline, kept, faded = ink.service(item.colour)
        painter.setPen(outline)
        painter.setBrush(faded if cancelled else kept)
        painter.drawRoundedRect(rect, 4, 4)
        lines = self._lines(item, rect, ink)
        # Side by side in a busy hour, an appointment is too narrow for even "…".
        if not any(text for text, _struck in lines):
            return
        painter.setPen(ink.muted if cancelled else ink.text)
        inner = rect.adjusted(5, 2, -4, -2)
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if all(struck == cancelled for _text, struck in lines):  # one font: one call
            painter.setFont(ink.struck if cancelled else ink.font)
            painter.drawText(inner, flags, "\n".join(text for text, _struck in lines))
        else:
            step = ink.metrics.lineSpacing()
            for row, (text, struck) in enumerate(lines):
                painter.setFont(ink.struck if struck else ink.font)
                painter.drawText(inner.adjusted(0, row * step, 0, 0), flags, text)
        painter.setFont(self.font())

    def _paint_now(self, painter: QPainter) -> None:
        if self.now is None:
            return
        column = self._column_for(self.now)
        local = self.now.astimezone(self.zone)
        if column is None or not FIRST_HOUR <= local.hour < LAST_HOUR:
            return
        y = self._y_for(self.now)
        width = self._column_width()
        painter.setPen(QPen(QColor(style.current().calendar_now), 2))
        left = self.gutter_width + column * width
        painter.drawLine(int(left), int(y), int(left + width), int(y))

    # --------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        placed = self.appointment_at(event.position().toPoint())
        if placed is None:
            return
        grip = placed.rect.bottom() - event.position().y() <= RESIZE_GRIP
        movable = placed.appointment.status == AppointmentStatus.SCHEDULED
        self._drag = (placed, event.position().toPoint(), "resize" if grip else "move")
        if not movable:
            self._drag = (placed, event.position().toPoint(), "none")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is None:
            placed = self.appointment_at(point)
            near_edge = placed is not None and placed.rect.bottom() - point.y() <= RESIZE_GRIP
            self.setCursor(
                Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            )
            return
        placed, origin, mode = self._drag
        if mode == "none" or (point - origin).manhattanLength() < 4:
            return
        rect = QRectF(placed.rect)
        step = self.hour_height * SNAP_MINUTES / 60
        steps = round((point.y() - origin.y()) / step)
        if mode == "resize":
            steps = max(steps, 1 - round(rect.height() / step))
            rect.setBottom(rect.bottom() + steps * step)
            self._drag_delta = (0, steps * SNAP_MINUTES)
        else:
            width = self._column_width()
            columns = round((point.x() - origin.x()) / width)
            rect.translate(columns * width, steps * step)
            self._drag_delta = (columns, steps * SNAP_MINUTES)
        self._drag_rect = rect
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        placed, _origin, mode = self._drag
        rect = self._drag_rect
        if mode == "none":
            rect = None
        self._drag = None
        self._drag_rect = None
        item = placed.appointment
        if rect is None:
            self.current_id = item.id
            self._describe()
            self.update()
            self.sig_open.emit(item.id)
            return
        self.update()
        days, minutes = self._drag_delta
        if mode == "resize":
            if minutes:
                length = max(SNAP_MINUTES, item.duration_minutes + minutes)
                self.sig_reschedule.emit(item.id, item.start, length)
            return
        if days or minutes:
            # Move on the wall clock (a day later is the same local time, whatever DST does).
            local = item.start.astimezone(self.zone).replace(tzinfo=None)
            moved = local + timedelta(days=days, minutes=minutes)
            self.sig_reschedule.emit(
                item.id, moved.replace(tzinfo=self.zone), item.duration_minutes
            )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self.appointment_at(point) is not None:
            return
        moment = self.moment_at(point)
        if moment is not None:
            self.sig_create.emit(moment)
