"""The intake wizard, walked end to end: validation, a draft kept and resumed, screens, risk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from app import clients, intake, measures, prospects
from app.models import ProspectStatus
from app.practice import FeePolicy, set_fee_policy
from app.vault import Vault
from ui.controller import Controller
from ui.intake.wizard import (
    ClientPage,
    HistoryPage,
    IntakeWizard,
    ReasonsPage,
    ScreeningPage,
    SummaryPage,
)
from ui.main_window import MainWindow


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _answer(wizard: IntakeWizard, instrument_id: str, values: dict[str, int]) -> None:
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    sheet = page.sheets[instrument_id]
    for item_id, value in values.items():
        combo = sheet.inputs[item_id]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))


def _fill_to_screening(qtbot: QtBot, wizard: IntakeWizard, sex: str = "female") -> None:
    identity = wizard.currentPage()
    assert isinstance(identity, ClientPage)
    form = identity.form
    if not form.legal_first_name.text():
        qtbot.keyClicks(form.legal_first_name, "Ada")
        qtbot.keyClicks(form.legal_last_name, "Okafor")
    form.date_of_birth.set_value(date(1990, 4, 12))
    form.sex_for_norms.setCurrentIndex(form.sex_for_norms.findData(sex))
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # contacts: nothing required for an adult
    reasons = wizard.currentPage()
    assert isinstance(reasons, ReasonsPage)
    reasons.why_now.setPlainText("Panic attacks since a promotion at work.")
    _next(qtbot, wizard)
    history = wizard.currentPage()
    assert isinstance(history, HistoryPage)
    history.trauma_exposure.setCurrentIndex(history.trauma_exposure.findData("no"))
    _next(qtbot, wizard)
    assert isinstance(wizard.currentPage(), ScreeningPage)


def test_a_full_intake_for_an_enquiry_with_a_positive_audit_c(
    qtbot: QtBot, window: MainWindow
) -> None:
    with window.ctx.vault.session() as session:
        prospect_id, _ = prospects.create_prospect(
            session, prospects.ProspectInput("Ada Okafor", phone="415 555 0177")
        )
    wizard = window.start_intake(prospect_id=prospect_id)
    identity = wizard.currentPage()
    assert isinstance(identity, ClientPage)
    assert identity.form.legal_first_name.text() == "Ada"  # pre-filled from the enquiry

    # A validation error keeps the clinician on the page, with the field named.
    _next(qtbot, wizard)
    assert wizard.currentPage() is identity
    assert "date of birth" in identity.form.errors.message("date_of_birth").lower()

    _fill_to_screening(qtbot, wizard)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    assert set(screening.sheets) == set(intake.DEFAULT_SCREENS)
    _answer(wizard, "phq9", dict.fromkeys([str(i) for i in range(1, 10)], 0))
    _answer(wizard, "gad7", dict.fromkeys([str(i) for i in range(1, 8)], 1))
    _answer(wizard, "auditc", {"1": 3, "2": 1, "3": 1})  # 5: positive for anyone
    pcptsd = screening.sheets["pcptsd5"]
    gate = next(item.id for item in pcptsd.instrument.items if item.gate_closed_by)
    _answer(wizard, "pcptsd5", {gate: 0})
    _next(qtbot, wizard)

    summary_text = " ".join(
        w.text() for w in wizard.currentPage().findChildren(type(window.today.title))
    )
    assert "AUDIT-C" in summary_text and "follow-up" in summary_text
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.client_id is not None

    with window.ctx.vault.session() as session:
        _data, row = prospects.get_prospect(session, prospect_id)
        assert row.status == ProspectStatus.BECAME_CLIENT and row.client_id == wizard.client_id
        items = measures.follow_ups(session, wizard.client_id, open_only=True)
        assert [i.kind for i in items] == ["screen"]
        assert "AUDIT-C" in items[0].title or "alcohol" in items[0].title.lower()
        given = {a.instrument_id for a in measures.administrations(session, wizard.client_id)}
        assert given == set(intake.DEFAULT_SCREENS)

    # The new client's record is open and the positive screen is in its attention strip.
    overview = window.clients.overview
    assert window.pages.currentWidget() is window.clients
    strip = " ".join(w.text() for w in overview.attention.findChildren(type(window.today.title)))
    assert items[0].title in strip
    overview.tabs.setCurrentIndex(overview.tabs.count() - 2)  # Screening
    overview.follow_ups.selectRow(0)
    overview.resolve_selected()
    dialog = overview.resolve_dialog
    dialog.submit()
    assert dialog.isVisible() and "Write what was done" in dialog.message.text()
    dialog.note.setPlainText("Assessed: drinking within guidelines.")
    dialog.submit()
    assert not dialog.isVisible()
    with window.ctx.vault.session() as session:
        assert measures.follow_ups(session, wizard.client_id, open_only=True) == []


def test_cancel_keeps_a_draft_that_resumes_on_the_same_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = window.start_intake()
    identity = wizard.currentPage()
    assert isinstance(identity, ClientPage)
    qtbot.keyClicks(identity.form.legal_first_name, "Søren")
    qtbot.keyClicks(identity.form.legal_last_name, "Nielsen")
    identity.form.date_of_birth.set_value(date(1966, 11, 2))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    reasons = wizard.currentPage()
    assert isinstance(reasons, ReasonsPage)
    reasons.why_now.setPlainText("Grief after his wife's death.")
    wizard.ask_leave = lambda: "continue"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()  # "continue the intake"
    wizard.ask_leave = lambda: "keep"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    draft_id = wizard.draft_id
    assert draft_id is not None

    with window.ctx.vault.session() as session:
        drafts = intake.drafts(session)
        assert [(d.id, d.label, d.page) for d in drafts] == [(draft_id, "Søren Nielsen", 2)]
        assert clients.search_ids(session, clients.ClientQuery("nielsen")) == []
    window.today.refresh()
    assert window.today.drafts_card.isVisibleTo(window.today)

    resumed = window.start_intake(draft_id=draft_id)
    page = resumed.currentPage()
    assert isinstance(page, ReasonsPage)
    assert page.why_now.toPlainText() == "Grief after his wife's death."
    resumed.keep_draft()
    with window.ctx.vault.session() as session:
        assert [d.id for d in intake.drafts(session)] == [draft_id]  # the same draft, updated


def test_a_risk_answer_blocks_finish_until_acknowledged(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.start_intake()
    _fill_to_screening(qtbot, wizard, sex="male")
    answers = dict.fromkeys([str(i) for i in range(1, 9)], 1)
    answers["9"] = 1  # thoughts of self-harm on several days
    _answer(wizard, "phq9", answers)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    _next(qtbot, wizard)  # the other default screens have no answers yet
    assert wizard.currentPage() is screening
    assert "GAD-7" in screening.message.text() and "untick" in screening.message.text()
    for instrument_id in ("gad7", "auditc", "pcptsd5"):
        screening.choices[instrument_id].setChecked(False)
    _next(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    summary = wizard.currentPage()
    assert not summary.isComplete() and not finish.isEnabled()
    summary.acknowledgement.setPlainText("Seen. Safety plan agreed; crisis line numbers given.")
    assert summary.isComplete() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.client_id is not None
    with window.ctx.vault.session() as session:
        kinds = sorted(i.kind for i in measures.follow_ups(session, wizard.client_id))
    assert "risk" in kinds


def test_the_client_answers_on_the_laptop_and_only_the_passphrase_hands_it_back(
    qtbot: QtBot, window: MainWindow, passphrase: str
) -> None:
    wizard = window.start_intake()
    _fill_to_screening(qtbot, wizard)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    for instrument_id in ("phq9", "gad7", "pcptsd5"):
        screening.choices[instrument_id].setChecked(False)
    mode = screening.hand_to_client()
    assert mode.isVisible() and mode.isFullScreen()
    assert mode.question.text().startswith("How often do you have a drink")
    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    mode.close()
    assert mode.isVisible()  # neither Escape nor closing leaves client mode
    for value in (3, 1, 1):  # AUDIT-C, answered by pressing the big buttons
        mode.answer(value)
    assert mode.stack.currentIndex() == 1  # "please hand the laptop back"
    qtbot.keyClicks(mode.passphrase, "not the passphrase at all")
    mode.hand_back()
    qtbot.waitUntil(lambda: "not the clinician" in mode.unlock_message.text(), timeout=10_000)
    assert mode.isVisible()
    qtbot.keyClicks(mode.passphrase, passphrase)
    with qtbot.waitSignal(mode.sig_returned, timeout=10_000):
        mode.hand_back()
    sheet = screening.sheets["auditc"]
    assert sheet.current_score().total == 5
    assert sheet.answered_by.currentData() == "client"


def test_a_broken_instrument_file_is_named_on_today_and_the_rest_still_work(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    folder = closed_vault / "instruments"
    folder.mkdir()
    (folder / "my_scale.json").write_text('{"format": 1, "id": "my_scale"}', "utf-8")
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    window = controller.main_window
    assert window is not None
    lines = " ".join(
        w.text() for w in window.today.follow_card.findChildren(type(window.today.title))
    )
    assert "my_scale.json" in lines
    assert window.today.follow_card.isVisibleTo(window.today)
    wizard = window.start_intake()
    _fill_to_screening(qtbot, wizard)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    assert "phq9" in screening.choices and "my_scale" not in screening.choices
    wizard.ask_leave = lambda: "discard"
    wizard.reject()


def test_clicking_an_open_item_on_today_opens_the_client(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.start_intake()
    _fill_to_screening(qtbot, wizard)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    for instrument_id in ("phq9", "gad7", "pcptsd5"):
        screening.choices[instrument_id].setChecked(False)
    _answer(wizard, "auditc", {"1": 4, "2": 2, "3": 2})
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    window.show_area("Today")
    line = window.today.follow_lines.itemAt(1).widget()
    assert "Okafor, Ada" in line.text()
    line.linkActivated.emit(str(wizard.client_id))
    assert window.pages.currentWidget() is window.clients
    assert window.clients.overview.name.text() == "Okafor, Ada"


def test_finishing_the_intake_goes_on_to_the_consent(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.start_intake()
    _fill_to_screening(qtbot, wizard)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    for box in screening.choices.values():
        box.setChecked(False)
    _next(qtbot, wizard)
    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    assert not summary.sign_consent.isEnabled()  # the fees are not set yet
    assert "Settings → Consent" in summary.sign_consent.toolTip()
    wizard.back()
    with window.ctx.vault.session() as session:
        set_fee_policy(
            session, FeePolicy(Decimal("150"), Decimal("180"), Decimal("75"), Decimal("150"))
        )
    _next(qtbot, wizard)
    assert summary.sign_consent.isEnabled() and summary.sign_consent.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    signing = window.clients.overview.consent_tab.signing
    assert signing is not None and signing.isVisible()
    assert signing.plan.client_id == wizard.client_id
    signing._leave()
