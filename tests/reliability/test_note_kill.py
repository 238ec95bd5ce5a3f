"""A note being typed survives the process being killed at any moment (SIGKILL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import notes
from app.practice import ProfileInput
from app.vault import Vault
from tests.app.people import add_client

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]
#: Kills per run: 50 in ``make test``, 200 in ``make reliability`` (``RAPPORT_KILLS``).
ITERATIONS = int(os.environ.get("RAPPORT_KILLS", "50"))


def start_typist(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "RAPPORT_WEAK_KDF_FOR_TESTS": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.note_typist", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    return child


def type_and_kill(data_dir: Path, rnd: random.Random) -> tuple[int, int, int]:
    """Run the typist, kill it after some acknowledged saves; returns note id, revision, length."""
    child = start_typist(data_dir)
    assert child.stdout is not None
    try:
        first = child.stdout.readline()
        assert first.startswith("note "), first
        note_id = int(first.split()[1])
        wanted = rnd.randint(3, 40)
        revision = length = 0
        for _ in range(wanted):
            line = child.stdout.readline()
            assert line.startswith("ack "), line
            revision, length = (int(v) for v in line.split()[1:])
        # Somewhere in the middle of the next save (or between two).
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    return note_id, revision, length


@pytest.mark.slow
def test_a_killed_process_loses_no_acknowledged_save(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    with Vault.create(data_dir, PASSPHRASE, ProfileInput("Practice", "Clinician")) as vault:
        add_client(vault)
    rnd = random.Random(20261127)
    for _ in range(ITERATIONS):
        note_id, revision, length = type_and_kill(data_dir, rnd)
        vault = Vault.open(data_dir)
        try:
            vault.unlock_with_passphrase(PASSPHRASE)
            with vault.session() as session:
                stored = notes.get_note(session, note_id)
            typed = stored.sections[0].text
            expected = " ".join(f"word{i}" for i in range(revision))
            assert stored.revision >= revision
            assert len(typed) >= length and typed.startswith(expected)
            assert vault.check_integrity() == []
        finally:
            vault.close()
