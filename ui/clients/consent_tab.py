"""The client's Consent tab: every consent signed, and signing, re-consent, paper, printing.

The table lists the client's consents, newest first. From here the clinician
hands the laptop over for signing (alone, or as a couple with another client),
offers re-consent when the form has changed since the client signed (the
signing window opens on "what changed"), views and prints a signed form or a
blank one for signing on paper, attaches the scan of a wet-signed form, and
records that a consent was revoked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clients, consent, consents
from app.changes import Changed
from app.clients import ClientQuery, ClientRecord
from app.errors import RapportError
from app.models import ConsentAudience
from app.practice import get_profile
from app.words import translated
from ui.clients.labels import format_date
from ui.consent.signing import ConsentSigning, SigningPlan
from ui.context import AppContext
from ui.documents import FILE_DIALOG_OPTIONS, DocumentPreview
from ui.i18n import marked, tr
from ui.widgets.labels import text_label

STATUS_LABELS = {
    "signed": marked("Signed"),
    "on_paper": marked("Signed on paper"),
    "revoked": marked("Revoked"),
}
AUDIENCE_LABELS = {
    ConsentAudience.ADULT: marked("Adult"),
    ConsentAudience.GUARDIAN: marked("Guardian for a minor"),
}
#: Files a wet-signed form may be attached as.
SCAN_FILTER = marked("Scans (*.pdf *.png *.jpg *.jpeg)")


class ConsentTab(QWidget):
    """The consents of the client shown in the overview."""

    sig_signing = Signal(object)
    """A signing window was opened (the ConsentSigning)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: ClientRecord | None = None
        self.status: consents.ConsentStatus | None = None
        self.rows: list[consents.ConsentRecordInfo] = []
        self.signing: ConsentSigning | None = None
        self.dialog: QDialog | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Signed", "column: the day signed"),
                tr("Form"),
                tr("How"),
                tr("Status"),
                tr("Signed by"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.view_selected())  # Enter, double-click

        self.sign_button = QPushButton(tr("Sign consent…"))
        self.sign_button.setObjectName("primary")
        self.sign_button.setToolTip(tr("The client reads and signs the consent on this computer"))
        self.couple_button = QPushButton(tr("Sign as a couple…"))
        self.couple_button.setToolTip(
            tr("This client and their partner (also a client) sign together")
        )
        self.view_button = QPushButton(tr("View and print…"))
        self.view_button.setToolTip(tr("The signed form, or the scan of a form signed on paper"))
        self.revoke_button = QPushButton(tr("Record revocation…"))
        self.paper_button = QPushButton(tr("Attach paper form…"))
        self.paper_button.setToolTip(tr("Attach the scan of a form the client signed on paper"))
        self.blank_button = QPushButton(tr("Blank form…"))
        self.blank_button.setToolTip(tr("Print the current form for signing on paper"))
        self.sign_button.clicked.connect(lambda: self.sign())
        self.couple_button.clicked.connect(self.choose_partner)
        self.view_button.clicked.connect(self.view_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.paper_button.clicked.connect(self.attach_paper)
        self.blank_button.clicked.connect(self.blank_form)

        buttons = QHBoxLayout()
        for button in (self.sign_button, self.couple_button, self.paper_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.view_button, self.revoke_button, self.blank_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    # ------------------------------------------------------------- showing

    def show_client(
        self,
        record: ClientRecord,
        status: consents.ConsentStatus,
        rows: list[consents.ConsentRecordInfo],
    ) -> None:
        self.record, self.status, self.rows = record, status, rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            how = tr("On paper (scan)") if row.on_paper else tr("On this computer")
            state = tr(STATUS_LABELS.get(row.status, row.status))
            if row.revoked_on is not None:
                state = tr("Revoked on {date}: {reason}").format(
                    date=format_date(row.revoked_on), reason=row.revoke_reason
                )
            elif not row.is_current_version:
                state = tr("{status} — older version").format(status=state)
            form = tr("{form}, version {version}").format(
                form=row.template_name, version=row.template_version
            )
            values = [format_date(row.signed_on), form, how, state, "; ".join(row.signers) or "—"]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if rows:
            self.table.selectRow(0)
        self.summary.setText(_summary(status, record))
        outdated = status.kind == "outdated"
        self.sign_button.setText(
            tr("Re-consent…")
            if outdated
            else tr("Sign again…")
            if status.kind in ("signed", "on_paper")
            else tr("Sign consent…")
        )
        self.sign_button.setToolTip(
            tr("Shows the client what changed since they signed, then the whole form")
            if outdated
            else tr("The client reads and signs the consent on this computer")
        )
        editable = not record.is_archived
        for button in (self.sign_button, self.paper_button):
            button.setEnabled(editable)
        self.couple_button.setEnabled(editable and not record.is_minor)
        self._update_buttons()

    def selected(self) -> consents.ConsentRecordInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        record_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.id == record_id), None)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.view_button.setEnabled(row is not None)
        self.revoke_button.setEnabled(
            row is not None
            and row.revoked_on is None
            and self.record is not None
            and not self.record.is_archived
        )

    # ------------------------------------------------------------- signing

    def plan(self, partners: tuple[tuple[int, str], ...] = ()) -> SigningPlan | None:
        """Who signs what: the current template for this client, and what changed since."""
        if self.record is None:
            return None
        record = self.record
        audience = ConsentAudience.GUARDIAN if record.is_minor else ConsentAudience.ADULT
        with self.ctx.vault.session() as session:
            template = consent.current_template(session, audience)
            if template is None:
                return None
            sections = tuple(consent.rendered_sections(session, template.id))
            clinician = get_profile(session).clinician_name
            status = self.status
            previous = None
            changes: tuple[consent.SectionChange, ...] = ()
            if status is not None and status.kind == "outdated" and status.record_id:
                previous = status.version
                signed = consents.signed_sections(session, status.record_id)
                changes = tuple(consent.rendered_changes(signed, sections))
        data = record.data
        return SigningPlan(
            client_id=record.id,
            client_name=f"{data.legal_first_name} {data.legal_last_name}",
            audience=str(audience),
            template_id=template.id,
            template_version=template.version,
            sections=sections,
            guardians=tuple(g.name for g in data.guardians if g.can_consent)
            if record.is_minor
            else (),
            clinician_name=clinician,
            partners=partners,
            previous_version=previous if not partners else None,
            changes=changes if not partners else (),
        )

    def sign(self, partners: tuple[tuple[int, str], ...] = ()) -> ConsentSigning | None:
        """Hand the laptop to the client (and partner) to read and sign, full screen."""
        plan = self.plan(partners)
        if plan is None:
            QMessageBox.warning(
                self, tr("No consent form"), tr("There is no consent template yet.")
            )
            return None
        with self.ctx.vault.session() as session:
            problem = consent.not_ready_to_sign(session, plan.audience)
        if problem:
            QMessageBox.warning(self, tr("Set your fees first"), translated(problem))
            return None
        if plan.guardians == () and self.record is not None and self.record.is_minor:
            QMessageBox.warning(
                self,
                tr("No guardian can consent"),
                tr(
                    "No parent or guardian of this client is recorded as able to consent. "
                    "Add one in Edit → Guardians first."
                ),
            )
            return None
        window = ConsentSigning(
            plan, self.ctx.vault.verify_passphrase, self.ctx.tasks, self.ctx.today()
        )
        window.sig_finished.connect(lambda: self._store(window))
        self.signing = window
        window.showFullScreen()
        self.sig_signing.emit(window)
        return window

    def _store(self, window: ConsentSigning) -> None:
        if window.result is None:
            return
        try:
            with self.ctx.vault.session() as session:
                consents.sign(session, window.result, self.ctx.today())
        except RapportError as exc:
            QMessageBox.warning(self, tr("Consent not stored"), exc.message)
            return
        self.ctx.bus.publish(Changed.CLIENTS)

    def choose_partner(self) -> PartnerDialog | None:
        if self.record is None:
            return None
        dialog = PartnerDialog(self.ctx, self.record, self)
        dialog.accepted.connect(
            lambda: dialog.partner is not None and self.sign(partners=(dialog.partner,))
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ documents

    def view_selected(self) -> DocumentPreview | None:
        """The signed PDF (or the scan of a paper form) on screen, to print or save."""
        row = self.selected()
        if row is None or self.record is None:
            return None
        code = self.record.data.code
        with self.ctx.vault.session() as session:
            if row.on_paper:
                data, mime = consents.scan(session, row.id)
            else:
                data, mime = consents.stored_pdf(session, row.id), "application/pdf"
        if mime != "application/pdf":
            # Loaded on first use: reportlab is only needed to make a PDF.
            from app.documents.scan import image_as_pdf

            data = image_as_pdf(data, "Consent signed on paper")
        name = f"consent-{code}-v{row.template_version}-{row.signed_on.isoformat()}.pdf"
        title = tr("Consent — {name}").format(name=self.record.display_name)
        return self._preview(data, title, name)

    def blank_form(self) -> DocumentPreview | None:
        """The current form, unsigned, for signing on paper."""
        audience = (
            ConsentAudience.GUARDIAN
            if self.record is not None and self.record.is_minor
            else ConsentAudience.ADULT
        )
        try:
            with self.ctx.vault.session() as session:
                data = consents.blank_form(session, audience)
        except RapportError as exc:
            QMessageBox.warning(self, tr("No blank form"), exc.message)
            return None
        return self._preview(data, tr("Blank consent form"), f"consent-form-{audience}.pdf")

    def _preview(self, data: bytes, title: str, file_name: str) -> DocumentPreview:
        preview = DocumentPreview(data, title, file_name, self)
        self.dialog = preview
        preview.open()
        return preview

    # --------------------------------------------------------- paper, revoke

    def attach_paper(self) -> PaperDialog | None:
        if self.record is None:
            return None
        dialog = PaperDialog(self.ctx, self.record, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def revoke_selected(self) -> RevokeDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = RevokeDialog(self.ctx, row, self)
        self.dialog = dialog
        dialog.open()
        return dialog


def _summary(status: consents.ConsentStatus, record: ClientRecord) -> str:
    signed_on = format_date(status.signed_on)
    if status.kind == "signed":
        return tr("Consent signed on version {version}, on {date}.").format(
            version=status.version, date=signed_on
        )
    if status.kind == "on_paper":
        return tr("Consent signed on paper (version {version}), on {date}.").format(
            version=status.version, date=signed_on
        )
    if status.kind == "outdated":
        return tr(
            "Signed on version {version} ({date}); the form is now at version {current}. "
            "Re-consent shows the client what changed first."
        ).format(version=status.version, date=signed_on, current=status.current_version)
    if status.kind == "revoked":
        return tr("The client revoked their consent. A new consent can be signed at any time.")
    if record.is_minor:
        return tr(
            "No consent yet. A parent or guardian can sign on this computer, or on a printed "
            "blank form."
        )
    return tr("No consent yet. The client can sign on this computer, or on a printed blank form.")


# ------------------------------------------------------------------ dialogs


class PartnerDialog(QDialog):
    """Choose the partner who signs with this client (another adult client)."""

    def __init__(
        self, ctx: AppContext, record: ClientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.partner: tuple[int, str] | None = None
        self.setWindowTitle(tr("Sign as a couple"))
        self.setMinimumWidth(460)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Partner's name or code"))
        self.matches = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start signing"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self.find_partner)
        self.matches.currentItemChanged.connect(
            lambda item, _old: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                item is not None
            )
        )
        self.matches.itemDoubleClicked.connect(lambda _item: self.choose())
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "Both partners read the form, each initials and signs. {name}'s partner "
                    "must be a client too (add them first if they are not)."
                ).format(name=record.display_name)
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.buttons)

    def find_partner(self, text: str) -> None:
        self.matches.clear()
        if not text.strip():
            return
        today = self.ctx.today()
        with self.ctx.vault.session() as session:
            ids = clients.search_page(session, ClientQuery(text=text), 0, 20)
            found = clients.rows(session, [i for i in ids if i != self.record.id], today)
        for row in found:
            if row.is_minor:
                continue
            item = QListWidgetItem(
                tr("{name} · {code} · age {age}").format(name=row.name, code=row.code, age=row.age)
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def choose(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        partner_id = int(item.data(Qt.ItemDataRole.UserRole))
        with self.ctx.vault.session() as session:
            partner = clients.get_client(session, partner_id, self.ctx.today())
        data = partner.data
        self.partner = (partner_id, f"{data.legal_first_name} {data.legal_last_name}")
        self.accept()


class PaperDialog(QDialog):
    """Attach the scan of a form signed on paper: the file, the version and the date."""

    def __init__(
        self, ctx: AppContext, record: ClientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.path: Path | None = None
        self.setWindowTitle(tr("Attach a form signed on paper"))
        self.setMinimumWidth(520)
        self.file_label = QLabel(tr("No file chosen"))
        self.file_label.setObjectName("hint")
        choose = QPushButton(tr("Choose scan…"))
        choose.clicked.connect(self.choose_file)
        self.version = QComboBox()
        audience = ConsentAudience.GUARDIAN if record.is_minor else ConsentAudience.ADULT
        with ctx.vault.session() as session:
            versions = [t for t in consent.templates(session) if t.audience == audience]
        for template in sorted(versions, key=lambda t: -t.version):
            self.version.addItem(
                tr("{form}, version {version}").format(
                    form=template.name, version=template.version
                ),
                template.id,
            )
        self.signed_on = QDateEdit()
        self.signed_on.setCalendarPopup(True)
        today = ctx.today()
        self.signed_on.setDate(QDate(today.year, today.month, today.day))
        self.signed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Attach"))
        self.buttons.accepted.connect(self.attach)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(tr("Scan (PDF, PNG or JPEG)"), file_row)
        form.addRow(tr("Form version signed"), self.version)
        form.addRow(tr("Signed on"), self.signed_on)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "The scan is stored inside the encrypted vault. You may delete your copy of "
                    "the file afterwards."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the scan"), "", tr(SCAN_FILTER), options=FILE_DIALOG_OPTIONS
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.message.clear()

    def attach(self) -> None:
        if self.path is None:
            self.message.setText(tr("Choose the scanned form first."))
            return
        try:
            scan = self.path.read_bytes()
        except OSError as exc:
            self.message.setText(
                tr("The file could not be read: {reason}.").format(reason=exc.strerror or exc)
            )
            return
        picked = self.signed_on.date()
        day = date(picked.year(), picked.month(), picked.day())
        try:
            with self.ctx.vault.session() as session:
                consents.record_paper_signature(
                    session, self.record.id, int(self.version.currentData()), scan, "", day
                )
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.CLIENTS)


class RevokeDialog(QDialog):
    """Record that the client withdrew a consent: the reason, and the date (today)."""

    def __init__(
        self,
        ctx: AppContext,
        row: consents.ConsentRecordInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(tr("Record a revoked consent"))
        self.setMinimumWidth(500)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("For example: withdrew consent by letter dated …"))
        self.reason.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = QPushButton(tr("Record revocation"))
        self.revoke_button.setObjectName("danger")
        self.buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.revoke_button.clicked.connect(self.revoke)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "The consent signed on {signed} (version {version}) will show as revoked "
                    "from today, {today}. It stays in the record; it is never deleted."
                ).format(
                    signed=format_date(row.signed_on),
                    version=row.template_version,
                    today=format_date(ctx.today()),
                )
            )
        )
        layout.addWidget(QLabel(tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def revoke(self) -> None:
        try:
            with self.ctx.vault.session() as session:
                consents.revoke(session, self.row.id, self.reason.toPlainText(), self.ctx.today())
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()
        self.ctx.bus.publish(Changed.CLIENTS)
