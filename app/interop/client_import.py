"""Clients read from a CSV file: the table, its columns matched to fields, a dry run, the import.

Reading
-------
:func:`read_table` finds how the file is written — UTF-8 with or without a
byte-order mark, UTF-16 or UTF-32, or else Windows' Western character set
(cp1252) — and which character separates the columns (comma, semicolon, tab
or vertical bar); either can be given instead. The first line that is not
blank names the columns. A file that cannot be read as a whole is refused as a
whole, naming the line at fault: one over :data:`MAX_IMPORT_BYTES` or with
more than :data:`MAX_ROWS` rows, NUL characters, a quote left open, a line
with more or fewer fields than the header.

Matching
--------
Each column of the file fills one field of the client's record, or is
ignored. :func:`auto_mapping` matches the usual names of columns ("First
name", "Surname", "DOB", "E-mail address" …) or those of a :data:`PRESETS`
entry: Rapport's own export, and the client lists of other practice programs
whose columns are publicly documented, described (with where each is
documented) in ``resources/client_import_formats.json``. Several columns may
fill the address (street, city, postcode …), the clinical summary and the
tags; every other field takes one column.

Checking
--------
Each row becomes a :class:`~app.clients.ClientInput` checked by
:func:`app.clients.clean`, so an imported client obeys every rule a typed one
does: a date of birth that is not in the future, a phone number valid for the
practice's country (and written its way), a minor only with a guardian who can
consent … Dates of birth are read year first (1990-05-17), with the month in
words (17 May 1990), or — once the clinician has said which order the file
uses — day and month in numbers (17/05/1990 or 05/17/1990): a date such as
03/04/2001 is never read one way or the other without being told.

:func:`plan_import` is the dry run: every row that would be created, every row
that would be refused with its line number and the reason for each field, and
the rows that may be clients the practice already has (same name and date of
birth, same phone number or same e-mail address), or that appear twice in the
file. It stores nothing.

Importing
---------
:func:`run_import` creates the clients of a plan through
:func:`app.clients.create_client` (each one audited as if typed), then audits
the import itself. It is all or nothing: a plan with a refused row is not
imported at all, and any failure — a row the vault refuses after all, a stop
asked for — raises, so that the caller's transaction is rolled back and
nothing is stored.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Changed
from app.clients import (
    ClientInput,
    GuardianInput,
    clean,
    create_client,
    display_name,
)
from app.errors import RapportError, ValidationError
from app.labels import (
    CLIENT_STATUS_LABELS,
    HISTORY_FIELD_LABELS,
    REQUESTED_BY_LABELS,
    REQUESTED_BY_SHORT,
)
from app.models import Client, ClientStatus, Guardian, RequestedBy
from app.practice import get_profile, get_setting, retention_policy
from app.resources import resource_path
from app.text import digits, fold
from app.words import Words, marked, said, words

if TYPE_CHECKING:
    from _csv import Reader

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
#: Python's csv module refuses a longer field; the message says so in words.
MAX_FIELD_CHARS = csv.field_size_limit()
IGNORE = ""

#: The character sets a file may be read with, as the clinician sees them.
#: (Shown through ``translated()``: the names with words in them are marked.)
ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": marked("UTF-8 (with byte-order mark)"),
    "utf-16": "UTF-16",
    "utf-16-le": marked("UTF-16 (little-endian, no byte-order mark)"),
    "utf-16-be": marked("UTF-16 (big-endian, no byte-order mark)"),
    "utf-32": "UTF-32",
    "cp1252": marked("Windows Western (cp1252)"),
    "cp1250": marked("Windows Central European (cp1250)"),
    "mac_roman": "Mac OS Roman",
}
#: The characters that may separate columns (shown through ``translated()``).
DELIMITERS: dict[str, str] = {
    ",": marked("Comma"),
    ";": marked("Semicolon"),
    "\t": marked("Tab"),
    "|": marked("Vertical bar"),
}
#: The same inside a sentence ("a value holding the separator (comma) …").
_SEPARATOR_WORDS: dict[str, str] = {
    ",": marked("comma"),
    ";": marked("semicolon"),
    "\t": marked("tab"),
    "|": marked("vertical bar"),
}


class ClientImportError(RapportError):
    """A file or a choice that cannot be imported; nothing was stored."""

    exit_code = 2
    default_message = marked("The clients could not be imported. Nothing was stored.")


class ImportStopped(ClientImportError):
    default_message = marked("The import was stopped. Nothing was stored.")


class DateOrder(StrEnum):
    """How a file writes a date of birth in numbers only, when it does not begin with the year."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"


def listed(parts: Sequence[str], separator: str) -> str:
    """``parts`` joined with ``separator``, each still translated where the whole is shown.

    The template holds no words (only the separator), so it is not marked: each
    part is translated as a value of it (:func:`app.words.translated`).
    """
    if len(parts) <= 1:
        return parts[0] if parts else ""
    values = {f"part{i}": part for i, part in enumerate(parts)}
    return Words(separator.join("{" + name + "}" for name in values), **values)


# ================================================================== reading


@dataclass(frozen=True)
class Table:
    """A CSV file as read: its header, its rows (all as wide as the header), how it was written.

    ``lines[i]`` is the line of the file where ``rows[i]`` begins (a quoted
    field may span several lines). ``blank`` counts the empty rows left out.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    encoding: str
    delimiter: str
    blank: int = 0

    @property
    def encoding_label(self) -> str:
        return ENCODINGS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITERS.get(self.delimiter, repr(self.delimiter))


def _line_at(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-Latin text has a NUL in every other byte."""
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    odd = sample[1 : pairs * 2 : 2].count(0)
    even = sample[0 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.7 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.7 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The character set ``data`` is most likely written in (a key of :data:`ENCODINGS`)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    wide = _looks_utf16(data[:4096])
    if wide is not None:
        return wide
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _decode(data: bytes, encoding: str) -> str:
    label = ENCODINGS.get(encoding, encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = _line_at(data, exc.start)
        raise ClientImportError(
            words(
                "Line {line} holds characters that are not {encoding}. Choose the file's "
                "character set, or save the file again as “CSV UTF-8” and choose it again.",
                line=line,
                encoding=label,
            )
        ) from None
    except LookupError:
        raise ClientImportError(
            words("Rapport cannot read the character set “{encoding}”.", encoding=label)
        ) from None
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise ClientImportError(
            words(
                "Line {line} holds a NUL character, which a text (CSV) file never has: this "
                "is not a CSV file, or it is not written in {encoding}.",
                line=line,
                encoding=label,
            )
        )
    return text


def _reader(text: str, delimiter: str) -> Reader:
    return csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )


def _sample_widths(text: str, delimiter: str, records: int = 20) -> list[int]:
    widths = []
    try:
        for row in _reader(text, delimiter):
            if not any(cell.strip() for cell in row):
                continue
            widths.append(len(row))
            if len(widths) >= records:
                break
    except csv.Error:
        pass
    return widths


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most columns, the same number each."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        widths = _sample_widths(text, delimiter)
        if not widths or widths[0] < 2:
            continue
        steady = sum(1 for w in widths if w == widths[0]) / len(widths)
        score = (steady, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_table(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """The CSV file ``data`` as a table; ClientImportError names what is wrong and where.

    ``encoding`` (a key of :data:`ENCODINGS`) and ``delimiter`` (one of
    :data:`DELIMITERS`) are found from the file when not given.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise ClientImportError(
            words(
                "The file is larger than {megabytes} MB. "
                "Split it into smaller files and import them one after the other.",
                megabytes=MAX_IMPORT_BYTES // (1024 * 1024),
            )
        )
    if not data.strip():
        raise ClientImportError(marked("The file is empty."))
    encoding = encoding or detect_encoding(data)
    text = _decode(data, encoding)
    begins = 1
    # Excel may write the separator it used as a first line of its own: "sep=;".
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint is not None and hint.group(1) in DELIMITERS:
        delimiter = delimiter or hint.group(1)
        text, begins = text[hint.end() :], 2
    if delimiter is None:
        delimiter = detect_delimiter(text)
    elif delimiter not in DELIMITERS:
        raise ClientImportError(
            marked("Choose a comma, semicolon, tab or vertical bar as separator.")
        )
    reader = _reader(text, delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    blank = 0
    skipped = begins - 1
    try:
        for record in reader:
            line, begins = begins, skipped + reader.line_num + 1
            if not any(cell.strip() for cell in record):
                if headers is not None:
                    blank += 1
                continue
            if headers is None:
                headers = tuple(
                    cell.strip() or words("Column {number}", number=i + 1)
                    for i, cell in enumerate(record)
                )
                continue
            if len(record) != len(headers):
                raise ClientImportError(
                    words(
                        "Line {line} has 1 field where the header line has {columns}. Every "
                        "line needs the same number of columns; a value holding the separator "
                        "({separator}) must be in double quotes.",
                        line=line,
                        columns=len(headers),
                        separator=_SEPARATOR_WORDS[delimiter],
                    )
                    if len(record) == 1
                    else words(
                        "Line {line} has {fields} fields where the header line has {columns}. "
                        "Every line needs the same number of columns; a value holding the "
                        "separator ({separator}) must be in double quotes.",
                        line=line,
                        fields=len(record),
                        columns=len(headers),
                        separator=_SEPARATOR_WORDS[delimiter],
                    )
                )
            if len(rows) >= MAX_ROWS:
                raise ClientImportError(
                    words(
                        "The file has more than {rows} rows. Split it into smaller "
                        "files and import them one after the other.",
                        rows=f"{MAX_ROWS:,}",
                    )
                )
            rows.append(tuple(record))
            lines.append(line)
    except csv.Error as exc:
        raise ClientImportError(_csv_problem(str(exc), begins)) from None
    if headers is None:
        raise ClientImportError(marked("The file is empty."))
    if not rows:
        raise ClientImportError(marked("The file has a header line but no rows of clients."))
    return Table(headers, tuple(rows), tuple(lines), encoding, delimiter, blank)


def _csv_problem(message: str, begins: int) -> str:
    if "field larger than field limit" in message:
        return words(
            "Line {line} holds a value longer than {limit} characters "
            "(or a quote that is never closed).",
            line=begins,
            limit=f"{MAX_FIELD_CHARS:,}",
        )
    if "unexpected end of data" in message:
        return words(
            "The quote that opens on line {line} is never closed, so the rest of the "
            "file would be read as one value.",
            line=begins,
        )
    return words(
        "Line {line} cannot be read: a value in double quotes must "
        "be followed by the separator or the end of the line.",
        line=begins,
    )


# ================================================================== fields


@dataclass(frozen=True)
class ImportField:
    """A field of the client's record that a column of the file may fill.

    ``label`` is marked English (shown through ``translated()``). ``join`` is how
    the values of several columns filling the same field are put together; a
    field without one takes one column only.
    """

    key: str
    label: str
    required: bool = False
    join: str = ""
    multiline: bool = False
    limit: int | None = None


def _limit(model: type[Client] | type[Guardian], name: str) -> int | None:
    column_type = model.__table__.c[name].type
    return column_type.length if isinstance(column_type, String) else None


def _client_field(
    key: str, required: bool = False, join: str = "", multiline: bool = False
) -> ImportField:
    return ImportField(
        key, HISTORY_FIELD_LABELS[key], required, join, multiline, limit=_limit(Client, key)
    )


FIELDS: tuple[ImportField, ...] = (
    _client_field("legal_first_name", required=True),
    _client_field("legal_last_name", required=True),
    _client_field("preferred_name"),
    _client_field("pronouns"),
    _client_field("date_of_birth", required=True),
    _client_field("sex_for_norms"),
    _client_field("phone"),
    _client_field("email"),
    _client_field("address", join=", ", multiline=True),
    _client_field("emergency_contact_name"),
    _client_field("emergency_contact_phone"),
    _client_field("emergency_contact_relationship"),
    _client_field("referral_source"),
    _client_field("requested_by"),
    _client_field("status"),
    _client_field("code"),
    _client_field("clinical_summary", join="\n", multiline=True),
    ImportField("tags", HISTORY_FIELD_LABELS["tags"], join=";"),
    ImportField("guardian_name", marked("Parent or guardian"), limit=_limit(Guardian, "name")),
    ImportField(
        "guardian_relation",
        marked("Guardian's relationship"),
        limit=_limit(Guardian, "relation"),
    ),
    ImportField("guardian_phone", marked("Guardian's phone"), limit=_limit(Guardian, "phone")),
    ImportField("guardian_email", marked("Guardian's e-mail"), limit=_limit(Guardian, "email")),
)
FIELD_BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}
_CLIENT_TEXT = [
    f.key
    for f in FIELDS
    if f.key not in {"date_of_birth", "tags"} and not f.key.startswith("guardian_")
]


def field_label(key: str) -> str:
    """The words for a field or a problem's key ("guardians.0.phone" → "Guardian's phone"),
    marked English to show through ``translated()``."""
    if key in FIELD_BY_KEY:
        return FIELD_BY_KEY[key].label
    if key.startswith("guardians"):
        part = key.rsplit(".", 1)[-1]
        return FIELD_BY_KEY.get(f"guardian_{part}", FIELD_BY_KEY["guardian_name"]).label
    return HISTORY_FIELD_LABELS.get(key, key.replace("_", " ").capitalize())


def _key(header: str) -> str:
    """A column name reduced to what matters: "E-mail Address" → "emailaddress"."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


#: Usual names of the columns of client lists, reduced with :func:`_key`, by field.
_USUAL_NAMES: dict[str, tuple[str, ...]] = {
    "legal_first_name": (
        "firstname", "first", "givenname", "forename", "clientfirstname", "patientfirstname"
    ),
    "legal_last_name": (
        "lastname", "last", "surname", "familyname", "clientlastname", "patientlastname"
    ),
    "preferred_name": ("preferredname", "nickname", "goesby", "knownas", "preferredfirstname"),
    "pronouns": ("pronoun",),
    "date_of_birth": ("dateofbirth", "dob", "birthdate", "birthday", "born", "dateborn"),
    # Not "gender": the sex for screening norms is a different question.
    "sex_for_norms": ("sex", "sexforscreeningnorms", "sexassignedatbirth", "birthsex"),
    "phone": (
        "phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "mobilenumber",
        "cell", "cellphone", "homephone", "primaryphone",
    ),
    "email": ("email", "emailaddress", "primaryemail"),
    "address": (
        "streetaddress", "street", "address1", "address2", "addressline1", "addressline2",
        "city", "town", "state", "province", "region", "zip", "zipcode", "postalcode", "postcode",
    ),
    "emergency_contact_name": ("emergencycontact", "emergencyname"),
    "emergency_contact_phone": ("emergencyphone", "emergencycontactnumber"),
    "emergency_contact_relationship": (
        "emergencyrelationship", "emergencycontactsrelationship", "emergencycontactrelation"
    ),
    "referral_source": ("referredby", "referral"),
    "requested_by": ("requestedby", "therapyaskedforby"),
    "status": ("clientstatus",),
    "code": ("clientcode",),
    "tags": ("tag", "labels"),
    "guardian_name": (
        "guardian", "guardianname", "parent", "parentname", "parentorguardian",
        "parentguardian", "parentguardianname",
    ),
    "guardian_relation": ("guardianrelation", "guardianrelationship", "guardiansrelationship"),
    "guardian_phone": ("guardiansphone", "parentphone"),
    "guardian_email": ("guardiansemail", "parentemail"),
}  # fmt: skip
#: Column name reduced with :func:`_key` → field. Each field's own name and label
#: match too ("legal_first_name", "Legal first name", "Guardian's phone").
COMMON_NAMES: dict[str, str] = {
    **{_key(spec.key): spec.key for spec in FIELDS},
    **{_key(spec.label): spec.key for spec in FIELDS},
    **{name: key for key, names in _USUAL_NAMES.items() for name in names},
}


@dataclass(frozen=True)
class Preset:
    """Column names of a known export, and where they are documented.

    ``source`` says which file the preset reads and where its columns are
    documented (``addresses``). ``date_order`` is how the format writes dates of
    birth in numbers, when it says; ``values`` turns, field by field, a value the
    format writes its own way into what Rapport reads ("UNK" → "" for not recorded).
    """

    key: str
    name: str
    source: str
    columns: Mapping[str, str] = field(default_factory=dict)
    date_order: DateOrder | None = None
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    addresses: tuple[str, ...] = ()


#: Where the formats of other practice programs are described (a shipped data file).
FORMATS_FILE = resource_path("client_import_formats.json")
#: The only version of that file's form so far.
FORMATS_VERSION = 1


class PresetFileError(RapportError):
    """The file of known formats cannot be used; the message names the entry and the field."""

    default_message = marked("The file of known client-list formats cannot be used.")


def _text(entry: Mapping[str, object], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise PresetFileError(words("{where}.{name}: write it as text.", where=where, name=name))
    return value.strip()


def _preset(entry: object, where: str) -> Preset:
    """One entry of the file of known formats, checked field by field."""
    if not isinstance(entry, dict):
        raise PresetFileError(words("{where}: a format is written as an object.", where=where))
    known = {"key", "name", "product", "file", "note", "sources", "date_order", "columns", "values"}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise PresetFileError(
            words("{where}: unknown field(s) {fields}.", where=where, fields=", ".join(unknown))
        )
    key = _text(entry, "key", where)
    if not re.fullmatch(r"[a-z][a-z0-9_]{1,39}", key) or key in {"automatic", "rapport"}:
        raise PresetFileError(
            words(
                "{where}.key: “{key}” is not a free key of lowercase letters.", where=where, key=key
            )
        )
    sources = entry.get("sources")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(url, str) and url.startswith("https://") for url in sources)
    ):
        raise PresetFileError(
            words("{where}.sources: list the https addresses that document it.", where=where)
        )
    order = entry.get("date_order")
    if order is not None and order not in {str(o) for o in DateOrder}:
        raise PresetFileError(
            words("{where}.date_order: day_first, month_first or null.", where=where)
        )
    columns = entry.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise PresetFileError(
            words("{where}.columns: name the file's columns and their fields.", where=where)
        )
    for name, key_ in columns.items():
        if not isinstance(key_, str) or key_ not in FIELD_BY_KEY:
            raise PresetFileError(
                words(
                    "{where}.columns.{name}: “{field}” is not a field of Rapport.",
                    where=where,
                    name=name,
                    field=key_,
                )
            )
    if len({name.casefold() for name in columns}) != len(columns):
        raise PresetFileError(words("{where}.columns: a column is named twice.", where=where))
    single = [key_ for key_ in columns.values() if not FIELD_BY_KEY[key_].join]
    if len(set(single)) != len(single):
        raise PresetFileError(
            words("{where}.columns: a field that takes one column is named twice.", where=where)
        )
    values = entry.get("values", {})
    if not isinstance(values, dict):
        raise PresetFileError(
            words("{where}.values: write it as an object of fields.", where=where)
        )
    for key_, table in values.items():
        if key_ not in FIELD_BY_KEY or not isinstance(table, dict):
            raise PresetFileError(
                words("{where}.values.{field}: not a field of Rapport.", where=where, field=key_)
            )
        if not all(isinstance(v, str) for v in table.values()):
            raise PresetFileError(
                words("{where}.values.{field}: every value is text.", where=where, field=key_)
            )
    # The file's own words (product, file, note) are data, shown as written.
    source = words(
        "{product}: {file}. {note} Columns documented at: {addresses}",
        product=_text(entry, "product", where),
        file=_text(entry, "file", where),
        note=_text(entry, "note", where),
        addresses=", ".join(sources),
    )
    return Preset(
        key,
        _text(entry, "name", where),
        source,
        dict(columns),
        DateOrder(order) if order else None,
        {k: dict(v) for k, v in values.items()},
        tuple(sources),
    )


def load_presets(path: Path = FORMATS_FILE) -> tuple[Preset, ...]:
    """The formats of other practice programs described in ``path``; PresetFileError if wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PresetFileError(
            words("{file}: cannot be read ({reason}).", file=path.name, reason=exc.strerror)
        ) from None
    except ValueError as exc:
        raise PresetFileError(
            words("{file}: not JSON ({reason}).", file=path.name, reason=str(exc))
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMATS_VERSION:
        raise PresetFileError(
            words("{file}: format: {version} is expected.", file=path.name, version=FORMATS_VERSION)
        )
    entries = data.get("presets")
    if not isinstance(entries, list):
        raise PresetFileError(
            words("{file}: presets: a list of formats is expected.", file=path.name)
        )
    presets = tuple(_preset(entry, f"{path.name}: presets[{i}]") for i, entry in enumerate(entries))
    keys = [preset.key for preset in presets]
    if len(set(keys)) != len(keys):
        raise PresetFileError(words("{file}: two formats have the same key.", file=path.name))
    return presets


#: Only formats whose column names are published, each naming where. The client
#: lists of most practice programs are not documented publicly; their files are
#: matched by the usual names of columns (:data:`COMMON_NAMES`), which the
#: clinician checks and corrects.
PRESETS: tuple[Preset, ...] = (
    Preset(
        "automatic",
        marked("Automatic (usual column names)"),
        marked("Columns are matched by their usual names (First name, Surname, DOB, E-mail …)."),
    ),
    Preset(
        "rapport",
        marked("Rapport's full export (csv/clients.csv)"),
        marked(
            "The clients table of Rapport's own full export, whose README describes every "
            "column. An archived client is refused (only an open record can be imported): "
            "ignore the status column to bring everyone in as active."
        ),
        # The export's columns are named as the client's fields are.
        {key: key for key in (*_CLIENT_TEXT, "date_of_birth", "tags")},
    ),
    *load_presets(),
)
PRESET_BY_KEY: dict[str, Preset] = {p.key: p for p in PRESETS}


def auto_mapping(headers: Sequence[str], preset: Preset | str | None = None) -> dict[int, str]:
    """Which field each column fills, matched by the columns' names (unmatched ones are left out).

    With a ``preset``, its column names are matched exactly (case aside); without,
    the usual names are. A field taking one column is given to the first column
    whose name matches it.
    """
    if isinstance(preset, str):
        preset = PRESET_BY_KEY.get(preset)
    exact = {name.casefold(): key for name, key in preset.columns.items()} if preset else {}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        if exact:
            key = exact.get(header.strip().casefold(), IGNORE)
        else:
            key = COMMON_NAMES.get(_key(header), IGNORE)
        if not key or (key in taken and not FIELD_BY_KEY[key].join):
            continue
        mapping[index] = key
        taken.add(key)
    return mapping


# ================================================================== dates


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MIDNIGHT = r"(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?"
_YEAR_FIRST = re.compile(rf"^(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_MIDNIGHT}$")
_NUMBERS = re.compile(rf"^(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d{{2}}|\d{{4}}){_MIDNIGHT}$")
_DAY_MONTH_WORD = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ .-]+([a-z]{3,9})\.?[ ,.-]+(\d{4})$")
_MONTH_WORD_DAY = re.compile(r"^([a-z]{3,9})\.?[ .-]+(\d{1,2})(?:st|nd|rd|th)?,?[ .-]+(\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")
DATE_EXAMPLES = "1990-05-17, 17 May 1990, May 17, 1990, 17/05/1990 or 05/17/1990"


def date_orders(values: Iterable[str]) -> set[DateOrder] | None:
    """Which orders dates like 03/04/2001 among ``values`` may be in; None if there are none.

    A date whose first number is above 12 can only be day first, one whose
    second number is, only month first; the empty set means both appear.
    """
    found = False
    orders = {DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST}
    for value in values:
        match = _NUMBERS.match(value.strip())
        if match is None:
            continue
        found = True
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12:
            orders.discard(DateOrder.MONTH_FIRST)
        if second > 12:
            orders.discard(DateOrder.DAY_FIRST)
    return orders if found else None


def _calendar_date(value: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(words("“{value}” is not a date of the calendar.", value=value)) from None


def parse_date(text: str, order: DateOrder | None) -> date:
    """A date of birth as a file writes it; ValueError says why it is not one."""
    value = text.strip()
    if match := _YEAR_FIRST.match(value):
        return _calendar_date(value, int(match.group(1)), int(match.group(3)), int(match.group(4)))
    if match := _NUMBERS.match(value):
        if len(match.group(4)) == 2:
            raise ValueError(
                words(
                    "“{value}”: write the year with four digits, so that the century is clear.",
                    value=value,
                )
            )
        if order is None:
            raise ValueError(
                words(
                    "“{value}”: choose whether the file writes the day or the month first.",
                    value=value,
                )
            )
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        day, month = (first, second) if order == DateOrder.DAY_FIRST else (second, first)
        if month > 12:
            raise ValueError(
                words(
                    "“{value}” has no month {month}: does the file write the month first?",
                    value=value,
                    month=month,
                )
                if order == DateOrder.DAY_FIRST
                else words(
                    "“{value}” has no month {month}: does the file write the day first?",
                    value=value,
                    month=month,
                )
            )
        return _calendar_date(value, year, month, day)
    lowered = value.lower()
    if match := _DAY_MONTH_WORD.match(lowered):
        day, month_name, year = int(match.group(1)), match.group(2), int(match.group(3))
    elif match := _MONTH_WORD_DAY.match(lowered):
        month_name, day, year = match.group(1), int(match.group(2)), int(match.group(3))
    elif _SERIAL.match(value):
        raise ValueError(
            words(
                "“{value}” is a spreadsheet's number for a date: format the column as dates "
                "(e.g. 1990-05-17) before saving the file.",
                value=value,
            )
        )
    else:
        raise ValueError(
            words(
                "“{value}” is not a date. Write it like {examples}.",
                value=value,
                examples=DATE_EXAMPLES,
            )
        )
    named = _MONTHS.get(month_name)
    if named is None:
        raise ValueError(
            words(
                "“{value}”: “{month}” is not the name of a month in English.",
                value=value,
                month=month_name,
            )
        )
    return _calendar_date(value, year, named, day)


# ================================================================== rows


@dataclass(frozen=True)
class ImportOptions:
    """What the clinician says about the file that the file itself cannot."""

    date_order: DateOrder | None = None
    #: Parents and guardians named in the file may consent to treatment.
    guardians_can_consent: bool = False
    #: By field, values a known format writes its own way and what they mean to
    #: Rapport ("UNK" → "" for not recorded), compared case-blind: a preset's ``values``.
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportRules:
    """The practice's rules a row is checked against (read once, plain data)."""

    country: str
    age_of_majority: int
    money_locale: str


def import_rules(session: Session) -> ImportRules:
    return ImportRules(
        country=get_profile(session).country,
        age_of_majority=retention_policy(session).age_of_majority,
        money_locale=str(get_setting(session, "billing.locale")),
    )


@dataclass(frozen=True)
class RowResult:
    """One row checked: the client as it would be stored, or what is wrong with each field."""

    line: int
    data: ClientInput | None
    problems: Mapping[str, str] = field(default_factory=dict)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SEX = {
    "f": "female",
    "female": "female",
    "woman": "female",
    "w": "female",
    "m": "male",
    "male": "male",
    "man": "male",
    "u": "",
    "unknown": "",
    "not recorded": "",
}
_REQUESTED = {
    **{str(value): str(value) for value in RequestedBy},
    **{label.casefold(): str(value) for value, label in REQUESTED_BY_LABELS.items()},
    **{label.casefold(): str(value) for value, label in REQUESTED_BY_SHORT.items()},
}
_OPEN_STATUSES = {ClientStatus.ACTIVE, ClientStatus.PAUSED, ClientStatus.DISCHARGED}
_STATUSES = {
    **{str(value): str(value) for value in _OPEN_STATUSES},
    **{label.casefold(): str(value) for value, label in CLIENT_STATUS_LABELS.items()},
}


def _collect(row: Sequence[str], mapping: Mapping[int, str]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for index, key in sorted(mapping.items()):
        if key and key in FIELD_BY_KEY and 0 <= index < len(row):
            cell = row[index].strip()
            if cell:
                values.setdefault(key, []).append(cell)
    return values


def _text_problem(spec: ImportField, value: str) -> str | None:
    if spec.limit is not None and len(value) > spec.limit:
        return words(
            "At most {limit} characters (this one has {length}).",
            limit=f"{spec.limit:,}",
            length=f"{len(value):,}",
        )
    if _CONTROL.search(value):
        return marked("Holds control characters that are not text.")
    if not spec.multiline and ("\n" in value or "\r" in value):
        return marked("Must be on one line.")
    return None


def _converted(value: str, table: Mapping[str, str] | None) -> str:
    """``value`` as a known format's table of values says Rapport reads it (case aside)."""
    if table:
        folded = value.casefold()
        for written, meant in table.items():
            if written.casefold() == folded:
                return meant
    return value


def _tags(value: str) -> tuple[str, ...]:
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if isinstance(parsed, list) and all(isinstance(t, str) for t in parsed):
            return tuple(parsed)
    return tuple(t.strip() for t in re.split(r"[;,]", value) if t.strip())


def _translated(
    key: str, value: str, table: Mapping[str, str], problems: dict[str, str], message: str
) -> str:
    """``value`` looked up in ``table``; if it is not there, ``message`` (a marked template
    with a ``{value}`` field) goes into ``problems``."""
    found = table.get(value.casefold())
    if found is None:
        problems[key] = words(message, value=value)
        return ""
    return found


def _to_input(
    values: Mapping[str, str], options: ImportOptions, problems: dict[str, str]
) -> ClientInput:
    """The row's values as a form would hold them; ``problems`` gets what cannot even be read."""
    text = {key: values.get(key, "") for key in _CLIENT_TEXT}
    if text["sex_for_norms"]:
        text["sex_for_norms"] = _translated(
            "sex_for_norms",
            text["sex_for_norms"],
            _SEX,
            problems,
            marked(
                "“{value}”: the sex for screening norms is female, male, or left empty "
                "(not recorded)."
            ),
        )
    if text["requested_by"]:
        text["requested_by"] = _translated(
            "requested_by",
            text["requested_by"],
            _REQUESTED,
            problems,
            marked(
                "“{value}”: who asked for the therapy is one of self, parent, partner, court, "
                "employer, other."
            ),
        )
    else:
        text["requested_by"] = RequestedBy.SELF
    if text["status"]:
        text["status"] = _translated(
            "status",
            text["status"],
            _STATUSES,
            problems,
            marked(
                "“{value}”: a client is imported as active, paused or discharged. Ignore the "
                "status column to import every client as active."
            ),
        )
        if text["status"] == ClientStatus.ARCHIVED:
            problems["status"] = marked(
                "An archived client cannot be imported: archive the record in Rapport after "
                "the import, or ignore the status column to import every client as active."
            )
    else:
        text["status"] = ClientStatus.ACTIVE
    dob: date | None = None
    if values.get("date_of_birth"):
        try:
            dob = parse_date(values["date_of_birth"], options.date_order)
        except ValueError as exc:
            problems["date_of_birth"] = said(exc)
    guardians: tuple[GuardianInput, ...] = ()
    if any(values.get(k) for k in ("guardian_name", "guardian_phone", "guardian_email")):
        guardians = (
            GuardianInput(
                name=values.get("guardian_name", ""),
                relation=values.get("guardian_relation", ""),
                phone=values.get("guardian_phone", ""),
                email=values.get("guardian_email", ""),
                can_consent=options.guardians_can_consent,
            ),
        )
    return ClientInput(
        **text,  # type: ignore[arg-type]
        date_of_birth=dob,
        tags=_tags(values.get("tags", "")),
        guardians=guardians,
    )


def check_row(
    row: Sequence[str],
    line: int,
    mapping: Mapping[int, str],
    options: ImportOptions,
    rules: ImportRules,
    today: date,
) -> RowResult:
    """One row as it would be stored, checked by the same rules as a client typed in."""
    problems: dict[str, str] = {}
    values: dict[str, str] = {}
    for key, cells in _collect(row, mapping).items():
        spec = FIELD_BY_KEY[key]
        value = (spec.join or " ").join(cells)
        if spec.multiline:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        value = _converted(value, options.values.get(key))
        problem = _text_problem(spec, value)
        if problem is not None:
            problems[key] = problem
            continue  # the checks below would only add noise about a value that is refused
        values[key] = value
    data = _to_input(values, options, problems)
    try:
        cleaned = clean(data, today, rules.country, rules.age_of_majority, rules.money_locale)
    except ValidationError as exc:
        # What could not even be read says more than "enter the date of birth".
        return RowResult(line, None, {**exc.problems, **problems})
    if problems:
        return RowResult(line, None, problems)
    return RowResult(line, cleaned)


def check_rows(
    table: Table,
    mapping: Mapping[int, str],
    options: ImportOptions,
    rules: ImportRules,
    today: date,
    limit: int | None = None,
) -> list[RowResult]:
    """The first ``limit`` rows (all without one) checked: what a live preview shows."""
    count = len(table.rows) if limit is None else min(limit, len(table.rows))
    return [
        check_row(table.rows[i], table.lines[i], mapping, options, rules, today)
        for i in range(count)
    ]


def mapping_problems(table: Table, mapping: Mapping[int, str], options: ImportOptions) -> list[str]:
    """What must still be chosen before the file can be checked (empty when nothing)."""
    problems: list[str] = []
    chosen = [key for key in mapping.values() if key]
    for spec in FIELDS:
        if spec.required and spec.key not in chosen:
            # The field's own label (translated with the sentence), as the list shows it.
            problems.append(words("Choose the column that goes into “{field}”.", field=spec.label))
        if not spec.join and chosen.count(spec.key) > 1:
            problems.append(words("Only one column can go into “{field}”.", field=spec.label))
    unknown = sorted({key for key in chosen if key not in FIELD_BY_KEY})
    if unknown:
        problems.append(words("Unknown field(s): {fields}.", fields=", ".join(unknown)))
    if any(not 0 <= index < len(table.headers) for index in mapping):
        problems.append(marked("The file has fewer columns than the choices made."))
    if options.date_order is None and date_orders(dob_values(table, mapping)) is not None:
        problems.append(
            marked(
                "Choose how the file writes dates of birth such as 03/04/2001: "
                "day before month, or month before day."
            )
        )
    return problems


def dob_values(table: Table, mapping: Mapping[int, str]) -> Iterator[str]:
    """Every date of birth in the file, as written."""
    columns = [index for index, key in mapping.items() if key == "date_of_birth"]
    for row in table.rows:
        for index in columns:
            if 0 <= index < len(row):
                yield row[index]


# ================================================================== the dry run


@dataclass(frozen=True)
class PlannedRow:
    """A row that would become a client: its line in the file and the checked record."""

    line: int
    data: ClientInput


@dataclass(frozen=True)
class RefusedRow:
    """A row that cannot be imported: its line and, for each field, what is wrong."""

    line: int
    name: str
    problems: Mapping[str, str]

    def describe(self) -> str:
        """Every problem after its field's label (translatable: shown through ``translated()``)."""
        return listed(
            [
                words("{field}: {problem}", field=field_label(k), problem=v)
                for k, v in self.problems.items()
            ],
            "; ",
        )


@dataclass(frozen=True)
class PossibleDuplicate:
    """A row that may be a client the practice already has, or a row met earlier in the file."""

    line: int
    name: str
    matches: tuple[str, ...]

    def describe(self) -> str:
        """Every match and why (translatable: shown through ``translated()``)."""
        return listed(self.matches, "; ")


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do (the dry run); plain data, safe to pass between threads."""

    rows: tuple[PlannedRow, ...]
    refused: tuple[RefusedRow, ...]
    duplicates: tuple[PossibleDuplicate, ...]
    blank: int = 0

    @property
    def can_import(self) -> bool:
        """All or nothing: there is something to import and no row is refused."""
        return bool(self.rows) and not self.refused


#: At most this many earlier clients are named per reason a row may be a duplicate.
MAX_MATCHES = 5


@dataclass
class _Known:
    """Clients already seen, indexed the way :func:`app.clients.find_duplicates` compares them.

    Each index is a dictionary, so a file of 50,000 rows that all share one phone
    number is checked as fast as any other.
    """

    by_birth: dict[tuple[str, date, str], list[str]] = field(default_factory=dict)
    by_phone: dict[str, list[str]] = field(default_factory=dict)
    by_email: dict[str, list[str]] = field(default_factory=dict)

    def add(
        self, who: str, first: str, last: str, preferred: str, dob: date, phone: str, email: str
    ) -> None:
        for name in {fold(first), fold(preferred)} - {""}:
            self.by_birth.setdefault((fold(last), dob, name), []).append(who)
        number = digits(phone)
        if len(number) >= 7:
            self.by_phone.setdefault(number[-7:], []).append(who)
        if email.strip():
            self.by_email.setdefault(email.strip().casefold(), []).append(who)

    def matches(self, data: ClientInput) -> list[str]:
        found: list[tuple[list[str], str]] = []
        if data.date_of_birth is not None:
            key = (fold(data.legal_last_name), data.date_of_birth, fold(data.legal_first_name))
            found.append((self.by_birth.get(key, []), marked("same name and date of birth")))
        number = digits(data.phone)
        if len(number) >= 7:
            found.append((self.by_phone.get(number[-7:], []), marked("same phone number")))
        if data.email.strip():
            found.append(
                (
                    self.by_email.get(data.email.strip().casefold(), []),
                    marked("same e-mail address"),
                )
            )
        reasons: dict[str, list[str]] = {}
        for people, reason in found:
            for who in people[:MAX_MATCHES]:
                reasons.setdefault(who, []).append(reason)
            if len(people) > MAX_MATCHES:
                more = words("{count} more", count=f"{len(people) - MAX_MATCHES:,}")
                reasons.setdefault(more, []).append(reason)
        return [
            words("{who}: {reasons}", who=who, reasons=listed(why, ", "))
            for who, why in reasons.items()
        ]


def _existing(session: Session) -> tuple[_Known, set[str]]:
    known = _Known()
    codes: set[str] = set()
    for row in session.execute(
        select(
            Client.legal_first_name,
            Client.legal_last_name,
            Client.preferred_name,
            Client.date_of_birth,
            Client.phone,
            Client.email,
            Client.code,
        ).order_by(Client.id)
    ):
        who = f"{display_name(row.legal_first_name, row.legal_last_name, row.preferred_name)}"
        known.add(
            f"{who} ({row.code})",
            row.legal_first_name,
            row.legal_last_name,
            row.preferred_name,
            row.date_of_birth,
            row.phone,
            row.email,
        )
        codes.add(row.code.upper())
    return known, codes


def _row_name(row: Sequence[str], mapping: Mapping[int, str]) -> str:
    values = _collect(row, mapping)
    first = " ".join(values.get("legal_first_name", []))[:100]
    last = " ".join(values.get("legal_last_name", []))[:100]
    if first or last:
        return display_name(first, last).strip(", ")
    return ""


Progress = Callable[[int, int], None]
"""Told how many of how many rows are done."""


def plan_import(
    session: Session,
    table: Table,
    mapping: Mapping[int, str],
    today: date,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """The dry run: every client that would be created, every row refused and why, possible
    duplicates. Stores nothing. ClientImportError when a choice is still missing."""
    options = options or ImportOptions()
    missing = mapping_problems(table, mapping, options)
    if missing:
        raise ClientImportError(listed(missing, " "))
    rules = import_rules(session)
    known, codes = _existing(session)
    in_file = _Known()
    code_lines: dict[str, int] = {}
    planned: list[PlannedRow] = []
    refused: list[RefusedRow] = []
    duplicates: list[PossibleDuplicate] = []
    total = len(table.rows)
    for i, (row, line) in enumerate(zip(table.rows, table.lines, strict=True)):
        if progress is not None and i % 200 == 0:
            progress(i, total)
        result = check_row(row, line, mapping, options, rules, today)
        if result.data is None:
            refused.append(RefusedRow(line, _row_name(row, mapping), dict(result.problems)))
            continue
        data = result.data
        name = display_name(data.legal_first_name, data.legal_last_name, data.preferred_name)
        if data.code:
            if data.code in codes:
                refused.append(
                    RefusedRow(
                        line,
                        name,
                        {"code": words("{code} is already another client's code.", code=data.code)},
                    )
                )
                continue
            if data.code in code_lines:
                refused.append(
                    RefusedRow(
                        line,
                        name,
                        {
                            "code": words(
                                "{code} is also the code on line {line}.",
                                code=data.code,
                                line=code_lines[data.code],
                            )
                        },
                    )
                )
                continue
            code_lines[data.code] = line
        matches = known.matches(data) + in_file.matches(data)
        if matches:
            duplicates.append(PossibleDuplicate(line, name, tuple(matches)))
        in_file.add(
            words("line {line} of this file", line=line),
            data.legal_first_name,
            data.legal_last_name,
            data.preferred_name,
            data.date_of_birth or today,
            data.phone,
            data.email,
        )
        planned.append(PlannedRow(line, data))
    if progress is not None:
        progress(total, total)
    return ImportPlan(tuple(planned), tuple(refused), tuple(duplicates), table.blank)


# ================================================================== the import


def run_import(
    session: Session,
    plan: ImportPlan,
    today: date,
    *,
    leave_out_duplicates: bool = False,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[list[int], Changed]:
    """Create every client of ``plan``, or none; returns their ids in the file's order.

    Raises (and the caller's transaction must then be rolled back, as
    ``Vault.session()`` does) if a row is refused, if the vault refuses a row
    after all, or if ``should_stop`` says so. ``leave_out_duplicates`` leaves
    out the rows the plan flags as possible duplicates.
    """
    if plan.refused:
        raise ClientImportError(
            marked(
                "1 row of the file cannot be imported, so nothing was imported. Correct them "
                "in the file, or ignore their column, and try again."
            )
            if len(plan.refused) == 1
            else words(
                "{rows} rows of the file cannot be imported, so nothing was imported. Correct "
                "them in the file, or ignore their column, and try again.",
                rows=f"{len(plan.refused):,}",
            )
        )
    skip = {d.line for d in plan.duplicates} if leave_out_duplicates else set()
    todo = [row for row in plan.rows if row.line not in skip]
    if not todo:
        raise ClientImportError(marked("There is no client left to import."))
    # Rows that bring their own code go first, so that an automatic code given to
    # an earlier row can never be the code a later row of the file asks for.
    ordered = sorted(todo, key=lambda row: not row.data.code)
    ids: dict[int, int] = {}
    total = len(ordered)
    for done, row in enumerate(ordered):
        if should_stop is not None and should_stop():
            raise ImportStopped()
        if progress is not None and done % 25 == 0:
            progress(done, total)
        try:
            # create_client flushes what it must itself; without autoflush, the new
            # client's empty collections are not read back from the database one by one.
            with session.no_autoflush:
                ids[row.line], _changed = create_client(session, row.data, today)
        except ValidationError as exc:
            raise ClientImportError(
                words(
                    "Line {line}: {problem} Nothing was imported.",
                    line=row.line,
                    problem=exc.message,
                )
            ) from None
    created = [ids[row.line] for row in todo]
    audit.record(
        session,
        "import",
        "client",
        "",
        {
            "format": "csv",
            "created": len(created),
            "left_out_as_duplicates": len(skip),
            "client_ids": created,
        },
    )
    if progress is not None:
        progress(total, total)
    return created, Changed.CLIENTS


def as_stored(data: ClientInput) -> dict[str, str]:
    """The record's imported fields as text, the way they would be stored (for a preview)."""
    values = {key: str(getattr(data, key)) for key in _CLIENT_TEXT}
    values["date_of_birth"] = data.date_of_birth.isoformat() if data.date_of_birth else ""
    values["tags"] = ", ".join(data.tags)
    guardian = data.guardians[0] if data.guardians else None
    values["guardian_name"] = guardian.name if guardian else ""
    values["guardian_relation"] = guardian.relation if guardian else ""
    values["guardian_phone"] = guardian.phone if guardian else ""
    values["guardian_email"] = guardian.email if guardian else ""
    return values
