"""The main window: navigation on the left, one area at a time on the right, menus on top."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import calendar, intake
from app.changes import Changed
from app.clients import ClientInput
from app.errors import RapportError
from app.models import AppointmentStatus
from app.practice import get_profile
from app.vault import UnlockReport
from ui.about import AboutDialog
from ui.areas import area_title
from ui.billing.page import BillingPage
from ui.calendar.page import CalendarPage
from ui.clients.clients_page import ClientsPage
from ui.clients.prospects_page import ProspectsPage
from ui.context import AppContext
from ui.export_dialog import open_export_dialog
from ui.help import GettingStarted
from ui.i18n import tr
from ui.intake.wizard import IntakeWizard
from ui.outcomes_page import OutcomesPage
from ui.session.notes_page import NotesPage
from ui.session.workspace import NoteWindow, SessionWorkspace
from ui.settings import SettingsPage
from ui.today import TodayPage


class MainWindow(QMainWindow):
    """Everything that shows practice data lives inside this window (and is gone on lock)."""

    sig_lock_requested = Signal()
    """The clinician asked to lock (Ctrl+L or the menu)."""

    sig_quit_requested = Signal()
    """The clinician asked to quit."""

    def __init__(
        self, ctx: AppContext, report: UnlockReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumSize(900, 600)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(tr("Areas"))
        self.navigation.setMaximumWidth(360)
        self.pages = QStackedWidget()
        self.today = TodayPage(ctx, report)
        self.today.sig_resume_draft.connect(lambda draft_id: self.start_intake(draft_id=draft_id))
        self.today.sig_open_client.connect(self.open_client)
        self.today.sig_start_session.connect(self.start_session)
        self.today.sig_show_notes.connect(lambda: self.show_area("Notes"))
        self.note_windows: dict[tuple[str, int], QWidget] = {}
        self.intake_wizard: IntakeWizard | None = None
        # Areas other than Today are built the first time they are shown, so that
        # unlocking does not wait for screens the clinician may not open.
        self._areas: list[tuple[str, Callable[[], QWidget], str]] = [
            ("Today", lambda: self.today, "Ctrl+1"),
            ("Calendar", self._make_calendar, "Ctrl+2"),
            ("Clients", self._make_clients, "Ctrl+3"),
            ("Prospects", self._make_prospects, "Ctrl+4"),
            ("Notes", self._make_notes, "Ctrl+5"),
            ("Outcomes", lambda: OutcomesPage(ctx), "Ctrl+6"),
            ("Billing", self._make_billing, "Ctrl+7"),
            ("Settings", lambda: SettingsPage(ctx), "Ctrl+,"),
        ]
        self._built: dict[int, QWidget] = {}
        for name, _factory, _shortcut in self._areas:
            QListWidgetItem(area_title(name), self.navigation)
            self.pages.addWidget(QWidget())
        # Never narrower than its longest word, in the system's font size (no scroll bar).
        self.navigation.ensurePolished()
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(
            max(150, self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth())
        )
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)

        # The navigation's width can be dragged (and is remembered, ui/window_state.py).
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 980])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        ctx.bus.sig_changed.connect(self._on_changed)
        self._update_title()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.export_action = QAction(tr("&Export the whole practice…"), self)
        self.export_action.triggered.connect(lambda: open_export_dialog(self.ctx, self))
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.lock_action = QAction(tr("&Lock practice"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.sig_lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.sig_quit_requested)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(tr("&Go"))
        for row, (name, _page, shortcut) in enumerate(self._areas):
            action = QAction(area_title(name), self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)

        help_menu = bar.addMenu(tr("&Help"))
        started = QAction(tr("&Getting started"), self)
        started.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        started.triggered.connect(self.show_getting_started)
        help_menu.addAction(started)
        about = QAction(tr("&About Rapport"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _page(self, row: int) -> QWidget:
        page = self._built.get(row)
        if page is None:
            page = self._areas[row][1]()
            placeholder = self.pages.widget(row)
            assert placeholder is not None
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = page
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self._page(row))

    def _area(self, name: str) -> QWidget:
        return self._page(next(i for i, area in enumerate(self._areas) if area[0] == name))

    @property
    def settings(self) -> SettingsPage:
        page = self._area("Settings")
        assert isinstance(page, SettingsPage)
        return page

    @property
    def clients(self) -> ClientsPage:
        page = self._area("Clients")
        assert isinstance(page, ClientsPage)
        return page

    @property
    def prospects(self) -> ProspectsPage:
        page = self._area("Prospects")
        assert isinstance(page, ProspectsPage)
        return page

    def _make_prospects(self) -> ProspectsPage:
        page = ProspectsPage(self.ctx)
        page.sig_open_client.connect(self.open_client)
        page.sig_start_intake.connect(
            lambda prospect_id: self.start_intake(prospect_id=prospect_id)
        )
        page.sig_book_consultation.connect(self.book_consultation)
        return page

    @property
    def calendar(self) -> CalendarPage:
        page = self._area("Calendar")
        assert isinstance(page, CalendarPage)
        return page

    def _make_calendar(self) -> CalendarPage:
        page = CalendarPage(self.ctx)
        page.sig_start_consent.connect(self.start_consent)
        page.sig_start_session.connect(self.start_session)
        return page

    @property
    def notes(self) -> NotesPage:
        page = self._area("Notes")
        assert isinstance(page, NotesPage)
        return page

    def _make_notes(self) -> NotesPage:
        page = NotesPage(self.ctx)
        page.sig_open_note.connect(self.open_note)
        return page

    @property
    def billing(self) -> BillingPage:
        page = self._area("Billing")
        assert isinstance(page, BillingPage)
        return page

    def _make_billing(self) -> BillingPage:
        page = BillingPage(self.ctx)
        page.sig_open_client.connect(lambda client_id: self.open_client(client_id, "Billing"))
        return page

    def _raise_or_make(self, key: tuple[str, int], make: Callable[[], QWidget]) -> QWidget:
        window = self.note_windows.get(key)
        if window is None or not window.isVisible():
            window = make()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _obj=None, k=key: self.note_windows.pop(k, None))
            self.note_windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def start_session(self, appointment_id: int) -> SessionWorkspace | None:
        """Open the workspace for a session; it counts as attended once it has begun."""
        try:
            with self.ctx.vault.session() as session:
                item = calendar.get_appointment(session, appointment_id)
                now = self.ctx.now()
                if item.status == AppointmentStatus.SCHEDULED and now >= item.start:
                    self.ctx.bus.publish(
                        calendar.set_status(
                            session, appointment_id, AppointmentStatus.ATTENDED, now
                        )
                        | Changed.CALENDAR
                    )
            window = self._raise_or_make(
                ("session", appointment_id),
                lambda: SessionWorkspace(self.ctx, appointment_id, self),
            )
        except RapportError as exc:
            QMessageBox.warning(self, tr("The session cannot start"), exc.message)
            return None
        assert isinstance(window, SessionWorkspace)
        return window

    def open_note(self, note_id: int) -> NoteWindow:
        window = self._raise_or_make(("note", note_id), lambda: NoteWindow(self.ctx, note_id, self))
        assert isinstance(window, NoteWindow)
        return window

    def open_appointment(self, appointment_id: int) -> None:
        """Show the appointment's week in the calendar and open it."""
        self.show_area("Calendar")
        self.calendar.show_appointment(appointment_id)

    def book_consultation(self, prospect_id: int, name: str) -> None:
        """The calendar's booking, for an enquiry's free consultation."""
        self.show_area("Calendar")
        self.calendar.book_for("prospect", prospect_id, tr("{name} (enquiry)").format(name=name))

    def start_consent(self, client_id: int) -> None:
        """Open the client and hand the laptop over for the consent."""
        self.open_client(client_id)
        self.clients.overview.sign_consent()

    def _make_clients(self) -> ClientsPage:
        page = ClientsPage(self.ctx)
        page.sig_start_intake.connect(self.start_intake)
        page.overview.sig_open_appointment.connect(self.open_appointment)
        page.overview.sig_open_note.connect(self.open_note)
        return page

    def start_intake(
        self, prospect_id: int | None = None, draft_id: int | None = None
    ) -> IntakeWizard:
        """Open the intake wizard: new, for an enquiry, or resuming a draft."""
        page = 0
        with self.ctx.vault.session() as session:
            if draft_id is not None:
                data, page, prospect_id = intake.load_draft(session, draft_id)
            elif prospect_id is not None:
                data = intake.start_from_prospect(session, prospect_id)
            else:
                data = intake.IntakeData(
                    client=ClientInput(legal_first_name="", legal_last_name="", date_of_birth=None)
                )
        wizard = IntakeWizard(self.ctx, data, prospect_id, draft_id, page, self)
        wizard.sig_finished_client.connect(lambda client_id: self._after_intake(wizard, client_id))
        self.intake_wizard = wizard
        wizard.open()
        return wizard

    def _after_intake(self, wizard: IntakeWizard, client_id: int) -> None:
        if wizard.then_sign_consent:
            self.start_consent(client_id)
        else:
            self.open_client(client_id)

    def open_client(self, client_id: int, tab: str = "") -> None:
        """Show the client's record, on the tab named ``tab`` if it has one."""
        self.show_area("Clients")
        self.clients.open_client(client_id)
        if tab:
            tabs = self.clients.overview.tabs
            for index in range(tabs.count()):
                if tabs.tabText(index).replace("&", "") == tr(tab):
                    tabs.setCurrentIndex(index)
                    break

    def area_names(self) -> list[str]:
        return [name for name, _page, _shortcut in self._areas]

    def current_area(self) -> str:
        """The name of the area shown ("Calendar"), never anything inside it."""
        row = self.navigation.currentRow()
        return self._areas[row][0] if 0 <= row < len(self._areas) else ""

    def show_area(self, name: str) -> None:
        for row, (area, _page, _shortcut) in enumerate(self._areas):
            if area == name:
                self.navigation.setCurrentRow(row)

    def show_getting_started(self) -> GettingStarted:
        """The first steps (F1); its links open the areas they name."""
        dialog = GettingStarted(self.show_area, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.ctx.vault.files.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_changed(self, changed: Changed) -> None:
        if Changed.PRACTICE in changed:
            self._update_title()

    def _update_title(self) -> None:
        with self.ctx.vault.session() as session:
            name = get_profile(session).practice_name
        self.setWindowTitle(tr("{practice} — Rapport").format(practice=name))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window quits Rapport; the controller decides how.
        event.ignore()
        self.sig_quit_requested.emit()
