"""Device unlock is offered only on a real secure keyring, never a plain-text or dummy one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from app.errors import DeviceUnlockUnavailable
from app.vault import Vault, device


def plaintext(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plaintext-keyring.cfg")  # never the user's own file
    return backend


def chain(monkeypatch: pytest.MonkeyPatch, *backends: KeyringBackend) -> ChainerBackend:
    """keyring's chain of backends, made of exactly ``backends`` (in that order)."""
    monkeypatch.setattr(ChainerBackend, "backends", list(backends))
    return ChainerBackend()


REFUSED: dict[str, Callable[[Path, pytest.MonkeyPatch], KeyringBackend]] = {
    "plaintext": lambda tmp, mp: plaintext(tmp),
    "null": lambda tmp, mp: keyring.backends.null.Keyring(),
    "fail": lambda tmp, mp: keyring.backends.fail.Keyring(),
    "chain-of-refused": lambda tmp, mp: chain(mp, plaintext(tmp), keyring.backends.null.Keyring()),
}


@pytest.fixture
def installed_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    """Install keyring backends for the test; the previous one is put back afterwards."""
    previous = keyring.get_keyring()
    try:
        yield keyring.set_keyring
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(params=sorted(REFUSED))
def refused_keyring(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    installed_keyring: Callable[[KeyringBackend], None],
) -> KeyringBackend:
    backend = REFUSED[request.param](tmp_path, monkeypatch)
    installed_keyring(backend)
    return backend


def test_refused_keyring_is_not_available(refused_keyring: KeyringBackend) -> None:
    assert not device.is_available()
    assert device.secure_backend() is None


def test_enabling_device_unlock_on_a_refused_keyring_fails_loudly(
    vault: Vault, data_dir: Path, tmp_path: Path, refused_keyring: KeyringBackend
) -> None:
    with pytest.raises(DeviceUnlockUnavailable):
        vault.enable_device_unlock()

    assert not vault.has_device_slot
    assert b'"device"' not in (data_dir / "practice.keys").read_bytes()
    assert not (tmp_path / "plaintext-keyring.cfg").exists()


def test_create_with_device_unlock_on_a_refused_keyring_leaves_nothing(
    data_dir: Path, passphrase: str, profile, refused_keyring: KeyringBackend
) -> None:
    with pytest.raises(DeviceUnlockUnavailable):
        Vault.create(data_dir, passphrase, profile, device_unlock=True)

    assert not (data_dir / "practice.rapport").exists()
    assert not (data_dir / "practice.keys").exists()


def test_memory_keyring_is_available(memory_keyring) -> None:
    assert device.is_available()
    assert device.secure_backend() is memory_keyring


def test_create_with_device_unlock_on_a_secure_keyring(
    data_dir: Path, passphrase: str, profile, memory_keyring
) -> None:
    with Vault.create(data_dir, passphrase, profile, device_unlock=True) as vault:
        assert vault.has_device_slot
        vault.lock()
        vault.unlock_with_device()
        assert vault.is_unlocked


def test_chained_keyring_keeps_the_device_key_only_in_the_secure_store(
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring,
    installed_keyring: Callable[[KeyringBackend], None],
) -> None:
    secure = memory_keyring
    secure.priority = 0.2  # ranked below the plain-text file, which a chain would try first
    installed_keyring(chain(monkeypatch, plaintext(tmp_path), secure))

    vault.enable_device_unlock()
    vault.lock()
    vault.unlock_with_device()

    assert len(secure.passwords) == 1
    assert not (tmp_path / "plaintext-keyring.cfg").exists()
