"""The Calendar area: day, week (the default) and month views, booking and rescheduling.

Keys: T today, Page Up / Page Down (or Alt+← / Alt+→) the previous / next
period, D / W / M the view, Ctrl+N a new appointment, Ctrl+Shift+F find a free
slot, Ctrl+Shift+H codes instead of names (for working where others can see
the screen). *Calendar file* exports future appointments as .ics (client codes
only), imports the clinician's own busy times as blocked time, and imports the
appointments of another program's calendar (see ``ics_import_dialog``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import calendar
from app.calendar import AppointmentChange, Conflict, OutsideHours, Scope
from app.changes import Changed
from app.errors import RapportError
from app.interop import ics
from app.paths import atomic_write
from app.words import translated
from ui.calendar.appointment_dialog import AppointmentDialog, SlotFinder, ask_scope
from ui.calendar.grid import TimeGrid, date_text
from ui.calendar.ics_import_dialog import AppointmentImportDialog
from ui.calendar.month import MonthGrid, month_days
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.i18n import marked, tr

VIEWS = ("day", "week", "month")
#: Each view's button and its tooltip (with the key that shows it).
VIEW_BUTTONS = {
    "day": (marked("Day"), marked("Day view (D)"), "D"),
    "week": (marked("Week"), marked("Week view (W)"), "W"),
    "month": (marked("Month"), marked("Month view (M)"), "M"),
}


class CalendarPage(QWidget):
    sig_start_consent = Signal(int)
    """The clinician wants to start a client's consent (from the booking's warning)."""

    sig_start_session = Signal(int)
    """The clinician wants the session workspace for an appointment."""

    sig_busy_imported = Signal(object)
    """Busy times from a calendar file are stored (the ``ImportResult``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self.view = "week"
        self.anchor = ctx.today()
        self.dialog: AppointmentDialog | SlotFinder | None = None
        self.appointment_import: AppointmentImportDialog | None = None
        #: Answers "this, following or all?" for a dragged series session (tests replace it).
        self.choose_scope: Callable[[str], Scope | None] = lambda what: ask_scope(self, what)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        # A long day's name at a large font goes on two lines rather than under the buttons.
        self.title.setWordWrap(True)
        self.today_button = QPushButton(tr("Today"))
        self.today_button.setToolTip(tr("Go to today (T)"))
        self.previous_button = QPushButton("‹")
        self.previous_button.setToolTip(tr("Previous (Page Up)"))
        self.previous_button.setAccessibleName(tr("Previous period"))
        self.next_button = QPushButton("›")
        self.next_button.setToolTip(tr("Next (Page Down)"))
        self.next_button.setAccessibleName(tr("Next period"))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.view_buttons = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for name in VIEWS:
            text, tip, key = VIEW_BUTTONS[name]
            button = QPushButton(tr(text))
            button.setProperty("view", name)
            button.setCheckable(True)
            button.setToolTip(tr(tip))
            button.clicked.connect(lambda _=False, n=name: self.set_view(n))
            self.view_buttons.addButton(button)
            view_row.addWidget(button)
            QShortcut(QKeySequence(key), self, lambda n=name: self.set_view(n))
        self.codes_button = QPushButton(tr("Codes only"))
        self.codes_button.setCheckable(True)
        self.codes_button.setToolTip(
            tr(
                "Show client codes instead of names, for working where others can see "
                "the screen (Ctrl+Shift+H)"
            )
        )
        self.slot_button = QPushButton(tr("Find a slot…"))
        self.slot_button.setToolTip(tr("The next free times within working hours (Ctrl+Shift+F)"))
        self.file_button = QPushButton(tr("Calendar file"))
        self.file_button.setToolTip(
            tr(
                "Share appointments with your phone, import your busy times, or import the "
                "appointments of the program you used before"
            )
        )
        file_menu = QMenu(self.file_button)
        file_menu.addAction(tr("Export for my other calendar (.ics)…"), self.export_ics)
        file_menu.addAction(tr("Import my busy times (.ics)…"), self.import_ics)
        file_menu.addSeparator()
        file_menu.addAction(
            tr("Import appointments from a calendar file…"), lambda: self.import_appointments()
        )
        self.file_button.setMenu(file_menu)
        self.new_button = QPushButton(tr("New appointment…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(tr("Book an appointment (Ctrl+N)"))

        self.grid = TimeGrid()
        self.scroller = QScrollArea()
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid takes the keys
        self.scroller.setWidget(self.grid)
        # The days' names are painted at the top of what shows: scrolling repaints them there.
        self.scroller.verticalScrollBar().valueChanged.connect(lambda _value: self.grid.update())
        self.scroller.setWidgetResizable(True)
        self.month = MonthGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroller)
        self.stack.addWidget(self.month)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.codes_button)
        top.addWidget(self.file_button)
        top.addWidget(self.slot_button)
        top.addWidget(self.new_button)
        navigation = QHBoxLayout()
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addLayout(view_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addLayout(navigation)
        layout.addWidget(self.stack, 1)

        self.today_button.clicked.connect(self.go_today)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.codes_button.toggled.connect(self.set_show_codes)
        self.slot_button.clicked.connect(self.find_slot)
        self.new_button.clicked.connect(lambda: self.new_appointment())
        self.grid.sig_open.connect(self.open_appointment)
        self.grid.sig_create.connect(self.new_appointment)
        self.grid.sig_reschedule.connect(self.reschedule)
        self.month.sig_day.connect(self.show_day)
        for keys, slot in (
            ("T", self.go_today),
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("Ctrl+N", lambda: self.new_appointment()),
            ("Ctrl+Shift+F", self.find_slot),
            ("Ctrl+Shift+H", self.codes_button.toggle),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        ctx.bus.sig_changed.connect(self._on_changed)
        self.set_view("week")
        self.scroller.verticalScrollBar().setValue(self.grid.scroll_position(8))

    # ------------------------------------------------------------ periods

    def days(self) -> list[date]:
        if self.view == "day":
            return [self.anchor]
        if self.view == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return [monday + timedelta(days=i) for i in range(7)]
        return month_days(self.anchor.replace(day=1))

    def set_view(self, view: str) -> None:
        self.view = view
        for button in self.view_buttons.buttons():
            button.setChecked(button.property("view") == view)
        self.stack.setCurrentWidget(self.month if view == "month" else self.scroller)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.ctx.today()
        self.refresh()

    def step(self, direction: int) -> None:
        if self.view == "day":
            self.anchor += timedelta(days=direction)
        elif self.view == "week":
            self.anchor += timedelta(weeks=direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.set_view("day")

    def set_show_codes(self, show: bool) -> None:
        self.grid.set_show_codes(show)
        self.month.set_show_codes(show)

    # ------------------------------------------------------------ showing

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.CALENDAR | Changed.CLIENTS | Changed.PROSPECTS | Changed.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        days = self.days()
        zone = self.ctx.zone()
        start = datetime.combine(days[0], time()).replace(tzinfo=zone)
        end = datetime.combine(days[-1] + timedelta(days=1), time()).replace(tzinfo=zone)
        with self.ctx.vault.session() as session:
            appointments = calendar.appointments_between(session, start, end)
            blocked = calendar.blocked_between(session, start, end) if self.view != "month" else []
            policy = calendar.schedule_policy(session)
        today = self.ctx.today()
        if self.view == "month":
            first = self.anchor.replace(day=1)
            self.title.setText(date_text(first, "MMMM yyyy"))
            self.month.show_month(first, zone, appointments, today)
        else:
            self.grid.show_days(days, zone, appointments, blocked, policy, today, self.ctx.now())
            if self.view == "day":
                self.title.setText(date_text(days[0], "dddd d MMMM yyyy"))
            else:
                self.title.setText(_week_title(days[0], days[-1]))

    # ----------------------------------------------------------- booking

    def new_appointment(self, start: datetime | None = None) -> AppointmentDialog:
        if start is None:
            day = self.month.selected if self.view == "month" and self.month.selected else None
            day = day or (self.anchor if self.view == "day" else self.ctx.today())
            start = datetime.combine(day, time(9)).replace(tzinfo=self.ctx.zone())
        dialog = AppointmentDialog(
            self.ctx, start, start_consent=self.sig_start_consent.emit, parent=self
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def book_for(self, kind: str, record_id: int, label: str) -> AppointmentDialog:
        """A new appointment with the client or enquiry already chosen."""
        dialog = self.new_appointment()
        dialog.person.set_choice(kind, record_id, label)
        return dialog

    def show_appointment(self, appointment_id: int) -> AppointmentDialog:
        """Go to the appointment's week and open it."""
        with self.ctx.vault.session() as session:
            item = calendar.get_appointment(session, appointment_id)
        self.anchor = item.start.astimezone(self.ctx.zone()).date()
        if self.view == "month":
            self.view = "week"
        self.set_view(self.view)
        return self.open_appointment(appointment_id)

    def open_appointment(self, appointment_id: int) -> AppointmentDialog:
        with self.ctx.vault.session() as session:
            item = calendar.get_appointment(session, appointment_id)
        dialog = AppointmentDialog(
            self.ctx, item.start, item, start_consent=self.sig_start_consent.emit, parent=self
        )
        dialog.sig_start_session.connect(self.sig_start_session)
        self.dialog = dialog
        dialog.open()
        return dialog

    def find_slot(self) -> SlotFinder:
        finder = SlotFinder(self.ctx, self)
        finder.accepted.connect(lambda: finder.chosen and self.new_appointment(finder.chosen))
        self.dialog = finder
        finder.open()
        return finder

    def reschedule(self, appointment_id: int, start: datetime, minutes: int) -> bool:
        """A drag or a resize: the same rules as editing; refused changes snap back."""
        with self.ctx.vault.session() as session:
            item = calendar.get_appointment(session, appointment_id)
        scope = Scope.THIS
        if item.series_id is not None:
            chosen = self.choose_scope("Move")
            if chosen is None:
                self.refresh()
                return False
            scope = chosen
        edit = AppointmentChange(start=start, duration_minutes=minutes)
        try:
            with self.ctx.vault.session() as session:
                changed = calendar.change(session, appointment_id, edit, scope, self.ctx.today())
        except OutsideHours as exc:
            answer = QMessageBox.question(
                self,
                tr("Outside working hours"),
                tr("{problem}\n\nMove it anyway?").format(problem=exc.message),
            )
            if answer == QMessageBox.StandardButton.Yes:
                edit = AppointmentChange(
                    start=start, duration_minutes=minutes, allow_outside_hours=True
                )
                try:
                    with self.ctx.vault.session() as session:
                        changed = calendar.change(
                            session, appointment_id, edit, scope, self.ctx.today()
                        )
                except RapportError as again:
                    self._refused(again)
                    return False
                self.ctx.bus.publish(changed | Changed.CALENDAR)
                return True
            self.refresh()
            return False
        except (Conflict, RapportError) as exc:
            self._refused(exc)
            return False
        self.ctx.bus.publish(changed | Changed.CALENDAR)
        return True

    # ----------------------------------------------------- calendar files

    def export_ics(self) -> Path | None:
        """Save future appointments as an .ics file, with client codes (never names or memos)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export the calendar"),
            str(Path(folder) / "rapport-appointments.ics"),
            tr("Calendar files (*.ics)"),
            options=FILE_DIALOG_OPTIONS,
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".ics") else Path(f"{name}.ics")
        try:
            with self.ctx.vault.session() as session:
                data = ics.export_ics(session, self.ctx.today())
            atomic_write(path, data)
        except (OSError, RapportError) as exc:
            QMessageBox.warning(
                self,
                tr("Not exported"),
                tr("The calendar could not be saved.\n\n{problem}").format(problem=exc),
            )
            return None
        QMessageBox.information(
            self,
            tr("Calendar exported"),
            tr(
                "Saved {file}. It shows client codes, never names or memos. Import it "
                "into your phone's or computer's calendar; export again after changes."
            ).format(file=path.name),
        )
        return path

    def import_ics(self, path: Path | None = None) -> bool:
        """Busy times from the clinician's own calendar, as blocked time (never as sessions).

        The file is read and checked off the GUI thread; after the clinician
        confirms, the same bytes are stored, all or nothing, again off the GUI
        thread. ``sig_busy_imported`` says when they are in. False when nothing
        was started (no file chosen, or an import is already running).
        """
        if not self.file_button.isEnabled():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                tr("Import busy times"),
                "",
                tr("Calendar files (*.ics)"),
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return False
            path = Path(name)
        vault = self.ctx.vault
        now = self.ctx.now()
        chosen = path
        self.file_button.setEnabled(False)

        def read() -> tuple[bytes, ics.ImportResult]:
            # One byte past the limit is enough for the core to refuse a file too large.
            with chosen.open("rb") as stream:
                data = stream.read(ics.MAX_IMPORT_BYTES + 1)
            with vault.session() as session:
                return data, ics.import_busy(session, data, now, dry_run=True)

        def store(data: bytes) -> ics.ImportResult:
            with vault.session() as session:
                return ics.import_busy(session, data, now)

        def failed(exc: BaseException) -> None:
            self.file_button.setEnabled(True)
            if not isinstance(exc, (OSError, RapportError)):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            QMessageBox.warning(
                self,
                tr("Not imported"),
                tr("{file} was not imported.\n\n{problem}").format(file=chosen.name, problem=exc),
            )

        def stored(result: ics.ImportResult) -> None:
            self.file_button.setEnabled(True)
            self.ctx.bus.publish(Changed.CALENDAR)
            self.sig_busy_imported.emit(result)

        def previewed(read_result: tuple[bytes, ics.ImportResult]) -> None:
            data, preview = read_result
            if not self.confirm_import(_import_question(chosen.name, preview)):
                self.file_button.setEnabled(True)
                return
            self.ctx.tasks.run(lambda: store(data), stored, failed)

        self.ctx.tasks.run(read, previewed, failed)
        return True

    def import_appointments(self, path: Path | None = None) -> AppointmentImportDialog:
        """The appointment import (window-modal): ``path`` is read at once when given."""
        dialog = AppointmentImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.appointment_import = dialog
        dialog.open()
        if path is not None:
            dialog.open_file(path)
        return dialog

    def confirm_import(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Import busy times"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, exc: RapportError) -> None:
        self.refresh()
        self.last_refusal = exc.message
        QMessageBox.warning(self, tr("Not moved"), exc.message)


def _import_question(file_name: str, preview: ics.ImportResult) -> str:
    adding = tr(
        "%n busy time(s) to add and {updated} to update from {file}, as blocked time in "
        "your calendar (not as sessions).",
        "",
        preview.created,
    ).format(updated=preview.replaced, file=file_name)
    if not preview.skipped:
        return tr("{adding}\n\nImport them?").format(adding=adding)
    skipped = "".join(f"\n• {translated(reason)}" for reason in preview.skipped[:10])
    more = len(preview.skipped) - 10
    if more > 0:
        skipped += "\n• " + tr("… and {count} more").format(count=more)
    return tr("{adding}\n\nLeft out:{reasons}\n\nImport them?").format(
        adding=adding, reasons=skipped
    )


def _week_title(first: date, last: date) -> str:
    if first.month == last.month:
        return tr("{first_day}–{last_day} {month}").format(
            first_day=first.day, last_day=last.day, month=date_text(last, "MMMM yyyy")
        )
    if first.year == last.year:
        return tr("{first} – {last}").format(
            first=date_text(first, "d MMM"), last=date_text(last, "d MMM yyyy")
        )
    return tr("{first} – {last}").format(
        first=date_text(first, "d MMM yyyy"), last=date_text(last, "d MMM yyyy")
    )
