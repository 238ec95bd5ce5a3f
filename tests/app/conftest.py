"""Fixtures for the core's tests: vaults that are already closed, big enough to damage."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import audit
from app.demo import create_demo_vault
from app.practice import set_auto_lock_minutes
from app.vault import Vault

PAGE_SIZE = 4096


@pytest.fixture
def closed_vault(vault: Vault, data_dir: Path) -> Path:
    """The data folder of a vault that was created, locked and closed (no process holds it)."""
    vault.lock()
    vault.close()
    return data_dir


@pytest.fixture
def big_closed_vault(vault: Vault, data_dir: Path) -> Path:
    """A closed vault of well over 20 database pages, so that a middle page can be damaged."""
    with vault.session() as session:
        for minutes in (5, 15, 30):
            set_auto_lock_minutes(session, minutes)
        for i in range(400):
            audit.record(session, "print", "letter", i, {"note": f"entry {i} " + "x" * 300})
    vault.lock()
    vault.close()
    pages = (data_dir / "practice.rapport").stat().st_size // PAGE_SIZE
    assert pages > 20, f"the vault has only {pages} pages"
    return data_dir


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """Run the test under the common 022 umask, so file modes come from the core, not the umask."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The small demo practice (couples, check-ins, evaluations, guesses, homework, billing),
    made once for a test module."""
    vault = create_demo_vault(tmp_path_factory.mktemp("demo") / "vault", "small")
    try:
        yield vault
    finally:
        vault.close()
