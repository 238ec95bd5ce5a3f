"""Instruments (PHQ-9, GAD-7, the session evaluation …) read from JSON files and validated.

An instrument is data: ``resources/instruments/*.json`` ships with Rapport, and a
clinician may add files of their own in the same form (documented, field by
field, in ``resources/instruments/README.md``). Every file is checked strictly
before it is used: a misspelt key, a gap between severity bands or a risk rule
naming an item that does not exist is refused with a message that names the
file and the field, because a silently wrong instrument would score clients
wrongly. Scoring itself is in :mod:`app.scoring`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, cast

from app.errors import RapportError
from app.resources import resource_path
from app.words import marked, said, words

#: The only version of the file format so far; a file states it so that a later
#: Rapport can tell an old file from a new one.
FORMAT = 1

KINDS = ("screen", "outcome", "check_in", "evaluation")
DIRECTIONS = ("higher_is_worse", "higher_is_better")
SEXES = ("female", "male")

#: Files larger than this are refused unread: an instrument is a few kilobytes.
MAX_FILE_BYTES = 1_000_000

_INSTRUMENT_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
_ITEM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")

Kind = Literal["screen", "outcome", "check_in", "evaluation"]
Direction = Literal["higher_is_worse", "higher_is_better"]


class InstrumentFileError(RapportError):
    """An instrument file cannot be used; the message names the file and the field."""

    default_message = marked("An instrument file cannot be used.")

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file = file
        self.where = where
        self.problem = problem
        # A field's path ("items[3].id") stays as the file writes it; a problem, or a place
        # such as "line 4 column 2", is made by words() and translated within the message.
        super().__init__(
            words("{file}: {where}: {problem}", file=file, where=where, problem=problem)
            if where
            else words("{file}: {problem}", file=file, problem=problem)
        )


@dataclass(frozen=True)
class ResponseOption:
    value: int
    label: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    #: The name of the response set in the file; None for an open-text item.
    response_set: str | None
    options: tuple[ResponseOption, ...]
    reverse: bool = False
    #: A free-text comment: never scored, never given a number.
    open_text: bool = False
    #: Answers that make this a closed gate (the total is 0 and the rest is not asked).
    gate_closed_by: frozenset[int] = frozenset()
    #: Shown above this item when the form's wording changes part-way.
    heading: str = ""

    @property
    def is_gate(self) -> bool:
        return bool(self.gate_closed_by)

    @cached_property
    def values(self) -> frozenset[int]:
        return frozenset(option.value for option in self.options)

    @property
    def min_value(self) -> int:
        return min(self.values)

    @property
    def max_value(self) -> int:
        return max(self.values)

    def scored_value(self, answer: int) -> int:
        """The answer as it counts towards the total: reversed items use min + max − value."""
        if self.reverse:
            return self.min_value + self.max_value - answer
        return answer

    def label_for(self, value: int) -> str | None:
        return next((o.label for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Band:
    min: int
    max: int
    label: str


@dataclass(frozen=True)
class RiskRule:
    item: str
    min_value: int
    message: str


@dataclass(frozen=True)
class Subscale:
    id: str
    label: str
    items: tuple[str, ...]
    #: For the "prorate" rule: how many of this subscale's items may be missing.
    max_missing: int


@dataclass(frozen=True)
class MissingRule:
    rule: Literal["invalid", "prorate"]
    max_missing: int = 0
    rounding: Literal["half_up", "none"] = "half_up"
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class Cutoff:
    """The clinical cut-off: a total at or above it is "at or above the cut-off"."""

    female: int
    male: int
    source: str = ""
    note: str = ""

    @property
    def by_sex(self) -> bool:
        return self.female != self.male

    def for_sex(self, sex: str | None) -> int:
        """The cut-off for ``sex``; when it is neither "female" nor "male", the lower one.

        The lower cut-off is the more sensitive: when sex is not recorded (or is
        recorded as something else), a possible problem is followed up rather
        than missed.
        """
        key = (sex or "").strip().lower()
        if key == "female":
            return self.female
        if key == "male":
            return self.male
        return min(self.female, self.male)


@dataclass(frozen=True)
class ReliableChange:
    """The smallest change beyond measurement error (Jacobson & Truax 1991).

    Either a published ``threshold``, or the ``sd`` and ``reliability`` from
    which the reliable change index gives 1.96 · SD · √2 · √(1 − r).
    """

    threshold: float | None = None
    sd: float | None = None
    reliability: float | None = None
    source: str = ""
    note: str = ""

    def value(self) -> float:
        if self.threshold is not None:
            return self.threshold
        assert self.sd is not None and self.reliability is not None
        return 1.96 * self.sd * math.sqrt(2) * math.sqrt(1 - self.reliability)


@dataclass(frozen=True)
class Source:
    citation: str
    licence: str
    url: str = ""


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    version: str
    kind: Kind
    direction: Direction
    source: Source
    instructions: str
    items: tuple[Item, ...]
    #: "sum" adds up ``scoring_items``; "none" reports each item on its own (no total).
    method: Literal["sum", "none"]
    scoring_items: tuple[str, ...]
    missing: MissingRule | None
    subscales: tuple[Subscale, ...] = ()
    bands: tuple[Band, ...] = ()
    bands_source: str = ""
    cutoff: Cutoff | None = None
    reliable_change: ReliableChange | None = None
    risk: tuple[RiskRule, ...] = ()
    positive_screen: str = ""
    item_texts_included: bool = True
    notes: tuple[str, ...] = ()
    #: Where the definition was read from (not part of the instrument's identity).
    path: Path | None = field(default=None, compare=False)

    def __hash__(self) -> int:
        # Cheap, so that scoring can cache per instrument; equal instruments share id and version.
        return hash((self.id, self.version))

    @cached_property
    def items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def item(self, item_id: str) -> Item:
        return self.items_by_id[item_id]

    @property
    def has_total(self) -> bool:
        return self.method == "sum"

    @cached_property
    def scored_items(self) -> tuple[Item, ...]:
        """The items that count towards the total, in the order the file lists them."""
        return tuple(self.items_by_id[i] for i in self.scoring_items)

    @cached_property
    def gate_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.is_gate)

    @property
    def min_score(self) -> int | None:
        """The lowest possible total (None when the instrument has no total)."""
        if not self.has_total:
            return None
        return sum(i.min_value for i in self.scored_items)

    @property
    def max_score(self) -> int | None:
        """The highest possible total (None when the instrument has no total)."""
        if not self.has_total:
            return None
        return sum(i.max_value for i in self.scored_items)

    def band_for(self, total: float | None) -> Band | None:
        """The severity band of ``total`` (a prorated total between two bands counts low)."""
        if total is None or not self.bands:
            return None
        found = None
        for band in self.bands:
            if total >= band.min:
                found = band
        if found is None or total > self.bands[-1].max:
            return None
        return found

    def cutoff_for(self, sex: str | None = None) -> int | None:
        return None if self.cutoff is None else self.cutoff.for_sex(sex)

    def reliable_change_threshold(self) -> float | None:
        return None if self.reliable_change is None else self.reliable_change.value()


@dataclass
class LoadResult:
    """Every instrument that could be read, by id, and what was wrong with the others."""

    instruments: dict[str, Instrument] = field(default_factory=dict)
    #: In English, each kept translatable: shown through :func:`app.words.translated`.
    problems: list[str] = field(default_factory=list)


def shipped_dir() -> Path:
    return resource_path("instruments")


def load_all(extra_dirs: Sequence[Path] = ()) -> LoadResult:
    """Read the shipped instruments, then those in ``extra_dirs`` (the practice's own).

    A file that cannot be used is reported in ``problems`` and skipped; the others
    still load. A file in an extra folder may not reuse an id that is already
    taken, least of all a shipped one: a practice's "phq9" must never replace the
    published PHQ-9 without anyone noticing. A folder that does not exist holds
    no instruments (the practice has added none yet).
    """
    result = LoadResult()
    shipped: set[str] = set()
    origin: dict[str, str] = {}
    folders = [(shipped_dir(), True), *((Path(d), False) for d in extra_dirs)]
    for folder, is_shipped in folders:
        if not folder.exists():
            if is_shipped:
                result.problems.append(
                    words("The instruments folder is missing: {folder}", folder=folder)
                )
            continue
        if not folder.is_dir():
            result.problems.append(words("{folder}: not a folder", folder=folder))
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                instrument = load_instrument(path)
            except InstrumentFileError as exc:
                result.problems.append(said(exc))
                continue
            taken = origin.get(instrument.id)
            if taken is not None:
                whose = (
                    words("a shipped instrument")
                    if instrument.id in shipped
                    else words("another file")
                )
                result.problems.append(
                    said(
                        InstrumentFileError(
                            path.name,
                            "id",
                            words(
                                "'{instrument_id}' is already used by {whose} ({taken}); give this "
                                "instrument an id of its own",
                                instrument_id=instrument.id,
                                whose=whose,
                                taken=taken,
                            ),
                        )
                    )
                )
                continue
            origin[instrument.id] = path.name
            if is_shipped:
                shipped.add(instrument.id)
            result.instruments[instrument.id] = instrument
    return result


def load_instrument(path: Path) -> Instrument:
    """Read and check one instrument file; raise :class:`InstrumentFileError` if unusable."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InstrumentFileError(
                name, "", words("the file is too large ({size} bytes)", size=size)
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InstrumentFileError(
            name, "", words("cannot be read ({reason})", reason=exc.strerror or str(exc))
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InstrumentFileError(name, "", marked("is not UTF-8 text")) from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_nan)
    except json.JSONDecodeError as exc:
        raise InstrumentFileError(
            name,
            words("line {line} column {column}", line=exc.lineno, column=exc.colno),
            words("invalid JSON ({reason})", reason=exc.msg),
        ) from exc
    except _DuplicateKey as exc:
        raise InstrumentFileError(
            name, "", words("the key '{key}' appears twice", key=exc.key)
        ) from exc
    except _NotANumber as exc:
        raise InstrumentFileError(
            name, "", words("'{constant}' is not allowed in JSON", constant=exc.constant)
        ) from exc
    return _Reader(name).instrument(data, path)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NotANumber(ValueError):
    def __init__(self, constant: str) -> None:
        super().__init__(constant)
        self.constant = constant


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_nan(constant: str) -> Any:
    raise _NotANumber(constant)


_TOP_KEYS = {
    "format",
    "id",
    "name",
    "short_name",
    "version",
    "kind",
    "direction",
    "source",
    "instructions",
    "item_texts_included",
    "response_sets",
    "items",
    "scoring",
    "bands",
    "cutoff",
    "reliable_change",
    "risk",
    "positive_screen",
    "notes",
}
_TOP_REQUIRED = _TOP_KEYS - {
    "bands",
    "cutoff",
    "reliable_change",
    "risk",
    "positive_screen",
    "notes",
}


class _Reader:
    """Checks one parsed file, field by field, keeping track of where it is for messages."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, problem: str) -> InstrumentFileError:
        return InstrumentFileError(self.file, where, problem)

    # -- typed getters ----------------------------------------------------------------------

    def obj(self, value: Any, where: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, words("must be an object, not {type}", type=_json_type(value)))
        for key in value:
            if key not in allowed:
                raise self.fail(_join(where, key), _unknown_key(key, allowed))
        for key in sorted(required):
            if key not in value:
                raise self.fail(_join(where, key), marked("is missing"))
        return value

    def text(self, value: Any, where: str, *, max_len: int = 2000, empty: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(where, words("must be text, not {type}", type=_json_type(value)))
        stripped = value.strip()
        if not stripped and not empty:
            raise self.fail(where, marked("must not be empty"))
        if len(stripped) > max_len:
            raise self.fail(where, words("is longer than {max_len} characters", max_len=max_len))
        return stripped

    def integer(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                where, words("must be a whole number, not {type}", type=_json_type(value))
            )
        return value

    def number(self, value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(where, words("must be a number, not {type}", type=_json_type(value)))
        return float(value)

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(
                where, words("must be true or false, not {type}", type=_json_type(value))
            )
        return value

    def array(self, value: Any, where: str, *, empty: bool = False) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, words("must be a list, not {type}", type=_json_type(value)))
        if not value and not empty:
            raise self.fail(where, marked("must not be empty"))
        return value

    def choice(self, value: Any, where: str, choices: Sequence[str]) -> str:
        text = self.text(value, where, max_len=100)
        if text not in choices:
            raise self.fail(
                where,
                words("'{text}' is not one of {choices}", text=text, choices=", ".join(choices)),
            )
        return text

    def optional_text(self, data: Mapping[str, Any], key: str, where: str) -> str:
        return self.text(data[key], _join(where, key), empty=True) if key in data else ""

    # -- the instrument ---------------------------------------------------------------------

    def instrument(self, data: Any, path: Path) -> Instrument:
        top = self.obj(data, "", _TOP_KEYS, _TOP_REQUIRED)
        fmt = self.integer(top["format"], "format")
        if fmt != FORMAT:
            raise self.fail(
                "format",
                words("this Rapport reads format {format}, not {fmt}", format=FORMAT, fmt=fmt),
            )
        instrument_id = self.text(top["id"], "id", max_len=40)
        if not _INSTRUMENT_ID.fullmatch(instrument_id):
            raise self.fail(
                "id",
                words(
                    "'{instrument_id}' must start with a letter and hold only lower-case "
                    "letters, digits and _ (at most 40)",
                    instrument_id=instrument_id,
                ),
            )
        kind = cast(Kind, self.choice(top["kind"], "kind", KINDS))
        direction = cast(Direction, self.choice(top["direction"], "direction", DIRECTIONS))
        response_sets = self.response_sets(top["response_sets"])
        items = self.items(top["items"], response_sets)
        by_id = {item.id: item for item in items}
        method, scoring_items, missing, subscales = self.scoring(top["scoring"], by_id)
        lowest: int | None = None
        highest: int | None = None
        if method == "sum":
            lowest = sum(by_id[i].min_value for i in scoring_items)
            highest = sum(by_id[i].max_value for i in scoring_items)
        bands, bands_source = self.bands(top.get("bands"), lowest, highest)
        cutoff = self.cutoff(top.get("cutoff"), lowest, highest)
        positive = ""
        if top.get("positive_screen") is not None:
            positive = self.text(top["positive_screen"], "positive_screen", max_len=300)
            if cutoff is None:
                raise self.fail("positive_screen", marked("needs a cutoff to say when it is shown"))
        return Instrument(
            id=instrument_id,
            name=self.text(top["name"], "name", max_len=200),
            short_name=self.text(top["short_name"], "short_name", max_len=40),
            version=self.text(top["version"], "version", max_len=20),
            kind=kind,
            direction=direction,
            source=self.source(top["source"]),
            instructions=self.text(top["instructions"], "instructions", max_len=10_000),
            items=items,
            method=method,
            scoring_items=scoring_items,
            missing=missing,
            subscales=subscales,
            bands=bands,
            bands_source=bands_source,
            cutoff=cutoff,
            reliable_change=self.reliable_change(top.get("reliable_change"), lowest, highest),
            risk=self.risk(top.get("risk"), by_id),
            positive_screen=positive,
            item_texts_included=self.boolean(top["item_texts_included"], "item_texts_included"),
            notes=self.notes(top.get("notes", [])),
            path=path,
        )

    def source(self, value: Any) -> Source:
        data = self.obj(value, "source", {"citation", "licence", "url"}, {"citation", "licence"})
        url = ""
        if data.get("url") is not None:
            url = self.text(data["url"], "source.url", max_len=500)
            if not url.startswith(("https://", "http://")):
                raise self.fail("source.url", marked("must start with https:// or http://"))
        return Source(
            citation=self.text(data["citation"], "source.citation"),
            licence=self.text(data["licence"], "source.licence"),
            url=url,
        )

    def notes(self, value: Any) -> tuple[str, ...]:
        notes = self.array(value, "notes", empty=True)
        return tuple(self.text(n, f"notes[{i}]", max_len=5000) for i, n in enumerate(notes))

    def response_sets(self, value: Any) -> dict[str, tuple[ResponseOption, ...]]:
        if not isinstance(value, dict):
            raise self.fail(
                "response_sets", words("must be an object, not {type}", type=_json_type(value))
            )
        if not value:
            raise self.fail("response_sets", marked("must not be empty"))
        sets: dict[str, tuple[ResponseOption, ...]] = {}
        for set_name, options in value.items():
            where = f"response_sets.{set_name}"
            if not _ITEM_ID.fullmatch(set_name):
                raise self.fail(
                    where, marked("a response set's name must be a short word without spaces")
                )
            parsed = []
            seen: set[int] = set()
            for i, option in enumerate(self.array(options, where)):
                at = f"{where}[{i}]"
                data = self.obj(option, at, {"value", "label"}, {"value", "label"})
                number = self.integer(data["value"], f"{at}.value")
                if number in seen:
                    raise self.fail(
                        f"{at}.value",
                        words("{number} appears twice in this response set", number=number),
                    )
                seen.add(number)
                parsed.append(ResponseOption(number, self.text(data["label"], f"{at}.label")))
            if len(parsed) < 2:
                raise self.fail(where, marked("needs at least two options"))
            sets[set_name] = tuple(parsed)
        return sets

    def items(
        self, value: Any, response_sets: Mapping[str, tuple[ResponseOption, ...]]
    ) -> tuple[Item, ...]:
        allowed = {"id", "text", "response_set", "reverse", "open_text", "gate", "heading"}
        items: list[Item] = []
        seen: set[str] = set()
        for i, raw in enumerate(self.array(value, "items")):
            where = f"items[{i}]"
            data = self.obj(raw, where, allowed, {"id", "text"})
            item_id = self.text(data["id"], f"{where}.id", max_len=40)
            if not _ITEM_ID.fullmatch(item_id):
                raise self.fail(
                    f"{where}.id",
                    words(
                        "'{item_id}' must be a short word without spaces (at most 40)",
                        item_id=item_id,
                    ),
                )
            if item_id in seen:
                raise self.fail(
                    f"{where}.id", words("'{item_id}' is used by an earlier item", item_id=item_id)
                )
            seen.add(item_id)
            open_text = self.boolean(data.get("open_text", False), f"{where}.open_text")
            reverse = self.boolean(data.get("reverse", False), f"{where}.reverse")
            set_name: str | None = None
            options: tuple[ResponseOption, ...] = ()
            if open_text:
                for key in ("response_set", "reverse", "gate"):
                    if key in data:
                        raise self.fail(
                            f"{where}.{key}", marked("an open_text item cannot have one")
                        )
            else:
                if "response_set" not in data:
                    raise self.fail(
                        f"{where}.response_set", marked("is missing (or set open_text to true)")
                    )
                set_name = self.text(data["response_set"], f"{where}.response_set", max_len=40)
                if set_name not in response_sets:
                    raise self.fail(
                        f"{where}.response_set",
                        words("no response set named '{set_name}'", set_name=set_name),
                    )
                options = response_sets[set_name]
            gate: frozenset[int] = frozenset()
            if "gate" in data:
                gate_data = self.obj(
                    data["gate"], f"{where}.gate", {"score_zero_when"}, {"score_zero_when"}
                )
                at = f"{where}.gate.score_zero_when"
                closing = [
                    self.integer(v, f"{at}[{j}]")
                    for j, v in enumerate(self.array(gate_data["score_zero_when"], at))
                ]
                values = {o.value for o in options}
                for j, v in enumerate(closing):
                    if v not in values:
                        raise self.fail(
                            f"{at}[{j}]",
                            words("{v} is not a value of '{set_name}'", v=v, set_name=set_name),
                        )
                if set(closing) >= values:
                    raise self.fail(at, marked("every answer would close the gate"))
                if reverse:
                    raise self.fail(
                        f"{where}.reverse", marked("a gate item is not scored, so not reversed")
                    )
                gate = frozenset(closing)
            items.append(
                Item(
                    id=item_id,
                    text=self.text(data["text"], f"{where}.text"),
                    response_set=set_name,
                    options=options,
                    reverse=reverse,
                    open_text=open_text,
                    gate_closed_by=gate,
                    heading=self.optional_text(data, "heading", where),
                )
            )
        return tuple(items)

    def scoring(
        self, value: Any, by_id: Mapping[str, Item]
    ) -> tuple[Literal["sum", "none"], tuple[str, ...], MissingRule | None, tuple[Subscale, ...]]:
        data = self.obj(value, "scoring", {"method", "items", "subscales", "missing"}, {"method"})
        method = self.choice(data["method"], "scoring.method", ("sum", "none"))
        if method == "none":
            for key in ("items", "subscales", "missing"):
                if key in data:
                    raise self.fail(
                        f"scoring.{key}", marked('is not used when the method is "none"')
                    )
            return "none", (), None, ()
        for key in ("items", "missing"):
            if key not in data:
                raise self.fail(f"scoring.{key}", marked("is missing"))
        scored = self.item_list(data["items"], "scoring.items", by_id)
        missing = self.missing(data["missing"], len(scored))
        subscales: list[Subscale] = []
        raw_subscales = data.get("subscales", {})
        if not isinstance(raw_subscales, dict):
            raise self.fail(
                "scoring.subscales",
                words("must be an object, not {type}", type=_json_type(raw_subscales)),
            )
        for sub_id, raw in raw_subscales.items():
            where = f"scoring.subscales.{sub_id}"
            if not _ITEM_ID.fullmatch(sub_id):
                raise self.fail(
                    where, marked("a subscale's name must be a short word without spaces")
                )
            sub = self.obj(raw, where, {"label", "items", "max_missing"}, {"label", "items"})
            sub_items = self.item_list(sub["items"], f"{where}.items", by_id)
            outside = [i for i in sub_items if i not in scored]
            if outside:
                raise self.fail(
                    f"{where}.items",
                    words("'{item_id}' is not one of the scored items", item_id=outside[0]),
                )
            max_missing = 0
            if missing.rule == "prorate":
                max_missing = min(missing.max_missing, len(sub_items) - 1)
            if "max_missing" in sub:
                max_missing = self.integer(sub["max_missing"], f"{where}.max_missing")
                if missing.rule != "prorate":
                    raise self.fail(
                        f"{where}.max_missing",
                        marked('only applies when missing.rule is "prorate"'),
                    )
                if not 0 <= max_missing < len(sub_items):
                    raise self.fail(
                        f"{where}.max_missing",
                        words(
                            "must be from 0 to {highest} (one item must be answered)",
                            highest=len(sub_items) - 1,
                        ),
                    )
            subscales.append(
                Subscale(sub_id, self.text(sub["label"], f"{where}.label"), sub_items, max_missing)
            )
        return "sum", scored, missing, tuple(subscales)

    def item_list(self, value: Any, where: str, by_id: Mapping[str, Item]) -> tuple[str, ...]:
        ids: list[str] = []
        for i, raw in enumerate(self.array(value, where)):
            at = f"{where}[{i}]"
            item_id = self.text(raw, at, max_len=40)
            item = by_id.get(item_id)
            if item is None:
                raise self.fail(at, words("no item with the id '{item_id}'", item_id=item_id))
            if item.open_text:
                raise self.fail(
                    at,
                    words(
                        "'{item_id}' is an open_text item, which is never scored", item_id=item_id
                    ),
                )
            if item.is_gate:
                raise self.fail(
                    at, words("'{item_id}' is a gate item, which is never scored", item_id=item_id)
                )
            if item_id in ids:
                raise self.fail(at, words("'{item_id}' is listed twice", item_id=item_id))
            ids.append(item_id)
        return tuple(ids)

    def missing(self, value: Any, n_items: int) -> MissingRule:
        where = "scoring.missing"
        data = self.obj(
            value, where, {"rule", "max_missing", "rounding", "source", "note"}, {"rule"}
        )
        rule = self.choice(data["rule"], f"{where}.rule", ("invalid", "prorate"))
        source = self.optional_text(data, "source", where)
        note = self.optional_text(data, "note", where)
        if rule == "invalid":
            for key in ("max_missing", "rounding"):
                if key in data:
                    raise self.fail(
                        f"{where}.{key}", marked('only applies when the rule is "prorate"')
                    )
            return MissingRule("invalid", source=source, note=note)
        if "max_missing" not in data:
            raise self.fail(f"{where}.max_missing", marked('is missing (needed by "prorate")'))
        max_missing = self.integer(data["max_missing"], f"{where}.max_missing")
        if not 1 <= max_missing < n_items:
            raise self.fail(
                f"{where}.max_missing",
                words(
                    "must be from 1 to {highest} (at least one item must be answered)",
                    highest=n_items - 1,
                ),
            )
        rounding = self.choice(
            data.get("rounding", "half_up"), f"{where}.rounding", ("half_up", "none")
        )
        return MissingRule(
            "prorate",
            max_missing,
            "half_up" if rounding == "half_up" else "none",
            source=source,
            note=note,
        )

    def bands(
        self, value: Any, lowest: int | None, highest: int | None
    ) -> tuple[tuple[Band, ...], str]:
        if value is None:
            return (), ""
        if lowest is None or highest is None:
            raise self.fail("bands", marked('needs a total (scoring.method "sum")'))
        data = self.obj(value, "bands", {"source", "note", "ranges"}, {"ranges"})
        bands: list[Band] = []
        for i, raw in enumerate(self.array(data["ranges"], "bands.ranges")):
            at = f"bands.ranges[{i}]"
            band = self.obj(raw, at, {"min", "max", "label"}, {"min", "max", "label"})
            low = self.integer(band["min"], f"{at}.min")
            high = self.integer(band["max"], f"{at}.max")
            if high < low:
                raise self.fail(f"{at}.max", words("{high} is below min {low}", high=high, low=low))
            if not bands and low != lowest:
                raise self.fail(
                    f"{at}.min",
                    words("the first band must start at the lowest total, {lowest}", lowest=lowest),
                )
            if bands and low > bands[-1].max + 1:
                raise self.fail(
                    f"{at}.min",
                    words(
                        "gap: no band holds {low} to {high}", low=bands[-1].max + 1, high=low - 1
                    ),
                )
            if bands and low <= bands[-1].max:
                raise self.fail(
                    f"{at}.min",
                    words(
                        "overlap: {low} is already in the band {band_min}–{band_max}",
                        low=low,
                        band_min=bands[-1].min,
                        band_max=bands[-1].max,
                    ),
                )
            bands.append(Band(low, high, self.text(band["label"], f"{at}.label", max_len=60)))
        if bands[-1].max != highest:
            raise self.fail(
                f"bands.ranges[{len(bands) - 1}].max",
                words("the last band must end at the highest total, {highest}", highest=highest),
            )
        labels = [b.label for b in bands]
        if len(set(labels)) != len(labels):
            raise self.fail("bands.ranges", marked("two bands have the same label"))
        return tuple(bands), self.optional_text(data, "source", "bands")

    def cutoff(self, value: Any, lowest: int | None, highest: int | None) -> Cutoff | None:
        if value is None:
            return None
        if lowest is None or highest is None:
            raise self.fail("cutoff", marked('needs a total (scoring.method "sum")'))
        if isinstance(value, dict):
            data = self.obj(value, "cutoff", {"score", "female", "male", "source", "note"}, set())
            source = self.optional_text(data, "source", "cutoff")
            note = self.optional_text(data, "note", "cutoff")
            if "score" in data:
                for key in SEXES:
                    if key in data:
                        raise self.fail(
                            f"cutoff.{key}", marked('give either "score" or both sexes')
                        )
                female = male = self.cut_score(data["score"], "cutoff.score", lowest, highest)
            elif "female" in data and "male" in data:
                female = self.cut_score(data["female"], "cutoff.female", lowest, highest)
                male = self.cut_score(data["male"], "cutoff.male", lowest, highest)
            else:
                raise self.fail("cutoff", marked('needs "score", or both "female" and "male"'))
            return Cutoff(female, male, source, note)
        score = self.cut_score(value, "cutoff", lowest, highest)
        return Cutoff(score, score)

    def cut_score(self, value: Any, where: str, lowest: int, highest: int) -> int:
        score = self.integer(value, where)
        if not lowest < score <= highest:
            raise self.fail(
                where,
                words(
                    "{score} is outside the possible totals (above {lowest}, up to {highest})",
                    score=score,
                    lowest=lowest,
                    highest=highest,
                ),
            )
        return score

    def reliable_change(
        self, value: Any, lowest: int | None, highest: int | None
    ) -> ReliableChange | None:
        if value is None:
            return None
        where = "reliable_change"
        if lowest is None or highest is None:
            raise self.fail(where, marked('needs a total (scoring.method "sum")'))
        data = self.obj(value, where, {"threshold", "sd", "reliability", "source", "note"}, set())
        source = self.optional_text(data, "source", where)
        note = self.optional_text(data, "note", where)
        if "threshold" in data:
            for key in ("sd", "reliability"):
                if key in data:
                    raise self.fail(
                        f"{where}.{key}", marked('give either "threshold" or sd and reliability')
                    )
            threshold = self.number(data["threshold"], f"{where}.threshold")
            if not 0 < threshold <= highest - lowest:
                raise self.fail(
                    f"{where}.threshold",
                    words("must be above 0 and at most {highest}", highest=highest - lowest),
                )
            return ReliableChange(threshold=threshold, source=source, note=note)
        if "sd" not in data or "reliability" not in data:
            raise self.fail(where, marked('needs "threshold", or both "sd" and "reliability"'))
        sd = self.number(data["sd"], f"{where}.sd")
        reliability = self.number(data["reliability"], f"{where}.reliability")
        if sd <= 0:
            raise self.fail(f"{where}.sd", marked("must be above 0"))
        if not 0 <= reliability < 1:
            raise self.fail(
                f"{where}.reliability", marked("must be from 0 up to (not including) 1")
            )
        return ReliableChange(sd=sd, reliability=reliability, source=source, note=note)

    def risk(self, value: Any, by_id: Mapping[str, Item]) -> tuple[RiskRule, ...]:
        if value is None:
            return ()
        rules: list[RiskRule] = []
        for i, raw in enumerate(self.array(value, "risk", empty=True)):
            at = f"risk[{i}]"
            data = self.obj(
                raw, at, {"item", "min_value", "message"}, {"item", "min_value", "message"}
            )
            item_id = self.text(data["item"], f"{at}.item", max_len=40)
            item = by_id.get(item_id)
            if item is None:
                raise self.fail(
                    f"{at}.item", words("no item with the id '{item_id}'", item_id=item_id)
                )
            if item.open_text:
                raise self.fail(
                    f"{at}.item",
                    words("'{item_id}' is an open_text item and has no values", item_id=item_id),
                )
            min_value = self.integer(data["min_value"], f"{at}.min_value")
            if min_value not in item.values:
                raise self.fail(
                    f"{at}.min_value",
                    words(
                        "{min_value} is not a value of '{set_name}'",
                        min_value=min_value,
                        set_name=item.response_set,
                    ),
                )
            if min_value == item.min_value:
                raise self.fail(f"{at}.min_value", marked("every answer would raise the flag"))
            rules.append(RiskRule(item_id, min_value, self.text(data["message"], f"{at}.message")))
        return tuple(rules)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _unknown_key(key: str, allowed: set[str]) -> str:
    return words(
        "unknown key '{key}' (expected one of: {expected})",
        key=key,
        expected=", ".join(sorted(allowed)),
    )


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return words("a whole number")
    if isinstance(value, float):
        return words("a number with decimals")
    if isinstance(value, str):
        return words("text")
    if isinstance(value, list):
        return words("a list")
    if isinstance(value, dict):
        return words("an object")
    return type(value).__name__
