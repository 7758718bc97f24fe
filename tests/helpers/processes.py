"""Real bot processes and loopback servers: environments, waiting, counting what arrived."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web

from bot.settings import PROJECT_DIR

if TYPE_CHECKING:  # tests.helpers.fake_telegram imports this module
    from tests.helpers.fake_telegram import FakeTelegram


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


def modules_imported(report: str) -> set[str]:
    """The modules in a `python -X importtime` report (PYTHONPROFILEIMPORTTIME=1 writes it
    to stderr, one line per module imported)."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in report.splitlines()
        if line.startswith("import time:") and "|" in line
    }


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


async def serve_on_loopback(app: web.Application) -> tuple[web.AppRunner, int]:
    """Start a test server (a fake platform API) on a free loopback port."""
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, int(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]


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
