"""What a vault leaves on disk: nothing readable (canary scan), and nothing for other users."""

from __future__ import annotations

import socket
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from app import audit, migrations
from app.errors import WrongPassphrase
from app.practice import ProfileInput, save_profile, set_auto_lock_minutes
from app.vault import Vault
from tests.conftest import NetworkAttempted

CANARIES = ("Canary Practice ZQX", "Zebulon")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def canary_leaks(root: Path) -> list[str]:
    """Every file under ``root`` holding a canary string in plain text, and how it is written."""
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in CANARIES:
            for encoding in ENCODINGS:
                if canary.encode(encoding) in data:
                    found.append(f"{path.relative_to(root)}: {canary!r} in {encoding}")
    return found


@pytest.fixture
def private_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Send the process's temporary files into the test's folder, where they are scanned."""
    temp = tmp_path / "temp"
    temp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_scan_finds_a_canary_written_in_plain_text(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "leak.txt").write_bytes(b"header " + "Dr Zebulon".encode(encoding) + b" end")

    assert f"leak.txt: 'Zebulon' in {encoding}" in canary_leaks(tmp_path)


def test_no_canary_in_plain_text_anywhere_on_disk(
    vault: Vault,
    data_dir: Path,
    tmp_path: Path,
    passphrase: str,
    profile: ProfileInput,
    private_tempdir: Path,
) -> None:
    assert profile.practice_name == CANARIES[0]
    assert CANARIES[1] in profile.clinician_name
    # Leave an upgrade backup behind too: downgrade, then unlock again.
    migrations.downgrade(vault.engine, "0001")
    vault.close()
    with Vault.open(data_dir) as again:
        with pytest.raises(WrongPassphrase):
            again.unlock_with_passphrase("Zebulon Canaryfield 1234")  # a canary as a guess
        assert again.unlock_with_passphrase(passphrase).upgrade_backup is not None
        with again.session() as session:
            set_auto_lock_minutes(session, 5)
            set_auto_lock_minutes(session, 15)
            save_profile(session, replace(profile, credentials="Zebulon & partners, LMFT"))
            audit.record(session, "print", "letter", 1, {"to": "Dr Zebulon Canaryfield"})

        assert canary_leaks(tmp_path) == []  # while open: the WAL is encrypted too
        again.lock()
    assert canary_leaks(tmp_path) == []
    assert any((data_dir / "backups").iterdir())


# ---------------------------------------------------------------- permissions


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(root: Path) -> dict[str, str]:
    """The folder and everything in it, with modes that are not private to the user."""
    wrong = {}
    for path in [root, *sorted(root.rglob("*"))]:
        wanted = 0o700 if path.is_dir() else 0o600
        if mode(path) != wanted:
            wrong[str(path.relative_to(root))] = oct(mode(path))
    return wrong


@pytest.mark.usefixtures("permissive_umask")
def test_vault_files_are_private_to_the_user(
    data_dir: Path, passphrase: str, profile: ProfileInput
) -> None:
    data_dir.mkdir(mode=0o755)  # a folder the clinician made, open to others

    with Vault.create(data_dir, passphrase, profile) as vault:
        assert (data_dir / "practice.rapport-wal").exists()
        assert modes(data_dir) == {}
        migrations.downgrade(vault.engine, "0001")
    assert modes(data_dir) == {}

    with Vault.open(data_dir) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock_with_passphrase("not the passphrase at all")
        assert (data_dir / "failed-unlocks.json").exists()
        assert modes(data_dir) == {}
        assert vault.unlock_with_passphrase(passphrase).upgrade_backup is not None
        assert (data_dir / "backups").is_dir()
        assert modes(data_dir) == {}
    assert modes(data_dir) == {}


def test_reaching_the_network_fails_any_test() -> None:
    """The suite-wide guard is in place: a connection attempt raises at once."""
    with pytest.raises(NetworkAttempted), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
