"""Shared by the canary tests: run the admin tool, and find files holding a canary string."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


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
