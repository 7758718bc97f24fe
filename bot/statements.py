"""What the hot path's transactions hand out (Database.read_statement, write_statement):
Core statements on one connection, awaited alike on both databases.

On PostgreSQL the connection is SQLAlchemy's asyncio one. On SQLite it is a plain,
synchronous SQLAlchemy connection used on the event loop's thread: the statements already
run there (bot/db.py), and the asyncio layer's hand-offs to a greenlet and back, several
per statement, cost more than the indexed lookups themselves: who is writing and what they
hold took 0.26 ms that way, 0.09 ms this way (bench/hot_path.py). Rows are read before the
transaction ends, as with any result.

On SQLite a statement run a second time is run as SQLAlchemy compiled it the first time,
straight on the driver's cursor (Prepared): SQLAlchemy's own execution looks the compiled
form up again by hashing the statement's whole structure and builds an execution context
around each call, 50 us for who is writing, where the lookup itself takes 9 us. Statements
built at each call (and any the fast way cannot take) keep going through SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

from sqlalchemy import Connection, Executable
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import SelectBase

Parameters = Mapping[str, Any] | None
Processor = Callable[[Any], Any] | None


class Result(Protocol):
    """A statement's outcome, as SQLAlchemy's CursorResult and Prepared's Rows both give it."""

    @property
    def rowcount(self) -> int:
        """Rows a write changed."""

    def first(self) -> Any:
        """The first row, or None."""

    def __iter__(self) -> Iterator[Any]:
        """Every row."""


class Statements(Protocol):
    async def execute(self, statement: Executable, parameters: Parameters = None) -> Result:
        """The statement's result (rows, or rowcount for a write)."""

    async def scalar(self, statement: Executable, parameters: Parameters = None) -> Any:
        """The first column of the first row, or None."""


class Rows:
    """A result read at once: its rows (named tuples, as SQLAlchemy's rows read by name or
    place) and, for a write, how many rows it changed."""

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class Prepared:
    """A statement as SQLAlchemy compiled it for SQLite, with its types' conversions for
    the values bound and the columns read, run on the driver's cursor."""

    def __init__(self, statement: Executable, compiled: SQLCompiler) -> None:
        dialect = compiled.dialect
        self.sql = compiled.string
        binds = [compiled.binds[name] for name in compiled.positiontup or ()]
        self._names = tuple(bind.key for bind in binds)
        # Values written into the statement itself (where(x == 5)): bound as it was built.
        self._fixed = {bind.key: bind.effective_value for bind in binds if not bind.required}
        self._binds: tuple[Processor, ...] = tuple(
            bind.type.dialect_impl(dialect).bind_processor(dialect) for bind in binds
        )
        self._row: Callable[..., Any] | None = None
        self._results: tuple[Processor, ...] = ()
        if isinstance(statement, SelectBase):
            columns = statement.selected_columns
            self._row = namedtuple("Row", list(columns.keys()), rename=True)  # type: ignore[misc]
            self._results = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in columns
            )

    @staticmethod
    def possible(statement: Executable, compiled: SQLCompiler) -> bool:
        """A SELECT of known columns, or a write that returns none; its bound values in the
        order written, and none that SQLAlchemy rewrites the SQL for at each execution (an
        "expanding" IN list). Anything else (text, RETURNING) is left to SQLAlchemy."""
        known = isinstance(statement, SelectBase) or (
            isinstance(statement, UpdateBase) and not compiled.effective_returning
        )
        return known and compiled.positiontup is not None and "POSTCOMPILE" not in compiled.string

    def values(self, parameters: Parameters) -> tuple[Any, ...]:
        given = parameters or {}
        out = []
        for name, convert in zip(self._names, self._binds, strict=True):
            value = given[name] if name in given else self._fixed[name]
            out.append(value if convert is None else convert(value))
        return tuple(out)

    def run(self, cursor: Any, parameters: Parameters) -> Rows:
        """On `cursor`, the driver's (sqlite3's) own."""
        values = self.values(parameters)
        try:
            cursor.execute(self.sql, values)
            raw = cursor.fetchall()
        except sqlite3.Error as exc:
            # As SQLAlchemy raises it (IntegrityError, OperationalError...), so callers and
            # Database's storage checks see the same exceptions either way.
            raise DBAPIError.instance(self.sql, values, exc, sqlite3.Error) from exc
        if self._row is None:
            return Rows([], cursor.rowcount)
        make, results = self._row, self._results
        rows = [
            make(*(v if p is None else p(v) for p, v in zip(results, r, strict=True))) for r in raw
        ]
        return Rows(rows, cursor.rowcount)


class OnLoopThread:
    """SQLite: a synchronous connection, its statements run as they are awaited."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    async def execute(self, statement: Executable, parameters: Parameters = None) -> Result:
        prepared = _prepared(self._connection, statement)
        if prepared is None:
            return self._connection.execute(statement, parameters)
        cursor = self._connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            return prepared.run(cursor, parameters)
        finally:
            cursor.close()

    async def scalar(self, statement: Executable, parameters: Parameters = None) -> Any:
        row = (await self.execute(statement, parameters)).first()
        return None if row is None else row[0]


# Statements run once (kept by SQLAlchemy's way), then those run again, prepared; None where
# the fast way cannot take one. Weak: a statement built for one call leaves with it.
_seen: weakref.WeakSet[Executable] = weakref.WeakSet()
_ready: weakref.WeakKeyDictionary[Executable, Prepared | None] = weakref.WeakKeyDictionary()


def _prepared(connection: Connection, statement: Executable) -> Prepared | None:
    try:
        return _ready[statement]
    except KeyError:
        pass
    if statement not in _seen or connection.engine.echo:
        _seen.add(statement)
        return None
    compiled = (
        statement.compile(dialect=connection.dialect)
        if isinstance(statement, ClauseElement)
        else None
    )
    ready = (
        Prepared(statement, compiled)
        if isinstance(compiled, SQLCompiler) and Prepared.possible(statement, compiled)
        else None
    )
    _ready[statement] = ready
    return ready


class Awaited:
    """PostgreSQL: SQLAlchemy's asyncio connection."""

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection

    async def execute(self, statement: Executable, parameters: Parameters = None) -> Result:
        return await self._connection.execute(statement, parameters)

    async def scalar(self, statement: Executable, parameters: Parameters = None) -> Any:
        return await self._connection.scalar(statement, parameters)
