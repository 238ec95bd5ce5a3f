"""Key derivation and key wrapping for the vault's key slots.

The database is encrypted with a random 256-bit data key. That key is never
stored as it is: each key slot keeps it *wrapped* (AES-256-GCM) under a key
derived from something the clinician has — a passphrase (Argon2id), a recovery
code (HKDF, the code itself carries 160 bits of entropy) or a device key kept in
the operating system's keyring. The vault's id and the slot's kind are the
associated data, so a slot cannot be moved to another vault or reused as
another kind, and a wrong secret fails the tag check before the database is
touched.
"""

from __future__ import annotations

import base64
import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import ValidationError, WrongPassphrase
from app.words import marked, words

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_PASSPHRASE_LENGTH = 12

#: The environment variable that lowers the Argon2 floor for the test suite only.
WEAK_KDF_ENV = "RAPPORT_WEAK_KDF_FOR_TESTS"

# Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by
# hand survives the usual confusions (handled in normalise_recovery_code).
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_CHARS = 32  # 32 x 5 bits = 160 bits
RECOVERY_GROUP = 4


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


#: RFC 9106, section 4, second recommended option: the floor for real vaults.
RFC9106_SECOND_OPTION = Argon2Params(memory_kib=64 * 1024, time_cost=3, parallelism=4)

#: A deliberately weak cost, used only when the test suite asks for it.
TEST_PARAMS = Argon2Params(memory_kib=8 * 1024, time_cost=1, parallelism=1)


@dataclass(frozen=True)
class KdfPolicy:
    """How strong a new passphrase slot must be, and how long it should take."""

    floor: Argon2Params
    target_seconds: float
    max_time_cost: int = 24
    max_memory_factor: int = 4

    @classmethod
    def standard(cls) -> KdfPolicy:
        return cls(floor=RFC9106_SECOND_OPTION, target_seconds=1.0)

    @classmethod
    def for_tests(cls) -> KdfPolicy:
        return cls(floor=TEST_PARAMS, target_seconds=0.0)

    @classmethod
    def from_environment(cls) -> KdfPolicy:
        """The standard policy, unless the test suite explicitly asked for weak keys."""
        if os.environ.get(WEAK_KDF_ENV) == "1":
            return cls.for_tests()
        return cls.standard()

    def accepts(self, params: Argon2Params) -> bool:
        return (
            params.memory_kib >= self.floor.memory_kib
            and params.time_cost >= self.floor.time_cost
            and params.parallelism >= self.floor.parallelism
        )


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise a passphrase, so that "é" typed either way opens the vault."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Refuse a passphrase that is too short or does not match its confirmation."""
    problems: dict[str, str] = {}
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < MIN_PASSPHRASE_LENGTH:
        problems["passphrase"] = words(
            "The passphrase must have at least {minimum} characters (it has {length}).",
            minimum=MIN_PASSPHRASE_LENGTH,
            length=length,
        )
    elif not passphrase.strip():
        problems["passphrase"] = marked("The passphrase cannot be only spaces.")
    if confirmation is not None and normalise_passphrase(confirmation) != normalise_passphrase(
        passphrase
    ):
        problems["confirmation"] = marked("The two passphrases are not the same.")
    if problems:
        raise ValidationError(problems)


def derive_argon2(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate(policy: KdfPolicy) -> Argon2Params:
    """Choose an Argon2id cost that takes about the policy's target time here.

    Memory grows first (up to ``max_memory_factor`` times the floor's, which
    makes guessing costlier on any hardware), then passes. Never returns less
    than the floor.
    """
    floor = policy.floor
    if policy.target_seconds <= 0:
        return floor
    salt = os.urandom(SALT_BYTES)
    timings = []
    for _ in range(2):  # the faster of two, so a busy moment does not weaken the slot
        started = time.perf_counter()
        derive_argon2(b"calibration", salt, floor)
        timings.append(time.perf_counter() - started)
    elapsed = max(min(timings), 1e-6)
    factor = 1
    while factor < policy.max_memory_factor and elapsed * factor * 2 <= policy.target_seconds:
        factor *= 2
    per_pass = elapsed * factor / floor.time_cost
    passes = max(floor.time_cost, min(policy.max_time_cost, int(policy.target_seconds / per_pass)))
    return Argon2Params(floor.memory_kib * factor, passes, floor.parallelism)


def _aad(vault_id: str, kind: str) -> bytes:
    return f"rapport-vault:{vault_id}:{kind}".encode()


def wrap(wrapping_key: bytes, data_key: bytes, vault_id: str, kind: str) -> tuple[bytes, bytes]:
    """Encrypt the data key under ``wrapping_key``; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(vault_id, kind))


def unwrap(wrapping_key: bytes, nonce: bytes, ciphertext: bytes, vault_id: str, kind: str) -> bytes:
    """Decrypt a wrapped data key; a wrong key raises :class:`WrongPassphrase`."""
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, _aad(vault_id, kind))
    except InvalidTag:
        raise WrongPassphrase() from None


#: The HKDF context of the recovery code's key slot.
RECOVERY_INFO = b"rapport recovery slot"


def hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    """A fresh recovery code: 32 base32 characters in groups of four."""
    raw = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_CODE_CHARS))
    return format_recovery_code(raw)


def format_recovery_code(raw: str) -> str:
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def normalise_recovery_code(code: str) -> bytes:
    """The canonical bytes of a recovery code as a person may type it.

    Case, spaces and dashes do not matter; O is read as 0 and I or L as 1.
    """
    cleaned = code.upper().translate(str.maketrans("OIL", "011", " -\t\n"))
    if len(cleaned) != RECOVERY_CODE_CHARS or any(ch not in _CROCKFORD for ch in cleaned):
        raise ValidationError(
            {
                "recovery_code": words(
                    "A recovery code has {count} letters and digits (in groups of four).",
                    count=RECOVERY_CODE_CHARS,
                )
            }
        )
    return cleaned.encode("ascii")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
