"""The optional device slot: a random key kept in the operating system's keyring.

Only a real secure store is ever used (Secret Service, KWallet, macOS Keychain,
Windows Credential Locker, or a backend a test installs). Plain-text, "null" and
"fail" backends are refused, and there is no fallback to a file: if the keyring
is not secure, device unlock is simply not offered.
"""

from __future__ import annotations

import contextlib
import secrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.errors import DeviceUnlockUnavailable
from app.words import marked

SERVICE = "Rapport practice vault"

# Refused: keyring's own "fail" and "null" backends, and every third-party backend
# of the "keyrings" namespace, whose stores (plain or password-protected files)
# are not the operating system's secure store.
_REFUSED_MODULE_PREFIXES = ("keyrings.", "keyring.backends.fail", "keyring.backends.null")


def _secure_store(backend: KeyringBackend) -> KeyringBackend | None:
    """``backend`` if it is a real secure store; for a chain, its first secure member.

    A chain (keyring's ChainerBackend) writes to its first member by priority,
    which may be a refused one, so the chain itself is never used: only the
    secure member it holds.
    """
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend
        return next((found for c in children if (found := _secure_store(c)) is not None), None)
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return None
    try:
        return backend if float(backend.priority) > 0 else None
    except Exception:
        return None


def secure_backend() -> KeyringBackend | None:
    """The active keyring backend if it is a real secure store, else None."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    return _secure_store(backend)


def is_available() -> bool:
    return secure_backend() is not None


def _require_backend() -> KeyringBackend:
    backend = secure_backend()
    if backend is None:
        raise DeviceUnlockUnavailable()
    return backend


def store_new_device_key(vault_id: str) -> bytes:
    """Create a random device key for this vault and keep it in the keyring."""
    backend = _require_backend()
    key = secrets.token_bytes(32)
    try:
        backend.set_password(SERVICE, vault_id, key.hex())
    except keyring.errors.KeyringError as exc:
        raise DeviceUnlockUnavailable(
            marked("The system keyring refused to store the key. Device unlock was not turned on.")
        ) from exc
    return key


def load_device_key(vault_id: str) -> bytes | None:
    """The vault's device key, or None if the keyring has none (or is not secure)."""
    backend = secure_backend()
    if backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringError:
        return None
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        return None


def forget_device_key(vault_id: str) -> None:
    backend = secure_backend()
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        backend.delete_password(SERVICE, vault_id)
