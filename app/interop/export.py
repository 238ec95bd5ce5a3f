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

The per-client PDF is a chart summary, not the full progress report: the
report lays out every score in a table and takes 20–85 ms a client (over two
minutes for a ten-year practice of 2,500 clients); the summary draws the same
charts with the same change statements straight onto the page in about 5 ms.
Every score is in ``csv/administrations.csv``, and the full report can still
be made in the app for any client.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import glob
import io
import json
import os
import shutil
import textwrap
import time
import unicodedata
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import py7zr
from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, consents, outcomes
from app._version import __version__
from app.documents.layout import (
    BOLD,
    FOOTER_Y,
    HAIRLINE,
    INK,
    MUTED,
    PAGE_SIZE,
    REGULAR,
    SIDE_MARGIN,
    TEXT,
    TOP_MARGIN,
    Fallback,
    draw_footer_rule,
    draw_header,
    draw_text,
    fallback_for,
    format_date,
    numbered_canvas,
    text_width,
)
from app.documents.progress_report import MIN_POINTS_FOR_CHART, chart_drawing, legend_drawing
from app.errors import DiskFull, RapportError, ValidationError
from app.instruments import Instrument, load_all
from app.interop.export_tables import TABLES, ClientFacts, ConsentFile, Run, Table, prepare
from app.labels import CLIENT_STATUS_LABELS
from app.models import AppointmentStatus, ConsentRecord
from app.paths import ensure_private_dir, fsync_dir
from app.vault import Vault, crypto

FORMAT = "rapport.practice-export/1"
SUFFIX = ".7z"
README_NAME = "README.txt"
MANIFEST_NAME = "manifest.json"
CHART_NAME = "chart.pdf"
#: A partial export older than this was left by a process that stopped; it is removed.
STALE_PARTIAL_SECONDS = 3600

#: LZMA2 at its fastest preset, then AES-256: CSV and JSON still shrink about
#: fifteenfold, in a fraction of the time of 7-Zip's default preset.
_FILTERS: list[dict[str, int]] = [
    {"id": py7zr.FILTER_LZMA2, "preset": 0},
    {"id": py7zr.FILTER_CRYPTO_AES256_SHA256},
]

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
SessionFactory = Callable[[], AbstractContextManager[Session]]


class ExportCancelled(RapportError):
    default_message = "The export was cancelled. No file was written."


class ExportFailed(RapportError):
    default_message = "The export could not be written. No file was left behind."


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
    consent_documents: int
    #: Bytes on disk: the archive, or every file of a plain folder.
    size: int
    seconds: float


# ================================================================= values


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not exported")


# One encoder each, made once: json.dumps with options makes a new encoder per call.
_JSON_ROW = json.JSONEncoder(ensure_ascii=False, default=_json_value)
_JSON_CELL = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_value
)
#: What a spreadsheet takes for the start of a formula.
_FORMULA = frozenset("=+-@\t\r")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _csv_cell(value: Any) -> str:
    """A value as text: ISO dates, decimal amounts, true/false, JSON for lists and mappings.

    Text typed by people that a spreadsheet would run as a formula gets a
    leading apostrophe (as in the accountant's CSV); the JSON files keep it as typed.
    """
    kind = type(value)
    if kind is str:
        return "'" + value if value and value[0] in _FORMULA else str(value)
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is Decimal:
        return str(value)
    if kind is datetime or kind is date:
        return str(value.isoformat())
    if kind is float:
        return _number(value)
    if kind is list or kind is dict or kind is tuple:
        return _JSON_CELL.encode(value)
    return _csv_cell(str(value))


# ================================================================= writing


class _Sink:
    """Where the export's files go: an encrypted archive, or (asked for) a plain folder."""

    encrypted = True

    def add(self, name: str, data: bytes) -> None:
        raise NotImplementedError

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
    """A 7z archive, AES-256 encrypted with its file names, written beside the target."""

    def __init__(self, target: Path, passphrase: str) -> None:
        self.target = target
        self.partial = _partial_name(target)
        _clear_leftovers(target)
        self.raw = _create_private(self.partial)
        try:
            self.archive = py7zr.SevenZipFile(
                self.raw,
                "w",
                filters=_FILTERS,
                password=passphrase,
                header_encryption=True,
            )
        except BaseException:
            self.discard()
            raise

    def add(self, name: str, data: bytes) -> None:
        member = io.BytesIO(data)
        self.archive.writef(member, name)
        # py7zr keeps every member's stream until the archive is closed; the data is
        # compressed and written by now, so closing the stream lets the memory go.
        member.close()

    def finish(self) -> None:
        self.archive.close()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        os.replace(self.partial, self.target)
        fsync_dir(self.target.parent)

    def discard(self) -> None:
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
    csv_out = io.BytesIO()
    text = io.TextIOWrapper(csv_out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\r\n")
    names = [c.name for c in table.columns]
    writer.writerow(names)
    json_out = io.BytesIO()
    head = {"table": table.name, "columns": names}
    json_out.write(_JSON_ROW.encode(head)[:-1].encode("utf-8") + b', "data": [')
    getters = [c.get for c in table.columns]
    count = 0
    for row in table.rows(run):
        values = [get(row, run) for get in getters]
        writer.writerow([_csv_cell(v) for v in values])
        json_out.write(b"\n  " if count == 0 else b",\n  ")
        json_out.write(_JSON_ROW.encode(values).encode("utf-8"))
        count += 1
    json_out.write(b"\n]}\n" if count else b"]}\n")
    text.flush()
    data = csv_out.getvalue()
    text.detach()
    return data, json_out.getvalue(), count


def _consent_document(run: Run, item: ConsentFile) -> bytes:
    pdf, scan = run.session.execute(
        select(ConsentRecord.pdf, ConsentRecord.scan).where(ConsentRecord.id == item.consent_id)
    ).one()
    if item.on_paper:
        return bytes(scan or b"")
    if pdf:
        return bytes(pdf)
    return consents.reproduce_pdf(run.session, item.consent_id)


# ================================================================= chart summary

_CHART_HEIGHT = 42 * mm
_BODY = 9.0
_LINE = 12.0
_BOTTOM = 36 * mm
_MINUS = "–"


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _signed(value: float) -> str:
    if abs(value) < 1e-9:
        return "0"
    return f"+{_num(value)}" if value > 0 else f"{_MINUS}{_num(-value)}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class _ChartSummary:
    """One client's chart on paper, drawn straight onto the canvas: fast enough for thousands.

    The client, their sessions and homework, then for each questionnaire the
    change from the first score to the latest in words (reliable change and
    recovery as the chart tab judges them) and, when it was given more than
    once, the chart the progress report draws.
    """

    def __init__(self, run: Run, client: ClientFacts, chart: outcomes.ClientChart) -> None:
        self.run = run
        self.client = client
        self.chart = chart
        self.width = PAGE_SIZE[0] - 2 * SIDE_MARGIN
        self.top = PAGE_SIZE[1] - TOP_MARGIN
        series = [*chart.series, *([chart.evaluations] if chart.evaluations else [])]
        texts = {client.name, client.code, run.practice_name}
        for one in series:
            texts.add(one.short_name)
            texts.update(p.band for p in one.points)
            instrument = run.instruments.get(one.instrument_id)
            if instrument is not None:
                texts.add(instrument.name)
        self.fallback: Fallback | None = fallback_for(texts)
        self.canvas: Any = None
        self.y = self.top

    # Helvetica alone, where no character needs the fallback font: the same text, much sooner.

    def width_of(self, text: str, size: float, *, bold: bool = False) -> float:
        if self.fallback is None:
            return float(stringWidth(text, BOLD if bold else REGULAR, size))
        return text_width(text, size, self.fallback, bold=bold)

    def fit(self, text: str, size: float, width: float, *, bold: bool = False) -> str:
        """``text``, shortened with an ellipsis where it is wider than ``width``."""
        if self.width_of(text, size, bold=bold) <= width:
            return text
        while text and self.width_of(text + "…", size, bold=bold) > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def draw(self, canvas: Any, x: float, y: float, text: str, size: float, bold: bool) -> None:
        if self.fallback is None:
            canvas.setFont(BOLD if bold else REGULAR, size)
            canvas.drawString(x, y, text)
        else:
            draw_text(canvas, x, y, text, size, self.fallback, bold=bold)

    def _day(self, moment: datetime) -> date:
        return moment.astimezone(self.run.zone).date()

    def render(self) -> bytes:
        buffer = io.BytesIO()
        footer = f"{self.client.name} · Chart summary · prepared {format_date(self.run.today)}"
        header = f"CHART SUMMARY · {self.client.code}"

        def frame(canvas: Any, page: int, pages: int) -> None:
            draw_header(canvas, header)
            draw_footer_rule(canvas)
            canvas.saveState()
            canvas.setFillColor(MUTED)
            number = f"Page {page} of {pages}"
            draw_text(canvas, PAGE_SIZE[0] - SIDE_MARGIN, FOOTER_Y, number, 8, align="right")
            room = self.width - text_width(number, 8, None) - 12 * mm
            self.draw(canvas, SIDE_MARGIN, FOOTER_Y, self.fit(footer, 8, room), 8, False)
            canvas.restoreState()

        canvas = numbered_canvas(frame)(buffer, pagesize=PAGE_SIZE, invariant=1, pageCompression=1)
        canvas.setTitle(f"Chart summary {self.client.code}")
        canvas.setAuthor(self.run.practice_name)
        canvas.setCreator("Rapport")
        self.canvas = canvas
        self.y = self.top
        self.opening()
        self.questionnaires()
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # ------------------------------------------------------------ drawing

    def room(self, height: float) -> None:
        if self.y - height < _BOTTOM:
            self.canvas.showPage()
            self.y = self.top

    def line(
        self, text: str, size: float = _BODY, *, bold: bool = False, colour: Any = TEXT
    ) -> None:
        self.room(size + 3)
        self.canvas.setFillColor(colour)
        text = self.fit(text, size, self.width, bold=bold)
        self.draw(self.canvas, SIDE_MARGIN, self.y - size, text, size, bold)
        self.y -= size + 3

    def paragraph(self, text: str, size: float = _BODY, *, colour: Any = TEXT) -> None:
        """``text`` wrapped at the page's width (word widths add up: no kerning in Helvetica)."""
        space = self.width_of(" ", size)
        current: list[str] = []
        used = 0.0
        for word in text.split():
            width = self.width_of(word, size)
            if current and used + space + width > self.width:
                self.line(" ".join(current), size, colour=colour)
                current, used = [], 0.0
            used += (space if current else 0.0) + width
            current.append(word)
        if current:
            self.line(" ".join(current), size, colour=colour)

    def gap(self, points: float) -> None:
        self.y -= points

    def rule(self) -> None:
        self.room(8)
        self.canvas.saveState()
        self.canvas.setStrokeColor(HAIRLINE)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(SIDE_MARGIN, self.y - 4, SIDE_MARGIN + self.width, self.y - 4)
        self.canvas.restoreState()
        self.y -= 10

    # ------------------------------------------------------------ content

    def opening(self) -> None:
        client = self.client
        if self.run.practice_name:
            self.line(self.run.practice_name, 9, colour=MUTED)
        self.gap(4)
        self.line("Chart summary", 16, bold=True, colour=INK)
        self.gap(2)
        self.line(client.name or client.code, 12, bold=True, colour=INK)
        facts = [f"Client code {client.code}"]
        if client.date_of_birth is not None:
            facts.append(f"born {format_date(client.date_of_birth)}")
        facts.append(CLIENT_STATUS_LABELS.get(client.status, client.status))
        self.line(" · ".join(facts))
        strip = self.chart.strip
        attended = [s.day for s in strip if s.status == AppointmentStatus.ATTENDED]
        if attended:
            text = (
                f"{_plural(len(attended), 'session')} attended, from "
                f"{format_date(min(attended))} to {format_date(max(attended))}"
            )
        else:
            text = "No session attended"
        late = sum(1 for s in strip if s.status == AppointmentStatus.LATE_CANCELLED)
        missed = sum(1 for s in strip if s.status == AppointmentStatus.NO_SHOW)
        self.line(f"{text}; {_plural(late, 'late cancellation')}, {_plural(missed, 'no-show')}.")
        reviewed = [s.homework for s in strip if s.homework and s.homework != "not_assigned"]
        if reviewed:
            self.line(
                f"Homework reviewed {_plural(len(reviewed), 'time')}: "
                f"done {reviewed.count('done')}, partly {reviewed.count('partly')}, "
                f"not done {reviewed.count('not_done')}."
            )
        self.gap(2)
        self.paragraph(
            f"Prepared on {format_date(self.run.today)} for the practice's full export. Every "
            "score and every answer is in csv/administrations.csv and "
            f"csv/administration_answers.csv (client_code {client.code}).",
            8,
            colour=MUTED,
        )
        self.rule()

    def questionnaires(self) -> None:
        """Outcome questionnaires with their charts; evaluations and check-ins in words.

        As in the progress report: a session evaluation is given every session,
        and its average and latest rating say what its chart would.
        """
        shown = [s for s in self.chart.series if s.points]
        evaluations = self.chart.evaluations
        if not shown and (evaluations is None or not evaluations.points):
            self.line("No questionnaire with a total has been recorded.", colour=MUTED)
        legend_drawn = False
        for series in shown:
            charted = len(series.points) >= MIN_POINTS_FOR_CHART
            if charted and not legend_drawn:
                with_cutoff = any(s.cutoff is not None for s in shown)
                legend = legend_drawing(self.width, with_cutoff)
                self.room(legend.height + 4)
                renderPDF.draw(legend, self.canvas, SIDE_MARGIN, self.y - legend.height)
                self.y -= legend.height + 6
                legend_drawn = True
            self.one(series, charted)
        if evaluations is not None and evaluations.points:
            self.one(evaluations, charted=False)
        for check_in in self.chart.check_ins:
            self.gap(4)
            self.paragraph(
                f"{check_in.short_name}: {_plural(len(check_in.points), 'check-in')} "
                "(rated item by item; see the answers file)."
            )

    def title(self, series: outcomes.InstrumentSeries) -> str:
        instrument = self.run.instruments.get(series.instrument_id)
        title = series.short_name
        if instrument is not None and instrument.name != series.short_name:
            title += f" — {instrument.name}"
        return title

    def one(self, series: outcomes.InstrumentSeries, charted: bool) -> None:
        facts = []
        if series.cutoff is not None:
            facts.append(f"cut-off {_num(series.cutoff)}")
        facts.append("higher is better" if series.higher_is_better else "lower is better")
        self.room(_LINE * 3 + (_CHART_HEIGHT if charted else 0))
        self.gap(4)
        self.line(self.title(series), 10, bold=True)
        self.line(" · ".join(facts), 8, colour=MUTED)
        self.paragraph(self.words(series))
        if charted:
            days = [self._day(p.at) for p in series.points]
            drawing = chart_drawing(series, series.points, days, self.width, _CHART_HEIGHT)
            self.room(drawing.height)
            renderPDF.draw(drawing, self.canvas, SIDE_MARGIN, self.y - drawing.height)
            self.y -= drawing.height + 4

    def words(self, series: outcomes.InstrumentSeries) -> str:
        first, latest = series.points[0], series.points[-1]
        band = f" ({latest.band})" if latest.band else ""
        if len(series.points) == 1:
            return f"Given once: {_num(first.total)} on {format_date(self._day(first.at))}{band}."
        if series.kind == "evaluation":
            average = sum(p.total for p in series.points) / len(series.points)
            top = f" of {_num(series.max_total)}" if series.max_total else ""
            return (
                f"Average {average:.1f}{top} over {_plural(len(series.points), 'rating')}; "
                f"latest {_num(latest.total)}{top} on {format_date(self._day(latest.at))}{band}."
            )
        sentences = [
            f"From {_num(first.total)} on {format_date(self._day(first.at))} to "
            f"{_num(latest.total)} on {format_date(self._day(latest.at))}{band}: "
            f"{_signed(latest.change)} over {_plural(len(series.points), 'score')}."
        ]
        threshold = series.reliable_change
        if threshold is None:
            sentences.append("No reliable-change value is published, so the change is not judged.")
        elif latest.change_kind == "improved":
            sentences.append(f"Reliable improvement (a change of {_num(threshold)} or more).")
        elif latest.change_kind == "deteriorated":
            sentences.append(f"Reliable deterioration (a change of {_num(threshold)} or more).")
        else:
            sentences.append(f"No reliable change (at least {_num(threshold)} would be needed).")
        if latest.recovered:
            sentences.append(
                "Reliably recovered." if latest.change_kind == "improved" else "Recovered."
            )
        return " ".join(sentences)


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


def _archive_path(target: Path) -> Path:
    target = target.expanduser()
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    return target


def _check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise ExportFailed(f"The folder {target.parent} does not exist.")


def _disk_error(exc: OSError) -> RapportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            "The disk is full, so the export could not be written. Nothing was left "
            "behind. Free some space, or choose another drive, and try again."
        )
    reason = exc.strerror or "it cannot be written"
    return ExportFailed(f"The export could not be written ({reason}). Nothing was left behind.")


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
            {"passphrase": "Choose a passphrase for the export other than the practice's own."}
        )
    path = _archive_path(target)
    _check_folder(path)
    if path.is_dir():
        raise ExportFailed(f"{path} is a folder; choose a file name.")
    if path.exists() and not replace:
        raise ExportFailed(f"{path.name} exists already; choose another name.")
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
        raise ExportFailed(f"{path} exists already; choose a new folder name.")
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
    charts = documents = 0
    try:
        sink = make_sink()
    except OSError as exc:
        raise _disk_error(exc) from exc
    try:

        def add(name: str, data: bytes) -> None:
            sink.add(name, data)
            files[name] = len(data)

        # One read transaction: every file shows the practice at the same moment.
        with open_session() as session:
            run = prepare(session, known, psychotherapy_notes, today)
            steps.total = len(TABLES) + len(run.clients) + 2
            steps.step("Starting", 0)
            for table in TABLES:
                steps.check()
                csv_data, json_data, count = _table_files(table, run)
                add(table.csv_name, csv_data)
                add(table.json_name, json_data)
                rows[table.name] = count
                steps.step(f"Wrote {table.csv_name}")
            for number, client in enumerate(run.clients, start=1):
                steps.check()
                chart = outcomes.client_chart(session, client.id, run.instruments)
                add(
                    f"clients/{client.folder}/{CHART_NAME}",
                    _ChartSummary(run, client, chart).render(),
                )
                charts += 1
                for item in run.client_consents.get(client.id, []):
                    add(f"clients/{client.folder}/{item.name}", _consent_document(run, item))
                    documents += 1
                steps.step(f"Charts and consents: client {number:,} of {len(run.clients):,}")
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
        steps.step("Wrote the README and the manifest")
        steps.check()
        sink.finish()
    except OSError as exc:
        sink.discard()
        raise _disk_error(exc) from exc
    except BaseException:
        sink.discard()
        raise
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
    steps.step("Done")
    return ExportReport(
        path=path,
        encrypted=sink.encrypted,
        psychotherapy_notes=psychotherapy_notes,
        rows=rows,
        files=files,
        clients=client_count,
        charts=charts,
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
