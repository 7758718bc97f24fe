"""Meta's webhook answered at once: the update is kept (one INSERT) and answered, then
handled; a slow database or a slow reply never holds the answer up, and an update kept by
a process that died before handling it is handled by the next one."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select

from bot.app import App
from bot.channels.whatsapp import WhatsAppChannel
from bot.clock import ManualClock
from bot.inbox import Inbox
from models import InboundUpdate
from tests.helpers.fake_graph import FakeGraph, FakeMeta


@pytest.fixture
async def meta(live: tuple[App, WhatsAppChannel]) -> AsyncIterator[FakeMeta]:
    _, channel = live
    application = web.Application()
    channel.register(application)
    async with TestServer(application) as server:
        yield FakeMeta(str(server.make_url("/whatsapp/webhook")))


async def _waiting(app: App) -> int:
    async with app.db.read() as session:
        return int(
            await session.scalar(
                select(func.count(InboundUpdate.id)).where(InboundUpdate.handled_at.is_(None))
            )
            or 0
        )


async def test_a_burst_is_answered_at_once_while_replies_are_slow_and_the_database_busy(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, meta: FakeMeta
) -> None:
    app, _ = live
    graph.delay = 3.0  # each answer to a customer takes Meta 3 s to accept
    people = [f"25471200{n:04d}" for n in range(20)]

    async def timed(wa_id: str) -> tuple[int, float]:
        began = time.perf_counter()
        status, _ = await meta.post(meta.text(wa_id, "salio"))
        return status, time.perf_counter() - began

    async def busy_database() -> None:  # another writer holds the write lock for a second
        async with app.db.write():
            await asyncio.sleep(1.0)

    holder = asyncio.create_task(busy_database())
    await asyncio.sleep(0.05)
    answers = await asyncio.gather(*(timed(wa_id) for wa_id in people))
    await holder
    assert {status for status, _ in answers} == {200}
    # Answered once the write lock was free (about 1 s), never after the 3 s replies.
    assert max(seconds for _, seconds in answers) < 2.5, answers
    for wa_id in people:  # and every one handled afterwards: each person is answered
        await graph.wait_for(1, wa_id, within=30)
    for _ in range(100):
        if not await _waiting(app):
            break
        await asyncio.sleep(0.05)
    assert await _waiting(app) == 0


async def test_an_update_kept_by_a_process_that_died_is_handled_by_the_next(
    clock: ManualClock, graph: FakeGraph, live: tuple[App, WhatsAppChannel]
) -> None:
    app, channel = live
    meta = FakeMeta("unused")
    # The first process kept the update, answered Meta, and died before handling it.
    kept = await Inbox(app.db, clock).keep("whatsapp", _body(meta.text("254712009999", "menu")))
    assert await _waiting(app) == 1
    clock.advance(seconds=31)
    application = web.Application()
    channel.register(application)
    async with TestServer(application):  # the next process starts: it looks at once
        await graph.wait_for(1, "254712009999", within=20)
        for _ in range(100):
            if not await _waiting(app):
                break
            await asyncio.sleep(0.05)
    assert await _waiting(app) == 0
    async with app.db.read() as session:
        row = await session.get_one(InboundUpdate, kept)
    assert row.handled_at is not None and row.attempts == 1
    assert row.body == b""  # a customer's words are not kept once answered


def _body(payload: dict[str, object]) -> bytes:
    return json.dumps(payload).encode()
