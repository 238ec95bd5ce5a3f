"""Starting Rapport loads no library that only some actions need.

reportlab (PDFs), py7zr (exports), pypdfium2 (previews and printing), zxcvbn
(choosing a passphrase) and icalendar (calendar files) are loaded on first use,
so that the window starts quickly and holds less memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: Libraries the window loads only when they are needed.
ON_FIRST_USE = ("reportlab", "py7zr", "pypdfium2", "zxcvbn", "icalendar")

# Run in a fresh interpreter, so that nothing the test run loaded counts.
IMPORT_THE_WINDOW = textwrap.dedent(
    """
    import json
    import sys

    import ui.main
    import ui.controller
    import ui.errors
    import ui.main_window
    import ui.window_state

    print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
    """
)


def top_level_modules_at_start() -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_THE_WINDOW],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_window_starts_without_the_libraries_loaded_on_first_use() -> None:
    loaded = top_level_modules_at_start()

    assert "PySide6" in loaded and "ui" in loaded
    assert sorted(loaded & set(ON_FIRST_USE)) == []
