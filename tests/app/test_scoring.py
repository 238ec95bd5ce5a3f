"""Scoring: totals, bands, cut-offs, gates, reversal, missing answers and risk flags."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.instruments import Instrument, load_all, load_instrument
from app.scoring import RiskFlag, Score, score

INSTRUMENTS = load_all().instruments


def answers_for(instrument: Instrument, *values: int | None) -> dict[str, int | None]:
    """Answers to the scored items, in order."""
    assert len(values) == len(instrument.scoring_items)
    return dict(zip(instrument.scoring_items, values, strict=True))


def answers_totalling(instrument: Instrument, total: int) -> dict[str, int | None]:
    """Answers to the scored items that add up to ``total`` (filled from the first item)."""
    answers: dict[str, int | None] = {}
    left = total
    for item in instrument.scored_items:
        value = min(item.max_value, left)
        answers[item.id] = value
        left -= value
    assert left == 0
    return answers


@pytest.fixture
def phq9() -> Instrument:
    return INSTRUMENTS["phq9"]


# -- totals, bands and cut-offs ----------------------------------------------------------------


def band_boundaries() -> list[tuple[str, int, str]]:
    cases = []
    for instrument_id in ("phq9", "gad7", "session_evaluation"):
        for band in INSTRUMENTS[instrument_id].bands:
            cases += [(instrument_id, band.min, band.label), (instrument_id, band.max, band.label)]
    return cases


@pytest.mark.parametrize(("instrument_id", "total", "band"), band_boundaries())
def test_every_band_boundary(instrument_id: str, total: int, band: str) -> None:
    instrument = INSTRUMENTS[instrument_id]

    result = score(instrument, answers_totalling(instrument, total))

    assert (result.total, result.band, result.valid) == (total, band, True)
    assert not result.prorated and result.missing == 0


@pytest.mark.parametrize(
    ("instrument_id", "below", "at"),
    [("phq9", 9, 10), ("gad7", 7, 8), ("phq2", 2, 3), ("gad2", 2, 3)],
)
def test_cutoff_is_at_or_above(instrument_id: str, below: int, at: int) -> None:
    instrument = INSTRUMENTS[instrument_id]

    assert score(instrument, answers_totalling(instrument, below)).at_or_above_cutoff is False
    assert score(instrument, answers_totalling(instrument, at)).at_or_above_cutoff is True
    assert score(instrument, answers_totalling(instrument, instrument.max_score or 0)).total == (
        instrument.max_score
    )


def test_phq9_worked_example_of_12_is_moderate_and_above_the_cutoff(phq9: Instrument) -> None:
    # Scoring card: count the boxes in each column and multiply by the column's value.
    # Here 2 × "Not at all", 3 × "Several days", 3 × "More than half the days",
    # 1 × "Nearly every day": 0 + 3 + 6 + 3 = 12.
    answers = answers_for(phq9, 2, 2, 1, 2, 1, 0, 1, 3, 0)
    answers["difficulty"] = 2  # on the form, never in the total

    result = score(phq9, answers)

    assert result == Score(
        total=12,
        valid=True,
        missing=0,
        prorated=False,
        band="Moderate",
        at_or_above_cutoff=True,
        subscales={},
        risk=(),
        gated=False,
    )


def test_phq9_difficulty_question_does_not_count(phq9: Instrument) -> None:
    answers = answers_for(phq9, *[0] * 9)

    assert score(phq9, {**answers, "difficulty": 3}).total == 0
    assert score(phq9, {**answers, "difficulty": None}).total == 0


@pytest.mark.parametrize(
    ("sex", "total", "positive"),
    [
        ("female", 2, False),
        ("female", 3, True),
        ("male", 3, False),
        ("male", 4, True),
        (None, 2, False),
        (None, 3, True),
        ("", 3, True),
        ("other", 3, True),
    ],
)
def test_auditc_cutoff_by_sex(sex: str | None, total: int, positive: bool) -> None:
    auditc = INSTRUMENTS["auditc"]

    result = score(auditc, answers_totalling(auditc, total), sex)

    assert result.total == total
    assert result.at_or_above_cutoff is positive
    assert result.band is None  # no published bands for the AUDIT-C


def test_auditc_published_maximum() -> None:
    auditc = INSTRUMENTS["auditc"]

    # "4 or more times a week", "10 or more", "Daily or almost daily".
    assert score(auditc, {"1": 4, "2": 4, "3": 4}).total == 12
    assert score(auditc, {"1": 1, "2": 0, "3": 0}, "male").at_or_above_cutoff is False


# -- the PC-PTSD-5 gate ------------------------------------------------------------------------


def test_pcptsd5_no_trauma_exposure_scores_zero_and_is_not_positive() -> None:
    pcptsd5 = INSTRUMENTS["pcptsd5"]

    result = score(pcptsd5, {"exposure": 0}, "female")

    assert result.gated and result.valid
    assert result.total == 0
    assert result.at_or_above_cutoff is False
    assert result.missing == 0 and not result.prorated


def test_pcptsd5_closed_gate_ignores_answers_given_anyway() -> None:
    pcptsd5 = INSTRUMENTS["pcptsd5"]

    answers = {"exposure": 0, **answers_for(pcptsd5, 1, 1, 1, 1, 1)}

    assert score(pcptsd5, answers).total == 0


@pytest.mark.parametrize(("yes", "positive"), [(3, False), (4, True), (5, True)])
def test_pcptsd5_after_exposure_counts_yes_answers(yes: int, positive: bool) -> None:
    pcptsd5 = INSTRUMENTS["pcptsd5"]
    values = [1] * yes + [0] * (5 - yes)

    result = score(pcptsd5, {"exposure": 1, **answers_for(pcptsd5, *values)})

    assert (result.total, result.at_or_above_cutoff, result.gated) == (yes, positive, False)


def test_pcptsd5_unanswered_gate_or_item_has_no_total() -> None:
    pcptsd5 = INSTRUMENTS["pcptsd5"]

    no_gate = score(pcptsd5, answers_for(pcptsd5, 1, 1, 1, 1, 1))
    one_missing = score(pcptsd5, {"exposure": 1, **answers_for(pcptsd5, 1, 1, 1, 1, None)})

    assert (no_gate.total, no_gate.valid, no_gate.missing) == (None, False, 1)
    assert no_gate.at_or_above_cutoff is None
    assert (one_missing.total, one_missing.valid, one_missing.missing) == (None, False, 1)


# -- missing answers and risk ------------------------------------------------------------------


@pytest.mark.parametrize("instrument_id", ["phq9", "gad7", "phq2", "gad2", "auditc"])
def test_one_missing_answer_means_no_total(instrument_id: str) -> None:
    instrument = INSTRUMENTS[instrument_id]
    answers = answers_totalling(instrument, 2)
    answers[instrument.scoring_items[-1]] = None

    result = score(instrument, answers)

    assert result == Score(None, False, 1, False, None, None, {}, (), False)


def test_unanswered_items_may_be_left_out(phq9: Instrument) -> None:
    assert score(phq9, {"1": 3}).missing == 8
    assert score(phq9, {}).total is None


def test_phq9_item9_flags_risk_even_when_the_total_is_invalid(phq9: Instrument) -> None:
    result = score(phq9, {"9": 1})

    assert result.total is None and not result.valid
    assert result.risk == (RiskFlag("9", 1, phq9.risk[0].message),)


@pytest.mark.parametrize(("value", "flagged"), [(0, False), (1, True), (3, True)])
def test_phq9_item9_threshold(phq9: Instrument, value: int, flagged: bool) -> None:
    answers = answers_for(phq9, 0, 0, 0, 0, 0, 0, 0, 0, value)

    result = score(phq9, answers)

    assert bool(result.risk) is flagged
    assert result.total == value


def test_check_in_reports_items_only_and_flags_self_harm_urges() -> None:
    checkin = INSTRUMENTS["session_checkin"]
    answers: dict[str, int | None] = {
        "mood": 7,
        "anxiety": 5,
        "anger": 2,
        "hopelessness": 6,
        "self_harm": 1,
    }

    result = score(checkin, answers)

    assert result.total is None and result.valid
    assert result.band is None and result.at_or_above_cutoff is None
    assert [flag.item for flag in result.risk] == ["self_harm"]
    assert score(checkin, {**answers, "self_harm": 0}).risk == ()
    assert score(checkin, {"mood": 3}).missing == 4


def test_session_evaluation_low_band_and_unscored_comment() -> None:
    evaluation = INSTRUMENTS["session_evaluation"]
    answers: dict[str, int | None] = {"understood": 3, "respected": 3, "helpful": 3, "focus": 2}

    low = score(evaluation, {**answers, "comment": None})
    fine = score(evaluation, {**answers, "focus": 3})

    assert (low.total, low.band) == (11, evaluation.bands[0].label)
    assert (fine.total, fine.band) == (12, "Satisfactory")
    assert low.at_or_above_cutoff is None


# -- answers that are not answers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ({"1": 4}, "4 is not an answer to item '1'"),
        ({"1": -1}, "-1 is not an answer to item '1'"),
        ({"1": True}, "True is not an answer to item '1'"),
        ({"1": "2"}, "'2' is not an answer to item '1'"),
        ({"1": 1.0}, "1.0 is not an answer to item '1'"),
        ({"10": 1}, "there is no item '10'"),
        ({"difficulty": 4}, "4 is not an answer to item 'difficulty'"),
    ],
)
def test_an_answer_outside_the_response_set_raises(
    phq9: Instrument, answers: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        score(phq9, answers)


def test_a_number_for_a_free_text_item_raises() -> None:
    with pytest.raises(ValueError, match="free-text"):
        score(INSTRUMENTS["session_evaluation"], {"comment": 1})


# -- reversal, subscales and prorating (a tiny instrument of our own) --------------------------


def tiny(tmp_path: Path, **scoring: Any) -> Instrument:
    """Four 0–4 items, the last reverse-scored; subscale "first" = a + b, "second" = c + d."""
    data: dict[str, Any] = {
        "format": 1,
        "id": "tiny",
        "name": "Tiny test instrument",
        "short_name": "Tiny",
        "version": "1",
        "kind": "outcome",
        "direction": "higher_is_worse",
        "item_texts_included": True,
        "source": {"citation": "Test fixture.", "licence": "Test fixture."},
        "instructions": "Answer.",
        "response_sets": {
            "five": [{"value": v, "label": str(v)} for v in range(5)],
        },
        "items": [
            {"id": "a", "text": "A", "response_set": "five"},
            {"id": "b", "text": "B", "response_set": "five"},
            {"id": "c", "text": "C", "response_set": "five"},
            {"id": "d", "text": "D (positively worded)", "response_set": "five", "reverse": True},
        ],
        "scoring": {
            "method": "sum",
            "items": ["a", "b", "c", "d"],
            "subscales": {
                "first": {"label": "First", "items": ["a", "b"]},
                "second": {"label": "Second", "items": ["c", "d"]},
            },
            "missing": {"rule": "invalid"},
            **scoring,
        },
        "bands": {
            "ranges": [
                {"min": 0, "max": 7, "label": "Low"},
                {"min": 8, "max": 16, "label": "High"},
            ]
        },
        "cutoff": 8,
    }
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_instrument(path)


@pytest.mark.parametrize(("d", "counts"), [(0, 4), (1, 3), (2, 2), (3, 1), (4, 0)])
def test_a_reverse_item_counts_min_plus_max_minus_value(
    tmp_path: Path, d: int, counts: int
) -> None:
    instrument = tiny(tmp_path)

    result = score(instrument, {"a": 0, "b": 0, "c": 0, "d": d})

    assert result.total == counts
    assert result.subscales == {"first": 0, "second": counts}


def test_subscales_sum_their_own_items(tmp_path: Path) -> None:
    instrument = tiny(tmp_path)

    result = score(instrument, {"a": 1, "b": 2, "c": 3, "d": 1})

    assert result.total == 1 + 2 + 3 + 3
    assert result.subscales == {"first": 3, "second": 6}
    assert (result.band, result.at_or_above_cutoff) == ("High", True)


def test_invalid_rule_leaves_subscales_without_a_full_set_empty(tmp_path: Path) -> None:
    instrument = tiny(tmp_path)

    result = score(instrument, {"a": 1, "b": 2, "c": 3, "d": None})

    assert result.total is None
    assert result.subscales == {"first": 3, "second": None}


@pytest.mark.parametrize(
    ("answers", "total"),
    [
        ({"a": 1, "b": 2, "c": 2, "d": None}, 7),  # 5 × 4 / 3 = 6.67 → 7
        ({"a": 1, "b": 1, "c": 1, "d": None}, 4),  # 3 × 4 / 3 = 4 exactly
        ({"a": 1, "b": 0, "c": 0, "d": None}, 1),  # 1 × 4 / 3 = 1.33 → 1
        ({"a": 1, "b": 1, "c": None, "d": 4}, 3),  # d = 4 reversed counts 0: 2 × 4 / 3 → 3
    ],
)
def test_prorating_multiplies_by_items_over_answered_and_rounds(
    tmp_path: Path, answers: dict[str, int | None], total: int
) -> None:
    instrument = tiny(tmp_path, missing={"rule": "prorate", "max_missing": 1})

    result = score(instrument, answers)

    assert (result.total, result.prorated, result.valid, result.missing) == (total, True, True, 1)


@pytest.mark.parametrize(
    ("answered_sum", "total"),
    [
        (3, 4),  # 3 × 7 / 6 = 3.5 → 4
        (9, 11),  # 10.5 → 11 (Python's round() would give the even 10)
        (15, 18),  # 17.5 → 18
        (4, 5),  # 4.67 → 5
        (5, 6),  # 5.83 → 6
    ],
)
def test_prorating_rounds_exact_halves_up(tmp_path: Path, answered_sum: int, total: int) -> None:
    path = tmp_path / "seven.json"
    path.write_text(json.dumps(_seven_items()), encoding="utf-8")
    instrument = load_instrument(path)
    answers: dict[str, int | None] = {f"i{n}": 0 for n in range(1, 7)}
    left = answered_sum
    for item_id in answers:
        answers[item_id] = min(3, left)
        left -= min(3, left)

    result = score(instrument, answers)  # i7 is missing

    assert (result.total, result.prorated, result.missing) == (total, True, 1)


def _seven_items() -> dict[str, Any]:
    return {
        "format": 1,
        "id": "seven",
        "name": "Seven items",
        "short_name": "Seven",
        "version": "1",
        "kind": "outcome",
        "direction": "higher_is_worse",
        "item_texts_included": True,
        "source": {"citation": "Test fixture.", "licence": "Test fixture."},
        "instructions": "Answer.",
        "response_sets": {"four": [{"value": v, "label": str(v)} for v in range(4)]},
        "items": [
            {"id": f"i{n}", "text": f"Item {n}", "response_set": "four"} for n in range(1, 8)
        ],
        "scoring": {
            "method": "sum",
            "items": [f"i{n}" for n in range(1, 8)],
            "missing": {"rule": "prorate", "max_missing": 1, "rounding": "half_up"},
        },
    }


def test_prorating_without_rounding_keeps_decimals_and_bands_by_min(tmp_path: Path) -> None:
    instrument = tiny(tmp_path, missing={"rule": "prorate", "max_missing": 1, "rounding": "none"})

    result = score(instrument, {"a": 1, "b": 2, "c": 2, "d": None})

    assert result.total == pytest.approx(20 / 3)
    assert result.band == "Low"  # 6.67 has not reached the "High" band's 8
    assert result.at_or_above_cutoff is False
    above = score(instrument, {"a": 2, "b": 2, "c": 2, "d": None})
    assert above.total == 8 and above.band == "High"


def test_too_many_missing_for_prorating_means_no_total(tmp_path: Path) -> None:
    instrument = tiny(tmp_path, missing={"rule": "prorate", "max_missing": 1})

    result = score(instrument, {"a": 4, "b": 4, "c": None, "d": None})

    assert (result.total, result.valid, result.prorated, result.missing) == (None, False, False, 2)
    # Subscale "first" is complete; "second" has both items missing.
    assert result.subscales == {"first": 8, "second": None}


def test_subscales_are_prorated_within_their_own_limit(tmp_path: Path) -> None:
    instrument = tiny(tmp_path, missing={"rule": "prorate", "max_missing": 2})

    result = score(instrument, {"a": 3, "b": None, "c": 1, "d": 4})

    # Whole scale: (3 + 1 + 0) × 4 / 3 = 5.33 → 5; "first": 3 × 2 / 1 = 6.
    assert result.total == 5
    assert result.subscales == {"first": 6, "second": 1}


def test_an_instrument_read_again_is_scored_without_comparing_instruments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = INSTRUMENTS["phq9"]
    again = load_all().instruments["phq9"]  # the same file read again: equal, not identical
    assert again == first and again is not first
    answers = answers_totalling(first, 12)
    score(first, answers)  # its scoring plan is made and kept

    def field_by_field(self: Instrument, other: object) -> bool:
        raise AssertionError("instruments compared field by field on every score")

    monkeypatch.setattr(Instrument, "__eq__", field_by_field)

    assert score(again, answers).total == 12
    assert score(first, answers).total == 12
