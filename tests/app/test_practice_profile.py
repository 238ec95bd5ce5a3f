"""The practice profile and settings: checked field by field, every change audited."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.changes import Changed
from app.errors import ValidationError
from app.models import AuditEntry
from app.practice import (
    FeePolicy,
    ProfileInput,
    fee_policy,
    get_profile,
    get_setting,
    save_profile,
    set_auto_lock_minutes,
    set_fee_policy,
    set_setting,
)
from app.vault import Vault


def last_entry(vault: Vault) -> AuditEntry:
    with vault.session() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
    assert entry is not None
    return entry


def entry_count(vault: Vault) -> int:
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"practice_name": ""}, "practice_name"),
        ({"practice_name": "   "}, "practice_name"),
        ({"practice_name": "x" * 201}, "practice_name"),
        ({"clinician_name": ""}, "clinician_name"),
        ({"phone": "12"}, "phone"),
        ({"phone": "call me maybe"}, "phone"),
        ({"phone": "+1 555"}, "phone"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "someone@localhost"}, "email"),
        ({"email": "a@@b.org"}, "email"),
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone"),
    ],
)
def test_bad_profile_field_is_named(
    profile: ProfileInput, change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        replace(profile, **change).cleaned()
    assert set(refused.value.problems) == {field}
    assert refused.value.problems[field]


def test_every_bad_field_is_named_at_once() -> None:
    bad = ProfileInput(practice_name="", clinician_name=" ", phone="12", email="nope")
    with pytest.raises(ValidationError) as refused:
        bad.cleaned()
    assert set(refused.value.problems) == {"practice_name", "clinician_name", "phone", "email"}


@pytest.mark.parametrize(
    ("typed", "country", "written"),
    [
        ("2025550123", "US", "(202) 555-0123"),
        (" 202.555.0123 ", "us", "(202) 555-0123"),
        ("+44 20 7946 0958", "US", "+44 20 7946 0958"),
        ("020 7946 0958", "GB", "020 7946 0958"),
        ("", "US", ""),
    ],
)
def test_good_phone_is_formatted(
    profile: ProfileInput, typed: str, country: str, written: str
) -> None:
    assert replace(profile, phone=typed, country=country).cleaned().phone == written


def test_names_and_email_are_tidied(profile: ProfileInput) -> None:
    tidy = replace(
        profile, practice_name="  Canary Practice ZQX ", email=" Someone@Example.COM "
    ).cleaned()
    assert tidy.practice_name == "Canary Practice ZQX"
    assert tidy.email == "Someone@example.com"


def test_new_vault_with_a_bad_profile_is_not_created(
    data_dir: Path, passphrase: str, profile: ProfileInput
) -> None:
    with pytest.raises(ValidationError):
        Vault.create(data_dir, passphrase, replace(profile, email="not-an-email"))
    assert not (data_dir / "practice.rapport").exists()
    assert not (data_dir / "practice.keys").exists()


def test_changing_the_profile_audits_each_field_old_to_new(
    vault: Vault, profile: ProfileInput
) -> None:
    with vault.session() as session:
        changed = save_profile(
            session, replace(profile, practice_name="Harbour Therapy", phone="2025550123")
        )

    assert changed == Changed.PRACTICE
    entry = last_entry(vault)
    assert entry.action == "change"
    assert entry.record_type == "practice_profile"
    assert entry.detail == {
        "fields": {
            "phone": ["", "(202) 555-0123"],
            "practice_name": ["Canary Practice ZQX", "Harbour Therapy"],
        }
    }
    with vault.session() as session:
        assert get_profile(session).phone == "(202) 555-0123"


def test_saving_an_unchanged_profile_audits_nothing(vault: Vault, profile: ProfileInput) -> None:
    before = entry_count(vault)
    with vault.session() as session:
        save_profile(session, profile)
    assert entry_count(vault) == before


def test_bad_profile_leaves_the_stored_one(vault: Vault, profile: ProfileInput) -> None:
    with pytest.raises(ValidationError), vault.session() as session:
        save_profile(session, replace(profile, practice_name="Other", email="not-an-email"))
    with vault.session() as session:
        assert get_profile(session) == profile.cleaned()


# ------------------------------------------------------------------ settings


def test_setting_has_its_default_until_set(vault: Vault) -> None:
    with vault.session() as session:
        assert get_setting(session, "security.auto_lock_minutes") == 10


def test_changed_setting_is_stored_and_audited(vault: Vault) -> None:
    with vault.session() as session:
        assert set_auto_lock_minutes(session, 5) == Changed.SETTINGS
    with vault.session() as session:
        assert get_setting(session, "security.auto_lock_minutes") == 5
    entry = last_entry(vault)
    assert (entry.action, entry.record_id) == ("settings", "security.auto_lock_minutes")
    assert entry.detail == {"old": 10, "new": 5}


def test_unchanged_setting_audits_nothing(vault: Vault) -> None:
    before = entry_count(vault)
    with vault.session() as session:
        assert set_auto_lock_minutes(session, 10) == Changed.NOTHING
    assert entry_count(vault) == before


@pytest.mark.parametrize("minutes", [0, -5, 61])
def test_auto_lock_outside_one_to_sixty_minutes_is_refused(vault: Vault, minutes: int) -> None:
    with pytest.raises(ValidationError) as refused, vault.session() as session:
        set_auto_lock_minutes(session, minutes)
    assert "auto_lock_minutes" in refused.value.problems


def test_unknown_setting_is_refused(vault: Vault) -> None:
    with vault.session() as session:
        with pytest.raises(KeyError):
            get_setting(session, "no.such.setting")
        with pytest.raises(KeyError):
            set_setting(session, "no.such.setting", 1)


# ------------------------------------------------------------------ fees


def test_fee_policy_comes_from_the_settings_until_the_practice_has_services(
    vault: Vault,
) -> None:
    with vault.session() as session:
        policy = FeePolicy(fee_individual=Decimal("90"), free_consultation_minutes=20)
        set_fee_policy(session, policy)
        assert fee_policy(session) == replace(policy, fee_individual=Decimal("90.00"))


def test_a_free_consultation_lasts_at_least_five_minutes(vault: Vault) -> None:
    with vault.session() as session, pytest.raises(ValidationError) as caught:
        set_fee_policy(session, FeePolicy(free_consultation_minutes=0))
    assert "free_consultation_minutes" in caught.value.problems
