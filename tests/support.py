"""Helpers shared by tests: programme variants and database plumbing."""

from __future__ import annotations

import asyncio
import copy
import os
import subprocess
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web
from sqlalchemy import text

from bot.app import App
from bot.chat_types import Reply
from bot.db import Database
from bot.jobs.outbox import Outbox, Send
from bot.loyalty.ledger import ledger_sum
from bot.program import Program, parse_program
from bot.rate_limit import RateLimiter
from bot.settings import EXAMPLE_PROGRAM, PROJECT_DIR, Settings
from models import Base

if TYPE_CHECKING:  # tests.fake_telegram imports this module
    from tests.fake_telegram import FakeTelegram


def example_data() -> dict[str, Any]:
    return tomllib.loads(EXAMPLE_PROGRAM.read_text("utf-8"))


def make_program(**overrides: Any) -> Program:
    """The shipped example with sections overridden, e.g. make_program(limits={...})."""
    data = copy.deepcopy(example_data())
    for section, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(section), dict):
            data[section] = {**data[section], **value}
        else:
            data[section] = value
    return parse_program(data, "test-program")


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


# Settings a developer's shell may carry that must not leak into a bot started by a test.
_BOT_SETTINGS = frozenset(
    {
        "DATABASE_URL",
        "PROGRAM_FILE",
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_BASE",
        "TELEGRAM_WEBHOOK_URL",
        "TELEGRAM_WEBHOOK_SECRET",
        "WHATSAPP_PHONE_NUMBER_ID",
        "WHATSAPP_ACCESS_TOKEN",
        "WHATSAPP_APP_SECRET",
        "WHATSAPP_VERIFY_TOKEN",
        "WHATSAPP_API_BASE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
    }
)
BOT_PY = (sys.executable, str(PROJECT_DIR / "bot.py"))


def bot_env(**settings: str) -> dict[str, str]:
    """This process's environment without any bot setting of its own, plus `settings`."""
    environment = {k: v for k, v in os.environ.items() if k not in _BOT_SETTINGS}
    environment.update(settings)
    return environment


def run_bot(
    *args: str, cwd: Path, stdin: str | None = None, **settings: str
) -> subprocess.CompletedProcess[str]:
    """`python bot.py <args>` as a user would run it, in `cwd`, to completion."""
    return subprocess.run(
        [*BOT_PY, *args],
        cwd=cwd,
        env=bot_env(**settings),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def make_outbox(
    app: App,
    send: Send,
    *,
    batch: int = 200,
    limiter: RateLimiter | None = None,
) -> Outbox:
    """The production outbox on the app's clock, renderer and quiet hours, sending through
    `send`, with a limiter that does not slow a test down unless one is given."""
    program = app.program
    return Outbox(
        app.db,
        app.clock,
        send,
        limiter or RateLimiter(10_000, per_chat_interval=0),
        app.renderer,
        quiet=lambda now: program.messages.quiet_at(now, program.shop.tz),
        batch=batch,
    )


async def drain_outbox(app: App, *, batch: int = 200) -> dict[int, list[Reply]]:
    """Send what the outbox holds that is due now (quiet hours respected), recording it:
    the messages each customer received, in order."""
    received: dict[int, list[Reply]] = {}

    async def send(customer_id: int, reply: Reply) -> None:
        received.setdefault(customer_id, []).append(reply)

    outbox = make_outbox(app, send, batch=batch)
    while await outbox.pump():
        pass
    await outbox.finish_campaigns()
    return received


async def serve_on_loopback(app: web.Application) -> tuple[web.AppRunner, int]:
    """Start a test server (a fake platform API) on a free loopback port."""
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, int(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]


def texts(received: dict[int, list[Reply]]) -> dict[int, list[str]]:
    return {customer: [r.text for r in replies] for customer, replies in received.items()}


def program_without_quiet_hours(tmp_path: Path) -> Path:
    """The example programme as a file in `tmp_path`, with quiet hours off: tests that run
    a real bot process run at any hour, and the example's 21:00-08:00 would hold messages."""
    text = EXAMPLE_PROGRAM.read_text("utf-8")
    text = text.replace("quiet_start = 21:00:00", "quiet_start = 00:00:00")
    text = text.replace("quiet_end = 08:00:00", "quiet_end = 00:00:00")
    path = tmp_path / "program.toml"
    path.write_text(text, "utf-8")
    return path


async def until(condition: Callable[[], bool], within: float) -> None:
    """Wait until `condition()` holds, checking every 50 ms; TimeoutError after `within` s."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.05)


def messages_per_chat(fake: FakeTelegram, first_chat: int) -> Counter[int]:
    """How many sendMessage calls the fake Bot API got for each chat id from `first_chat`
    up (the customers of a test, whose ids start there)."""
    return Counter(
        int(c.params["chat_id"])
        for c in fake.sent(method="sendMessage")
        if int(c.params["chat_id"]) >= first_chat
    )
