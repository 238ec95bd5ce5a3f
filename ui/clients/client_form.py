"""The client's record as a form: new client, editing, and converting an enquiry."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clients
from app.clients import ClientInput, DiagnosisInput, GoalInput, GuardianInput
from app.errors import RapportError, ValidationError
from app.models import ClientStatus, FeeArrangement, GoalStatus, RequestedBy
from app.retention import age_on
from app.words import translated
from ui import style
from ui.clients.icd_picker import IcdPicker
from ui.clients.labels import (
    CLIENT_STATUS,
    FEE_ARRANGEMENT,
    GOAL_STATUS,
    REQUESTED_BY,
    SEX_FOR_NORMS,
)
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.forms import FieldErrors, set_lines_high
from ui.widgets.labels import text_label
from ui.widgets.tabs import tab_widget


def _combo(options: Mapping[str, str]) -> QComboBox:
    combo = QComboBox()
    for value, label in options.items():
        combo.addItem(label, str(value))
    return combo


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(str(value))
    if index >= 0:
        combo.setCurrentIndex(index)


def _reasons(match: clients.PossibleDuplicate) -> str:
    """Why ``match`` may be the same person, in the window's language."""
    return ", ".join(translated(r) for r in match.reasons) if match.reasons else match.reason


class _Table(QWidget):
    """A small editable table (guardians, diagnoses, goals) with its own error line."""

    def __init__(self, headers: list[str], add_text: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.errors = QLabel()
        self.errors.setObjectName("fieldError")
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return bool(item and item.checkState() == Qt.CheckState.Checked)

    def set_text(self, row: int, column: int, text: str, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, column, item)

    def set_check(self, row: int, column: int, on: bool) -> None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.setItem(row, column, item)

    def append(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def show_problems(self, prefix: str, line: str, problems: dict[str, str]) -> bool:
        """Show the problems of the rows under ``prefix``, each worded by ``line``.

        ``line`` has the placeholders ``{number}`` (the row, from 1) and ``{message}``.
        """
        lines = []
        for key, message in problems.items():
            if key == prefix:
                lines.append(message)
            elif key.startswith(prefix + "."):
                number = int(key.split(".")[1]) + 1
                lines.append(line.format(number=number, message=message))
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        return bool(lines)


class ClientForm(QWidget):
    """Every field of a client's record, on tabs."""

    sig_edited = Signal()
    """A field was changed."""

    #: The tabs, in order; a form may show only some of them (the intake wizard).
    SECTIONS = ("identity", "contact", "guardians", "referral", "clinical", "tags")

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        sections: tuple[str, ...] = SECTIONS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.tabs = tab_widget()

        # Identity
        self.legal_first_name = QLineEdit()
        self.legal_last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(tr("What the client likes to be called"))
        self.pronouns = QComboBox()
        self.pronouns.setEditable(True)
        self.pronouns.addItems(["", "she/her", "he/him", "they/them", "she/they", "he/they"])
        self.sex_for_norms = _combo(SEX_FOR_NORMS)
        self.sex_for_norms.setToolTip(
            tr("Used only by screening questionnaires whose cut-offs differ by sex (e.g. AUDIT-C).")
        )
        self.date_of_birth = OptionalDateEdit()
        self.age_label = QLabel()
        self.age_label.setObjectName("hint")
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("Automatic (e.g. C0042)"))
        self.code.setMaxLength(12)
        self.status = _combo({k: v for k, v in CLIENT_STATUS.items() if k != ClientStatus.ARCHIVED})
        identity = QWidget()
        form = QFormLayout(identity)
        self.errors.add_row(
            form, tr("Legal first name *"), "legal_first_name", self.legal_first_name
        )
        self.errors.add_row(form, tr("Legal last name *"), "legal_last_name", self.legal_last_name)
        self.errors.add_row(form, tr("Preferred name"), "preferred_name", self.preferred_name)
        self.errors.add_row(form, tr("Pronouns"), "pronouns", self.pronouns)
        dob_row = QWidget()
        dob_layout = QHBoxLayout(dob_row)
        dob_layout.setContentsMargins(0, 0, 0, 0)
        dob_layout.addWidget(self.date_of_birth)
        dob_layout.addWidget(self.age_label, 1)
        self.errors.add_row(form, tr("Date of birth *"), "date_of_birth", dob_row)
        self.errors.add_row(
            form, tr("Sex (for screening norms)"), "sex_for_norms", self.sex_for_norms
        )
        self.errors.add_row(form, tr("Client code"), "code", self.code)
        self.errors.add_row(form, tr("Status"), "status", self.status)
        form.addRow(
            text_label(
                tr(
                    "The client code is used instead of the name wherever privacy matters "
                    "(calendar exports, file names)."
                )
            )
        )
        self.tabs.addTab(identity, tr("Identity"))

        # Contact
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QPlainTextEdit()
        set_lines_high(self.address, 4)
        self.emergency_contact_name = QLineEdit()
        self.emergency_contact_relationship = QLineEdit()
        self.emergency_contact_phone = QLineEdit()
        contact = QWidget()
        form = QFormLayout(contact)
        self.errors.add_row(form, tr("Phone"), "phone", self.phone)
        self.errors.add_row(form, tr("E-mail"), "email", self.email)
        self.errors.add_row(form, tr("Address"), "address", self.address)
        form.addRow(text_label(tr("Emergency contact"), "cardTitle"))
        self.errors.add_row(form, tr("Name"), "emergency_contact_name", self.emergency_contact_name)
        self.errors.add_row(
            form,
            tr("Relationship"),
            "emergency_contact_relationship",
            self.emergency_contact_relationship,
        )
        self.errors.add_row(
            form, tr("Phone"), "emergency_contact_phone", self.emergency_contact_phone
        )
        self.tabs.addTab(contact, tr("Contact"))

        # Guardians
        self.guardians = _Table(
            [
                tr("Name"),
                tr("Relationship"),
                tr("Phone"),
                tr("E-mail"),
                tr("Can consent"),
                tr("Pays"),
            ],
            tr("Add guardian"),
        )
        self.guardians.add_button.clicked.connect(lambda: self._add_guardian(None))
        self.guardian_note = text_label("")
        guardians = QWidget()
        layout = QVBoxLayout(guardians)
        layout.addWidget(self.guardian_note)
        layout.addWidget(self.guardians)
        self.tabs.addTab(guardians, tr("Guardians"))

        # Referral and fees
        self.referral_source = QLineEdit()
        self.referral_source.setPlaceholderText(tr("e.g. GP, website, a former client"))
        self.requested_by = _combo(REQUESTED_BY)
        self.fee_arrangement = _combo(FEE_ARRANGEMENT)
        self.sliding_fee = QLineEdit()
        self.sliding_fee.setPlaceholderText(tr("Rate per session, e.g. 60.00"))
        referral = QWidget()
        form = QFormLayout(referral)
        self.errors.add_row(form, tr("Referred by"), "referral_source", self.referral_source)
        self.errors.add_row(form, tr("Who asked for therapy"), "requested_by", self.requested_by)
        form.addRow(
            text_label(
                tr(
                    "Therapy that someone else asked for or imposed often starts differently "
                    "from therapy the client chose; it is shown on the client's record."
                )
            )
        )
        self.errors.add_row(form, tr("Fee"), "fee_arrangement", self.fee_arrangement)
        self.errors.add_row(form, tr("Sliding-scale rate"), "sliding_fee", self.sliding_fee)
        self.tabs.addTab(referral, tr("Referral and fees"))

        # Clinical
        self.diagnoses = _Table(
            [tr("Code"), tr("Description"), tr("Primary"), tr("Noted on")], tr("Add diagnosis…")
        )
        self.diagnoses.add_button.clicked.connect(self._pick_diagnosis)
        self.clinical_summary = QPlainTextEdit()
        self.clinical_summary.setTabChangesFocus(True)
        self.clinical_summary.setPlaceholderText(
            tr("Presenting problem, formulation, anything the next session needs to remember")
        )
        self.goals = _Table(
            [tr("Goal"), tr("Description"), tr("Target date"), tr("Status")], tr("Add goal")
        )
        self.goals.add_button.clicked.connect(lambda: self._add_goal(None))
        clinical = QWidget()
        layout = QVBoxLayout(clinical)
        layout.addWidget(text_label(tr("Diagnoses (ICD-10-CM)"), "cardTitle"))
        layout.addWidget(self.diagnoses)
        layout.addWidget(text_label(tr("Clinical summary"), "cardTitle"))
        layout.addWidget(self.errors.wrap("clinical_summary", self.clinical_summary))
        layout.addWidget(text_label(tr("Treatment goals"), "cardTitle"))
        layout.addWidget(self.goals)
        self.tabs.addTab(clinical, tr("Clinical"))

        # Tags
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("Comma-separated, e.g. anxiety, sliding-scale"))
        known = ", ".join(self._known_tags())
        tags = QWidget()
        form = QFormLayout(tags)
        self.errors.add_row(form, tr("Tags"), "tags", self.tags)
        form.addRow(
            text_label(
                tr("Tags in use: {tags}").format(tags=known)
                if known
                else tr("Tags in use: none yet")
            )
        )
        self.tabs.addTab(tags, tr("Tags"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        # Fields of hidden tabs keep the values given to set_value(), so value()
        # returns the whole record whichever tabs are shown.
        for index, name in enumerate(self.SECTIONS):
            self.tabs.setTabVisible(index, name in sections)
        several = len(sections) > 1
        self.tabs.tabBar().setVisible(several)
        if not several:
            # A hidden tab bar would still be the tab widget's stop in the Tab order,
            # one that cannot take the focus: Tab would stay where it is.
            self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setCurrentIndex(self.SECTIONS.index(sections[0]))

        self.date_of_birth.dateChanged.connect(self._update_age)
        self.fee_arrangement.currentIndexChanged.connect(self._update_fee)
        self._update_age()
        self._update_fee()

    # ------------------------------------------------------------- helpers

    def _known_tags(self) -> list[str]:
        with self.ctx.vault.session() as session:
            return clients.all_tags(session)

    def _update_age(self) -> None:
        dob = self.date_of_birth.value()
        today = self.ctx.today()
        if dob is None or dob > today:
            self.age_label.setText("")
            self.guardian_note.setText(tr("Guardians matter for clients under 18."))
            return
        age = age_on(dob, today)
        minor = age < 18
        self.age_label.setText(
            tr("age {age} — a minor").format(age=age) if minor else tr("age {age}").format(age=age)
        )
        self.guardian_note.setText(
            tr("The client is {age}: at least one guardian who can consent is needed.").format(
                age=age
            )
            if minor
            else tr("The client is an adult; guardians are optional.")
        )

    def _update_fee(self) -> None:
        sliding = self.fee_arrangement.currentData() == FeeArrangement.SLIDING_SCALE
        self.sliding_fee.setEnabled(sliding)

    def _add_guardian(self, guardian: GuardianInput | None) -> None:
        g = guardian or GuardianInput(name="")
        row = self.guardians.append()
        for column, value in enumerate((g.name, g.relation, g.phone, g.email)):
            self.guardians.set_text(row, column, value)
        self.guardians.set_check(row, 4, g.can_consent)
        self.guardians.set_check(row, 5, g.pays)

    def _add_diagnosis(self, diagnosis: DiagnosisInput) -> None:
        row = self.diagnoses.append()
        self.diagnoses.set_text(row, 0, diagnosis.code, editable=False)
        self.diagnoses.set_text(row, 1, diagnosis.description, editable=False)
        self.diagnoses.set_check(row, 2, diagnosis.is_primary)
        noted = diagnosis.noted_on or self.ctx.today()
        self.diagnoses.set_text(row, 3, noted.isoformat(), editable=False)

    def _pick_diagnosis(self) -> None:
        picker = IcdPicker(self.ctx.tasks, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            first = self.diagnoses.table.rowCount() == 0
            self._add_diagnosis(
                DiagnosisInput(picker.chosen.code, picker.chosen.description, is_primary=first)
            )

    def _add_goal(self, goal: GoalInput | None) -> None:
        g = goal or GoalInput(title="")
        row = self.goals.append()
        self.goals.set_text(row, 0, g.title)
        self.goals.set_text(row, 1, g.description)
        target = OptionalDateEdit()
        target.set_value(g.target_date)
        self.goals.table.setCellWidget(row, 2, target)
        status = _combo(GOAL_STATUS)
        _select(status, g.status)
        self.goals.table.setCellWidget(row, 3, status)

    # --------------------------------------------------------------- value

    def set_value(self, data: ClientInput) -> None:
        for name in (
            "legal_first_name",
            "legal_last_name",
            "preferred_name",
            "code",
            "phone",
            "email",
            "emergency_contact_name",
            "emergency_contact_relationship",
            "emergency_contact_phone",
            "referral_source",
            "sliding_fee",
        ):
            getattr(self, name).setText(str(getattr(data, name)))
        self.pronouns.setCurrentText(data.pronouns)
        self.date_of_birth.set_value(data.date_of_birth)
        self.address.setPlainText(data.address)
        self.clinical_summary.setPlainText(data.clinical_summary)
        _select(self.status, data.status)
        _select(self.sex_for_norms, data.sex_for_norms)
        _select(self.requested_by, data.requested_by)
        _select(self.fee_arrangement, data.fee_arrangement)
        self.tags.setText(", ".join(data.tags))
        for table in (self.guardians, self.diagnoses, self.goals):
            table.table.setRowCount(0)
        for guardian in data.guardians:
            self._add_guardian(guardian)
        for diagnosis in data.diagnoses:
            self._add_diagnosis(diagnosis)
        for goal in data.goals:
            self._add_goal(goal)
        self._update_age()
        self._update_fee()

    def value(self) -> ClientInput:
        g = self.guardians
        guardians = tuple(
            GuardianInput(
                g.text(r, 0),
                g.text(r, 1),
                g.text(r, 2),
                g.text(r, 3),
                g.checked(r, 4),
                g.checked(r, 5),
            )
            for r in range(g.table.rowCount())
        )
        d = self.diagnoses
        diagnoses = tuple(
            DiagnosisInput(
                d.text(r, 0),
                d.text(r, 1),
                d.checked(r, 2),
                date.fromisoformat(d.text(r, 3)) if d.text(r, 3) else None,
            )
            for r in range(d.table.rowCount())
        )
        goals = []
        for r in range(self.goals.table.rowCount()):
            target = self.goals.table.cellWidget(r, 2)
            status = self.goals.table.cellWidget(r, 3)
            goals.append(
                GoalInput(
                    self.goals.text(r, 0),
                    self.goals.text(r, 1),
                    target.value() if isinstance(target, OptionalDateEdit) else None,
                    str(status.currentData())
                    if isinstance(status, QComboBox)
                    else GoalStatus.ACTIVE,
                )
            )
        return ClientInput(
            legal_first_name=self.legal_first_name.text(),
            legal_last_name=self.legal_last_name.text(),
            date_of_birth=self.date_of_birth.value(),
            preferred_name=self.preferred_name.text(),
            pronouns=self.pronouns.currentText(),
            sex_for_norms=str(self.sex_for_norms.currentData() or ""),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            emergency_contact_name=self.emergency_contact_name.text(),
            emergency_contact_phone=self.emergency_contact_phone.text(),
            emergency_contact_relationship=self.emergency_contact_relationship.text(),
            referral_source=self.referral_source.text(),
            requested_by=str(self.requested_by.currentData() or RequestedBy.SELF),
            status=str(self.status.currentData() or ClientStatus.ACTIVE),
            code=self.code.text(),
            fee_arrangement=str(self.fee_arrangement.currentData() or FeeArrangement.STANDARD),
            sliding_fee=self.sliding_fee.text(),
            clinical_summary=self.clinical_summary.toPlainText(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            guardians=guardians,
            diagnoses=diagnoses,
            goals=tuple(goals),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show every message next to its field and go to the first tab with one."""
        simple = {k: v for k, v in problems.items() if "." not in k and k not in _NESTED}
        self.errors.show(simple)
        nested = [
            self.guardians.show_problems("guardians", tr("Guardian {number}: {message}"), problems),
            self.diagnoses.show_problems(
                "diagnoses", tr("Diagnosis {number}: {message}"), problems
            ),
            self.goals.show_problems("goals", tr("Goal {number}: {message}"), problems),
        ]
        tabs = {_TAB_OF_FIELD.get(k.split(".")[0], 0) for k in problems}
        tabs |= {t for t, shown in zip((2, 4, 4), nested, strict=True) if shown}
        bar = self.tabs.tabBar()
        danger = style.current().danger
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor(danger) if index in tabs else QColor())
        visible = [t for t in sorted(tabs) if self.tabs.isTabVisible(t)]
        if visible:
            self.tabs.setCurrentIndex(visible[0])


_NESTED = {"guardians", "diagnoses", "goals"}
_TAB_OF_FIELD = {
    "legal_first_name": 0,
    "legal_last_name": 0,
    "preferred_name": 0,
    "pronouns": 0,
    "sex_for_norms": 0,
    "date_of_birth": 0,
    "code": 0,
    "status": 0,
    "phone": 1,
    "email": 1,
    "address": 1,
    "emergency_contact_name": 1,
    "emergency_contact_relationship": 1,
    "emergency_contact_phone": 1,
    "guardians": 2,
    "referral_source": 3,
    "requested_by": 3,
    "fee_arrangement": 3,
    "sliding_fee": 3,
    "diagnoses": 4,
    "clinical_summary": 4,
    "goals": 4,
    "tags": 5,
}


class ClientDialog(QDialog):
    """New client, edit a client, or convert an enquiry; saves through the core.

    ``save`` is the core call for this use: it takes the session and the form's
    value and returns the client's id.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        data: ClientInput,
        save: Callable[[object, ClientInput], int],
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.resize(820, 620)
        self._save = save
        self.client_id = client_id
        self.saved_id: int | None = None
        #: Asks whether to save despite possible duplicates (tests replace it).
        self.confirm_duplicate: Callable[[list[clients.PossibleDuplicate]], bool] = self._ask
        self.form = ClientForm(ctx)
        self.form.set_value(data)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.form.legal_first_name.setFocus()

    def submit(self) -> None:
        data = self.form.value()
        if self.client_id is None and not self._confirm_not_duplicate(data):
            return
        try:
            with self.ctx.vault.session() as session:
                self.saved_id = self._save(session, data)
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            self.message.setText(tr("Nothing was saved: please correct the fields marked in red."))
            return
        except RapportError as exc:
            self.message.setText(exc.message)
            return
        self.accept()

    def _confirm_not_duplicate(self, data: ClientInput) -> bool:
        with self.ctx.vault.session() as session:
            matches = clients.find_duplicates(session, data)
        return not matches or self.confirm_duplicate(matches)

    def _ask(self, matches: list[clients.PossibleDuplicate]) -> bool:
        listed = "\n".join(f"• {m.name} ({m.code}) — {_reasons(m)}" for m in matches[:5])
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Possible duplicate"))
        box.setText(tr("This may be someone already in your practice:"))
        box.setInformativeText(
            tr("{matches}\n\nSave as a new client anyway?").format(matches=listed)
        )
        save = box.addButton(tr("Save as new client"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is save
