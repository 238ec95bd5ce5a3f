"""Schema upgrades at unlock: an encrypted backup first, then all of the upgrade or nothing."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic.operations import Operations
from sqlalchemy import inspect, select

import app.migrations
from app import migrations
from app.errors import MigrationFailed
from app.models import AuditEntry
from app.practice import ProfileInput, get_profile, get_setting, set_auto_lock_minutes
from app.vault import NewVaultPlan, Vault, crypto, keyfile
from app.vault.engine import open_connection


@dataclass(frozen=True)
class Schema:
    revision: str | None
    tables: frozenset[str]


def schema_of(data_dir: Path, recovery_code: str) -> Schema:
    """Read a closed vault's schema directly, with the data key from its recovery slot."""
    keys = keyfile.load(data_dir / "practice.keys")
    slot = keys.slot(keyfile.RECOVERY)
    assert slot is not None
    wrapping = crypto.hkdf(
        crypto.normalise_recovery_code(recovery_code), slot.salt, b"rapport recovery slot"
    )
    data_key = crypto.unwrap(wrapping, slot.nonce, slot.wrapped_key, keys.vault_id, slot.kind)
    database = data_dir / "practice.rapport"
    with contextlib.closing(open_connection(database, data_key, page_size=keys.page_size)) as conn:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    return Schema(revision, frozenset(tables))


@pytest.fixture
def vault_at_0001(vault: Vault, data_dir: Path, plan: NewVaultPlan) -> Path:
    """A closed vault as an older Rapport left it: at revision 0001, no settings table."""
    migrations.downgrade(vault.engine, "0001")
    vault.lock()
    vault.close()
    schema = schema_of(data_dir, plan.recovery_code)
    assert schema.revision == "0001"
    assert "setting" not in schema.tables
    return data_dir


def test_current_vault_is_not_upgraded_or_backed_up(closed_vault: Path, passphrase: str) -> None:
    with Vault.open(closed_vault) as vault:
        report = vault.unlock_with_passphrase(passphrase)

    assert report.upgraded_from is None
    assert report.upgrade_backup is None
    assert not (closed_vault / "backups").exists()


def test_old_vault_is_backed_up_then_upgraded_at_unlock(
    vault_at_0001: Path, passphrase: str
) -> None:
    with Vault.open(vault_at_0001) as vault:
        report = vault.unlock_with_passphrase(passphrase)

        assert report.upgraded_from == "0001"
        with vault.engine.connect() as conn:
            assert "setting" in inspect(conn).get_table_names()
            assert migrations.current_revision(conn) == migrations.head_revision()
        with vault.session() as session:
            set_auto_lock_minutes(session, 5)
            assert get_setting(session, "security.auto_lock_minutes") == 5
            unlock = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "unlock").order_by(AuditEntry.id)
            ).all()[-1]
        assert unlock.detail["upgraded_from"] == "0001"

    backup = report.upgrade_backup
    assert backup is not None
    assert backup.is_file()
    assert backup.with_suffix(".keys").is_file()


def test_upgrade_backup_opens_with_the_same_passphrase(
    vault_at_0001: Path, tmp_path: Path, passphrase: str, plan: NewVaultPlan
) -> None:
    with Vault.open(vault_at_0001) as vault:
        backup = vault.unlock_with_passphrase(passphrase).upgrade_backup
    assert backup is not None

    restored = tmp_path / "restored"
    restored.mkdir(mode=0o700)
    shutil.copyfile(backup, restored / "practice.rapport")
    shutil.copyfile(backup.with_suffix(".keys"), restored / "practice.keys")

    # The backup is the vault as it was before the upgrade ...
    assert schema_of(restored, plan.recovery_code).revision == "0001"
    # ... and opens with the passphrase (being upgraded in turn).
    with Vault.open(restored) as old:
        report = old.unlock_with_passphrase(passphrase)
        assert report.upgraded_from == "0001"
        with old.session() as session:
            assert get_profile(session).practice_name == "Canary Practice ZQX"


# ------------------------------------------------------------- failed upgrades

SIMULATED = "simulated failure in the middle of a migration"


def fail_after_creating_the_settings_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Revision 0002 creates its table, then fails."""
    real_create_table = Operations.create_table

    def create_table_then_fail(self: Operations, table_name: str, *args: object, **kw: object):
        table = real_create_table(self, table_name, *args, **kw)
        if table_name == "setting":
            raise RuntimeError(SIMULATED)
        return table

    monkeypatch.setattr(Operations, "create_table", create_table_then_fail)
    return "setting"


def fail_in_a_later_revision(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """The real revisions succeed; a newer one after them creates a table, then fails."""
    head = migrations.head_revision()
    scripts = shutil.copytree(
        migrations.MIGRATIONS_DIR,
        tmp_path / "migrations",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (scripts / "versions" / "9999_broken.py").write_text(
        textwrap.dedent(
            f'''
            """A migration that fails half-way."""
            import sqlalchemy as sa
            from alembic import op

            revision = "9999"
            down_revision = {head!r}
            branch_labels = None
            depends_on = None


            def upgrade():
                table = op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
                op.bulk_insert(table, [{{"id": 1}}])
                raise RuntimeError({SIMULATED!r})


            def downgrade():
                op.drop_table("half_made")
            '''
        )
    )
    monkeypatch.setattr(app.migrations, "MIGRATIONS_DIR", scripts)
    return "half_made"


@pytest.mark.parametrize(
    "inject_failure", [fail_after_creating_the_settings_table, fail_in_a_later_revision]
)
def test_failed_migration_leaves_the_vault_as_it_was(
    vault_at_0001: Path,
    tmp_path: Path,
    passphrase: str,
    plan: NewVaultPlan,
    monkeypatch: pytest.MonkeyPatch,
    inject_failure: Callable[[pytest.MonkeyPatch, Path], str],
) -> None:
    before = schema_of(vault_at_0001, plan.recovery_code)
    half_made_table = inject_failure(monkeypatch, tmp_path)

    with Vault.open(vault_at_0001) as vault:
        with pytest.raises(MigrationFailed) as failed:
            vault.unlock_with_passphrase(passphrase)
        assert not vault.is_unlocked
    assert SIMULATED in str(failed.value.__cause__)
    assert list((vault_at_0001 / "backups").glob("*.rapport")), "no backup before trying"

    monkeypatch.undo()  # the real migrations from here on
    after = schema_of(vault_at_0001, plan.recovery_code)
    assert after == before
    assert half_made_table not in after.tables

    with Vault.open(vault_at_0001) as vault:
        report = vault.unlock_with_passphrase(passphrase)
        assert report.upgraded_from == "0001"
        with vault.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        assert "setting" in tables
        assert "half_made" not in tables
        assert not report.failed_attempts


def test_the_newest_revision_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert migrations.head_revision() == script.get_current_head()


def test_unlocking_a_current_practice_does_not_load_alembic(
    data_dir: Path, passphrase: str, profile: ProfileInput
) -> None:
    """Alembic and its SQL compilers cost memory and time: loaded only for an upgrade."""
    Vault.create(data_dir, passphrase, profile).close()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.vault import Vault
        with Vault.open(Path({str(data_dir)!r})) as vault:
            vault.unlock_with_passphrase({passphrase!r})
        print(sorted(m for m in sys.modules if m.split(".")[0] == "alembic"))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "RAPPORT_WEAK_KDF_FOR_TESTS": "1"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_an_upgrade_that_leaves_much_free_space_compacts_the_file(
    vault: Vault, data_dir: Path, passphrase: str
) -> None:
    """Backups copy the file as it is: an upgrade does not leave it full of free pages."""
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE scratch (filler BLOB)")
        for _ in range(200):
            conn.exec_driver_sql("INSERT INTO scratch VALUES (randomblob(8000))")
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE scratch")
    migrations.downgrade(vault.engine, "0015")
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar_one() > 100
    vault.lock()
    vault.close()
    size = (data_dir / "practice.rapport").stat().st_size

    with Vault.open(data_dir) as reopened:
        report = reopened.unlock_with_passphrase(passphrase)
        assert report.upgraded_from == "0015"
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA freelist_count").scalar_one() < 10
    assert (data_dir / "practice.rapport").stat().st_size < size / 2
