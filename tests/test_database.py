"""Where SQLite's statements run: lookups on the event loop's thread (no hand-off to a
thread and back per call), scans on a thread of their own (the loop never waits for them),
and writers of one process taking turns instead of polling SQLite's busy handler."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from bot.db import Database


def _report_threads(db: Database) -> None:
    """SELECT thread() answers with the thread SQLite runs the statement on."""
    for engine in {db.engine, db.heavy_engine}:

        @event.listens_for(engine.sync_engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.create_function("thread", 0, threading.get_ident)


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> Any:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'threads.db'}")
    _report_threads(db)
    await db.create_schema()
    yield db
    await db.dispose()


async def test_lookups_run_on_the_loop_thread_and_scans_on_another(sqlite_db: Database) -> None:
    loop_thread = threading.get_ident()
    async with sqlite_db.read() as session:
        assert await session.scalar(text("SELECT thread()")) == loop_thread
    async with sqlite_db.write() as session:
        assert await session.scalar(text("SELECT thread()")) == loop_thread
    async with sqlite_db.read(heavy=True) as session:
        assert await session.scalar(text("SELECT thread()")) != loop_thread


async def test_writers_of_one_process_take_turns(sqlite_db: Database) -> None:
    inside, most = 0, 0

    async def writer(n: int) -> None:
        nonlocal inside, most
        async with sqlite_db.write() as session:
            inside += 1
            most = max(most, inside)
            await session.execute(
                text("INSERT INTO processed_updates VALUES ('t', :n, '2026-01-01')"), {"n": str(n)}
            )
            await asyncio.sleep(0.001)  # a transaction that awaits something mid-way
            inside -= 1

    await asyncio.gather(*(writer(n) for n in range(40)))
    assert most == 1  # one write transaction at a time: none waits in SQLite's busy handler
    async with sqlite_db.read() as session:
        assert await session.scalar(text("SELECT count(*) FROM processed_updates")) == 40
