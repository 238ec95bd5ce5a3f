"""Rapport's log file: technical events only, never client data.

Exceptions are written *scrubbed*: the exception's type and the code locations
of its traceback, but not its message or any variable, because a message from a
database driver or a validator may quote the data it was given.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

import platformdirs

from app.paths import APP_NAME, ensure_private_dir

LOG_FILE_NAME = "rapport.log"


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send Rapport's log records to a rotating file in a private folder."""
    folder = ensure_private_dir(log_dir or default_log_dir())
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_rapport", False)]:
        root.removeHandler(old)
        old.close()
    handler._rapport = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries that may echo SQL parameters are kept quiet.
    for name in ("sqlalchemy", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
    os.chmod(path, 0o600)
    return path


def scrubbed_traceback(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The traceback's shape — type and code locations — without message or values."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld)"]
    seen: set[int] = set()
    current: BaseException | None = exc
    frames_tb = tb
    while True:
        while frames_tb is not None:
            code = frames_tb.tb_frame.f_code
            lines.append(
                f"  at {_short_path(code.co_filename)}:{frames_tb.tb_lineno} in {code.co_name}"
            )
            frames_tb = frames_tb.tb_next
        if current is None or id(current) in seen:
            break
        seen.add(id(current))
        cause = current.__cause__ or current.__context__
        if cause is None:
            break
        lines.append(f"caused by {type(cause).__module__}.{type(cause).__qualname__}")
        current, frames_tb = cause, cause.__traceback__
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("app", "ui", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


def log_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    text = scrubbed_traceback(exc_type, exc, tb)
    logging.getLogger("rapport").error("Unexpected error\n%s", text)
    return text


def install_excepthook() -> None:
    """For the command-line tool: unexpected errors go to the log, scrubbed."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log_exception(exc_type, exc, tb)
        sys.stderr.write(
            "Rapport hit an unexpected error. A technical report without any client "
            "data was written to the log.\n"
        )

    sys.excepthook = hook
