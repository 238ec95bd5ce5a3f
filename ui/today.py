"""Today: the day's greeting and what the clinician should know about the practice file."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import audit, calendar, intake, measures, notes, outcomes
from app.calendar import VIDEO, AppointmentView
from app.changes import Changed
from app.errors import RapportError
from app.models import FREE_AGAIN, AppointmentStatus
from app.outcomes import RULE_LABELS, AttentionSignal
from app.practice import get_profile
from app.vault import UnlockReport
from app.words import translated
from ui.backups import BackupStatus, local_date, long_date, when
from ui.calendar.appointment_dialog import STATUS_WORDS
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.labels import text_label
from ui.widgets.snooze import SnoozeDialog, reason_text


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return frame, layout


SHOWN_FOLLOW_UPS = 12
#: Clients shown on the radar (each once, with all their reasons).
SHOWN_SIGNALS = 10


def greeting(hour: int, name: str) -> str:
    """``Good morning, Dr Ames`` (afternoon from noon, evening from six)."""
    if hour < 12:
        return tr("Good morning, {name}").format(name=name)
    if hour < 18:
        return tr("Good afternoon, {name}").format(name=name)
    return tr("Good evening, {name}").format(name=name)


def _more(count: int) -> str:
    return tr("… and %Ln more.", "", count)


class TodayPage(QWidget):
    sig_resume_draft = Signal(int)
    """The clinician wants to go on with an intake draft."""

    sig_open_client = Signal(int)
    """The clinician clicked a client's name."""

    sig_start_session = Signal(int)
    """Open the session workspace for an appointment."""

    sig_show_notes = Signal()
    """Show the notes still to sign."""

    sig_show_backups = Signal()
    """Show Settings → Backups (the backup warning's button)."""

    def __init__(
        self, ctx: AppContext, report: UnlockReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.dialog: SnoozeDialog | None = None
        self.radar_signals: list[AttentionSignal] = []
        #: The radar's rows: each client's signals, their most urgent first.
        self.radar_rows: list[list[AttentionSignal]] = []
        self.setObjectName("page")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        security, self.security_lines = _card(tr("Your practice file"))
        self.sessions_card, self.sessions_lines = _card(tr("Today's appointments"))
        self.unsigned_card, self.unsigned_lines = _card(tr("Notes to sign"))
        self.drafts_card, self.drafts_lines = _card(tr("Intakes to finish"))
        self.radar_card, self.radar_lines = _card(
            tr("Is therapy working? Clients who need attention")
        )
        self.follow_card, self.follow_lines = _card(tr("Open follow-up items"))
        self.backup_warning = QFrame()
        self.backup_warning.setObjectName("attention")
        self.backup_text = text_label("", "warning")
        self.backup_button = QPushButton(tr("Open Settings → Backups"))
        self.backup_button.clicked.connect(self.sig_show_backups)
        warning_row = QHBoxLayout(self.backup_warning)
        warning_row.setContentsMargins(16, 10, 16, 10)
        warning_row.addWidget(self.backup_text, 1)
        warning_row.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.backup_warning.hide()
        self.backup_line = text_label("", "ok")
        self.backup_line.hide()
        self.second_folder_line = text_label("", "warning")
        self.second_folder_line.hide()
        self.backup_status = BackupStatus()
        content = QWidget()
        content.setObjectName("page")
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what it holds takes the keyboard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.backup_warning)
        layout.addWidget(self.sessions_card)
        layout.addWidget(self.unsigned_card)
        layout.addWidget(self.radar_card)
        layout.addWidget(self.follow_card)
        layout.addWidget(self.drafts_card)
        layout.addWidget(security)
        layout.addStretch(1)
        ctx.bus.sig_changed.connect(self._on_changed)
        if ctx.backups is not None:
            self.backup_status = ctx.backups.status
            ctx.backups.sig_status_changed.connect(self.show_backup_status)
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & (
            Changed.PRACTICE
            | Changed.SECURITY
            | Changed.MEASURES
            | Changed.CLIENTS
            | Changed.CALENDAR
            | Changed.PROSPECTS
            | Changed.NOTES
            | Changed.OUTCOMES
        ):
            self.refresh()

    def refresh(self) -> None:
        now = datetime.fromtimestamp(self.ctx.clock()).astimezone()
        with self.ctx.vault.session() as session:
            profile = get_profile(session)
            recent = audit.recent(session, limit=1)
            drafts = intake.drafts(session)
            open_count, open_items = measures.open_follow_ups(session, limit=SHOWN_FOLLOW_UPS)
            agenda = calendar.day_agenda(session, self.ctx.today())
            unsigned = notes.unsigned_notes(session)
            signals = outcomes.needs_attention(
                session, self.ctx.today(), self.ctx.instruments().instruments
            )
            zone = ZoneInfo(profile.time_zone)
        self._fill_sessions(agenda, zone)
        self._fill_unsigned(unsigned)
        self._fill_radar(signals, {a.client_id for a in agenda if a.client_id is not None})
        self._fill_drafts(drafts)
        self._fill_follow_ups(open_count, open_items)
        self.title.setText(greeting(now.hour, profile.clinician_name))
        self.subtitle.setText(
            tr("{date} · {practice}").format(date=long_date(now), practice=profile.practice_name)
        )
        self._fill_security(bool(recent))
        self.show_backup_status(self.backup_status)

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count() > 1:
            item = layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _fill_sessions(self, agenda: list[AppointmentView], zone: ZoneInfo) -> None:
        """Today's appointments in order, with one click to record what happened."""
        self._clear(self.sessions_lines)
        self.session_rows: dict[int, dict[AppointmentStatus, QPushButton]] = {}
        if not agenda:
            self.sessions_lines.addWidget(text_label(tr("Nothing booked today."), "hint"))
        for item in agenda:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            start, end = item.start.astimezone(zone), item.end.astimezone(zone)
            who = escape(item.who or item.code)
            if item.client_id is not None:
                who = f'<a href="{item.client_id}">{who}</a>'
            status = AppointmentStatus(item.status)
            state = tr(STATUS_WORDS[status])
            if item.fee_owed is not None:
                state = tr("{status}, owes {amount}").format(
                    status=state, amount=self.ctx.money(item.fee_owed)
                )
            line_text = (
                tr("<b>{start}–{end}</b> {who} · {service} · video · <i>{state}</i>")
                if item.location == VIDEO
                else tr("<b>{start}–{end}</b> {who} · {service} · <i>{state}</i>")
            )
            label = text_label(
                line_text.format(
                    start=f"{start:%H:%M}",
                    end=f"{end:%H:%M}",
                    who=who,
                    service=escape(item.service_name),
                    state=escape(state),
                ),
                "hint" if status in FREE_AGAIN else "",
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.linkActivated.connect(lambda link: self.sig_open_client.emit(int(link)))
            line.addWidget(label, 1)
            buttons: dict[AppointmentStatus, QPushButton] = {}
            if item.client_id is not None and status in (
                AppointmentStatus.SCHEDULED,
                AppointmentStatus.ATTENDED,
            ):
                start_button = QPushButton(
                    tr("Start session")
                    if status == AppointmentStatus.SCHEDULED
                    else tr("Open session")
                )
                start_button.setObjectName("primary")
                start_button.clicked.connect(
                    lambda _=False, i=item.id: self.sig_start_session.emit(i)
                )
                line.addWidget(start_button)
            if status == AppointmentStatus.SCHEDULED:
                for target, text in (
                    (AppointmentStatus.ATTENDED, tr("Attended")),
                    (AppointmentStatus.NO_SHOW, tr("No-show")),
                    (AppointmentStatus.LATE_CANCELLED, tr("Late cancel")),
                ):
                    button = QPushButton(text)
                    button.clicked.connect(
                        lambda _=False, i=item.id, s=target: self.record_status(i, s)
                    )
                    line.addWidget(button)
                    buttons[target] = button
            self.session_rows[item.id] = buttons
            self.sessions_lines.addWidget(row)

    def _fill_unsigned(self, unsigned: list[notes.NoteRow]) -> None:
        self._clear(self.unsigned_lines)
        self.unsigned_card.setVisible(bool(unsigned))
        if not unsigned:
            return
        oldest = unsigned[0].session_date
        line = text_label(
            tr(
                '<a href="notes">%n note(s) to sign</a> — the oldest from {date}.',
                "",
                len(unsigned),
            ).format(date=local_date(oldest, tr("dd MMM yyyy", "date format"))),
            "warning",
        )
        line.setTextFormat(Qt.TextFormat.RichText)
        line.linkActivated.connect(lambda _link: self.sig_show_notes.emit())
        self.unsigned_lines.addWidget(line)

    def _fill_radar(self, signals: list[AttentionSignal], seen_today: set[int]) -> None:
        """Who is stuck or worse, and why: one row a client with all their reasons; clients
        seen today first, then by their most urgent reason."""
        self._clear(self.radar_lines)
        self.radar_card.setVisible(bool(signals))
        # A stable sort: the core's order (by name, then rule) stays within each severity.
        self.radar_signals = sorted(
            signals,
            key=lambda s: (s.client_id not in seen_today, -s.severity, s.client_name, s.client_id),
        )
        rows: dict[int, list[AttentionSignal]] = {}
        for signal in self.radar_signals:
            rows.setdefault(signal.client_id, []).append(signal)
        self.radar_rows = list(rows.values())
        buttons = []
        for row_signals in self.radar_rows[:SHOWN_SIGNALS]:
            first = row_signals[0]
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line_text = (
                tr('<a href="{client}">{name}</a> · <b>seen today</b>: {reason}')
                if first.client_id in seen_today
                else tr('<a href="{client}">{name}</a>: {reason}')
            )
            label = text_label(
                line_text.format(
                    client=first.client_id,
                    name=escape(first.client_name),
                    reason=" · ".join(escape(reason_text(s)) for s in row_signals),
                ),
                "formError" if first.severity >= 2 else "warning",
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.linkActivated.connect(lambda link: self.sig_open_client.emit(int(link)))
            line.addWidget(label, 1)
            buttons.append(self._snooze_button(row_signals))
            line.addWidget(buttons[-1])
            self.radar_lines.addWidget(row)
        # One width for all, with or without a menu's arrow: the buttons line up.
        width = max((b.sizeHint().width() for b in buttons), default=0)
        for button in buttons:
            button.setMinimumWidth(width)
        hidden = len(self.radar_rows) - SHOWN_SIGNALS
        if hidden > 0:
            self.radar_lines.addWidget(text_label(_more(hidden)))

    def _snooze_button(self, signals: list[AttentionSignal]) -> QPushButton:
        """The row's "Set aside…": for its one signal, or a menu of its signals by rule."""
        button = QPushButton(tr("Set aside…"))
        if len(signals) == 1:
            button.setToolTip(tr("Hide this signal until a date, with the reason (recorded)"))
            button.clicked.connect(lambda _=False, s=signals[0]: self.snooze(s))
            return button
        button.setToolTip(tr("Hide one of these signals until a date, with the reason (recorded)"))
        menu = QMenu(button)
        for signal in signals:
            action = menu.addAction(tr(RULE_LABELS[signal.rule]) + "…")
            action.triggered.connect(lambda _=False, s=signal: self.snooze(s))
        button.setMenu(menu)
        return button

    def snooze(self, signal: AttentionSignal) -> SnoozeDialog:
        dialog = SnoozeDialog(self.ctx, signal, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_status(self, appointment_id: int, status: AppointmentStatus) -> bool:
        try:
            with self.ctx.vault.session() as session:
                changed = calendar.set_status(session, appointment_id, status, self.ctx.now())
        except RapportError as exc:
            QMessageBox.warning(self, tr("Not recorded"), exc.message)
            return False
        self.ctx.bus.publish(changed | Changed.CALENDAR)
        return True

    def _fill_drafts(self, drafts: list[intake.DraftRow]) -> None:
        self._clear(self.drafts_lines)
        self.drafts_card.setVisible(bool(drafts))
        for draft in drafts:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            page = intake.PAGES[min(draft.page, len(intake.PAGES) - 1)]
            updated = draft.updated_at.astimezone()
            line.addWidget(
                text_label(
                    tr("{draft} — stopped at “{page}”, {date} {time}").format(
                        draft=draft.label,
                        page=page,
                        date=local_date(updated, tr("dd MMM", "date format")),
                        time=f"{updated:%H:%M}",
                    )
                ),
                1,
            )
            resume = QPushButton(tr("Resume"))
            resume.clicked.connect(lambda _=False, d=draft.id: self.sig_resume_draft.emit(d))
            line.addWidget(resume)
            self.drafts_lines.addWidget(row)

    def _fill_follow_ups(self, count: int, items: list[measures.OpenItem]) -> None:
        self._clear(self.follow_lines)
        self.follow_card.setVisible(bool(items))
        by_client: dict[int, list[measures.OpenItem]] = {}
        for open_item in items:  # risk first: a client's row stands where their first item does
            by_client.setdefault(open_item.item.client_id, []).append(open_item)
        for client_id, client_items in by_client.items():
            risk = any(i.item.kind == "risk" for i in client_items)
            line = text_label(
                tr('<a href="{client}">{name}</a>: {item}').format(
                    client=client_id,
                    name=escape(client_items[0].client_name),
                    item=" · ".join(escape(i.item.title) for i in client_items),
                ),
                "formError" if risk else "warning",
            )
            line.setTextFormat(Qt.TextFormat.RichText)
            line.linkActivated.connect(lambda link: self.sig_open_client.emit(int(link)))
            self.follow_lines.addWidget(line)
        if count > len(items):
            self.follow_lines.addWidget(text_label(_more(count - len(items))))
        problems = self.ctx.instruments().problems
        for problem in problems:
            self.follow_lines.addWidget(
                text_label(
                    tr("Questionnaire file not loaded: {problem}").format(
                        problem=translated(problem)
                    ),
                    "warning",
                )
            )
        if problems:
            self.follow_card.setVisible(True)

    def _fill_security(self, has_log: bool) -> None:
        layout = self.security_lines
        while layout.count() > 1:
            item = layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.backup_line, self.second_folder_line):
                widget.deleteLater()
        report = self.report
        if self.ctx.vault.is_demo:
            layout.addWidget(
                text_label(tr("This is a demo practice: every person in it is made up."), "warning")
            )
        layout.addWidget(
            text_label(tr("Encrypted on this computer; nothing is sent anywhere."), "ok")
        )
        if report.audit_broken_at is not None:
            layout.addWidget(
                text_label(
                    tr(
                        "The audit log does not check out: entry {entry} or one before it was "
                        "changed outside Rapport. Keep a copy of the practice file and contact "
                        "support."
                    ).format(entry=report.audit_broken_at),
                    "warning",
                )
            )
        elif has_log:
            layout.addWidget(
                text_label(
                    tr(
                        "Audit log checked at unlock: %n event(s), unbroken.",
                        "",
                        report.audit_entries,
                    ),
                    "ok",
                )
            )
        if report.failed_attempts:
            count = len(report.failed_attempts)
            last = datetime.fromisoformat(report.failed_attempts[-1]["at"]).astimezone()
            last_time = tr("{date} at {time}").format(
                date=local_date(last, tr("d MMMM", "date format")), time=f"{last:%H:%M}"
            )
            layout.addWidget(
                text_label(
                    tr(
                        "%n failed unlock attempt(s) since the practice was last opened (the last "
                        "on {date}). If that was not you, change your passphrase in "
                        "Settings → Security.",
                        "",
                        count,
                    ).format(date=last_time),
                    "warning",
                )
            )
        if not self.ctx.vault.has_recovery_slot:
            missing = tr(
                "Your practice has no recovery code: make one in Settings → Security "
                "and keep it somewhere safe."
            )
            if report.key_change_finished:
                why = tr(
                    "A change of the encryption key was interrupted and has been finished now; "
                    "the recovery code made for it was never shown."
                )
                missing = f"{why} {missing}"
            layout.addWidget(text_label(missing, "warning"))
        if report.method == "recovery":
            layout.addWidget(
                text_label(
                    tr("You opened the practice with your recovery code; this was recorded."),
                    "warning",
                )
            )
        if report.upgraded_from:
            where = (
                report.upgrade_backup.name if report.upgrade_backup else tr("the backups folder")
            )
            layout.addWidget(
                text_label(
                    tr(
                        "Rapport updated your practice file to this version; a copy from before "
                        "the update was kept ({where})."
                    ).format(where=where),
                    "hint",
                )
            )
        layout.addWidget(self.backup_line)
        layout.addWidget(self.second_folder_line)

    def show_backup_status(self, status: BackupStatus) -> None:
        """The warning when the last automatic backup failed or none is a week old; else a line."""
        self.backup_status = status
        warning = status.warning(self.ctx.now())
        self.backup_text.setText(warning)
        self.backup_warning.setVisible(bool(warning))
        if status.latest is not None:
            self.backup_line.setText(
                tr("Last good backup: {date}.").format(date=when(status.latest.manifest.made_at))
            )
        self.backup_line.setVisible(status.latest is not None)
        self.second_folder_line.setText(status.second_warning)
        self.second_folder_line.setVisible(bool(status.second_warning))
