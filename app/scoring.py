"""Scoring one administration of an instrument exactly as its file says.

Pure and fast: no database, no clock, no I/O. ``score`` is called for every
administration a chart shows, so it does the least work it can; the per-item
facts it needs are worked out once per instrument (see ``_plan``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.instruments import Instrument, MissingRule
from app.words import words


@dataclass(frozen=True)
class RiskFlag:
    item: str
    value: int
    message: str


@dataclass(frozen=True)
class Score:
    #: None when the answers cannot be scored (too many missing, a gate not answered),
    #: and for instruments that report items only.
    total: float | None
    valid: bool
    #: Scored items (and unanswered gate items) left without an answer.
    missing: int
    prorated: bool
    band: str | None
    at_or_above_cutoff: bool | None
    subscales: dict[str, float | None] = field(default_factory=dict)
    #: Raised from the answers given, even when the total is invalid.
    risk: tuple[RiskFlag, ...] = ()
    #: A gate item was answered so that the total is 0 and the other items are not asked.
    gated: bool = False


@dataclass(frozen=True)
class _Plan:
    """What ``score`` needs about an instrument, in the shape fastest to use."""

    # item id -> (allowed values, offset for reversal: min + max, or None if not reversed)
    checks: dict[str, tuple[frozenset[int], int | None]]
    open_text: frozenset[str]
    scored: tuple[str, ...]
    gates: tuple[tuple[str, frozenset[int]], ...]
    subscales: tuple[tuple[str, tuple[str, ...], int], ...]


#: Plans by the instrument's identity, each entry keeping its instrument alive (so that
#: its id cannot be reused while the entry is here). Not a cache keyed on the instrument
#: itself: an equal instrument read again from its file has the same hash, and every
#: lookup would then compare the two field by field, at three times the cost of scoring.
_PLANS: dict[int, tuple[Instrument, _Plan]] = {}
_MAX_PLANS = 256


def _plan(instrument: Instrument) -> _Plan:
    found = _PLANS.get(id(instrument))
    if found is not None and found[0] is instrument:
        return found[1]
    plan = _make_plan(instrument)
    if len(_PLANS) >= _MAX_PLANS:
        _PLANS.clear()
    _PLANS[id(instrument)] = (instrument, plan)
    return plan


def _make_plan(instrument: Instrument) -> _Plan:
    checks = {
        item.id: (item.values, item.min_value + item.max_value if item.reverse else None)
        for item in instrument.items
        if not item.open_text
    }
    return _Plan(
        checks=checks,
        open_text=frozenset(item.id for item in instrument.items if item.open_text),
        scored=instrument.scoring_items,
        gates=tuple((item.id, item.gate_closed_by) for item in instrument.gate_items),
        subscales=tuple((s.id, s.items, s.max_missing) for s in instrument.subscales),
    )


def score(
    instrument: Instrument, answers: Mapping[str, int | None], sex: str | None = None
) -> Score:
    """Score ``answers`` (item id → value, None when unanswered) by ``instrument``'s rules.

    ``sex`` ("female", "male", or anything else for not recorded) only matters for
    instruments whose cut-off differs by sex. An answer that is not a value of
    its item's response set, or an answer to an item the instrument does not
    have, raises ``ValueError``: a wrong number must never be scored quietly.
    """
    plan = _plan(instrument)
    checks = plan.checks
    for item_id, value in answers.items():
        if value is None:
            continue
        check = checks.get(item_id)
        if check is None:
            if item_id in plan.open_text:
                raise ValueError(
                    words(
                        "{instrument}: '{item_id}' is a free-text item and takes no number",
                        instrument=instrument.short_name,
                        item_id=item_id,
                    )
                )
            raise ValueError(
                words(
                    "{instrument}: there is no item '{item_id}'",
                    instrument=instrument.short_name,
                    item_id=item_id,
                )
            )
        if value.__class__ is not int or value not in check[0]:
            raise ValueError(
                words(
                    "{instrument}: {value} is not an answer to item '{item_id}'",
                    instrument=instrument.short_name,
                    value=repr(value),
                    item_id=item_id,
                )
            )

    risk = tuple(
        RiskFlag(rule.item, value, rule.message)
        for rule in instrument.risk
        if (value := answers.get(rule.item)) is not None and value >= rule.min_value
    )

    if instrument.method == "none":
        missing = sum(1 for i in checks if answers.get(i) is None)
        return Score(None, True, missing, False, None, None, {}, risk, False)

    gated = False
    gate_missing = 0
    for item_id, closing in plan.gates:
        value = answers.get(item_id)
        if value is None:
            gate_missing += 1
        elif value in closing:
            gated = True
    if gated:
        # The published rule (PC-PTSD-5): no exposure, so the screen total is 0.
        return _finish(
            instrument, 0, True, 0, False, {s[0]: 0.0 for s in plan.subscales}, risk, True, sex
        )

    rule = instrument.missing
    assert rule is not None  # the loader requires it for "sum"
    total, missing = _sum(plan.scored, answers, checks, rule, rule.max_missing)
    subscales = {
        sub_id: _sum(items, answers, checks, rule, max_missing)[0]
        for sub_id, items, max_missing in plan.subscales
    }
    missing += gate_missing
    if gate_missing:
        # Unanswered gate: whether the total should be 0 is unknown, so it is not scored.
        return _finish(
            instrument, None, False, missing, False, dict.fromkeys(subscales), risk, False, sex
        )
    prorated = total is not None and missing > 0
    return _finish(
        instrument, total, total is not None, missing, prorated, subscales, risk, False, sex
    )


def _sum(
    item_ids: tuple[str, ...],
    answers: Mapping[str, int | None],
    checks: dict[str, tuple[frozenset[int], int | None]],
    rule: MissingRule,
    max_missing: int,
) -> tuple[float | None, int]:
    """The sum over ``item_ids`` (reversed where marked), prorated if the rule allows it."""
    total = 0
    answered = 0
    for item_id in item_ids:
        value = answers.get(item_id)
        if value is None:
            continue
        offset = checks[item_id][1]
        total += value if offset is None else offset - value
        answered += 1
    n = len(item_ids)
    missing = n - answered
    if missing == 0:
        return float(total), 0
    if rule.rule == "invalid" or missing > max_missing:
        return None, missing
    # Prorating: the mean of the answered items stands in for each missing one.
    if rule.rounding == "none":
        return total * n / answered, missing
    # Half up, in whole numbers (no float error at .5): floor(total·n/answered + 1/2).
    return float((2 * total * n + answered) // (2 * answered)), missing


def _finish(
    instrument: Instrument,
    total: float | None,
    valid: bool,
    missing: int,
    prorated: bool,
    subscales: dict[str, float | None],
    risk: tuple[RiskFlag, ...],
    gated: bool,
    sex: str | None,
) -> Score:
    band = instrument.band_for(total)
    cutoff = instrument.cutoff
    above = None if cutoff is None or total is None else total >= cutoff.for_sex(sex)
    return Score(
        total=float(total) if total is not None else None,
        valid=valid,
        missing=missing,
        prorated=prorated,
        band=band.label if band is not None else None,
        at_or_above_cutoff=above,
        subscales=subscales,
        risk=risk,
        gated=gated,
    )
