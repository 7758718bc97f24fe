"""What the hot path's transactions hand out (Database.read_statement, write_statement):
Core statements on one connection, awaited alike on both databases.

On PostgreSQL the connection is SQLAlchemy's asyncio one. On SQLite it is a plain,
synchronous SQLAlchemy connection used on the event loop's thread: the statements already
run there (bot/db.py), and the asyncio layer's hand-offs to a greenlet and back, several
per statement, cost more than the indexed lookups themselves: who is writing and what they
hold took 0.26 ms that way, 0.09 ms this way (bench/hot_path.py). Rows are read before the
transaction ends, as with any result.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import Connection, CursorResult, Executable, ScalarResult
from sqlalchemy.ext.asyncio import AsyncConnection

Parameters = Mapping[str, Any] | None


class Statements(Protocol):
    async def execute(
        self, statement: Executable, parameters: Parameters = None
    ) -> CursorResult[Any]:
        """The statement's result (rows, or rowcount for a write)."""

    async def scalar(self, statement: Executable, parameters: Parameters = None) -> Any:
        """The first column of the first row, or None."""

    async def scalars(
        self, statement: Executable, parameters: Parameters = None
    ) -> ScalarResult[Any]:
        """The first column of every row."""


class OnLoopThread:
    """SQLite: a synchronous connection, its statements run as they are awaited."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    async def execute(
        self, statement: Executable, parameters: Parameters = None
    ) -> CursorResult[Any]:
        return self._connection.execute(statement, parameters)

    async def scalar(self, statement: Executable, parameters: Parameters = None) -> Any:
        return self._connection.scalar(statement, parameters)

    async def scalars(
        self, statement: Executable, parameters: Parameters = None
    ) -> ScalarResult[Any]:
        return self._connection.scalars(statement, parameters)


class Awaited:
    """PostgreSQL: SQLAlchemy's asyncio connection."""

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection

    async def execute(
        self, statement: Executable, parameters: Parameters = None
    ) -> CursorResult[Any]:
        return await self._connection.execute(statement, parameters)

    async def scalar(self, statement: Executable, parameters: Parameters = None) -> Any:
        return await self._connection.scalar(statement, parameters)

    async def scalars(
        self, statement: Executable, parameters: Parameters = None
    ) -> ScalarResult[Any]:
        return await self._connection.scalars(statement, parameters)
