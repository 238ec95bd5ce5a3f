"""Settings → Consent: fees quoted in the form, and editing the template as a new version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import consent
from app.vault import Vault
from ui.controller import Controller
from ui.settings.consent_page import ConsentSettings


@pytest.fixture
def page(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> Iterator[ConsentSettings]:
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    assert controller.main_window is not None
    controller.main_window.show_area("Settings")
    controller.main_window.settings.show_tab("consent")
    yield controller.main_window.settings.consent


def test_the_fee_entered_in_settings_appears_in_the_consent_text(
    qtbot: QtBot, page: ConsentSettings
) -> None:
    assert "version 1" in page.version.text()
    assert "[fee not set yet]" in page.preview.toPlainText()
    fees = page.fees
    fees.fields["fee_individual"].setText("165.5")
    fees.fields["late_cancel_fee"].setText("-3")
    fees.save()
    assert "Nothing was saved" in fees.status.text()
    assert fees.errors.message("late_cancel_fee")
    fees.fields["late_cancel_fee"].setText("80")
    fees.save()
    assert "Saved" in fees.status.text()
    assert "$165.50" in page.preview.toPlainText()


def test_editing_the_template_saves_a_new_version_and_shows_what_changed(
    qtbot: QtBot, page: ConsentSettings
) -> None:
    editor = page.edit()
    assert editor is not None
    editor.list.setCurrentRow(0)
    editor.body.setPlainText(editor.body.toPlainText() + "\n\nWe meet weekly at first.")
    editor.add_section()
    editor.title.setText("Parking")
    editor.body.setPlainText("Parking is free behind the building, {practice_nam}.")
    editor.submit()
    assert editor.isVisible() and "{practice_nam}" in editor.message.text()
    editor.body.setPlainText("Parking is free behind the building.")
    editor.submit()
    assert not editor.isVisible()
    assert "version 2" in page.version.text()
    assert "Parking is free" in page.preview.toPlainText()
    with page.ctx.vault.session() as session:
        versions = [t.version for t in consent.templates(session) if t.audience == "adult"]
    assert sorted(versions) == [1, 2]
    page.compare()
    text = page.compare_dialog.view.toPlainText()
    assert "Added: Parking" in text and "We meet weekly at first." in text
