"""What the full export holds: one table per kind of record, every column described in plain words.

Each :class:`Table` becomes ``csv/<name>.csv`` and ``json/<name>.json`` with
the same rows; ``README.txt`` is written from the same descriptions, so the
files and their description cannot drift apart. :func:`prepare` reads what
the tables and the clients' folders need besides their own rows (codes,
folder names, the consents' file names) into a :class:`Run`.

A column says what it holds in two ways. ``get`` reads it from a row whose
values have their Python types (a datetime, a Decimal, a parsed JSON value):
the plain way, for the small tables and as the definition. Most tables read
their rows straight from one table of the vault (:class:`Stored`); their
columns also say which stored field they come from and how to make them
from that field as SQLite holds it (text for instants and JSON, 0 and 1 for
booleans), column by column for a batch of rows: the quick way, with no
Python call per cell for most columns, for the hundreds of thousands of rows
of a practice of some years. tests/app/test_export.py holds the two ways to
the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
from _json import encode_basestring, make_encoder, make_scanner
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from json import JSONDecoder
from math import isfinite
from typing import Any, NamedTuple, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.instruments import Instrument, Item, shipped_dir
from app.models import (
    Administration,
    AnsweredBy,
    Appointment,
    AppointmentParticipant,
    AppointmentSeries,
    AppointmentStatus,
    AttentionSnooze,
    AuditEntry,
    BlockedTime,
    Charge,
    ChargeKind,
    Client,
    ClientStatus,
    ClinicianGuess,
    ConsentErased,
    ConsentRecord,
    ConsentRecordStatus,
    ConsentTemplate,
    Diagnosis,
    FeeArrangement,
    FollowUp,
    FollowUpStatus,
    GoalStatus,
    Guardian,
    Homework,
    HomeworkReview,
    Intake,
    IntakeDraft,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
    MeasurementPlan,
    Note,
    NoteAddendum,
    NoteErased,
    NoteKind,
    NoteStatus,
    NoteTemplate,
    Payment,
    PaymentAllocation,
    PaymentKind,
    PaymentMethod,
    PracticeProfile,
    Prospect,
    ProspectStatus,
    RequestedBy,
    ResistanceWorksheet,
    Service,
    ServiceKind,
    Setting,
    Tag,
    TreatmentGoal,
    TreatmentIntervention,
    TreatmentObjective,
)
from app.models.base import UTCDateTime
from app.models.client import client_tag
from app.money import MINOR_DIGITS, currency_digits, from_minor, round_to_currency
from app.practice import SETTING_DEFAULTS, get_setting
from app.surveys import PIN_KEY

#: Rows read from the database at a time.
_BATCH = 2000
#: The scan's file name ending, by its MIME type.
_SCAN_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


# ================================================================= values


def json_value(value: Any) -> Any:
    """What a JSON file holds for a value JSON has no type for: ISO dates, decimal text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not exported")


def _json_encoder(*, compact: bool) -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, default=json_value)``, its encoder made once.

    ``compact``: with sorted keys and no spaces (a JSON value in a CSV cell); else with
    json.dumps's own separators (the JSON files). ``json.dumps`` and ``JSONEncoder.encode``
    make this same C encoder at every call, which takes longer than encoding a row.
    """
    encode = make_encoder(
        None,  # no check for circular values: read from the vault, they have none
        json_value,
        encode_basestring,
        None,
        ":" if compact else ": ",
        "," if compact else ", ",
        compact,
        False,
        True,
    )

    def text(value: Any) -> str:
        return "".join(encode(value, 0))

    return text


#: A row of a JSON file (a list of values); a JSON value in a CSV cell.
json_row = _json_encoder(compact=False)
json_cell = _json_encoder(compact=True)

#: What a spreadsheet takes for the start of a formula.
FORMULA = frozenset("=+-@\t\r")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def csv_cell(value: Any) -> str:
    """A value as text: ISO dates, decimal amounts, true/false, JSON for lists and mappings.

    Text typed by people that a spreadsheet would run as a formula gets a
    leading apostrophe (as in the accountant's CSV); the JSON files keep it as typed.
    """
    kind = type(value)
    if kind is str:
        return "'" + value if value and value[0] in FORMULA else str(value)
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
        return json_cell(value)
    return csv_cell(str(value))


def _text_cells(values: Sequence[Any]) -> list[Any]:
    """:func:`csv_cell` of each value of a text field, None left as None (the CSV writer
    writes it as the empty cell), without a call per cell."""
    try:
        return [("'" + v) if v and v[0] in FORMULA else v for v in values]
    except TypeError:  # something else than text where text is kept
        return [csv_cell(v) for v in values]


def csv_field(text: str) -> str:
    """A CSV field as :mod:`csv`'s writer writes it (RFC 4180, quoted only where needed)."""
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def _csv_fields(cells: Sequence[Any]) -> Sequence[str]:
    """A column of CSV cells (text, numbers or None) as CSV fields, as ``csv.writer``
    writes them; a column with no comma, quote or line break in any cell, as it is."""
    try:
        joined = "\0".join(cells)
        texts = cells
    except TypeError:  # numbers or None among them
        texts = [c if type(c) is str else "" if c is None else str(c) for c in cells]
        joined = "\0".join(texts)
    if '"' in joined or "," in joined or "\n" in joined or "\r" in joined:
        return [csv_field(t) for t in texts]
    return texts


def _csv_field(cell: Any) -> str:
    """One CSV cell (text, a number or None) as a CSV field, as :func:`_csv_fields` makes it."""
    return "" if cell is None else csv_field(cell if type(cell) is str else str(cell))


def csv_lines(columns: Sequence[Sequence[Any]]) -> str:
    """The CSV text of rows given column by column (two or more), each line ending in CR LF.

    What ``csv.writer(lineterminator="\\r\\n").writerows`` writes for the same rows, made a
    column at a time: where no cell of a column needs quoting, with no work per cell.
    """
    return _joined([_csv_fields(c) for c in columns])


def _joined(fields: Sequence[Sequence[str]]) -> str:
    """CSV lines from their fields given column by column (two or more, already quoted)."""
    if len(fields) < 2:
        raise ValueError("a row of one field is written by csv.writer")  # a lone "" is quoted
    if not fields[0]:
        return ""
    return "\r\n".join(map(",".join, zip(*fields, strict=True))) + "\r\n"


def _instant(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def _values(choices: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in choices)


# ================================================================= columns and tables

Getter = Callable[[Any, "Run"], Any]
#: How the quick way makes a column for a batch of stored rows, from its source field
#: (None for a column that needs none): each row's JSON text and CSV field.
Quick = Callable[["Batch", str | None], tuple[Sequence[str], Sequence[str]]]


@dataclass(frozen=True)
class Column:
    name: str
    about: str
    get: Getter
    #: The stored field it is made from, for the quick way.
    source: str | None = None
    #: How the quick way makes it (None: as the stored field's type says).
    quick: Quick | None = None


class Lines(NamedTuple):
    """A batch of rows as the two files hold them."""

    #: The CSV file's lines, each ending in CR LF.
    csv: str
    #: The JSON file's rows, a JSON array each, with a comma, a line break and two spaces
    #: between them.
    json: str
    rows: int


@dataclass(frozen=True)
class Table:
    """One kind of record: a CSV file and a JSON file with the same rows."""

    name: str
    about: str
    columns: tuple[Column, ...]
    #: The rows, with their values' Python types, as the columns' ``get`` read them.
    rows: Callable[[Run], Iterable[Any]]
    #: The rows made the quick way, a batch at a time, where the table has its own.
    batches: Callable[[Run], Iterator[Lines]] | None = None

    @property
    def csv_name(self) -> str:
        return f"csv/{self.name}.csv"

    @property
    def json_name(self) -> str:
        return f"json/{self.name}.json"


def _attr(name: str) -> Getter:
    return lambda row, _run: getattr(row, name)


def _col(
    name: str,
    about: str,
    get: Getter | None = None,
    *,
    source: str | None = None,
    quick: Quick | None = None,
) -> Column:
    """A column; without ``get``, the row's field ``source`` (by default ``name``) as stored."""
    if get is None:
        source = source or name
        get = _attr(source)
    return Column(name, about, get, source, quick)


def _id(what: str) -> Column:
    return _col("id", f"The number of this {what}; other files refer to it by this number.")


def _client_ref(attribute: str = "client_id", *, which: str = "") -> tuple[Column, Column]:
    """The client's id and code; ``which`` says which client, where that needs saying."""
    which = f" {which}" if which else ""
    return (
        _col(attribute, f"The client's id (csv/clients.csv){which}."),
        _col(
            "client_code",
            f"The client's code{which}, for reading; the name is only in csv/clients.csv.",
            lambda row, run: run.code(getattr(row, attribute)),
            source=attribute,
            quick=_codes,
        ),
    )


def _amount(attribute: str, about: str, *, hundredths: bool = False) -> Column:
    def get(row: Any, run: Run) -> Decimal | None:
        value = getattr(row, attribute)
        if value is None:
            return None
        return run.fee(value) if hundredths else run.money(value)

    name = attribute.removesuffix("_minor").removesuffix("_cents")
    return _col(name, about, get, source=attribute, quick=_fees if hundredths else _amounts)


def _currency() -> Column:
    return _col(
        "currency",
        "The ISO 4217 currency of the amounts in this row (e.g. USD).",
        lambda _row, run: run.currency,
        quick=_currencies,
    )


def _when(name: str, about: str, attribute: str | None = None) -> Column:
    source = attribute or name
    return _col(
        name,
        f"{about} (UTC).",
        lambda row, _run: _instant(getattr(row, source)),
        source=source,
        quick=_instants,
    )


def _local(name: str) -> Getter:
    return lambda row, run: run.local(getattr(row, name))


def _stream(run: Run, statement: Any) -> Iterator[Any]:
    """The rows of ``statement``, read :data:`_BATCH` at a time, as named tuples.

    Run on the session's connection, in its transaction, without the work the session
    adds to each row (a third of the time of reading the biggest tables). The tables
    read every column of every row by name, which takes a named tuple a third of the
    time it takes a result row.
    """
    result = run.session.connection().execute(statement.execution_options(yield_per=_BATCH))
    record = namedtuple("record", result.keys())  # type: ignore[misc]  # names known at run time
    return map(record._make, result)


@dataclass(frozen=True)
class Stored:
    """A table's rows as one table of the vault stores them, in id order (or ``order``)."""

    model: Any
    order: tuple[Any, ...] = ()
    #: Fields not read (the consents' documents: files of their own, read client by client).
    left_out: tuple[str, ...] = ()
    #: Which rows are exported, for the run (None, or a function that returns None: all).
    where: Callable[[Run], Any] | None = None
    #: The set the ids of the rows exported go into, for the tables after this one.
    seen: Callable[[Run], set[int]] | None = None

    def fields(self) -> list[Any]:
        return [c for c in self.model.__table__.c if c.name not in self.left_out]

    def statement(self, run: Run, fields: Sequence[Any]) -> Any:
        statement = select(*fields).order_by(*(self.order or (self.model.id,)))
        condition = None if self.where is None else self.where(run)
        return statement if condition is None else statement.where(condition)

    def __call__(self, run: Run) -> Iterator[Any]:
        """The rows with their values' Python types, as the columns' ``get`` read them."""
        rows = _stream(run, self.statement(run, self.fields()))
        if self.seen is None:
            return rows
        return self._noted(rows, self.seen(run))

    @staticmethod
    def _noted(rows: Iterable[Any], seen: set[int]) -> Iterator[Any]:
        for row in rows:
            seen.add(row.id)
            yield row


def _orm(model: Any, *order: Any) -> Stored:
    """The table's rows in id order, as plain rows (faster to read than mapped objects)."""
    return Stored(model, order)


# ------------------------------------------------------------ the quick way


#: A JSON text's value, when the text is JSON and nothing else (else ``(…, end)`` ends early).
_SCAN_JSON = make_scanner(cast(Any, JSONDecoder()))  # typeshed wants a scanner: a decoder does
#: JSON texts up to this long are parsed (and written) once per export, however often they
#: are stored ("[]", a questionnaire's answers), up to this many of them at a time.
_SHORT_JSON = 300
_JSON_KEPT = 20_000
_UNSEEN = object()


class Batch:
    """A batch of stored rows, field by field, as SQLite holds the values."""

    def __init__(
        self,
        run: Run,
        names: Sequence[str],
        rows: Sequence[Sequence[Any]],
        readers: Mapping[str, Callable[[Any], Any] | None],
    ) -> None:
        self.run = run
        self.size = len(rows)
        columns = zip(*rows, strict=True) if rows else (() for _ in names)
        self.fields: dict[str, Sequence[Any]] = dict(zip(names, columns, strict=True))
        #: How each field's type reads a stored value (None: as stored), for values the
        #: quick way does not take itself.
        self.readers = readers
        self._parsed: dict[str, list[Any]] = {}

    def stored(self, name: str) -> Sequence[Any]:
        return self.fields[name]

    def read(self, name: str) -> list[Any]:
        """The field's values as its column type reads them (a datetime, a date …)."""
        reader = self.readers[name]
        values = self.fields[name]
        return list(values) if reader is None else [reader(v) for v in values]

    def parsed(self, name: str) -> list[Any]:
        """A JSON field's values, parsed once for every column made from it.

        Values parsed from the same short text are one object: they are only read.
        """
        found = self._parsed.get(name)
        if found is None:
            found = self._parsed[name] = list(map(self.parser(name), self.fields[name]))
        return found

    def parser(self, name: str) -> Callable[[Any], Any]:
        """How the quick way parses one stored value of a JSON field (see :meth:`parsed`)."""
        read = self.readers[name] or (lambda v: v)
        known = self.run.memo.setdefault("json values", {})

        def parse(text: Any) -> Any:
            if type(text) is not str:
                return read(text)
            value = known.get(text, _UNSEEN)
            if value is _UNSEEN:
                try:
                    value, end = _SCAN_JSON(text, 0)
                except (StopIteration, ValueError):
                    end = -1
                if end != len(text):  # not JSON text as json.dumps writes it
                    value = read(text)
                if len(text) <= _SHORT_JSON:
                    if len(known) >= _JSON_KEPT:
                        known.clear()
                    known[text] = value
            return value

        return parse


#: SQLite's text of a date and of an instant (UTC), one per line: what the quick way takes
#: as it is; a batch with any other goes the way of the column's type.
_STORED_DATES = re.compile(r"(?:\d{4}-\d\d-\d\d\n)*")
_STORED_INSTANTS = re.compile(r"(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\n)*")


def _stored_as(pattern: re.Pattern[str], values: Sequence[Any]) -> bool:
    present = [v for v in values if v is not None]
    try:
        text = "\n".join(present)
    except TypeError:
        return False
    return not present or pattern.fullmatch(text + "\n") is not None


def _json_texts(values: Sequence[Any]) -> list[str]:
    """Each value as JSON text (:func:`json_row`), text values (or None) with no call of
    Python's own per value."""
    try:
        return list(map(encode_basestring, values))
    except TypeError:  # None, or not text
        pass
    try:
        return ["null" if v is None else encode_basestring(v) for v in values]
    except TypeError:
        return [json_row(v) for v in values]


def _json_numbers(values: Sequence[Any]) -> list[str]:
    """Whole numbers (or None) as JSON text; anything else by :func:`json_row`."""
    return ["null" if v is None else str(v) if type(v) is int else json_row(v) for v in values]


def _json_floats(values: Sequence[Any]) -> list[str]:
    """Numbers (or None) as JSON text; anything but a finite float or an int by :func:`json_row`."""
    return [
        "null"
        if v is None
        else repr(v)
        if type(v) is float and isfinite(v)
        else str(v)
        if type(v) is int
        else json_row(v)
        for v in values
    ]


def _as_stored(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    """Numbers and ids: the same in both files."""
    values = batch.stored(source or "")
    kinds = set(map(type, values))
    if kinds == {int}:  # ids: one text, the same in both files
        texts = list(map(str, values))
        return texts, texts
    if kinds <= {int, type(None)}:
        fields = ["" if v is None else str(v) for v in values]
        return [f or "null" for f in fields], fields
    return _json_numbers(values), _csv_fields(values)


def _texts(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    values = batch.stored(source or "")
    return _json_texts(values), _csv_fields(_text_cells(values))


def _booleans(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    stored = batch.stored(source or "")
    return (
        ["null" if v is None else "true" if v else "false" for v in stored],
        ["" if v is None else "true" if v else "false" for v in stored],
    )


def _floats(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    values = batch.stored(source or "")
    cells = [_number(v) if type(v) is float else v for v in values]
    return _json_floats(values), _csv_fields(cells)


def _dates(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    values = batch.stored(source or "")
    if not _stored_as(_STORED_DATES, values):
        values = [None if d is None else d.isoformat() for d in batch.read(source or "")]
    return _json_texts(values), _csv_fields(values)


def _instants(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    """Instants in UTC as ``datetime.isoformat`` writes them, from SQLite's text of them."""
    stored = batch.stored(source or "")
    values: list[Any]
    if _stored_as(_STORED_INSTANTS, stored):
        # All of them at once, one per line: "2024-05-01 16:00:00.000000" becomes
        # "2024-05-01T16:00:00+00:00" (microseconds only where there are some).
        present = [v for v in stored if v is not None]
        text = ("\n".join(present) + "\n").replace(".000000\n", "\n").replace(" ", "T")
        written = text.replace("\n", "+00:00\n").split("\n")
        if len(present) == len(stored):
            values = written[:-1]
        else:
            found = iter(written)
            values = [None if v is None else next(found) for v in stored]
    else:
        values = [
            None if m is None else m.astimezone(UTC).isoformat() for m in batch.read(source or "")
        ]
    return _json_texts(values), _csv_fields(values)


def _local_times(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    zone = batch.run.zone
    values = [
        None if m is None else m.astimezone(zone).isoformat() for m in batch.read(source or "")
    ]
    return _json_texts(values), _csv_fields(values)


def _json_values(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    """A JSON field: its value as JSON text (as written, not as stored) and its CSV field,
    made once per export for a short text however often it is stored."""
    name = source or ""
    stored = batch.stored(name)
    known: dict[Any, tuple[str, str]] = batch.run.memo.setdefault("json", {None: ("null", "")})
    found: list[Any] = list(map(known.get, stored))
    if None in found:
        values = batch.parsed(name)
        for i, text in enumerate(stored):
            if found[i] is None:
                value = values[i]
                made = found[i] = (json_row(value), _csv_field(csv_cell(value)))
                if type(text) is str and len(text) <= _SHORT_JSON:
                    if len(known) >= _JSON_KEPT:
                        known.clear()
                        known[None] = ("null", "")
                    known[text] = made
    return [f[0] for f in found], [f[1] for f in found]


def _read_values(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    """Any other type: as the column type reads it, then as the plain way writes it."""
    values = batch.read(source or "")
    return [json_row(v) for v in values], _csv_fields([csv_cell(v) for v in values])


def _by_type(kind: Any) -> Quick:
    """The quick way for a stored field of this type, taken as it is."""
    if isinstance(kind, JSON):
        return _json_values
    if isinstance(kind, Boolean):
        return _booleans
    if isinstance(kind, UTCDateTime):
        return _instants
    if isinstance(kind, Date):
        return _dates
    if isinstance(kind, Float):
        return _floats
    if isinstance(kind, Integer):
        return _as_stored
    if isinstance(kind, String):
        return _texts
    return _read_values


def _codes(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    values = list(map(batch.run.codes.get, batch.stored(source or "")))
    return _json_texts(values), _csv_fields(_text_cells(values))


def _amount_texts(run: Run, make: Callable[[int], Decimal], kind: str) -> dict[Any, Any]:
    """An amount's text by its minor units, each made once in an export."""
    texts = run.memo.get(kind)
    if texts is None:
        texts = run.memo[kind] = _Texts(lambda v: None if v is None else str(make(v)))
    return texts


def _amounts(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    texts = _amount_texts(batch.run, batch.run.money, "money")
    values = list(map(texts.__getitem__, batch.stored(source or "")))
    return _json_texts(values), _csv_fields(values)


def _fees(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    texts = _amount_texts(batch.run, batch.run.fee, "fee")
    values = list(map(texts.__getitem__, batch.stored(source or "")))
    return _json_texts(values), _csv_fields(values)


def _currencies(batch: Batch, _source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    currency = batch.run.currency
    return [json_row(currency)] * batch.size, [_csv_field(csv_cell(currency))] * batch.size


class _Texts(dict[Any, Any]):
    """Values by key, each made by ``make`` the first time it is asked for."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


# ------------------------------------------------------------ rows of their own


class _SettingRow(NamedTuple):
    key: str
    value: Any
    stored: bool


def _setting_rows(run: Run) -> Iterable[_SettingRow]:
    stored = {
        row.key: row.value for row in run.session.scalars(select(Setting).order_by(Setting.key))
    }
    # The client-facing window's PIN is kept as a hash: a secret of this vault, of no use elsewhere.
    stored.pop(PIN_KEY, None)
    keys = sorted(set(SETTING_DEFAULTS) | set(stored))
    return [
        _SettingRow(k, stored[k] if k in stored else SETTING_DEFAULTS.get(k), k in stored)
        for k in keys
    ]


class _InstrumentRow(NamedTuple):
    id: str
    instrument: Instrument | None
    own: bool


def _instrument_rows(run: Run) -> Iterable[_InstrumentRow]:
    used = set(run.session.scalars(select(Administration.instrument_id).distinct()))
    shipped = shipped_dir().resolve()
    rows = []
    for ident in sorted(set(run.instruments) | used):
        instrument = run.instruments.get(ident)
        path = instrument.path if instrument is not None else None
        own = path is not None and shipped not in path.resolve().parents
        rows.append(_InstrumentRow(ident, instrument, own))
    return rows


def _instrument_get(get: Callable[[Instrument], Any]) -> Getter:
    return lambda row, _run: None if row.instrument is None else get(row.instrument)


class _Answer(NamedTuple):
    administration_id: int
    client_id: int
    instrument_id: str
    position: int
    item_id: str
    item_text: str
    answer: Any
    answer_label: str
    comment: str


def _answer_statement() -> Any:
    return select(
        Administration.id,
        Administration.client_id,
        Administration.instrument_id,
        Administration.answers,
        Administration.comments,
    ).order_by(Administration.id)


@dataclass
class _Questionnaire:
    """An instrument's items as the answers' rows need them, looked up once per export:
    a practice has a handful of instruments and hundreds of thousands of answers."""

    order: list[str]
    listed: set[str]
    items: Mapping[str, Item]
    texts: bool
    #: The item, its text, and the CSV cells of the id and of the text, by item id.
    cells: dict[str, tuple[Item | None, str, str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, instrument: Instrument | None) -> _Questionnaire:
        order = [i.id for i in instrument.items] if instrument is not None else []
        items = instrument.items_by_id if instrument is not None else {}
        texts = instrument is not None and instrument.item_texts_included
        return cls(order, set(order), items, texts)

    def keys(self, answers: Mapping[str, Any], comments: Mapping[str, Any]) -> list[str]:
        """The items answered or commented on, in the questionnaire's order, then any others."""
        keys = [k for k in self.order if k in answers or k in comments]
        others = (answers.keys() | comments.keys()) - self.listed
        return keys + sorted(others) if others else keys

    def item(self, key: str) -> tuple[Item | None, str, str, str]:
        found = self.cells.get(key)
        if found is None:
            item = self.items.get(key)
            text = item.text if self.texts and item is not None else ""
            found = self.cells[key] = (item, text, csv_cell(key), csv_cell(text))
        return found


def _answer_rows(run: Run) -> Iterator[_Answer]:
    known: dict[str, _Questionnaire] = {}
    for ident, client_id, instrument_id, answers, comments in _stream(run, _answer_statement()):
        questionnaire = known.get(instrument_id)
        if questionnaire is None:
            questionnaire = known[instrument_id] = _Questionnaire.of(
                run.instruments.get(instrument_id)
            )
        for position, key in enumerate(questionnaire.keys(answers, comments), start=1):
            item, text, _, _ = questionnaire.item(key)
            answer = answers.get(key)
            yield _Answer(
                ident,
                client_id,
                instrument_id,
                position,
                key,
                text,
                answer,
                _answer_label(item, answer),
                comments.get(key, ""),
            )


def _answer_label(item: Item | None, answer: Any) -> str:
    """What an answer's value means (e.g. Several days), where the item says."""
    if item is None or not isinstance(answer, int) or isinstance(answer, bool):
        return ""
    return item.label_for(answer) or ""


#: Where an administration's own start goes in the lines of its answers kept below.
_HEAD = "\0"
#: Administrations' answers whose lines are kept, to be written again for another
#: administration with the same answers (most are: a handful of answers per item).
_ANSWERS_KEPT = 10_000


def _answer_batches(run: Run) -> Iterator[Lines]:
    """The answers' rows the quick way: the lines of a batch of administrations at a time.

    What repeats is written once: the lines of the same answers (with the same comments)
    to the same questionnaire, but for the administration's own start (its ids, the
    client's code, the instrument); an item's id and text, an answer and its label.
    """
    statement = _answer_statement()
    known: dict[str, _Questionnaire] = {}
    #: An item's id and text, then an answer and its label: as CSV fields, then as JSON.
    items: dict[tuple[str, str], tuple[str, str]] = {}
    answered: dict[tuple[str, str, int], tuple[str, str]] = {}
    comments_written: dict[str, tuple[str, str]] = {"": (",", ", " + json_row(""))}
    #: The CSV and JSON lines of answers, _HEAD where each line starts, and their number.
    lines_of: dict[tuple[str, Any, Any], tuple[str, str, int]] = {}
    codes = run.codes
    starts: dict[tuple[Any, str], tuple[str, str]] = {}

    def answer_lines(
        questionnaire: _Questionnaire,
        instrument_id: str,
        answers: Any,
        comments: Any,
        heads: tuple[str, str] = (_HEAD, _HEAD),
    ) -> tuple[str, str, int]:
        csv_head, json_head = heads
        csv_out: list[str] = []
        json_out: list[str] = []
        for position, key in enumerate(questionnaire.keys(answers, comments), start=1):
            item_parts = items.get((instrument_id, key))
            if item_parts is None:
                _item, text, _, _ = questionnaire.item(key)
                item_parts = items[instrument_id, key] = (
                    f"{csv_field(csv_cell(key))},{csv_field(csv_cell(text))},",
                    f"{json_row(key)}, {json_row(text)}, ",
                )
            answer = answers.get(key)
            answer_parts = (
                answered.get((instrument_id, key, answer)) if type(answer) is int else None
            )
            if answer_parts is None:
                label = _answer_label(questionnaire.item(key)[0], answer)
                answer_parts = (
                    f"{csv_field(csv_cell(answer))},{csv_field(csv_cell(label))}",
                    f"{json_row(answer)}, {json_row(label)}",
                )
                if type(answer) is int:
                    answered[instrument_id, key, answer] = answer_parts
            comment = comments.get(key, "")
            comment_parts = comments_written.get(comment) if type(comment) is str else None
            if comment_parts is None:
                comment_parts = ("," + csv_field(csv_cell(comment)), ", " + json_row(comment))
                if type(comment) is str and len(comments_written) < 10_000:
                    comments_written[comment] = comment_parts
            csv_out.append(
                f"{csv_head}{position},{item_parts[0]}{answer_parts[0]}{comment_parts[0]}"
            )
            json_out.append(
                f"{json_head}{position}, {item_parts[1]}{answer_parts[1]}{comment_parts[1]}]"
            )
        return "\r\n".join(csv_out), ",\n  ".join(json_out), len(csv_out)

    for batch in _stored_batches(run, statement):
        parse_answers, parse_comments = batch.parser("answers"), batch.parser("comments")
        csv_out: list[str] = []
        json_out: list[str] = []
        count = 0
        for ident, client_id, instrument_id, answers_text, comments_text in zip(
            batch.stored("id"),
            batch.stored("client_id"),
            batch.stored("instrument_id"),
            batch.stored("answers"),
            batch.stored("comments"),
            strict=True,
        ):
            # The start of the administration's lines: its id, then the client's and the
            # instrument's, written once for each client and instrument.
            start = starts.get((client_id, instrument_id))
            if start is None:
                code = codes.get(client_id)
                start = starts[client_id, instrument_id] = (
                    ",".join(csv_field(csv_cell(v)) for v in (client_id, code, instrument_id)),
                    json_row((client_id, code, instrument_id))[1:-1],
                )
            if type(ident) is int:
                heads = (f"{ident},{start[0]},", f"[{ident}, {start[1]}, ")
            else:
                heads = (
                    f"{csv_field(csv_cell(ident))},{start[0]},",
                    f"[{json_row(ident)}, {start[1]}, ",
                )
            pattern = (instrument_id, answers_text, comments_text)
            found = lines_of.get(pattern)
            if found is None:
                questionnaire = known.get(instrument_id)
                if questionnaire is None:
                    questionnaire = known[instrument_id] = _Questionnaire.of(
                        run.instruments.get(instrument_id)
                    )
                answers, comments = parse_answers(answers_text), parse_comments(comments_text)
                found = answer_lines(questionnaire, instrument_id, answers, comments)
                if not found[0].count(_HEAD) == found[1].count(_HEAD) == found[2]:
                    # _HEAD in an answer or a comment: these lines are written as they are.
                    lines = answer_lines(questionnaire, instrument_id, answers, comments, heads)
                    csv_out.append(lines[0])
                    json_out.append(lines[1])
                    count += lines[2]
                    continue
                if len(lines_of) >= _ANSWERS_KEPT:
                    lines_of.clear()
                lines_of[pattern] = found
            if found[2]:
                csv_out.append(found[0].replace(_HEAD, heads[0]))
                json_out.append(found[1].replace(_HEAD, heads[1]))
                count += found[2]
        if count:
            yield Lines("\r\n".join(csv_out) + "\r\n", ",\n  ".join(json_out), count)


def _notes_kept(run: Run) -> Any:
    """The notes in the export: psychotherapy notes only when asked for (None: every note)."""
    return None if run.psychotherapy_notes else Note.kind != NoteKind.PSYCHOTHERAPY


def _addenda_kept(run: Run) -> Any:
    """The addenda of the notes in the export (None: every addendum)."""
    kept = _notes_kept(run)
    return None if kept is None else NoteAddendum.note_id.in_(select(Note.id).where(kept))


def _sections_text(sections: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for section in sections:
        text = str(section.get("text", "")).strip()
        if text:
            parts.append(f"{section.get('title', '')}\n{text}".strip())
    return "\n\n".join(parts)


def _note_text(note: Any, _run: Run) -> str:
    return _sections_text(note.sections)


def _note_texts(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    values = [_sections_text(sections) for sections in batch.parsed(source or "")]
    return _json_texts(values), _csv_fields(_text_cells(values))


def _kept_note(attribute: str) -> Getter:
    """A note's id where that note is in this export (a psychotherapy note may be left out)."""

    def get(row: Any, run: Run) -> int | None:
        note_id = getattr(row, attribute)
        return note_id if note_id in run.note_ids else None

    return get


def _kept_notes(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    kept = batch.run.note_ids
    values = [v if v in kept else None for v in batch.stored(source or "")]
    return _json_numbers(values), _csv_fields(values)


def _client_tags(run: Run) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    statement = (
        select(client_tag.c.client_id, Tag.name)
        .join(Tag, Tag.id == client_tag.c.tag_id)
        .order_by(client_tag.c.client_id, Tag.name)
    )
    for client_id, name in run.session.execute(statement):
        tags[client_id].append(name)
    return tags


def _lists(find: Callable[[Run], Mapping[int, list[str]]]) -> Quick:
    """The list each row's id has in the run's mapping (an empty one where none)."""

    def quick(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
        found = find(batch.run)
        values = [found.get(v, []) for v in batch.stored(source or "")]
        return [json_row(v) for v in values], _csv_fields([json_cell(v) for v in values])

    return quick


def _service_names(batch: Batch, source: str | None) -> tuple[Sequence[str], Sequence[str]]:
    values = list(map(batch.run.services.get, batch.stored(source or "")))
    return _json_texts(values), _csv_fields(_text_cells(values))


def _stored_batches(run: Run, statement: Any) -> Iterator[Batch]:
    """The rows of ``statement`` as SQLite holds them, :data:`_BATCH` at a time."""
    fields = [c for c in statement.selected_columns]
    dialect = run.session.get_bind().dialect
    readers = {c.name: c.type.dialect_impl(dialect).result_processor(dialect, None) for c in fields}
    names = [c.name for c in fields]
    raw = statement.with_only_columns(
        *(type_coerce(c, NullType()) for c in fields), maintain_column_froms=True
    )
    result = run.session.connection().execute(raw.execution_options(yield_per=_BATCH))
    for rows in result.partitions():
        yield Batch(run, names, rows, readers)


def _stored_lines(table: Table, stored: Stored, run: Run) -> Iterator[Lines] | None:
    """The table's rows the quick way, or None where a column has no quick way."""
    fields = stored.fields()
    kinds = {c.name: c.type for c in fields}
    plan: list[tuple[Quick, str | None]] = []
    for column in table.columns:
        quick = column.quick
        if quick is None:
            if column.source is None:
                return None
            quick = _by_type(kinds[column.source])
        plan.append((quick, column.source))
    if len(plan) < 2:
        return None
    return _quick_lines(plan, stored, run, stored.statement(run, fields))


def _quick_lines(
    plan: Sequence[tuple[Quick, str | None]], stored: Stored, run: Run, statement: Any
) -> Iterator[Lines]:
    seen = stored.seen(run) if stored.seen is not None else None
    for batch in _stored_batches(run, statement):
        if not batch.size:
            continue
        texts: list[Sequence[str]] = []
        fields: list[Sequence[str]] = []
        for quick, source in plan:
            column_texts, column_fields = quick(batch, source)
            texts.append(column_texts)
            fields.append(column_fields)
        if seen is not None:
            seen.update(batch.stored("id"))
        json_text = "[" + "],\n  [".join(map(", ".join, zip(*texts, strict=True))) + "]"
        yield Lines(_joined(fields), json_text, batch.size)


def _plain_lines(table: Table, run: Run) -> Iterator[Lines]:
    """The table's rows the plain way: each column's ``get``, then :func:`csv_cell`."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    getters = [c.get for c in table.columns]
    rows = iter(table.rows(run))
    while chunk := list(islice(rows, _BATCH)):
        values = [[get(row, run) for get in getters] for row in chunk]
        writer.writerows([[csv_cell(v) for v in row] for row in values])
        yield Lines(text.getvalue(), ",\n  ".join(json_row(row) for row in values), len(values))
        text.seek(0)
        text.truncate()


def table_lines(table: Table, run: Run, *, quick: bool = True) -> Iterator[Lines]:
    """The table's rows, a batch at a time, as the CSV file's lines and the JSON file's rows.

    The quick way where the table has one (``quick``), else the plain way; both write
    the same files.
    """
    if quick and table.batches is not None:
        return table.batches(run)
    if quick and isinstance(table.rows, Stored):
        lines = _stored_lines(table, table.rows, run)
        if lines is not None:
            return lines
    return _plain_lines(table, run)


# ------------------------------------------------------------ the list

_CREATED = _when("created_at", "When the row was made")
_UPDATED = _when("updated_at", "When the row was last changed")
# ------------------------------------------------------------ the list

_CREATED = _when("created_at", "When the row was made")
_UPDATED = _when("updated_at", "When the row was last changed")

_STATUSES = _values(ClientStatus)
_REQUESTED = _values(RequestedBy)

TABLES: tuple[Table, ...] = (
    Table(
        "practice",
        "The practice itself: its letterhead details (one row).",
        (
            _col("practice_name", "The practice's name."),
            _col("clinician_name", "The clinician's name."),
            _col("credentials", "Degrees and licence type."),
            _col("licence_number", "Licence number."),
            _col("address", "Postal address."),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("website", "Website."),
            _col("country", "Two-letter country code."),
            _col("time_zone", "The practice's time zone (IANA name, e.g. Europe/London)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(PracticeProfile),
    ),
    Table(
        "settings",
        "Every practice setting, with the value in force. Fees in settings are in hundredths "
        "of the currency (8500 = 85.00). The PIN of the client-facing window is left out.",
        (
            _col("key", "The setting's name, e.g. retention.years_after_last_service."),
            _col("value", "Its value (lists and mappings as JSON text in the CSV file)."),
            _col("stored", "true: chosen by the clinician; false: Rapport's default."),
        ),
        _setting_rows,
    ),
    Table(
        "services",
        "The kinds of appointment the practice offers.",
        (
            _id("service"),
            _col("name", "The service's name, as the calendar shows it."),
            _col("kind", f"What it is for: one of {_values(ServiceKind)}."),
            _col("duration_minutes", "Usual length in minutes."),
            _amount("fee_cents", "The fee (empty: no charge).", hundredths=True),
            _currency(),
            _col("billable", "true if attending it is charged."),
            _col("procedure_code", "Billing code (e.g. CPT 90834), if any."),
            _col("buffer_after_minutes", "Minutes kept free after it."),
            _col("colour", "Its colour in the calendar."),
            _col("archived", "true if no longer offered for new bookings."),
        ),
        _orm(Service),
    ),
    Table(
        "instruments",
        "The questionnaires (instruments) the practice uses or has used, to read "
        "csv/administrations.csv.",
        (
            _col("id", "The instrument's id, as administrations refer to it."),
            _col("name", "Full name.", _instrument_get(lambda i: i.name)),
            _col("short_name", "Short name (e.g. PHQ-9).", _instrument_get(lambda i: i.short_name)),
            _col("version", "Version of its definition.", _instrument_get(lambda i: i.version)),
            _col(
                "kind",
                'What it is: "screen", "outcome", "check_in" or "evaluation".',
                _instrument_get(lambda i: i.kind),
            ),
            _col(
                "direction",
                '"higher_is_worse" or "higher_is_better".',
                _instrument_get(lambda i: i.direction),
            ),
            _col(
                "scoring",
                '"sum": the answers add up to a total; "none": each item stands alone.',
                _instrument_get(lambda i: i.method),
            ),
            _col("min_total", "Lowest possible total.", _instrument_get(lambda i: i.min_score)),
            _col("max_total", "Highest possible total.", _instrument_get(lambda i: i.max_score)),
            _col(
                "cutoff_female",
                "Clinical cut-off: a total at or above it is in the clinical range (women).",
                _instrument_get(lambda i: None if i.cutoff is None else i.cutoff.female),
            ),
            _col(
                "cutoff_male",
                "The same for men (the lower of the two applies when sex is not recorded).",
                _instrument_get(lambda i: None if i.cutoff is None else i.cutoff.male),
            ),
            _col(
                "reliable_change",
                "The smallest change beyond measurement error (Jacobson & Truax).",
                _instrument_get(lambda i: i.reliable_change_threshold()),
            ),
            _col(
                "item_texts_included",
                "false when the item wording may not be reproduced (item ids only).",
                _instrument_get(lambda i: i.item_texts_included),
            ),
            _col(
                "source",
                "Published source of the instrument.",
                _instrument_get(lambda i: i.source.citation),
            ),
            _col(
                "own",
                "true for an instrument the practice defined itself.",
                lambda row, _run: row.own,
            ),
            _col(
                "known",
                "false: administrations use this id but its definition is not available.",
                lambda row, _run: row.instrument is not None,
            ),
        ),
        _instrument_rows,
    ),
    Table(
        "clients",
        "Every client, active or not, archived ones included.",
        (
            _id("client"),
            _col("code", "The client's code (C0042): the folder clients/<code>/ is theirs."),
            _col("legal_first_name", "Legal first name."),
            _col("legal_last_name", "Legal last name."),
            _col("preferred_name", "The name they go by."),
            _col("pronouns", "Pronouns."),
            _col("date_of_birth", "Date of birth."),
            _col(
                "sex_for_norms",
                'Sex used for screening norms only ("female", "male"; empty: not recorded).',
            ),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("address", "Postal address."),
            _col("emergency_contact_name", "Emergency contact's name."),
            _col("emergency_contact_relationship", "Emergency contact's relationship."),
            _col("emergency_contact_phone", "Emergency contact's phone."),
            _col("referral_source", "Who referred them."),
            _col("requested_by", f"Who wanted the therapy: one of {_REQUESTED}."),
            _col("status", f"One of {_STATUSES}."),
            _col("fee_arrangement", f"One of {_values(FeeArrangement)}."),
            _amount("sliding_fee_minor", "Their sliding-scale fee per session.", hundredths=True),
            _currency(),
            _col("clinical_summary", "The clinician's summary of the case."),
            _col(
                "tags",
                "The client's tags (a JSON list).",
                lambda row, run: run.tags.get(row.id, []),
                source="id",
                quick=_lists(lambda run: run.tags),
            ),
            _col("last_service_on", "Date of the last service."),
            _when("archived_at", "When the record was archived"),
            _col("retention_until", "Kept until this date (set when archived)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(Client),
    ),
    Table(
        "guardians",
        "Parents and guardians of clients who are minors.",
        (
            _id("guardian"),
            *_client_ref(),
            _col("name", "Name."),
            _col("relation", "Relationship to the client."),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("can_consent", "true if they may consent to treatment."),
            _col("pays", "true if they pay."),
        ),
        _orm(Guardian),
    ),
    Table(
        "diagnoses",
        "Diagnoses (ICD-10-CM), with the description as it was chosen.",
        (
            _id("diagnosis"),
            *_client_ref(),
            _col("code", "ICD-10-CM code."),
            _col("description", "Description."),
            _col("is_primary", "true for the primary diagnosis."),
            _col("noted_on", "Date it was recorded."),
        ),
        _orm(Diagnosis),
    ),
    Table(
        "treatment_goals",
        "Treatment goals of each client's treatment plan.",
        (
            _id("goal"),
            *_client_ref(),
            _col("title", "The goal."),
            _col("description", "Details."),
            _col("target_date", "Target date."),
            _col("status", f"One of {_values(GoalStatus)}."),
        ),
        _orm(TreatmentGoal),
    ),
    Table(
        "treatment_objectives",
        "Measurable steps towards a treatment goal.",
        (
            _id("objective"),
            _col("goal_id", "The goal (csv/treatment_goals.csv)."),
            _col("text", "The objective."),
            _col("target_date", "Target date."),
            _col("met", "true once met."),
            _col("position", "Order within the goal."),
        ),
        _orm(TreatmentObjective),
    ),
    Table(
        "treatment_interventions",
        "What the clinician does towards a treatment goal.",
        (
            _id("intervention"),
            _col("goal_id", "The goal (csv/treatment_goals.csv)."),
            _col("text", "The intervention."),
            _col("position", "Order within the goal."),
        ),
        _orm(TreatmentIntervention),
    ),
    Table(
        "enquiries",
        "Everyone who enquired (prospects), whether or not they became a client.",
        (
            _id("enquiry"),
            _col("name", "The name they gave."),
            _col("phone", "Phone."),
            _col("email", "E-mail."),
            _col("heard_from", "How they heard of the practice."),
            _col("wants_help_with", "What they wanted help with."),
            _col("requested_by", f"Who wanted the therapy: one of {_REQUESTED}."),
            _col("preferred_times", "When they could come."),
            _col("status", f"One of {_values(ProspectStatus)}."),
            _col("not_proceeding_reason", "Why they did not go on, where they did not."),
            _col("not_proceeding_note", "A note about that."),
            *_client_ref(which="they became, if they did"),
            _CREATED,
            _UPDATED,
        ),
        _orm(Prospect),
    ),
    Table(
        "intakes",
        "Finished intakes: the intake wizard's answers about the client.",
        (
            _id("intake"),
            *_client_ref(),
            _col("data", "Everything the intake recorded (JSON: presenting problem, history …)."),
            _col("risk_acknowledgement", "What the clinician recorded about risk answers."),
            _when("completed_at", "When it was finished"),
            _CREATED,
        ),
        _orm(Intake),
    ),
    Table(
        "intake_drafts",
        "Intakes stopped part-way, to be resumed.",
        (
            _id("draft"),
            _col("prospect_id", "The enquiry it started from (csv/enquiries.csv), if any."),
            _col("label", "Its label in the list of drafts."),
            _col("page", "The page it stopped on."),
            _col("data", "What was entered so far (JSON)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(IntakeDraft),
    ),
    Table(
        "follow_ups",
        "What a positive screen or a risk answer raised, and what was done about it.",
        (
            _id("follow-up"),
            *_client_ref(),
            _col("administration_id", "The questionnaire that raised it."),
            _col("kind", '"screen" or "risk".'),
            _col("title", "What it is about."),
            _col("status", f"One of {_values(FollowUpStatus)}."),
            _col("resolution_note", "What was done."),
            _when("resolved_at", "When it was resolved"),
            _CREATED,
        ),
        _orm(FollowUp),
    ),
    Table(
        "measurement_plans",
        "Clients' own plans of questionnaires before and after sessions (others follow the "
        "practice's default, in csv/settings.csv as surveys.default_plan).",
        (
            _id("plan"),
            *_client_ref(),
            _col("before", 'Given before sessions (JSON list of {"instrument_id", "every"}).'),
            _col("after", "Given after sessions (same form)."),
            _UPDATED,
        ),
        _orm(MeasurementPlan),
    ),
    Table(
        "appointment_series",
        "Recurring series of appointments; each session is also a row of its own in "
        "csv/appointments.csv.",
        (
            _id("series"),
            _col("rule", "The recurrence rule (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=12)."),
            _col(
                "first_start",
                "Local wall-clock start of the first session (no offset: in time_zone).",
            ),
            _col("time_zone", "The time zone of first_start."),
            _CREATED,
        ),
        _orm(AppointmentSeries),
    ),
    Table(
        "appointments",
        "Every appointment: free consultations of enquiries and clients' sessions, with "
        "their status and any late-cancellation or no-show fee.",
        (
            _id("appointment"),
            *_client_ref(
                which="(in a joint session the first; the others are in "
                "csv/appointment_participants.csv)"
            ),
            _col("prospect_id", "For a free consultation of an enquiry: the enquiry."),
            _col("service_id", "The service (csv/services.csv)."),
            _col(
                "service",
                "The service's name.",
                lambda r, run: run.services.get(r.service_id),
                source="service_id",
                quick=_service_names,
            ),
            _when("start", "Start", "start_utc"),
            _when("end", "End", "end_utc"),
            _col(
                "start_local",
                "Start in the practice's time zone.",
                _local("start_utc"),
                source="start_utc",
                quick=_local_times,
            ),
            _col(
                "end_local",
                "End in the practice's time zone.",
                _local("end_utc"),
                source="end_utc",
                quick=_local_times,
            ),
            _col("status", f"One of {_values(AppointmentStatus)}."),
            _when("status_changed_at", "When the status was last set"),
            _amount(
                "fee_owed_cents",
                "The fee owed for a late cancellation or a no-show.",
                hundredths=True,
            ),
            _currency(),
            _col("location", 'Where ("video", an address; empty: the usual room).'),
            _col("memo", "The clinician's memo."),
            _col("series_id", "The recurring series it belongs to, if any."),
            _when("occurrence", "The series slot it stands for, even if moved", "occurrence_utc"),
            _col("is_exception", "true if changed on its own within its series."),
            _col("buffer_after_minutes", "Minutes kept free after it."),
            _col("consent_warning", "Why it was booked without a valid consent, if it was."),
            _col(
                "external_uid",
                "For an appointment imported from a calendar file: the event it came from.",
            ),
            _CREATED,
            _UPDATED,
        ),
        _orm(Appointment),
    ),
    Table(
        "appointment_participants",
        "Further clients in a joint session (a couple's other partner, family members).",
        (
            _col("appointment_id", "The appointment (csv/appointments.csv)."),
            *_client_ref(),
        ),
        _orm(AppointmentParticipant, AppointmentParticipant.appointment_id),
    ),
    Table(
        "blocked_times",
        "Time the clinician was not available (typed in, or read from their own calendar).",
        (
            _id("blocked time"),
            _when("start", "Start", "start_utc"),
            _when("end", "End", "end_utc"),
            _col("summary", "What it says (imported events only ever say Busy)."),
            _col("source", '"manual" or "ics" (imported).'),
            _CREATED,
        ),
        _orm(BlockedTime),
    ),
    Table(
        "note_templates",
        "The shapes of session notes (SOAP, DAP … and the practice's own).",
        (
            _id("template"),
            _col("name", "Name."),
            _col("kind", f"The kind of note it makes: one of {_values(NoteKind)}."),
            _col("sections", 'Its sections (JSON list of {"key", "title", "prompt"}).'),
            _col("builtin", "true if it came with Rapport."),
            _col("archived", "true if no longer offered."),
        ),
        _orm(NoteTemplate),
    ),
    Table(
        "notes",
        "Session notes, signed and drafts. Psychotherapy notes (the clinician's private process "
        "notes) are here only when the export was made with them (see manifest.json). "
        "A signed note never changed after signing; corrections are addenda.",
        (
            _id("note"),
            *_client_ref(which="(a joint session's note is kept with its first client)"),
            _col("appointment_id", "The session it is about, if any."),
            _col(
                "kind",
                '"progress" (part of the clinical record) or "psychotherapy" '
                "(private process notes).",
            ),
            _col("status", f"One of {_values(NoteStatus)} (a draft is not part of the record)."),
            _col("session_date", "Date of the session."),
            _col("template_name", "The template it was written on."),
            _col(
                "text",
                "The whole note as plain text: each section's title, then its text.",
                _note_text,
                source="sections",
                quick=_note_texts,
            ),
            _col(
                "sections", 'The same, section by section (JSON list of {"key", "title", "text"}).'
            ),
            _col("goal_ids", "Treatment goals it addressed (JSON list of goal ids)."),
            _when("signed_at", "When it was signed"),
            _col("signed_by", "Who signed it."),
            _col("late_entry", "true if signed more than a day after the session."),
            _col("chain_seq", "Its place in the chain of signed notes and addenda."),
            _col(
                "content_hash",
                "SHA-256 of the note's content as signed (its signature fingerprint).",
            ),
            _col("prev_hash", "chain_hash of the previous link of the chain."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash (hex text)."),
            _CREATED,
            _UPDATED,
        ),
        Stored(Note, where=_notes_kept, seen=lambda run: run.note_ids),
    ),
    Table(
        "note_addenda",
        "Signed, dated corrections and additions under signed notes.",
        (
            _id("addendum"),
            _col("note_id", "The note (csv/notes.csv)."),
            _col("text", "The addendum."),
            _when("signed_at", "When it was signed"),
            _col("signed_by", "Who signed it."),
            _col("chain_seq", "Its place in the chain of signed notes and addenda."),
            _col("content_hash", "SHA-256 of the addendum's content."),
            _col("prev_hash", "chain_hash of the previous link."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash."),
        ),
        Stored(NoteAddendum, where=_addenda_kept),
    ),
    Table(
        "note_chain_erased",
        "Links of the chain of signed notes whose note was erased with its client: hashes "
        "only, so that the chain can still be followed.",
        (
            _col("chain_seq", "Its place in the chain."),
            _col("kind", '"note" or "addendum".'),
            _col("content_hash", "SHA-256 of the erased content."),
            _col("prev_hash", "chain_hash of the previous link."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash."),
        ),
        _orm(NoteErased, NoteErased.chain_seq),
    ),
    Table(
        "homework",
        "What clients agreed to do between sessions, and how it went.",
        (
            _id("homework"),
            *_client_ref(),
            _col(
                "note_id",
                "The note it was set in, if that note is in this export.",
                _kept_note("note_id"),
                source="note_id",
                quick=_kept_notes,
            ),
            _col("assigned_on", "Date it was set."),
            _col("what", "What to do."),
            _col("why", "Why."),
            _col("due_on", "Due date."),
            _col("review", f"How it went: one of {_values(HomeworkReview)} (empty: not reviewed)."),
            _col("review_note", "A note from the review."),
            _col("reviewed_on", "Date reviewed."),
            _CREATED,
        ),
        _orm(Homework),
    ),
    Table(
        "administrations",
        "Every questionnaire given: when, by whom, the scores. Each answer is a row of "
        "csv/administration_answers.csv.",
        (
            _id("administration"),
            *_client_ref(),
            _col("instrument_id", "The questionnaire (csv/instruments.csv)."),
            _col("instrument_version", "Version of its definition when given."),
            _when("administered_at", "When it was answered"),
            _col("answered_by", f"One of {_values(AnsweredBy)}."),
            _col("appointment_id", "The session it belongs to, if any."),
            _col("timing", '"before" or "after" that session (empty: outside a session).'),
            _col("total", "The total score (empty when it has none or is not valid)."),
            _col("valid", "false when too many items were left out to score it."),
            _col("prorated", "true when missing items were filled in by the instrument's rule."),
            _col("band", "The severity band of the total."),
            _col("at_or_above_cutoff", "true if the total is in the clinical range."),
            _col("risk", "Risk answers it raised (JSON list)."),
            _col("answers", "Every answer by item id (JSON; the same as the answers file)."),
            _col("comments", "Free-text comments by item id (JSON)."),
            _CREATED,
        ),
        _orm(Administration),
    ),
    Table(
        "administration_answers",
        "Every answer to every questionnaire item, one row each.",
        (
            _col("administration_id", "The administration (csv/administrations.csv)."),
            *_client_ref(),
            _col("instrument_id", "The questionnaire."),
            _col("position", "Order of the item in the questionnaire."),
            _col("item_id", "The item's id."),
            _col("item_text", "The item's wording, where it may be reproduced."),
            _col("answer", "The answer's value (empty: not answered; text for open items)."),
            _col("answer_label", "What the value means (e.g. Several days)."),
            _col("comment", "A free-text comment on the item."),
        ),
        _answer_rows,
        _answer_batches,
    ),
    Table(
        "clinician_guesses",
        "How the clinician expected a session to be rated, recorded before seeing the rating.",
        (
            _id("guess"),
            *_client_ref(),
            _col("appointment_id", "The session."),
            _col("instrument_id", "The evaluation questionnaire."),
            _col("guessed_total", "The guessed total."),
            _CREATED,
        ),
        _orm(ClinicianGuess),
    ),
    Table(
        "attention_snoozes",
        "Needs-attention signals the clinician set aside until a date, with why.",
        (
            _id("snooze"),
            *_client_ref(),
            _col("rule", "The signal."),
            _col("reason", "Why it was set aside."),
            _col("until", "Until this date."),
            _CREATED,
        ),
        _orm(AttentionSnooze),
    ),
    Table(
        "resistance_worksheets",
        "Worksheets explored with clients who were not getting better.",
        (
            _id("worksheet"),
            *_client_ref(),
            _col("written_on", "Date."),
            _col("answers", "What was written, by prompt (JSON)."),
            _col("reviewed", "Checklist items looked at (JSON list)."),
            _CREATED,
            _UPDATED,
        ),
        _orm(ResistanceWorksheet),
    ),
    Table(
        "consent_templates",
        "Every version of the practice's consent forms; a version is never edited once saved.",
        (
            _id("template version"),
            _col("name", "Name."),
            _col("audience", '"adult" (for themselves) or "guardian" (for a minor).'),
            _col("version", "Version number."),
            _col(
                "sections",
                'Its sections (JSON list of {"key", "title", "body", "needs_initials"}).',
            ),
            _col("created_by", "Who saved it."),
            _CREATED,
        ),
        _orm(ConsentTemplate),
    ),
    Table(
        "consents",
        "Every consent signed in the app or on paper, revoked ones included. The documents "
        "are in the clients' folders (see documents).",
        (
            _id("consent"),
            *_client_ref(),
            _col("partner_ids", "Further clients who signed the same form (JSON list of ids)."),
            _col("template_id", "The template version signed (csv/consent_templates.csv)."),
            _col("template_name", "Its name."),
            _col("template_version", "Its version."),
            _col("audience", '"adult" or "guardian".'),
            _col("status", f"One of {_values(ConsentRecordStatus)}."),
            _col("on_paper", "true if signed on paper (the scan is the document)."),
            _col("signed_on", "Date signed."),
            _when("signed_at", "When it was recorded"),
            _col("client_name", "The client's name as on the form."),
            _col("client_date_of_birth", "Date of birth as on the form."),
            _col(
                "signers",
                'Who signed (JSON list of {"role", "name", "signed_on", "typed", "strokes"}).',
            ),
            _col("initials", "Initials per section (JSON)."),
            _col("sections", "The sections as they read when signed (JSON)."),
            _col("profile", "The practice's details as printed on the form (JSON)."),
            _when("revoked_at", "When it was revoked"),
            _col("revoked_on", "Date it was revoked."),
            _col("revoke_reason", "Why."),
            _col("scan_type", "The scan's file type (paper consents).", source="scan_mime"),
            _col("content_hash", "SHA-256 of the document as signed (for paper: of the scan)."),
            _col("prev_hash", "chain_hash of the previous consent of the practice."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash (hex text)."),
            _col(
                "documents",
                "The document's files in this export (JSON list; one per client folder).",
                lambda row, run: run.consent_files.get(row.id, []),
                source="id",
                quick=_lists(lambda run: run.consent_files),
            ),
        ),
        Stored(ConsentRecord, left_out=("pdf", "scan")),
    ),
    Table(
        "consent_chain_erased",
        "Places in the chain of consents whose client was erased: hashes only.",
        (
            _col("id", "The erased consent's id."),
            _col("content_hash", "SHA-256 of the erased document."),
            _col("prev_hash", "chain_hash of the previous consent."),
            _col("chain_hash", "SHA-256 of prev_hash followed by content_hash."),
            _col("erased_on", "Date erased."),
        ),
        _orm(ConsentErased),
    ),
    Table(
        "charges",
        "Everything clients were charged: sessions, late cancellations, no-shows, manual charges.",
        (
            _id("charge"),
            *_client_ref(),
            _col("appointment_id", "The appointment it is for, if any."),
            _col("service_id", "The service, if any."),
            _col("kind", f"One of {_values(ChargeKind)}."),
            _col("description", "Typed description (manual charges)."),
            _col("on_date", "Date."),
            _amount("amount_minor", "The amount."),
            _currency(),
            _col("invoice_id", "The invoice it is on now (empty: not invoiced)."),
            _col("waived_on", "Date waived, if it was."),
            _col("waive_reason", "Why."),
            _CREATED,
        ),
        _orm(Charge),
    ),
    Table(
        "invoices",
        "Invoices as issued (voided ones included: they are never edited).",
        (
            _id("invoice"),
            _col("number", "Invoice number (2027-0001)."),
            *_client_ref(),
            _col("guardian_id", "The guardian who pays, if not the client."),
            _col("payer_name", "The payer's name as on the invoice."),
            _col("payer_details", "The payer's address as on the invoice."),
            _col("client_name", "The client's name as on the invoice."),
            _col("issued_on", "Date issued."),
            _col("due_on", "Date due."),
            _col("period_start", "First day it covers."),
            _col("period_end", "Last day it covers."),
            _amount("total_minor", "The total."),
            _amount("due_minor", "What is still to be paid (0 once voided)."),
            _col("currency", "Currency."),
            _col("status", f"One of {_values(InvoiceStatus)}."),
            _col("voided_on", "Date voided."),
            _col("void_reason", "Why."),
        ),
        _orm(Invoice),
    ),
    Table(
        "invoice_lines",
        "The lines of each invoice, as issued.",
        (
            _id("line"),
            _col("invoice_id", "The invoice (csv/invoices.csv)."),
            _col("charge_id", "The charge it shows (csv/charges.csv)."),
            _col("position", "Order on the invoice."),
            _col("on_date", "Date."),
            _col("description", "Description."),
            _col("procedure_code", "Billing code."),
            _amount("amount_minor", "The amount."),
            _currency(),
        ),
        _orm(InvoiceLine),
    ),
    Table(
        "payments",
        "Money received, and amounts written off; voided ones keep their row.",
        (
            _id("payment"),
            *_client_ref(),
            _col("kind", f"One of {_values(PaymentKind)}."),
            _col("paid_on", "Date."),
            _amount("amount_minor", "The amount."),
            _amount("unapplied_minor", "What no invoice has taken yet (a credit)."),
            _currency(),
            _col("method", f"One of {_values(PaymentMethod)} (empty for a write-off)."),
            _col("reference", "Cheque number, transfer reference …"),
            _col("reason", "Why it was written off."),
            _col("voided_on", "Date voided."),
            _col("void_reason", "Why."),
            _CREATED,
        ),
        _orm(Payment),
    ),
    Table(
        "payment_allocations",
        "Which payment (or write-off) settled how much of which invoice.",
        (
            _id("allocation"),
            _col("payment_id", "The payment (csv/payments.csv)."),
            _col("invoice_id", "The invoice (csv/invoices.csv)."),
            _amount("amount_minor", "The amount."),
            _currency(),
        ),
        _orm(PaymentAllocation),
    ),
    Table(
        "audit_log",
        "The practice's audit log: who did what to which record, when. Each entry is chained "
        "to the one before it. It names records by id and fields by name, and for changes "
        "holds the values before and after; it never holds passphrases or keys.",
        (
            _id("entry"),
            _when("at", "When"),
            _col("action", "What was done (create, change, sign, export, unlock …)."),
            _col("record_type", "The kind of record (client, note, appointment …)."),
            _col("record_id", "The record's id."),
            _col("detail", "Details (JSON)."),
            _col("prev_hash", "The hash of the entry before (64 zeros for the first)."),
            _col("hash", "SHA-256 of this entry's content together with prev_hash."),
        ),
        _orm(AuditEntry),
    ),
)


# ================================================================= the run


@dataclass(frozen=True)
class ClientFacts:
    """What a client's folder and chart summary show of them."""

    id: int
    code: str
    folder: str
    first_name: str
    last_name: str
    preferred_name: str
    date_of_birth: date | None
    status: str

    @property
    def name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p.strip())
        preferred = self.preferred_name.strip()
        if preferred and preferred not in name.split():
            return f"{name} (known as {preferred})"
        return name


@dataclass(frozen=True)
class ConsentFile:
    """A consent's document in a client's folder."""

    consent_id: int
    name: str
    on_paper: bool


@dataclass
class Run:
    """What every table and every client's files are made from: one session, its lookups."""

    session: Session
    psychotherapy_notes: bool
    instruments: Mapping[str, Instrument]
    today: date
    zone: ZoneInfo
    practice_name: str
    currency: str
    digits: int
    clients: list[ClientFacts]
    codes: dict[int, str]
    services: dict[int, str]
    tags: dict[int, list[str]]
    #: Consent id → its files in the export; client id → the consent files in their folder.
    consent_files: dict[int, list[str]]
    client_consents: dict[int, list[ConsentFile]]
    #: The notes written so far (filled by the notes table, read by the tables after it).
    note_ids: set[int] = field(default_factory=set)
    #: What the quick way makes once per export (amounts' texts), by kind.
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict)

    def code(self, client_id: int | None) -> str | None:
        return None if client_id is None else self.codes.get(client_id)

    def money(self, minor: int) -> Decimal:
        return from_minor(minor, self.digits)

    def fee(self, hundredths: int) -> Decimal:
        """A fee kept in hundredths (services, sliding rates) in the currency's own digits."""
        return round_to_currency(from_minor(hundredths, MINOR_DIGITS), self.currency)

    def local(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(self.zone)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _folder_names(codes: Mapping[int, str]) -> dict[int, str]:
    """A folder name per client: the code, made safe for every file system and unique."""
    names: dict[int, str] = {}
    taken: set[str] = set()
    for client_id, code in sorted(codes.items()):
        name = re.sub(r"[^A-Za-z0-9._-]", "_", code).strip("._") or "client"
        if name.casefold() in taken:
            name = f"{name}-{client_id}"
        taken.add(name.casefold())
        names[client_id] = name
    return names


def _consent_file_name(
    consent_id: int, signed_on: date, version: int, on_paper: bool, mime: str
) -> str:
    stem = f"consent-{signed_on.isoformat()}-v{version}-{consent_id}"
    if on_paper:
        return f"{stem}-paper-scan{_SCAN_SUFFIX.get(mime, '.bin')}"
    return f"{stem}.pdf"


def prepare(
    session: Session,
    instruments: Mapping[str, Instrument],
    psychotherapy_notes: bool,
    today: date,
) -> Run:
    """Read the lookups the export needs besides the tables' own rows, in ``session``."""
    profile = session.scalar(select(PracticeProfile).limit(1))
    currency_code = str(get_setting(session, "billing.currency"))
    rows = session.execute(
        select(
            Client.id,
            Client.code,
            Client.legal_first_name,
            Client.legal_last_name,
            Client.preferred_name,
            Client.date_of_birth,
            Client.status,
        ).order_by(Client.code, Client.id)
    ).all()
    codes = {row.id: row.code for row in rows}
    folders = _folder_names(codes)
    clients = [
        ClientFacts(
            row.id,
            row.code,
            folders[row.id],
            row.legal_first_name,
            row.legal_last_name,
            row.preferred_name,
            row.date_of_birth,
            row.status,
        )
        for row in rows
    ]
    consent_files: dict[int, list[str]] = {}
    client_consents: dict[int, list[ConsentFile]] = defaultdict(list)
    statement = select(
        ConsentRecord.id,
        ConsentRecord.client_id,
        ConsentRecord.partner_ids,
        ConsentRecord.signed_on,
        ConsentRecord.template_version,
        ConsentRecord.on_paper,
        ConsentRecord.scan_mime,
    ).order_by(ConsentRecord.id)
    for ident, client_id, partners, signed_on, version, on_paper, mime in session.execute(
        statement
    ):
        name = _consent_file_name(ident, signed_on, version, on_paper, mime)
        owners = [client_id, *(p for p in partners if p in codes and p != client_id)]
        consent_files[ident] = [f"clients/{folders[o]}/{name}" for o in owners if o in folders]
        for owner in owners:
            client_consents[owner].append(ConsentFile(ident, name, on_paper))
    run = Run(
        session=session,
        psychotherapy_notes=psychotherapy_notes,
        instruments=instruments,
        today=today,
        zone=_zone(profile.time_zone if profile is not None else "UTC"),
        practice_name=profile.practice_name if profile is not None else "",
        currency=currency_code,
        digits=currency_digits(currency_code),
        clients=clients,
        codes=codes,
        services={row.id: row.name for row in session.execute(select(Service.id, Service.name))},
        tags={},
        consent_files=consent_files,
        client_consents=dict(client_consents),
    )
    run.tags = _client_tags(run)
    return run
