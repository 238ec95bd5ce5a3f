"""The full export of a practice: every record, readable without Rapport, in one encrypted archive.

For a clinician who moves to other software, or who leaves instructions for a
professional executor: every client's record, enquiries, the calendar,
notes (psychotherapy notes only when asked for), questionnaires with every
answer, treatment plans, homework, consents, billing and the audit log — as
CSV and as JSON, one file per kind of record, with a ``README.txt`` that
describes every file and every column in plain words; and for each client a
folder named by the client's code (never the name) holding a chart summary
and the consent documents as they were signed.

Everything is packed into a 7z archive encrypted with AES-256 (names of the
files inside too) under a passphrase the clinician chooses; 7-Zip, Keka,
p7zip or PeaZip open it. The archive is written under a temporary name beside
the target, member by member from memory — no plain copy of anything touches
the disk — and renamed into place when it is complete; a failure, a full disk
or a cancel leaves nothing behind. :func:`export_practice_to_folder` writes
the same files as a plain folder: it exists for a clinician who explicitly
asks for it, and the caller warns them first.

The per-client PDF is a chart summary (:mod:`app.interop.export_charts`), not
the full progress report, which would take minutes for a ten-year practice.

The tables give the archive's thread most of what it compresses, the chart
summaries little: while that thread is behind with a big table, the export takes
charts rather than wait for it, so that both of the machine's cores work. A
large practice's charts are drawn by a second process meanwhile
(:mod:`app.interop.chart_process`); a small one's are drawn here.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import errno
import gc
import glob
import io
import json
import os
import shutil
import sys
import textwrap
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, consents
from app._version import __version__
from app.errors import DiskFull, RapportError, ValidationError
from app.instruments import Instrument, load_all
from app.interop.chart_process import ChartProcess, ChartProcessFailed
from app.interop.export_charts import ProcessSetting, chart_summaries
from app.interop.export_tables import (
    TABLES,
    ClientFacts,
    ConsentFile,
    Run,
    Table,
    json_row,
    prepare,
    table_lines,
)
from app.models import Client, ConsentRecord
from app.paths import ensure_private_dir, fsync_dir
from app.vault import Vault, begin_reading, crypto
from app.words import marked, words

FORMAT = "rapport.practice-export/1"
SUFFIX = ".7z"
README_NAME = "README.txt"
MANIFEST_NAME = "manifest.json"
CHART_NAME = "chart.pdf"
#: A partial export older than this was left by a process that stopped; it is removed.
STALE_PARTIAL_SECONDS = 3600


def _filters() -> list[dict[str, int]]:
    """LZMA2 at its fastest preset, then AES-256: CSV and JSON still shrink about
    fifteenfold, in a fraction of the time of 7-Zip's default preset."""
    import py7zr  # loaded for an export only: the window never needs it otherwise

    return [
        {"id": py7zr.FILTER_LZMA2, "preset": 0},
        {"id": py7zr.FILTER_CRYPTO_AES256_SHA256},
    ]


#: Bytes of members that may wait to be compressed when the export makes a table's files:
#: what it holds in memory beyond the table it is making. Enough for the next table to be
#: made while the notes' files are compressed; the export's most memory is while it makes
#: the notes' files themselves (about 740 MB for ten years), whatever this is.
_WAITING_BYTES = 256 * 1024 * 1024
#: Bytes compressed and encrypted at a time (py7zr's default is 32 kB): each step takes
#: the interpreter back from the export's own thread, so fewer, larger steps.
_BLOCK_SIZE = 8 * 1024 * 1024

#: How long a thread may keep the interpreter while another waits for it, during an export.
#: The archive's thread takes the interpreter back between each step of compressing and
#: encrypting; at Python's usual 5 ms it waits more than it works while the export's own
#: thread draws charts and writes tables.
_SWITCH_SECONDS = 0.0005
_SWITCH_INTERVAL = ProcessSetting(sys.getswitchinterval, sys.setswitchinterval)
#: Allocations between two collections of the youngest objects, during an export. At
#: Python's usual 700 the export's millions of short-lived rows and values bring a full
#: collection of every object in the process forty times, a tenth of the export's time.
_YOUNG_OBJECTS = 50_000
_COLLECTIONS = ProcessSetting(gc.get_threshold, lambda threshold: gc.set_threshold(*threshold))

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
SessionFactory = Callable[[], AbstractContextManager[Session]]


class ExportCancelled(RapportError):
    default_message = marked("The export was cancelled. No file was written.")


class ExportFailed(RapportError):
    default_message = marked("The export could not be written. No file was left behind.")


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote: where, how much, and how long it took."""

    path: Path
    encrypted: bool
    psychotherapy_notes: bool
    #: Rows in each table (its CSV and its JSON file hold the same rows), by table name.
    rows: dict[str, int]
    #: Every file in the export, by its name inside it: its size in bytes (uncompressed).
    files: dict[str, int]
    clients: int
    charts: int
    #: How many of the chart summaries a second process drew beside the export (0: none).
    charts_beside: int
    consent_documents: int
    #: Bytes on disk: the archive, or every file of a plain folder.
    size: int
    seconds: float


# ================================================================= writing


class _Sink:
    """Where the export's files go: an encrypted archive, or (asked for) a plain folder."""

    encrypted = True

    def add(self, name: str, data: bytes) -> None:
        raise NotImplementedError

    def make_room(self, room: int, meanwhile: Callable[[], bool] | None = None) -> None:
        """Wait until no more than ``room`` bytes of the files added wait to be written.

        While they wait, ``meanwhile()`` is called (as long as it returns true: it has
        done something) rather than waiting idle.
        """

    def finish(self) -> None:
        """Make the export complete and put it in place under its name."""
        raise NotImplementedError

    def discard(self) -> None:
        """Remove everything written so far (never raises)."""
        raise NotImplementedError

    def size(self) -> int:
        raise NotImplementedError


def _partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _clear_leftovers(target: Path) -> None:
    """Remove what an export to the same name left when its process was stopped half-way.

    Only once an hour old, as with backups: a younger one may be another export still
    being written. A killed export of a plain folder would otherwise leave records on disk.
    """
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.partial"):
        with contextlib.suppress(OSError):
            if leftover.lstat().st_mtime >= cutoff:
                continue
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink()


def _create_private(path: Path) -> IO[bytes]:
    """A new file only its owner may read (an existing one is never opened)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "w+b")


class _ArchiveSink(_Sink):
    """A 7z archive, AES-256 encrypted with its file names, written beside the target.

    Members are compressed and encrypted on a thread of their own, in the order they
    were added, while the export goes on with the next file: LZMA and AES let go of
    the interpreter, so the two share the machine's cores. :meth:`make_room` waits for
    that thread (or has other work done meanwhile); an error it meets is raised by the
    next :meth:`add`, :meth:`make_room` or by :meth:`finish`.
    """

    def __init__(self, target: Path, passphrase: str) -> None:
        self.target = target
        self.partial = _partial_name(target)
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-7z")
        self.waiting: deque[tuple[Future[None], int]] = deque()
        self.waiting_bytes = 0
        _clear_leftovers(target)
        try:
            self.raw = _create_private(self.partial)
        except BaseException:
            self.writer.shutdown()
            raise
        try:
            import py7zr

            self.archive = py7zr.SevenZipFile(
                self.raw,
                "w",
                filters=_filters(),
                password=passphrase,
                header_encryption=True,
                blocksize=_BLOCK_SIZE,
            )
        except BaseException:
            self.discard()
            raise

    def add(self, name: str, data: bytes) -> None:
        self._written()
        self.waiting.append((self.writer.submit(self._write, name, data), len(data)))
        self.waiting_bytes += len(data)

    def make_room(self, room: int, meanwhile: Callable[[], bool] | None = None) -> None:
        self._written()
        while self.waiting_bytes > room:
            if meanwhile is None or not meanwhile():
                self._written(room)
            self._written()

    def _write(self, name: str, data: bytes) -> None:
        # Read through a buffered reader: py7zr sizes a BytesIO through its buffer, which
        # makes a BytesIO copy the bytes it shares (all of a table's file, once more).
        member = io.BufferedReader(io.BytesIO(data))
        self.archive.writef(member, name)
        # py7zr keeps every member's stream until the archive is closed; the data is
        # compressed and written by now, so closing the stream lets the memory go.
        member.close()

    def _written(self, room: int | None = None) -> None:
        """Wait until no more than ``room`` bytes wait to be written (None: no wait); let go
        of what is written, and raise what went wrong."""
        while self.waiting and (
            (room is not None and self.waiting_bytes > room) or self.waiting[0][0].done()
        ):
            future, size = self.waiting.popleft()
            self.waiting_bytes -= size
            future.result()

    def finish(self) -> None:
        self._written(0)
        self.writer.shutdown()
        self.archive.close()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        os.replace(self.partial, self.target)
        fsync_dir(self.target.parent)

    def discard(self) -> None:
        # The member being written is finished (it cannot be stopped half-way); the rest
        # are dropped.
        self.writer.shutdown(wait=True, cancel_futures=True)
        self.waiting.clear()
        with contextlib.suppress(OSError, ValueError):
            self.raw.close()
        with contextlib.suppress(OSError):
            self.partial.unlink()

    def size(self) -> int:
        return self.target.stat().st_size


class _FolderSink(_Sink):
    """A plain folder: made under a temporary name beside the target, renamed when complete."""

    encrypted = False

    def __init__(self, target: Path) -> None:
        self.target = target
        self.partial = _partial_name(target)
        _clear_leftovers(target)
        self.partial.mkdir(mode=0o700)
        self.total = 0

    def add(self, name: str, data: bytes) -> None:
        path = self.partial.joinpath(*name.split("/"))
        ensure_private_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        self.total += len(data)

    def finish(self) -> None:
        if self.target.exists():
            raise FileExistsError(errno.EEXIST, "exists already", str(self.target))
        os.replace(self.partial, self.target)
        fsync_dir(self.target.parent)

    def discard(self) -> None:
        shutil.rmtree(self.partial, ignore_errors=True)

    def size(self) -> int:
        return self.total


def _table_files(table: Table, run: Run) -> tuple[bytes, bytes, int]:
    """The table's CSV and JSON files, and its number of rows.

    The JSON file is ``{"table", "columns", "data"}``: the column names once,
    then one list of values per row, in the columns' order — a third of the
    size of one object per row, for the same content.
    """
    header = io.StringIO(newline="")
    names = [c.name for c in table.columns]
    csv.writer(header, lineterminator="\r\n").writerow(names)
    csv_out = io.BytesIO()
    csv_out.write(header.getvalue().encode("utf-8"))
    json_out = io.BytesIO()
    head = json_row({"table": table.name, "columns": names})
    json_out.write(head[:-1].encode("utf-8") + b', "data": [')
    count = 0
    # A batch of rows at a time: one write of each file's text for all of them.
    for lines in table_lines(table, run):
        if not lines.rows:
            continue
        csv_out.write(lines.csv.encode("utf-8"))
        json_out.write(((",\n  " if count else "\n  ") + lines.json).encode("utf-8"))
        count += lines.rows
    json_out.write(b"\n]}\n" if count else b"]}\n")
    return csv_out.getvalue(), json_out.getvalue(), count


def _consent_document(run: Run, item: ConsentFile) -> bytes:
    pdf, scan = run.session.execute(
        select(ConsentRecord.pdf, ConsentRecord.scan).where(ConsentRecord.id == item.consent_id)
    ).one()
    if item.on_paper:
        return bytes(scan or b"")
    if pdf:
        return bytes(pdf)
    return consents.reproduce_pdf(run.session, item.consent_id)


# ================================================================= README


_WIDTH = 78

_INTRO = """\
This is a full export of a practice kept in Rapport: every client's record,
the enquiries, the calendar, session notes, questionnaires with every answer,
treatment plans, homework, consents, billing and the audit log. It is made to
be read without Rapport: by the clinician who moves to other software, by a
colleague who takes over the practice, or by a professional executor.

It holds confidential health information. Keep it encrypted; do not e-mail
it or leave an unpacked copy on a shared computer."""

_OPENING = """\
The archive is a 7z file encrypted with AES-256, its file names included. It
opens with 7-Zip (Windows), Keka or The Unarchiver (macOS), p7zip or PeaZip
(Linux) and the passphrase chosen when it was made. Without the passphrase it
cannot be opened, and there is no way to recover a forgotten one: keep it
where the people who may need the archive can find it (a professional will,
a sealed envelope)."""

_CONVENTIONS = """\
- CSV files: UTF-8 without a byte-order mark, comma-separated, one header row
  with the column names below, fields quoted where needed (RFC 4180), lines
  ending in CR LF. Text starting with = + - or @ (which a spreadsheet would
  run as a formula) is written with an apostrophe in front; the JSON files
  hold it exactly as typed.
- JSON files: UTF-8, one object: "table" (its name), "columns" (the column
  names, as in the CSV file) and "data" (one list of values per row, in the
  order of the columns).
- Dates are ISO 8601 (2026-11-27). Moments are ISO 8601 in UTC
  (2026-11-27T14:05:00+00:00); columns ending in _local give the same moment
  in the practice's time zone (csv/practice.csv).
- Amounts are decimal numbers with a point and the currency's digits
  (85.00; 8000 for yen), exactly as kept, with the ISO 4217 currency code in
  the row's currency column.
- true and false for yes and no; an empty CSV cell (null in JSON) means
  "not recorded".
- Values that are lists or have parts of their own (a note's sections, a
  questionnaire's answers) are JSON text inside a CSV cell, and nested JSON in
  the JSON files.
- id columns are the practice's own record numbers: a column such as
  client_id refers to the id column of the file it names. Clients are also
  named by their code (C0042), which is the name of their folder.
- Stored codes (statuses, kinds) are written as stored, in English; each
  column below lists the values it can take."""

_CHAINS = """\
Signed notes and their addenda form one chain, in chain_seq order; signed
consents form another, in id order. For each link, chain_hash is the SHA-256
of the text prev_hash followed by content_hash (both as lowercase hex), and
prev_hash is the previous link's chain_hash (64 zeros for the first). Links
of records erased with their client are in note_chain_erased.csv and
consent_chain_erased.csv, so that each chain can be followed from its start.
When psychotherapy notes are left out of the export, their links are missing
from the notes' chain. content_hash is Rapport's fingerprint of a note or a
consent as it was signed; for a consent signed on paper it is the SHA-256 of
the scanned file."""


def _wrapped(text: str, indent: int) -> list[str]:
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
    )


def _heading(title: str) -> list[str]:
    return ["", "", title, "=" * len(title), ""]


def readme_text(
    *,
    psychotherapy_notes: bool,
    today: date,
    exported_at: datetime,
    practice_name: str,
    encrypted: bool,
) -> str:
    """README.txt: what the export is, how to open it, and every file and column in plain words."""
    notes = (
        "Psychotherapy notes (the clinician's private process notes) ARE included."
        if psychotherapy_notes
        else "Psychotherapy notes (the clinician's private process notes) are NOT included."
    )
    lines = [
        "RAPPORT — FULL EXPORT OF A PRACTICE",
        "",
        *_wrapped(f"Practice: {practice_name}", 0),
        f"Prepared on {today.isoformat()} (at {exported_at.isoformat(timespec='seconds')}) "
        f"by Rapport {__version__}.",
        notes,
        "",
        _INTRO,
    ]
    if encrypted:
        lines += [*_heading("Opening the archive"), _OPENING]
    lines += [
        *_heading("What is where"),
        f"{README_NAME}",
        *_wrapped("This file.", 4),
        f"{MANIFEST_NAME}",
        *_wrapped(
            "When and by what the export was made, whether psychotherapy notes are in it, "
            "the number of rows of each table and the size of every file (JSON).",
            4,
        ),
        "csv/<table>.csv",
        *_wrapped("One file per kind of record, described below.", 4),
        "json/<table>.json",
        *_wrapped("The same rows as the CSV file of the same name, as JSON.", 4),
        f"clients/<code>/{CHART_NAME}",
        *_wrapped(
            "The client's chart summary: their sessions and homework, and for each "
            "questionnaire the change from the first score to the latest (reliable change "
            "and recovery, as Jacobson & Truax and NHS Talking Therapies define them) with "
            "a chart of every score. Every client has one; the folder is named by the "
            "client's code, never by the name.",
            4,
        ),
        "clients/<code>/consent-<date signed>-v<version>-<id>.pdf",
        *_wrapped(
            "Each consent signed in Rapport, as it was signed: the PDF stored at signing, "
            "initials and signatures included. <id> is the consent's id in "
            "csv/consents.csv; a consent a couple signed is in both partners' folders.",
            4,
        ),
        "clients/<code>/consent-<date signed>-v<version>-<id>-paper-scan.<pdf|png|jpg>",
        *_wrapped("The scan of a consent form signed on paper, as it was attached.", 4),
        *_heading("How the files are written"),
        _CONVENTIONS,
        *_heading("The chains of signed notes and consents"),
        _CHAINS,
        *_heading("The tables"),
    ]
    for table in TABLES:
        lines += ["", f"{table.csv_name} (the same rows: {table.json_name})"]
        lines += _wrapped(table.about, 4)
        lines.append("")
        for column in table.columns:
            lines.append(f"    {column.name}")
            lines += _wrapped(column.about, 8)
    lines += [
        *_heading("Not in this export"),
        "\n".join(
            _wrapped(
                "The search index and earlier autosaved states of drafts (the latest state "
                "of every draft is in csv/notes.csv); the vault's keys and the PIN of the "
                "client-facing window; window sizes and other settings of the screen.",
                0,
            )
        ),
    ]
    if not psychotherapy_notes:
        lines.append("")
        lines += _wrapped(
            "Psychotherapy notes, which were left out when the export was made; a "
            "homework's note_id is empty where the note it was set in is one of them.",
            0,
        )
    return "\n".join(lines) + "\n"


# ================================================================= the export


def _source(
    source: Vault | SessionFactory,
) -> tuple[SessionFactory, Callable[[], Mapping[str, Instrument]]]:
    if isinstance(source, Vault):
        vault = source
        return vault.session, lambda: load_all([vault.files.data_dir / "instruments"]).instruments
    return source, lambda: load_all().instruments


def _chart_process_clients() -> int:
    """A practice with this many clients has its chart summaries drawn by a second process
    (:mod:`app.interop.chart_process`) while the export writes the tables and its archive's
    thread compresses them; a smaller practice's are drawn here sooner than it starts.

    ``RAPPORT_CHART_PROCESS_CLIENTS`` sets another number: the smoke test of a built
    bundle sets 1, so that the small demo's charts prove the bundle starts that process.
    """
    try:
        return max(1, int(os.environ.get("RAPPORT_CHART_PROCESS_CLIENTS", "400")))
    except ValueError:
        return 400


CHART_PROCESS_CLIENTS = _chart_process_clients()


def _chart_process(
    source: Vault | SessionFactory,
    instruments: Mapping[str, Instrument],
    psychotherapy_notes: bool,
    today: date,
) -> ChartProcess | None:
    """A second process to draw the chart summaries, started, where it is worth it."""
    if not isinstance(source, Vault):
        return None  # it reads the practice with the practice's own key
    with source.session() as session:
        clients = session.scalar(select(func.count(Client.id)))
    if not clients or clients < CHART_PROCESS_CLIENTS:
        return None
    try:
        return ChartProcess(source.reader(), instruments, psychotherapy_notes, today)
    except (ChartProcessFailed, OSError):
        return None  # the charts are drawn here


def _begin_reading(
    source: Vault | SessionFactory, session: Session, drawer: ChartProcess | None
) -> ChartProcess | None:
    """Begin the export's reading, and the chart process's at the same moment (writers wait
    for both to begin); the chart process, or None where it failed."""
    if drawer is None or not isinstance(source, Vault):
        return None
    try:
        drawer.wait_ready()  # before writers wait: it takes a second or two
        with source.writes_waiting():
            drawer.begin()
            begin_reading(session)
    except ChartProcessFailed:
        drawer.close()
        return None
    return drawer


def _charts(run: Run, clients: list[ClientFacts]) -> Iterator[tuple[int, bytes]]:
    """Each of ``clients``' id and chart summary, drawn here."""
    for client, pdf in chart_summaries(dataclasses.replace(run, clients=clients)):
        yield client.id, pdf


def _archive_path(target: Path) -> Path:
    target = target.expanduser()
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    return target


def _check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise ExportFailed(words("The folder {folder} does not exist.", folder=target.parent))


def _disk_error(exc: OSError) -> RapportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            marked(
                "The disk is full, so the export could not be written. Nothing was left "
                "behind. Free some space, or choose another drive, and try again."
            )
        )
    reason = exc.strerror or marked("it cannot be written")
    return ExportFailed(
        words("The export could not be written ({reason}). Nothing was left behind.", reason=reason)
    )


class _Steps:
    """Progress in steps (one per table, one per client, the README and the sealing)."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.total = 1

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()

    def step(self, what: str, count: int = 1) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, what)


def export_practice(
    source: Vault | SessionFactory,
    target: Path,
    passphrase: str,
    *,
    psychotherapy_notes: bool,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    instruments: Mapping[str, Instrument] | None = None,
    replace: bool = False,
) -> ExportReport:
    """Export the whole practice to ``target``, a 7z archive encrypted with ``passphrase``.

    ``target`` gets the ``.7z`` ending if it has none; an existing file is
    replaced only when ``replace`` is true (a save dialog has asked). The
    passphrase follows the vault's rules (at least 12 characters) and is used
    in Unicode NFC form; it may not be the vault's own passphrase (checked when
    ``source`` is the vault, which costs one key derivation).
    ``progress(done, total, what)`` is called after each
    step; when ``cancelled()`` turns true the export stops with
    :class:`ExportCancelled`. Whatever stops it, nothing is left on disk. The
    export is audited (counts only).
    """
    crypto.check_new_passphrase(passphrase)
    password = unicodedata.normalize("NFC", passphrase)
    # 7z derives its key with far less work than the vault's Argon2id: the practice's
    # own passphrase must not become guessable through a copy of the archive.
    if isinstance(source, Vault) and source.verify_passphrase(password):
        raise ValidationError(
            {
                "passphrase": marked(
                    "Choose a passphrase for the export other than the practice's own."
                )
            }
        )
    path = _archive_path(target)
    _check_folder(path)
    if path.is_dir():
        raise ExportFailed(words("{path} is a folder; choose a file name.", path=path))
    if path.exists() and not replace:
        raise ExportFailed(words("{name} exists already; choose another name.", name=path.name))
    return _export(
        source,
        path,
        lambda: _ArchiveSink(path, password),
        psychotherapy_notes=psychotherapy_notes,
        today=today,
        progress=progress,
        cancelled=cancelled,
        instruments=instruments,
    )


def export_practice_to_folder(
    source: Vault | SessionFactory,
    target: Path,
    *,
    psychotherapy_notes: bool,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    instruments: Mapping[str, Instrument] | None = None,
) -> ExportReport:
    """The same export as plain, unencrypted files in the new folder ``target``.

    Only for a clinician who asked for it after a warning: anyone who can read
    the folder reads every record. ``target`` must not exist yet.
    """
    path = target.expanduser()
    _check_folder(path)
    if path.exists():
        raise ExportFailed(words("{path} exists already; choose a new folder name.", path=path))
    return _export(
        source,
        path,
        lambda: _FolderSink(path),
        psychotherapy_notes=psychotherapy_notes,
        today=today,
        progress=progress,
        cancelled=cancelled,
        instruments=instruments,
    )


@contextlib.contextmanager
def _interpreter_for_export() -> Iterator[None]:
    """The interpreter's thread switches and collections set for an export, then put back."""
    young, *older = gc.get_threshold()
    with (
        _SWITCH_INTERVAL.changed_to(_SWITCH_SECONDS),
        _COLLECTIONS.changed_to((max(young, _YOUNG_OBJECTS), *older)),
    ):
        yield


@_interpreter_for_export()
def _export(
    source: Vault | SessionFactory,
    path: Path,
    make_sink: Callable[[], _Sink],
    *,
    psychotherapy_notes: bool,
    today: date,
    progress: Progress | None,
    cancelled: Cancelled | None,
    instruments: Mapping[str, Instrument] | None,
) -> ExportReport:
    started = time.perf_counter()
    exported_at = datetime.now(UTC).replace(microsecond=0)
    open_session, default_instruments = _source(source)
    known = instruments if instruments is not None else default_instruments()
    steps = _Steps(progress, cancelled)
    steps.check()
    files: dict[str, int] = {}
    rows: dict[str, int] = {}
    charts = documents = beside = 0
    # The chart process starts (imports, opens the practice) while the archive is made.
    drawer = _chart_process(source, known, psychotherapy_notes, today)
    try:
        sink = make_sink()
    except BaseException as exc:
        if drawer is not None:
            drawer.close()
        if isinstance(exc, OSError):
            raise _disk_error(exc) from exc
        raise
    try:

        def add(name: str, data: bytes) -> None:
            sink.add(name, data)
            files[name] = len(data)

        # One read transaction: every file shows the practice at the same moment.
        with open_session() as session:
            drawer = _begin_reading(source, session, drawer)
            run = prepare(session, known, psychotherapy_notes, today)
            steps.total = len(TABLES) + len(run.clients) + 2
            steps.step(marked("Starting"), 0)
            waiting = {client.id: client for client in run.clients}

            def client_files(chart: tuple[int, bytes] | None) -> bool:
                """A client's chart and consents (false: no chart given)."""
                nonlocal charts, documents
                steps.check()
                client = None if chart is None else waiting.pop(chart[0], None)
                if chart is None or client is None:
                    return False
                add(f"clients/{client.folder}/{CHART_NAME}", chart[1])
                charts += 1
                for item in run.client_consents.get(client.id, []):
                    add(f"clients/{client.folder}/{item.name}", _consent_document(run, item))
                    documents += 1
                done = len(run.clients) - len(waiting)
                steps.step(
                    words(
                        "Charts and consents: client {done} of {total}",
                        done=f"{done:,}",
                        total=f"{len(run.clients):,}",
                    )
                )
                return True

            def drawn_beside(chart: tuple[int, bytes] | None) -> bool:
                """A chart the other process drew, taken (false: none given)."""
                nonlocal beside
                taken = client_files(chart)
                beside += taken
                return taken

            # Drawn here where no other process draws them (or what it did not draw).
            drawn_here = _charts(run, run.clients if drawer is None else [])

            def next_chart() -> bool:
                """A chart the other process drew, else the next one drawn here."""
                if drawer is not None:
                    with contextlib.suppress(ChartProcessFailed):
                        if drawn_beside(next(drawer.arrived(), None)):
                            return True
                return client_files(next(drawn_here, None))

            for table in TABLES:
                steps.check()
                if drawer is not None:  # the charts drawn meanwhile, not left to wait
                    with contextlib.suppress(ChartProcessFailed):
                        for chart in drawer.arrived():
                            drawn_beside(chart)
                # The tables give the archive's thread far more to compress than the charts:
                # while it is behind, charts are taken rather than waited idle.
                sink.make_room(_WAITING_BYTES, next_chart)
                csv_data, json_data, count = _table_files(table, run)
                add(table.csv_name, csv_data)
                add(table.json_name, json_data)
                del csv_data, json_data  # held only until written, not while the next is made
                rows[table.name] = count
                steps.step(words("Wrote {name}", name=table.csv_name))
            while next_chart():
                sink.make_room(_WAITING_BYTES)
            if drawer is not None:
                with contextlib.suppress(ChartProcessFailed):
                    for chart in drawer.rest():
                        sink.make_room(_WAITING_BYTES)
                        drawn_beside(chart)
                drawer.close()
                drawer = None
                # Whatever the other process did not draw (it stopped) is drawn here.
                rest = _charts(run, [c for c in run.clients if c.id in waiting])
                while client_files(next(rest, None)):
                    sink.make_room(_WAITING_BYTES)
            steps.check()
            practice_name = run.practice_name
            client_count = len(run.clients)
            session.rollback()
        add(
            README_NAME,
            readme_text(
                psychotherapy_notes=psychotherapy_notes,
                today=today,
                exported_at=exported_at,
                practice_name=practice_name,
                encrypted=sink.encrypted,
            ).encode("utf-8"),
        )
        manifest = {
            "format": FORMAT,
            "made_with": f"Rapport {__version__}",
            "exported_at": exported_at.isoformat(),
            "prepared_on": today.isoformat(),
            "practice_name": practice_name,
            "psychotherapy_notes_included": psychotherapy_notes,
            "encrypted": sink.encrypted,
            "clients": client_count,
            "tables": {
                t.name: {"rows": rows[t.name], "csv": t.csv_name, "json": t.json_name}
                for t in TABLES
            },
            "files": dict(sorted(files.items())),
        }
        add(MANIFEST_NAME, (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode())
        steps.step(marked("Wrote the README and the manifest"))
        steps.check()
        sink.finish()
    except OSError as exc:
        sink.discard()
        raise _disk_error(exc) from exc
    except BaseException:
        sink.discard()
        raise
    finally:
        if drawer is not None:
            drawer.close()
    try:
        with open_session() as session:
            audit.record(
                session,
                "export",
                "practice",
                "",
                {
                    "kind": "full_export",
                    "encrypted": sink.encrypted,
                    "psychotherapy_notes": psychotherapy_notes,
                    "clients": client_count,
                    "files": len(files),
                    "rows": sum(rows.values()),
                },
            )
    except BaseException:
        # An export that is not in the audit log does not stay on disk.
        _remove_export(path)
        raise
    size = sink.size()
    steps.step(marked("Done"))
    return ExportReport(
        path=path,
        encrypted=sink.encrypted,
        psychotherapy_notes=psychotherapy_notes,
        rows=rows,
        files=files,
        clients=client_count,
        charts=charts,
        charts_beside=beside,
        consent_documents=documents,
        size=size,
        seconds=time.perf_counter() - started,
    )


def _remove_export(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()
