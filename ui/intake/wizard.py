"""The intake wizard: identity, contacts, reasons, history, screening, summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import consent, intake
from app.changes import Changed
from app.errors import RapportError, ValidationError
from app.intake import DEFAULT_SCREENS, IntakeData, ScreenAnswers
from app.models import AnsweredBy, ConsentAudience, RequestedBy
from app.practice import get_profile, retention_policy
from app.words import translated
from ui.clients.client_form import ClientForm
from ui.clients.labels import REQUESTED_BY
from ui.context import AppContext
from ui.i18n import tr
from ui.intake.client_mode import ClientMode
from ui.intake.screening import AnswerSheet, describe
from ui.style import icon
from ui.widgets.forms import FieldErrors, set_lines_high
from ui.widgets.labels import text_label
from ui.widgets.tabs import tab_widget


def _text_edit(placeholder: str, lines: float = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    set_lines_high(edit, lines)
    return edit


class _Page(QWizardPage):
    """A page that reads from and writes to the wizard's one ``IntakeData``."""

    name = ""

    def intake_wizard(self) -> IntakeWizard:
        wizard = self.wizard()
        assert isinstance(wizard, IntakeWizard)
        return wizard

    def load(self, data: IntakeData) -> None:
        raise NotImplementedError

    def store(self, data: IntakeData) -> IntakeData:
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> None:
        raise NotImplementedError

    def initializePage(self) -> None:
        self.load(self.intake_wizard().data)

    def validatePage(self) -> bool:
        wizard = self.intake_wizard()
        wizard.data = self.store(wizard.data)
        try:
            wizard.check_page(self.name)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        self.show_problems({})
        return True


class ClientPage(_Page):
    def __init__(
        self, ctx: AppContext, name: str, title: str, subtitle: str, sections: tuple[str, ...]
    ) -> None:
        super().__init__()
        self.name = name
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = ClientForm(ctx, sections=sections)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def load(self, data: IntakeData) -> None:
        self.form.set_value(data.client)

    def store(self, data: IntakeData) -> IntakeData:
        return replace(data, client=self.form.value())

    def show_problems(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)


class ReasonsPage(_Page):
    name = "reasons"

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Who wants this therapy, and why now"))
        self.setSubTitle(
            tr(
                "Therapy that someone else asked for starts differently from therapy the client "
                "chose. Note what the client hopes will change and what was tried before."
            )
        )
        self.errors = FieldErrors()
        self.requested_by = QComboBox()
        for value, label in REQUESTED_BY.items():
            self.requested_by.addItem(label, str(value))
        self.referral_source = QPlainTextEdit()
        self.referral_source.setTabChangesFocus(True)
        self.why_now = _text_edit(tr("What made the client seek help now? *"))
        self.hopes = _text_edit(tr("What the client hopes will be different"))
        self.tried_before = _text_edit(tr("What they already tried on their own"))
        self.earlier_therapy = _text_edit(tr("Earlier therapy: when, with whom, how long"))
        self.what_did_not_help = _text_edit(tr("What did not help, in their words"))
        form = QFormLayout(self)
        self.errors.add_row(form, tr("Asked for by"), "requested_by", self.requested_by)
        self.errors.add_row(form, tr("Why now *"), "why_now", self.why_now)
        self.errors.add_row(form, tr("Hopes"), "hopes", self.hopes)
        self.errors.add_row(form, tr("Tried already"), "tried_before", self.tried_before)
        self.errors.add_row(form, tr("Earlier therapy"), "earlier_therapy", self.earlier_therapy)
        self.errors.add_row(
            form, tr("What did not help"), "what_did_not_help", self.what_did_not_help
        )

    def load(self, data: IntakeData) -> None:
        self.requested_by.setCurrentIndex(
            max(0, self.requested_by.findData(data.client.requested_by))
        )
        for name in ("why_now", "hopes", "tried_before", "earlier_therapy", "what_did_not_help"):
            getattr(self, name).setPlainText(getattr(data, name))

    def store(self, data: IntakeData) -> IntakeData:
        client = replace(
            data.client, requested_by=str(self.requested_by.currentData() or RequestedBy.SELF)
        )
        return replace(
            data,
            client=client,
            **{
                name: getattr(self, name).toPlainText()
                for name in (
                    "why_now",
                    "hopes",
                    "tried_before",
                    "earlier_therapy",
                    "what_did_not_help",
                )
            },
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        self.errors.show(problems)


class HistoryPage(_Page):
    name = "history"

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("History"))
        self.setSubTitle(
            tr(
                "What is easy to miss under the presenting complaint: health, medication, "
                "substance use, trauma, earlier diagnoses and risk."
            )
        )
        self.errors = FieldErrors()
        self.medical_conditions = _text_edit(tr("Medical conditions"), 2.5)
        self.medication = _text_edit(tr("Current medication and who prescribes it"), 2.5)
        self.substance_use = _text_edit(tr("Alcohol, drugs, gambling — what and how much"), 2.5)
        self.trauma_exposure = QComboBox()
        for value, label in (
            ("", tr("— choose —")),
            ("yes", tr("Yes")),
            ("no", tr("No")),
            ("not asked", tr("Not asked yet")),
        ):
            self.trauma_exposure.addItem(label, value)
        self.prior_diagnoses = _text_edit(tr("Diagnoses given before, by whom"), 2.5)
        self.risk_history = _text_edit(
            tr("Self-harm, suicide attempts, violence — past and present"), 2.5
        )
        form = QFormLayout(self)
        self.errors.add_row(
            form, tr("Medical conditions"), "medical_conditions", self.medical_conditions
        )
        self.errors.add_row(form, tr("Medication"), "medication", self.medication)
        self.errors.add_row(form, tr("Substance use"), "substance_use", self.substance_use)
        self.errors.add_row(form, tr("Trauma exposure *"), "trauma_exposure", self.trauma_exposure)
        self.errors.add_row(form, tr("Earlier diagnoses"), "prior_diagnoses", self.prior_diagnoses)
        self.errors.add_row(form, tr("Risk history"), "risk_history", self.risk_history)

    _TEXTS = (
        "medical_conditions",
        "medication",
        "substance_use",
        "prior_diagnoses",
        "risk_history",
    )

    def load(self, data: IntakeData) -> None:
        for name in self._TEXTS:
            getattr(self, name).setPlainText(getattr(data, name))
        self.trauma_exposure.setCurrentIndex(
            max(0, self.trauma_exposure.findData(data.trauma_exposure))
        )

    def store(self, data: IntakeData) -> IntakeData:
        return replace(
            data,
            trauma_exposure=str(self.trauma_exposure.currentData() or ""),
            **{name: getattr(self, name).toPlainText() for name in self._TEXTS},
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        self.errors.show(problems)


class ScreeningPage(_Page):
    name = "screening"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setTitle(tr("Screening"))
        self.setSubTitle(
            tr(
                "Choose the questionnaires, then enter the answers (the client's paper form, or "
                "read aloud). Positive screens become follow-up items you will close later."
            )
        )
        self.instruments = {
            i.id: i
            for i in ctx.instruments().instruments.values()
            if i.kind in ("screen", "outcome")
        }
        self.choices: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for instrument_id, instrument in sorted(
            self.instruments.items(), key=lambda kv: kv[1].short_name
        ):
            box = QCheckBox(instrument.short_name)
            box.setToolTip(instrument.name)
            box.toggled.connect(self._rebuild)
            self.choices[instrument_id] = box
            row.addWidget(box)
        row.addStretch(1)
        self.sheets: dict[str, AnswerSheet] = {}
        self.tabs = tab_widget()
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.hand_button = QPushButton(tr("Hand the laptop to the client…"))
        self.hand_button.setToolTip(
            tr("A full-screen view with only these questionnaires; your passphrase ends it")
        )
        self.hand_button.clicked.connect(self.hand_to_client)
        row.addWidget(self.hand_button)
        self.ctx = ctx
        self.client_mode: ClientMode | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def load(self, data: IntakeData) -> None:
        chosen = [s.instrument_id for s in data.screens] or [
            i for i in DEFAULT_SCREENS if i in self.instruments
        ]
        self._sex = data.client.sex_for_norms
        self._loading = True
        for instrument_id, box in self.choices.items():
            box.setChecked(instrument_id in chosen)
        self._loading = False
        self._rebuild()
        for screen in data.screens:
            sheet = self.sheets.get(screen.instrument_id)
            if sheet is not None:
                sheet.set_answers(screen.answers, screen.answered_by)

    def _rebuild(self) -> None:
        if getattr(self, "_loading", False):
            return
        wanted = [i for i, box in self.choices.items() if box.isChecked()]
        for instrument_id in list(self.sheets):
            if instrument_id not in wanted:
                sheet = self.sheets.pop(instrument_id)
                self.tabs.removeTab(self.tabs.indexOf(sheet))
                sheet.deleteLater()
        for instrument_id in wanted:
            if instrument_id not in self.sheets:
                sheet = AnswerSheet(self.instruments[instrument_id], getattr(self, "_sex", ""))
                self.sheets[instrument_id] = sheet
                self.tabs.addTab(sheet, self.instruments[instrument_id].short_name)

    def store(self, data: IntakeData) -> IntakeData:
        screens = tuple(
            ScreenAnswers(
                instrument_id,
                sheet.answers(),
                str(sheet.answered_by.currentData() or AnsweredBy.PAPER),
            )
            for instrument_id, sheet in self.sheets.items()
        )
        return replace(data, screens=screens)

    def hand_to_client(self) -> ClientMode:
        """Let the client answer the ticked questionnaires themselves, full screen."""
        chosen = [self.instruments[i] for i in self.sheets]
        mode = ClientMode(chosen, self.ctx.vault.verify_passphrase, self.ctx.tasks)
        mode.sig_returned.connect(lambda: self._client_answered(mode))
        self.client_mode = mode
        mode.showFullScreen()
        return mode

    def _client_answered(self, mode: ClientMode) -> None:
        for instrument_id, answers in mode.answers.items():
            sheet = self.sheets.get(instrument_id)
            if sheet is not None and answers:
                sheet.set_answers(answers, AnsweredBy.CLIENT)
        self.client_mode = None
        mode.deleteLater()
        self.intake_wizard().raise_()

    def show_problems(self, problems: dict[str, str]) -> None:
        text = "\n".join(problems.values())
        for instrument_id, instrument in self.instruments.items():
            text = text.replace(instrument_id, instrument.short_name)
        self.message.setText(text)


class SummaryPage(_Page):
    name = "summary"

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Summary"))
        self.setSubTitle(
            tr("Check the screens before finishing. Positive screens become follow-up items.")
        )
        self.results = QVBoxLayout()
        self.risk_box = QWidget()
        risk_layout = QVBoxLayout(self.risk_box)
        risk_layout.setContentsMargins(0, 0, 0, 0)
        risk_layout.addWidget(
            text_label(
                tr(
                    "A risk item was answered above zero. Record that you have seen it, and the "
                    "safety plan or your rationale, before finishing."
                ),
                "formError",
            )
        )
        self.acknowledgement = _text_edit(tr("Seen; safety plan / rationale: …"), 72)
        self.acknowledgement.textChanged.connect(self.completeChanged)
        risk_layout.addWidget(self.acknowledgement)
        self.pdf_button = QPushButton(tr("Save or print the intake summary…"))
        self.sign_consent = QCheckBox(tr("Then sign the consent form on this computer"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.results)
        layout.addWidget(self.risk_box)
        layout.addStretch(1)
        layout.addWidget(self.sign_consent)
        layout.addWidget(self.pdf_button)
        self._has_risk = False

    def load(self, data: IntakeData) -> None:
        wizard = self.intake_wizard()
        while self.results.count():
            item = self.results.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        results = intake.screen_results(data, wizard.instruments)
        self._has_risk = any(r.score.risk for r in results)
        if not results:
            self.results.addWidget(text_label(tr("No screening questionnaires were given.")))
        for result in results:
            kind = "hint"
            if result.score.at_or_above_cutoff:
                kind = "warning"
            if result.score.risk:
                kind = "formError"
            line = describe(result.instrument, result.score)
            if result.score.at_or_above_cutoff and result.instrument.positive_screen:
                line = tr("{result} → follow-up: {action}").format(
                    result=line, action=result.instrument.positive_screen
                )
            for flag in result.score.risk:
                line += f"\n⚠ {flag.message}"
            self.results.addWidget(text_label(line, kind))
        self.risk_box.setVisible(self._has_risk)
        self.acknowledgement.setPlainText(data.risk_acknowledgement)
        with wizard.ctx.vault.session() as session:
            problem = consent.not_ready_to_sign(session, ConsentAudience.ADULT)
        self.sign_consent.setEnabled(not problem)
        self.sign_consent.setChecked(not problem)
        self.sign_consent.setToolTip(
            translated(problem)
            if problem
            else tr(
                "After Finish, the client (or their guardian) reads and signs the consent, "
                "full screen"
            )
        )
        self.completeChanged.emit()

    def store(self, data: IntakeData) -> IntakeData:
        return replace(data, risk_acknowledgement=self.acknowledgement.toPlainText())

    def isComplete(self) -> bool:
        return not self._has_risk or bool(self.acknowledgement.toPlainText().strip())

    def show_problems(self, problems: dict[str, str]) -> None:
        if problems:
            QMessageBox.warning(self, tr("Intake"), "\n".join(problems.values()))


class IntakeWizard(QWizard):
    """One intake; on Finish the client exists with screens and follow-ups."""

    sig_finished_client = Signal(int)
    """The intake was finished; carries the new client's id."""

    def __init__(
        self,
        ctx: AppContext,
        data: IntakeData,
        prospect_id: int | None = None,
        draft_id: int | None = None,
        start_page: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.prospect_id = prospect_id
        self.draft_id = draft_id
        self.client_id: int | None = None
        #: Asks "keep", "discard" or "continue" when the intake is cancelled (tests replace it).
        self.ask_leave: Callable[[], str] = self._ask_leave
        self.instruments = ctx.instruments().instruments
        self.setWindowTitle(tr("Intake"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("rapport").pixmap(40, 40))
        self.setMinimumSize(900, 660)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, tr("Keep as draft"))
        self.customButtonClicked.connect(lambda _which: self.keep_draft())
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Finish intake"))
        self.pages: list[_Page] = [
            ClientPage(
                ctx,
                "identity",
                tr("Identity"),
                tr("Who the client is. Fields marked * are needed."),
                ("identity",),
            ),
            ClientPage(
                ctx,
                "contacts",
                tr("Contact, emergency contact and guardians"),
                tr(
                    "How to reach the client, who to call in an emergency, and — for a minor — "
                    "who consents and who pays."
                ),
                ("contact", "guardians"),
            ),
            ReasonsPage(),
            HistoryPage(),
            ScreeningPage(ctx),
            SummaryPage(),
        ]
        for page in self.pages:
            self.addPage(page)
        summary = self.pages[-1]
        assert isinstance(summary, SummaryPage)
        summary.pdf_button.clicked.connect(self.summary_pdf)
        self._start_page = start_page
        if start_page:
            # Resume: walk forward silently to the page where the draft stopped.
            self.restart()
            for _ in range(min(start_page, len(self.pages) - 1)):
                self.next()

    def check_page(self, name: str) -> None:
        with self.ctx.vault.session() as session:
            country = get_profile(session).country
            majority = retention_policy(session).age_of_majority
        intake.validate_page(name, self.data, self.ctx.today(), country, majority)

    def current_index(self) -> int:
        page = self.currentPage()
        return self.pages.index(page) if isinstance(page, _Page) else 0

    def _store_current(self) -> None:
        page = self.currentPage()
        if isinstance(page, _Page):
            self.data = page.store(self.data)

    def keep_draft(self) -> int:
        """Save what was entered so far (inside the vault) and close."""
        self._store_current()
        with self.ctx.vault.session() as session:
            self.draft_id = intake.save_draft(
                session, self.data, self.current_index(), self.draft_id, self.prospect_id
            )
        self.ctx.bus.publish(Changed.MEASURES)
        self.done(QWizard.DialogCode.Rejected)
        return self.draft_id

    def reject(self) -> None:
        choice = self.ask_leave()
        if choice == "keep":
            self.keep_draft()
        elif choice == "discard":
            super().reject()

    def _ask_leave(self) -> str:
        box = QMessageBox(self)
        box.setWindowTitle(tr("Leave the intake?"))
        box.setText(tr("Keep what you entered as a draft, to finish later?"))
        keep = box.addButton(tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Continue the intake"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "discard" if clicked is discard else "continue"

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def accept(self) -> None:
        self._store_current()
        try:
            with self.ctx.vault.session() as session:
                self.client_id, changed = intake.finish(
                    session,
                    self.data,
                    self.instruments,
                    self.ctx.today(),
                    prospect_id=self.prospect_id,
                    draft_id=self.draft_id,
                )
        except (ValidationError, RapportError) as exc:
            QMessageBox.warning(self, tr("The intake cannot be finished yet"), exc.message)
            return
        self.ctx.bus.publish(changed)
        super().accept()
        self.sig_finished_client.emit(self.client_id)

    @property
    def then_sign_consent(self) -> bool:
        """The clinician asked to go on to the consent once the intake is finished."""
        summary = self.pages[-1]
        return isinstance(summary, SummaryPage) and summary.sign_consent.isChecked()

    def summary_pdf(self) -> None:
        from app.documents.intake_summary import intake_summary_file_stem, render_intake_summary
        from ui.documents import print_pdf, save_pdf

        self._store_current()
        with self.ctx.vault.session() as session:
            profile = get_profile(session)
        results = intake.screen_results(self.data, self.instruments)
        data = render_intake_summary(profile, self.data, results, self.ctx.today())
        box = QMessageBox(self)
        box.setWindowTitle(tr("Intake summary"))
        box.setText(tr("Save the summary as a PDF, or print it?"))
        save = box.addButton(tr("Save PDF…"), QMessageBox.ButtonRole.AcceptRole)
        printing = box.addButton(tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        stem = intake_summary_file_stem("", self.ctx.today())
        if box.clickedButton() is save:
            save_pdf(self, data, f"{stem}.pdf")
        elif box.clickedButton() is printing:
            print_pdf(self, data, tr("Intake summary"))
