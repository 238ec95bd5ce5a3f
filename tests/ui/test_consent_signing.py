"""Signing the consent on the laptop: read every section, initial, sign, countersign."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import clients, consents
from app.clients import ClientInput, GuardianInput
from app.practice import FeePolicy, set_fee_policy
from app.vault import Vault
from ui.clients.overview import ClientOverview
from ui.consent.signing import ConsentSigning
from ui.controller import Controller

from .conftest import FakeClock


@pytest.fixture
def overview_of(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    clock: FakeClock,
    type_and_unlock: Callable[[Controller, str], None],
) -> Iterator[Callable[[ClientInput], ClientOverview]]:
    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    window = controller.main_window
    assert window is not None

    def open_client(data: ClientInput) -> ClientOverview:
        with window.ctx.vault.session() as session:
            fees = FeePolicy(Decimal("150"), Decimal("180"), Decimal("75"), Decimal("150"))
            set_fee_policy(session, fees)
            client_id, _ = clients.create_client(session, data, window.ctx.today())
        window.open_client(client_id)
        return window.clients.overview

    yield open_client


def _read_everything(qtbot: QtBot, window: ConsentSigning) -> None:
    for _ in window.plan.sections:
        assert window.stack.currentIndex() == 0
        assert not window.next_button.isEnabled()  # nothing is passed unread
        bar = window.text.verticalScrollBar()
        qtbot.waitUntil(lambda w=window: w._laid_out)
        if bar.maximum() > 0:
            assert not window.next_button.isEnabled()  # not before reading to the end
            bar.setValue(bar.maximum())
        if window.section.needs_initials:
            assert not window.next_button.isEnabled()  # not before initialling
            qtbot.keyClicks(window.initials_edit, "AO")
        assert window.next_button.isEnabled()
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def _draw(qtbot: QtBot, window: ConsentSigning) -> None:
    pad = window.client_block.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 90))
    for x, y in ((80, 60), (120, 100), (160, 50), (200, 95)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 95))


def test_an_adult_reads_initials_and_signs_and_the_clinician_countersigns(
    qtbot: QtBot, overview_of: Callable[[ClientInput], ClientOverview], passphrase: str
) -> None:
    overview = overview_of(ClientInput("Ada", "Okafor", date(1990, 4, 12)))
    assert "No signed consent" in " ".join(
        label.text() for label in overview.attention.findChildren(type(overview.name))
    )
    window = overview.sign_consent()
    assert window is not None and window.isFullScreen()
    window.resize(1000, 700)
    window.close()
    assert window.isVisible()  # the client cannot close it
    _read_everything(qtbot, window)
    assert window.stack.currentIndex() == 1
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert "Please sign" in window.sign_message.text()
    _draw(qtbot, window)
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 2

    qtbot.keyClicks(window.clinician_block.typed, "Dr Zebulon Canaryfield")
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    window.countersign()
    qtbot.waitUntil(lambda: "not the clinician" in window.clinician_message.text(), timeout=10_000)
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(window.sig_finished, timeout=10_000):
        window.countersign()
    QApplication.processEvents()
    assert not window.isVisible()

    record = overview.record
    assert record is not None
    with overview.ctx.vault.session() as session:
        status = consents.status(session, record.id, overview.ctx.today())
        assert status.kind == "signed" and status.version == 1
        assert status.record_id is not None
        pdf = consents.stored_pdf(session, status.record_id)
        assert pdf.startswith(b"%PDF")
        assert consents.reproduce_pdf(session, status.record_id) == pdf
    assert "Consent signed (version 1)" in " ".join(
        label.text() for label in overview.attention.findChildren(type(overview.name))
    )


def test_a_guardian_signs_for_a_minor(
    qtbot: QtBot, overview_of: Callable[[ClientInput], ClientOverview], passphrase: str
) -> None:
    overview = overview_of(
        ClientInput(
            "Ben",
            "Jonas",
            date(2014, 5, 1),
            guardians=(
                GuardianInput("Ann Jonas", "mother", pays=True),
                GuardianInput("Tom Jonas", "stepfather", can_consent=False),
            ),
        )
    )
    window = overview.sign_consent()
    assert window is not None
    assert window.plan.guardians == ("Ann Jonas",)  # only a guardian who can consent
    _read_everything(qtbot, window)
    qtbot.keyClicks(window.client_block.typed, "Ann Jonas")
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    _draw_clinician = window.clinician_block
    qtbot.keyClicks(_draw_clinician.typed, "Dr Zebulon Canaryfield")
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(window.sig_finished, timeout=10_000):
        window.countersign()
    record = overview.record
    assert record is not None
    with overview.ctx.vault.session() as session:
        assert consents.status(session, record.id, overview.ctx.today()).kind == "signed"


def test_signing_waits_until_the_fees_are_set(
    qtbot: QtBot,
    overview_of: Callable[[ClientInput], ClientOverview],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overview = overview_of(ClientInput("Ada", "Okafor", date(1990, 4, 12)))
    with overview.ctx.vault.session() as session:
        set_fee_policy(session, FeePolicy())  # every fee "not set"
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.clients.overview.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    assert overview.sign_consent() is None
    assert warnings and "Settings → Consent" in warnings[0]
