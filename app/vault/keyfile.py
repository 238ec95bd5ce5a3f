"""The key-slot sidecar: a small JSON file beside the database holding wrapped keys.

It is written atomically (temporary file, fsync, rename) and the previous
version is kept as ``.bak``, so a crash while writing it never locks the
clinician out. It holds no client data: the vault's id, the Argon2 parameters,
salts, nonces and wrapped keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.errors import VaultDamaged
from app.paths import atomic_write
from app.vault.crypto import Argon2Params, b64, unb64
from app.words import marked

FORMAT = "rapport-keys"
FORMAT_VERSION = 1

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
DEVICE = "device"

#: The cipher page size of a practice whose key file does not say (SQLCipher's default).
LEGACY_PAGE_SIZE = 4096
#: The cipher page size of new practices: half as many pages to encrypt and
#: authenticate for the same data (see the benchmark's SQLCipher row).
NEW_PAGE_SIZE = 8192


@dataclass
class KeySlot:
    kind: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    argon2: Argon2Params | None = None
    created_at: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "wrapped_key": b64(self.wrapped_key),
            "created_at": self.created_at,
        }
        if self.argon2 is not None:
            out["argon2id"] = self.argon2.as_dict()
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KeySlot:
        params = raw.get("argon2id")
        return cls(
            kind=str(raw["kind"]),
            salt=unb64(raw["salt"]),
            nonce=unb64(raw["nonce"]),
            wrapped_key=unb64(raw["wrapped_key"]),
            argon2=Argon2Params(**params) if params else None,
            created_at=str(raw.get("created_at", "")),
        )


@dataclass
class KeyFile:
    """The vault's key slots.

    ``pending`` holds the slots of a new data key while the database is being
    re-encrypted under it (see ``Vault.rotate_data_key``): until the change is
    finished, the slots open the old key and the pending slots the new one, so
    whichever key the database has, the passphrase opens it.

    ``page_size`` is the database's cipher page size: SQLCipher must be told
    it before the first page is read, and it travels with the key slots into
    every backup.
    """

    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    demo: bool = False
    pending: list[KeySlot] = field(default_factory=list)
    page_size: int = LEGACY_PAGE_SIZE

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def pending_slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.pending if s.kind == kind), None)

    def with_slot(self, new: KeySlot) -> KeyFile:
        """A copy with ``new`` added, replacing any slot of the same kind."""
        kept = [s for s in self.slots if s.kind != new.kind]
        return replace(self, slots=[*kept, new], pending=list(self.pending))

    def without_slot(self, kind: str) -> KeyFile:
        kept = [s for s in self.slots if s.kind != kind]
        return replace(self, slots=kept, pending=list(self.pending))

    def with_pending(self, pending: list[KeySlot]) -> KeyFile:
        """A copy whose pending slots are ``pending`` (none: a key change abandoned)."""
        return replace(self, slots=list(self.slots), pending=list(pending))

    def promoted(self, *, dropping: tuple[str, ...] = ()) -> KeyFile:
        """A copy whose slots are the pending ones, less the kinds in ``dropping``."""
        slots = [s for s in self.pending if s.kind not in dropping]
        return replace(self, slots=slots, pending=[])

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "demo": self.demo,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.pending:
            doc["pending"] = [s.to_json() for s in self.pending]
        if self.page_size != LEGACY_PAGE_SIZE:
            doc["cipher_page_size"] = self.page_size
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("version") != FORMAT_VERSION:
            raise ValueError("not a Rapport key file of a known version")
        return cls(
            vault_id=str(doc["vault_id"]),
            slots=[KeySlot.from_json(s) for s in doc["slots"]],
            demo=bool(doc.get("demo", False)),
            pending=[KeySlot.from_json(s) for s in doc.get("pending", [])],
            page_size=_page_size(doc.get("cipher_page_size", LEGACY_PAGE_SIZE)),
        )


def _page_size(value: Any) -> int:
    # SQLCipher accepts powers of two from 512 to 65536.
    if not isinstance(value, int) or value < 512 or value > 65536 or value & (value - 1):
        raise ValueError("not a cipher page size")
    return value


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _read(path: Path) -> KeyFile | None:
    """The key file at ``path``, or None if it is missing, unreadable or has no usable slot."""
    try:
        keyfile = KeyFile.from_bytes(path.read_bytes())
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return None
    if keyfile.slot(PASSPHRASE) is None and keyfile.slot(RECOVERY) is None:
        return None
    return keyfile


def load(path: Path) -> KeyFile:
    """Read the key file, falling back to its ``.bak`` copy if it is damaged."""
    for candidate in (path, backup_path(path)):
        keyfile = _read(candidate)
        if keyfile is not None:
            return keyfile
    raise VaultDamaged(
        marked(
            "The practice's key file is missing or damaged, and so is its backup copy. "
            "Restore both files from a backup."
        )
    )


def load_backup(path: Path) -> KeyFile | None:
    """The ``.bak`` copy alone, or None if it is missing or damaged.

    A key file can be damaged and still well-formed (a changed letter in a
    wrapped key); unlocking tries the copy when the main file's slot fails.
    """
    return _read(backup_path(path))


def save(path: Path, keyfile: KeyFile) -> None:
    """Replace the key file atomically, then its ``.bak`` copy with the same content.

    The copy guards against a damaged file, not against a crash (the rename
    does that); it never keeps a slot that was removed, so a changed
    passphrase really stops working.
    """
    data = keyfile.to_bytes()
    atomic_write(path, data)
    atomic_write(backup_path(path), data)
