"""Unlocking a vault: passphrase, recovery code, device slot, changing the passphrase."""

from __future__ import annotations

import unicodedata
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import ValidationError, VaultLocked, WrongPassphrase, WrongRecoveryCode
from app.models import AuditEntry
from app.practice import ProfileInput, get_profile
from app.vault import NewVaultPlan, Vault, crypto, keyfile
from app.vault.crypto import format_recovery_code

NEW_PASSPHRASE = "a completely different phrase"

# Every character of the recovery alphabet once, so that 0 and 1 are in the code.
EVERY_SYMBOL_CODE = format_recovery_code("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def unlock_entries(vault: Vault) -> list[AuditEntry]:
    with vault.session() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "unlock").order_by(AuditEntry.id)
            )
        )


def practice_name(vault: Vault) -> str:
    with vault.session() as session:
        return get_profile(session).practice_name


# ------------------------------------------------------------------ passphrase


def test_create_lock_and_unlock_with_passphrase(vault: Vault, passphrase: str) -> None:
    assert vault.is_unlocked
    vault.lock()
    assert not vault.is_unlocked

    report = vault.unlock_with_passphrase(passphrase)

    assert vault.is_unlocked
    assert report.method == "passphrase"
    assert not report.must_change_passphrase
    assert report.audit_broken_at is None
    assert practice_name(vault) == "Canary Practice ZQX"
    assert unlock_entries(vault)[-1].detail == {"method": "passphrase"}


def test_vault_reopened_from_disk_unlocks(closed_vault: Path, passphrase: str) -> None:
    with Vault.open(closed_vault) as vault:
        assert not vault.is_unlocked
        vault.unlock_with_passphrase(passphrase)
        assert practice_name(vault) == "Canary Practice ZQX"


@pytest.mark.parametrize("created_as", ["NFC", "NFD"])
@pytest.mark.parametrize("typed_as", ["NFC", "NFD"])
def test_accented_passphrase_opens_however_it_is_composed(
    data_dir: Path, profile: ProfileInput, created_as: str, typed_as: str
) -> None:
    phrase = "crème brûlée au café"
    created = unicodedata.normalize(created_as, phrase)
    typed = unicodedata.normalize(typed_as, phrase)
    if created_as != typed_as:
        assert created != typed  # the two forms really differ as strings

    with Vault.create(data_dir, created, profile) as vault:
        vault.lock()
        vault.unlock_with_passphrase(typed)
        assert vault.is_unlocked


@pytest.mark.parametrize(
    "attempt",
    [
        "wrong horse battery staple",
        "",
        "correct horse battery stapl",
        "CORRECT HORSE BATTERY STAPLE",
        "çörrect hörse 🐎 battery staple",
        "correct horse battery staple\x00",
    ],
    ids=["wrong", "empty", "one-letter-short", "other-case", "unicode", "nul"],
)
def test_wrong_passphrase_is_refused_and_database_untouched(
    closed_vault: Path, attempt: str
) -> None:
    database = closed_vault / "practice.rapport"
    before = database.read_bytes()
    before_mtime = database.stat().st_mtime_ns

    with Vault.open(closed_vault) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock_with_passphrase(attempt)
        assert not vault.is_unlocked
        assert not (closed_vault / "practice.rapport-wal").exists()
        assert not (closed_vault / "practice.rapport-shm").exists()

    assert database.read_bytes() == before
    assert database.stat().st_mtime_ns == before_mtime


def test_locked_vault_gives_no_engine_or_session(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(VaultLocked):
        _ = vault.engine
    with pytest.raises(VaultLocked), vault.session():
        pass


# ---------------------------------------------------------------- recovery code


@pytest.mark.parametrize(
    "typed",
    [
        EVERY_SYMBOL_CODE,
        EVERY_SYMBOL_CODE.lower(),
        EVERY_SYMBOL_CODE.replace("-", " "),
        EVERY_SYMBOL_CODE.replace("0", "O"),
        EVERY_SYMBOL_CODE.lower().replace("-", " ").replace("0", "o").replace("1", "l"),
    ],
    ids=["as-printed", "lowercase", "spaces", "O-for-0", "lowercase-spaces-o-and-l"],
)
def test_recovery_code_unlocks_however_it_is_typed(
    data_dir: Path, passphrase: str, profile: ProfileInput, typed: str
) -> None:
    plan = NewVaultPlan(vault_id=str(uuid.uuid4()), recovery_code=EVERY_SYMBOL_CODE)
    with Vault.create(data_dir, passphrase, profile, plan=plan) as vault:
        vault.lock()
        report = vault.unlock_with_recovery_code(typed)
        assert vault.is_unlocked
        assert report.method == "recovery"


def test_recovery_unlock_is_break_glass_and_asks_for_a_new_passphrase(
    vault: Vault, plan: NewVaultPlan, passphrase: str
) -> None:
    vault.lock()

    report = vault.unlock_with_recovery_code(plan.recovery_code)

    assert report.must_change_passphrase
    assert unlock_entries(vault)[-1].detail == {"method": "recovery", "break_glass": True}

    vault.set_passphrase(NEW_PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_passphrase(passphrase)
    assert not vault.unlock_with_passphrase(NEW_PASSPHRASE).must_change_passphrase


def test_wrong_recovery_code_is_refused(vault: Vault, plan: NewVaultPlan) -> None:
    vault.lock()
    wrong = format_recovery_code("Z" * 32)
    assert wrong != plan.recovery_code

    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(wrong)
    with pytest.raises(ValidationError) as malformed:
        vault.unlock_with_recovery_code("ABCD-EFGH")
    assert "recovery_code" in malformed.value.problems
    assert not vault.is_unlocked


def test_new_recovery_code_replaces_the_old_one(vault: Vault, plan: NewVaultPlan) -> None:
    new_code = vault.new_recovery_code()
    vault.lock()

    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(plan.recovery_code)
    vault.unlock_with_recovery_code(new_code)
    assert vault.is_unlocked


# ------------------------------------------------------------------ device slot


def test_device_slot_unlocks_until_it_is_disabled(vault: Vault, memory_keyring) -> None:
    vault.enable_device_unlock()
    assert vault.has_device_slot
    assert len(memory_keyring.passwords) == 1

    vault.lock()
    report = vault.unlock_with_device()
    assert vault.is_unlocked
    assert report.method == "device"

    vault.disable_device_unlock()
    assert not vault.has_device_slot
    assert memory_keyring.passwords == {}
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_device()
    assert not vault.is_unlocked


def test_device_slot_survives_reopening(vault: Vault, data_dir: Path, memory_keyring) -> None:
    vault.enable_device_unlock()
    vault.close()

    with Vault.open(data_dir) as again:
        again.unlock_with_device()
        assert again.is_unlocked


@pytest.mark.parametrize("loss", ["key-deleted", "key-replaced"])
def test_lost_device_key_falls_back_to_passphrase(
    vault: Vault, passphrase: str, memory_keyring, loss: str
) -> None:
    vault.enable_device_unlock()
    vault.lock()
    (entry,) = memory_keyring.passwords
    if loss == "key-deleted":
        del memory_keyring.passwords[entry]
    else:
        memory_keyring.passwords[entry] = "00" * 32

    with pytest.raises(WrongPassphrase):
        vault.unlock_with_device()
    vault.unlock_with_passphrase(passphrase)
    assert vault.is_unlocked


def test_device_unlock_without_a_device_slot_is_refused(vault: Vault, memory_keyring) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_device()


# ------------------------------------------------------------ changing passphrase


def test_changed_passphrase_replaces_the_old_one(
    vault: Vault, data_dir: Path, passphrase: str
) -> None:
    vault.change_passphrase(passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()

    with pytest.raises(WrongPassphrase):
        vault.unlock_with_passphrase(passphrase)
    vault.unlock_with_passphrase(NEW_PASSPHRASE)
    vault.close()

    with Vault.open(data_dir) as again:
        with pytest.raises(WrongPassphrase):
            again.unlock_with_passphrase(passphrase)
        again.unlock_with_passphrase(NEW_PASSPHRASE)
        assert practice_name(again) == "Canary Practice ZQX"


def test_changed_passphrase_leaves_no_old_slot_in_the_backup_key_file(
    vault: Vault, data_dir: Path, passphrase: str
) -> None:
    vault.change_passphrase(passphrase, NEW_PASSPHRASE)
    vault.close()
    backup = keyfile.backup_path(data_dir / "practice.keys")

    # No passphrase slot in the .bak copy opens with the old passphrase ...
    saved = keyfile.KeyFile.from_bytes(backup.read_bytes())
    slots = [s for s in saved.slots if s.kind == keyfile.PASSPHRASE]
    assert slots
    for slot in slots:
        assert slot.argon2 is not None
        wrapping = crypto.derive_argon2(
            crypto.normalise_passphrase(passphrase), slot.salt, slot.argon2
        )
        with pytest.raises(WrongPassphrase):
            crypto.unwrap(wrapping, slot.nonce, slot.wrapped_key, saved.vault_id, slot.kind)

    # ... and when the main key file is lost, the .bak copy opens with the new one only.
    (data_dir / "practice.keys").write_bytes(b"\x00garbage")
    with Vault.open(data_dir) as again:
        with pytest.raises(WrongPassphrase):
            again.unlock_with_passphrase(passphrase)
        again.unlock_with_passphrase(NEW_PASSPHRASE)


def test_change_passphrase_needs_the_current_one(vault: Vault, passphrase: str) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the current passphrase", NEW_PASSPHRASE)
    vault.lock()
    vault.unlock_with_passphrase(passphrase)


@pytest.mark.parametrize(
    ("new", "confirmation", "field"),
    [
        ("short one", None, "passphrase"),
        (" " * 14, None, "passphrase"),
        (NEW_PASSPHRASE, NEW_PASSPHRASE + "!", "confirmation"),
    ],
    ids=["too-short", "only-spaces", "confirmation-differs"],
)
def test_unacceptable_new_passphrase_is_refused(
    vault: Vault, passphrase: str, new: str, confirmation: str | None, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        vault.change_passphrase(passphrase, new, confirmation)
    assert field in refused.value.problems
    vault.lock()
    vault.unlock_with_passphrase(passphrase)


def test_change_passphrase_is_audited(vault: Vault, passphrase: str) -> None:
    vault.change_passphrase(passphrase, NEW_PASSPHRASE)
    with vault.session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-1] == "passphrase_changed"


def test_calibration_never_goes_below_the_floor_and_prefers_memory() -> None:
    from app.vault.crypto import RFC9106_SECOND_OPTION, KdfPolicy, calibrate

    policy = KdfPolicy(floor=RFC9106_SECOND_OPTION, target_seconds=0.3)
    params = calibrate(policy)
    assert policy.accepts(params)
    assert params.memory_kib % RFC9106_SECOND_OPTION.memory_kib == 0
    assert params.memory_kib <= 4 * RFC9106_SECOND_OPTION.memory_kib
    assert KdfPolicy.standard().floor == RFC9106_SECOND_OPTION
    assert not KdfPolicy.standard().accepts(KdfPolicy.for_tests().floor)
