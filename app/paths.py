"""Where a practice lives on disk, and how Rapport writes files there safely."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import platformdirs

from app.errors import DiskFull

APP_NAME = "Rapport"
DATA_DIR_ENV = "RAPPORT_DATA_DIR"

DATABASE_NAME = "practice.rapport"
KEYFILE_NAME = "practice.keys"
LOCK_NAME = "practice.lock"
FAILED_UNLOCKS_NAME = "failed-unlocks.json"
#: What the last restore put in place, until the next unlock records it in the audit log.
RESTORED_NAME = "restored.json"
BACKUP_DIR_NAME = "backups"
LOG_DIR_NAME = "logs"


def default_data_dir() -> Path:
    """The platform's per-user data folder for Rapport."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit one, else ``$RAPPORT_DATA_DIR``, else the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def restrict_process_umask() -> None:
    """Make every file this process creates private to its user (0600 / 0700)."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        path.chmod(0o700)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    The bytes go to a temporary file in the same folder, are flushed to disk, and
    the temporary file is renamed over the target. A full disk raises
    :class:`DiskFull` and leaves the old file untouched.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
    fsync_dir(path.parent)
