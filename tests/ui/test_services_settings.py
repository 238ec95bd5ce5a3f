"""Settings → Services and hours: adding and editing services, the working week."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import calendar
from app.models import ServiceKind
from app.practice import fee_policy
from app.vault import Vault
from ui.controller import Controller
from ui.settings.services_page import ServicesSettings


@pytest.fixture
def page(
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> Iterator[ServicesSettings]:
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    window = controller.main_window
    assert window is not None
    window.show_area("Settings")
    window.settings.show_tab("services")
    yield window.settings.services


def test_a_new_vault_has_the_default_services(page: ServicesSettings) -> None:
    names = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert names == [
        "Free consultation",
        "Intake assessment",
        "Individual session",
        "Couples session",
    ]
    assert page.table.item(0, 2).text() == "no charge"


def test_adding_a_service_validates_then_saves(qtbot: QtBot, page: ServicesSettings) -> None:
    dialog = page.add()
    qtbot.keyClicks(dialog.name, "Report writing")
    qtbot.keyClicks(dialog.fee, "twelve")
    dialog.save()
    assert dialog.message.text()
    dialog.fee.setText("120")
    dialog.save()
    names = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert "Report writing" in names


def test_the_individual_fee_here_is_the_one_the_consent_quotes(page: ServicesSettings) -> None:
    row = next(i for i, s in enumerate(page.services) if s.kind == ServiceKind.INDIVIDUAL)
    page.table.selectRow(row)
    dialog = page.edit()
    assert dialog is not None
    dialog.fee.setText("165.00")
    dialog.save()
    with page.ctx.vault.session() as session:
        assert fee_policy(session).fee_individual == Decimal("165.00")
    page.table.selectRow(row)
    page.retire_or_restore()
    assert all(s.kind != ServiceKind.INDIVIDUAL for s in page.services)


def test_working_hours_are_saved(page: ServicesSettings) -> None:
    hours = page.hours
    friday, _start, _end = hours.days[4]
    friday.setChecked(False)
    hours.buffer.setValue(15)
    hours.save()
    with page.ctx.vault.session() as session:
        policy = calendar.schedule_policy(session)
    assert policy.hours[4] is None and policy.hours[0] is not None
    assert policy.min_buffer_minutes == 15
