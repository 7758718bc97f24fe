"""Where SQLite's statements run: lookups on the event loop's thread (no hand-off to a
thread and back per call), scans on a thread of their own (the loop never waits for them),
and writers of one process taking turns instead of polling SQLite's busy handler."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, event, insert, literal, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.db import HEAVY_CACHE_KIB, Database, among, constant
from models import ProcessedUpdate


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


# A scan that counts to a hundred million: seconds of work in SQLite's VM.
LONG_SCAN = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
    "SELECT count(*) FROM n"
)


async def test_a_scan_on_the_loop_thread_is_interrupted_and_a_heavy_one_is_not(
    tmp_path: Path,
) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'limit.db'}", inline_limit=0.2)
    try:
        await db.create_schema()
        started = asyncio.get_running_loop().time()
        with pytest.raises(OperationalError, match="interrupted"):
            async with db.read() as session:
                await session.execute(text(LONG_SCAN))
        assert asyncio.get_running_loop().time() - started < 1.5  # held the loop ~0.2 s
        async with db.read() as session:  # the connection is fine afterwards
            assert await session.scalar(text("SELECT 1")) == 1
        short = LONG_SCAN.replace("100000000", "300000")
        async with db.read(heavy=True) as session:  # marked heavy: on its thread, no limit
            assert await session.scalar(text(short)) == 300000
    finally:
        await db.dispose()


# Enough transactions for the BEGIN of each kind to pass a multiple of the progress handler's
# 10 000 VM steps: SQLite counts a cached statement's steps over all its runs, so the handler
# is called during a BEGIN every 2 000 runs (BEGIN IMMEDIATE) or 3 333 (BEGIN).
MANY_TRANSACTIONS = 7_000


async def test_a_quiet_bots_transactions_are_not_cut_short(tmp_path: Path) -> None:
    """A shop's bot waits seconds between messages, longer than the time limit. The limit
    counts from when the running statement began; BEGIN, sent to sqlite3 directly, did not
    reset the clock, so after about 2 000 writes the guard's BEGIN IMMEDIATE was cut short
    as if it had run since the last message, and left its transaction open: every later
    update failed ("cannot start a transaction within a transaction") and every other
    writer met a locked database, until the bot was restarted."""
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'quiet.db'}", inline_limit=0.05)
    try:
        await db.create_schema()
        async with db.write_statement() as statements:
            await statements.scalar(text("SELECT 1"))
        async with db.read_statement() as statements:
            await statements.scalar(text("SELECT 1"))
        await asyncio.sleep(0.1)  # quiet for longer than the limit
        for _ in range(MANY_TRANSACTIONS):
            async with db.write_statement():
                pass
            async with db.read_statement():
                pass
        async with db.write() as session:
            await session.execute(
                insert(ProcessedUpdate).values(
                    channel="t", update_id="1", received_at=datetime.now(UTC)
                )
            )
    finally:
        await db.dispose()


async def test_a_transaction_cut_short_as_it_begins_leaves_none_open(tmp_path: Path) -> None:
    """Whatever cuts a BEGIN short (here a limit no statement can keep), the connection is
    left outside any transaction and holds no lock: the next update's transaction begins,
    and another process can write."""
    path = tmp_path / "cut.db"
    db = Database(f"sqlite+aiosqlite:///{path}", inline_limit=1e-9)
    try:
        await db.create_schema()
        cut: dict[str, list[str]] = {"write_statement": [], "read_statement": [], "write": []}
        for _ in range(MANY_TRANSACTIONS):
            for transaction in (db.write_statement, db.read_statement):
                try:
                    async with transaction():
                        pass
                except OperationalError as exc:
                    cut[transaction.__name__].append(str(exc.orig))
            try:  # SQLAlchemy's own transactions, on the aiosqlite engine
                async with db.write() as session:
                    await session.execute(text("SELECT 1"))
            except OperationalError as exc:
                cut["write"].append(str(exc.orig))
            errors = {error for said in cut.values() for error in said}
            if errors - {"interrupted"}:
                break  # stuck: each further write would wait out the busy timeout
        # Every kind of transaction was cut short, and nothing else went wrong after.
        assert errors == {"interrupted"}
        assert all(cut.values()), cut
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # the write lock is free
            other.rollback()
        finally:
            other.close()
    finally:
        await db.dispose()


async def test_the_ledger_is_on_disk_before_anyone_is_told(sqlite_db: Database) -> None:
    for engine in (sqlite_db.engine, sqlite_db.heavy_engine):
        async with engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA synchronous")).scalar() == 2  # FULL
            assert (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
    async with sqlite_db.write() as session:
        assert (await session.execute(text("PRAGMA synchronous"))).scalar() == 2
    # Only the duplicate guard's ids wait for a later commit's fsync to reach the disk.
    async with sqlite_db.write_statement() as statements:
        assert await statements.scalar(text("PRAGMA synchronous")) == 1  # NORMAL
    # Scans keep a small page cache; the hot path's lookups SQLite's default.
    async with sqlite_db.heavy_engine.connect() as conn:
        assert (await conn.exec_driver_sql("PRAGMA cache_size")).scalar() == -HEAVY_CACHE_KIB
    async with sqlite_db.read_statement() as statements:
        assert await statements.scalar(text("PRAGMA cache_size")) == -2000


async def test_the_guards_transaction_takes_the_write_lock_before_it_writes(
    sqlite_db: Database, tmp_path: Path
) -> None:
    other = sqlite3.connect(tmp_path / "threads.db", timeout=0, isolation_level=None)
    try:
        async with sqlite_db.write_statement() as statements:
            # Nothing written yet: BEGIN IMMEDIATE, sent straight to sqlite3, holds the lock.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            await statements.execute(text("PRAGMA busy_timeout=50"))
        other.execute("BEGIN IMMEDIATE")  # another process writing: the guard must wait
        with pytest.raises(OperationalError, match="locked"):  # SQLAlchemy's, as before
            await _begin_a_write(sqlite_db)
        other.execute("ROLLBACK")
        await _begin_a_write(sqlite_db)  # and the connection is fine afterwards
    finally:
        other.close()


async def _begin_a_write(db: Database) -> None:
    async with db.write_statement() as statements:
        assert await statements.scalar(text("SELECT 1")) == 1


async def test_the_reads_of_every_message_keep_one_connection_and_see_every_write(
    sqlite_db: Database,
) -> None:
    count = text("SELECT count(*) FROM processed_updates")
    connection_id = text("SELECT value FROM temp.who")
    async with sqlite_db.read_statement() as first:
        assert await first.scalar(count) == 0
        # A mark only this SQLite connection can see (its own temporary table).
        await first.execute(text("CREATE TEMP TABLE who (value TEXT)"))
        await first.execute(text("INSERT INTO temp.who VALUES ('kept')"))
    async with sqlite_db.write() as session:
        await session.execute(text("INSERT INTO processed_updates VALUES ('t', '1', '2026-01-01')"))
    async with sqlite_db.read_statement() as again:
        # Kept, not checked out of the pool for each message.
        assert await again.scalar(connection_id) == "kept"
        assert await again.scalar(count) == 1  # no snapshot kept from the last read
        async with asyncio.timeout(5), sqlite_db.read_statement() as inner:
            # Asked again inside one: the same transaction, not a wait for itself.
            assert await inner.scalar(connection_id) == "kept"
            assert await inner.scalar(count) == 1
    # Two messages at once: the second waits for the first's transaction, it never joins.
    inside, most = 0, 0

    async def reader() -> int:
        nonlocal inside, most
        async with sqlite_db.read_statement() as conn:
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0.01)  # a read that awaits something mid-way
            inside -= 1
            return int(await conn.scalar(count) or 0)

    async with asyncio.timeout(5):
        assert await asyncio.gather(reader(), reader(), reader()) == [1, 1, 1]
    assert most == 1


async def test_a_locked_database_makes_the_ping_time_out_without_stalling_the_loop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "locked.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await db.create_schema()
    await db.dispose()
    other = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")  # so a write lock also keeps readers out
    other.execute("BEGIN EXCLUSIVE")  # another process holds the database
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.05)

    task = asyncio.create_task(ticker())
    try:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(1.0):
                await db.ping()
        assert ticks >= 10  # the loop kept turning while the ping waited on its thread
    finally:
        task.cancel()
        other.rollback()
        other.close()
        await db.dispose()


async def test_constants_written_into_statements_are_only_the_codes_plain_words(
    sqlite_db: Database,
) -> None:
    async with sqlite_db.write() as session:
        await session.execute(
            text("INSERT INTO processed_updates VALUES ('telegram', '7', '2026-01-01')")
        )
    among_channels = select(ProcessedUpdate.update_id).where(
        among(ProcessedUpdate.channel, ["whatsapp", "telegram"])
    )
    assert "IN ('whatsapp', 'telegram')" in str(among_channels)  # no bound list to expand
    async with sqlite_db.read_statement() as conn:
        assert [row[0] for row in await conn.execute(among_channels)] == ["7"]
        assert await conn.scalar(select(constant(41) + 1)) == 42
    for unsafe in ("x'; DROP TABLE customers; --", "naïve", "two words"):
        with pytest.raises(ValueError, match="not a plain word"):
            constant(unsafe)


def _statements_through_sqlalchemy(db: Database) -> list[str]:
    """The SQL of each statement SQLAlchemy runs on the hot path's connections."""
    seen: list[str] = []
    assert db._loop_engine is not None

    @event.listens_for(db._loop_engine, "before_cursor_execute")
    def _note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    return seen


async def test_a_statement_run_again_is_run_as_compiled_the_first_time(
    sqlite_db: Database,
) -> None:
    through_sqlalchemy = _statements_through_sqlalchemy(sqlite_db)
    at = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    add = insert(ProcessedUpdate)
    for n in (1, 2):
        async with sqlite_db.write_statement() as conn:
            written = await conn.execute(
                add, {"channel": "telegram", "update_id": str(n), "received_at": at}
            )
            assert written.rowcount == 1
    # Values bound from the caller and from the statement itself, converted both ways
    # (a time zone-aware datetime, a truth value SQLite keeps as 1).
    one = select(
        ProcessedUpdate.update_id, ProcessedUpdate.received_at, literal(True).label("flag")
    ).where(ProcessedUpdate.update_id == bindparam("id"), ProcessedUpdate.channel == "telegram")
    runs = []
    for _ in range(3):
        async with sqlite_db.read_statement() as conn:
            runs.append((await conn.execute(one, {"id": "2"})).first())
    assert runs[0] == runs[1] == runs[2] == ("2", at, True)
    assert runs[2].received_at == at and runs[2].received_at.tzinfo is not None
    assert runs[2].flag is True
    # SQLAlchemy ran each the first time only: the insert once, the select once.
    assert sum(sql.startswith("INSERT INTO processed_updates") for sql in through_sqlalchemy) == 1
    assert sum(sql.startswith("SELECT processed_updates") for sql in through_sqlalchemy) == 1
    async with sqlite_db.read_statement() as conn:
        assert (await conn.execute(one, {"id": "9"})).first() is None
        assert await conn.scalar(one, {"id": "1"}) == "1"


async def test_a_prepared_statement_fails_as_sqlalchemys_would_and_nothing_is_kept(
    sqlite_db: Database,
) -> None:
    add = insert(ProcessedUpdate)
    row = {"channel": "telegram", "update_id": "1", "received_at": datetime.now(UTC)}
    async with sqlite_db.write_statement() as conn:
        await conn.execute(add, row)

    async def a_new_row_then_the_same_key_again(n: int) -> None:
        async with sqlite_db.write_statement() as conn:
            await conn.execute(add, row | {"update_id": str(n)})
            await conn.execute(add, row)

    for n in (2, 3):  # the second time through the prepared statement
        with pytest.raises(IntegrityError):
            await a_new_row_then_the_same_key_again(n)
    async with sqlite_db.read_statement() as conn:
        ids = select(ProcessedUpdate.update_id).order_by(ProcessedUpdate.update_id)
        assert [r[0] for r in await conn.execute(ids)] == ["1"]  # both transactions undone


async def test_statements_the_fast_way_cannot_take_still_run(sqlite_db: Database) -> None:
    through_sqlalchemy = _statements_through_sqlalchemy(sqlite_db)
    async with sqlite_db.write() as session:
        for n in range(3):
            await session.execute(
                text("INSERT INTO processed_updates VALUES ('t', :n, '2026-01-01')"), {"n": str(n)}
            )
    # An expanding IN list (its SQL rewritten at each run), and text whose columns SQLAlchemy
    # learns from the cursor: both stay with SQLAlchemy, and answer right each time.
    expanding = select(ProcessedUpdate.update_id).where(
        ProcessedUpdate.update_id.in_(bindparam("ids", expanding=True))
    )
    count = text("SELECT count(*) AS n FROM processed_updates")
    for ids in (["0"], ["1", "2"], ["0", "1", "2"]):
        async with sqlite_db.read_statement() as conn:
            assert sorted(r[0] for r in await conn.execute(expanding, {"ids": ids})) == ids
            assert (await conn.execute(count)).first().n == 3
    assert sum("count(*)" in sql for sql in through_sqlalchemy) == 3
    assert sum(" IN (" in sql for sql in through_sqlalchemy) == 3
    # Built anew at each call: never kept, each run by SQLAlchemy.
    for n in range(3):
        async with sqlite_db.read_statement() as conn:
            fresh = select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == str(n))
            assert await conn.scalar(fresh) == str(n)
    assert (
        sum(sql.startswith("SELECT processed_updates.update_id") for sql in through_sqlalchemy) == 6
    )
