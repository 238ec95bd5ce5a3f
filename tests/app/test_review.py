"""The review's worksheet: what is kept, and what is refused."""

from __future__ import annotations

from datetime import date

import pytest

from app import clients, measures, review
from app.clients import ClientInput
from app.errors import ValidationError
from app.instruments import load_all
from app.models import FollowUpStatus
from app.vault import Vault

TODAY = date(2026, 11, 27)


def _client(vault: Vault) -> int:
    with vault.session() as session:
        client_id, _ = clients.create_client(
            session, ClientInput("Ann", "Lee", date(1980, 1, 1)), TODAY
        )
    return client_id


def test_a_new_client_is_reviewed_with_what_is_not_known_yet(vault: Vault) -> None:
    client_id = _client(vault)
    with vault.session() as session:
        found = review.review(session, client_id, TODAY, load_all().instruments)
    looks = {item.key: item.look for item in found.items}
    assert looks["consent"] == "concern"  # nothing agreed in writing
    assert looks["trend"] == "unknown" and looks["alliance"] == "unknown"
    assert found.worksheets == ()


def test_the_worksheet_is_kept_and_updated(vault: Vault) -> None:
    client_id = _client(vault)
    with vault.session() as session:
        with pytest.raises(ValidationError):
            review.save_worksheet(session, client_id, {}, [], TODAY)
        with pytest.raises(ValidationError):
            review.save_worksheet(session, client_id, {"nonsense": "x"}, [], TODAY)
        first = review.save_worksheet(
            session, client_id, {"importance": "  6 — it matters  ", "others": ""}, [], TODAY
        )
        review.save_worksheet(
            session, client_id, {"importance": "7"}, ["trend", "trend"], TODAY, first
        )
        (kept,) = review.worksheets(session, client_id)
    assert kept.answers == {"importance": "7"} and kept.reviewed == ("trend",)


@pytest.mark.parametrize(
    ("answers", "fact"),
    [
        ({"1": 4, "2": 4, "3": 4}, "The follow-up item from the screens was dealt with."),
        (None, "All 2 follow-up items from the screens were dealt with."),
    ],
)
def test_follow_up_items_dealt_with_are_counted_in_words(
    vault: Vault, answers: dict[str, int] | None, fact: str
) -> None:
    client_id = _client(vault)
    instruments = load_all().instruments
    with vault.session() as session:
        if answers is not None:  # an AUDIT-C positive screen: one item
            measures.record_administration(session, client_id, instruments["auditc"], answers)
        else:  # a PHQ-9 positive screen with a risk answer: two items
            phq9 = instruments["phq9"]
            values = dict(zip(phq9.scoring_items, (3, 3, 3, 3, 0, 0, 0, 0, 2), strict=True))
            measures.record_administration(session, client_id, phq9, {**values, "difficulty": 1})
    with vault.session() as session:
        for item in measures.follow_ups(session, client_id):
            measures.resolve_follow_up(session, item.id, FollowUpStatus.ASSESSED, "Talked it over.")
    with vault.session() as session:
        found = review.review(session, client_id, TODAY, instruments)
    screens = next(item for item in found.items if item.key == "screens")
    assert screens.facts == (fact,)
