"""Broadcast throughput: N recipients through the outbox to a local fake Bot API that
enforces Telegram's limits (30 messages in any second, 1 per second per chat).

Prints the achieved rate as a fraction of the cap (target: at least 0.97), the 429s the
bot caused, and the duplicates. Usage:

    python bench/broadcast.py [--recipients 10000] [--cap 30]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import open_app
from bot.migrate import upgrade
from bot.rate_limit import RateLimiter
from bot.settings import Settings
from models import StaffRole
from tests.helpers.fake_telegram import FakeTelegram


async def run(recipients: int, cap: int) -> int:
    fake = FakeTelegram(enforce_limits=True)
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        await asyncio.to_thread(upgrade, url)
        settings = Settings(
            database_url=url, telegram_bot_token=fake.token, telegram_api_base=fake.base
        )
        async with open_app(settings) as app:
            channel = app.telegram()
            owner = await app.loyalty.customers.register("telegram", "1", language="en")
            actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
            for i in range(recipients):
                await app.loyalty.customers.register(
                    "telegram", str(100_000 + i), language="sw", marketing_consent=True
                )
            campaign = await app.loyalty.campaigns.create(
                "bench", "all", {"sw": "Ofa ya leo!"}, actor=actor, holdout_percent=0
            )
            await app.loyalty.campaigns.enqueue(campaign)

            # The sender's own outbox, at `cap` a second, whatever the hour in Nairobi.
            outbox = app.outbox(limiter=RateLimiter(cap), quiet_hours=False)
            started = time.monotonic()
            await outbox.drain()
            elapsed = time.monotonic() - started
            report = await app.loyalty.campaigns.report(campaign)
            await channel.close()
    await fake.stop()
    chats = Counter(c.params["chat_id"] for c in fake.calls if c.method == "sendMessage")
    duplicates = sum(n - 1 for n in chats.values() if n > 1)
    sent = sum(chats.values())
    # The first `cap` messages may leave at once; the rate is over the rest.
    rate = (sent - cap) / elapsed if elapsed > 0 and sent > cap else float("nan")
    print(f"command: python bench/broadcast.py --recipients {recipients} --cap {cap}")
    statuses = {status.value: count for status, count in report.counts.items()}
    print(f"recipients {recipients}, sent {sent}, statuses {statuses}")
    print(
        f"elapsed {elapsed:.1f} s, achieved {rate:.2f} msg/s = {rate / cap:.3f} of the {cap}/s cap"
    )
    arrivals = fake.accepted_at
    if len(arrivals) > 2 * cap:
        steady = (len(arrivals) - 1 - cap) / (arrivals[-1] - arrivals[cap])
        print(
            f"steady rate at the platform (after the first {cap}): {steady:.2f} msg/s = {steady / cap:.3f} of the cap"
        )
    print(f"429s caused by the bot: {fake.too_many}, duplicates: {duplicates}")
    return 0 if fake.too_many == 0 and duplicates == 0 and sent == recipients else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--cap", type=int, default=30)
    args = parser.parse_args()
    return asyncio.run(run(args.recipients, args.cap))


if __name__ == "__main__":
    sys.exit(main())
