"""Shared by the canary tests: a private home, the admin tool, and files holding a canary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def private_home(root: Path) -> tuple[dict[str, str], Path, Path]:
    """An environment whose home, temp, data, state, config and cache folders are under ``root``.

    Returns the environment and the home and temp folders (made), so that a test
    can scan everywhere a child process may have written.
    """
    home, temp = root / "home", root / "tmp"
    home.mkdir(parents=True)
    temp.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "RAPPORT_WEAK_KDF_FOR_TESTS": "1",
    }
    env.pop("RAPPORT_PASSPHRASE", None)
    env.pop("RAPPORT_DATA_DIR", None)
    return env, home, temp


def run_admin(
    args: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """``rapport-admin`` in a child process, as a script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def files_containing(root: Path, needles: list[str]) -> list[str]:
    """Files under ``root`` holding any needle, in UTF-8 or UTF-16 (relative paths)."""
    encoded = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le")]
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in encoded):
                hits.append(str(path.relative_to(root)))
    return hits
