"""Importing appointments from another program's calendar file: the file, the choices, the dry run.

The file is read into memory only (never copied). Reading it, checking every
event and storing the appointments run off the GUI thread; any change of a
choice checks the file again. Nothing is stored before *Import*, and then every
appointment listed under *To create* is stored, or none.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import calendar
from app.errors import RapportError
from app.interop import ics
from app.interop.ics_appointments import (
    AppointmentImportPlan,
    EventLeftOut,
    ImportedAppointments,
    Match,
    PlannedAppointment,
    import_appointments,
    plan_appointment_import,
)
from app.models import AppointmentStatus, ServiceKind
from app.words import translated
from ui.calendar.grid import date_text
from ui.clients.import_dialog import TextRowsModel
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.i18n import marked, tr
from ui.widgets.labels import text_label
from ui.widgets.tables import read_only_table
from ui.widgets.tabs import tab_widget

#: How long locking waits for an import under way to finish or roll back.
LOCK_WAIT_MS = 10_000
CREATE_HEADERS = [
    marked("Line"),
    marked("Date"),
    marked("Time"),
    marked("Client"),
    marked("Service"),
    marked("Stored as"),
    marked("Title in the file"),
]
LEFT_OUT_HEADERS = [
    marked("Line"),
    marked("Date"),
    marked("Time"),
    marked("Why"),
    marked("Title in the file"),
]
TAB_NAMES = (marked("To create"), marked("Refused"), marked("Skipped"))
#: How an appointment imported without a current consent is stored ("{status}": as what).
_CONSENT_NOTES = {
    "none": marked("{status} — no signed consent yet"),
    "outdated": marked("{status} — consent on an older version"),
    "revoked": marked("{status} — consent revoked"),
}
_NO_VALID_CONSENT = marked("{status} — no valid consent")


def _headers(headers: list[str]) -> list[str]:
    return [tr(header) for header in headers]


def _day(moment: datetime | date | None, zone: ZoneInfo) -> str:
    if isinstance(moment, datetime):
        moment = moment.astimezone(zone).date()
    if isinstance(moment, date):
        return date_text(moment, "ddd d MMM yyyy")
    return "—"


def _clock(start: datetime | date | None, end: datetime | None, zone: ZoneInfo) -> str:
    if not isinstance(start, datetime):
        return tr("all day") if isinstance(start, date) else "—"
    text = f"{start.astimezone(zone):%H:%M}"
    return f"{text}–{end.astimezone(zone):%H:%M}" if end is not None else text


def _created_row(row: PlannedAppointment, zone: ZoneInfo) -> list[str]:
    stored = tr("Attended") if row.status == AppointmentStatus.ATTENDED else tr("Scheduled")
    if row.consent_warning:
        note = _CONSENT_NOTES.get(row.consent_warning, _NO_VALID_CONSENT)
        stored = tr(note).format(status=stored)
    return [
        str(row.line),
        _day(row.start, zone),
        _clock(row.start, row.end, zone),
        row.codes,
        row.service_name,
        stored,
        row.title,
    ]


def _left_out_row(item: EventLeftOut, zone: ZoneInfo) -> list[str]:
    return [
        str(item.line),
        _day(item.start, zone),
        _clock(item.start, None, zone),
        translated(item.describe()),
        item.title,
    ]


def _past_sentence(past: int, created: int, attended: bool) -> str:
    """What happens to the appointments in the past (all of them, or ``past`` of them)."""
    if past == created:
        if created > 1:
            return (
                tr("All in the past: stored as attended.")
                if attended
                else tr("All in the past: kept as scheduled.")
            )
        return (
            tr("It is in the past: stored as attended.")
            if attended
            else tr("It is in the past: kept as scheduled.")
        )
    if attended:
        return tr("%Ln of them in the past, stored as attended.", "", past)
    return tr("%Ln of them in the past, kept as scheduled.", "", past)


def _left_out_sentence(refused: int, skipped: int) -> str:
    """The events refused and skipped, and that they are left out."""
    if refused and skipped:
        return tr(
            "{refused} and {skipped} — see their tabs for why; they are left out of the import."
        ).format(
            refused=tr("%Ln event(s) refused", "", refused),
            skipped=tr("%Ln event(s) skipped", "", skipped),
        )
    events = (
        tr("%Ln event(s) refused", "", refused)
        if refused
        else tr("%Ln event(s) skipped", "", skipped)
    )
    return tr("{events} — see their tabs for why; they are left out of the import.").format(
        events=events
    )


class AppointmentImportDialog(QDialog):
    """File and choices → dry run (to create, refused, skipped) → import, all or nothing."""

    sig_checked = Signal(object)
    """The dry run is done: the :class:`AppointmentImportPlan`."""

    sig_imported = Signal(object)
    """The appointments were stored: the :class:`ImportedAppointments`."""

    sig_failed = Signal(str)
    """Reading, checking or importing failed; the message shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Import appointments"))
        self.resize(1080, 720)
        self.path: Path | None = None
        self._data: bytes | None = None
        self.plan: AppointmentImportPlan | None = None
        self.imported: ImportedAppointments | None = None
        self._busy = False
        self._importing = False
        self._generation = 0

        title = QLabel(tr("Import appointments from a calendar file"))
        title.setObjectName("cardTitle")
        intro = text_label(
            tr(
                "Export the calendar of the program you used before as an .ics file. Each event "
                "whose title holds a client's code (C0042) or full name becomes an appointment "
                "of that client — past ones too, and repeating events up to a year ahead. "
                "Nothing is stored until you press Import; then every appointment under “To "
                "create” is stored, or none."
            ),
            kind="",
        )

        self.file_name = QLabel(tr("No file chosen"))
        self.file_name.setObjectName("hint")
        self.choose_button = QPushButton(tr("&Choose a calendar file…"))
        self.choose_button.clicked.connect(lambda: self.open_file())
        self.service = QComboBox()
        self.service.setAccessibleName(tr("Service when the title names none"))
        self.match = QComboBox()
        self.match.setAccessibleName(tr("Match clients by"))
        self.match.addItem(tr("Client code or full name"), Match.CODES_AND_NAMES)
        self.match.addItem(tr("Client code only"), Match.CODES)
        self.mark_attended = QCheckBox(tr("&Mark past appointments as attended"))
        self.mark_attended.setToolTip(
            tr("Past sessions are stored as attended instead of scheduled, without a charge")
        )
        self._fill_services()
        self.service.activated.connect(lambda _i: self.check())
        self.match.activated.connect(lambda _i: self.check())
        self.mark_attended.toggled.connect(lambda _on: self.check())

        choices = QGridLayout()
        choices.setHorizontalSpacing(12)
        file_caption = QLabel(tr("File"))
        choices.addWidget(file_caption, 0, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_name)
        file_row.addSpacing(8)
        file_row.addWidget(self.choose_button)
        file_row.addStretch(1)
        choices.addLayout(file_row, 0, 1)
        for row, (caption, combo) in enumerate(
            (
                (tr("&Service when the title names none"), self.service),
                (tr("M&atch clients by"), self.match),
            ),
            start=1,
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            choices.addWidget(label, row, 0)
            line = QHBoxLayout()
            line.addWidget(combo)
            line.addStretch(1)
            choices.addLayout(line, row, 1)
        choices.addWidget(self.mark_attended, 3, 1)
        choices.addWidget(
            text_label(
                tr(
                    "No charge is made for imported appointments: sessions held before were "
                    "billed, if at all, by the program you used then. Marking a session attended "
                    "later, by hand, charges it as usual."
                )
            ),
            4,
            1,
        )
        choices.setColumnStretch(1, 1)

        self.summary = QLabel()
        self.summary.setObjectName("cardTitle")
        self.detail = text_label("", kind="")
        self.problem = text_label("", kind="formError")
        self.problem.hide()
        self.create_model = TextRowsModel(_headers(CREATE_HEADERS), self)
        self.refused_model = TextRowsModel(_headers(LEFT_OUT_HEADERS), self)
        self.skipped_model = TextRowsModel(_headers(LEFT_OUT_HEADERS), self)
        self.create_view = read_only_table(self.create_model, tr("Appointments to create"))
        self.refused_view = read_only_table(self.refused_model, tr("Events refused"))
        self.skipped_view = read_only_table(self.skipped_model, tr("Events skipped"))
        self.tabs = tab_widget()
        for view, name in zip(
            (self.create_view, self.refused_view, self.skipped_view), TAB_NAMES, strict=True
        ):
            self.tabs.addTab(view, tr(name))

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.close_button = QPushButton(tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        self.import_button = QPushButton(tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.choose_button, self.service)
        self.setTabOrder(self.service, self.match)
        self.setTabOrder(self.match, self.mark_attended)
        self.setTabOrder(self.mark_attended, self.tabs)
        ctx.bus.sig_about_to_lock.connect(self._before_lock)
        self._show_plan(None)
        self.choose_button.setFocus()

    # ------------------------------------------------------------------ choices

    def _fill_services(self) -> None:
        with self.ctx.vault.session() as session:
            offered = [s for s in calendar.services(session) if not s.archived]
        self.service.addItem(tr("None: the title must name a service"), None)
        for service in offered:
            self.service.addItem(
                tr("{service} ({minutes} min)").format(
                    service=service.name, minutes=service.duration_minutes
                ),
                service.id,
            )
        usual = next((s for s in offered if s.kind == ServiceKind.INDIVIDUAL), None)
        if usual is not None:
            self.service.setCurrentIndex(self.service.findData(usual.id))

    def set_service(self, service_id: int | None) -> None:
        """Choose the default service (what picking it in the list does)."""
        self.service.setCurrentIndex(max(0, self.service.findData(service_id)))
        self.check()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        for widget in (self.service, self.match, self.mark_attended):
            widget.setEnabled(not busy and self.imported is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        self.import_button.setVisible(self.imported is None)
        self.close_button.setText(tr("Close") if self.imported is not None else tr("Cancel"))
        if self.imported is not None:
            return
        can = plan is not None and plan.can_import
        count = len(plan.appointments) if plan is not None else 0
        self.import_button.setText(
            tr("Import %Ln appointment(s)", "", count) if can else tr("Import")
        )
        self.import_button.setEnabled(can and not self._busy)

    # ------------------------------------------------------------------ reading and checking

    def open_file(self, path: Path | None = None) -> bool:
        """Read a calendar file chosen by the clinician (or ``path``); False if none was chosen."""
        if self._busy:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                tr("Import appointments"),
                "",
                tr("Calendar files (*.ics);;All files (*)"),
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return False
            path = Path(name)
        self.path = path
        self._data = None
        self.imported = None
        self.file_name.setText(path.name)
        self.check()
        return True

    def check(self) -> None:
        """Read the file (once) and check every event off the GUI thread; stores nothing."""
        path, data = self.path, self._data
        if path is None or self.imported is not None:
            return
        vault, now = self.ctx.vault, self.ctx.now()
        service_id = self.service.currentData()
        match = Match(self.match.currentData())
        mark = self.mark_attended.isChecked()
        self._generation += 1
        generation = self._generation
        self.plan = None
        self.summary.setText(tr("Checking every event…"))
        self.detail.setText(tr("Nothing is stored while the file is checked."))
        self._set_busy(True)

        def work() -> tuple[bytes, AppointmentImportPlan]:
            content = data
            if content is None:
                # One byte past the limit is enough for the core to refuse a file too large.
                with path.open("rb") as stream:
                    content = stream.read(ics.MAX_IMPORT_BYTES + 1)
            with vault.session() as session:
                plan = plan_appointment_import(
                    session,
                    content,
                    default_service_id=service_id,
                    match=match,
                    now=now,
                    mark_past_attended=mark,
                )
            return content, plan

        def done(result: tuple[bytes, AppointmentImportPlan]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._data, self.plan = result
            self._set_busy(False)
            self._show_plan(self.plan)
            self.sig_checked.emit(self.plan)

        def failed(exc: BaseException) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._set_busy(False)
            if not isinstance(exc, (OSError, RapportError)):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            message = exc.message if isinstance(exc, RapportError) else tr("It cannot be read.")
            self._show_plan(None)
            self.summary.setText(tr("{file} cannot be imported").format(file=path.name))
            self.detail.setText(message)
            self.sig_failed.emit(message)

        self.ctx.tasks.run(work, done, failed)

    def _show_plan(self, plan: AppointmentImportPlan | None) -> None:
        if plan is None:
            for model, headers in (
                (self.create_model, CREATE_HEADERS),
                (self.refused_model, LEFT_OUT_HEADERS),
                (self.skipped_model, LEFT_OUT_HEADERS),
            ):
                model.set_rows(_headers(headers), [])
            self.summary.setText(tr("Choose a calendar file"))
            self.detail.setText(tr("Its events are checked here before anything is stored."))
            self._set_tab_counts(None)
            self._update_buttons()
            return
        zone = ZoneInfo(plan.time_zone)
        self.create_model.set_rows(
            _headers(CREATE_HEADERS), [_created_row(row, zone) for row in plan.appointments]
        )
        self.refused_model.set_rows(
            _headers(LEFT_OUT_HEADERS),
            [_left_out_row(item, zone) for item in plan.refused],
            [{3: translated(item.describe())} for item in plan.refused],
        )
        self.skipped_model.set_rows(
            _headers(LEFT_OUT_HEADERS), [_left_out_row(item, zone) for item in plan.skipped]
        )
        for view, widths in (
            (self.create_view, (50, 120, 100, 120, 160, 200)),
            (self.refused_view, (50, 120, 100, 460)),
            (self.skipped_view, (50, 120, 100, 460)),
        ):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self._set_tab_counts(plan)
        created, refused, skipped = len(plan.appointments), len(plan.refused), len(plan.skipped)
        if created:
            self.summary.setText(tr("%Ln appointment(s) will be created", "", created))
        else:
            self.summary.setText(tr("There is no appointment to create"))
        parts = []
        if plan.past:
            parts.append(_past_sentence(plan.past, created, plan.attended > 0))
        if refused or skipped:
            parts.append(_left_out_sentence(refused, skipped))
        parts.append(tr("Nothing has been stored yet."))
        self.detail.setText(" ".join(parts))
        self.tabs.setCurrentIndex(0 if created or not refused else 1)
        self._update_buttons()

    def _set_tab_counts(self, plan: AppointmentImportPlan | None) -> None:
        counts = (
            (len(plan.appointments), len(plan.refused), len(plan.skipped))
            if plan is not None
            else (0, 0, 0)
        )
        locale = QLocale()
        for index, (name, n) in enumerate(zip(TAB_NAMES, counts, strict=True)):
            self.tabs.setTabText(
                index,
                tr("{tab} ({count})").format(tab=tr(name), count=locale.toString(n))
                if plan is not None
                else tr(name),
            )

    # ------------------------------------------------------------------ the import

    def run_import(self) -> None:
        """Store every appointment of the dry run, all or nothing, off the GUI thread."""
        plan = self.plan
        if plan is None or not plan.can_import or self._busy:
            return
        vault = self.ctx.vault
        self.problem.hide()
        self.summary.setText(tr("Importing %Ln appointment(s)…", "", len(plan.appointments)))
        self._importing = True
        self._set_busy(True)

        def store() -> ImportedAppointments:
            with vault.session() as session:
                return import_appointments(session, plan)

        def done(result: ImportedAppointments) -> None:
            self.ctx.bus.publish(result.changed)
            if not isValid(self):
                return
            self._importing = False
            self.imported = result
            self._forget_file()
            self._set_busy(False)
            self.summary.setText(tr("%Ln appointment(s) imported", "", result.created))
            detail = [
                tr("They are in the calendar now, and the import is recorded in the audit log.")
            ]
            if result.attended:
                detail.append(tr("%Ln of them as attended.", "", result.attended))
            detail.append(
                tr(
                    "The calendar file was not changed: delete it if it should not stay on "
                    "this computer."
                )
            )
            self.detail.setText(" ".join(detail))
            self.sig_imported.emit(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._importing = False
            self._set_busy(False)
            if not isinstance(exc, RapportError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            self.problem.setText(tr("Nothing was imported. {problem}").format(problem=exc.message))
            self.problem.show()
            self.sig_failed.emit(exc.message)
            self.check()  # what the calendar holds now

        self.ctx.tasks.run(store, done, failed)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self._importing:
            return  # an import under way finishes (or rolls back) first
        self._forget()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._importing:
            event.ignore()
            return
        self._forget()
        super().closeEvent(event)

    def _before_lock(self) -> None:
        if self._busy:
            self.ctx.tasks.wait(LOCK_WAIT_MS)
        self._forget()
        if isValid(self):
            super().reject()

    def _forget_file(self) -> None:
        self._data = None
        self.plan = None
        for model, headers in (
            (self.create_model, CREATE_HEADERS),
            (self.refused_model, LEFT_OUT_HEADERS),
            (self.skipped_model, LEFT_OUT_HEADERS),
        ):
            model.set_rows(_headers(headers), [])
        self._set_tab_counts(None)

    def _forget(self) -> None:
        """Drop the file's contents and everything shown from it (titles may hold names)."""
        self._generation += 1
        if isValid(self):
            self._forget_file()
