"""A practice written by the first released schema opens and upgrades without loss."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import audit, migrations
from app.practice import get_profile, get_setting
from app.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "first-schema"
PASSPHRASE = "first schema fixture passphrase"
RECOVERY_CODE = "07M7-MR5H-2C6J-V490-G04H-9SRZ-40FY-K08V"


def _copy(tmp_path: Path) -> Path:
    data_dir = tmp_path / "practice"
    data_dir.mkdir()
    for name in ("practice.rapport", "practice.keys", "practice.keys.bak"):
        shutil.copy2(FIXTURE / name, data_dir / name)
    return data_dir


def test_the_first_schema_upgrades_to_today_keeping_everything(tmp_path: Path) -> None:
    data_dir = _copy(tmp_path)
    with Vault.open(data_dir) as vault:
        report = vault.unlock_with_passphrase(PASSPHRASE)
        assert report.upgraded_from == "0002"
        assert report.upgrade_backup is not None and report.upgrade_backup.exists()
        with vault.session() as session:
            assert migrations.current_revision(session.connection()) == migrations.head_revision()
            profile = get_profile(session)
            assert (profile.practice_name, profile.clinician_name) == (
                "First Schema Practice",
                "Dr Ada Fixture",
            )
            assert profile.address == "1 First Street\nOldtown"
            assert profile.time_zone == "America/New_York"
            assert get_setting(session, "security.auto_lock_minutes") == 15
            chain = audit.verify(session)
            assert chain.ok and chain.entries > 3
        assert vault.check_integrity() == []
    with Vault.open(data_dir) as vault:  # the recovery code of that time still opens it
        vault.unlock_with_recovery_code(RECOVERY_CODE)


def test_the_fixture_itself_is_never_changed(tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in FIXTURE.iterdir()}
    test_the_first_schema_upgrades_to_today_keeping_everything(tmp_path)
    assert {p.name: p.read_bytes() for p in FIXTURE.iterdir()} == before
