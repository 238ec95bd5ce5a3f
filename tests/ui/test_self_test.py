"""``rapport --self-test``: a demo practice unlocked, every area opened, one line, no data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.demo import DEMO_PASSPHRASE, create_demo_vault
from app.models.client import Client
from app.vault import Vault
from ui import self_test

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_practice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo practice for the module (weak key derivation: see tests/conftest.py)."""
    folder = tmp_path_factory.mktemp("demo") / "practice"
    create_demo_vault(folder, "small").close()
    return folder


@pytest.fixture
def demo_copy(demo_practice: Path, tmp_path: Path) -> Path:
    """Each test gets its own copy: a self-test writes to the practice's audit log."""
    return Path(shutil.copytree(demo_practice, tmp_path / "practice"))


def client_names(data_dir: Path) -> set[str]:
    with Vault.open(data_dir) as vault:
        vault.unlock_with_passphrase(DEMO_PASSPHRASE)
        with vault.session() as session:
            rows = session.execute(select(Client.legal_first_name, Client.legal_last_name))
            return {name for row in rows for name in row if name and len(name) > 3}


def run_self_test(data_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RAPPORT_WEAK_KDF_FOR_TESTS": "1",
        # The log goes to the test's folder, not the developer's.
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path / "home"),
    }
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--self-test", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=self_test.TIMEOUT_S + 30,
    )


def test_the_self_test_opens_every_area_of_a_demo_practice_and_prints_no_client_data(
    demo_copy: Path, tmp_path: Path
) -> None:
    done = run_self_test(demo_copy, tmp_path)

    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Self-test passed: Rapport")
    for area in self_test.AREAS:
        assert area in lines[0]
    names = client_names(demo_copy)
    assert len(names) > 50
    printed = done.stdout + done.stderr
    assert not [name for name in names if name in printed]


def test_the_self_test_refuses_a_practice_that_is_not_a_demo(
    closed_vault: Path, tmp_path: Path
) -> None:
    done = run_self_test(closed_vault, tmp_path)

    assert done.returncode == self_test.EXIT_FAILED
    assert done.stdout == ""
    reason = done.stderr.strip().splitlines()
    assert len(reason) == 1
    assert "is not a demo practice" in reason[0]


def test_the_self_test_fails_in_one_line_without_a_practice(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()

    done = run_self_test(empty, tmp_path)

    assert done.returncode == self_test.EXIT_FAILED
    assert done.stderr.strip() == f"Self-test failed: there is no practice in {empty}"


def test_an_error_in_an_area_fails_the_self_test_naming_only_its_type(
    demo_copy: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("Ada Lovelace, born 1815")  # a message that quotes data

    monkeypatch.setattr("ui.main_window.OutcomesPage", broken)

    code = self_test.SelfTest(qapp, demo_copy, None).run()

    assert code == self_test.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.strip() == "Self-test failed: unexpected RuntimeError while opening Outcomes"
    assert "Ada" not in err
