"""Concurrent purchase awards, as from many tills at once: awards committed a second, their
latency, and a check that no update was lost (every customer's cached balance equals the
sum of their ledger, and every award made is in the ledger once).

Half the tills serve a small group of regulars, so awards to the same customer really
collide; the rest serve anyone. Baseline, in the same run: the same awards from one till
at a time. Usage:

    python bench/awards.py [--customers 10000] [--tills 32] [--seconds 10] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from typing import Any

from sqlalchemy import event, func, select

from bench.fill import fill
from bot.app import App, open_app
from bot.loyalty import Actor
from bot.settings import Settings
from models import Customer, LedgerEntry, StaffRole

REGULARS = 20


async def tills(
    app: App, actor: Actor, customers: int, count: int, seconds: float, tag: str
) -> tuple[int, list[float]]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def till(n: int) -> None:
        rng = random.Random(f"{tag}-{n}")
        receipt = 0
        while time.perf_counter() < deadline:
            customer = rng.randint(2, REGULARS + 1) if n % 2 else rng.randint(2, customers)
            receipt += 1
            start = time.perf_counter()
            await app.loyalty.purchases.record(
                customer, "1200", idempotency_key=f"{tag}-till{n}-{receipt}", actor=actor
            )
            latencies.append((time.perf_counter() - start) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(till(n) for n in range(count)))
    return int(len(latencies) / (time.perf_counter() - began)), latencies


def describe(name: str, rate: int, latencies: list[float]) -> None:
    p99 = statistics.quantiles(latencies, n=100)[98]
    print(
        f"{name:<16} {rate:6d} awards/s, p50 {statistics.median(latencies):6.2f} ms, "
        f"p99 {p99:7.2f} ms ({len(latencies)} awards)"
    )


async def lost_updates(app: App) -> int:
    """Customers whose cached balance is not the sum of their ledger."""
    async with app.db.read(heavy=True) as session:
        sums = (
            select(LedgerEntry.customer_id, func.sum(LedgerEntry.amount).label("total"))
            .group_by(LedgerEntry.customer_id)
            .subquery()
        )
        wrong = await session.scalar(
            select(func.count())
            .select_from(Customer)
            .join(sums, sums.c.customer_id == Customer.id)
            .where(sums.c.total != Customer.points_balance)
        )
    return int(wrong or 0)


async def durability_cost(app: App, actor: Actor, customers: int, seconds: float) -> None:
    """What synchronous=FULL (every commit on disk before anyone is told) costs against
    NORMAL (WAL's usual trade: the last commits may be lost on a power cut), one till."""
    full, full_latencies = await tills(app, actor, customers, 1, seconds, "full")
    describe("FULL, one till", full, full_latencies)

    @event.listens_for(app.db.engine.sync_engine, "connect")
    def _normal(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.cursor().execute("PRAGMA synchronous=NORMAL")

    await app.db.engine.dispose()  # reconnect, now with NORMAL
    normal, normal_latencies = await tills(app, actor, customers, 1, seconds, "normal")
    describe("NORMAL, one till", normal, normal_latencies)
    print(f"durability: synchronous=FULL runs at {full / normal:.2f}x NORMAL's rate")


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--tills", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--database-url", default=None, help="an empty, migrated database")
    args = parser.parse_args()
    print(
        f"command: python bench/awards.py --customers {args.customers} --tills {args.tills} "
        f"--seconds {args.seconds:g}" + (" --database-url ..." if args.database_url else "")
    )
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url
        if url is None:
            path = Path(folder) / "shop.db"
            await asyncio.to_thread(fill, path, args.customers)
            url = f"sqlite+aiosqlite:///{path}"
        async with open_app(Settings(database_url=url)) as app:
            if args.database_url:
                for n in range(args.customers):
                    await app.loyalty.customers.register("bench", str(n), language="en")
            actor = await app.loyalty.staff.appoint(1, StaffRole.STAFF, by=None)
            async with app.db.read() as session:
                before = int(await session.scalar(select(func.count(LedgerEntry.id))) or 0)
            rate_one, one = await tills(app, actor, args.customers, 1, args.seconds / 2, "one")
            describe("one till", rate_one, one)
            rate_many, many = await tills(
                app, actor, args.customers, args.tills, args.seconds, "many"
            )
            describe(f"{args.tills} tills", rate_many, many)
            async with app.db.read() as session:
                after = int(await session.scalar(select(func.count(LedgerEntry.id))) or 0)
            awarded = len(one) + len(many)
            wrong = await lost_updates(app)
            if app.db.is_sqlite:
                await durability_cost(app, actor, args.customers, args.seconds / 2)
    print(f"ratio: {rate_many / rate_one:.2f}x one till's rate with {args.tills} tills")
    print(
        f"ledger rows written {after - before} for {awarded} awards; customers whose "
        f"balance is not their ledger's sum: {wrong} (no lost update: "
        f"{'yes' if wrong == 0 and after - before >= awarded else 'NO'})"
    )
    return 0 if wrong == 0 and after - before >= awarded else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
