"""Instrument files: every shipped file loads, and malformed files are refused by name and field."""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.instruments import (
    Band,
    InstrumentFileError,
    load_all,
    load_instrument,
    shipped_dir,
)

SHIPPED = {
    "phq9",
    "gad7",
    "phq2",
    "gad2",
    "auditc",
    "pcptsd5",
    "session_checkin",
    "session_evaluation",
}
README = shipped_dir() / "README.md"


def readme_example() -> dict[str, Any]:
    """The complete example in the user-facing README (so the documentation stays true)."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## A complete small example.*?```json\n(.*?)```", text, re.S)
    assert block is not None
    example: dict[str, Any] = json.loads(block.group(1))
    return example


def write(folder: Path, data: Any, name: str = "custom.json") -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


# -- the shipped files -------------------------------------------------------------------------


def test_every_shipped_file_loads_without_problems() -> None:
    result = load_all()

    assert result.problems == []
    assert set(result.instruments) == SHIPPED


@pytest.mark.parametrize("path", sorted(shipped_dir().glob("*.json")), ids=lambda p: p.name)
def test_each_shipped_file_is_named_after_its_id_and_cites_its_source(path: Path) -> None:
    instrument = load_instrument(path)

    assert path.stem == instrument.id
    assert instrument.source.citation and instrument.source.licence
    assert instrument.item_texts_included
    assert instrument.path == path
    if instrument.missing is not None:
        assert instrument.missing.source, "the missing-item rule must say where it comes from"
    if instrument.cutoff is not None:
        assert instrument.cutoff.source
    if instrument.reliable_change is not None:
        assert instrument.reliable_change.source
    if instrument.bands:
        assert instrument.bands_source


@pytest.mark.parametrize(
    ("instrument_id", "lowest", "highest", "n_scored"),
    [
        ("phq9", 0, 27, 9),
        ("gad7", 0, 21, 7),
        ("phq2", 0, 6, 2),
        ("gad2", 0, 6, 2),
        ("auditc", 0, 12, 3),
        ("pcptsd5", 0, 5, 5),
        ("session_evaluation", 0, 16, 4),
    ],
)
def test_score_ranges(instrument_id: str, lowest: int, highest: int, n_scored: int) -> None:
    instrument = load_all().instruments[instrument_id]

    assert (instrument.min_score, instrument.max_score) == (lowest, highest)
    assert len(instrument.scored_items) == n_scored


def test_phq9_bands_cutoff_reliable_change_and_risk() -> None:
    phq9 = load_all().instruments["phq9"]

    assert phq9.bands == (
        Band(0, 4, "Minimal"),
        Band(5, 9, "Mild"),
        Band(10, 14, "Moderate"),
        Band(15, 19, "Moderately severe"),
        Band(20, 27, "Severe"),
    )
    assert phq9.cutoff_for(None) == 10
    assert phq9.reliable_change_threshold() == 6
    assert [(r.item, r.min_value) for r in phq9.risk] == [("9", 1)]
    assert phq9.kind == "outcome" and phq9.direction == "higher_is_worse"
    # The tenth ("how difficult") question is on the form but not in the total.
    assert "difficulty" in phq9.items_by_id
    assert "difficulty" not in phq9.scoring_items
    assert phq9.positive_screen


def test_gad7_uses_the_nhs_talking_therapies_caseness_and_says_why() -> None:
    gad7 = load_all().instruments["gad7"]

    assert gad7.cutoff_for(None) == 8
    assert gad7.cutoff is not None and "10" in gad7.cutoff.note
    assert gad7.reliable_change_threshold() == 4
    assert [(b.min, b.max) for b in gad7.bands] == [(0, 4), (5, 9), (10, 14), (15, 21)]


@pytest.mark.parametrize(
    ("sex", "cutoff"),
    [("female", 3), ("male", 4), ("Male ", 4), (None, 3), ("", 3), ("other", 3)],
)
def test_auditc_cutoff_by_sex_uses_the_lower_one_when_unknown(sex: str | None, cutoff: int) -> None:
    auditc = load_all().instruments["auditc"]

    assert auditc.cutoff is not None and auditc.cutoff.by_sex
    assert auditc.cutoff_for(sex) == cutoff


def test_pcptsd5_has_a_gate_that_is_not_scored() -> None:
    pcptsd5 = load_all().instruments["pcptsd5"]

    gate = pcptsd5.item("exposure")
    assert gate.is_gate and gate.gate_closed_by == frozenset({0})
    assert "exposure" not in pcptsd5.scoring_items
    assert pcptsd5.cutoff_for("female") == 4


def test_the_check_in_reports_items_only_and_flags_self_harm_urges() -> None:
    checkin = load_all().instruments["session_checkin"]

    assert checkin.kind == "check_in"
    assert not checkin.has_total
    assert checkin.min_score is None and checkin.max_score is None
    assert checkin.cutoff is None and checkin.bands == ()
    assert checkin.reliable_change_threshold() is None
    assert [(r.item, r.min_value) for r in checkin.risk] == [("self_harm", 1)]
    assert all(item.min_value == 0 and item.max_value == 10 for item in checkin.items)
    assert "no validation data" in checkin.source.citation


def test_the_evaluation_is_higher_is_better_with_a_labelled_heuristic_band() -> None:
    evaluation = load_all().instruments["session_evaluation"]

    assert evaluation.direction == "higher_is_better"
    assert evaluation.item("comment").open_text
    assert [(b.min, b.max) for b in evaluation.bands] == [(0, 11), (12, 16)]
    assert "heuristic" in evaluation.bands[0].label
    assert "heuristic" in evaluation.bands_source.lower()


def test_the_readme_example_loads(tmp_path: Path) -> None:
    instrument = load_instrument(write(tmp_path, readme_example()))

    assert instrument.id == "sleep_worries"
    assert (instrument.min_score, instrument.max_score) == (0, 6)
    assert instrument.item("c").reverse
    assert instrument.item("note").open_text
    assert [s.id for s in instrument.subscales] == ["worry"]
    assert instrument.cutoff_for("male") == 3


def test_reliable_change_from_sd_and_reliability_is_jacobson_and_truax(tmp_path: Path) -> None:
    data = readme_example()
    data["reliable_change"] = {"sd": 1.5, "reliability": 0.8}

    instrument = load_instrument(write(tmp_path, data))

    assert instrument.reliable_change_threshold() == pytest.approx(
        1.96 * 1.5 * math.sqrt(2) * math.sqrt(0.2)
    )


# -- malformed files ---------------------------------------------------------------------------


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return change


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("missing field", _delete("name"), "name", "is missing"),
    ("missing item text", _delete("items/1/text"), "items[1].text", "is missing"),
    ("unknown key", _set("colour", "blue"), "colour", "unknown key 'colour'"),
    ("unknown item key", _set("items/0/reversed", True), "items[0].reversed", "unknown key"),
    ("wrong type", _set("version", 1), "version", "must be text"),
    (
        "wrong type of value",
        _set("response_sets/truth/1/value", 1.5),
        "response_sets.truth[1].value",
        "whole number",
    ),
    (
        "boolean as number",
        _set("response_sets/truth/1/value", True),
        "response_sets.truth[1].value",
        "whole number",
    ),
    ("wrong kind", _set("kind", "survey"), "kind", "'survey' is not one of"),
    ("wrong format", _set("format", 2), "format", "format 1"),
    ("bad id", _set("id", "Sleep Worries"), "id", "lower-case"),
    ("band gap", _set("bands/ranges/1/min", 4), "bands.ranges[1].min", "gap"),
    ("band overlap", _set("bands/ranges/1/min", 2), "bands.ranges[1].min", "overlap"),
    (
        "band not from the lowest",
        _set("bands/ranges/0/min", 1),
        "bands.ranges[0].min",
        "lowest total, 0",
    ),
    (
        "band not to the highest",
        _set("bands/ranges/1/max", 5),
        "bands.ranges[1].max",
        "highest total, 6",
    ),
    ("band upside down", _set("bands/ranges/0/max", -1), "bands.ranges[0].max", "below min"),
    ("cut-off out of range", _set("cutoff", 7), "cutoff", "outside the possible totals"),
    ("cut-off at the lowest", _set("cutoff", 0), "cutoff", "outside the possible totals"),
    (
        "sex cut-off out of range",
        _set("cutoff", {"female": 3, "male": 9}),
        "cutoff.male",
        "outside",
    ),
    ("cut-off for one sex only", _set("cutoff", {"female": 3}), "cutoff", "both"),
    (
        "unknown response set",
        _set("items/2/response_set", "freq5"),
        "items[2].response_set",
        "no response set named 'freq5'",
    ),
    (
        "risk item that does not exist",
        _set("risk", [{"item": "z", "min_value": 1, "message": "m"}]),
        "risk[0].item",
        "no item with the id 'z'",
    ),
    (
        "risk value not in the set",
        _set("risk", [{"item": "a", "min_value": 5, "message": "m"}]),
        "risk[0].min_value",
        "not a value",
    ),
    ("duplicate item id", _set("items/1/id", "a"), "items[1].id", "'a' is used by an earlier item"),
    (
        "scored item that does not exist",
        _set("scoring/items", ["a", "b", "x"]),
        "scoring.items[2]",
        "no item with the id 'x'",
    ),
    (
        "scored open-text item",
        _set("scoring/items", ["a", "b", "note"]),
        "scoring.items[2]",
        "open_text",
    ),
    (
        "prorating every item",
        _set("scoring/missing/max_missing", 3),
        "scoring.missing.max_missing",
        "from 1 to 2",
    ),
    (
        "unknown missing rule",
        _set("scoring/missing", {"rule": "ignore"}),
        "scoring.missing.rule",
        "not one of",
    ),
    (
        "open text with a response set",
        _set("items/3/response_set", "truth"),
        "items[3].response_set",
        "open_text item",
    ),
    (
        "subscale item not scored",
        _set("scoring/subscales/worry/items", ["a", "note"]),
        "scoring.subscales.worry.items[1]",
        "open_text",
    ),
    (
        "subscale allowing every item missing",
        _set("scoring/subscales/worry/max_missing", 2),
        "scoring.subscales.worry.max_missing",
        "from 0 to 1",
    ),
    ("bands without a total", _set("scoring", {"method": "none"}), "bands", "needs a total"),
    ("positive screen without cut-off", _delete("cutoff"), "positive_screen", "needs a cutoff"),
    (
        "negative reliability",
        _set("reliable_change", {"sd": 1.5, "reliability": -0.2}),
        "reliable_change.reliability",
        "from 0",
    ),
    (
        "threshold and sd",
        _set("reliable_change", {"threshold": 2, "sd": 1}),
        "reliable_change.sd",
        "either",
    ),
    (
        "gate closed by every answer",
        _set("items/0/gate", {"score_zero_when": [0, 1, 2]}),
        "items[0].gate.score_zero_when",
        "every answer",
    ),
    (
        "gate value not in the set",
        _set("items/0/gate", {"score_zero_when": [7]}),
        "items[0].gate.score_zero_when[0]",
        "not a value",
    ),
    (
        "response set of one option",
        _set("response_sets/truth", [{"value": 0, "label": "x"}]),
        "response_sets.truth",
        "at least two",
    ),
    (
        "repeated response value",
        _set("response_sets/truth/2/value", 1),
        "response_sets.truth[2].value",
        "appears twice",
    ),
    ("empty text", _set("items/0/text", "  "), "items[0].text", "must not be empty"),
    ("url without scheme", _set("source/url", "www.example.org"), "source.url", "https://"),
]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [pytest.param(c, f, p, id=name) for name, c, f, p in MALFORMED],
)
def test_a_malformed_file_is_refused_naming_the_file_and_the_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], field: str, problem: str
) -> None:
    data = copy.deepcopy(readme_example())
    change(data)
    path = write(tmp_path, data, "broken.json")

    with pytest.raises(InstrumentFileError) as caught:
        load_instrument(path)

    message = caught.value.message
    assert message.startswith(f"broken.json: {field}: "), message
    assert problem in message
    assert caught.value.file == "broken.json" and caught.value.where == field


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"format": 1, "id": ', "line 1 column 21: invalid JSON"),
        ('{"format": 1,\n "id": "x",,}', "line 2 column 12: invalid JSON"),
        ('{"format": 1, "format": 1}', "the key 'format' appears twice"),
        ('{"format": NaN}', "'NaN' is not allowed"),
        ("[1, 2]", "must be an object, not a list"),
    ],
)
def test_a_file_that_is_not_an_instrument_object_is_refused(
    tmp_path: Path, text: str, problem: str
) -> None:
    with pytest.raises(InstrumentFileError, match=re.escape(problem)) as caught:
        load_instrument(write(tmp_path, text, "bad.json"))

    assert caught.value.message.startswith("bad.json: ")


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Café"}'.encode("latin-1"))

    with pytest.raises(InstrumentFileError, match=re.escape("latin1.json: is not UTF-8")):
        load_instrument(path)


# -- loading folders ---------------------------------------------------------------------------


def test_an_extra_folder_adds_instruments_and_reports_bad_files_without_stopping(
    tmp_path: Path,
) -> None:
    good = readme_example()
    other = copy.deepcopy(good)
    other["id"] = "sleep_worries_2"
    write(tmp_path, good, "a_sleep.json")
    write(tmp_path, "{ not json", "b_broken.json")
    write(tmp_path, other, "c_sleep2.json")

    result = load_all([tmp_path])

    assert set(result.instruments) == SHIPPED | {"sleep_worries", "sleep_worries_2"}
    assert len(result.problems) == 1
    assert result.problems[0].startswith("b_broken.json: line 1 column 3: invalid JSON")


def test_an_extra_file_may_not_reuse_a_shipped_id(tmp_path: Path) -> None:
    impostor = readme_example()
    impostor["id"] = "phq9"
    write(tmp_path, impostor, "my_phq9.json")

    result = load_all([tmp_path])

    assert result.problems == [
        "my_phq9.json: id: 'phq9' is already used by a shipped instrument (phq9.json); "
        "give this instrument an id of its own"
    ]
    assert result.instruments["phq9"].name == "Patient Health Questionnaire-9"


def test_two_extra_files_may_not_share_an_id(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    write(first, readme_example(), "sleep.json")
    write(second, readme_example(), "sleep_copy.json")

    result = load_all([first, second])

    assert "sleep_worries" in result.instruments
    assert result.instruments["sleep_worries"].path == first / "sleep.json"
    assert result.problems == [
        "sleep_copy.json: id: 'sleep_worries' is already used by another file (sleep.json); "
        "give this instrument an id of its own"
    ]


def test_a_missing_extra_folder_holds_no_instruments_but_a_file_in_its_place_is_reported(
    tmp_path: Path,
) -> None:
    not_a_folder = write(tmp_path, "{}", "instruments")

    result = load_all([tmp_path / "absent", not_a_folder])

    assert set(result.instruments) == SHIPPED
    assert result.problems == [f"{not_a_folder}: not a folder"]
