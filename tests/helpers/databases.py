"""The database under test: SQLite files, or the PostgreSQL server DATABASE_URL names."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import App
from bot.db import Database
from bot.loyalty.ledger import ledger_sum
from bot.settings import Settings
from models import Base


def postgres_url() -> str | None:
    """The PostgreSQL server under test, when the run is pointed at one."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres", "postgresql")):
        return Settings(database_url=url).database_url
    return None


@asynccontextmanager
async def new_postgres_database(name: str) -> AsyncIterator[str]:
    """An empty PostgreSQL database of its own on the server under test, dropped after:
    the URL to it."""
    base = postgres_url()
    assert base is not None, "a PostgreSQL test: DATABASE_URL=postgresql://... pytest"
    admin = create_async_engine(base, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def worker_database(url: str) -> str:
    """The database this test worker owns: the one named, or under pytest-xdist a sibling
    per worker (`test_gw0`, `test_gw1`), made on first use, so workers never empty each
    other's tables."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = make_url(url)
    name = f"{base.database}_{worker}"
    admin = await asyncpg.connect(base.set(drivername="postgresql").render_as_string(False))
    try:
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return base.set(database=name).render_as_string(hide_password=False)


async def recreate_postgres_schema(url: str) -> None:
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
            await conn.run_sync(Base.metadata.create_all)
    finally:
        await db.dispose()


async def reset_postgres(url: str) -> None:
    """Empty every table and restart its ids, in one round trip on one plain connection.

    DELETE, children first, rather than TRUNCATE: TRUNCATE gives each of the 30-odd tables
    new files on every test (100 ms a test here, over a minute a run), while a test leaves
    a few rows at most."""
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn)
    try:
        sequences = await connection.fetch(
            "SELECT relname FROM pg_class WHERE relkind = 'S'"
            " AND relnamespace = 'public'::regnamespace"
        )
        script = (
            "BEGIN;"
            + "".join(f'DELETE FROM "{t.name}";' for t in reversed(Base.metadata.sorted_tables))
            + "".join(f'ALTER SEQUENCE "{row[0]}" RESTART;' for row in sequences)
            + "COMMIT;"
        )
        await connection.execute(script)
    finally:
        await connection.close()


async def balance(app: App, customer_id: int) -> int:
    """The balance as the ledger says it, independent of the cached column."""
    async with app.db.read() as session:
        return await ledger_sum(session, customer_id)
