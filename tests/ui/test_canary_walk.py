"""A working day with a canary client, through the app, leaves the canary nowhere in plain text.

The client is created, charted, written about in a signed note, billed with an
invoice printed to a PDF printer, backed up and exported (encrypted), and the
practice locked; then every file under the test's folder — the practice folder
with its backups, the temporary folder, home, caches, settings and logs — is
searched for the canary in UTF-8 and UTF-16. Only the files the clinician saved
on purpose (the printed invoice) may hold it. Network connections are refused
throughout (tests/conftest.py).
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from app import billing, clients, logs, notes
from app.clients import ClientInput, DiagnosisInput
from app.documents.billing_documents import render_invoice
from app.interop.export import export_practice
from app.practice import get_profile
from app.vault.backup import SUFFIX, make_backup
from tests.app.billing_practice import charge_of, held, invoice, open_practice
from ui.documents import DocumentPreview
from ui.main_window import MainWindow

CANARIES = ["Zephyrina", "Quillbottom-Canary", "zephyrina.q@example.org", "5550177"]


def _leaks(root: Path, allowed: set[Path]) -> list[str]:
    needles = [c.encode(e) for c in CANARIES for e in ("utf-8", "utf-16-le", "utf-16-be")]
    return [
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and path not in allowed and any(n in path.read_bytes() for n in needles)
    ]


@pytest.fixture
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Home, caches, settings and the temporary folder all inside the test's folder."""
    home = tmp_path / "home"
    for name in ("tmp", ".cache", ".config", ".local/share", ".local/state"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    for variable, folder in (
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    return home


def test_a_day_with_a_canary_client_leaves_no_plain_trace(
    qtbot: QtBot,
    main_window: MainWindow,
    private_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logs.configure(private_home / ".local/state/rapport-logs")
    ctx = main_window.ctx
    vault = ctx.vault
    day = date(2026, 11, 20)
    with vault.session() as session:
        open_practice(session)
        client_id, _ = clients.create_client(
            session,
            ClientInput(
                "Zephyrina",
                "Quillbottom-Canary",
                date(1984, 6, 2),
                phone="(415) 555-0177",
                email="zephyrina.q@example.org",
                diagnoses=(DiagnosisInput("F41.1"),),
                clinical_summary="Zephyrina worries about everything at work.",
            ),
            day,
        )
        appointment_id = held(session, client_id, day)
        invoice_id = invoice(session, client_id, (charge_of(session, appointment_id).id,), day)
        notes.ensure_builtin_templates(session)
        template = next(t for t in notes.templates(session) if t.name == "Free-form")
        note_id = notes.start_note(session, client_id, template.id, day, appointment_id)
        view = notes.get_note(session, note_id)
        sections = [replace(s, text="Zephyrina spoke about her sister.") for s in view.sections]
        notes.save_draft(session, note_id, sections, view.revision)
        notes.sign(session, note_id, "Dr Canary", datetime(2026, 11, 20, 12, tzinfo=UTC), UTC)

    # On screen: the client's record, chart and account.
    main_window.open_client(client_id)
    overview = main_window.clients.overview
    for name in ("Chart", "Billing", "Notes"):
        for index in range(overview.tabs.count()):
            if overview.tabs.tabText(index) == name:
                overview.tabs.setCurrentIndex(index)
                qtbot.wait(50)

    # On paper: the invoice, printed to a PDF printer the clinician chose.
    with vault.session() as session:
        pdf = render_invoice(
            get_profile(session),
            billing.billing_settings(session),
            billing.get_invoice(session, invoice_id),
            day,
        )
    printed = tmp_path / "chosen by the clinician" / "invoice.pdf"
    printed.parent.mkdir()

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    preview = DocumentPreview(pdf, "Invoice", "Invoice.pdf", main_window)
    qtbot.addWidget(preview)
    assert preview.print_document()
    preview.close()
    assert printed.stat().st_size > 0

    # Kept safe: a backup in the practice folder, and the whole practice exported.
    make_backup(vault, vault.files.backups / f"canary{SUFFIX}", ctx.now())
    (tmp_path / "exported").mkdir()
    export_practice(
        vault,
        tmp_path / "exported" / "practice.7z",
        "an export passphrase of its own",
        psychotherapy_notes=True,
        today=day + timedelta(days=1),
    )
    with vault.engine.connect() as connection:  # sorting and temporary tables stay in memory
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2
    logging.getLogger("rapport").info("the working day is over")
    main_window.sig_lock_requested.emit()
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=10_000)

    assert _leaks(tmp_path, allowed={printed}) == []
