"""Purchases through the till API against the same purchases through the engine directly,
in one run: 8 tills (each a keep-alive HTTP client with its own receipts) for some seconds,
then 8 tills calling the engine in the process. The ratio is what HTTP, JSON, the key's
lookup and the audit of the call cost. Client and server share one process and event loop
here, so the API's figure also pays for the client. Usage:

    python bench/api.py [--customers 10000] [--tills 8] [--seconds 10] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
from aiohttp import web
from sqlalchemy import select

from bench.awards import describe
from bench.fill import fill
from bot.app import App, open_app
from bot.loyalty import Actor
from bot.settings import Settings
from bot.web.api import register_api
from models import Customer, StaffRole


async def _codes(app: App) -> list[str]:
    async with app.db.read() as session:
        return list(
            (await session.scalars(select(Customer.member_code).where(Customer.id > 1))).all()
        )


async def engine_tills(
    app: App, actor: Actor, ids: int, tills: int, seconds: float
) -> tuple[int, list[float]]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def till(n: int) -> None:
        rng, receipt = random.Random(f"engine-{n}"), 0
        while time.perf_counter() < deadline:
            receipt += 1
            start = time.perf_counter()
            await app.loyalty.purchases.record(
                rng.randint(2, ids), "1200", idempotency_key=f"e-{n}-{receipt}", actor=actor
            )
            latencies.append((time.perf_counter() - start) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(till(n) for n in range(tills)))
    return int(len(latencies) / (time.perf_counter() - began)), latencies


async def api_tills(
    port: int, key: str, codes: list[str], tills: int, seconds: float
) -> tuple[int, list[float]]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    headers = {"Authorization": f"Bearer {key}"}
    url = f"http://127.0.0.1:{port}/api/v1/purchases"

    async def till(n: int) -> None:
        rng, receipt = random.Random(f"api-{n}"), 0
        async with aiohttp.ClientSession(headers=headers) as http:
            while time.perf_counter() < deadline:
                receipt += 1
                body = {"member": rng.choice(codes), "amount": "1200", "receipt": f"T{n}-{receipt}"}
                start = time.perf_counter()
                async with http.post(url, json=body) as answer:
                    assert answer.status == 201, await answer.text()
                    await answer.read()
                latencies.append((time.perf_counter() - start) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(till(n) for n in range(tills)))
    return int(len(latencies) / (time.perf_counter() - began)), latencies


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--tills", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--database-url", default=None, help="an empty, migrated database")
    args = parser.parse_args()
    print(
        f"command: python bench/api.py --customers {args.customers} --tills {args.tills} "
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
            owner = await app.loyalty.staff.appoint(1, StaffRole.OWNER, by=None)
            made = await app.loyalty.api_keys.create("Bench till", by=owner)
            application = web.Application()
            # The key's pace is lifted: this measures the work of a call, not the limit.
            register_api(application, replace(app.api_deps(), per_second=1e6, burst=10**6))
            runner = web.AppRunner(application, access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", 0).start()
            port = int(runner.addresses[0][1])
            try:
                codes = await _codes(app)
                direct, direct_latencies = await engine_tills(
                    app, made_actor(owner), len(codes) + 1, args.tills, args.seconds
                )
                describe("engine", direct, direct_latencies)
                over_api, api_latencies = await api_tills(
                    port, made.key, codes, args.tills, args.seconds
                )
                describe("API over HTTP", over_api, api_latencies)
            finally:
                await runner.cleanup()
    print(f"ratio: the API records {over_api / direct:.2f}x the engine's purchases a second")
    print(
        f"p50 added by the API: {statistics.median(api_latencies) - statistics.median(direct_latencies):.2f} ms"
    )
    return 0


def made_actor(owner: Actor) -> Actor:
    """The engine's tills act as staff, as the API's key does: the same limits apply."""
    return Actor(owner.staff_id, StaffRole.STAFF, owner.branch_id)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
