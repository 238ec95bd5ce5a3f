"""Clients: every bad field named, nothing half-saved, codes, tidying, changes audited old → new."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app import audit, clients, prospects
from app.changes import Changed
from app.clients import (
    ArchivedRecord,
    ClientInput,
    ClientNotFound,
    DiagnosisInput,
    GoalInput,
    GuardianInput,
    clean,
)
from app.errors import ValidationError
from app.models import Client, ClientStatus, Diagnosis, Guardian, Tag, TreatmentGoal
from app.models.client import client_tag
from app.practice import set_retention_policy, set_setting
from app.retention import RetentionPolicy
from app.vault import Vault
from tests.app.people import TODAY, add_client, adult, audit_count, audit_entries, count, minor

# ------------------------------------------------------------------ clean()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"legal_first_name": ""}, "legal_first_name"),
        ({"legal_first_name": "   "}, "legal_first_name"),
        ({"legal_last_name": ""}, "legal_last_name"),
        ({"date_of_birth": None}, "date_of_birth"),
        ({"date_of_birth": date(2026, 11, 28)}, "date_of_birth"),  # tomorrow
        ({"date_of_birth": date(2090, 1, 1)}, "date_of_birth"),
        ({"date_of_birth": date(1905, 11, 27)}, "date_of_birth"),  # 121 today
        ({"phone": "555-1234"}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"phone": "+1 555"}, "phone"),
        ({"email": "ann@"}, "email"),
        ({"email": "ann.example.org"}, "email"),
        ({"email": "ann@localhost"}, "email"),
        ({"emergency_contact_phone": "12"}, "emergency_contact_phone"),
        ({"code": "C"}, "code"),
        ({"code": "C 42"}, "code"),
        ({"code": "-C42"}, "code"),
        ({"code": "C_42"}, "code"),
        ({"code": "C000000000042"}, "code"),  # 13 characters
        ({"fee_arrangement": "sliding_scale", "sliding_fee": ""}, "sliding_fee"),
        ({"fee_arrangement": "sliding_scale", "sliding_fee": "0"}, "sliding_fee"),
        ({"fee_arrangement": "sliding_scale", "sliding_fee": "-40"}, "sliding_fee"),
        ({"fee_arrangement": "sliding_scale", "sliding_fee": "12.345"}, "sliding_fee"),
        ({"fee_arrangement": "sliding_scale", "sliding_fee": "cheap"}, "sliding_fee"),
        ({"fee_arrangement": "sliding_scale", "sliding_fee": "1e30"}, "sliding_fee"),
        ({"fee_arrangement": "sliding_scale", "sliding_fee": "1000000"}, "sliding_fee"),
        ({"fee_arrangement": "barter"}, "fee_arrangement"),
        ({"requested_by": "neighbour"}, "requested_by"),
        ({"status": ClientStatus.ARCHIVED}, "status"),
        ({"status": "gone"}, "status"),
        ({"tags": ("x" * 61,)}, "tags"),
        ({"guardians": (GuardianInput(" "),)}, "guardians.0.name"),
        ({"guardians": (GuardianInput("Bo Lee", phone="12"),)}, "guardians.0.phone"),
        ({"guardians": (GuardianInput("Bo Lee", email="bo@"),)}, "guardians.0.email"),
        ({"diagnoses": (DiagnosisInput("X99.99"),)}, "diagnoses.0.code"),
        ({"diagnoses": (DiagnosisInput("F41.1"), DiagnosisInput("sad"))}, "diagnoses.1.code"),
        (
            {
                "diagnoses": (
                    DiagnosisInput("F41.1", is_primary=True),
                    DiagnosisInput("F32.1", is_primary=True),
                )
            },
            "diagnoses",
        ),
        ({"goals": (GoalInput("  "),)}, "goals.0.title"),
        ({"goals": (GoalInput("Sleep"), GoalInput("Walk", status="someday"))}, "goals.1.status"),
    ],
)
def test_bad_client_field_is_named(change: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clean(adult(**change), TODAY, "US")
    assert set(refused.value.problems) == {field}
    assert refused.value.problems[field]


@pytest.mark.parametrize(
    "born",
    [
        date(1905, 11, 28),  # 120, one day short of 121
        date(2008, 11, 27),  # 18 today
        date(1990, 5, 17),
    ],
)
def test_adult_birth_dates_within_range_are_accepted(born: date) -> None:
    assert clean(adult(date_of_birth=born), TODAY, "US").date_of_birth == born


@pytest.mark.parametrize(
    ("change", "fields"),
    [
        ({"guardians": ()}, {"guardians"}),
        ({"guardians": (GuardianInput("Dana Park", can_consent=False),)}, {"guardians"}),
        (
            {"guardians": (GuardianInput("  ", can_consent=True),)},
            {"guardians", "guardians.0.name"},
        ),
        ({"guardians": (), "date_of_birth": TODAY}, {"guardians"}),  # born today
        ({"guardians": (), "date_of_birth": date(2008, 11, 28)}, {"guardians"}),  # 18 tomorrow
    ],
)
def test_minor_needs_a_guardian_who_can_consent(change: dict[str, Any], fields: set[str]) -> None:
    with pytest.raises(ValidationError) as refused:
        clean(minor(**change), TODAY, "US")
    assert set(refused.value.problems) == fields


def test_minor_with_a_consenting_guardian_among_others_is_accepted() -> None:
    guardians = (
        GuardianInput("Sam Park", "father", can_consent=False, pays=True),
        GuardianInput("Dana Park", "mother", can_consent=True),
    )
    assert clean(minor(guardians=guardians), TODAY, "US").guardians[1].name == "Dana Park"


def test_age_of_majority_comes_from_the_caller() -> None:
    seventeen = minor(date_of_birth=date(2009, 6, 1), guardians=())
    with pytest.raises(ValidationError):
        clean(seventeen, TODAY, "US")
    assert clean(seventeen, TODAY, "US", majority=16).guardians == ()


def test_every_bad_field_is_named_at_once() -> None:
    bad = ClientInput(
        legal_first_name=" ",
        legal_last_name="",
        date_of_birth=date(2027, 1, 1),
        phone="12",
        email="nope",
        code="?",
        guardians=(GuardianInput("", phone="3"),),
        diagnoses=(DiagnosisInput("Q"),),
        goals=(GoalInput(""),),
    )
    with pytest.raises(ValidationError) as refused:
        clean(bad, TODAY, "US")
    assert set(refused.value.problems) == {
        "legal_first_name",
        "legal_last_name",
        "date_of_birth",
        "phone",
        "email",
        "code",
        "guardians.0.name",
        "guardians.0.phone",
        "diagnoses.0.code",
        "goals.0.title",
    }


def test_clean_tidies_what_was_typed() -> None:
    typed = adult(
        legal_first_name="  Ann ",
        phone=" 415.555.2671 ",
        email=" Ann.Lee@EXAMPLE.org ",
        emergency_contact_phone="+44 20 7946 0958",
        code=" c-0042 ",
        fee_arrangement="sliding_scale",
        sliding_fee="$1,200.5",
        tags=(" grief ", "Anxiety", "anxiety", "", "Couples"),
        guardians=(GuardianInput(" Bo Lee ", " aunt ", "(212) 555-0123", "BO@Example.org"),),
        diagnoses=(DiagnosisInput("f321"), DiagnosisInput("F41.1", "As I wrote it")),
        goals=(GoalInput(" Sleep through ", " most nights "),),
    )

    tidy = clean(typed, TODAY, "US")

    assert tidy.legal_first_name == "Ann"
    assert tidy.phone == "(415) 555-2671"
    assert tidy.email == "Ann.Lee@example.org"
    assert tidy.emergency_contact_phone == "+44 20 7946 0958"
    assert tidy.code == "C-0042"
    assert tidy.sliding_fee == "1200.50"
    assert tidy.tags == ("Anxiety", "Couples", "grief")
    assert tidy.guardians == (GuardianInput("Bo Lee", "aunt", "(212) 555-0123", "BO@example.org"),)
    assert tidy.diagnoses[0].code == "F32.1"
    assert tidy.diagnoses[0].description == "Major depressive disorder, single episode, moderate"
    assert tidy.diagnoses[1] == DiagnosisInput("F41.1", "As I wrote it")
    assert tidy.goals == (GoalInput("Sleep through", "most nights"),)


def test_standard_fee_ignores_a_sliding_rate() -> None:
    assert clean(adult(sliding_fee="abc"), TODAY, "US").sliding_fee == ""


# ------------------------------------------------------ nothing half-saved


REFUSED_NEW_CLIENTS = {
    "future birth date": adult(date_of_birth=date(2027, 1, 1)),
    "malformed phone": adult(phone="555-12"),
    "malformed email": adult(email="ann@@example.org"),
    "minor without guardian": minor(guardians=()),
    "minor whose guardian cannot consent": minor(
        guardians=(GuardianInput("Dana Park", can_consent=False),)
    ),
    "bad diagnosis": adult(diagnoses=(DiagnosisInput("X99.99"),), tags=("new tag",)),
}


@pytest.mark.parametrize("case", sorted(REFUSED_NEW_CLIENTS))
def test_refused_client_leaves_nothing_behind(vault: Vault, case: str) -> None:
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(ValidationError):
            clients.create_client(session, REFUSED_NEW_CLIENTS[case], TODAY)
        assert count(session, Client) == 0
        assert count(session, Guardian) == 0
        assert count(session, Diagnosis) == 0
        assert count(session, Tag) == 0
        assert audit_count(session) == entries

    with vault.session() as session:
        assert count(session, Client) == 0
        assert audit_count(session) == entries


def test_duplicate_code_is_refused_on_create(vault: Vault) -> None:
    add_client(vault, adult(code="K-7"))
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(ValidationError) as refused:
            clients.create_client(
                session, adult(legal_first_name="Bea", email="", phone="", code="k-7"), TODAY
            )
        assert set(refused.value.problems) == {"code"}
        assert count(session, Client) == 1
        assert audit_count(session) == entries


def test_duplicate_code_is_refused_on_update(vault: Vault) -> None:
    add_client(vault, adult())  # C0001
    other = add_client(vault, adult(legal_first_name="Bea", phone="", email=""))
    with vault.session() as session:
        entries = audit_count(session)
        data = clients.get_client(session, other, TODAY).data
        with pytest.raises(ValidationError) as refused:
            clients.update_client(session, other, replace(data, code="C0001"), TODAY)
        assert set(refused.value.problems) == {"code"}
        assert audit_count(session) == entries
    with vault.session() as session:
        assert clients.get_client(session, other, TODAY).data.code == "C0002"


def test_refused_update_changes_nothing(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(ValidationError) as refused:
            clients.update_client(
                session, client_id, adult(legal_last_name="Moved", email="nope"), TODAY
            )
        assert set(refused.value.problems) == {"email"}
        assert audit_count(session) == entries
    with vault.session() as session:
        assert clients.get_client(session, client_id, TODAY).data.legal_last_name == "Lee"


# ------------------------------------------------------------- create


def test_automatic_codes_count_up(vault: Vault) -> None:
    ids = [
        add_client(vault, adult(legal_first_name=name, phone="", email=""))
        for name in ("Ann", "Bea", "Cy")
    ]
    with vault.session() as session:
        codes = [clients.get_client(session, i, TODAY).data.code for i in ids]
    assert codes == ["C0001", "C0002", "C0003"]


def test_automatic_code_skips_a_code_typed_by_hand(vault: Vault) -> None:
    add_client(vault, adult(code="c0002"))
    second = add_client(vault, adult(legal_first_name="Bea", phone="", email=""))
    third = add_client(vault, adult(legal_first_name="Cy", phone="", email=""))
    with vault.session() as session:
        assert clients.get_client(session, second, TODAY).data.code == "C0003"
        assert clients.get_client(session, third, TODAY).data.code == "C0004"


def test_created_client_is_stored_tidy(vault: Vault) -> None:
    client_id = add_client(
        vault,
        adult(
            email="Ann.Lee@EXAMPLE.ORG",
            fee_arrangement="sliding_scale",
            sliding_fee="85",
            diagnoses=(DiagnosisInput("f411", is_primary=True),),
            goals=(GoalInput("Sleep", target_date=date(2027, 3, 1)),),
            tags=("Anxiety",),
        ),
    )
    with vault.session() as session:
        record = clients.get_client(session, client_id, TODAY)
        stored = session.get(Client, client_id)
        assert stored is not None
        assert stored.sliding_fee_minor == 8500
    assert record.data.phone == "(415) 555-2671"
    assert record.data.email == "Ann.Lee@example.org"
    assert record.data.sliding_fee == "85.00"
    assert record.data.diagnoses == (
        DiagnosisInput("F41.1", "Generalized anxiety disorder", True, TODAY),
    )
    assert record.data.goals == (GoalInput("Sleep", "", date(2027, 3, 1)),)
    assert record.display_name == "Lee, Ann"
    assert record.age == 36
    assert not record.is_minor
    assert record.status == ClientStatus.ACTIVE


def test_tags_are_shared_whatever_their_case(vault: Vault) -> None:
    first = add_client(vault, adult(tags=("Anxiety", "Grief")))
    second = add_client(
        vault, adult(legal_first_name="Bea", phone="", email="", tags=("ANXIETY", "anxiety"))
    )
    with vault.session() as session:
        assert clients.all_tags(session) == ["Anxiety", "Grief"]
        assert clients.get_client(session, second, TODAY).data.tags == ("Anxiety",)
        assert clients.get_client(session, first, TODAY).data.tags == ("Anxiety", "Grief")


def test_create_is_audited_with_the_values_entered(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        [entry] = audit_entries(session, "client", client_id)
    assert entry.action == "create"
    fields = entry.detail["fields"]
    assert fields["legal_last_name"] == [None, "Lee"]
    assert fields["phone"] == [None, "(415) 555-2671"]
    assert fields["code"] == [None, "C0001"]
    assert "pronouns" not in fields  # empty values are left out


def test_unknown_client_is_reported(vault: Vault) -> None:
    with vault.session() as session, pytest.raises(ClientNotFound):
        clients.get_client(session, 99, TODAY)


# ------------------------------------------------------------- update


def test_update_audits_each_changed_field(vault: Vault) -> None:
    client_id = add_client(vault, adult(tags=("Grief",)))
    with vault.session() as session:
        data = clients.get_client(session, client_id, TODAY).data
        changed = clients.update_client(
            session,
            client_id,
            replace(data, phone="(617) 253-1000", pronouns="she/her", tags=("Grief", "Couples")),
            TODAY,
        )
    assert changed == Changed.CLIENTS

    with vault.session() as session:
        entries = audit_entries(session, "client", client_id)
        history = clients.history(session, client_id)
        assert audit.verify(session).ok
    assert [e.action for e in entries] == ["create", "change"]
    assert entries[-1].detail["fields"] == {
        "phone": ["(415) 555-2671", "(617) 253-1000"],
        "pronouns": ["", "she/her"],
        "tags": ["Grief", "Couples, Grief"],
    }
    newest = [(h.action, h.field, h.old, h.new) for h in history[:3]]
    assert newest == [
        ("change", "phone", "(415) 555-2671", "(617) 253-1000"),
        ("change", "pronouns", "", "she/her"),
        ("change", "tags", "Grief", "Couples, Grief"),
    ]
    assert {h.action for h in history[3:]} == {"create"}


def test_history_is_newest_first(vault: Vault) -> None:
    client_id = add_client(vault)
    for phone in ("(617) 253-1000", "(212) 736-5000"):
        with vault.session() as session:
            data = clients.get_client(session, client_id, TODAY).data
            clients.update_client(session, client_id, replace(data, phone=phone), TODAY)
    with vault.session() as session:
        phones = [(h.old, h.new) for h in clients.history(session, client_id) if h.field == "phone"]
    assert phones == [
        ("(617) 253-1000", "(212) 736-5000"),
        ("(415) 555-2671", "(617) 253-1000"),
        (None, "(415) 555-2671"),
    ]


def test_saving_unchanged_record_audits_nothing(vault: Vault) -> None:
    client_id = add_client(
        vault,
        minor(
            fee_arrangement="sliding_scale",
            sliding_fee="60",
            tags=("School",),
            diagnoses=(DiagnosisInput("F90.0", is_primary=True),),
            goals=(GoalInput("Homework routine"),),
        ),
    )
    with vault.session() as session:
        entries = audit_count(session)
        data = clients.get_client(session, client_id, TODAY).data
        assert clients.update_client(session, client_id, data, TODAY) == Changed.NOTHING
        assert audit_count(session) == entries
        assert clients.get_client(session, client_id, TODAY).data == data


def test_update_keeps_the_code_when_none_is_typed(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.update_client(session, client_id, adult(code="", pronouns="they"), TODAY)
        assert clients.get_client(session, client_id, TODAY).data.code == "C0001"


def test_update_replaces_guardians_diagnoses_and_goals(vault: Vault) -> None:
    client_id = add_client(
        vault,
        minor(diagnoses=(DiagnosisInput("F41.1"),), goals=(GoalInput("One"), GoalInput("Two"))),
    )
    with vault.session() as session:
        data = clients.get_client(session, client_id, TODAY).data
        clients.update_client(
            session,
            client_id,
            replace(
                data,
                guardians=(GuardianInput("Sam Park", "father"),),
                diagnoses=(),
                goals=(GoalInput("Two", status="achieved"),),
            ),
            TODAY,
        )
    with vault.session() as session:
        assert [g.name for g in session.scalars(select(Guardian))] == ["Sam Park"]
        assert count(session, Diagnosis) == 0
        assert [(g.title, g.status) for g in session.scalars(select(TreatmentGoal))] == [
            ("Two", "achieved")
        ]
        fields = clients.history(session, client_id)
        assert {h.field for h in fields if h.action == "change"} == {
            "guardians",
            "diagnoses",
            "goals",
        }


def test_archived_client_cannot_be_changed(vault: Vault) -> None:
    client_id = add_client(vault)
    with vault.session() as session:
        clients.archive(session, client_id, TODAY)
    with vault.session() as session:
        entries = audit_count(session)
        with pytest.raises(ArchivedRecord):
            clients.update_client(session, client_id, adult(pronouns="she/her"), TODAY)
        assert audit_count(session) == entries
        assert clients.get_client(session, client_id, TODAY).data.pronouns == ""


def test_client_tag_links_follow_the_record(vault: Vault) -> None:
    client_id = add_client(vault, adult(tags=("A", "B")))
    with vault.session() as session:
        clients.update_client(session, client_id, adult(tags=("B",)), TODAY)
        assert count(session, client_tag) == 1
        assert count(session, Tag) == 2  # the tag itself stays for other clients


# ------------------------------------------------------------ the whole way


def test_audit_chain_holds_through_a_client_lifecycle(vault: Vault, passphrase: str) -> None:
    with vault.session() as session:
        set_retention_policy(session, RetentionPolicy(6, 2, 18))
        enquiry_id, _ = prospects.create_prospect(
            session, prospects.ProspectInput("Ann Lee", phone="415 555 2671")
        )
        prospects.set_status(session, enquiry_id, "consultation_booked")
        prospects.set_status(session, enquiry_id, "consultation_held")
        ann, _ = prospects.convert_to_client(session, enquiry_id, adult(), TODAY)
        child, _ = clients.create_client(session, minor(), TODAY)
    with vault.session() as session:
        clients.update_client(session, ann, adult(pronouns="she/her", tags=("Grief",)), TODAY)
        clients.set_last_service(session, ann, date(2026, 11, 20))
        clients.archive(session, ann, TODAY)
        clients.restore(session, ann)
        clients.archive(session, ann, TODAY)
        clients.erase(session, child, clients.EraseReason.ENTERED_BY_MISTAKE, "C0002", TODAY)
        with pytest.raises(ValidationError):
            clients.create_client(session, adult(email="bad@"), TODAY)
        assert audit.verify(session).ok

    vault.lock()
    report = vault.unlock_with_passphrase(passphrase)
    assert report.audit_broken_at is None
    assert vault.check_integrity() == []
    with vault.session() as session:
        assert clients.get_client(session, ann, TODAY).retention_until == date(2032, 11, 20)


def test_a_sliding_rate_is_read_the_way_the_practice_writes_numbers(vault: Vault) -> None:
    with vault.session() as session:
        set_setting(session, "billing.locale", "de_DE")
        client_id, _ = clients.create_client(
            session,
            replace(adult(), fee_arrangement="sliding_scale", sliding_fee="85,50"),
            TODAY,
        )
        stored = session.get(Client, client_id)
        assert stored is not None and stored.sliding_fee_minor == 8550
