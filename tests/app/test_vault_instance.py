"""One running Rapport per vault: a second opener is told which process holds it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import VaultExists, VaultInUse
from app.practice import ProfileInput
from app.vault import Vault

REPO = Path(__file__).resolve().parents[2]

# Run in another process: try to open the vault, say what happened.
OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from app.errors import VaultInUse
    from app.vault import Vault

    try:
        vault = Vault.open(Path(sys.argv[1]))
    except VaultInUse as exc:
        print("in use:", exc.holder)
    else:
        vault.close()
        print("opened")
    """
)


def open_in_other_process(data_dir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=True,
    )
    return result.stdout.strip()


def test_second_open_in_the_same_process_is_refused(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(VaultInUse) as refused:
        Vault.open(data_dir)

    assert refused.value.holder is not None
    assert f"process {os.getpid()}" in refused.value.holder
    assert str(os.getpid()) in str(refused.value)


def test_closed_vault_can_be_opened_again(closed_vault: Path) -> None:
    with Vault.open(closed_vault):
        pass
    with Vault.open(closed_vault) as again:
        assert not again.is_unlocked


def test_second_open_in_another_process_is_refused(vault: Vault, data_dir: Path) -> None:
    answer = open_in_other_process(data_dir)

    assert answer.startswith("in use:")
    assert f"process {os.getpid()}" in answer


def test_another_process_can_open_once_the_vault_is_closed(closed_vault: Path) -> None:
    assert open_in_other_process(closed_vault) == "opened"


def test_locked_vault_is_still_held(vault: Vault, data_dir: Path) -> None:
    vault.lock()
    with pytest.raises(VaultInUse):
        Vault.open(data_dir)


def test_creating_over_an_existing_vault_is_refused(
    closed_vault: Path, passphrase: str, profile: ProfileInput
) -> None:
    database = closed_vault / "practice.rapport"
    before = database.read_bytes()

    with pytest.raises(VaultExists):
        Vault.create(closed_vault, passphrase, profile)

    assert database.read_bytes() == before
    assert (closed_vault / "practice.keys").exists()
