"""Killed while changing the passphrase, replacing the data key or making a backup: the old
or the new secret opens the practice, never neither, and no backup under a good name is ever
half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from app import clients
from app.clients import ClientInput
from app.errors import WrongPassphrase
from app.practice import ProfileInput
from app.vault import NewVaultPlan, Vault
from app.vault.backup import SUFFIX, verify_backup
from tests.digest import audit_count, table_digest
from tests.reliability.secret_keeper import FIRST, SECOND

ROOT = Path(__file__).resolve().parents[2]
#: Kills per test: 8 in ``make test``, half of ``RAPPORT_KILLS`` in ``make reliability``.
ITERATIONS = max(8, int(os.environ.get("RAPPORT_KILLS", "0")) // 2)
BORN = date(1990, 5, 1)


def run_and_kill(data_dir: Path, mode: str, passphrase: str, rnd: random.Random) -> list[str]:
    """Start the keeper, let it work a random while, kill it; the acknowledged lines."""
    env = {**os.environ, "RAPPORT_WEAK_KDF_FOR_TESTS": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.secret_keeper", str(data_dir), mode],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(passphrase + "\n")
    child.stdin.close()
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        acknowledged = [line.split(" ", 1)[1].strip() for line in child.stdout]
    finally:
        child.kill()
        child.wait()
    return acknowledged


def opens_with(data_dir: Path) -> str:
    """The passphrase that opens the practice now (the first or the second); fails if neither."""
    with Vault.open(data_dir) as vault:
        for candidate in (FIRST, SECOND):
            try:
                vault.unlock_with_passphrase(candidate)
            except WrongPassphrase:
                continue
            vault.lock()
            return candidate
    pytest.fail("neither the old nor the new passphrase opens the practice")


@pytest.fixture
def practice(tmp_path: Path) -> tuple[Path, NewVaultPlan]:
    data_dir = tmp_path / "practice"
    plan = NewVaultPlan.make()
    profile = ProfileInput(practice_name="Kill Test", clinician_name="Dr K")
    with Vault.create(data_dir, FIRST, profile, plan=plan):
        pass
    return data_dir, plan


def test_killed_while_changing_the_passphrase_one_of_the_two_still_opens(
    practice: tuple[Path, NewVaultPlan],
) -> None:
    data_dir, plan = practice
    rnd = random.Random(20261127)
    current = FIRST
    for _ in range(ITERATIONS):
        run_and_kill(data_dir, "passphrase", current, rnd)
        current = opens_with(data_dir)
    with Vault.open(data_dir) as vault:  # the recovery code survives every change
        vault.unlock_with_recovery_code(plan.recovery_code)


def test_killed_while_backing_up_every_backup_under_its_name_is_whole(
    practice: tuple[Path, NewVaultPlan],
) -> None:
    data_dir, _plan = practice
    rnd = random.Random(7)
    acknowledged: list[str] = []
    for _ in range(ITERATIONS // 2):
        acknowledged += run_and_kill(data_dir, "backup", FIRST, rnd)
    backups = data_dir / "backups"
    named = sorted(p for p in backups.iterdir() if p.name.endswith(SUFFIX))
    assert named, "no backup was finished before the kills"
    for path in named:
        verify_backup(path, FIRST, data_dir)
    # Files left half-written by a kill keep a hidden temporary name, never a backup's.
    assert all(p.name.startswith(".") for p in backups.iterdir() if p not in named)
    assert opens_with(data_dir) == FIRST


def test_killed_while_replacing_the_data_key_the_passphrase_opens_every_row(
    practice: tuple[Path, NewVaultPlan],
) -> None:
    data_dir, _plan = practice
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(FIRST)
        with vault.session() as session:
            for n in range(30):
                clients.create_client(
                    session,
                    ClientInput(
                        legal_first_name="Kill", legal_last_name=f"Row{n}", date_of_birth=BORN
                    ),
                    BORN.replace(year=2027),
                )
        entries = audit_count(vault)
        before = table_digest(vault, entries)
    rnd = random.Random(2027)
    acknowledged = 0
    for _ in range(ITERATIONS):
        acknowledged += len(run_and_kill(data_dir, "rotate", FIRST, rnd))
        with Vault.open(data_dir) as vault:
            report = vault.unlock_with_passphrase(FIRST)
            assert vault.check_integrity() == []
            assert table_digest(vault, entries) == before
            assert audit_count(vault, "data_key_replaced") >= acknowledged
            if report.key_change_finished:  # its recovery code was never shown
                vault.new_recovery_code()
    assert acknowledged, "no change of the key finished before the kills"
