"""`python bot.py backup <file>`: a consistent copy of the SQLite database while the bot
keeps running, through SQLite's online backup API (a plain file copy of a database in WAL
mode can miss the last commits or catch a page half-written).

PostgreSQL has its own tool for this, pg_dump; the README shows the command.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

BUSY_MS = 30_000  # wait this long for a writer to finish, as the bot itself does


class BackupError(Exception):
    """The backup could not be made; str() is one line for the operator."""


def backup_sqlite(database_url: str, target: Path) -> int:
    """Copies the database to `target` (which must not exist); returns its size in bytes."""
    url = make_url(database_url)
    if not url.drivername.startswith("sqlite"):
        raise BackupError(
            "backup copies SQLite databases; for PostgreSQL use pg_dump "
            "(pg_dump --format=custom --file=loyalty.dump <database>)"
        )
    source = Path(url.database or "")
    if not url.database or url.database == ":memory:" or not source.is_file():
        raise BackupError(f"no SQLite database at {source}")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name")
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            contextlib.closing(sqlite3.connect(source, timeout=BUSY_MS / 1000)) as live,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            live.backup(copy)
            # One self-contained file: no -wal or -shm beside it to forget when moving it.
            copy.execute("PRAGMA journal_mode=DELETE")
            (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
        if verdict != "ok":
            raise BackupError(f"the copy failed SQLite's integrity check: {verdict}")
        partial.rename(target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"cannot back up {source} to {target}: {exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size
