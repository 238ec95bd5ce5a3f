"""Resident memory after opening a practice and browsing every area, in a process of its own.

``python -m tests.benchmarks.memory FOLDER`` unlocks the bench practice in
FOLDER, shows the main window, every area once, and the busiest client's
record on each of its tabs, then prints the resident set size in megabytes.
The benchmark runs it apart so that what the other rows loaded does not count.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.demo import DEMO_PASSPHRASE
from app.models import Administration
from app.vault import Vault
from ui import style
from ui.areas import AREA_NAMES
from ui.bus import Bus
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def resident_mb() -> float:
    """The resident set size now (Linux), or the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def browse(folder: Path) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style.apply(app)
    tasks = TaskRunner()
    with Vault.open(folder) as vault:
        report = vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        window = MainWindow(AppContext(vault, Bus(), tasks), report)
        window.resize(1366, 900)
        window.show()

        def settle() -> None:
            for _ in range(3):
                tasks.wait(60_000)
                app.processEvents()

        for area in AREA_NAMES:
            window.show_area(area)
            settle()
        with vault.session() as session:
            busiest = session.scalar(
                select(Administration.client_id)
                .group_by(Administration.client_id)
                .order_by(func.count(Administration.id).desc())
                .limit(1)
            )
        assert busiest is not None
        window.open_client(int(busiest))
        settle()
        tabs = window.clients.overview.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
        measured = resident_mb()
        window.close()
        settle()
        vault.lock()
    return measured


if __name__ == "__main__":
    print(f"{browse(Path(sys.argv[1])):.1f}")
