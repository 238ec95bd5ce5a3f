"""Settings → Backups: the last good backup, the schedule, a second folder, back up, check, restore.

Reading the folders, making, checking and restoring a backup all run off the
GUI thread. A backup opens with the passphrase (or the recovery code) the
practice had when it was made, so checking and restoring ask for that one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import BackupInvalid, RapportError, WrongPassphrase
from app.paths import BACKUP_DIR_NAME
from app.practice import get_setting, set_setting
from app.vault import Vault
from app.vault.backup import SUFFIX, BackupInfo, read_backup, verify_backup
from ui.backups import (
    SECOND_FOLDER_NAME,
    BackupKeeper,
    BackupStatus,
    RestoreRequest,
    error_text,
    size_text,
    when,
)
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.export_dialog import open_export_dialog
from ui.i18n import marked, tr
from ui.tasks import TaskRunner
from ui.widgets.labels import text_label
from ui.widgets.passphrase import PassphraseEdit

FILE_FILTER = marked("Rapport backups (*{suffix});;All files (*)")
KEEP_DAILY_RANGE = (1, 60)
KEEP_WEEKLY_RANGE = (0, 104)


def _file_filter() -> str:
    return tr(FILE_FILTER).format(suffix=SUFFIX)


def _restyle(label: QLabel, kind: str) -> None:
    label.setObjectName(kind)
    label.style().unpolish(label)
    label.style().polish(label)


def ago(moment: datetime, now: datetime) -> str:
    """``today``, ``yesterday`` or ``12 days ago`` (by the computer's calendar)."""
    days = (now.astimezone().date() - moment.astimezone().date()).days
    if days <= 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    return tr("%n day(s) ago", "", days)


def made_text(moment: datetime, now: datetime) -> str:
    """``Friday 15 January 2027 at 08:30 (yesterday)``."""
    return f"{when(moment)} ({ago(moment, now)})"


def describe(info: BackupInfo) -> str:
    """What a backup holds, in one line (no client data: counts only)."""
    manifest = info.manifest
    entries, size = f"{manifest.total_rows:,}", size_text(info.size)
    line = (
        tr("{entries} entries · {size} · made automatically")
        if manifest.kind == "automatic"
        else tr("{entries} entries · {size} · saved by hand")
    ).format(entries=entries, size=size)
    return f"{line} · Rapport {manifest.app_version}" if manifest.app_version else line


@dataclass(frozen=True)
class BackupPlace:
    """What the backup dialogs need of the practice: its folder and id, tasks and the clock.

    The practice may be locked (restoring a damaged one from the unlock screen)
    or not exist yet (``vault_id`` None: restoring on a new computer).
    """

    data_dir: Path
    vault_id: str | None
    tasks: TaskRunner
    now: Callable[[], datetime]

    @classmethod
    def of(cls, ctx: AppContext) -> BackupPlace:
        return cls.of_vault(ctx.vault, ctx.tasks, ctx.now)

    @classmethod
    def of_vault(cls, vault: Vault, tasks: TaskRunner, now: Callable[[], datetime]) -> BackupPlace:
        return cls(vault.files.data_dir, vault.vault_id, tasks, now)

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIR_NAME


def open_backup_file(
    parent: QWidget,
    place: BackupPlace,
    *,
    restore: bool,
    path: Path | None = None,
    on_dialog: Callable[[BackupFileDialog], None],
    on_error: Callable[[str], None],
) -> None:
    """Ask for a backup file, read its description off the GUI thread, then open its dialog."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Restore from which backup?") if restore else tr("Check which backup?"),
            str(place.backups if place.backups.is_dir() else Path.home()),
            _file_filter(),
            options=FILE_DIALOG_OPTIONS,
        )
        if not name:
            return
        path = Path(name)
    chosen = path

    def done(info: BackupInfo) -> None:
        if isValid(parent):
            on_dialog(BackupFileDialog(place, info, restore=restore, parent=parent))

    def failed(exc: BaseException) -> None:
        if isValid(parent):
            on_error(exc.message if isinstance(exc, RapportError) else error_text(exc))

    place.tasks.run(lambda: read_backup(chosen), done, failed)


class BackupFileDialog(QDialog):
    """A backup file's description, then its passphrase or recovery code to check or restore it.

    Checking says whether the backup is sound. Restoring checks it the same way
    first — a wrong secret changes nothing — and only then hands the restore on.
    """

    sig_sound = Signal(object)
    """The backup opened and passed every check (its :class:`BackupInfo`)."""

    def __init__(
        self,
        place: BackupPlace,
        info: BackupInfo,
        *,
        restore: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.place = place
        self.info = info
        self.restore = restore
        self.busy = False
        self.verified: RestoreRequest | None = None
        self.setWindowTitle(tr("Restore a backup") if restore else tr("Check a backup"))
        self.setMinimumWidth(600)
        manifest = info.manifest
        same = manifest.vault_id == place.vault_id
        fresh = place.vault_id is None

        about = QFrame()
        about.setObjectName("card")
        about_form = QFormLayout(about)
        about_form.setContentsMargins(16, 12, 16, 12)
        file_label = QLabel(info.path.name)
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        file_label.setToolTip(str(info.path))
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_form.addRow(tr("File"), file_label)
        about_form.addRow(tr("Made"), QLabel(made_text(manifest.made_at, place.now())))
        about_form.addRow(tr("Holds"), QLabel(describe(info)))
        self.practice_label = text_label(
            tr("This practice — the one open now.")
            if same
            else tr("The practice to bring to this computer.")
            if fresh
            else tr("Another practice, not the one open now."),
            "ok" if same or fresh else "warning",
        )
        about_form.addRow(tr("Practice"), self.practice_label)

        self.passphrase = PassphraseEdit()
        self.passphrase.setPlaceholderText(tr("The backup's passphrase"))
        self.passphrase.setAccessibleName(tr("The backup's passphrase"))
        self.recovery_code = QLineEdit()
        self.recovery_code.setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.recovery_code.setAccessibleName(tr("The backup's recovery code"))
        self.secrets = QStackedWidget()
        self.secrets.addWidget(self.passphrase)
        self.secrets.addWidget(self.recovery_code)
        self.secrets.setFixedHeight(self.passphrase.sizeHint().height())
        self.secret_label = QLabel(tr("&Passphrase"))
        self.secret_label.setBuddy(self.passphrase)
        self.toggle = QPushButton(tr("Use the recovery code instead"))
        self.toggle.setObjectName("link")
        self.toggle.setAutoDefault(False)
        self.toggle.clicked.connect(lambda: self.use_recovery_code(not self.recovery))
        toggle_row = QHBoxLayout()
        toggle_row.setContentsMargins(0, 0, 0, 0)
        toggle_row.addWidget(self.toggle)
        toggle_row.addStretch(1)
        secret_form = QFormLayout()
        secret_form.addRow(self.secret_label, self.secrets)
        secret_form.addRow("", toggle_row)

        self.answer = text_label("")
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        if restore and fresh:
            self.action = QPushButton(tr("&Restore this practice"))
            self.action.setObjectName("primary")
            self.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.AcceptRole)
            self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        elif restore:
            self.action = QPushButton(tr("Replace my practice &with this backup"))
            self.action.setObjectName("danger")
            self.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.action = QPushButton(tr("&Check"))
            self.action.setObjectName("primary")
            self.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.ActionRole)
            self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter in the secret's field checks a backup, but never starts a restore by itself.
        self.action.setAutoDefault(False)
        self.cancel.setAutoDefault(False)
        self.action.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if not restore:
            self.passphrase.returnPressed.connect(self.submit)
            self.recovery_code.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(about)
        layout.addWidget(
            text_label(
                tr(
                    "A backup opens with the passphrase your practice had when the backup was "
                    "made, or with the recovery code from that time."
                )
            )
        )
        layout.addLayout(secret_form)
        if restore:
            layout.addWidget(self._restore_note() if fresh else self._restore_warning(same))
        layout.addWidget(self.progress)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _restore_warning(self, same: bool) -> QFrame:
        frame = QFrame()
        frame.setObjectName("attention")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        made = when(self.info.manifest.made_at)
        lines = [
            tr("<b>Restoring replaces the practice that is open now with this backup.</b>"),
            tr("Whatever was entered after {made} will not be in the restored practice.").format(
                made=escape(made)
            )
            if same
            else tr(
                "Everything in the practice open now will be replaced by the other practice "
                "in this backup."
            ),
            tr(
                "The practice open now is not deleted: it is moved, as it is, into a folder "
                "named {folder_name} in the practice folder ({practice_folder})."
            ).format(
                # Non-breaking hyphens: the folder's name is not split across two lines.
                folder_name="“before\u2011restore\u2011…”",
                practice_folder=escape(str(self.place.data_dir)),
            ),
            tr(
                "Rapport checks the backup with the passphrase you typed, locks, puts the backup "
                "in place and asks you to unlock — with the backup's passphrase."
            ),
        ]
        for line in lines:
            label = text_label(line, "")
            label.setTextFormat(Qt.TextFormat.RichText)
            box.addWidget(label)
        return frame

    def _restore_note(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("attention")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        box.addWidget(
            text_label(
                tr(
                    "Rapport checks the backup with the passphrase you typed, makes it your "
                    "practice in {practice_folder} and asks you to unlock it — with the backup's "
                    "passphrase. Everything entered up to {made} is there."
                ).format(
                    practice_folder=self.place.data_dir, made=when(self.info.manifest.made_at)
                ),
                "",
            )
        )
        return frame

    @property
    def recovery(self) -> bool:
        return self.secrets.currentIndex() == 1

    def use_recovery_code(self, on: bool) -> None:
        self.secrets.setCurrentIndex(1 if on else 0)
        self.secret_label.setText(tr("&Recovery code") if on else tr("&Passphrase"))
        self.secret_label.setBuddy(self.recovery_code if on else self.passphrase)
        self.toggle.setText(
            tr("Use the passphrase instead") if on else tr("Use the recovery code instead")
        )
        (self.recovery_code if on else self.passphrase).setFocus()

    def secret(self) -> str:
        return self.recovery_code.text() if self.recovery else self.passphrase.text()

    def submit(self) -> None:
        """Check the backup with the secret typed; a restore goes on only if it is sound."""
        if self.busy:
            return
        secret = self.secret()
        if not secret.strip():
            self._show(
                tr("Type the backup's recovery code.")
                if self.recovery
                else tr("Type the backup's passphrase."),
                "formError",
            )
            return
        recovery = self.recovery
        path = self.info.path
        scratch = self.place.backups
        self._set_busy(True)
        self._show(tr("Checking every page of the backup… this can take a few seconds."), "hint")

        def done(info: BackupInfo) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            if self.restore:
                self.verified = RestoreRequest(info, secret, recovery)
                self.sig_sound.emit(info)
                self.accept()
                return
            sound = (
                tr(
                    "This backup is sound: it opens with that recovery code, every page is "
                    "authentic, and all {entries} entries are there."
                )
                if recovery
                else tr(
                    "This backup is sound: it opens with that passphrase, every page is "
                    "authentic, and all {entries} entries are there."
                )
            )
            self._show(sound.format(entries=f"{info.manifest.total_rows:,}"), "ok")
            self.cancel.setFocus()
            self.sig_sound.emit(info)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            nothing_changed = tr("{reason} Nothing was changed.")
            if isinstance(exc, WrongPassphrase):
                self._show(nothing_changed.format(reason=exc.message), "formError")
                field = self.recovery_code if recovery else self.passphrase
                field.selectAll()
                field.setFocus()
            elif isinstance(exc, BackupInvalid):
                self._show(
                    tr("This backup cannot be used. {reason} Nothing was changed.").format(
                        reason=exc.message
                    ),
                    "formError",
                )
            else:
                self._show(nothing_changed.format(reason=error_text(exc)), "formError")

        self.place.tasks.run(
            lambda: verify_backup(path, secret, scratch, recovery=recovery), done, failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.passphrase, self.recovery_code, self.toggle, self.action):
            widget.setEnabled(not busy)

    def _show(self, text: str, kind: str) -> None:
        self.answer.setText(text)
        _restyle(self.answer, kind)
        if self.answer.isHidden():
            self.answer.show()
            # The dialog grows by the message's height instead of squeezing the rows above it.
            self.resize(self.width(), self.height() + self.answer.heightForWidth(self.width()))

    def reject(self) -> None:
        if not self.busy:  # a check being made finishes first
            super().reject()


class BackupsSettings(QWidget):
    """The backups tab: what there is, how it is kept, and the three things to do with it."""

    sig_file_read = Signal(object)
    """A backup file chosen to check or restore was read (the dialog now asks its secret)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        keeper = ctx.backups
        if keeper is None:  # a window made without the controller: no schedule, no restore
            keeper = BackupKeeper(ctx.tasks, ctx.clock, self)
            keeper.start(ctx.vault, schedule=False)
        self.keeper = keeper
        self.can_restore = ctx.backups is not None
        self.dialog: BackupFileDialog | None = None
        self.made: BackupInfo | None = None

        # -- the last good backup and what to do
        last_box = QGroupBox(tr("Last good backup"))
        self.last_label = QLabel(tr("Looking for backups…"))
        self.last_label.setObjectName("cardTitle")
        self.last_detail = text_label("")
        self.last_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure = text_label("", "formError")
        self.failure.hide()
        self.second_problem = text_label("", "warning")
        self.second_problem.hide()
        self.back_up_button = QPushButton(tr("&Back up now…"))
        self.back_up_button.setObjectName("primary")
        self.back_up_button.setToolTip(tr("Save a checked, encrypted backup where you choose"))
        self.back_up_button.clicked.connect(lambda: self.back_up_now())
        self.check_button = QPushButton(tr("Chec&k a backup…"))
        self.check_button.setToolTip(
            tr("Open a backup file with its passphrase and check every page (nothing is changed)")
        )
        self.check_button.clicked.connect(lambda: self.check_backup())
        self.restore_button = QPushButton(tr("&Restore…"))
        self.restore_button.setToolTip(
            tr("Put a backup in place of this practice (the practice open now is kept aside)")
        )
        self.restore_button.clicked.connect(lambda: self.restore_backup())
        self.restore_button.setEnabled(self.can_restore)
        self.export_button = QPushButton(tr("&Export the whole practice…"))
        self.export_button.setToolTip(
            tr(
                "Every record in one encrypted archive that opens without Rapport, to take the "
                "practice elsewhere or leave with whoever looks after your records"
            )
        )
        self.export_button.clicked.connect(lambda: open_export_dialog(self.ctx, self))
        actions = QHBoxLayout()
        actions.addWidget(self.back_up_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        self.working = QProgressBar()
        self.working.setRange(0, 0)
        self.working.setTextVisible(False)
        self.working.setFixedHeight(6)
        self.working.hide()
        self.status = text_label("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        lb = QVBoxLayout(last_box)
        lb.addWidget(self.last_label)
        lb.addWidget(self.last_detail)
        lb.addWidget(self.failure)
        lb.addWidget(self.second_problem)
        lb.addSpacing(4)
        lb.addLayout(actions)
        lb.addWidget(self.working)
        lb.addWidget(self.status)

        # -- the schedule and how many are kept
        schedule_box = QGroupBox(tr("Automatic backups"))
        self.schedule = text_label(
            tr(
                "While your practice is open, Rapport makes a backup once a day, and another "
                "when you quit unless one was made in the last hour. Each one is encrypted like "
                "the practice and checked page by page before it counts. They are kept in "
                "{folder}."
            ).format(folder=ctx.vault.files.backups)
        )
        self.schedule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(*KEEP_DAILY_RANGE)
        self.keep_daily.setAccessibleName(tr("Daily backups to keep"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(*KEEP_WEEKLY_RANGE)
        self.keep_weekly.setAccessibleName(tr("Weekly backups to keep"))
        for spin in (self.keep_daily, self.keep_weekly):
            spin.setMaximumWidth(140)
        self.keep_daily.valueChanged.connect(self._keep_edited)
        self.keep_weekly.valueChanged.connect(self._keep_edited)
        self.save_keep_button = QPushButton(tr("Save"))
        self.save_keep_button.setEnabled(False)
        self.save_keep_button.clicked.connect(self.save_keep)
        self.keep_status = QLabel()
        self.keep_status.setObjectName("hint")
        form = QFormLayout()
        form.addRow(tr("Keep one backup for each of the last"), self.keep_daily)
        form.addRow(tr("and one for each of the last"), self.keep_weekly)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_keep_button)
        save_row.addWidget(self.keep_status, 1)
        form.addRow("", save_row)
        sb = QVBoxLayout(schedule_box)
        sb.addWidget(self.schedule)
        sb.addLayout(form)
        sb.addWidget(
            text_label(
                tr(
                    "Older automatic backups are removed. "
                    "Backups you save yourself are never removed."
                )
            )
        )

        # -- the second folder
        second_box = QGroupBox(tr("A second copy somewhere else"))
        self.second_path = QLabel()
        self.second_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.second_path.setWordWrap(True)
        self.second_state = text_label("")
        self.choose_button = QPushButton(tr("Ch&oose…"))
        self.choose_button.setToolTip(tr("Choose a folder, for example on an external drive"))
        self.choose_button.clicked.connect(lambda: self.choose_second_folder())
        self.clear_button = QPushButton(tr("C&lear"))
        self.clear_button.setToolTip(tr("Stop making a second copy (the copies made stay there)"))
        self.clear_button.clicked.connect(self.clear_second_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_path, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.clear_button)
        db = QVBoxLayout(second_box)
        db.addWidget(
            text_label(
                tr(
                    "Keep a copy of each automatic backup on an external drive or another disk, "
                    "so that a lost or broken computer does not take the backups with it. The "
                    "copies go into a folder “{folder_name}” inside the folder you choose. When "
                    "the drive is not plugged in, Rapport says so and still makes the backup on "
                    "this computer."
                ).format(folder_name=SECOND_FOLDER_NAME)
            )
        )
        db.addLayout(folder_row)
        db.addWidget(self.second_state)

        layout = QVBoxLayout(self)
        layout.addWidget(last_box)
        layout.addWidget(schedule_box)
        layout.addWidget(second_box)
        layout.addStretch(1)

        self.load()
        self.keeper.sig_status_changed.connect(self.show_status)
        self.show_status(self.keeper.status)

    # ---------------------------------------------------------------- showing

    def load(self) -> None:
        with self.ctx.vault.session() as session:
            daily = int(get_setting(session, "backup.keep_daily"))
            weekly = int(get_setting(session, "backup.keep_weekly"))
            second = str(get_setting(session, "backup.second_folder") or "")
        for spin, value in ((self.keep_daily, daily), (self.keep_weekly, weekly)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update_keep_suffixes()
        self.save_keep_button.setEnabled(False)
        self._show_second(Path(second) if second else None, None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keeper.refresh()

    def show_status(self, status: BackupStatus) -> None:
        if not isValid(self):
            return
        now = self.ctx.now()
        latest = status.latest
        if latest is not None:
            made = latest.manifest.made_at
            self.last_label.setText(made_text(made, now))
            self.last_detail.setText(
                tr("{description}\nIn {folder}").format(
                    description=describe(latest), folder=latest.path.parent
                )
            )
            self.last_detail.setToolTip(str(latest.path))
        elif status.known:
            self.last_label.setText(tr("No backup yet"))
            self.last_detail.setText(
                tr(
                    "Rapport makes the first one by itself in a minute or so; "
                    "you can also back up now."
                )
            )
        else:
            self.last_label.setText(tr("Looking for backups…"))
            self.last_detail.setText("")
        if status.running:
            self.last_detail.setText(
                tr("{details}\nMaking a backup now…").format(details=self.last_detail.text())
            )
        self.failure.setVisible(bool(status.failure))
        if status.failure:
            failed = (
                tr("The last automatic backup failed ({when}). {reason}").format(
                    when=when(status.failed_at), reason=status.failure
                )
                if status.failed_at
                else tr("The last automatic backup failed. {reason}").format(reason=status.failure)
            )
            self.failure.setText(failed)
        # An unreachable folder is said once, in its own box; other problems are said here.
        self.second_problem.setVisible(
            bool(status.second_warning) and status.second_reachable is not False
        )
        self.second_problem.setText(status.second_warning)
        if status.known:
            self._show_second(status.second_folder, status.second_reachable)

    def _show_second(self, folder: Path | None, reachable: bool | None) -> None:
        self.clear_button.setEnabled(folder is not None)
        if folder is None:
            self.second_path.setText(
                tr("No second folder: backups are kept on this computer only.")
            )
            self.second_state.setText("")
            self.second_state.hide()
            return
        self.second_path.setText(str(folder))
        self.second_state.show()
        if reachable is None:
            self.second_state.setText(tr("Looking…"))
            _restyle(self.second_state, "hint")
        elif reachable:
            self.second_state.setText(
                tr("Reachable now: the next automatic backup is copied there.")
            )
            _restyle(self.second_state, "ok")
        else:
            self.second_state.setText(
                tr(
                    "Not reachable now — is the drive plugged in? Backups are still made on this "
                    "computer."
                )
            )
            _restyle(self.second_state, "warning")

    def _say(self, text: str, kind: str = "hint") -> None:
        self.status.setText(text)
        _restyle(self.status, kind)
        self.status.show()

    # ---------------------------------------------------------------- keeping

    def _keep_edited(self) -> None:
        self._update_keep_suffixes()
        self.save_keep_button.setEnabled(True)
        self.keep_status.setText("")

    def _update_keep_suffixes(self) -> None:
        daily, weekly = self.keep_daily.value(), self.keep_weekly.value()
        self.keep_daily.setSuffix(tr(" day(s)", "", daily))
        self.keep_weekly.setSuffix(tr(" week(s)", "", weekly))

    def save_keep(self) -> None:
        with self.ctx.vault.session() as session:
            changed = set_setting(session, "backup.keep_daily", self.keep_daily.value())
            changed |= set_setting(session, "backup.keep_weekly", self.keep_weekly.value())
        self.ctx.bus.publish(changed)
        self.save_keep_button.setEnabled(False)
        self.keep_status.setText(tr("Saved. The next automatic backup keeps this many."))

    def choose_second_folder(self, folder: Path | None = None) -> None:
        if folder is None:
            start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
            chosen = QFileDialog.getExistingDirectory(
                self,
                tr("Choose the folder for a second copy"),
                start,
                FILE_DIALOG_OPTIONS | QFileDialog.Option.ShowDirsOnly,
            )
            if not chosen:
                return
            folder = Path(chosen)
        if (
            folder.resolve() == self.ctx.vault.files.data_dir.resolve()
            or folder.resolve().is_relative_to(self.ctx.vault.files.data_dir.resolve())
        ):
            self._say(
                tr("Choose a folder outside the practice folder — ideally on another drive."),
                "formError",
            )
            return
        self._set_second(str(folder))

    def clear_second_folder(self) -> None:
        self._set_second("")

    def _set_second(self, value: str) -> None:
        with self.ctx.vault.session() as session:
            changed = set_setting(session, "backup.second_folder", value)
        self.ctx.bus.publish(changed)
        self._show_second(Path(value) if value else None, None)
        self.keeper.refresh()

    # ------------------------------------------------------------- backing up

    def back_up_now(self, target: Path | None = None) -> None:
        """Ask where, then write a checked backup there (off the GUI thread)."""
        if target is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Back up now"),
                str(Path(folder) / f"Rapport backup {self.ctx.today():%Y-%m-%d}{SUFFIX}"),
                _file_filter(),
                options=FILE_DIALOG_OPTIONS | QFileDialog.Option.DontConfirmOverwrite,
            )
            if not name:
                return
            target = Path(name)
        if not target.name.endswith(SUFFIX):
            target = target.with_name(target.name + SUFFIX)
        self.back_up_button.setEnabled(False)
        self.working.show()
        self._say(tr("Making the backup and checking it…"))

        def done(info: BackupInfo) -> None:
            if not isValid(self):
                return
            self.made = info
            self.back_up_button.setEnabled(True)
            self.working.hide()
            self._say(
                tr("Backed up and checked: {entries} entries, {size}, in {path}.").format(
                    entries=f"{info.manifest.total_rows:,}",
                    size=size_text(info.size),
                    path=info.path,
                ),
                "ok",
            )

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.back_up_button.setEnabled(True)
            self.working.hide()
            self._say(
                tr("No backup was made. {reason}").format(reason=error_text(exc)), "formError"
            )

        self.keeper.back_up_to(target, done, failed)

    # ------------------------------------------------------- checking, restoring

    def check_backup(self, path: Path | None = None) -> None:
        self._open_backup(path, restore=False)

    def restore_backup(self, path: Path | None = None) -> None:
        if self.can_restore:
            self._open_backup(path, restore=True)

    def _open_backup(self, path: Path | None, *, restore: bool) -> None:
        """Ask for the file, read its description off the GUI thread, then ask its secret."""

        def opened(dialog: BackupFileDialog) -> None:
            self.status.hide()
            if restore:
                dialog.accepted.connect(lambda: self._restore_confirmed(dialog))
            self.dialog = dialog
            dialog.open()
            self.sig_file_read.emit(dialog.info)

        if path is not None:
            self._say(tr("Reading {file}…").format(file=path.name))
        open_backup_file(
            self,
            BackupPlace.of(self.ctx),
            restore=restore,
            path=path,
            on_dialog=opened,
            on_error=lambda message: self._say(message, "formError"),
        )

    def _restore_confirmed(self, dialog: BackupFileDialog) -> None:
        request, dialog.verified = dialog.verified, None
        if request is not None:
            self.keeper.request_restore(request)
