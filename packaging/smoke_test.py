"""Smoke-test a built Linux bundle the way a user gets it: from the tarball, in a clean place.

    .venv/bin/python packaging/smoke_test.py dist/rapport-<version>-linux-x86_64.tar.gz

Unpacks the tarball into a temporary folder and, with a temporary home (so that
nothing touches the developer's own practice, logs or keyring), runs the frozen

1. ``rapport-admin --version``,
2. ``rapport-admin demo --data-dir TMP --scale small`` (the real key derivation),
3. ``rapport-admin verify --data-dir TMP`` with the demo passphrase,
4. ``rapport-admin export`` of the demo into an encrypted 7z archive (PDFs, fonts, 7z), its
   chart summaries drawn by a second process (the bundle started as a copy of itself),
5. ``rapport --self-test --data-dir TMP`` offscreen: unlock, every area once, quit; and
   again on a virtual X server when ``xvfb-run`` is installed (Qt's xcb plugin),
6. ``install.sh`` into a temporary prefix, then the installed ``rapport-admin --version``
   and ``install.sh --uninstall``.

Prints one line per step with its time; exits non-zero with a one-line reason at the
first failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from app import __version__
from app.demo import DEMO_PASSPHRASE

APP_ID = "org.rapport_app.Rapport"
STEP_TIMEOUT_S = 300
EXPECTED = (
    "rapport",
    "rapport-admin",
    "install.sh",
    "_internal/resources/instruments",
    "_internal/resources/fonts/DejaVuSans.ttf",
    "_internal/resources/icons/rapport.svg",
    "_internal/app/migrations/env.py",
    "_internal/app/migrations/versions",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
    f"share/applications/{APP_ID}.desktop",
    f"share/metainfo/{APP_ID}.metainfo.xml",
    f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
    f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
)
# Left out on purpose (packaging/rapport.spec): their presence means the spec regressed.
UNEXPECTED = (
    "_internal/keyrings",
    "_internal/pytest",
    "_internal/PySide6/Qt/translations",
    "_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "_internal/libcups.so.2",
)


class Failed(Exception):
    """The one-line reason the smoke test stopped."""


def clean_env(home: Path) -> dict[str, str]:
    """A minimal environment: a temporary home, no Python settings from the venv."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("TMPDIR",):
        if name in os.environ:
            env[name] = os.environ[name]
    (home / "runtime").mkdir(parents=True, mode=0o700)
    return env


def run(
    label: str,
    command: list[str],
    env: dict[str, str],
    cwd: Path,
    expect: str = "",
    extra_env: dict[str, str] | None = None,
) -> str:
    started = time.monotonic()
    try:
        done = subprocess.run(
            command,
            env={**env, **(extra_env or {})},
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise Failed(f"{label}: no answer within {STEP_TIMEOUT_S} s") from exc
    seconds = time.monotonic() - started
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        last = output.splitlines()[-1] if output else "(no output)"
        raise Failed(f"{label}: exit code {done.returncode}: {last}")
    if expect and expect not in output:
        raise Failed(f"{label}: expected {expect!r} in its output")
    first = output.splitlines()[0] if output else ""
    print(f"  ok  {label} ({seconds:.1f} s){': ' + first if first else ''}", flush=True)
    return output


def check_layout(bundle: Path) -> None:
    missing = [path for path in EXPECTED if not (bundle / path).exists()]
    if missing:
        raise Failed(f"the bundle lacks {', '.join(missing)}")
    present = [path for path in UNEXPECTED if (bundle / path).exists()]
    if present:
        raise Failed(f"the bundle holds what should be left out: {', '.join(present)}")
    for name in ("rapport", "rapport-admin", "install.sh"):
        if not os.access(bundle / name, os.X_OK):
            raise Failed(f"{name} is not executable")
    print("  ok  layout: both executables, resources, migrations, Qt plugins, desktop files")


def smoke_test(tarball: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="rapport-smoke-") as tmp:
        root = Path(tmp)
        unpacked = root / "unpacked"
        with tarfile.open(tarball) as archive:
            archive.extractall(unpacked, filter="data")
        bundle = unpacked / "rapport"
        if not bundle.is_dir():
            raise Failed("the tarball does not unpack into a rapport/ folder")
        check_layout(bundle)
        home = root / "home"
        env = clean_env(home)
        practice = root / "practice"
        admin = str(bundle / "rapport-admin")
        run("rapport-admin --version", [admin, "--version"], env, root, expect=__version__)
        run(
            "rapport-admin demo",
            [admin, "demo", "--data-dir", str(practice), "--scale", "small"],
            env,
            root,
            expect="Created a small demo practice",
        )
        run(
            "rapport-admin verify",
            [admin, "verify", "--data-dir", str(practice)],
            env,
            root,
            expect="All checks passed",
            extra_env={"RAPPORT_PASSPHRASE": DEMO_PASSPHRASE},
        )
        archive_path = root / "export.7z"
        run(
            "rapport-admin export",
            [admin, "export", "--data-dir", str(practice), "--to", str(archive_path)],
            env,
            root,
            # Every chart summary drawn by a second process, even for the small demo: the
            # frozen bundle starts it as a copy of itself (multiprocessing.freeze_support).
            expect="chart summaries were drawn by a second process",
            extra_env={
                "RAPPORT_PASSPHRASE": DEMO_PASSPHRASE,
                "RAPPORT_EXPORT_PASSPHRASE": "smoke test export passphrase",
                "RAPPORT_CHART_PROCESS_CLIENTS": "1",
            },
        )
        if not archive_path.is_file() or archive_path.stat().st_size < 10_000:
            raise Failed("rapport-admin export wrote no archive")
        run(
            "rapport --self-test (offscreen)",
            [str(bundle / "rapport"), "--self-test", "--data-dir", str(practice)],
            env,
            root,
            expect="Self-test passed",
        )
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run:
            # The same on a real (virtual) X server: Qt's xcb plugin and the XCB libraries.
            on_x11 = {name: value for name, value in env.items() if name != "QT_QPA_PLATFORM"}
            run(
                "rapport --self-test (X11, xvfb-run)",
                [
                    xvfb_run,
                    "-a",
                    str(bundle / "rapport"),
                    "--self-test",
                    "--data-dir",
                    str(practice),
                ],
                on_x11,
                root,
                expect="Self-test passed",
            )
        else:
            print("  --  the self-test on X11 is skipped: no xvfb-run (apt install xvfb xauth)")
        prefix = root / "prefix"
        run("install.sh", ["sh", str(bundle / "install.sh"), "--prefix", str(prefix)], env, root)
        installed_desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
        if f"Exec={prefix}/lib/rapport/rapport" not in installed_desktop.read_text():
            raise Failed("install.sh did not point the desktop entry at the installed program")
        run(
            "installed rapport-admin --version",
            [str(prefix / "bin" / "rapport-admin"), "--version"],
            env,
            root,
            expect=__version__,
        )
        run(
            "install.sh --uninstall",
            ["sh", str(bundle / "install.sh"), "--prefix", str(prefix), "--uninstall"],
            env,
            root,
        )
        # The desktop's own caches, which update-desktop-database and gtk-update-icon-cache
        # rewrite, may stay; nothing of Rapport's may.
        caches = {"mimeinfo.cache", "icon-theme.cache"}
        left = [
            p for p in prefix.rglob("*") if (p.is_file() or p.is_symlink()) and p.name not in caches
        ]
        if left:
            raise Failed(f"install.sh --uninstall left {left[0].relative_to(prefix)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tarball", type=Path)
    args = parser.parse_args()
    started = time.monotonic()
    print(f"Smoke-testing {args.tarball}")
    try:
        smoke_test(args.tarball)
    except Failed as exc:
        print(f"Smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"Smoke test passed ({time.monotonic() - started:.0f} s).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
