"""Exporting the whole practice: a passphrase, what to include, where it goes, then the export.

The export itself is the core's (:mod:`app.interop.export`); it runs off the GUI
thread and reports each step through a signal. Cancelling, locking or a failure
stops it, and the core leaves nothing on disk. The plain-folder export is
offered only behind a warning that has to be acknowledged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import logs
from app.errors import RapportError, ValidationError
from app.vault.crypto import check_new_passphrase
from app.words import translated
from ui.backups import size_text
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS
from ui.i18n import marked, tr
from ui.widgets.forms import FieldErrors
from ui.widgets.labels import text_label
from ui.widgets.passphrase import PassphraseEdit, StrengthMeter

# The export (and with it reportlab, for its charts) is loaded when the dialog is used.
if TYPE_CHECKING:
    from app.interop.export import ExportReport

FILE_FILTER = marked("7z archives (*{suffix});;All files (*)")
#: How long locking waits for an export being stopped to remove what it wrote.
LOCK_WAIT_MS = 10_000
FORM, WORKING, DONE = range(3)

OWN_PASSPHRASE_WHY = marked(
    "An export is made to leave this computer, and a 7z archive can be tried against "
    "guesses far faster than your practice can. If it opened with your practice's "
    "passphrase, a copy of the export would help someone open the practice itself."
)
STOPPED_BY_LOCK = marked(
    "Rapport stopped the export because the practice was locked or closed. Nothing was "
    "left behind. Export again once the practice is open."
)


def default_name(day: date, *, folder: bool) -> str:
    """``Rapport export 2027-01-15.7z`` (a folder: without the ending)."""
    from app.interop.export import SUFFIX

    return f"Rapport export {day:%Y-%m-%d}" + ("" if folder else SUFFIX)


def free_folder(parent: Path, name: str) -> Path:
    """``parent/name``, or ``name (2)``, ``name (3)``…: the first that does not exist yet."""
    path, number = parent / name, 1
    while path.exists():
        number += 1
        path = parent / f"{name} ({number})"
    return path


def _restyle(label: QLabel, kind: str) -> None:
    label.setObjectName(kind)
    label.style().unpolish(label)
    label.style().polish(label)


_notices: set[QMessageBox] = set()


def _say_stopped_by_lock() -> None:
    """Said over the unlock screen: the dialog that ran the export went with the practice."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Export stopped"),
        tr(STOPPED_BY_LOCK),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Without a window to own it, it is kept here until Qt deletes it on closing.
    _notices.add(box)
    box.destroyed.connect(lambda: _notices.discard(box))
    box.show()


class _Progress(QObject):
    """Lives on the GUI thread; the export's worker reports each step through it."""

    sig_step = Signal(int, int, str)
    """Steps done, of how many, and what was just done."""


class ExportOutcome(QWidget):
    """What the export wrote: where, its size, what it holds and how long it took."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_label = QLabel(tr("File"))
        self.size_label = QLabel()
        self.holds_label = QLabel()
        self.holds_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.time_label = QLabel()
        self.advice_label = text_label("")
        card = QFrame()
        card.setObjectName("card")
        summary = QFormLayout(card)
        summary.setContentsMargins(16, 12, 16, 12)
        summary.setHorizontalSpacing(18)
        summary.addRow(self.where_label, self.path_label)
        summary.addRow(tr("Size"), self.size_label)
        summary.addRow(tr("Holds"), self.holds_label)
        summary.addRow(tr("Psychotherapy notes"), self.notes_label)
        summary.addRow(tr("Took"), self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(card)
        layout.addWidget(self.advice_label)
        layout.addStretch(1)

    def show_report(self, report: ExportReport) -> None:
        encrypted = report.encrypted
        self.title_label.setText(
            tr("The practice is exported") if encrypted else tr("The plain folder is written")
        )
        self.where_label.setText(tr("File") if encrypted else tr("Folder"))
        self.path_label.setText(str(report.path))
        self.size_label.setText(size_text(report.size))
        tables = sum(1 for rows in report.rows.values() if rows)
        self.holds_label.setText(
            tr(
                "{clients}, with {charts} and {documents}; {records} in {tables}; {files} in all"
            ).format(
                clients=tr("%Ln client(s)", "", report.clients),
                charts=tr("%Ln chart summary PDF(s)", "", report.charts),
                documents=tr("%Ln consent document(s)", "", report.consent_documents),
                records=tr("%Ln record(s)", "", sum(report.rows.values())),
                tables=tr("%Ln table(s)", "", tables),
                files=tr("%Ln file(s)", "", len(report.files)),
            )
        )
        self.notes_label.setText(tr("Included") if report.psychotherapy_notes else tr("Left out"))
        self.time_label.setText(
            tr("{seconds} seconds").format(seconds=QLocale().toString(report.seconds, "f", 1))
        )
        if encrypted:
            self.advice_label.setText(
                tr(
                    "It opens with 7-Zip, Keka, PeaZip or p7zip and the passphrase you chose; "
                    "README.txt inside explains every file. Keep the passphrase apart from the "
                    "file. The export is recorded in the audit log."
                )
            )
        else:
            self.advice_label.setText(
                tr(
                    "This folder is not encrypted: move it onto an encrypted disk now, and delete "
                    "it here once it is there. The export is recorded in the audit log."
                )
            )
        _restyle(self.advice_label, "hint" if encrypted else "warning")


class ExportDialog(QDialog):
    """The passphrase, the psychotherapy notes, where to save — then the export and its outcome."""

    sig_progress = Signal(int, int, str)
    """Steps done, of how many, and what was just done (no client data)."""

    sig_exported = Signal(object)
    """The export is complete: the core's :class:`ExportReport`."""

    sig_failed = Signal(str)
    """The export stopped (cancelled, refused or failed); the message shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Export the whole practice"))
        self.setMinimumWidth(640)
        self.report: ExportReport | None = None
        self._busy = False
        self._locked = False
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self._progress.sig_step.connect(self._show_progress)
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        folder = documents if documents.is_dir() else Path.home()
        today = ctx.today()
        self.archive_target = folder / default_name(today, folder=False)
        self.folder_target = free_folder(folder, default_name(today, folder=True))
        #: Answers "replace the existing file?" (tests replace it).
        self.confirm_replace: Callable[[Path], bool] = self._ask_replace

        self.outcome = ExportOutcome()
        self._pages = (self._form_page(), self._working_page(), self.outcome)
        self._page = FORM

        self.close_button = QPushButton(tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.export_button = QPushButton(tr("&Export"))
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        for page in self._pages:
            layout.addWidget(page, 1)
        layout.addLayout(buttons)
        ctx.bus.sig_about_to_lock.connect(self._before_lock)
        self._show_page(FORM)
        self._show_plain(False)
        self.passphrase.setFocus()

    # ------------------------------------------------------------------ pages

    def _form_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(tr("Export the whole practice"))
        title.setObjectName("cardTitle")
        intro = text_label(
            tr(
                "Everything in your practice, in one file that opens without Rapport: every "
                "client's record, the calendar, sessions and notes, questionnaires with every "
                "answer, treatment plans, consents, invoices and payments, and the audit log. "
                "Each kind of record is a spreadsheet file (CSV) and a JSON file, a README "
                "explains every file and column, and each client has a folder, named by client "
                "code, with a chart summary and the signed consents."
            ),
            "",
        )
        purpose = text_label(
            tr(
                "It is for taking your practice to other software, or for whoever looks after "
                "your records if you cannot. Day to day, the automatic backups keep your "
                "practice safe; an export is not needed for that."
            )
        )

        self.passphrase_box = QGroupBox(tr("A passphrase for the export"))
        self.errors = FieldErrors()
        self.passphrase = PassphraseEdit()
        self.passphrase.setAccessibleName(tr("The export's passphrase"))
        self.confirmation = PassphraseEdit()
        self.confirmation.setAccessibleName(tr("The export's passphrase, again"))
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        form = QFormLayout()
        self.errors.add_row(form, tr("&Passphrase"), "passphrase", self.passphrase)
        form.addRow("", self.meter)
        self.errors.add_row(form, tr("&Repeat it"), "confirmation", self.confirmation)
        box = QVBoxLayout(self.passphrase_box)
        box.addWidget(
            text_label(
                tr(
                    "The file is a 7z archive encrypted with AES-256, the names of the files "
                    "inside too. 7-Zip, Keka, PeaZip or p7zip open it with the passphrase you "
                    "choose here — a new one, not the one that opens your practice. Give it to "
                    "whoever needs it separately from the file."
                )
            )
        )
        box.addLayout(form)
        self.problem_why = text_label(tr(OWN_PASSPHRASE_WHY))
        self.problem_why.hide()
        box.addWidget(self.problem_why)

        self.notes = QCheckBox(tr("Include psychotherapy &notes (your private process notes)"))
        notes_hint = text_label(
            tr("Left out unless ticked: process notes are kept apart from the clinical record.")
        )
        notes_hint.setContentsMargins(24, 0, 0, 0)

        self.target_label = QLabel()
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(tr("&Save as…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(lambda: self.choose_target())
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_label, 1)
        target_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        self.target_caption = QLabel()
        where = QFormLayout()
        where.addRow(self.target_caption, target_row)

        self.plain = QCheckBox(tr("Export into a plain &folder instead (not encrypted)"))
        self.plain.toggled.connect(self._show_plain)
        self.plain_warning = QFrame()
        self.plain_warning.setObjectName("attention")
        warning = QVBoxLayout(self.plain_warning)
        warning.setContentsMargins(14, 10, 14, 10)
        danger = text_label(
            tr(
                "<b>The files will not be encrypted.</b> Anyone who can open the folder — another "
                "account on this computer, a service that syncs or backs up the folder, whoever "
                "finds the drive — can read every record in it. Choose this only to put the files "
                "straight onto a disk you have encrypted yourself, and delete them once they are "
                "where they belong."
            ),
            "",
        )
        danger.setTextFormat(Qt.TextFormat.RichText)
        self.understood_error = text_label("", "fieldError")
        self.understood_error.hide()
        self.understood = QCheckBox(tr("I &understand the files will not be encrypted"))
        self.understood.toggled.connect(self.understood_error.hide)
        warning.addWidget(danger)
        warning.addWidget(self.understood)
        warning.addWidget(self.understood_error)

        self.problem = text_label("", "formError")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(purpose)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.notes)
        layout.addWidget(notes_hint)
        layout.addSpacing(4)
        layout.addLayout(where)
        layout.addSpacing(4)
        layout.addWidget(self.plain)
        layout.addWidget(self.plain_warning)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        return page

    def _working_page(self) -> QWidget:
        page = QWidget()
        self.working_title = QLabel(tr("Exporting the practice…"))
        self.working_title.setObjectName("cardTitle")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.step_label = text_label("")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.working_title)
        self.working_text = text_label("", "")
        layout.addWidget(self.working_text)
        layout.addWidget(self.bar)
        layout.addWidget(self.step_label)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ the form

    def _show_plain(self, plain: bool) -> None:
        self.passphrase_box.setVisible(not plain)
        self.plain_warning.setVisible(plain)
        if not plain:
            self.understood.setChecked(False)
        self.understood_error.hide()
        self.problem.hide()
        self.problem_why.hide()
        self.target_caption.setText(tr("Into a new folder") if plain else tr("Save as"))
        self.choose_button.setText(tr("C&hoose a folder…") if plain else tr("&Save as…"))
        self._show_target()
        self._fit()

    def _show_target(self) -> None:
        self.target_label.setText(str(self.target()))

    def target(self) -> Path:
        """Where the export goes: the archive, or (plain) the new folder."""
        return self.folder_target if self.plain.isChecked() else self.archive_target

    def choose_target(self) -> None:
        """Ask where to save the archive, or in which folder to make the plain one."""
        from app.interop.export import SUFFIX

        if self.plain.isChecked():
            parent = QFileDialog.getExistingDirectory(
                self,
                tr("Make the export's folder inside…"),
                str(self.folder_target.parent),
                FILE_DIALOG_OPTIONS | QFileDialog.Option.ShowDirsOnly,
            )
            if parent:
                name = default_name(self.ctx.today(), folder=True)
                self.folder_target = free_folder(Path(parent), name)
        else:
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Save the export as"),
                str(self.archive_target),
                tr(FILE_FILTER).format(suffix=SUFFIX),
                # Whether to replace a file is asked when the export starts, in one place.
                options=FILE_DIALOG_OPTIONS | QFileDialog.Option.DontConfirmOverwrite,
            )
            if name:
                path = Path(name)
                if path.suffix.lower() != SUFFIX:
                    path = path.with_name(path.name + SUFFIX)
                self.archive_target = path
        self._show_target()

    def _ask_replace(self, path: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Replace the file?"),
            tr(
                "“{name}” exists already in {folder}.\n\n"
                "Replace it with the new export? The file there now is removed once the new one "
                "is complete."
            ).format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        replace = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def _clear_problems(self) -> None:
        self.errors.clear()
        self.understood_error.hide()
        self.problem.hide()
        self.problem_why.hide()

    def _say(self, text: str, kind: str = "formError") -> None:
        self.problem.setText(text)
        _restyle(self.problem, kind)
        self.problem.show()
        self._fit()

    # ------------------------------------------------------------------ the export

    def export(self) -> None:
        """Check what was chosen, then export off the GUI thread."""
        if self._busy or self.page() != FORM:
            return
        self._clear_problems()
        plain = self.plain.isChecked()
        passphrase = ""
        replace = False
        if plain:
            if not self.understood.isChecked():
                self.understood_error.setText(
                    tr("Tick this to export without encryption, or untick the plain folder.")
                )
                self.understood_error.show()
                self._fit()
                self.understood.setFocus()
                return
            # A folder of that name may have appeared since it was chosen.
            self.folder_target = free_folder(self.folder_target.parent, self.folder_target.name)
            self._show_target()
        else:
            passphrase = self.passphrase.text()
            try:
                check_new_passphrase(passphrase, self.confirmation.text())
            except ValidationError as exc:
                self._refused(exc)
                return
            if self.archive_target.is_file():
                if not self.confirm_replace(self.archive_target) or not self.ctx.vault.is_unlocked:
                    return  # not confirmed, or the practice locked while asking
                replace = True
        self._run(self.target(), passphrase, plain=plain, replace=replace)

    def _run(self, target: Path, passphrase: str, *, plain: bool, replace: bool) -> None:
        vault, today = self.ctx.vault, self.ctx.today()
        instruments = self.ctx.instruments().instruments
        notes = self.notes.isChecked()
        emit, stop = self._progress.sig_step.emit, self._stop
        stop.clear()

        def step(done: int, total: int, what: str) -> None:
            emit(done, total, translated(what))  # a signal carries plain text, not its template

        def work() -> ExportReport:
            from app.interop.export import export_practice, export_practice_to_folder

            if plain:
                return export_practice_to_folder(
                    vault,
                    target,
                    psychotherapy_notes=notes,
                    today=today,
                    progress=step,
                    cancelled=stop.is_set,
                    instruments=instruments,
                )
            return export_practice(
                vault,
                target,
                passphrase,
                psychotherapy_notes=notes,
                today=today,
                progress=step,
                cancelled=stop.is_set,
                instruments=instruments,
                replace=replace,
            )

        self.working_title.setText(
            tr("Writing the plain folder…") if plain else tr("Exporting the practice…")
        )
        self.working_text.setText(
            tr("Cancel stops the export and removes what was written so far.")
            if plain
            else tr(
                "Each file is encrypted as it goes into the archive: nothing is put on the disk "
                "in plain form. Cancel stops the export and removes what was written so far."
            )
        )
        self.step_label.setText(
            tr("Reading the practice…") if plain else tr("Checking the passphrase…")
        )
        self.bar.setRange(0, 0)
        self._set_busy(True)
        self._show_page(WORKING)
        self.ctx.tasks.run(work, self._done, self._failed)

    def _show_progress(self, done: int, total: int, what: str) -> None:
        if self._busy and not self._stop.is_set():
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
            self.step_label.setText(
                tr("{percent} % · {step}").format(percent=100 * done // max(total, 1), step=what)
            )
        self.sig_progress.emit(done, total, what)

    def _done(self, report: ExportReport) -> None:
        if not isValid(self) or self._locked:
            return
        self._set_busy(False)
        self.report = report
        self.passphrase.clear()
        self.confirmation.clear()
        self.outcome.show_report(report)
        self._show_page(DONE)
        self._update_buttons()
        self.sig_exported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from app.interop.export import ExportCancelled

        if not isValid(self) or self._locked:
            return
        self._show_page(FORM)
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            # Checked here before it started: what the export refuses is the practice's own.
            message = self._refused(exc, own="passphrase" in exc.problems)
        elif isinstance(exc, ExportCancelled):
            message = exc.message
            self._say(message, "warning")
        elif isinstance(exc, RapportError):  # a full disk, a folder that is gone…
            message = exc.message
            self._say(message)
        else:
            logs.log_exception(type(exc), exc, exc.__traceback__)
            message = tr(
                "An unexpected problem stopped the export; nothing was left behind. "
                "The details are in the log file."
            )
            self._say(message)
        self.sig_failed.emit(message)

    def _refused(self, exc: ValidationError, *, own: bool = False) -> str:
        """Each problem next to its field; why not the practice's own passphrase, in words."""
        unplaced = self.errors.show(exc.problems)
        if unplaced:
            self._say(" ".join(unplaced))
        self.problem_why.setVisible(own)
        self._fit()
        (self.passphrase if "passphrase" in exc.problems else self.confirmation).setFocus()
        return exc.message

    # ------------------------------------------------------------------ state and closing

    def page(self) -> int:
        """The step shown: FORM, WORKING or DONE."""
        return self._page

    def _show_page(self, index: int) -> None:
        # One step at a time, and the dialog as tall as that step: the progress and the
        # outcome are short, and the dialog shrinks to them instead of keeping the form's height.
        self._page = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        self._fit()

    def _fit(self) -> None:
        """As tall as what is shown now (a message that appears never squeezes the fields)."""
        if self.isVisible():  # before it is shown, Qt sizes it when showing it
            self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page()
        self.export_button.setVisible(not self._busy and page == FORM)
        self.close_button.setEnabled(True)
        if self._busy:
            self.close_button.setText(tr("Cancel export"))
        else:
            self.close_button.setText(tr("Close") if page == DONE else tr("Cancel"))
        (self.close_button if self._busy or page == DONE else self.export_button).setFocus()

    def cancel_export(self) -> None:
        """Stop the export at its next step; the core removes what it wrote."""
        if not self._busy:
            return
        self._stop.set()
        self.close_button.setEnabled(False)
        self.close_button.setText(tr("Stopping…"))
        self.step_label.setText(tr("Stopping, and removing what was written…"))

    def reject(self) -> None:
        if self._busy and not self._locked:
            self.cancel_export()
            return
        self._forget()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy and not self._locked:
            self.cancel_export()
            event.ignore()
            return
        self._forget()
        super().closeEvent(event)

    def _before_lock(self) -> None:
        if self._busy:
            self._locked = True
            self._stop.set()
            # The export stops at its next step and removes its file; the key must outlive it.
            self.ctx.tasks.wait(LOCK_WAIT_MS)
            self._busy = False
            self.sig_failed.emit(tr(STOPPED_BY_LOCK))
            # After the lock, over the unlock screen: this dialog closes with the practice.
            QTimer.singleShot(0, _say_stopped_by_lock)
        self._forget()

    def _forget(self) -> None:
        """Drop the passphrase typed."""
        if isValid(self):
            self.passphrase.clear()
            self.confirmation.clear()


def open_export_dialog(ctx: AppContext, parent: QWidget | None) -> ExportDialog:
    """Show the export dialog (window-modal)."""
    dialog = ExportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
