"""Schema migrations (Alembic), shipped inside the package and run at unlock.

A vault that is behind is first copied to an encrypted backup, then upgraded in
one transaction: if any step fails, nothing of the upgrade remains.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.errors import MigrationFailed

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the vault to ``target`` in a single transaction."""
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
    except Exception as exc:
        raise MigrationFailed() from exc


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)


def upgrade_if_needed(engine: Engine, before_upgrade: Callable[[str | None], None]) -> str | None:
    """Bring the vault to the newest schema; returns the revision it came from, if any.

    ``before_upgrade`` is called with the current revision before anything is
    changed (it makes the backup); it is not called when the vault is current.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    if current == head_revision():
        return None
    before_upgrade(current)
    upgrade(engine)
    return current or "empty"
