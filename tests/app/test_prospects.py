"""Enquiries: checked on entry, moved through their statuses, converted into clients."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app import audit, clients, prospects
from app.changes import Changed
from app.errors import ValidationError
from app.models import AuditEntry, Client, NotProceedingReason, Prospect, ProspectStatus
from app.prospects import ProspectInput, StatusChangeRefused
from app.vault import Vault
from tests.app.people import TODAY, audit_count, audit_entries, count

S = ProspectStatus


def enquiry(**changes: Any) -> ProspectInput:
    base = ProspectInput(
        name="Mary Ann Smith",
        phone="415.555.2671",
        email="Mary@Example.org",
        heard_from="Dr Osei",
        wants_help_with="sleep and worry",
        requested_by="partner",
        preferred_times="Tuesday evenings",
    )
    return replace(base, **changes)


def add_prospect(vault: Vault, data: ProspectInput | None = None) -> int:
    with vault.session() as session:
        prospect_id, _ = prospects.create_prospect(session, data or enquiry())
    return prospect_id


def status_of(vault: Vault, prospect_id: int) -> str:
    with vault.session() as session:
        prospect = session.get(Prospect, prospect_id)
        assert prospect is not None
        return prospect.status


def move(vault: Vault, prospect_id: int, *statuses: str) -> None:
    with vault.session() as session:
        for status in statuses:
            prospects.set_status(session, prospect_id, status)


def complete(data: clients.ClientInput) -> clients.ClientInput:
    """The new-client form after the clinician added what the enquiry did not know."""
    return replace(data, date_of_birth=date(1985, 7, 9))


# ------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("change", "fields"),
    [
        ({"name": ""}, {"name"}),
        ({"name": "   "}, {"name"}),
        ({"phone": "", "email": ""}, {"phone"}),
        ({"phone": " ", "email": " "}, {"phone"}),
        ({"phone": "555-12"}, {"phone"}),
        ({"phone": "call me"}, {"phone"}),
        ({"email": "mary@"}, {"email"}),
        ({"phone": "", "email": "mary.example.org"}, {"email"}),
        ({"requested_by": "boss"}, {"requested_by"}),
        ({"name": "", "phone": "12", "email": "x@"}, {"name", "phone", "email"}),
    ],
)
def test_bad_enquiry_field_is_named(change: dict[str, Any], fields: set[str]) -> None:
    with pytest.raises(ValidationError) as refused:
        enquiry(**change).cleaned("US")
    assert set(refused.value.problems) == fields
    assert all(refused.value.problems.values())


@pytest.mark.parametrize(
    ("phone", "email"), [("415 555 2671", ""), ("", "mary@example.org"), ("+44 20 7946 0958", "")]
)
def test_a_phone_or_an_email_is_enough(phone: str, email: str) -> None:
    assert enquiry(phone=phone, email=email).cleaned("US").name == "Mary Ann Smith"


def test_refused_enquiry_leaves_nothing_behind(vault: Vault) -> None:
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(ValidationError):
            prospects.create_prospect(session, enquiry(phone="", email=""))
        assert count(session, Prospect) == 0
        assert audit_count(session) == entries


def test_enquiry_is_stored_tidy_and_audited(vault: Vault) -> None:
    prospect_id = add_prospect(vault, enquiry(name="  Mary Ann Smith "))
    with vault.session() as session:
        data, row = prospects.get_prospect(session, prospect_id)
        [entry] = audit_entries(session, "prospect", prospect_id)
    assert data.name == "Mary Ann Smith"
    assert data.phone == "(415) 555-2671"
    assert data.email == "Mary@example.org"
    assert row.status == S.NEW
    assert row.client_id is None
    assert entry.action == "create"
    assert entry.detail["fields"]["name"] == [None, "Mary Ann Smith"]


def test_update_enquiry_audits_changes_only(vault: Vault) -> None:
    prospect_id = add_prospect(vault)
    with vault.session() as session:
        data, _ = prospects.get_prospect(session, prospect_id)
        assert prospects.update_prospect(session, prospect_id, data) == Changed.NOTHING
        changed = prospects.update_prospect(
            session, prospect_id, replace(data, preferred_times="Mornings")
        )
        assert changed == Changed.PROSPECTS
        last = audit_entries(session, "prospect", prospect_id)[-1]
    assert last.detail == {"fields": {"preferred_times": ["Tuesday evenings", "Mornings"]}}


def test_enquiries_are_found_by_name_phone_and_status(vault: Vault) -> None:
    mary = add_prospect(vault)
    zoe = add_prospect(vault, enquiry(name="Zoë Łukasiewicz", phone="", email="zoe@example.org"))
    move(vault, mary, S.CONSULTATION_BOOKED)
    with vault.session() as session:
        assert prospects.search_ids(session, "zoe lukas") == [zoe]
        assert prospects.search_ids(session, "MARY smith") == [mary]
        assert prospects.search_ids(session, "555-26") == [mary]
        assert prospects.search_ids(session, "example.org") == [zoe, mary]
        assert prospects.search_ids(session, "%") == []
        assert prospects.search_ids(session) == [zoe, mary]  # newest first
        assert prospects.search_ids(session, statuses=frozenset({S.NEW})) == [zoe]
        booked = frozenset({S.CONSULTATION_BOOKED})
        assert prospects.search_ids(session, statuses=booked) == [mary]
        rows = prospects.rows(session, [mary, 999, zoe])
    assert [r.name for r in rows] == ["Mary Ann Smith", "Zoë Łukasiewicz"]


# --------------------------------------------------------------- statuses


@pytest.mark.parametrize(
    "path",
    [
        [S.CONSULTATION_BOOKED],
        [S.CONSULTATION_BOOKED, S.CONSULTATION_HELD],
        [S.CONSULTATION_BOOKED, S.NEW],  # a step back
        [S.CONSULTATION_BOOKED, S.CONSULTATION_HELD, S.CONSULTATION_BOOKED],
    ],
)
def test_allowed_status_changes(vault: Vault, path: list[str]) -> None:
    prospect_id = add_prospect(vault)
    move(vault, prospect_id, *path)
    assert status_of(vault, prospect_id) == path[-1]
    with vault.session() as session:
        changes = [
            e for e in audit_entries(session, "prospect", prospect_id) if e.action == "status"
        ]
    assert [e.detail["fields"]["status"][1] for e in changes] == path


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], S.CONSULTATION_HELD),  # skipping the booking
        ([], S.NEW),
        ([], S.BECAME_CLIENT),
        ([S.CONSULTATION_BOOKED, S.CONSULTATION_HELD], S.BECAME_CLIENT),  # only by converting
        ([S.CONSULTATION_BOOKED, S.CONSULTATION_HELD], S.NEW),
        ([], "on_hold"),  # not a status at all
    ],
)
def test_refused_status_changes(vault: Vault, path: list[str], refused: str) -> None:
    prospect_id = add_prospect(vault)
    move(vault, prospect_id, *path)
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(StatusChangeRefused) as error:
            prospects.set_status(session, prospect_id, refused)
        assert error.value.message
        assert audit_count(session) == entries
    assert status_of(vault, prospect_id) == (path[-1] if path else S.NEW)


@pytest.mark.parametrize("reason", ["", "changed_mind", "COST"])
def test_did_not_proceed_needs_a_reason_from_the_list(vault: Vault, reason: str) -> None:
    prospect_id = add_prospect(vault)
    with vault.session() as session:
        with pytest.raises(ValidationError) as refused:
            prospects.set_status(session, prospect_id, S.DID_NOT_PROCEED, reason)
        assert set(refused.value.problems) == {"reason"}
    assert status_of(vault, prospect_id) == S.NEW


def test_did_not_proceed_keeps_the_reason_and_may_be_reopened(vault: Vault) -> None:
    prospect_id = add_prospect(vault)
    move(vault, prospect_id, S.CONSULTATION_BOOKED)
    with vault.session() as session:
        prospects.set_status(
            session, prospect_id, S.DID_NOT_PROCEED, NotProceedingReason.COST, "  fees too high "
        )
    with vault.session() as session:
        [row] = prospects.rows(session, [prospect_id])
        stored = session.get(Prospect, prospect_id)
        assert stored is not None
        assert stored.not_proceeding_note == "fees too high"
        last = audit_entries(session, "prospect", prospect_id)[-1]
        with pytest.raises(StatusChangeRefused):
            prospects.set_status(session, prospect_id, S.CONSULTATION_BOOKED)
        prospects.set_status(session, prospect_id, S.NEW)
    assert row.status == S.DID_NOT_PROCEED
    assert row.not_proceeding_reason == "cost"
    assert last.detail["fields"] == {
        "not_proceeding_note": ["", "fees too high"],
        "not_proceeding_reason": ["", "cost"],
        "status": ["consultation_booked", "did_not_proceed"],
    }
    assert status_of(vault, prospect_id) == S.NEW


# --------------------------------------------------------------- converting


def test_client_form_is_filled_from_the_enquiry(vault: Vault) -> None:
    prospect_id = add_prospect(vault)
    with vault.session() as session:
        data = prospects.client_input_from(session, prospect_id)
    assert data.legal_first_name == "Mary Ann"  # split on the last space
    assert data.legal_last_name == "Smith"
    assert data.date_of_birth is None
    assert data.phone == "(415) 555-2671"
    assert data.email == "Mary@example.org"
    assert data.referral_source == "Dr Osei"
    assert data.requested_by == "partner"
    assert data.clinical_summary == "At enquiry, wanted help with: sleep and worry"


def test_a_single_name_becomes_the_first_name(vault: Vault) -> None:
    prospect_id = add_prospect(vault, enquiry(name="Cher", wants_help_with=""))
    with vault.session() as session:
        data = prospects.client_input_from(session, prospect_id)
    assert (data.legal_first_name, data.legal_last_name) == ("Cher", "")
    assert data.clinical_summary == ""


def test_convert_makes_the_client_and_links_the_enquiry(vault: Vault) -> None:
    prospect_id = add_prospect(vault)
    move(vault, prospect_id, S.CONSULTATION_BOOKED, S.CONSULTATION_HELD)

    with vault.session() as session:
        data = complete(prospects.client_input_from(session, prospect_id))
        client_id, changed = prospects.convert_to_client(session, prospect_id, data, TODAY)
    assert changed == Changed.CLIENTS | Changed.PROSPECTS

    with vault.session() as session:
        record = clients.get_client(session, client_id, TODAY)
        prospect = session.get(Prospect, prospect_id)
        assert prospect is not None
        client_entries = audit_entries(session, "client", client_id)
        prospect_entry = audit_entries(session, "prospect", prospect_id)[-1]
        [linked] = prospects.prospects_of_client(session, client_id)
        assert audit.verify(session).ok
    assert record.display_name == "Smith, Mary Ann"
    assert record.data.phone == "(415) 555-2671"
    assert record.data.referral_source == "Dr Osei"
    assert record.data.requested_by == "partner"
    assert record.data.clinical_summary == "At enquiry, wanted help with: sleep and worry"
    assert prospect.status == S.BECAME_CLIENT
    assert prospect.client_id == client_id
    assert [e.action for e in client_entries] == ["create", "link"]
    assert client_entries[-1].detail == {"prospect_id": prospect_id}
    assert prospect_entry.action == "convert"
    assert prospect_entry.detail["fields"] == {
        "client_id": [None, client_id],
        "status": ["consultation_held", "became_client"],
    }
    assert linked.id == prospect_id
    assert linked.status == S.BECAME_CLIENT


def test_converting_twice_is_refused(vault: Vault) -> None:
    prospect_id = add_prospect(vault)
    move(vault, prospect_id, S.CONSULTATION_BOOKED, S.CONSULTATION_HELD)
    with vault.session() as session:
        data = complete(prospects.client_input_from(session, prospect_id))
        prospects.convert_to_client(session, prospect_id, data, TODAY)
    with vault.session() as session:
        with pytest.raises(StatusChangeRefused):
            prospects.convert_to_client(session, prospect_id, replace(data, code="X-2"), TODAY)
        with pytest.raises(StatusChangeRefused):
            prospects.set_status(session, prospect_id, S.DID_NOT_PROCEED, "cost")
        assert count(session, Client) == 1


def test_conversion_with_bad_client_data_changes_nothing(vault: Vault) -> None:
    prospect_id = add_prospect(vault)
    move(vault, prospect_id, S.CONSULTATION_BOOKED, S.CONSULTATION_HELD)
    with vault.session() as session:
        data = prospects.client_input_from(session, prospect_id)  # no birth date yet
        entries = audit_count(session)
        with pytest.raises(ValidationError) as refused:
            prospects.convert_to_client(session, prospect_id, data, TODAY)
        assert set(refused.value.problems) == {"date_of_birth"}
        assert count(session, Client) == 0
        assert audit_count(session) == entries
        prospect = session.get(Prospect, prospect_id)
        assert prospect is not None
        assert (prospect.status, prospect.client_id) == (S.CONSULTATION_HELD, None)
    assert status_of(vault, prospect_id) == S.CONSULTATION_HELD


def test_a_client_without_an_enquiry_has_none(vault: Vault) -> None:
    with vault.session() as session:
        client_id, _ = clients.create_client(
            session, clients.ClientInput("Ann", "Lee", date(1990, 5, 17)), TODAY
        )
        assert prospects.prospects_of_client(session, client_id) == []
        assert (
            session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1))
            == "create"
        )
