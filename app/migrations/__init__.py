"""Schema migrations (Alembic), shipped inside the package and run at unlock.

A vault that is behind is first copied to an encrypted backup, then upgraded in
one transaction: if any step fails, nothing of the upgrade remains.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

from app.errors import MigrationFailed

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent
_REVISION = re.compile(r"""^(down_)?revision\b[^=]*=\s*(None|["']([^"']*)["'])""", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """The newest revision, read from the migration files themselves.

    Alembic (and the SQL compilers it brings) is loaded only when a vault must
    be upgraded; a test checks that this agrees with Alembic's own answer.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, _value, name in _REVISION.findall(path.read_text("utf-8")):
            if name:
                (parents if down else revisions).add(name)
    heads = revisions - parents
    if len(heads) != 1:
        raise MigrationFailed(f"The schema has {len(heads)} newest versions instead of one.")
    return heads.pop()


def is_current(dbapi_connection: Any) -> bool:
    """Whether a database (a DB-API connection) is at the newest revision already."""
    cursor = dbapi_connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    )
    if not cursor.fetchone()[0]:
        return False
    row = dbapi_connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row is not None and row[0] == head_revision()


def current_revision(connection: Connection) -> str | None:
    known = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).scalar_one()
    if not known:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the vault to ``target`` in a single transaction."""
    from alembic import command

    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
    except Exception as exc:
        raise MigrationFailed() from exc


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

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
