"""Fixtures shared by every test: a real vault in a temporary folder, and a keyring in memory.

Importing this module lowers the Argon2 cost for the whole test run, through the
one explicit setting the core honours for that (``RAPPORT_WEAK_KDF_FOR_TESTS``),
and makes every attempt to reach the network fail the test that made it: the
app never opens a network connection.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest

from app.practice import ProfileInput
from app.vault import NewVaultPlan, Vault
from app.vault.crypto import WEAK_KDF_ENV
from tests.memory_keyring import MemoryKeyring

# The core reads this when a key slot is made or checked, never at import time,
# so setting it here, before any test runs, covers every vault the suite builds.
os.environ[WEAK_KDF_ENV] = "1"

_LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None)}


class NetworkAttempted(AssertionError):
    """The code under test tried to reach another machine."""


def _refuse(name: str) -> object:
    real = getattr(socket.socket, name)

    def guarded(self: socket.socket, *args: object, **kwargs: object) -> object:
        if self.family not in _LOCAL_FAMILIES:
            raise NetworkAttempted(f"socket.{name}{args!r}: Rapport never uses the network")
        return real(self, *args, **kwargs)

    return guarded


@pytest.fixture(autouse=True, scope="session")
def _offline() -> Iterator[None]:
    """Every test runs with network connections refused (local sockets still work)."""
    names = ("connect", "connect_ex", "sendto", "sendmsg")
    saved = {name: getattr(socket.socket, name) for name in names}
    for name in names:
        setattr(socket.socket, name, _refuse(name))
    try:
        yield
    finally:
        for name, real in saved.items():
            setattr(socket.socket, name, real)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Where the test's vault lives (not created yet: Vault.create makes it)."""
    return tmp_path / "vault"


@pytest.fixture
def profile() -> ProfileInput:
    """A practice whose names are canary strings: they must never appear on disk in plain text."""
    return ProfileInput(
        practice_name="Canary Practice ZQX", clinician_name="Dr Zebulon Canaryfield"
    )


@pytest.fixture
def passphrase() -> str:
    return "correct horse battery staple"


@pytest.fixture
def plan() -> NewVaultPlan:
    """The new vault's id and recovery code, chosen before it is created (as the wizard does)."""
    return NewVaultPlan.make()


@pytest.fixture
def vault(
    data_dir: Path, passphrase: str, profile: ProfileInput, plan: NewVaultPlan
) -> Iterator[Vault]:
    """A freshly created vault, unlocked; closed at the end of the test."""
    created = Vault.create(data_dir, passphrase, profile, plan=plan)
    try:
        yield created
    finally:
        created.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Install an in-memory keyring for the test, and put the previous one back afterwards."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
