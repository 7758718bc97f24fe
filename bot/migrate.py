"""Schema upgrades through Alembic, callable from the CLI and from tests.

Every start of the bot upgrades first. A database already at the newest schema, every
start but the first after an update, is recognised with one query, without loading Alembic
and the migration scripts: a running bot would otherwise hold them (about 8 MB) for as long
as it runs, for nothing. A new database is made as the models describe and marked as at
the newest migration, as Alembic's documentation advises ("Building an Up to Date Database
from Scratch"): a sixth of the time that running every migration since the first takes,
which a shop's first start waited for (the whole `migrate`: 1.2 s against 2.5 s). tests/processes/test_migrations.py proves that the
migrations build the same schema.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import (
    Column,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from bot.settings import PROJECT_DIR

if TYPE_CHECKING:
    from alembic.config import Config

T = TypeVar("T")

# The newest file in migrations/versions. A new migration changes it too:
# tests/processes/test_migrations.py fails until the two agree.
HEAD = "0033"

# Alembic's own table of where a database is, as Alembic defines it (alembic/ddl/impl.py).
VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)
# Two processes started at once on a new PostgreSQL database (a web and a worker) make it
# one after the other: the second finds it made.
_CREATING = 0x5C4E3A


def alembic_config(database_url: str) -> Config:
    from alembic.config import Config

    config = Config(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    # Percent signs in passwords would otherwise be read as ini interpolation.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Blocking (Alembic runs its own event loop): call from sync code or a worker thread."""
    if revision == "head" and asyncio.run(on_own_connection(database_url, _current_or_made)):
        return
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)


def schema_revision(database_url: str) -> str | None:
    """The migration the database is at; None for one Alembic never ran on. Blocking."""
    return asyncio.run(on_own_connection(database_url, _read_revision))


async def on_own_connection(database_url: str, work: Callable[[Connection], T]) -> T:
    """`work` on a connection of an engine of its own, closed after: a one-off look at a
    database, before (or without) the app's own engine."""
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()


def _read_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def _current_or_made(connection: Connection) -> bool:
    """Whether the database is at HEAD: already, or made so here because it held none of
    the bot's tables (another application's may share it). False: Alembic upgrades it."""
    from models import Base  # not for `check`, which never upgrades

    revision = _read_revision(connection)
    if revision is not None:
        return revision == HEAD
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(_CREATING)))
        revision = _read_revision(connection)  # made meanwhile, by whoever held the lock
        if revision is not None:
            connection.rollback()
            return revision == HEAD
    if set(inspect(connection).get_table_names()) & set(Base.metadata.tables):
        connection.rollback()
        return False  # the bot's tables without Alembic's mark: Alembic says what is wrong
    Base.metadata.create_all(connection)
    VERSION.create(connection)
    connection.execute(VERSION.insert().values(version_num=HEAD))
    connection.commit()
    return True
