"""Failed unlocks: a growing wait after three, and a record of them at the next unlock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import TooManyAttempts, WrongPassphrase, WrongRecoveryCode
from app.models import AuditEntry
from app.vault import Vault, crypto
from app.vault.crypto import format_recovery_code

WRONG = "wrong horse battery staple"


def failures_file(data_dir: Path) -> Path:
    return data_dir / "failed-unlocks.json"


def age_failures(data_dir: Path, by: timedelta) -> None:
    """Move every recorded failure back in time, as if the clinician had waited."""
    path = failures_file(data_dir)
    doc = json.loads(path.read_text("utf-8"))
    for failure in doc["failures"]:
        failure["at"] = (datetime.fromisoformat(failure["at"]) - by).isoformat()
    path.write_text(json.dumps(doc), "utf-8")


def write_failures(data_dir: Path, count: int, last_at: datetime) -> None:
    failures = [{"at": last_at.isoformat(), "method": "passphrase"} for _ in range(count)]
    failures_file(data_dir).write_text(json.dumps({"failures": failures}), "utf-8")


@pytest.fixture
def kdf_calls(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Count the Argon2 derivations the vault runs."""
    calls: list[bytes] = []
    real = crypto.derive_argon2

    def counting(secret: bytes, salt: bytes, params: crypto.Argon2Params) -> bytes:
        calls.append(secret)
        return real(secret, salt, params)

    monkeypatch.setattr(crypto, "derive_argon2", counting)
    return calls


def test_three_failures_then_a_wait_without_running_the_kdf(
    closed_vault: Path, passphrase: str, kdf_calls: list[bytes]
) -> None:
    with Vault.open(closed_vault) as vault:
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                vault.unlock_with_passphrase(WRONG)
        assert len(kdf_calls) == 3

        with pytest.raises(TooManyAttempts) as waiting:
            vault.unlock_with_passphrase(passphrase)  # even the right one must wait

        assert waiting.value.wait_seconds > 0
        assert len(kdf_calls) == 3
        assert not vault.is_unlocked


def test_wait_is_over_after_the_time_has_passed(closed_vault: Path) -> None:
    with Vault.open(closed_vault) as vault:
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                vault.unlock_with_passphrase(WRONG)
        now = datetime.now(UTC)

        assert vault.seconds_until_next_attempt(now=now) > 0
        assert vault.seconds_until_next_attempt(now=now + timedelta(minutes=10)) == 0


@pytest.mark.parametrize(
    ("failures", "wait"),
    [(0, 0), (2, 0), (3, 2), (4, 4), (5, 8), (10, 256), (11, 300), (50, 300)],
)
def test_wait_doubles_after_each_further_failure_up_to_five_minutes(
    closed_vault: Path, failures: int, wait: float
) -> None:
    last = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    write_failures(closed_vault, failures, last)
    with Vault.open(closed_vault) as vault:
        assert vault.seconds_until_next_attempt(now=last) == wait
        assert vault.seconds_until_next_attempt(now=last + timedelta(seconds=wait + 1)) == 0


def test_failures_are_audited_at_the_next_unlock(closed_vault: Path, passphrase: str) -> None:
    with Vault.open(closed_vault) as vault:
        for _ in range(2):
            with pytest.raises(WrongPassphrase):
                vault.unlock_with_passphrase(WRONG)
        with pytest.raises(WrongRecoveryCode):
            vault.unlock_with_recovery_code(format_recovery_code("Z" * 32))
    age_failures(closed_vault, timedelta(minutes=10))

    with Vault.open(closed_vault) as vault:
        report = vault.unlock_with_passphrase(passphrase)
        with vault.session() as session:
            audited = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "unlock_failed")
            ).all()

    assert [f["method"] for f in report.failed_attempts] == ["passphrase"] * 2 + ["recovery"]
    assert [e.detail["method"] for e in audited] == ["passphrase"] * 2 + ["recovery"]
    assert [e.detail["at"] for e in audited] == [f["at"] for f in report.failed_attempts]
    assert not failures_file(closed_vault).exists()


def test_successful_unlock_starts_the_count_again(closed_vault: Path, passphrase: str) -> None:
    with Vault.open(closed_vault) as vault:
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                vault.unlock_with_passphrase(WRONG)
        age_failures(closed_vault, timedelta(minutes=10))
        vault.unlock_with_passphrase(passphrase)
        vault.lock()

        with pytest.raises(WrongPassphrase):
            vault.unlock_with_passphrase(WRONG)
        assert vault.seconds_until_next_attempt() == 0
        vault.unlock_with_passphrase(passphrase)
        assert vault.is_unlocked
