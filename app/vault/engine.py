"""The one place a database connection is made: SQLCipher key first, then the PRAGMAs.

All SQLite- and SQLCipher-specific SQL of the practice lives here (and in the
full-text search module); the rest of the core speaks portable SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.errors import NotAVault, VaultDamaged
from app.words import marked

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# Per-connection settings. ``synchronous=FULL`` with WAL makes every commit
# durable; ``secure_delete`` overwrites deleted content; temporary tables and
# sort files stay in memory so nothing leaves the vault unencrypted.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
    # 16 MiB of decrypted pages per connection (SQLite's default is 2 MiB): the
    # client list's index of a large practice stays in memory, not re-decrypted,
    # and the window stays within its 300 MB after browsing a ten-year practice.
    "PRAGMA cache_size = -16384",
)


def refuse_plain_database(path: Path) -> None:
    """Raise :class:`NotAVault` if ``path`` is an unencrypted SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PLAIN_SQLITE_HEADER))
    except FileNotFoundError:
        return
    if head == PLAIN_SQLITE_HEADER:
        raise NotAVault()


def _key_pragma(data_key: bytes) -> str:
    # A raw 256-bit key ("x'…'") skips SQLCipher's own PBKDF2, so every new
    # connection is cheap; the key was already derived from the passphrase.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def open_connection(
    path: Path, data_key: bytes, *, page_size: int, read_only: bool = False
) -> sqlcipher3.Connection:
    """Open, key and check one DB-API connection to the vault file.

    ``page_size`` is the file's cipher page size (from its key file): it is
    set with the key, before the first page is read. Reading ``sqlite_master``
    is the first use of the key: a wrong key or a damaged first page shows
    only there, and raises :class:`VaultDamaged` (the key was already proven
    by the key slot's tag, so a failure here is damage).
    """
    refuse_plain_database(path)
    uri = f"file:{path.as_posix()}?mode={'ro' if read_only else 'rwc'}"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        conn.execute(_key_pragma(data_key))
        conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not read_only:
            for pragma in CONNECTION_PRAGMAS:
                conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged() from exc
    return conn


def quick_check(conn: sqlcipher3.Connection) -> list[str]:
    """SQLite's quick_check; an empty list means the database is sound."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        return [type(exc).__name__]
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def integrity_check(conn: sqlcipher3.Connection) -> list[str]:
    """SQLCipher's page-authentication check plus SQLite's full integrity check."""
    try:
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [type(exc).__name__]
    return cipher + ([] if rows == ["ok"] else rows)


def authenticate_pages(path: Path, data_key: bytes, page_size: int) -> list[str]:
    """SQLCipher's check of every page's authentication code (read-only); [] when all hold."""
    try:
        conn = open_connection(path, data_key, page_size=page_size, read_only=True)
    except VaultDamaged:
        return [marked("The file does not open with the practice's key.")]
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [type(exc).__name__]
    finally:
        conn.close()


def check_database(path: Path, data_key: bytes, page_size: int) -> tuple[list[str], dict[str, int]]:
    """Open a database file read-only with ``data_key``: its page problems and row counts.

    Every page's authentication code (SQLCipher's check: each page is the one
    written under this key, bit for bit) and every table read to its end, on
    two connections side by side. SQLite's own structure check is not repeated
    here: a copy is the live file's pages, which are checked after each unlock.
    """

    def rows() -> tuple[list[str], dict[str, int]]:
        conn = open_connection(path, data_key, page_size=page_size, read_only=True)
        try:
            return [], row_counts(conn)
        except sqlcipher3.DatabaseError as exc:
            return [type(exc).__name__], {}
        finally:
            conn.close()

    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            beside = pool.submit(rows)
            problems = authenticate_pages(path, data_key, page_size)
            row_problems, counts = beside.result()
    except VaultDamaged:
        return [marked("The file does not open with the practice's key.")], {}
    return problems + row_problems, counts


def opens_with(path: Path, data_key: bytes, page_size: int) -> bool:
    """True if ``data_key`` reads the database at ``path`` (a wrong key fails on page 1)."""
    try:
        conn = open_connection(path, data_key, page_size=page_size, read_only=True)
    except VaultDamaged:
        return False
    conn.close()
    return True


def rekey(path: Path, old_key: bytes, new_key: bytes, page_size: int) -> None:
    """Re-encrypt every page of the database under ``new_key`` with SQLCipher's rekey.

    The rewrite is one write transaction: until its commit reaches the
    write-ahead log the old key opens the file, afterwards only the new one
    (the log is replayed with it). The log is emptied before and after, so
    the file alone holds the pages. No other connection may be open.
    """
    conn = open_connection(path, old_key, page_size=page_size)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def make_engine(path: Path, data_key: bytes, page_size: int) -> Engine:
    """A SQLAlchemy engine whose every connection comes from :func:`open_connection`."""
    key = bytes(data_key)

    def creator() -> Any:
        return open_connection(path, key, page_size=page_size)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        # Two connections stay open between uses, warm: the window's and a worker's (a new
        # one starts with an empty page cache: a client's chart took a fifth longer).
        # Threads reading at the same time open more, closed when they are done.
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=False,
    )
    _enable_transactional_ddl(engine)
    return engine


def _enable_transactional_ddl(engine: Engine) -> None:
    """Let SQLAlchemy, not the DB-API module, begin transactions.

    The pysqlite family of drivers begins transactions lazily and never around
    DDL; with autocommit at the driver and an explicit BEGIN here, schema
    changes (migrations) are all-or-nothing like everything else.
    """

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def row_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """The number of rows in every table of the database."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master "
            "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'  # a name from the schema itself
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])  # noqa: S608
    return counts


def copy_database_file(
    conn: sqlcipher3.Connection, source: Path, target: Path, data_key: bytes, page_size: int
) -> None:
    """Copy the practice file ``source`` (open as ``conn``) byte for byte to ``target``, a new file.

    No page is decrypted: the copy holds the practice's own pages under its own
    key, as they were at one moment — writers wait while the file is copied
    (``BEGIN IMMEDIATE``; about a quarter of a second for 450 MB). Whatever the
    write-ahead log still holds is copied beside it and folded into the copy,
    which is left in rollback-journal mode, so that it opens read-only.
    """
    wal = source.with_name(source.name + "-wal")
    target_wal = target.with_name(target.name + "-wal")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # usually leaves the log empty
    with _new_private_file(target) as out:
        conn.execute("BEGIN IMMEDIATE")
        try:
            with source.open("rb") as data:
                _copy_bytes(data, out)
            if wal.exists() and wal.stat().st_size > 0:
                with _new_private_file(target_wal) as log_out, wal.open("rb") as log:
                    _copy_bytes(log, log_out)
        finally:
            conn.execute("ROLLBACK")
    copy = open_connection(target, data_key, page_size=page_size)
    try:
        copy.execute("PRAGMA journal_mode = DELETE")  # folds the log in and removes it
    finally:
        copy.close()


#: How much of the file one read of a copy takes.
_COPY_CHUNK = 1 << 22


def _copy_bytes(source: BinaryIO, out: BinaryIO) -> None:
    """Every byte of ``source`` to ``out``: inside the kernel where the system can (``sendfile``,
    without bringing the bytes into the process: less time with writers waiting), else read
    and written."""
    out.flush()
    offset = 0
    if hasattr(os, "sendfile"):
        try:
            while sent := os.sendfile(out.fileno(), source.fileno(), offset, _SENDFILE_CHUNK):
                offset += sent
            return
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                raise  # a full disk among them
    source.seek(offset)
    shutil.copyfileobj(source, out, _COPY_CHUNK)


#: How much one call of ``sendfile`` copies at most.
_SENDFILE_CHUNK = 1 << 26


@contextlib.contextmanager
def _new_private_file(path: Path) -> Iterator[BinaryIO]:
    """A new file only the user can read (an existing one is never overwritten), synced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def export_encrypted_copy(
    conn: sqlcipher3.Connection, target: Path, data_key: bytes, page_size: int
) -> dict[str, int]:
    """Write a fresh encrypted copy of the open database to ``target``; its row counts.

    Uses SQLCipher's ``sqlcipher_export`` into an attached database keyed with the
    same data key, so the copy opens with the same key slots. The rows are
    counted and copied in one read transaction: the counts are the copy's.
    """
    # Made here, empty and private to the user (SQLite would make it readable by
    # all); an existing file is never overwritten.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), f"x'{data_key.hex()}'"))
    try:
        conn.execute(f"PRAGMA backup.cipher_page_size = {int(page_size)}")
        conn.execute("BEGIN")
        try:
            counts = row_counts(conn)
            conn.execute("SELECT sqlcipher_export('backup')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE backup")
    return counts
