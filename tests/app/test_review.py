"""The review's worksheet: what is kept, and what is refused."""

from __future__ import annotations

from datetime import date

import pytest

from app import clients, review
from app.clients import ClientInput
from app.errors import ValidationError
from app.instruments import load_all
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
