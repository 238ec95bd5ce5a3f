"""``make bench``: build a synthetic practice and time what a clinician waits on.

Each row is measured against its budget from DESIGN.md and, where one exists,
against a reference measured in the same run (a bare PySide6 window, a raw SQL
query, plain SQLite). Run with ``--scale small|10y|large``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.demo import DEMO_PASSPHRASE, SCALES, create_demo_vault
from app.vault import KdfPolicy, Vault, crypto
from app.vault.keyfile import PASSPHRASE
from tests.benchmarks.harness import Report, Row, sample
from tests.memory_keyring import MemoryKeyring
from ui import style
from ui.bus import Bus
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

BENCH_DIR = Path(".bench")


def demo_vault(scale: str) -> Path:
    """The bench practice for ``scale``, made once with the standard (slow) key derivation."""
    folder = BENCH_DIR / scale
    if not (folder / "practice.rapport").exists():
        print(f"Building the {scale} demo practice in {folder} (once)…", flush=True)
        started = time.perf_counter()
        create_demo_vault(folder, scale, policy=KdfPolicy.standard()).close()
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def bench_kdf(report: Report, vault: Vault, runs: int) -> None:
    slot = vault._keyfile.slot(PASSPHRASE)
    assert slot is not None and slot.argon2 is not None
    params = slot.argon2
    secret = crypto.normalise_passphrase(DEMO_PASSPHRASE)
    report.add(
        Row(
            "key derivation (Argon2id, calibrated)",
            sample(lambda: crypto.derive_argon2(secret, slot.salt, params), runs),
            note=(
                f"{params.memory_kib // 1024} MiB, t={params.time_cost}, p={params.parallelism}"
                " — aimed at about 1 s; not a budget, the floor is RFC 9106's second option"
            ),
        )
    )


def bench_unlock_to_window(app: QApplication, report: Report, vault: Vault, runs: int) -> float:
    bus, tasks = Bus(), TaskRunner()
    windows: list[QMainWindow] = []

    def bare() -> None:
        window = QMainWindow()
        window.setCentralWidget(QWidget())
        window.resize(1180, 760)
        window.show()
        app.processEvents()
        windows.append(window)

    def close_all() -> None:
        for window in windows:
            window.close()
            window.deleteLater()
        windows.clear()
        app.processEvents()
        if vault.is_unlocked:
            vault.lock()

    bare_samples = sample(bare, runs, setup=close_all)
    close_all()
    reference = sorted(bare_samples)[len(bare_samples) // 2]

    def unlock_and_show() -> None:
        unlock_report = vault.unlock_with_device()
        window = MainWindow(AppContext(vault, bus, tasks), unlock_report)
        window.show()
        app.processEvents()
        windows.append(window)

    samples = sample(unlock_and_show, runs, setup=close_all)
    close_all()
    report.add(
        Row(
            "unlock (after the KDF) to usable main window",
            samples,
            budget_ms=1000,
            reference="bare PySide6 window",
            reference_ms=reference,
            note="opens the database, quick_check, migrations check, audit-chain check, window",
        )
    )
    return reference


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style.apply(app)
    folder = demo_vault(args.scale)
    keyring.set_keyring(MemoryKeyring())
    scale = SCALES[args.scale]
    report = Report(
        f"Rapport benchmark — scale {scale.name} ({scale.clients:,} clients over "
        f"{scale.years} years, as far as the demo generates them so far), in {folder}"
    )
    with Vault.open(folder) as vault:
        bench_kdf(report, vault, runs=3)
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        vault.enable_device_unlock()
        vault.lock()
        try:
            bench_unlock_to_window(app, report, vault, args.runs)
        finally:
            if vault.is_unlocked:
                vault.disable_device_unlock()
            else:
                vault.unlock_with_device()
                vault.disable_device_unlock()
    print()
    print(report.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
