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
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite
from sqlalchemy import event
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

from models import Base

log = logging.getLogger(__name__)

_READ_ONLY = "loyalty_read_only"
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


def _inline_sqlite(url: str) -> Callable[..., Any]:
    path = make_url(url).database or ":memory:"

    def connector() -> sqlite3.Connection:
        # Made on aiosqlite's thread, used on the loop's: sqlite3 must allow that.
        return sqlite3.connect(path, check_same_thread=False)

    async def create(*_: Any, **__: Any) -> aiosqlite.Connection:
        connection = _InlineConnection(connector, iter_chunk_size=64)
        connection._thread.daemon = True  # as SQLAlchemy does for aiosqlite's own
        return await connection

    return create


class Database:
    """Owns the engine; hands out sessions that are either a write or a read transaction."""

    def __init__(self, url: str, *, echo: bool = False, pool_size: int = 10) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        options: dict[str, Any] = {"echo": echo}
        if not self.is_sqlite:
            options |= {"pool_size": pool_size, "max_overflow": pool_size, "pool_pre_ping": True}
        self.engine: AsyncEngine = create_async_engine(
            url, **options, **({"async_creator": _inline_sqlite(url)} if self.is_sqlite else {})
        )
        # Reads that may take long: on their own thread (SQLite), so customers' replies do
        # not wait behind them. On PostgreSQL nothing blocks the loop: the same engine.
        self.heavy_engine: AsyncEngine = (
            create_async_engine(url, **options) if self.is_sqlite else self.engine
        )
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            _configure_sqlite(self.heavy_engine)
        self._writer = async_sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Writers of this process queue here, in order;
        # left to SQLite, each would poll its busy handler, which sleeps up to 100 ms
        # between tries: under load, writes stall for seconds. Other processes (a second
        # bot, `bot.py backup`) still meet busy_timeout.
        self._write_turn: asyncio.Lock | contextlib.nullcontext[None] = (
            asyncio.Lock() if self.is_sqlite else contextlib.nullcontext()
        )
        self._reader = async_sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )
        self._heavy_reader = async_sessionmaker(
            self.heavy_engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )
        self._writes_failing = False
        self._outbox_listeners: list[Callable[[], None]] = []

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
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One transaction that commits on success and rolls back on any exception; a
        write the storage refuses raises StorageUnavailable."""
        try:
            async with self._write_turn, self._writer() as session, session.begin():
                yield session
        except DBAPIError as exc:
            self._storage_failed(exc)
            raise
        self._writes_failing = False
        if session.info.get(OUTBOX_QUEUED):
            for listener in self._outbox_listeners:
                listener()

    @asynccontextmanager
    async def write_statement(self) -> AsyncIterator[AsyncConnection]:
        """A write transaction on a plain connection, for a one-statement write on the hot
        path (the duplicate-update guard): half the cost of an ORM session's bookkeeping."""
        try:
            async with self._write_turn, self.engine.begin() as connection:
                yield connection
        except DBAPIError as exc:
            self._storage_failed(exc)
            raise
        self._writes_failing = False

    @asynccontextmanager
    async def read(self, *, heavy: bool = False) -> AsyncIterator[AsyncSession]:
        """A transaction for reading only: on SQLite it does not take the write lock.
        `heavy`: it may scan many rows (statistics, segments, exports)."""
        maker = self._heavy_reader if heavy else self._reader
        async with maker() as session, session.begin():
            yield session

    async def create_schema(self) -> None:
        """For tests and throwaway databases; real databases go through `bot.py migrate`."""
        async with self.engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.heavy_engine is not self.engine:
            await self.heavy_engine.dispose()


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take over BEGIN from the driver so write transactions can ask for the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer; NORMAL sync is durable across app crashes
        # and only loses the last commits on power loss, the usual trade for WAL.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Writers queue for up to 30 s instead of failing at once with "database is locked".
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred transaction that reads and then writes can fail with SQLITE_BUSY
        # without waiting when another writer got in between; IMMEDIATE takes the write
        # lock first, so concurrent writers queue on busy_timeout instead.
        read_only = conn.get_execution_options().get(_READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
