"""The core knows no screen: every ``app`` module imports without loading Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter, so that nothing the test run loaded (pytest-qt) counts.
IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib
    import json
    import pkgutil
    import sys

    import app

    SKIPPED = {"app.__main__", "app.migrations.env"}  # run the CLI / need Alembic's context
    imported, failed = [], {}

    def unimportable_package(name):
        failed[name] = repr(sys.exc_info()[1])

    for module in pkgutil.walk_packages(app.__path__, "app.", onerror=unimportable_package):
        if module.name in SKIPPED:
            continue
        try:
            importlib.import_module(module.name)
        except Exception as exc:
            failed[module.name] = repr(exc)
        else:
            imported.append(module.name)

    qt = sorted(
        name for name in sys.modules
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
    )
    print(json.dumps({"imported": imported, "failed": failed, "qt": qt}))
    """
)


def import_every_core_module() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=True,
    )
    return json.loads(result.stdout)


def test_every_core_module_imports_without_qt() -> None:
    outcome = import_every_core_module()

    assert {"app.vault.vault", "app.audit", "app.practice", "app.migrations"} <= set(
        outcome["imported"]
    )
    assert outcome["failed"] == {}
    assert outcome["qt"] == []
    assert "PySide6" not in outcome["qt"]
