"""How long records are kept: the dates, the practice's policy, archiving, restoring, erasing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app import audit, clients, prospects
from app.changes import Changed
from app.clients import EraseReason, EraseRefused
from app.errors import ValidationError
from app.models import (
    AuditEntry,
    Client,
    ClientStatus,
    Diagnosis,
    Guardian,
    Prospect,
    Tag,
    TreatmentGoal,
)
from app.models.client import client_tag
from app.practice import retention_policy, set_retention_policy
from app.retention import RetentionPolicy, age_on, is_minor, retention_until
from app.vault import Vault
from tests.app.people import TODAY, add_client, adult, audit_count, count, minor

# ------------------------------------------------------------ the dates


@pytest.mark.parametrize(
    ("born", "last_service", "archived_on", "policy", "until"),
    [
        # An adult: 7 years after the last service.
        (date(1980, 4, 2), date(2026, 11, 20), TODAY, RetentionPolicy(), date(2033, 11, 20)),
        # Never served: the day of archiving counts as the last service.
        (date(1980, 4, 2), None, TODAY, RetentionPolicy(), date(2033, 11, 27)),
        # A minor: 3 years after the 18th birthday is later, so it wins.
        (date(2014, 3, 2), date(2026, 11, 20), TODAY, RetentionPolicy(), date(2035, 3, 2)),
        # A minor seen long ago who is now an adult: 7 years after service wins.
        (date(2004, 6, 1), date(2021, 1, 10), TODAY, RetentionPolicy(), date(2028, 1, 10)),
        # Both rules give the same day.
        (date(2012, 11, 20), date(2026, 11, 20), TODAY, RetentionPolicy(), date(2033, 11, 20)),
        # Born on 29 February: of age on 28 February in common years.
        (date(2016, 2, 29), None, TODAY, RetentionPolicy(), date(2037, 2, 28)),
        (date(2016, 2, 29), None, TODAY, RetentionPolicy(7, 4, 18), date(2038, 2, 28)),
        # Last served on 29 February: kept until 28 February seven years on.
        (date(1980, 4, 2), date(2024, 2, 29), TODAY, RetentionPolicy(), date(2031, 2, 28)),
        # A custom policy: 10 years after service, 5 after majority at 21.
        (date(1980, 4, 2), date(2026, 1, 5), TODAY, RetentionPolicy(10, 5, 21), date(2036, 1, 5)),
        (date(2014, 3, 2), date(2026, 1, 5), TODAY, RetentionPolicy(10, 5, 21), date(2040, 3, 2)),
        (date(2014, 3, 2), date(2026, 1, 5), TODAY, RetentionPolicy(1, 0, 18), date(2032, 3, 2)),
    ],
)
def test_retention_until(
    born: date,
    last_service: date | None,
    archived_on: date,
    policy: RetentionPolicy,
    until: date,
) -> None:
    assert retention_until(born, last_service, archived_on, policy) == until


def test_default_policy_is_seven_years_or_three_after_eighteen() -> None:
    assert retention_until(date(1980, 1, 1), date(2020, 5, 5), TODAY) == date(2027, 5, 5)
    assert RetentionPolicy() == RetentionPolicy(7, 3, 18)


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(2008, 11, 27), date(2026, 11, 26), 17),
        (date(2008, 11, 27), date(2026, 11, 27), 18),
        (date(2008, 2, 29), date(2026, 2, 28), 18),
        (date(2008, 2, 29), date(2026, 2, 27), 17),
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        (date(2026, 11, 27), date(2026, 11, 27), 0),
    ],
)
def test_age_in_full_years(born: date, day: date, age: int) -> None:
    assert age_on(born, day) == age


def test_is_minor_follows_the_policy() -> None:
    seventeen = date(2009, 6, 1)
    assert is_minor(seventeen, TODAY)
    assert not is_minor(seventeen, TODAY, RetentionPolicy(age_of_majority=16))
    assert not is_minor(date(2008, 11, 27), TODAY)


# ----------------------------------------------------- the practice's policy


def test_policy_defaults_then_stored_and_audited(vault: Vault) -> None:
    with vault.session() as session:
        assert retention_policy(session) == RetentionPolicy()
        entries = audit_count(session)
        assert set_retention_policy(session, RetentionPolicy(10, 5, 21)) == Changed.SETTINGS
        assert audit_count(session) == entries + 3
        assert set_retention_policy(session, RetentionPolicy(10, 5, 21)) == Changed.NOTHING
        assert audit_count(session) == entries + 3
    with vault.session() as session:
        assert retention_policy(session) == RetentionPolicy(10, 5, 21)
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        assert last is not None
        assert last.action == "settings"
        assert last.detail == {"old": 18, "new": 21}


@pytest.mark.parametrize(
    ("policy", "fields"),
    [
        (RetentionPolicy(years_after_last_service=0), {"years_after_last_service"}),
        (RetentionPolicy(years_after_last_service=51), {"years_after_last_service"}),
        (RetentionPolicy(years_after_majority=-1), {"years_after_majority"}),
        (RetentionPolicy(years_after_majority=31), {"years_after_majority"}),
        (RetentionPolicy(age_of_majority=13), {"age_of_majority"}),
        (RetentionPolicy(age_of_majority=22), {"age_of_majority"}),
        (
            RetentionPolicy(0, -1, 99),
            {"years_after_last_service", "years_after_majority", "age_of_majority"},
        ),
    ],
)
def test_policy_out_of_range_is_refused(
    vault: Vault, policy: RetentionPolicy, fields: set[str]
) -> None:
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(ValidationError) as refused:
            set_retention_policy(session, policy)
        assert set(refused.value.problems) == fields
        assert retention_policy(session) == RetentionPolicy()
        assert audit_count(session) == entries


@pytest.mark.parametrize(
    "policy", [RetentionPolicy(1, 0, 14), RetentionPolicy(50, 30, 21), RetentionPolicy(7, 3, 18)]
)
def test_policy_at_the_limits_is_accepted(vault: Vault, policy: RetentionPolicy) -> None:
    with vault.session() as session:
        set_retention_policy(session, policy)
        assert retention_policy(session) == policy


def test_practice_age_of_majority_decides_who_needs_a_guardian(vault: Vault) -> None:
    seventeen = minor(date_of_birth=date(2009, 6, 1), guardians=())
    with vault.session() as session, pytest.raises(ValidationError) as refused:
        clients.create_client(session, seventeen, TODAY)
    assert set(refused.value.problems) == {"guardians"}

    with vault.session() as session:
        set_retention_policy(session, RetentionPolicy(age_of_majority=16))
    client_id = add_client(vault, seventeen)
    with vault.session() as session:
        assert not clients.get_client(session, client_id, TODAY).is_minor


# ------------------------------------------------------ archive and restore


def test_archive_keeps_the_record_until_retention_ends(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.set_last_service(session, client_id, date(2026, 11, 20))
    before = datetime.now(UTC)

    with vault.session() as session:
        assert clients.archive(session, client_id, TODAY) == Changed.CLIENTS

    with vault.session() as session:
        record = clients.get_client(session, client_id, TODAY)
        [newest, *_] = clients.history(session, client_id)
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
    assert record.status == ClientStatus.ARCHIVED
    assert record.is_archived
    assert record.archived_at is not None and record.archived_at >= before.replace(microsecond=0)
    assert record.retention_until == date(2033, 11, 20)
    assert not record.may_be_erased_for_retention(date(2033, 11, 19))
    assert record.may_be_erased_for_retention(date(2033, 11, 20))
    assert newest.action == "archive"
    assert last is not None
    assert last.detail == {
        "fields": {"retention_until": [None, "2033-11-20"], "status": ["active", "archived"]}
    }


def test_archiving_twice_changes_nothing(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.archive(session, client_id, TODAY)
    with vault.session() as session:
        entries = audit_count(session)
        assert clients.archive(session, client_id, date(2027, 1, 1)) == Changed.NOTHING
        assert audit_count(session) == entries
        assert clients.get_client(session, client_id, TODAY).retention_until == date(2033, 11, 27)


def test_archive_follows_the_practice_policy(vault: Vault) -> None:
    grown_up = add_client(vault)
    child = add_client(vault, minor())
    with vault.session() as session:
        set_retention_policy(session, RetentionPolicy(10, 5, 21))
        clients.archive(session, grown_up, TODAY)
        clients.archive(session, child, TODAY)
    with vault.session() as session:
        assert clients.get_client(session, grown_up, TODAY).retention_until == date(2036, 11, 27)
        # Born 2 March 2014: of age (21) in 2035, kept 5 years more.
        assert clients.get_client(session, child, TODAY).retention_until == date(2040, 3, 2)


def test_archived_minor_is_kept_three_years_after_coming_of_age(vault: Vault) -> None:
    child = add_client(vault, minor())
    with vault.session() as session:
        clients.set_last_service(session, child, date(2026, 11, 20))
        clients.archive(session, child, TODAY)
    with vault.session() as session:
        assert clients.get_client(session, child, TODAY).retention_until == date(2035, 3, 2)


def test_restore_brings_the_client_back(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.archive(session, client_id, TODAY)
    with vault.session() as session:
        assert clients.restore(session, client_id) == Changed.CLIENTS
    with vault.session() as session:
        record = clients.get_client(session, client_id, TODAY)
        [newest, *_] = clients.history(session, client_id)
        entries = audit_count(session)
        assert clients.restore(session, client_id) == Changed.NOTHING
        assert audit_count(session) == entries
    assert record.status == ClientStatus.ACTIVE
    assert record.archived_at is None
    assert record.retention_until is None
    assert newest.action == "restore"


def test_restored_client_can_be_changed_again(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.archive(session, client_id, TODAY)
        clients.restore(session, client_id)
        clients.update_client(session, client_id, adult(pronouns="she/her"), TODAY)
        assert clients.get_client(session, client_id, TODAY).data.pronouns == "she/her"


# ------------------------------------------------------------------ erase


def test_erase_needs_the_code_typed(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        entries = audit_count(session)
        for typed in ("", "C0002", "Ann Lee", "C000"):
            with pytest.raises(EraseRefused):
                clients.erase(session, client_id, EraseReason.ENTERED_BY_MISTAKE, typed, TODAY)
        assert count(session, Client) == 1
        assert audit_count(session) == entries


def test_erase_for_retention_waits_for_the_retention_date(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        with pytest.raises(EraseRefused):  # not archived: no retention date yet
            clients.erase(session, client_id, EraseReason.RETENTION_ENDED, "C0001", TODAY)
        clients.archive(session, client_id, TODAY)  # kept until 2033-11-27
    with vault.session() as session:
        with pytest.raises(EraseRefused) as refused:
            clients.erase(
                session, client_id, EraseReason.RETENTION_ENDED, "C0001", date(2033, 11, 26)
            )
        assert "2033-11-27" in refused.value.message
        assert count(session, Client) == 1

    with vault.session() as session:
        erased = clients.erase(
            session, client_id, EraseReason.RETENTION_ENDED, " c0001 ", date(2033, 11, 27)
        )
    assert erased == Changed.CLIENTS
    with vault.session() as session:
        assert count(session, Client) == 0


def test_erase_after_the_retention_date_is_allowed(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.archive(session, client_id, TODAY)
    with vault.session() as session:
        clients.erase(session, client_id, EraseReason.RETENTION_ENDED, "C0001", date(2040, 1, 1))
        assert count(session, Client) == 0


def test_erase_removes_the_whole_record_and_keeps_the_chain(vault: Vault) -> None:
    keep = add_client(vault, adult(legal_first_name="Keep", phone="", email="", tags=("Grief",)))
    mistake = add_client(
        vault,
        minor(
            legal_first_name="Mistaken",
            legal_last_name="Zyxwvut",
            tags=("Grief", "School"),
            diagnoses=(clients.DiagnosisInput("F90.0"),),
            goals=(clients.GoalInput("Homework"),),
        ),
    )
    with vault.session() as session:
        entries = audit_count(session)
        assert (
            clients.erase(session, mistake, EraseReason.ENTERED_BY_MISTAKE, "c0002", TODAY)
            == Changed.CLIENTS
        )

    with vault.session() as session:
        assert list(session.scalars(select(Client.id))) == [keep]
        assert count(session, Guardian) == 0
        assert count(session, Diagnosis) == 0
        assert count(session, TreatmentGoal) == 0
        assert list(session.execute(select(client_tag.c.client_id))) == [(keep,)]
        assert count(session, Tag) == 2  # tags may remain
        assert audit_count(session) == entries + 1
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        assert last is not None
        assert (last.action, last.record_type, last.record_id) == ("erase", "client", str(mistake))
        assert last.detail == {"code": "C0002", "reason": "entered_by_mistake"}
        assert "Zyxwvut" not in str(last.detail)
        assert "Mistaken" not in str(last.detail)
        assert audit.verify(session).ok
        with pytest.raises(clients.ClientNotFound):
            clients.get_client(session, mistake, TODAY)


def test_erasing_a_converted_client_unlinks_the_enquiry(vault: Vault) -> None:
    with vault.session() as session:
        prospect_id, _ = prospects.create_prospect(
            session, prospects.ProspectInput("Ann Lee", phone="415 555 2671")
        )
        client_id, _ = prospects.convert_to_client(session, prospect_id, adult(), TODAY)
    with vault.session() as session:
        clients.erase(session, client_id, EraseReason.ENTERED_BY_MISTAKE, "C0001", TODAY)
    with vault.session() as session:
        prospect = session.get(Prospect, prospect_id)
        assert prospect is not None
        assert prospect.client_id is None


def test_a_new_client_does_not_inherit_an_erased_client(vault: Vault) -> None:
    add_client(vault, adult(phone="", email=""))
    erased = add_client(vault, adult(legal_first_name="Bea", legal_last_name="Gone"))
    with vault.session() as session:
        clients.erase(session, erased, EraseReason.ENTERED_BY_MISTAKE, "C0002", TODAY)

    newcomer = add_client(vault, adult(legal_first_name="Cy", legal_last_name="New"))

    with vault.session() as session:
        record = clients.get_client(session, newcomer, TODAY)
        history = clients.history(session, newcomer)
        assert audit.verify(session).ok
    # The erased client's code is not handed out again, and even if the database
    # reuses the id, the newcomer's history holds only the newcomer's entries.
    assert record.data.code == "C0003"
    assert {h.action for h in history} == {"create"}
    assert "Gone" not in {h.new for h in history}
