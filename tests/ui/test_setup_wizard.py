"""The first-run wizard, clicked through end to end on a real (new) vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.practice import get_profile
from app.vault import Vault
from ui.controller import Controller

PASSPHRASE = "lantern orchard velvet kettle"


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_creates_the_practice_and_opens_the_main_window(
    qtbot: QtBot, controller_factory: Callable[[Path], Controller], data_dir: Path
) -> None:
    controller = controller_factory(data_dir)
    controller.start(None)
    wizard = controller.wizard
    assert wizard is not None and controller.state == "setup"

    form = wizard.practice_page.form
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the names are needed first
    qtbot.keyClicks(form.practice_name, "Harbour Light Counselling")
    qtbot.keyClicks(form.clinician_name, "Dr. Maya Okafor")
    qtbot.keyClicks(form.phone, "+44 20 7946 0958")
    assert next_button.isEnabled()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase_page

    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirmation, PASSPHRASE)
    assert "Strong" in page.meter.verdict() or "strong" in page.meter.verdict()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.recovery_page

    recovery = wizard.recovery_page
    assert not next_button.isEnabled()  # until the code is said to be stored
    assert wizard.emergency_kit_pdf().startswith(b"%PDF")
    recovery.panel.stored.click()
    assert next_button.isEnabled()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.finish_page
    assert not data_dir.joinpath("practice.rapport").exists()  # nothing written before Finish

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=20_000)
    main = controller.main_window
    assert main is not None and main.isVisible()
    assert "Harbour Light Counselling" in main.windowTitle()
    assert controller.vault is not None
    with controller.vault.session() as session:
        saved = get_profile(session)
    assert saved.clinician_name == "Dr. Maya Okafor"
    assert saved.phone == "+44 20 7946 0958"

    # The recovery code shown in the wizard opens the practice.
    plan = wizard.plan
    controller.vault.close()
    controller.vault = None
    with Vault.open(data_dir) as reopened:
        report = reopened.unlock_with_recovery_code(plan.recovery_code)
        assert report.must_change_passphrase


def test_wizard_keeps_the_clinician_on_the_page_with_a_message_per_field(
    qtbot: QtBot, controller_factory: Callable[[Path], Controller], data_dir: Path
) -> None:
    controller = controller_factory(data_dir)
    controller.start(None)
    wizard = controller.wizard
    assert wizard is not None
    form = wizard.practice_page.form
    qtbot.keyClicks(form.practice_name, "Harbour Light Counselling")
    qtbot.keyClicks(form.clinician_name, "Dr. Maya Okafor")
    qtbot.keyClicks(form.phone, "12345")
    qtbot.keyClicks(form.email, "maya@")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.practice_page
    assert "phone number" in form.errors.message("phone")
    assert "e-mail" in form.errors.message("email")

    form.phone.clear()
    form.email.clear()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase_page

    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.confirmation, "short")
    assert "more characters needed" in page.meter.verdict()
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert "at least 12 characters" in page.errors.message("passphrase")

    page.passphrase.clear()
    page.confirmation.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirmation, PASSPHRASE + "x")
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert "not the same" in page.errors.message("confirmation")


def test_cancelling_the_wizard_leaves_nothing_behind(
    qtbot: QtBot, controller_factory: Callable[[Path], Controller], data_dir: Path
) -> None:
    controller = controller_factory(data_dir)
    controller.start(None)
    wizard = controller.wizard
    assert wizard is not None
    with qtbot.waitSignal(wizard.finished):
        wizard.reject()
    assert not data_dir.joinpath("practice.rapport").exists()
    assert not data_dir.joinpath("practice.keys").exists()
