"""Where each millisecond of a `/balance` goes, measured inside whole updates.

In this process, through the bot's own composition root, on an SQLite database of N
customers (bench/fill.py), with a local fake Bot API on loopback (tests/helpers): each
update is a webhook's body fed to aiogram's dispatcher, one at a time, for random
customers. Timers wrapped around the bot's own steps (this benchmark's instrumentation,
nothing the bot carries) split each update into:

- guard: the duplicate-update guard (one INSERT, committed);
- identity: who is writing (channel identity to customer);
- summary: what the customer holds (points, tier, stamps, expiry);
- words: routing and the reply in the customer's language (the conversation's answer,
  less the identity and the summary);
- send: aiogram's sendMessage to the fake and its answer parsed (the fake's own work, in
  this process, included);
- aiogram: the rest of the update: parsing the body, the dispatcher, its middlewares.

Each part is timed inside the whole update, not in a loop of its own: parts run alone
keep the processor's caches warm and come out a third faster than they are in a real
update. The README's table "where each millisecond goes" comes from this command:

    python bench/hot_path.py [--customers 100000] [--samples 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram.types import Update

from bench.fill import CHAT_BASE, fill
from bench.updates import chat_update
from bot.app import open_app
from bot.channels.telegram import TelegramChannel
from bot.loyalty.customers import CustomerService
from bot.loyalty.summary import SummaryService
from bot.settings import Settings
from bot.state import UpdateGuard
from handlers.router import Conversation
from tests.helpers.fake_telegram import FakeTelegram


class Timers:
    """Wraps methods of the bot's classes with a timer for the time this benchmark runs."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self._undo: list[tuple[type, str, Callable[..., Any]]] = []

    def wrap(self, name: str, owner: type, method: str) -> None:
        original = getattr(owner, method)
        spent = self.times.setdefault(name, [])

        @functools.wraps(original)
        async def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                spent.append((time.perf_counter() - start) * 1000)

        setattr(owner, method, timed)
        self._undo.append((owner, method, original))

    def restore(self) -> None:
        for owner, method, original in reversed(self._undo):
            setattr(owner, method, original)

    def clear(self) -> None:
        for spent in self.times.values():
            spent.clear()


async def measure(path: Path, samples: int, customers: int) -> dict[str, float]:
    fake = FakeTelegram()
    await fake.start()
    os.environ |= {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE": fake.base}
    settings = Settings(database_url=f"sqlite+aiosqlite:///{path}")
    rng = random.Random(7)
    users = [CHAT_BASE + rng.randint(2, customers) for _ in range(samples)]
    first_id = int(time.time() * 1000) % 10**12  # ids never seen, even on a kept database
    timers = Timers()
    timers.wrap("guard", UpdateGuard, "first_time")
    timers.wrap("identity", CustomerService, "find_by_identity")
    timers.wrap("summary", SummaryService, "summary")
    timers.wrap("answer", Conversation, "handle")
    timers.wrap("send", TelegramChannel, "send")
    whole: list[float] = []
    try:
        async with open_app(settings) as app:
            telegram = app.telegram()
            await telegram.prepare()
            for i, user in enumerate(users):
                if i == 50:  # after a warm-up: statements compiled, caches and connections
                    timers.clear()
                    whole.clear()
                update = Update.model_validate(chat_update(first_id + i, user, "/balance"))
                start = time.perf_counter()
                await telegram.dispatcher.feed_update(telegram.bot, update)
                whole.append((time.perf_counter() - start) * 1000)
            await telegram.close()
    finally:
        timers.restore()
        await fake.stop()
    if len(timers.times["send"]) != len(whole):
        raise RuntimeError("an update was not answered with one message")
    answer = timers.times["answer"]
    per_update = {
        "guard": timers.times["guard"],
        "identity": timers.times["identity"],
        "summary": timers.times["summary"],
        "words": [
            a - i - s
            for a, i, s in zip(
                answer, timers.times["identity"], timers.times["summary"], strict=True
            )
        ],
        "send": timers.times["send"],
        "aiogram": [
            w - g - a - s
            for w, g, a, s in zip(
                whole, timers.times["guard"], answer, timers.times["send"], strict=True
            )
        ],
        "whole": whole,
    }
    return {name: statistics.median(values) for name, values in per_update.items()}


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument(
        "--database", type=Path, default=None, help="an SQLite file to keep (filled if missing)"
    )
    args = parser.parse_args()
    print(
        f"command: python bench/hot_path.py --customers {args.customers} --samples {args.samples}"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or Path(folder) / "shop.db"
        if not path.exists():
            await asyncio.to_thread(fill, path, args.customers)
        result = await measure(path, args.samples, args.customers)
    rows = (
        ("guard", "duplicate-update guard (one INSERT, committed)"),
        ("identity", "who is writing"),
        ("summary", "what the customer holds"),
        ("words", "routing and the reply in their language"),
        ("send", "sendMessage to the fake Bot API, its answer parsed"),
        ("aiogram", "the rest: aiogram's dispatcher and middlewares"),
        ("whole", "the whole update, from the parsed body to the reply sent"),
    )
    print("| part | median ms | what |")
    print("| --- | --- | --- |")
    for key, what in rows:
        print(f"| {key} | {result[key]:.3f} | {what} |")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
