"""No plain text leaves the vault: run the real command-line tool and scan every file it touched."""

from __future__ import annotations

import os
from pathlib import Path

from tests.reliability.canary import files_containing, private_home, run_admin

CANARY_PRACTICE = "Canary Practice QJX"
CANARY_CLINICIAN = "Dr Quillon Zephyrine"
PASSPHRASE = "correct horse battery staple"


def test_the_admin_tool_leaves_no_client_text_anywhere(tmp_path: Path) -> None:
    env, home, _temp = private_home(tmp_path)
    data = home / "practice"
    created = run_admin(
        [
            "init",
            "--data-dir",
            str(data),
            "--practice-name",
            CANARY_PRACTICE,
            "--clinician-name",
            CANARY_CLINICIAN,
        ],
        env,
        PASSPHRASE + "\n",
    )
    assert created.returncode == 0, created.stderr
    assert "Recovery code" in created.stdout

    verified = run_admin(["verify", "--data-dir", str(data)], env, PASSPHRASE + "\n")
    assert verified.returncode == 0, verified.stderr
    wrong = run_admin(["verify", "--data-dir", str(data)], env, "not the passphrase!!\n")
    assert wrong.returncode == 3
    assert "does not open" in wrong.stderr

    backed_up = run_admin(["backup", "--data-dir", str(data)], env, PASSPHRASE + "\n")
    assert backed_up.returncode == 0, backed_up.stderr
    (made,) = (data / "backups").glob("*.rapport-backup")
    checked = run_admin(["verify-backup", str(made)], env, PASSPHRASE + "\n")
    assert checked.returncode == 0, checked.stderr
    assert "is sound" in checked.stdout
    restored = run_admin(
        ["restore", str(made), "--data-dir", str(home / "new laptop")], env, PASSPHRASE + "\n"
    )
    assert restored.returncode == 0, restored.stderr
    again = run_admin(["verify", "--data-dir", str(home / "new laptop")], env, PASSPHRASE + "\n")
    assert again.returncode == 0, again.stderr
    refused = run_admin(["verify-backup", str(made)], env, "not the passphrase!!\n")
    assert refused.returncode == 3 and "does not open this backup" in refused.stderr

    assert (home / ".local/state").exists()  # the log folder was used
    assert files_containing(tmp_path, [CANARY_PRACTICE, CANARY_CLINICIAN, "Quillon"]) == []
    for output in (created, verified, wrong, backed_up, checked, restored):
        assert CANARY_CLINICIAN not in output.stdout + output.stderr


def test_verify_reports_a_missing_folder_and_a_damaged_vault_distinctly(tmp_path: Path) -> None:
    env = {**os.environ, "RAPPORT_WEAK_KDF_FOR_TESTS": "1", "HOME": str(tmp_path)}
    missing = run_admin(["verify", "--data-dir", str(tmp_path / "nowhere")], env, PASSPHRASE + "\n")
    assert missing.returncode == 6
    assert "does not exist" in missing.stderr

    data = tmp_path / "practice"
    made = run_admin(
        ["init", "--data-dir", str(data), "--practice-name", "P", "--clinician-name", "C"],
        env,
        PASSPHRASE + "\n",
    )
    assert made.returncode == 0, made.stderr
    database = data / "practice.rapport"
    raw = bytearray(database.read_bytes())
    raw[200:400] = bytes(200)
    database.write_bytes(bytes(raw))
    damaged = run_admin(["verify", "--data-dir", str(data)], env, PASSPHRASE + "\n")
    assert damaged.returncode == 4
    assert "damaged" in damaged.stderr

    short = run_admin(
        [
            "init",
            "--data-dir",
            str(tmp_path / "p2"),
            "--practice-name",
            "P",
            "--clinician-name",
            "C",
        ],
        env,
        "too short\n",
    )
    assert short.returncode == 2
    assert "at least 12 characters" in short.stderr
