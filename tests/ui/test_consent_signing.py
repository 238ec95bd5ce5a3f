"""Signing the consent on the laptop: read every section, initial, sign, countersign."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app import clients, consent, consents
from app.changes import Changed
from app.clients import ClientInput, GuardianInput
from app.models import ConsentAudience
from app.practice import FeePolicy, set_fee_policy
from app.vault import Vault
from ui.clients.overview import ClientOverview
from ui.consent.signing import CHANGES, CLINICIAN_PAGE, SECTION, ConsentSigning
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
        "ui.clients.consent_tab.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    assert overview.sign_consent() is None
    assert warnings and "Settings → Consent" in warnings[0]


def _sign_adult(qtbot: QtBot, overview: ClientOverview, passphrase: str) -> ConsentSigning:
    window = overview.sign_consent()
    assert window is not None
    _read_everything(qtbot, window)
    _draw(qtbot, window)
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.clinician_block.typed, "Dr Zebulon Canaryfield")
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(window.sig_finished, timeout=10_000):
        window.countersign()
    return window


def _status(overview: ClientOverview) -> consents.ConsentStatus:
    record = overview.record
    assert record is not None
    with overview.ctx.vault.session() as session:
        return consents.status(session, record.id, overview.ctx.today())


def test_re_consent_shows_what_changed_first_and_passes_unchanged_sections(
    qtbot: QtBot, overview_of: Callable[[ClientInput], ClientOverview], passphrase: str
) -> None:
    overview = overview_of(ClientInput("Ada", "Okafor", date(1990, 4, 12)))
    _sign_adult(qtbot, overview, passphrase)
    with overview.ctx.vault.session() as session:
        current = consent.current_template(session, ConsentAudience.ADULT)
        assert current is not None
        sections = list(current.sections)
        changed = sections[3]
        sections[3] = dataclasses.replace(
            changed, body=changed.body + "\n\nReminders come by text."
        )
        consent.save_new_version(session, ConsentAudience.ADULT, current.name, sections)
        set_fee_policy(
            session, FeePolicy(Decimal("160"), Decimal("180"), Decimal("75"), Decimal("150"))
        )
    overview.ctx.bus.publish(Changed.CLIENTS)
    assert _status(overview).kind == "outdated"
    assert overview.consent_button.text() == "Re-consent…"

    window = overview.sign_consent()
    assert window is not None
    assert window.stack.currentIndex() == CHANGES
    shown = window.changes_view.toPlainText()
    assert f"Changed: {changed.title}" in shown
    assert "Reminders come by text." in shown
    assert "160" in shown  # a changed fee shows even though the template's words did not
    qtbot.mouseClick(window.changes_next, Qt.MouseButton.LeftButton)
    unchanged = window.plan.unchanged_titles
    assert unchanged and changed.title not in unchanged
    for _ in window.plan.sections:
        qtbot.waitUntil(lambda: window._laid_out)
        if window.section.title in unchanged:
            assert window.unchanged_note.isVisible()
        else:
            bar = window.text.verticalScrollBar()
            bar.setValue(bar.maximum())
        if window.section.needs_initials:
            qtbot.keyClicks(window.initials_edit, "AO")
        assert window.next_button.isEnabled()
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.client_block.typed, "Ada Okafor")
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.clinician_block.typed, "Dr Zebulon Canaryfield")
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(window.sig_finished, timeout=10_000):
        window.countersign()
    status = _status(overview)
    assert status.kind == "signed" and status.version == 2
    assert overview.consent_tab.table.rowCount() == 2


def test_a_couple_each_initial_and_sign(
    qtbot: QtBot, overview_of: Callable[[ClientInput], ClientOverview], passphrase: str
) -> None:
    overview = overview_of(ClientInput("Dana", "Whitfield", date(1985, 2, 2)))
    partner_overview = overview_of(ClientInput("Sam", "Whitfield", date(1984, 7, 9)))
    assert partner_overview is overview  # the overview now shows Sam
    sam = overview.record
    assert sam is not None
    dialog = overview.consent_tab.choose_partner()
    assert dialog is not None
    qtbot.keyClicks(dialog.search, "Dana")
    assert dialog.matches.count() == 1
    dialog.choose()
    window = overview.consent_tab.signing
    assert window is not None and len(window.plan.signers) == 2
    assert window.plan.partners[0][1] == "Dana Whitfield"
    for _ in window.plan.sections:
        qtbot.waitUntil(lambda: window._laid_out)
        bar = window.text.verticalScrollBar()
        bar.setValue(bar.maximum())
        if window.section.needs_initials:
            qtbot.keyClicks(window.initials_edits[0], "SW")
            assert not window.next_button.isEnabled()  # both partners initial
            qtbot.keyClicks(window.initials_edits[1], "DW")
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.client_block.typed, "Sam Whitfield")
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert "both sign" in window.sign_message.text()
    qtbot.keyClicks(window.partner_blocks[0].typed, "Dana Whitfield")
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.clinician_block.typed, "Dr Zebulon Canaryfield")
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(window.sig_finished, timeout=10_000):
        window.countersign()
    with overview.ctx.vault.session() as session:
        dana_id = window.plan.partners[0][0]
        for client_id in (sam.id, dana_id):
            assert consents.status(session, client_id, overview.ctx.today()).kind == "signed"
        record_id = consents.status(session, sam.id, overview.ctx.today()).record_id
        assert record_id is not None
        text = _pdf_text(consents.stored_pdf(session, record_id))
    assert "Sam Whitfield and Dana Whitfield" in text
    assert "SW/DW" in text


def _pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _inked(data: bytes) -> list[bool]:
    """For each page: whether anything is drawn on it (not a blank white page)."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        return [min(bytes(pdf[i].render(scale=0.3).buffer)) < 128 for i in range(len(pdf))]
    finally:
        pdf.close()


def test_the_therapist_can_stop_from_any_page(
    qtbot: QtBot, overview_of: Callable[[ClientInput], ClientOverview], passphrase: str
) -> None:
    overview = overview_of(ClientInput("Ada", "Okafor", date(1990, 4, 12)))
    window = overview.sign_consent()
    assert window is not None
    qtbot.mouseClick(window.stop_link, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == CLINICIAN_PAGE
    assert not window.finish_button.isVisible() or not window.isVisible()
    window.countersign()  # nothing happens: the client has not signed
    assert window.result is None
    qtbot.mouseClick(window.back_to_form, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == SECTION
    window.ask_to_stop()
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(window.sig_cancelled, timeout=10_000):
        window.stop()
    assert _status(overview).kind == "none"


@pytest.fixture
def clean_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder as the temporary folder, for the test to check afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _print_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The print dialog "chooses" a PDF file printer writing to ``target``."""

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def test_the_signed_form_is_previewed_printed_and_saved_leaving_no_stray_files(
    qtbot: QtBot,
    overview_of: Callable[[ClientInput], ClientOverview],
    passphrase: str,
    tmp_path: Path,
    clean_temp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overview = overview_of(ClientInput("Ada", "Okafor", date(1990, 4, 12)))
    _sign_adult(qtbot, overview, passphrase)
    tab = overview.consent_tab
    assert tab.table.rowCount() == 1
    preview = tab.view_selected()
    assert preview is not None
    with overview.ctx.vault.session() as session:
        status = _status(overview)
        assert status.record_id is not None
        stored = consents.stored_pdf(session, status.record_id)
    pages = len(pypdfium2.PdfDocument(stored))
    assert len(preview.pages) == pages >= 2
    for image in preview.pages:
        assert not image.isNull() and image.pixelColor(5, 5).name() == "#ffffff"
        corner = image.copy(0, 0, image.width() // 2, image.height() // 8)  # the letterhead
        assert any(
            corner.pixelColor(x, y).lightness() < 128
            for x in range(0, corner.width(), 2)
            for y in range(0, corner.height(), 2)
        )

    printed = tmp_path / "printer" / "out.pdf"
    printed.parent.mkdir()
    _print_to(monkeypatch, printed)
    assert preview.print_document()
    assert _inked(printed.read_bytes()) == [True] * pages

    saved = tmp_path / "saved" / "consent"
    saved.parent.mkdir()
    monkeypatch.setattr(
        "ui.documents.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(saved), "")
    )
    path = preview.save_document()
    assert path == saved.with_suffix(".pdf") and path.read_bytes() == stored
    preview.close()
    assert list(clean_temp.iterdir()) == []


def test_blank_form_paper_scan_and_revocation(
    qtbot: QtBot,
    overview_of: Callable[[ClientInput], ClientOverview],
    tmp_path: Path,
    clean_temp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overview = overview_of(ClientInput("Ada", "Okafor", date(1990, 4, 12)))
    tab = overview.consent_tab
    blank = tab.blank_form()
    assert blank is not None and len(blank.pages) >= 2
    printed = tmp_path / "blank.pdf"
    _print_to(monkeypatch, printed)
    assert blank.print_document()
    assert _inked(printed.read_bytes()) == [True] * len(blank.pages)
    blank.close()

    dialog = tab.attach_paper()
    assert dialog is not None
    dialog.attach()
    assert "Choose the scanned form" in dialog.message.text()
    not_a_scan = tmp_path / "notes.txt"
    not_a_scan.write_text("hello")
    dialog.set_path(not_a_scan)
    dialog.attach()
    assert "PDF, PNG or JPEG" in dialog.message.text()
    scan = tmp_path / "scan.png"
    image = QImage(400, 560, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    assert image.save(str(scan))
    dialog.set_path(scan)
    dialog.attach()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _status(overview).kind == "on_paper"
    assert tab.table.rowCount() == 1 and "paper" in tab.table.item(0, 2).text()
    preview = tab.view_selected()
    assert preview is not None and len(preview.pages) == 1
    assert not preview.pages[0].isNull()
    preview.close()

    revoke = tab.revoke_selected()
    assert revoke is not None
    revoke.revoke()
    assert "reason" in revoke.message.text()
    qtbot.keyClicks(revoke.reason, "Withdrew consent by letter")
    revoke.revoke()
    assert _status(overview).kind == "revoked"
    assert "Revoked on" in tab.table.item(0, 3).text()
    assert not tab.revoke_button.isEnabled()
    assert list(clean_temp.iterdir()) == []
