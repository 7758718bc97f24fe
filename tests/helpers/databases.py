"""The database under test: SQLite files, or the PostgreSQL server DATABASE_URL names."""

from __future__ import annotations

import os

from sqlalchemy import text

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
    """Empty every table (and restart ids) without the cost of recreating the schema."""
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        await db.dispose()


async def balance(app: App, customer_id: int) -> int:
    """The balance as the ledger says it, independent of the cached column."""
    async with app.db.read() as session:
        return await ledger_sum(session, customer_id)
