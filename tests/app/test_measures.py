"""Administrations and follow-ups: scored from the answers, stored, flagged, audited, resolved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app import measures
from app.changes import Changed
from app.errors import ValidationError
from app.instruments import Instrument, load_all
from app.measures import FollowUpNotFound
from app.models import Administration, AuditEntry, FollowUp, FollowUpStatus
from app.scoring import Score
from app.vault import Vault
from tests.app.people import add_client, adult, audit_entries, count

INSTRUMENTS = load_all().instruments
PHQ9 = INSTRUMENTS["phq9"]
AUDITC = INSTRUMENTS["auditc"]
EVALUATION = INSTRUMENTS["session_evaluation"]
WHEN = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)


def phq9(*values: int | None, difficulty: int | None = 1) -> dict[str, int | None]:
    """A PHQ-9 form: items 1–9 in order, then the unscored difficulty question."""
    assert len(values) == 9
    return {**dict(zip(PHQ9.scoring_items, values, strict=True)), "difficulty": difficulty}


#: Adds up to 12 ("Moderate"), item 9 not endorsed.
PHQ9_TWELVE = phq9(2, 2, 2, 2, 2, 1, 1, 0, 0)


def record(
    vault: Vault,
    client_id: int,
    instrument: Instrument,
    answers: dict[str, Any],
    **options: Any,
) -> tuple[int, Score]:
    """One administration, recorded in its own transaction."""
    with vault.session() as session:
        return measures.record_administration(session, client_id, instrument, answers, **options)


def follow_ups_of(vault: Vault, client_id: int, open_only: bool = False) -> list[Any]:
    with vault.session() as session:
        return measures.follow_ups(session, client_id, open_only=open_only)


def administrations_of(vault: Vault, client_id: int, instrument_id: str | None = None) -> list[Any]:
    with vault.session() as session:
        return measures.administrations(session, client_id, instrument_id)


# ------------------------------------------------------------- scoring and storing


def test_the_scores_are_computed_from_the_answers_and_stored(vault: Vault) -> None:
    client_id = add_client(vault)

    admin_id, result = record(vault, client_id, PHQ9, PHQ9_TWELVE, answered_by="paper", at=WHEN)

    assert (result.total, result.band, result.valid) == (12, "Moderate", True)
    assert result.at_or_above_cutoff is True and result.risk == ()
    [row] = administrations_of(vault, client_id)
    assert row.id == admin_id
    assert (row.instrument_id, row.instrument_version) == ("phq9", PHQ9.version)
    assert (row.total, row.band, row.valid, row.at_or_above_cutoff) == (12, "Moderate", True, True)
    assert row.answers == PHQ9_TWELVE  # every answer, the unscored difficulty question too
    assert row.comments == {} and row.risk == ()
    assert (row.answered_by, row.administered_at) == ("paper", WHEN)


def test_a_positive_screen_opens_exactly_one_screen_follow_up(vault: Vault) -> None:
    client_id = add_client(vault)

    record(vault, client_id, PHQ9, PHQ9_TWELVE)

    [item] = follow_ups_of(vault, client_id)
    assert (item.kind, item.title, item.status) == ("screen", PHQ9.positive_screen, "open")
    assert item.is_open and item.resolved_at is None
    with vault.session() as session:
        stored = session.scalars(select(FollowUp)).one()
        assert stored.administration_id == session.scalars(select(Administration.id)).one()


def test_a_screen_below_the_cut_off_opens_nothing(vault: Vault) -> None:
    client_id = add_client(vault)

    _, result = record(vault, client_id, PHQ9, phq9(1, 1, 1, 1, 1, 1, 1, 1, 0))

    assert (result.total, result.band, result.at_or_above_cutoff) == (8, "Mild", False)
    assert follow_ups_of(vault, client_id) == []


def test_item_9_opens_a_risk_follow_up_even_when_the_total_is_invalid(vault: Vault) -> None:
    client_id = add_client(vault)
    answers = phq9(None, None, 3, 3, 3, 3, 3, 3, 1)  # two items missing: no total

    _, result = record(vault, client_id, PHQ9, answers)

    assert (result.total, result.valid, result.at_or_above_cutoff) == (None, False, None)
    [flag] = result.risk
    [item] = follow_ups_of(vault, client_id)  # a risk, and no screen follow-up
    assert item.kind == "risk"
    assert item.title == f"PHQ-9: {flag.message}"
    [row] = administrations_of(vault, client_id)
    assert (row.total, row.valid, row.band) == (None, False, "")
    assert row.risk == (flag.message,)


@pytest.mark.parametrize(
    ("sex", "positive"),
    [("female", True), ("male", False), ("", True)],
    ids=["female-cut-off-3", "male-cut-off-4", "not-recorded-uses-the-lower"],
)
def test_auditc_uses_the_clients_sex_for_norms(vault: Vault, sex: str, positive: bool) -> None:
    client_id = add_client(vault, adult(sex_for_norms=sex))

    _, result = record(vault, client_id, AUDITC, {"1": 1, "2": 1, "3": 1})

    assert result.total == 3
    assert result.at_or_above_cutoff is positive
    titles = [f.title for f in follow_ups_of(vault, client_id)]
    assert titles == ([AUDITC.positive_screen] if positive else [])


def test_auditc_four_is_positive_for_a_man(vault: Vault) -> None:
    client_id = add_client(vault, adult(sex_for_norms="male"))

    _, result = record(vault, client_id, AUDITC, {"1": 2, "2": 1, "3": 1})

    assert (result.total, result.at_or_above_cutoff) == (4, True)
    assert len(follow_ups_of(vault, client_id)) == 1


def test_open_text_answers_are_stored_as_comments_not_answers(vault: Vault) -> None:
    client_id = add_client(vault)
    ratings = {"understood": 4, "respected": 4, "helpful": 3, "focus": 3}

    _, result = record(
        vault, client_id, EVALUATION, {**ratings, "comment": "More time on the homework, please."}
    )

    assert (result.total, result.band) == (14, "Satisfactory")
    [row] = administrations_of(vault, client_id, "session_evaluation")
    assert row.answers == ratings
    assert row.comments == {"comment": "More time on the homework, please."}


def test_an_empty_comment_is_not_stored(vault: Vault) -> None:
    client_id = add_client(vault)

    record(
        vault,
        client_id,
        EVALUATION,
        {"understood": 2, "respected": 2, "helpful": 2, "focus": 2, "comment": ""},
    )

    [row] = administrations_of(vault, client_id)
    assert row.comments == {} and "comment" not in row.answers
    assert row.band.startswith("Low")


@pytest.mark.parametrize("answered_by", ["", "parent", "Client"])
def test_who_answered_must_be_known(vault: Vault, answered_by: str) -> None:
    client_id = add_client(vault)

    with vault.session() as session, pytest.raises(ValidationError) as raised:
        measures.record_administration(session, client_id, PHQ9, PHQ9_TWELVE, answered_by)

    assert set(raised.value.problems) == {"answered_by"}
    with vault.session() as session:
        assert count(session, Administration) == 0
        assert count(session, FollowUp) == 0


def test_administrations_and_their_follow_ups_are_audited(vault: Vault) -> None:
    client_id = add_client(vault)

    admin_id, _ = record(vault, client_id, PHQ9, phq9(3, 3, 3, 3, 0, 0, 0, 0, 2))

    with vault.session() as session:
        [entry] = audit_entries(session, "administration", admin_id)
        assert entry.action == "create"
        assert entry.detail == {
            "client_id": client_id,
            "instrument": "phq9",
            "total": 14.0,
            "risk": True,
        }
        items = list(session.scalars(select(FollowUp).order_by(FollowUp.id)))
        assert [i.kind for i in items] == ["screen", "risk"]
        for item in items:
            [created] = audit_entries(session, "follow_up", item.id)
            assert created.action == "create"
            assert created.detail == {"client_id": client_id, "kind": item.kind}


# ---------------------------------------------------------------------- reading


def test_administrations_are_oldest_first_and_can_be_filtered(vault: Vault) -> None:
    client_id = add_client(vault)
    other_id = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    gad7 = INSTRUMENTS["gad7"]
    calm = {item: 0 for item in gad7.scoring_items}
    later, earlier = WHEN, WHEN - timedelta(days=14)
    record(vault, client_id, PHQ9, PHQ9_TWELVE, at=later)
    record(vault, client_id, gad7, calm, at=earlier)
    # Given together (an intake's screens): kept in the order they were given.
    first_id, _ = record(vault, client_id, PHQ9, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), at=earlier)
    second_id, _ = record(vault, client_id, AUDITC, {"1": 0, "2": 0, "3": 0}, at=earlier)
    record(vault, other_id, PHQ9, PHQ9_TWELVE, at=earlier - timedelta(days=1))

    rows = administrations_of(vault, client_id)

    assert [(r.instrument_id, r.administered_at) for r in rows] == [
        ("gad7", earlier),
        ("phq9", earlier),
        ("auditc", earlier),
        ("phq9", later),
    ]
    assert [r.id for r in rows][1:3] == [first_id, second_id]
    assert [r.total for r in administrations_of(vault, client_id, "phq9")] == [0, 12]
    assert administrations_of(vault, client_id, "pcptsd5") == []
    assert len(administrations_of(vault, other_id)) == 1


def test_follow_ups_list_risk_first(vault: Vault) -> None:
    client_id = add_client(vault)
    other_id = add_client(vault, adult(legal_first_name="Bo", email="bo@example.org"))
    record(vault, client_id, AUDITC, {"1": 4, "2": 4, "3": 4})  # screen, the oldest
    record(vault, client_id, PHQ9, phq9(3, 3, 3, 3, 0, 0, 0, 0, 2))  # screen, then risk
    record(vault, other_id, PHQ9, PHQ9_TWELVE)

    items = follow_ups_of(vault, client_id)

    assert [(i.kind, i.title) for i in items] == [
        ("risk", f"PHQ-9: {PHQ9.risk[0].message}"),
        ("screen", AUDITC.positive_screen),
        ("screen", PHQ9.positive_screen),
    ]
    assert {i.client_id for i in items} == {client_id}
    with vault.session() as session:
        assert len(measures.follow_ups(session)) == 4  # every client's


def test_resolving_a_follow_up_records_the_outcome_and_closes_it(vault: Vault) -> None:
    client_id = add_client(vault)
    record(vault, client_id, PHQ9, phq9(3, 3, 3, 3, 0, 0, 0, 0, 2))
    risk, screen = follow_ups_of(vault, client_id)

    with vault.session() as session:
        changed = measures.resolve_follow_up(
            session, risk.id, FollowUpStatus.ASSESSED, "  Risk assessed; safety plan made.  "
        )

    assert changed == Changed.MEASURES
    assert [i.id for i in follow_ups_of(vault, client_id, open_only=True)] == [screen.id]
    done = next(i for i in follow_ups_of(vault, client_id) if i.id == risk.id)
    assert (done.status, done.resolution_note) == ("assessed", "Risk assessed; safety plan made.")
    assert not done.is_open and done.resolved_at is not None
    with vault.session() as session:
        entry = audit_entries(session, "follow_up", risk.id)[-1]
        assert entry.action == "resolve"
        assert entry.detail == {
            "fields": {
                "resolution_note": ["", "Risk assessed; safety plan made."],
                "status": ["open", "assessed"],
            }
        }


def test_changing_a_resolution_audits_the_previous_one(vault: Vault) -> None:
    client_id = add_client(vault)
    record(vault, client_id, AUDITC, {"1": 4, "2": 4, "3": 4})
    [item] = follow_ups_of(vault, client_id)
    with vault.session() as session:
        measures.resolve_follow_up(session, item.id, "assessed", "Hazardous drinking.")

    with vault.session() as session:
        measures.resolve_follow_up(session, item.id, "referred", "Referred to the alcohol service.")

    with vault.session() as session:
        entry = audit_entries(session, "follow_up", item.id)[-1]
        assert entry.detail["fields"] == {
            "resolution_note": ["Hazardous drinking.", "Referred to the alcohol service."],
            "status": ["assessed", "referred"],
        }


@pytest.mark.parametrize(
    ("status", "note", "field"),
    [
        ("assessed", "", "note"),
        ("ruled_out", "   \n", "note"),
        ("open", "Looked at it.", "status"),
        ("closed", "Looked at it.", "status"),
    ],
)
def test_resolving_needs_a_note_and_an_outcome(
    vault: Vault, status: str, note: str, field: str
) -> None:
    client_id = add_client(vault)
    record(vault, client_id, PHQ9, PHQ9_TWELVE)
    [item] = follow_ups_of(vault, client_id)
    with vault.session() as session:
        before = count(session, AuditEntry)

    with vault.session() as session, pytest.raises(ValidationError) as raised:
        measures.resolve_follow_up(session, item.id, status, note)

    assert set(raised.value.problems) == {field}
    [still] = follow_ups_of(vault, client_id)
    assert still.is_open and still.resolution_note == ""
    with vault.session() as session:
        assert count(session, AuditEntry) == before


def test_resolving_a_follow_up_that_does_not_exist(vault: Vault) -> None:
    with vault.session() as session, pytest.raises(FollowUpNotFound):
        measures.resolve_follow_up(session, 999, "assessed", "Seen.")


def test_the_open_items_for_today_come_risk_first_with_names_and_a_count(vault: Vault) -> None:
    first = add_client(vault, adult(legal_first_name="Ada", legal_last_name="Okafor"))
    second = add_client(vault, adult(legal_first_name="Ben", legal_last_name="Ryan"))
    record(vault, first, PHQ9, PHQ9_TWELVE)  # a screen follow-up
    record(vault, second, PHQ9, phq9(0, 0, 0, 0, 0, 0, 0, 0, 1))  # a risk follow-up
    with vault.session() as session:
        total, shown = measures.open_follow_ups(session, limit=1)
    assert total == 2
    assert [(i.item.kind, i.client_name) for i in shown] == [("risk", "Ryan, Ben")]
