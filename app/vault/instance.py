"""One running Rapport per vault: an operating-system file lock held while it is open."""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from app.errors import VaultInUse
from app.paths import atomic_write


class InstanceLock:
    """Held from opening a vault until closing it; a second holder is refused.

    The lock itself is the operating system's (released even if the process is
    killed); a small ``.owner`` file beside it says which process holds it, so the
    second instance can say so.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._owner = path.with_name(path.name + ".owner")
        self._lock = FileLock(str(path), timeout=0, mode=0o600, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultInUse(self._holder()) from None
        with contextlib.suppress(OSError):
            atomic_write(self._owner, f"{os.getpid()} {socket.gethostname()}\n".encode())

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self._owner.unlink()
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def _holder(self) -> str | None:
        try:
            pid, _, host = self._owner.read_text().strip().partition(" ")
        except OSError:
            return None
        return f"process {pid} on {host}" if host else f"process {pid}"
