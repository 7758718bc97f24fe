"""The bot's cost per request as the shop grows: 1 000, 100 000 and 1 000 000 customers.

For each size it fills an SQLite database (bench/fill.py), then, in this process, through
the bot's own composition root, times:
- `/balance` as a customer sends it (the whole handler path: duplicate-update guard,
  identity, conversation state, the summary queries, the reply in their language);
- a purchase recorded at the till (lock, idempotency, tier, ledger, audit);
- a segment count (`/segments` sizes for "all" and "lang:el");
- the RFM segment ("champions" over every buyer), ranked afresh as before the first night,
  then the nightly scores' refresh, then the segment read from those scores (what an
  owner's send or /segments waits for on every other day).
Then this process's resident memory (the database is filled by another process). Targets: per-request cost at the largest size within
1.2x of the smallest; RFM over 1 000 000 under 5 s; memory under 200 MB. Usage:

    python bench/scale.py [--sizes 1000,100000,1000000] [--samples 300]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fill import CHAT_BASE, fill
from bot.app import open_app
from bot.chat_types import Incoming
from bot.loyalty.segments import RFM_SEGMENTS, Segment
from bot.settings import Settings
from models import StaffRole


def rss_mb() -> tuple[float, float]:
    """Resident memory now and at its peak, in MB (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def timed(step: Callable[[int], Awaitable[object]], samples: int) -> list[float]:
    out = []
    for i in range(samples):
        start = time.perf_counter()
        await step(i)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(values: list[float]) -> str:
    p99 = statistics.quantiles(values, n=100)[98] if len(values) > 1 else values[0]
    return f"median {statistics.median(values):7.2f} ms, p99 {p99:7.2f} ms"


async def measure(path: Path, size: int, samples: int) -> dict[str, float]:
    rng = random.Random(size)
    settings = Settings(database_url=f"sqlite+aiosqlite:///{path}")
    async with open_app(settings) as app:
        actor = await app.loyalty.staff.appoint(1, StaffRole.OWNER, by=None)
        conversation, loyalty = app.conversation, app.loyalty
        users = [rng.randint(2, size) for _ in range(samples * 2)]
        # Warm-up, as a running bot is: the first queries compile and fill the caches.
        for n in users[:20]:
            await conversation.handle(Incoming("telegram", str(CHAT_BASE + n), text="/balance"))

        async def balance(i: int) -> None:
            user = str(CHAT_BASE + users[i])
            replies = await conversation.handle(
                Incoming("telegram", user, text="/balance", update_id=f"{size}-{i}")
            )
            if not replies:
                raise RuntimeError(f"no answer to /balance from {user}")

        async def purchase(i: int) -> None:
            await loyalty.purchases.record(
                users[samples + i], "850", idempotency_key=f"bench-{size}-{i}", actor=actor
            )

        results = {}
        times = await timed(balance, samples)
        results["balance"] = statistics.median(times)
        print(f"  /balance               {summary(times)}")
        times = await timed(purchase, samples)
        results["purchase"] = statistics.median(times)
        print(f"  purchase at the till   {summary(times)}")
        segments = [Segment("all"), Segment("lang", "el")]
        start = time.perf_counter()
        sizes = await loyalty.segments.sizes(segments)
        results["segments"] = (time.perf_counter() - start) * 1000
        counted = ", ".join(f"{s.name} {n}" for s, n in sizes)
        print(f"  segment count          {results['segments']:7.1f} ms ({counted})")
        start = time.perf_counter()
        ranked = await loyalty.segments.members(Segment("champions"))
        results["rfm_ranked"] = (time.perf_counter() - start) * 1000
        print(f"  RFM ranked afresh      {results['rfm_ranked']:7.1f} ms ({len(ranked)} champions)")
        start = time.perf_counter()
        buyers = await loyalty.rfm.refresh()
        results["rfm_refresh"] = (time.perf_counter() - start) * 1000
        print(f"  RFM nightly refresh    {results['rfm_refresh']:7.1f} ms ({buyers} buyers)")
        start = time.perf_counter()
        champions = await loyalty.segments.members(Segment("champions"))
        results["rfm"] = (time.perf_counter() - start) * 1000
        print(f"  RFM from the scores    {results['rfm']:7.1f} ms ({len(champions)} champions)")
        if champions != ranked:
            raise RuntimeError("the nightly scores disagree with ranking afresh")
        start = time.perf_counter()
        await loyalty.segments.sizes([Segment(kind) for kind in RFM_SEGMENTS])
        results["rfm_counts"] = (time.perf_counter() - start) * 1000
        print(f"  RFM segments counted   {results['rfm_counts']:7.1f} ms (all four)")
    now, peak = rss_mb()
    results["rss"] = peak
    print(f"  resident memory        {now:7.1f} MB now, {peak:7.1f} MB at the peak")
    return results


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"command: python bench/scale.py --sizes {args.sizes} --samples {args.samples}")
    found: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"shop-{size}.db"
            start = time.perf_counter()
            # In another process, so this one's memory is the bot's alone, not the filler's.
            with ProcessPoolExecutor(max_workers=1) as pool:
                ledger = await asyncio.get_running_loop().run_in_executor(pool, fill, path, size)
            took = time.perf_counter() - start
            megabytes = path.stat().st_size / 1e6
            print(
                f"{size} customers, {ledger} ledger rows: filled in {took:.1f} s, {megabytes:.0f} MB"
            )
            found[size] = await measure(path, size, args.samples)
            path.unlink()
    small, large = found[sizes[0]], found[sizes[-1]]
    print(f"at {sizes[-1]} against {sizes[0]} customers:")
    for key in ("balance", "purchase"):
        ratio = large[key] / small[key]
        verdict = "met" if ratio <= 1.2 else "NOT met"
        print(f"  {key:<9} {ratio:.2f}x the cost (target at most 1.2x: {verdict})")
    rfm = large["rfm"] / 1000
    print(
        f"  RFM over {sizes[-1]}: {rfm:.2f} s from the nightly scores (target under 5 s: "
        f"{'met' if rfm < 5 else 'NOT met'}); ranked afresh {large['rfm_ranked'] / 1000:.2f} s; "
        f"the nightly refresh {large['rfm_refresh'] / 1000:.2f} s"
    )
    counts = max(large["segments"], large["rfm_counts"]) / 1000
    print(
        f"  segment counts: {counts:.2f} s at most (target under 1 s: {'met' if counts < 1 else 'NOT met'})"
    )
    print(f"  peak resident memory {large['rss']:.0f} MB (target under 200 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
