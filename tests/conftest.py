"""Fixtures: a real database per test (a fresh SQLite file, or the PostgreSQL server named by
DATABASE_URL, emptied), and the app built through the production composition root."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.db import Database
from bot.loyalty import Actor
from bot.program import Program
from bot.settings import Settings
from models import StaffRole
from tests.helpers.databases import (
    postgres_url,
    recreate_postgres_schema,
    reset_postgres,
    worker_database,
)
from tests.helpers.fake_graph import FakeGraph
from tests.helpers.fake_telegram import FakeTelegram
from tests.helpers.programmes import make_program

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 12:00 in Nairobi


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one test worker more than there are cores (then --maxprocesses caps it).
    Much of a test's time is spent waiting (for a bot process to start, for the database,
    for a fake server's reply), and a third worker uses what two leave idle: on 2 cores the
    PostgreSQL pass took 5:20 with three workers against 6:35 to 7:38 with two."""
    return (os.cpu_count() or 1) + 1


@pytest.fixture(scope="session")
def _postgres_schema() -> str | None:
    """Recreate the schema once per run; each test then only empties the tables."""
    url = postgres_url()
    if url is not None:
        url = asyncio.run(worker_database(url))
        asyncio.run(recreate_postgres_schema(url))
    return url


@pytest.fixture
async def database_url(tmp_path: Path, _postgres_schema: str | None) -> str:
    if _postgres_schema is not None:
        await reset_postgres(_postgres_schema)
        return _postgres_schema
    url = f"sqlite+aiosqlite:///{tmp_path / 'loyalty.db'}"
    db = Database(url)
    await db.create_schema()
    await db.dispose()
    return url


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def program() -> Program:
    return make_program()


@pytest.fixture
async def app(database_url: str, program: Program, clock: ManualClock) -> AsyncIterator[App]:
    async with open_app(Settings(database_url=database_url), program=program, clock=clock) as app:
        yield app


class Shop:
    """Small conveniences over the engine for arranging a scene."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.loyalty = app.loyalty
        self._seq = 0

    async def customer(self, name: str = "Amina", language: str = "sw", **kw: object) -> int:
        self._seq += 1
        reg = await self.loyalty.customers.register(
            "test",
            f"user-{self._seq}-{name}",
            language=language,
            name=name,
            **kw,  # type: ignore[arg-type]
        )
        return reg.customer_id

    async def earn(
        self, customer_id: int, amount: str, key: str | None = None, actor: Actor | None = None
    ) -> int:
        self._seq += 1
        result = await self.loyalty.purchases.record(
            customer_id, amount, idempotency_key=key or f"k{self._seq}", actor=actor
        )
        return result.points

    async def staff(
        self, role: StaffRole = StaffRole.STAFF, branch: str | None = "westlands"
    ) -> Actor:
        person = await self.customer(name=f"{role.value}-member", language="en")
        return await self.loyalty.staff.appoint(person, role, by=None, branch_key=branch)


@pytest.fixture
def shop(app: App) -> Shop:
    return Shop(app)


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    """A fake Bot API on loopback that accepts everything at any rate."""
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def limited_telegram() -> AsyncIterator[FakeTelegram]:
    """A fake Bot API that enforces Telegram's limits (30/s overall, 1/s per chat)."""
    server = FakeTelegram(enforce_limits=True)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraph]:
    """A fake WhatsApp Cloud API (Graph API) on loopback."""
    server = FakeGraph()
    await server.start()
    yield server
    await server.stop()
