"""`alembic upgrade head` on an empty database gives exactly the schema the models describe,
so a new database made from the models (`bot.migrate.upgrade`, without Alembic) is the one
an old database reaches by its migrations."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.loyalty.webhooks import events_from
from bot.migrate import HEAD, alembic_config, on_own_connection, schema_revision, upgrade
from models import Base
from tests.helpers.databases import new_postgres_database, postgres_url


def _diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return compare_metadata(context, Base.metadata)


async def _differences(url: str) -> list[Any]:
    return await on_own_connection(url, _diff)


def _every_migration(url: str) -> None:
    """Alembic's whole chain, from the first migration: what an old database went through."""
    command.upgrade(alembic_config(url), "head")


async def test_sqlite_upgrade_matches_the_models(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'migrated.db'}"
    assert await asyncio.to_thread(schema_revision, url) is None
    await asyncio.to_thread(_every_migration, url)
    assert await _differences(url) == []
    assert await asyncio.to_thread(schema_revision, url) == HEAD
    await asyncio.to_thread(upgrade, url)  # a second upgrade is a no-op, not an error


def _alembic_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def test_a_new_database_is_made_from_the_models_at_the_newest_migration(
    tmp_path: Path,
) -> None:
    """Beside another application's table, which it leaves alone; Alembic reads it as at
    HEAD and has nothing to do."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"

    def other(connection: Connection) -> None:
        connection.execute(text("CREATE TABLE their_orders (id INTEGER PRIMARY KEY)"))
        connection.commit()

    await on_own_connection(url, other)
    await asyncio.to_thread(upgrade, url)
    assert await on_own_connection(url, _alembic_revision) == HEAD
    assert [d for d in await _differences(url) if d[0] != "remove_table"] == []
    await asyncio.to_thread(_every_migration, url)  # Alembic agrees: nothing to run
    assert await on_own_connection(url, _alembic_revision) == HEAD


async def test_the_bots_tables_without_alembics_mark_are_left_to_alembic(
    tmp_path: Path,
) -> None:
    """Not taken for a new database: Alembic's own error names the table, nothing is
    dropped or marked."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'odd.db'}"

    def customers_only(connection: Connection) -> None:
        connection.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))
        connection.commit()

    await on_own_connection(url, customers_only)
    with pytest.raises(Exception, match="customers"):
        await asyncio.to_thread(upgrade, url)
    assert await asyncio.to_thread(schema_revision, url) is None


def test_the_bot_knows_which_migration_is_the_newest(tmp_path: Path) -> None:
    """A database at HEAD is taken as current without Alembic: HEAD must be Alembic's head."""
    script = ScriptDirectory.from_config(alembic_config(f"sqlite:///{tmp_path / 'x.db'}"))
    assert script.get_current_head() == HEAD


async def test_a_database_one_migration_behind_is_upgraded(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'behind.db'}"
    script = ScriptDirectory.from_config(alembic_config(url))
    previous = script.get_revision(HEAD).down_revision
    assert isinstance(previous, str)
    await asyncio.to_thread(upgrade, url, previous)
    assert await asyncio.to_thread(schema_revision, url) == previous
    await asyncio.to_thread(upgrade, url)
    assert await asyncio.to_thread(schema_revision, url) == HEAD
    assert await _differences(url) == []


async def test_webhooks_told_of_joinings_are_told_of_erasures_after_0033(tmp_path: Path) -> None:
    """A receiver that was sent members' names is sent their erasures; one that asked only
    for points is not; and going back takes the event away again."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'hooks.db'}"
    await asyncio.to_thread(upgrade, url, "0032")
    rows = [(" member.joined points.earned ",), (" points.earned ",)]

    def add(connection: Connection) -> None:
        for (events,) in rows:
            connection.execute(
                text(
                    "INSERT INTO webhook_endpoints (url, secret, events, created_at) "
                    "VALUES ('https://crm.example.com', 's', :events, '2026-12-01 10:00:00')"
                ),
                {"events": events},
            )
        connection.commit()

    def events(connection: Connection) -> list[str]:
        found = connection.execute(text("SELECT events FROM webhook_endpoints ORDER BY id"))
        return [str(e) for (e,) in found]

    await on_own_connection(url, add)
    await asyncio.to_thread(upgrade, url, "0033")
    after = await on_own_connection(url, events)
    assert after == [" member.joined points.earned member.erased ", " points.earned "]
    assert events_from(after[0]) == ("member.joined", "member.erased", "points.earned")
    await asyncio.to_thread(command.downgrade, alembic_config(url), "0032")
    assert await on_own_connection(url, events) == [r[0] for r in rows]


@pytest.mark.skipif(
    postgres_url() is None, reason="runs when DATABASE_URL names a PostgreSQL server"
)
async def test_postgresql_upgrade_matches_the_models() -> None:
    async with new_postgres_database("loyalty_migration_check") as url:
        await asyncio.to_thread(_every_migration, url)
        assert await _differences(url) == []


@pytest.mark.skipif(
    postgres_url() is None, reason="runs when DATABASE_URL names a PostgreSQL server"
)
async def test_two_processes_starting_on_a_new_postgresql_database_make_it_once() -> None:
    """A web and a worker started together (`docker compose up`): one makes the database,
    the other waits for it and finds it made; neither fails."""
    async with new_postgres_database("loyalty_new_database_check") as url:
        await asyncio.gather(*(asyncio.to_thread(upgrade, url) for _ in range(3)))
        assert await on_own_connection(url, _alembic_revision) == HEAD
        assert await _differences(url) == []
