"""``make bench``: build a synthetic practice and time what a clinician waits on.

Each row is measured against its budget from DESIGN.md and, where one exists,
against a reference measured in the same run (a bare PySide6 window, a raw SQL
query, plain SQLite). Run with ``--scale small|10y|large``.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtCore import QEvent, QObject
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

import app.demo
import app.demo_billing
import app.demo_data
import app.demo_notes
from app import (
    billing,
    billing_reports,
    calendar,
    clients,
    consent,
    migrations,
    notes,
    outcomes,
    prospects,
)
from app.clients import ClientInput, ClientQuery, get_client
from app.demo import DEFAULT_SEED, DEMO_PASSPHRASE, DEMO_TODAY, SCALES, create_demo_vault
from app.documents.billing_documents import render_invoice
from app.documents.consent_form import ConsentDocument, Signature, render_consent
from app.documents.progress_report import render_progress_report
from app.instruments import Instrument, load_all
from app.intake import IntakeData
from app.interop.export import ExportReport, export_practice
from app.models import Administration, Appointment, Charge, Client, Invoice, InvoiceLine, Note
from app.paths import DATABASE_NAME, KEYFILE_NAME
from app.practice import ProfileInput, get_profile
from app.scoring import score
from app.text import fold, like_pattern, search_tokens
from app.vault import KdfPolicy, Vault, backup, crypto
from app.vault.engine import CONNECTION_PRAGMAS, open_connection
from app.vault.keyfile import NEW_PAGE_SIZE, PASSPHRASE
from tests.benchmarks.harness import Report, Row, sample
from tests.memory_keyring import MemoryKeyring
from ui import style
from ui.bus import Bus
from ui.calendar.page import CalendarPage
from ui.clients.chart_tab import ChartTab
from ui.context import AppContext
from ui.documents import DocumentPreview, paint_pdf
from ui.intake.wizard import IntakeWizard
from ui.main_window import MainWindow
from ui.session.workspace import SessionWorkspace
from ui.tasks import TaskRunner

BENCH_DIR = Path(".bench")
#: Where `make bench` writes its table as JSON.
RESULTS_FILE = Path("bench-results.json")
#: The client-list rows are measured on DESIGN.md's ten-year practice and on ten times its people.
SEARCH_SCALES = ("10y", "large")
#: The calendar rows run on the ten-year practice of DESIGN.md's budgets.
CALENDAR_SCALE = "10y"
#: What the list view shows first, before it fetches more.
FIRST_PAGE = 100  # ui.clients.list_model.PAGE: the rows the list reads first
#: The groups of rows ``--only`` can choose.
GROUPS = (
    "unlock",
    "lists",
    "calendar",
    "notes",
    "outcomes",
    "chart",
    "billing",
    "backup",
    "key",
    "memory",
    "cipher",
    "export",
    "scoring",
    "documents",
)


def _generator_fingerprint(scale: str) -> str:
    """Changes whenever the demo generator, the file format or the schema does: a stale
    practice is rebuilt."""
    schema = migrations.head_revision()
    digest = hashlib.sha256(f"{scale} {DEFAULT_SEED} {NEW_PAGE_SIZE} {schema}".encode())
    for module in (app.demo, app.demo_data, app.demo_notes, app.demo_billing):
        assert module.__file__ is not None
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def demo_vault(scale: str) -> Path:
    """The bench practice for ``scale``, made once with the standard (slow) key derivation."""
    folder = BENCH_DIR / scale
    stamp = BENCH_DIR / f"{scale}.generator"
    fingerprint = _generator_fingerprint(scale)
    current = stamp.exists() and stamp.read_text() == fingerprint
    if not (current and (folder / "practice.rapport").exists()):
        if folder.exists():
            print(f"The demo generator changed: rebuilding {folder}.", flush=True)
            shutil.rmtree(folder)
        print(f"Building the {scale} demo practice in {folder} (once)…", flush=True)
        started = time.perf_counter()
        create_demo_vault(folder, scale, policy=KdfPolicy.standard()).close()
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
        stamp.write_text(fingerprint)
    return folder


def time_opening(app: QApplication, make: Callable[[], QWidget], runs: int) -> list[float]:
    """Milliseconds to build and show a window ``make`` returns (closed again between runs)."""
    opened: list[QWidget] = []

    def open_one() -> None:
        window = make()
        window.show()
        app.processEvents()
        opened.append(window)

    def close_all() -> None:
        for window in opened:
            window.hide()
            window.deleteLater()
        opened.clear()
        app.processEvents()

    samples = sample(open_one, runs, setup=close_all)
    close_all()
    return samples


def bench_kdf(report: Report, vault: Vault, runs: int) -> None:
    slot = vault._keyfile.slot(PASSPHRASE)
    assert slot is not None and slot.argon2 is not None
    params = slot.argon2
    secret = crypto.normalise_passphrase(DEMO_PASSPHRASE)
    report.add(
        Row(
            "key derivation (Argon2id, calibrated)",
            sample(lambda: crypto.derive_argon2(secret, slot.salt, params), runs),
            note=(
                f"{params.memory_kib // 1024} MiB, t={params.time_cost}, p={params.parallelism}"
                " — aimed at about 1 s; not a budget, the floor is RFC 9106's second option"
            ),
        )
    )


def bench_unlock_to_window(app: QApplication, report: Report, vault: Vault, runs: int) -> float:
    bus, tasks = Bus(), TaskRunner()
    windows: list[QMainWindow] = []

    def bare() -> None:
        window = QMainWindow()
        window.setCentralWidget(QWidget())
        window.resize(1180, 760)
        window.show()
        app.processEvents()
        windows.append(window)

    def close_all() -> None:
        for window in windows:
            window.close()
            window.deleteLater()
        windows.clear()
        app.processEvents()
        if vault.is_unlocked:
            vault.lock()

    bare_samples = sample(bare, runs, setup=close_all)
    close_all()
    reference = sorted(bare_samples)[len(bare_samples) // 2]

    def unlock_and_show() -> None:
        unlock_report = vault.unlock_with_device(check_now=False)  # as the window unlocks
        window = MainWindow(AppContext(vault, bus, tasks), unlock_report)
        window.show()
        app.processEvents()
        windows.append(window)

    samples = sample(unlock_and_show, runs, setup=close_all)
    close_all()
    report.add(
        Row(
            "unlock (after the KDF) to usable main window",
            samples,
            budget_ms=1000,
            reference="bare PySide6 window",
            reference_ms=reference,
            note="opens the database, migrations check, audit-chain check, window; the file's "
            "integrity check runs beside it (next row)",
        )
    )
    vault.unlock_with_device(check_now=False)
    try:
        checks = sample(lambda: vault.check_after_unlock(), max(1, runs // 3))
    finally:
        vault.lock()
    report.add(
        Row(
            "integrity check after unlock (beside the window)",
            checks,
            note=f"every page's authentication code and quick_check of "
            f"{vault.files.database.stat().st_size / 1e6:,.0f} MB on a connection of its own; "
            "nobody waits for it (a damaged file locks the practice and offers a backup)",
        )
    )
    return reference


# ------------------------------------------------------------ the client list


def typing_script(session: Session, seed: int = DEFAULT_SEED) -> tuple[list[str], list[str]]:
    """What a clinician types: three real last names from the demo (without their accents),
    letter by letter, six letters each; then the last four digits of a real phone number
    (not the whole "555-01xx": every fictional number shares that, no real practice's do).

    Returns (keystrokes, the words typed).
    """
    rng = random.Random(seed)
    lasts = session.scalars(select(Client.legal_last_name).distinct())
    candidates = sorted(
        {
            fold(last)
            for last in lasts
            if fold(last).isalpha() and len(fold(last)) >= 6 and fold(last) != last.casefold()
        }
    )
    words = [name[:6] for name in rng.sample(candidates, 3)]
    phones = sorted(p for p in session.scalars(select(Client.phone).where(Client.phone.like("(%"))))
    words.append(rng.choice(phones)[-4:])  # "0142"
    return [word[:i] for word in words for i in range(1, len(word) + 1)], words


def _raw_search(connection: Connection, text: str, statuses: list[str]) -> list[int]:
    """The list's search as plain SQL: the first window, as the list asks for it."""
    tokens = search_tokens(text)
    # Only "?" placeholders are put into the text; every value is a parameter.
    marks = ", ".join("?" * len(statuses))
    likes = " AND search_text LIKE ? ESCAPE '\\'" * len(tokens)
    where = f"FROM client WHERE status IN ({marks}){likes}"
    params = (*statuses, *(like_pattern(t) for t in tokens))
    sql = f"SELECT id {where} ORDER BY sort_name, id LIMIT {FIRST_PAGE}"
    return [row[0] for row in connection.exec_driver_sql(sql, params)]


def _raw_rows(connection: Connection, ids: list[int]) -> list[tuple[object, ...]]:
    """The first page's rows as plain SQL: what :func:`clients.rows` asks SQLite for."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))  # placeholders only; the ids are parameters
    found = list(
        connection.exec_driver_sql(
            "SELECT id, legal_first_name, legal_last_name, preferred_name, code, status,"  # noqa: S608
            " date_of_birth, phone, email, last_service_on"
            f" FROM client WHERE id IN ({marks})",
            tuple(ids),
        )
    )
    tags = list(
        connection.exec_driver_sql(
            "SELECT client_tag.client_id, tag.name FROM client_tag"  # noqa: S608
            " JOIN tag ON tag.id = client_tag.tag_id"
            f" WHERE client_tag.client_id IN ({marks}) ORDER BY tag.name",
            tuple(ids),
        )
    )
    return [tuple(r) for r in found] + [tuple(r) for r in tags]


def bench_client_search(report: Report, session: Session, label: str, rounds: int) -> None:
    keystrokes, words = typing_script(session)
    query_statuses = sorted(ClientQuery().statuses)
    connection = session.connection()

    def orm(text: str) -> None:
        ids = clients.search_page(session, ClientQuery(text), 0, FIRST_PAGE)
        clients.rows(session, ids, DEMO_TODAY)

    def raw(text: str) -> None:
        ids = _raw_search(connection, text, query_statuses)
        _raw_rows(connection, ids[:FIRST_PAGE])

    for text in keystrokes:  # warm up: the first search after unlock reads the pages in
        orm(text)
        raw(text)
    orm_ms: list[float] = []
    raw_ms: list[float] = []
    for _ in range(rounds):
        for text in keystrokes:  # interleaved, so that both see the same machine load
            orm_ms.extend(sample(partial(orm, text), 1))
            raw_ms.extend(sample(partial(raw, text), 1))
    matches = [len(clients.search_ids(session, ClientQuery(k))) for k in keystrokes]
    report.add(
        Row(
            f"client search per keystroke, p95 ({label})",
            orm_ms,
            budget_ms=10,
            budget_on="p95",
            reference="raw SQL, same connection",
            reference_ms=sorted(raw_ms)[len(raw_ms) // 2],
            note=(
                f"search_page + rows, the list's first {FIRST_PAGE} (a broad search's total is "
                "counted off the GUI thread); typed "
                f"{', '.join(repr(w) for w in words)} letter by letter "
                f"({len(keystrokes)} keystrokes x {rounds}); "
                f"{min(matches):,}–{max(matches):,} matches"
            ),
        )
    )


def _raw_overview(connection: Connection, client_id: int) -> None:
    one = (client_id,)
    for sql in (
        "SELECT * FROM client WHERE id = ?",
        "SELECT * FROM guardian WHERE client_id = ? ORDER BY id",
        "SELECT * FROM diagnosis WHERE client_id = ? ORDER BY id",
        "SELECT * FROM treatment_goal WHERE client_id = ? ORDER BY id",
        "SELECT tag.id, tag.name FROM client_tag JOIN tag ON tag.id = client_tag.tag_id"
        " WHERE client_tag.client_id = ? ORDER BY tag.name",
        "SELECT * FROM audit_entry WHERE record_type = 'client' AND record_id = CAST(? AS TEXT)"
        " ORDER BY id DESC",
        "SELECT * FROM prospect WHERE client_id = ?",
    ):
        connection.exec_driver_sql(sql, one).all()
    connection.exec_driver_sql("SELECT * FROM setting").all()


def bench_client_overview(report: Report, vault: Vault, label: str, runs: int) -> None:
    with vault.session() as session:
        every = list(session.scalars(select(Client.id).order_by(Client.id)))
    picks = random.Random(DEFAULT_SEED).sample(every, min(len(every), runs))

    def overview(client_id: int) -> Callable[[], None]:
        def run() -> None:  # as the overview does it: one session, three services
            with vault.session() as session:
                clients.get_client(session, client_id, DEMO_TODAY)
                clients.history(session, client_id)
                prospects.prospects_of_client(session, client_id)

        return run

    def raw(client_id: int) -> Callable[[], None]:
        def run() -> None:
            with vault.session() as session:
                _raw_overview(session.connection(), client_id)

        return run

    for client_id in picks[:5]:  # warm up
        overview(client_id)()
        raw(client_id)()
    samples: list[float] = []
    reference: list[float] = []
    for client_id in picks:
        samples.extend(sample(overview(client_id), 1))
        reference.extend(sample(raw(client_id), 1))
    report.add(
        Row(
            f"open a client overview ({label})",
            samples,
            budget_ms=50,
            reference="raw SQL, same queries",
            reference_ms=sorted(reference)[len(reference) // 2],
            note=(
                f"get_client + history + prospects_of_client, {len(picks)} random clients,"
                " a session each (as the overview screen)"
            ),
        )
    )


def bench_client_list(report: Report, folder: Path, runs: int) -> None:
    """The client-list rows for the practice in ``folder``."""
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            count = session.scalar(select(func.count(Client.id))) or 0
            label = f"{count:,} clients"
            bench_client_search(report, session, label, rounds=max(3, runs))
        bench_client_overview(report, vault, label, runs=max(40, 10 * runs))


# ------------------------------------------------------------------- scoring

#: DESIGN.md's ten-year practice: 150,000 survey administrations.
ADMINISTRATIONS = 150_000
#: How often each shipped instrument is given: a check-in before and an evaluation after
#: most sessions, the PHQ-9 and GAD-7 every few sessions, the screens at intake.
INSTRUMENT_MIX = {
    "session_checkin": 30,
    "session_evaluation": 30,
    "phq9": 15,
    "gad7": 15,
    "auditc": 3,
    "pcptsd5": 3,
    "phq2": 2,
    "gad2": 2,
}
Answers = dict[str, int | None]


def realistic_answers(instrument: Instrument, rng: random.Random, severity: float) -> Answers:
    """One form as a client fills it in: answers near ``severity`` (0–1), one in 50 incomplete.

    Free-text items are left out, as the app keeps them apart from the scored answers.
    """
    if instrument.direction == "higher_is_better":
        severity = 1 - severity / 3  # session evaluations sit near the top of the scale
    answers: Answers = {}
    for item in instrument.items:
        if item.open_text:
            continue
        values = sorted(item.values)
        place = severity * (len(values) - 1) + rng.gauss(0, 0.7)
        answers[item.id] = values[max(0, min(len(values) - 1, round(place)))]
        if item.is_gate and answers[item.id] in item.gate_closed_by:
            return answers  # the rest is not asked
    if rng.random() < 0.02:
        answers[rng.choice(instrument.scoring_items or tuple(answers))] = None
    return answers


def scoring_workload(seed: int = DEFAULT_SEED) -> list[tuple[Instrument, Answers, str]]:
    """150,000 (instrument, answers, sex) triples in the ten-year practice's mix."""
    rng = random.Random(seed)
    shipped = load_all().instruments
    chosen = [shipped[i] for i in INSTRUMENT_MIX]
    weights = list(itertools.accumulate(INSTRUMENT_MIX.values()))
    sexes = ("female", "male", "")
    return [
        (instrument, realistic_answers(instrument, rng, rng.betavariate(2, 3)), rng.choice(sexes))
        for instrument in rng.choices(chosen, cum_weights=weights, k=ADMINISTRATIONS)
    ]


def bench_scoring(report: Report, runs: int) -> None:
    workload = scoring_workload()

    def score_all() -> None:
        for instrument, answers, sex in workload:
            score(instrument, answers, sex)

    def plain_sum() -> None:
        for _, answers, _ in workload:
            sum(v for v in answers.values() if v is not None)

    score_all()  # warm up: each instrument's scoring plan is worked out once
    reference = sample(plain_sum, runs)
    invalid = sum(not score(i, a, s).valid for i, a, s in workload)
    report.add(
        Row(
            f"scoring {ADMINISTRATIONS:,} administrations",
            sample(score_all, runs),
            budget_ms=2000,
            reference="plain Python sum",
            reference_ms=sorted(reference)[len(reference) // 2],
            note=(
                "app.scoring.score over every shipped instrument in the ten-year mix "
                f"({', '.join(f'{k} {v} %' for k, v in INSTRUMENT_MIX.items())}); "
                f"checks every answer, gates, cut-offs by sex, bands, risk; {invalid:,} incomplete"
            ),
        )
    )


def bench_intake_wizard(app: QApplication, report: Report, vault: Vault, runs: int) -> None:
    """Opening the intake wizard on an unlocked practice (its pages, the screens' sheets)."""
    ctx = AppContext(vault, Bus(), TaskRunner())
    ctx.instruments()  # read once at unlock, as the main window does
    blank = ClientInput(legal_first_name="", legal_last_name="", date_of_birth=None)
    samples = time_opening(app, lambda: IntakeWizard(ctx, IntakeData(client=blank)), runs)
    report.add(Row("open the intake wizard", samples, budget_ms=200))


def bench_consent_pdf(report: Report, runs: int) -> bytes:
    """The default adult consent, filled in, with a drawn and a typed signature."""
    template = next(t for t in consent.default_templates().templates if t.audience == "adult")
    values = dict.fromkeys(consent.PLACEHOLDERS, "…")
    values.update(fee_individual="$150.00", fee_couples="$180.00", late_cancel_fee="$75.00")
    sections = [
        consent.RenderedSection(s.title, consent.fill(s.body, values), s.needs_initials)
        for s in template.sections
    ]
    wave = tuple((i / 60, 0.12 + 0.06 * ((i * 7) % 5) / 5) for i in range(60))
    document = ConsentDocument(
        profile=ProfileInput("Harbour Light Counselling", "Dr. Maya Okafor"),
        template_name=template.name,
        template_version=1,
        audience="adult",
        sections=sections,
        client_name="Zoë Łukasiewicz",
        client_code="C0001",
        client_date_of_birth=DEMO_TODAY.replace(year=1990),
        initials={s.title: "ZŁ" for s in template.sections if s.needs_initials},
        signatures=(
            Signature("Client", "Zoë Łukasiewicz", DEMO_TODAY, strokes=(wave,)),
            Signature("Clinician", "Dr. Maya Okafor", DEMO_TODAY, typed="Maya Okafor"),
        ),
    )
    render_consent(document)  # fonts are read once per process
    report.add(
        Row(
            "consent PDF in memory",
            sample(lambda: render_consent(document), runs),
            budget_ms=150,
            note=f"the default adult template ({len(sections)} sections), initials, two signatures",
        )
    )
    return render_consent(document)


def bench_print_preview(app: QApplication, report: Report, pdf: bytes, runs: int) -> None:
    """The preview shown before printing: every page drawn by PDFium, on screen."""
    pages = len(DocumentPreview(pdf, "Consent", "consent.pdf").pages)
    samples = time_opening(app, lambda: DocumentPreview(pdf, "Consent", "consent.pdf"), runs)
    report.add(
        Row(
            f"print preview of the signed consent ({pages} pages)",
            samples,
            budget_ms=500 * max(1, pages) / 4,
            note="budget 500 ms for 4 pages, scaled to the page count",
        )
    )

    with tempfile.TemporaryDirectory() as folder:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
        report.add(
            Row(
                f"print the signed consent ({pages} pages)",
                sample(lambda: paint_pdf(printer, pdf), max(3, runs // 3)),
                note="pages drawn by PDFium at the printer's resolution onto a PDF-file printer",
            )
        )


# ------------------------------------------------------------------ calendar


def _busiest_week(vault: Vault) -> date:
    """The Monday of the week with the most appointments (what the clinician waits on most)."""
    with vault.session() as session:
        starts = session.scalars(select(Appointment.start_utc)).all()
    weeks: dict[date, int] = {}
    for start in starts:
        monday = start.date() - timedelta(days=start.weekday())
        weeks[monday] = weeks.get(monday, 0) + 1
    return max(weeks, key=lambda monday: (weeks[monday], monday))


def bench_calendar(app: QApplication, report: Report, folder: Path, runs: int) -> None:
    """The calendar views, the conflict check and expanding a series, on ``folder``'s practice."""
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            total = session.scalar(select(func.count(Appointment.id))) or 0
        label = f"{total:,} appointments"
        ctx = AppContext(vault, Bus(), TaskRunner())
        monday = _busiest_week(vault)
        page = CalendarPage(ctx)
        page.resize(1200, 800)
        page.show()
        page.anchor = monday
        app.processEvents()

        def draw(view: str) -> None:
            page.set_view(view)  # shown (so that its paint is measured too) and refreshed
            target = page.month if view == "month" else page.grid
            target.repaint()

        for view, budget in (("week", 30.0), ("month", 60.0)):
            draw(view)
            shown = len(page.month.by_day) if view == "month" else len(page.grid.appointments)
            what = f"{shown} days with appointments" if view == "month" else f"{shown} appointments"
            report.add(
                Row(
                    f"render the calendar {view} ({what})",
                    sample(partial(draw, view), runs * 3),
                    budget_ms=budget,
                    note=f"query, layout and paint: the busiest week of {label}"
                    + (", and its month" if view == "month" else ""),
                )
            )
        page.hide()
        page.deleteLater()
        app.processEvents()

        zone = ctx.zone()
        rng = random.Random(7)
        with vault.session() as session:
            first = session.scalar(select(func.min(Appointment.start_utc)))
            last = session.scalar(select(func.max(Appointment.start_utc)))
            assert first is not None and last is not None
            span = int((last - first).total_seconds() // 900)

            def check() -> None:
                start = first + timedelta(minutes=15 * rng.randrange(span))
                calendar.conflicts(session, start, start + timedelta(minutes=50), 10)

            report.add(
                Row(
                    "conflict check",
                    sample(check, runs * 20),
                    budget_ms=5,
                    budget_on="p95",
                    note=f"a 50-minute slot anywhere in {label}",
                )
            )
            after = datetime.combine(DEMO_TODAY, datetime.min.time()).replace(tzinfo=zone)
            report.add(
                Row(
                    "find the next 8 free slots",
                    sample(lambda: calendar.find_slots(session, 50, after, 8, 10), runs),
                    budget_ms=100,
                    note="50 minutes with a 10-minute buffer, from the demo's today",
                )
            )
        weekly = calendar.Recurrence(calendar.Repeat.WEEKLY, until=date(2029, 12, 31))
        first_start = datetime(2027, 1, 4, 17, 0)
        report.add(
            Row(
                "expand a 3-year weekly series",
                sample(lambda: calendar.expand(weekly, first_start, zone), runs * 5),
                budget_ms=10,
                note="local 17:00 kept across every daylight-saving change",
            )
        )


# --------------------------------------------------------------------- notes

SEARCHES = ("panic", "sleep hygiene", "homework", "exposure", "breath", "avoid team")


def bench_notes(app: QApplication, report: Report, folder: Path, runs: int) -> None:
    """Autosave, full-text search and opening the session workspace, on ``folder``'s practice."""
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            total = session.scalar(select(func.count(Note.id))) or 0
            draft = notes.unsigned_notes(session)[0]
            note = notes.get_note(session, draft.id)
        label = f"{total:,} notes"
        words = " ".join(f"word{i % 500}" for i in range(2000))
        revision = [note.revision]

        def autosave() -> None:
            sections = [
                notes.NoteSection(s.key, s.title, f"{words} {revision[0]}", s.prompt)
                for s in note.sections[:1]
            ] + list(note.sections[1:])
            with vault.session() as session:
                revision[0] = notes.save_draft(session, note.id, sections, revision[0])

        report.add(
            Row(
                "note autosave, durable (2,000 words)",
                sample(autosave, runs * 10),
                budget_ms=5,
                note="one transaction, committed to disk (WAL, synchronous=FULL); p95 budget 20 ms",
            )
        )
        queries = itertools.cycle(SEARCHES)
        with vault.session() as session:
            report.add(
                Row(
                    f"full-text search over {label}",
                    sample(lambda: notes.search(session, next(queries)), runs * 4),
                    budget_ms=50,
                    note="FTS5 inside the encrypted file, the 50 newest hits with snippets: "
                    + ", ".join(SEARCHES),
                )
            )
            appointment_id = session.scalar(
                select(Note.appointment_id)
                .where(Note.appointment_id.is_not(None), Note.kind == "progress")
                .order_by(Note.session_date.desc())
                .limit(1)
            )
        assert appointment_id is not None
        ctx = AppContext(vault, Bus(), TaskRunner())
        ctx.instruments()
        samples = time_opening(app, lambda: SessionWorkspace(ctx, appointment_id), runs)
        report.add(
            Row(
                "open the session workspace",
                samples,
                budget_ms=150,
                note="header, check-in, follow-ups, homework, the note and its template",
            )
        )


# ------------------------------------------------------------------ outcomes


def _busiest_client(session: Session) -> tuple[int, int]:
    """The client with the most administrations, and how many they have."""
    busiest, given = session.execute(
        select(Administration.client_id, func.count(Administration.id))
        .group_by(Administration.client_id)
        .order_by(func.count(Administration.id).desc())
        .limit(1)
    ).one()
    return int(busiest), int(given)


def bench_outcomes(report: Report, folder: Path, runs: int) -> None:
    """The chart of the busiest client, the radar for every active client, practice outcomes."""
    instruments = load_all().instruments
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            busiest, given = _busiest_client(session)
            report.add(
                Row(
                    f"open a client's chart ({given} administrations)",
                    sample(lambda: outcomes.client_chart(session, busiest, instruments), runs * 3),
                    budget_ms=50,
                    note="every instrument's series, change, reliable change, recovery, the strip",
                )
            )
            chart = outcomes.client_chart(session, busiest, instruments)
            record = get_client(session, busiest, DEMO_TODAY)
            profile = get_profile(session)
            report.add(
                Row(
                    "progress report PDF",
                    sample(
                        lambda: render_progress_report(
                            profile, record, chart, instruments, None, "", DEMO_TODAY
                        ),
                        runs,
                    ),
                    budget_ms=300,
                    note=f"the busiest client ({given} administrations): charts, table, summary",
                )
            )
            active = session.scalar(select(func.count(Client.id)).where(Client.status == "active"))
            report.add(
                Row(
                    f"needs attention, every active client ({active:,})",
                    sample(
                        lambda: outcomes.needs_attention(session, DEMO_TODAY, instruments), runs
                    ),
                    budget_ms=200,
                    note="the eight rules, snoozes left out",
                )
            )
            since = DEMO_TODAY.replace(year=DEMO_TODAY.year - 10)
            report.add(
                Row(
                    "practice outcomes over 10 years",
                    sample(
                        lambda: outcomes.practice_outcomes(session, since, DEMO_TODAY, instruments),
                        max(3, runs // 3),
                    ),
                    budget_ms=1000,
                    note="improvement, recovery, deterioration, evaluations, conversion, sessions",
                )
            )


class PaintCounter(QObject):
    """Counts the paint events a widget receives, to prove a timed run painted it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def bench_chart_screen(app: QApplication, report: Report, folder: Path, runs: int) -> None:
    """The client's Chart tab, drawn on screen for the client with the most administrations."""
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            busiest, given = _busiest_client(session)
        ctx = AppContext(vault, Bus(), TaskRunner())
        ctx.instruments()
        tab = ChartTab(ctx)
        tab.resize(1200, 900)
        tab.show()
        tab.show_client(busiest)  # the panels are made once, then reused
        app.processEvents()

        paints = PaintCounter(tab.graphics.viewport())

        def draw() -> None:
            tab.show_client(busiest)
            app.processEvents()  # lays the panels out and paints them once

        timings = sample(draw, runs)
        if paints.count < runs:
            raise RuntimeError("the chart was not painted in every run")
        report.add(
            Row(
                f"open a client's chart on screen ({given} administrations)",
                timings,
                budget_ms=50,
                note="query, every panel filled, laid out and painted (budget for 200)",
            )
        )
        tab.hide()
        tab.deleteLater()
        app.processEvents()


def bench_billing(report: Report, folder: Path, runs: int) -> None:
    """A client's balance, the outstanding list, a year's income and CSV, an invoice's PDF."""
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            busiest, charged = session.execute(
                select(Charge.client_id, func.count(Charge.id))
                .group_by(Charge.client_id)
                .order_by(func.count(Charge.id).desc())
                .limit(1)
            ).one()
            report.add(
                Row(
                    f"a client's balance ({charged} charges over the years)",
                    sample(lambda: billing.balance(session, busiest), runs * 3),
                    budget_ms=10,
                    note="charged, waived, paid, written off, due, not invoiced, credit",
                )
            )
            invoices = session.scalar(select(func.count(Invoice.id))) or 0
            report.add(
                Row(
                    f"outstanding list with ageing ({invoices:,} invoices)",
                    sample(lambda: billing_reports.outstanding(session, DEMO_TODAY), runs * 3),
                    budget_ms=100,
                    note="every client with an invoice still due, by age",
                )
            )
            year, in_year = session.execute(
                select(func.extract("year", Charge.on_date), func.count(Charge.id))
                .group_by(func.extract("year", Charge.on_date))
                .order_by(func.count(Charge.id).desc())
                .limit(1)
            ).one()
            report.add(
                Row(
                    f"income report for a year ({in_year:,} charges)",
                    sample(lambda: billing_reports.income_report(session, int(year)), runs),
                    budget_ms=200,
                    note="by month, by service, payments by method",
                )
            )
            report.add(
                Row(
                    f"accountant's CSV for a year ({int(year)})",
                    sample(lambda: billing_reports.export_csv(session, int(year)), runs),
                    note="invoices with their lines, voids, payments, write-offs",
                )
            )
            invoice_id, lines = session.execute(
                select(InvoiceLine.invoice_id, func.count(InvoiceLine.id))
                .group_by(InvoiceLine.invoice_id)
                .order_by(func.count(InvoiceLine.id).desc(), InvoiceLine.invoice_id)
                .limit(1)
            ).one()

            def invoice_pdf() -> bytes:
                return render_invoice(
                    get_profile(session),
                    billing.billing_settings(session),
                    billing.get_invoice(session, invoice_id),
                    DEMO_TODAY,
                )

            invoice_pdf()  # fonts are read once per process
            report.add(
                Row(
                    f"invoice PDF ({lines} lines)",
                    sample(invoice_pdf, runs * 2),
                    budget_ms=100,
                    note="read from the vault and rendered in memory, letterhead and totals",
                )
            )
            session.rollback()  # the exports' audit entries are not kept


def bench_backup(report: Report, folder: Path, runs: int) -> None:
    """A full encrypted backup, made and checked, and the check of a backup file alone."""
    with Vault.open(folder) as vault, tempfile.TemporaryDirectory() as scratch:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        made: list[backup.BackupInfo] = []
        counter = itertools.count()

        def make() -> None:
            target = Path(scratch) / f"bench-{next(counter)}{backup.SUFFIX}"
            made.append(backup.make_backup(vault, target, datetime.now(UTC)))

        timings = sample(make, max(3, runs // 3))
        size = made[-1].size / 1e6
        report.add(
            Row(
                "full encrypted backup",
                timings,
                budget_ms=2000,
                note=f"the file copied as it is, every page authenticated and every table "
                f"counted, archived with its hashes ({size:.0f} MB)",
            )
        )
        report.add(
            Row(
                "verify a backup file",
                sample(
                    lambda: backup.verify_backup(made[-1].path, DEMO_PASSPHRASE, Path(scratch)),
                    max(3, runs // 3),
                ),
                budget_ms=2000,
                note="the key from the passphrase beside the archive's hashes "
                "(a restore checks every page again)",
            )
        )


def bench_memory(report: Report, folder: Path, runs: int = 2) -> None:
    """Resident memory after opening the practice and browsing every area (own process)."""
    samples = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.memory", str(folder)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        samples.append(float(done.stdout.strip().splitlines()[-1]))
    report.add(
        Row(
            "resident memory after browsing every area",
            samples,
            budget_ms=300,
            unit="MB",
            note="unlock, the main window, each area once, the busiest client's record on "
            "every tab (a process of its own)",
        )
    )


def bench_key_replacement(report: Report, folder: Path) -> None:
    """Re-encrypting the whole practice under a new data key, on a copy of it."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "practice"
        copy.mkdir()
        for name in (DATABASE_NAME, KEYFILE_NAME, KEYFILE_NAME + ".bak"):
            if (folder / name).exists():
                shutil.copy2(folder / name, copy / name)
        with Vault.open(copy) as vault:
            vault.unlock_with_passphrase(DEMO_PASSPHRASE)
            size = vault.files.database.stat().st_size / 1e6
            timings = sample(lambda: vault.rotate_data_key(DEMO_PASSPHRASE), 3)
        report.add(
            Row(
                "replace the data key (re-encrypt every page)",
                timings,
                note=f"PRAGMA rekey of {size:.0f} MB with the key slots written before "
                "and after (no budget; Settings → Security, rarely used)",
            )
        )


def bench_export(report: Report, folder: Path) -> None:
    """The full export of the practice into an encrypted 7z archive, once (it takes a while)."""
    with Vault.open(folder) as vault, tempfile.TemporaryDirectory() as scratch:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        made: list[ExportReport] = []

        def run() -> None:
            # From the practice itself, as the window exports it (its chart summaries drawn
            # by a second process); each run adds its entry to the practice's audit log.
            target = Path(scratch) / f"export-{len(made)}.7z"
            made.append(
                export_practice(
                    vault,
                    target,
                    "bench export passphrase",
                    psychotherapy_notes=True,
                    today=DEMO_TODAY,
                )
            )

        timings = sample(run, 1)
        done = made[-1]
        report.add(
            Row(
                f"full export, encrypted 7z ({done.clients:,} clients)",
                timings,
                budget_ms=30_000,
                note=(
                    f"{sum(done.rows.values()):,} rows as CSV and JSON, {done.charts:,} chart "
                    f"summaries, {done.consent_documents:,} consents: {done.size / 1e6:.0f} MB "
                    "(one run)"
                ),
            )
        )


def _mixed_workload(conn: Any) -> None:
    """Writes in small transactions, then indexed reads and an aggregate (a working day's mix)."""
    rnd = random.Random(11)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, client_id INTEGER, "
        "written TEXT, body TEXT)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS ix_note_client ON note (client_id, written)")
    conn.execute("DELETE FROM note")
    body = " ".join(f"word{i}" for i in range(300))
    for _batch in range(40):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO note (client_id, written, body) VALUES (?, ?, ?)",
            [(rnd.randrange(500), f"2027-01-{1 + n % 28:02d}", body) for n in range(50)],
        )
        conn.execute("COMMIT")
    for _ in range(400):
        conn.execute(
            "SELECT id, written, length(body) FROM note WHERE client_id = ? ORDER BY written",
            (rnd.randrange(500),),
        ).fetchall()
    conn.execute("SELECT client_id, count(*), max(written) FROM note GROUP BY client_id").fetchall()


def bench_cipher_overhead(report: Report, runs: int) -> None:
    """The same mixed workload on a practice file as Rapport makes it and on a plain SQLite file.

    The encrypted file has the cipher page size of a new practice; the plain
    file SQLite's defaults. A second plain file with the same page size as the
    encrypted one shows how much of the difference is the page size.
    """
    with tempfile.TemporaryDirectory() as scratch:
        key = crypto.new_data_key()
        encrypted = open_connection(Path(scratch) / "encrypted.db", key, page_size=NEW_PAGE_SIZE)
        plain = sqlite3.connect(Path(scratch) / "plain.db", isolation_level=None)
        same_pages = sqlite3.connect(Path(scratch) / "plain-same-pages.db", isolation_level=None)
        same_pages.execute(f"PRAGMA page_size = {NEW_PAGE_SIZE}")
        for pragma in CONNECTION_PRAGMAS:
            plain.execute(pragma)
            same_pages.execute(pragma)
        try:
            reference = sample(lambda: _mixed_workload(plain), runs)
            measured = sample(lambda: _mixed_workload(encrypted), runs)
            alike = sample(lambda: _mixed_workload(same_pages), runs)
        finally:
            for conn in (encrypted, plain, same_pages):
                conn.close()
    plain_ms = statistics.median(reference)
    alike_ms = statistics.median(alike)
    report.add(
        Row(
            "SQLCipher against plain SQLite, one mixed workload",
            measured,
            budget_ms=1.3 * plain_ms,
            reference="plain SQLite, same PRAGMAs",
            reference_ms=plain_ms,
            note="2,000 notes written in 40 transactions, 400 indexed reads, a grouped count "
            f"(budget 1.3x the plain file; {NEW_PAGE_SIZE // 1024} KB cipher pages — plain "
            f"SQLite with {NEW_PAGE_SIZE // 1024} KB pages too: {alike_ms:.0f} ms, "
            f"{statistics.median(measured) / alike_ms:.2f}x)",
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=sorted(SCALES), default="10y")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--only",
        nargs="+",
        choices=GROUPS,
        help="measure only these groups of rows (the table and JSON hold only them)",
    )
    args = parser.parse_args(argv)
    wanted = set(args.only or GROUPS)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style.apply(app)
    folder = demo_vault(args.scale)
    list_scales = dict.fromkeys((*SEARCH_SCALES, args.scale)) if "lists" in wanted else {}
    list_folders = [demo_vault(name) for name in list_scales]
    keyring.set_keyring(MemoryKeyring())
    scale = SCALES[args.scale]
    report = Report(
        f"Rapport benchmark — scale {scale.name} ({scale.clients:,} clients over "
        f"{scale.years} years; appointments, notes, surveys and billing), in {folder};"
        f" client-list rows also on {', '.join(str(f) for f in list_folders if f != folder)}"
    )
    if "unlock" in wanted:
        with Vault.open(folder) as vault:
            _bench_unlock_group(app, report, vault, args.runs)
    ten_years = demo_vault(CALENDAR_SCALE)

    def lists() -> None:
        for list_folder in list_folders:
            bench_client_list(report, list_folder, args.runs)

    groups: dict[str, Callable[[], object]] = {
        "lists": lists,
        "calendar": lambda: bench_calendar(app, report, ten_years, args.runs),
        "notes": lambda: bench_notes(app, report, ten_years, args.runs),
        "outcomes": lambda: bench_outcomes(report, ten_years, args.runs),
        "chart": lambda: bench_chart_screen(app, report, ten_years, args.runs),
        "billing": lambda: bench_billing(report, ten_years, args.runs),
        "backup": lambda: bench_backup(report, ten_years, args.runs),
        "key": lambda: bench_key_replacement(report, ten_years),
        "memory": lambda: bench_memory(report, ten_years),
        "cipher": lambda: bench_cipher_overhead(report, args.runs),
        "export": lambda: bench_export(report, ten_years),
        "scoring": lambda: bench_scoring(report, runs=5),
        "documents": lambda: bench_print_preview(
            app, report, bench_consent_pdf(report, args.runs), args.runs
        ),
    }
    for name, measure in groups.items():
        if name in wanted:
            measure()
    print()
    print(report.render())
    report.write_json(RESULTS_FILE)
    print(f"\nThe same table as JSON: {RESULTS_FILE}")
    return 0


def _bench_unlock_group(app: QApplication, report: Report, vault: Vault, runs: int) -> None:
    """Key derivation, unlock to the window, and the intake wizard (which needs the unlock)."""
    bench_kdf(report, vault, runs=3)
    vault.unlock_with_passphrase(DEMO_PASSPHRASE)
    vault.enable_device_unlock()
    vault.lock()
    try:
        bench_unlock_to_window(app, report, vault, runs)
        vault.unlock_with_device()
        bench_intake_wizard(app, report, vault, runs)
    finally:
        if vault.is_unlocked:
            vault.disable_device_unlock()
        else:
            vault.unlock_with_device()
            vault.disable_device_unlock()


if __name__ == "__main__":
    raise SystemExit(main())
