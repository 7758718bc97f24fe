"""The dashboard's pages, rendered by the server, as the shop grows.

Fills an SQLite database (bench/fill.py), logs in an owner with a one-time link, and times
each page over real HTTP on loopback (aiohttp's client and server in this process, so the
figure is the server's work plus a loopback round trip). Baseline, measured in the same
run: a page that reads nothing from the database. Then an import of `--import-lines`
customers from a CSV file (the dry run, then the import in its batches). Targets (issue
20): every page under 300 ms, a customer search under 100 ms, 10 000 imported in under a
minute. Usage:

    python bench/dashboard.py [--customers 100000] [--samples 20] [--import-lines 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fill import fill
from bot.app import open_app
from bot.settings import Settings
from bot.web.routes import register
from models import StaffRole

SEARCH_TARGET_MS, PAGE_TARGET_MS = 100.0, 300.0


async def timed(http: aiohttp.ClientSession, url: str, samples: int) -> list[float]:
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        async with http.get(url) as response:
            await response.read()
            assert response.status == 200, (url, response.status)
        times.append((time.perf_counter() - started) * 1000)
    return times


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--import-lines", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.db"
        started = time.perf_counter()
        await asyncio.to_thread(fill, path, args.customers)
        print(f"filled {args.customers} customers in {time.perf_counter() - started:.1f} s")
        settings = Settings(database_url=f"sqlite+aiosqlite:///{path}")
        async with open_app(settings) as app:
            owner = await app.loyalty.staff.appoint(1, StaffRole.OWNER, by=None)
            application = web.Application()
            register(application, app.dashboard_deps())
            async with (
                TestServer(application) as server,
                aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http,
            ):
                token = await app.loyalty.access.login_link(owner)
                async with http.post(server.make_url(f"/dashboard/login/{token}")) as opened:
                    assert opened.status == 200
                middle = args.customers // 2
                code = (await app.loyalty.customers.get(middle)).member_code
                ending = f"{middle:08d}"[-6:]  # the last six digits of a phone number
                pages = {
                    "a page, no data (baseline)": ("/dashboard/login/baseline", None),
                    "overview, 30 days": ("/dashboard/overview?days=30", PAGE_TARGET_MS),
                    "programme": ("/dashboard/programme", PAGE_TARGET_MS),
                    "customer page": (f"/dashboard/customers/{middle}", PAGE_TARGET_MS),
                    "search: member code": (f"/dashboard/customers?q={code}", SEARCH_TARGET_MS),
                    "search: phone": (f"/dashboard/customers?q=07{middle:08d}", SEARCH_TARGET_MS),
                    "search: name": (f"/dashboard/customers?q=Member+{middle}", SEARCH_TARGET_MS),
                    # Every customer's name has "member": the index's worst case.
                    "search: a common word": ("/dashboard/customers?q=memb", SEARCH_TARGET_MS),
                    "search: a number's end": (
                        f"/dashboard/customers?q={ending}",
                        SEARCH_TARGET_MS,
                    ),
                }
                results = {}
                for name, (path_, target) in pages.items():
                    samples = args.samples if "overview" not in name else max(3, args.samples // 5)
                    times = await timed(http, str(server.make_url(path_)), samples)
                    results[name] = (statistics.median(times), max(times), target)
                baseline = results["a page, no data (baseline)"][0]
                # What the overview serves from its cache: computed as the server starts and
                # again in the background every 5 minutes, never while the owner waits.
                started = time.perf_counter()
                stats = await app.loyalty.stats.compute(30)
                await app.loyalty.feedback.summary(since=stats.start)
                computed = (time.perf_counter() - started) * 1000
                print(f"dashboard pages at {args.customers} customers (median, worst; x baseline):")
                for name, (median, worst, target) in results.items():
                    verdict = (
                        ""
                        if target is None
                        else (
                            f"  target {target:.0f} ms: {'met' if median <= target else 'NOT met'}"
                        )
                    )
                    print(
                        f"  {name:27} {median:8.1f} ms {worst:8.1f} ms"
                        f"  {median / baseline:6.1f}x{verdict}"
                    )
                print(
                    f"  overview figures, computed in the background: {computed:.0f} ms"
                    " (the page serves them from memory, refreshed every 5 minutes)"
                )
            lines = ["Name,Phone,Points,Stamps"] + [
                f"Card {n},+2556{n:08d},{n % 500},{n % 10}" for n in range(args.import_lines)
            ]
            imports = app.loyalty.imports
            started = time.perf_counter()
            upload = await imports.upload("cards.csv", "\n".join(lines).encode(), actor=owner)
            checked = await imports.check(upload.import_id)
            dry_run = time.perf_counter() - started
            done = await imports.run(upload.import_id, actor=owner)
            total = time.perf_counter() - started
            assert done.created == args.import_lines == len(checked), done
            print(
                f"import of {args.import_lines} customers: dry run {dry_run:.1f} s, all"
                f" {total:.1f} s ({args.import_lines / total:.0f} lines/s); target 60 s:"
                f" {'met' if total < 60 else 'NOT met'}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
