"""Engine and transactions over SQLite (embedded default) or PostgreSQL (production).

On SQLite, statements run on the event loop's own thread. aiosqlite hands every call
(cursor, execute, fetch, close) to a thread of its own and back: about a hundred hand-offs
for one /balance, which cost far more than the indexed lookups they carry (measured in
bench/updates.py). A lookup by key takes microseconds in SQLite, so running it inline is
the fast path; what can take long runs on aiosqlite's thread as before: reads marked
`heavy` (statistics, segments, exports) use a second, threaded engine on the same file.
The price: while another process writes to the same file, this one waits for it, loop
included (for at most busy_timeout). One process per SQLite file is the design; several
processes belong on PostgreSQL, where nothing here applies.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from threading import Thread
from typing import Any

import aiosqlite
from sqlalchemy import Engine, create_engine, event, literal_column, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

from bot.statements import Awaited, OnLoopThread, Statements
from models import Base

log = logging.getLogger(__name__)

_READ_ONLY = "loyalty_read_only"
# A statement on the event loop's thread (SQLite) that runs longer than this is interrupted:
# such a scan belongs on the heavy engine. Looked at every _PROGRESS_STEPS VM steps.
INLINE_LIMIT = 2.0
_PROGRESS_STEPS = 10_000
# Waiting for another process's lock blocks the loop on the inline engine: briefly there
# (this process's own writers queue on an asyncio lock instead), patiently on the thread.
INLINE_BUSY_MS = 2_000
HEAVY_BUSY_MS = 30_000
# Page cache of each heavy-engine connection (SQLite's default is 2 000 KiB). Its reads
# are scans, each page read once: a large cache held nothing they would read again, and
# each pooled connection kept its 2 MB filled for as long as the bot ran, on a thread of
# its own (bench/updates.py: 3 MB of the bot's memory after a start-up's sweeps).
HEAVY_CACHE_KIB = 256
# Set in a write session's info when it queued an outbox row: after the commit the
# database calls its listeners (the sender), so a notice goes within the second.
OUTBOX_QUEUED = "loyalty_outbox_queued"
# PostgreSQL's classes of "the server cannot store this": 53 insufficient resources (disk
# full, out of memory), 58 system error (I/O), 25006 a read-only transaction (a failover).
_PG_STORAGE_STATES = ("53", "58", "25006")
# SQLite's words for the same: SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN.
_SQLITE_STORAGE_WORDS = (
    "disk is full",
    "disk i/o error",
    "readonly database",
    "unable to open database",
)


class StorageUnavailable(Exception):
    """A write could not be stored (a full disk, an I/O error, a read-only database). The
    transaction rolled back: nothing was half-written. Whoever asked is told to try again."""


def is_storage_failure(exc: DBAPIError) -> bool:
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if isinstance(state, str):
        return state.startswith(_PG_STORAGE_STATES)
    message = str(exc.orig).lower()
    return isinstance(exc.orig, sqlite3.Error) and any(w in message for w in _SQLITE_STORAGE_WORDS)


class _InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection whose calls run on the caller's (the event loop's) thread.

    aiosqlite queues each call to its worker thread in `_execute` (a private method, stable
    across the aiosqlite versions pyproject.toml admits); this runs it at once instead.
    Connecting and closing still go through the worker thread, as aiosqlite does them.
    """

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


class _TimedCursor(sqlite3.Cursor):
    """Notes when each statement starts, for the connection's time limit. Rows are fetched
    after execute returns, and that is when a scan runs, so the clock runs on until the
    next statement (the statements between, COMMIT and the like, take a few VM steps)."""

    def execute(self, sql: str, parameters: Any = (), /) -> _TimedCursor:
        self.connection.started = time.monotonic()  # type: ignore[attr-defined]
        return super().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> _TimedCursor:
        self.connection.started = time.monotonic()  # type: ignore[attr-defined]
        return super().executemany(sql, seq_of_parameters)


class _TimedConnection(sqlite3.Connection):
    """A connection on the event loop's thread: a statement that runs longer than `limit`
    is interrupted ("interrupted"), since it would stall every chat; mark such a scan
    `heavy` so it runs on its own thread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.started = 0.0
        self.limit = INLINE_LIMIT
        self.set_progress_handler(self._too_long, _PROGRESS_STEPS)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        # sqlite3 runs these on a cursor of its own without calling the cursor's execute,
        # so the clock is set here too (BEGIN goes this way). SQLite calls the handler on
        # a cached statement's steps counted over all its runs: every 2 000th BEGIN
        # IMMEDIATE, with the clock still at the last message, minutes before in a quiet
        # shop, was cut short (tests/processes/test_database.py).
        self.started = time.monotonic()
        return super().execute(sql, parameters)

    def _too_long(self) -> bool:
        return self.started > 0 and time.monotonic() - self.started > self.limit

    def cursor(self, factory: Any = _TimedCursor) -> Any:
        return super().cursor(factory)


def _sqlite_connector(url: str, limit: float) -> Callable[[], sqlite3.Connection]:
    path = make_url(url).database or ":memory:"

    def connector() -> sqlite3.Connection:
        # Made on aiosqlite's thread, used on the loop's: sqlite3 must allow that.
        connection = sqlite3.connect(path, check_same_thread=False, factory=_TimedConnection)
        connection.limit = limit
        return connection

    return connector


def _inline_sqlite(url: str, limit: float) -> Callable[..., Any]:
    connector = _sqlite_connector(url, limit)

    async def create(*_: Any, **__: Any) -> aiosqlite.Connection:
        connection = _InlineConnection(connector, iter_chunk_size=64)
        # A daemon thread, as SQLAlchemy makes aiosqlite's own: aiosqlite up to 0.21 *is*
        # the thread, from 0.22 on it holds one (SQLAlchemy's dialect checks the same way).
        thread = connection if isinstance(connection, Thread) else connection._thread
        thread.daemon = True
        return await connection

    return create


# What constant() writes into SQL: the code's own words (enum values, card keys).
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_:.-]*")


def constant(value: str | int) -> Any:
    """A constant of the code written into a statement built once, where a bound parameter
    would cost SQLAlchemy work at every execution (the summary's statement took 0.33 ms
    with 21 bound values, 0.19 ms with 2). Only the code's plain words and whole numbers,
    never input: a value with anything else in it is refused."""
    if isinstance(value, bool):
        raise ValueError("a truth value is not a constant for a statement")
    if isinstance(value, int):
        return literal_column(str(int(value)))
    word = value.value if isinstance(value, enum.Enum) else value
    if not _PLAIN_WORD.fullmatch(word):
        raise ValueError(f"not a plain word for a statement: {word!r}")
    return literal_column(f"'{word}'")


def among(column: Any, values: Iterable[str]) -> Any:
    """`column IN ('a', 'b')` over constants of the code, written into the statement: a plain
    `in_(values)` binds the list as one "expanding" parameter whose SQL is rewritten at
    every execution."""
    return column.in_([constant(value) for value in values])


def insert_ignoring_duplicates(
    on: AsyncSession | AsyncConnection | str, model: Any, *unique: str
) -> Any:
    """INSERT ... ON CONFLICT (unique) DO NOTHING, for rows that two runs may both add; `on`
    is where it runs, or the database's dialect name."""
    if isinstance(on, str):
        name = on
    else:
        name = (on.get_bind() if isinstance(on, AsyncSession) else on).dialect.name
    dialect = postgresql if name == "postgresql" else sqlite
    return dialect.insert(model).on_conflict_do_nothing(index_elements=list(unique))


class Database:
    """Owns the engine; hands out sessions that are either a write or a read transaction."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int = 10,
        inline_limit: float = INLINE_LIMIT,
    ) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        options: dict[str, Any] = {"echo": echo}
        if not self.is_sqlite:
            options |= {"pool_size": pool_size, "max_overflow": pool_size, "pool_pre_ping": True}
        self.engine: AsyncEngine = create_async_engine(
            url,
            **options,
            **({"async_creator": _inline_sqlite(url, inline_limit)} if self.is_sqlite else {}),
        )
        # Reads that may take long: on their own thread (SQLite), so customers' replies do
        # not wait behind them. On PostgreSQL nothing blocks the loop: the same engine.
        self.heavy_engine: AsyncEngine = (
            create_async_engine(url, **options) if self.is_sqlite else self.engine
        )
        # SQLite: the hot path's statements on plain synchronous connections, on the loop's
        # thread like the inline engine's (bot/statements.py says why).
        self._loop_engine: Engine | None = None
        if self.is_sqlite:
            self._loop_engine = create_engine(
                make_url(url).set(drivername="sqlite"),
                echo=echo,
                creator=_sqlite_connector(url, inline_limit),
            )
            # On the loop's thread: a statement may not run long, nor wait long for another
            # process's lock; on the heavy engine's thread either may take its time.
            _configure_sqlite(self.engine.sync_engine, busy_ms=INLINE_BUSY_MS)
            _configure_sqlite(self._loop_engine, busy_ms=INLINE_BUSY_MS, on_driver=True)
            _configure_sqlite(
                self.heavy_engine.sync_engine, busy_ms=HEAVY_BUSY_MS, cache_kib=HEAVY_CACHE_KIB
            )
        self._writer = async_sessionmaker(self.engine, expire_on_commit=False)
        # A write that scans (the nightly RFM scores): on the heavy engine's thread, in
        # this process's queue of writers like any other.
        self._heavy_writer = async_sessionmaker(self.heavy_engine, expire_on_commit=False)
        # SQLite has one writer at a time. Writers of this process queue here, in order;
        # left to SQLite, each would poll its busy handler, which sleeps up to 100 ms
        # between tries: under load, writes stall for seconds. Other processes (a second
        # bot, `bot.py backup`) still meet busy_timeout.
        self._write_turn: asyncio.Lock | contextlib.nullcontext[None] = (
            asyncio.Lock() if self.is_sqlite else contextlib.nullcontext()
        )
        self._read_only = self.engine.execution_options(**{_READ_ONLY: True})
        self._reader = async_sessionmaker(self._read_only, expire_on_commit=False)
        self._heavy_reader = async_sessionmaker(
            self.heavy_engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )
        self._writes_failing = False
        self._outbox_listeners: list[Callable[[], None]] = []
        # SQLite: the one connection the reads of every message use (read_statement).
        self._pinned: Connection | None = None
        self._pinned_writer: Connection | None = None
        self._pinned_turn = asyncio.Lock()
        self._pinned_owner: asyncio.Task[Any] | None = None

    @property
    def dialect_name(self) -> str:
        return self.engine.dialect.name

    def on_outbox_queued(self, listener: Callable[[], None]) -> None:
        """Call `listener` after each commit that queued a message (the sender's wake-up)."""
        self._outbox_listeners.append(listener)

    @property
    def writes_failing(self) -> bool:
        """The last write could not be stored, and none has been since (/healthz says 503)."""
        return self._writes_failing

    def _storage_failed(self, exc: DBAPIError) -> None:
        if is_storage_failure(exc):
            if not self._writes_failing:
                log.error("the database cannot store writes: %s", exc.orig)
            self._writes_failing = True
            raise StorageUnavailable(str(exc.orig)) from exc

    @asynccontextmanager
    async def write(self, *, heavy: bool = False) -> AsyncIterator[AsyncSession]:
        """One transaction that commits on success and rolls back on any exception; a
        write the storage refuses raises StorageUnavailable. `heavy`: it may scan many
        rows, so on SQLite it runs off the event loop's thread."""
        maker = self._heavy_writer if heavy else self._writer
        try:
            async with self._write_turn, maker() as session, session.begin():
                yield session
        except DBAPIError as exc:
            self._storage_failed(exc)
            raise
        self._writes_failing = False
        if session.info.get(OUTBOX_QUEUED):
            for listener in self._outbox_listeners:
                listener()

    @asynccontextmanager
    async def write_statement(self) -> AsyncIterator[Statements]:
        """A write transaction on a plain connection, for a one-statement write on the hot
        path (the duplicate-update guard): no ORM session's bookkeeping and, on SQLite, a
        connection kept for it instead of a checkout from the pool."""
        try:
            async with self._write_turn:
                if self._loop_engine is None:
                    async with self.engine.begin() as connection:
                        yield Awaited(connection)
                else:
                    if self._pinned_writer is None or self._pinned_writer.invalidated:
                        self._pinned_writer = self._guard_connection(self._loop_engine)
                    with self._pinned_writer.begin():
                        yield OnLoopThread(self._pinned_writer)
        except DBAPIError as exc:
            self._storage_failed(exc)
            raise
        self._writes_failing = False

    @staticmethod
    def _guard_connection(engine: Engine) -> Connection:
        """SQLite: the connection write_statement keeps, whose commits are not waited onto
        the disk (synchronous=NORMAL). The WAL is written in order, so the fsync of any
        later FULL commit (every write an update then makes) carries them too: a power cut
        can lose only the id of an update that wrote nothing (a /balance), whose
        redelivery is then answered again. It spares each message a wait for the disk on
        the event loop."""
        connection = engine.connect()
        # On the driver's own connection: outside any transaction, as SQLite requires
        # (SQLAlchemy's connection would begin one first).
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA synchronous=NORMAL"
        )
        return connection

    @asynccontextmanager
    async def read(self, *, heavy: bool = False) -> AsyncIterator[AsyncSession]:
        """A transaction for reading only: on SQLite it does not take the write lock.
        `heavy`: it may scan many rows (statistics, segments, exports)."""
        maker = self._heavy_reader if heavy else self._reader
        async with maker() as session, session.begin():
            yield session

    @asynccontextmanager
    async def read_statement(self) -> AsyncIterator[Statements]:
        """A read transaction on a plain connection, for the reads of every message (who is
        writing, what they hold): Core statements built once, no ORM session to set up and
        tear down. On SQLite one connection is kept for them: its statements run on the
        loop's thread in microseconds, and a checkout from the pool, with its reset on
        return, cost more than the lookup (bench/hot_path.py)."""
        if self._loop_engine is None:
            async with self._read_only.connect() as connection, connection.begin():
                yield Awaited(connection)
            return
        task = asyncio.current_task()
        if self._pinned_owner is task and self._pinned is not None:
            yield OnLoopThread(self._pinned)  # asked again inside one: the same transaction
            return
        # Uncontended unless a caller awaits something slow inside; then the next waits
        # rather than join another task's transaction.
        async with self._pinned_turn:
            pinned = self._pinned
            if pinned is None or pinned.invalidated:
                pinned = self._loop_engine.execution_options(**{_READ_ONLY: True}).connect()
                self._pinned = pinned
            self._pinned_owner = task
            try:
                with pinned.begin():
                    yield OnLoopThread(pinned)
            finally:
                self._pinned_owner = None

    async def ping(self) -> None:
        """SELECT 1 off the event loop (SQLite: on the heavy engine's thread), so a database
        locked or stuck makes the caller's timeout fire instead of stalling the loop."""
        async with self._heavy_reader() as session, session.begin():
            await session.execute(text("SELECT 1"))

    async def create_schema(self) -> None:
        """For tests and throwaway databases; real databases go through `bot.py migrate`."""
        async with self.engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

    async def dispose(self) -> None:
        for pinned in (self._pinned, self._pinned_writer):
            if pinned is not None:
                pinned.close()
        self._pinned = self._pinned_writer = None
        if self._loop_engine is not None:
            self._loop_engine.dispose()
        await self.engine.dispose()
        if self.heavy_engine is not self.engine:
            await self.heavy_engine.dispose()


def _configure_sqlite(
    engine: Engine, *, busy_ms: int, cache_kib: int | None = None, on_driver: bool = False
) -> None:
    """`on_driver`: the engine's connections are sqlite3's own (the loop engine's), and BEGIN
    goes to them directly, as the hot path's statements do (bot/statements.py): through
    SQLAlchemy's execution it took twice as long, 30 us, at every transaction."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take over BEGIN from the driver so write transactions can ask for the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer. FULL: a commit is on disk before the staff
        # member is told "+45 points", power cut or not (NORMAL could lose the last ones);
        # bench/awards.py measures what it costs (README, Performance).
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Another process's write lock: waited for, up to this long, then "database is locked".
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        if cache_kib is not None:
            cursor.execute(f"PRAGMA cache_size=-{cache_kib}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred transaction that reads and then writes can fail with SQLITE_BUSY
        # without waiting when another writer got in between; IMMEDIATE takes the write
        # lock first, so concurrent writers queue on busy_timeout instead.
        read_only = conn.get_execution_options().get(_READ_ONLY, False)
        begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"
        if not on_driver:
            # Cut short, it is ended as the pool takes the connection back (a rollback).
            conn.exec_driver_sql(begin)
            return
        driver = conn.connection.dbapi_connection
        try:
            driver.execute(begin)  # type: ignore[union-attr]
        except sqlite3.Error as exc:
            # A BEGIN cut short (by the time limit, say) may leave SQLite inside the
            # transaction it was starting, as an interrupted BEGIN IMMEDIATE does.
            # SQLAlchemy saw none begin and ends none, and this connection is kept, not
            # returned to the pool (whose rollback would end it): every later BEGIN on it
            # would fail, and it would hold the write lock.
            if driver.in_transaction:  # type: ignore[union-attr]
                driver.rollback()  # type: ignore[union-attr]
            raise DBAPIError.instance(begin, (), exc, sqlite3.Error) from exc
