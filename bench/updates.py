"""Updates a second and latency of `/balance`, against a bare aiogram echo bot, in one run.

A local fake Bot API server on loopback (tests/helpers/fake_telegram.py); the bot as the operator
runs it, `python bot.py run` in webhook mode on an SQLite database of N registered
customers (bench/fill.py); a driver that posts `/balance` updates for random customers to
the webhook, keeping --concurrency in flight, as fast as the bot answers. Latency is from
the webhook POST to the bot's sendMessage arriving at the fake. The bot is measured once it
has finished its start-up work (a restarted `run` sweeps every customer for due reminders),
and the CPU it spent per update is printed beside the rate. The same driver then runs
against bench/echo_bot.py (aiogram alone, no database) on the same fake. Targets:
`/balance` at least 0.5x the echo bot's rate and at least 500 updates/s, p99 under 10 ms at
100 000 customers. Usage:

    python bench/updates.py [--customers 100000] [--seconds 10] [--concurrency 16]
                            [--profile FILE]   (the bot under cProfile, for the next look)

Past one machine, `--postgres 4` fills a PostgreSQL database of its own (POSTGRES_URL, by
default the local server's `postgres` user) and runs 1, 2 then 4 `python bot.py web`
processes on it; the driver sends each update to the next process in turn (a round-robin
on loopback, as a load balancer would) and prints the rate for each count and its ratio to
one process: the scaling factor the README quotes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fill import CHAT_BASE, fill, fill_postgres
from tests.helpers.bot_process import free_port
from tests.helpers.fake_telegram import Call, FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
WEBHOOK_SECRET = "bench-secret"
ROUNDS = 5  # turns of each bot under load (compare())


def chat_update(update_id: int, user: int, text: str) -> dict[str, Any]:
    """A customer's text message, as Telegram posts it to a webhook."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": user, "type": "private"},
            "from": {"id": user, "is_bot": False, "first_name": "M"},
            "text": text,
        },
    }


class Driver:
    """Posts updates and times each until its reply reaches the fake Bot API; given several
    URLs (one per `web` process) it sends each update to the next in turn."""

    def __init__(self, fake: FakeTelegram, url: str | list[str], headers: dict[str, str]) -> None:
        self.urls = [url] if isinstance(url, str) else url
        self.headers = headers
        self._turn = 0
        self.waiting: dict[int, asyncio.Future[float]] = {}
        # Ids never seen before, even on a database kept from an earlier run (--database).
        first = int(time.time() * 1000) % 10**12
        self._update_ids = iter(range(first, first + 10**9))
        self._fake = fake
        self.listen()

    def listen(self) -> None:
        """Replies arriving at the fake are this driver's (one fake serves both bots)."""
        self._fake.on_call = self._arrived

    def _arrived(self, call: Call) -> None:
        if call.method != "sendMessage":
            return
        future = self.waiting.pop(int(call.params["chat_id"]), None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    async def run(
        self, users: Sequence[int], seconds: float, concurrency: int, text: str
    ) -> tuple[float, list[float]]:
        latencies: list[float] = []
        free = list(users)
        random.shuffle(free)
        deadline = time.perf_counter() + seconds
        loop = asyncio.get_running_loop()
        async with aiohttp.ClientSession() as http:

            async def one_at_a_time() -> None:
                while time.perf_counter() < deadline:
                    user = free.pop()  # nobody has two updates in flight: replies match
                    update_id = next(self._update_ids)
                    update = chat_update(update_id, user, text)
                    arrived = loop.create_future()
                    self.waiting[user] = arrived
                    start = time.perf_counter()
                    url = self.urls[self._turn % len(self.urls)]
                    self._turn += 1
                    async with http.post(url, json=update, headers=self.headers) as r:
                        assert r.status == 200, await r.text()
                    latencies.append((await asyncio.wait_for(arrived, 30) - start) * 1000)
                    free.insert(0, user)

            began = time.perf_counter()
            await asyncio.gather(*(one_at_a_time() for _ in range(concurrency)))
            elapsed = time.perf_counter() - began
        return len(latencies) / elapsed, latencies


async def wait_listening(port: int) -> None:
    for _ in range(300):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


def peak_rss_mb(pid: int, field: str = "VmHWM") -> float:
    """Resident memory at its peak (VmHWM) or now (VmRSS), in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def wait_idle(pids: Sequence[int], limit: float = 300.0) -> float:
    """Wait until the processes have finished their start-up work (a restarted `run` sweeps
    every customer for due reminders and may rank the RFM scores): under a tenth of a core
    over half a second. What is measured after is answering, not that sweep. Returns the
    seconds waited."""
    began = time.perf_counter()
    while time.perf_counter() - began < limit:
        before = sum(cpu_seconds(pid) for pid in pids)
        await asyncio.sleep(0.5)
        if sum(cpu_seconds(pid) for pid in pids) - before < 0.05:
            break
    return time.perf_counter() - began


def waiting_in_outbox(path: Path) -> int:
    """Messages the bot's outbox has still to send (bench/fill.py's shop has none due)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM deliveries WHERE status IN ('pending', 'sending')"
        ).fetchone()
    return int(count)


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


@dataclass
class Contestant:
    """One of the two bots bench/updates.py compares, and what its rounds measured."""

    name: str
    driver: Driver
    pids: Sequence[int]  # the processes answering (several `web` ones with --postgres)
    text: str
    rates: list[float] = field(default_factory=list)
    loaded: list[float] = field(default_factory=list)
    cpu: float = 0.0

    async def warm_up(self, users: list[int], concurrency: int) -> None:
        self.driver.listen()
        await self.driver.run(users, 2.0, concurrency, self.text)  # connections, caches

    async def round(self, users: list[int], seconds: float, concurrency: int) -> None:
        """The rate with `concurrency` updates in flight (latency then includes queueing),
        and the CPU the answering processes spent meanwhile (what a second core buys)."""
        self.driver.listen()
        cpu = sum(cpu_seconds(pid) for pid in self.pids)
        rate, loaded = await self.driver.run(users, seconds, concurrency, self.text)
        self.cpu += sum(cpu_seconds(pid) for pid in self.pids) - cpu
        self.rates.append(rate)
        self.loaded += loaded

    async def report(self, users: list[int], seconds: float, concurrency: int) -> None:
        """Prints the rounds' figures, after measuring one update at a time (what a customer
        feels on a quiet bot)."""
        self.driver.listen()
        _, alone = await self.driver.run(users, seconds, 1, self.text)
        rounds = f"median of {len(self.rates)} rounds; " if len(self.rates) > 1 else ""
        print(
            f"{self.name:<24} {statistics.median(self.rates):6.1f} updates/s with "
            f"{concurrency} in flight ({rounds}"
            f"p50 {percentile(self.loaded, 50):6.2f} ms, p99 {percentile(self.loaded, 99):6.2f} ms, "
            f"CPU {self.cpu * 1000 / len(self.loaded):.2f} ms per update); "
            f"one at a time: p50 {percentile(alone, 50):5.2f} ms, p99 {percentile(alone, 99):5.2f} ms"
        )


async def compare(
    ours: Contestant, echo: Contestant, users: list[int], args: argparse.Namespace
) -> float:
    """The two bots in turns of --seconds / ROUNDS each, so a change in what else the machine
    is doing (a shared 2-core machine's neighbours) weighs on both alike; the ratio is the
    median of each turn's pair."""
    for contestant in (ours, echo):
        await contestant.warm_up(users, args.concurrency)
    for _ in range(ROUNDS):
        await ours.round(users, args.seconds / ROUNDS, args.concurrency)
        await echo.round(users, args.seconds / ROUNDS, args.concurrency)
    for contestant in (ours, echo):
        await contestant.report(users, args.seconds / 2, args.concurrency)
    return statistics.median(o / e for o, e in zip(ours.rates, echo.rates, strict=True))


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--database", type=Path, default=None, help="an SQLite file to keep (filled if missing)"
    )
    parser.add_argument(
        "--postgres",
        type=int,
        default=0,
        help="web processes on PostgreSQL: 1, 2, 4... up to this many, each measured",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="run the bot under cProfile and write its profile to this file (slower)",
    )
    args = parser.parse_args()
    if args.postgres:
        return await scaling(args)
    print(
        f"command: python bench/updates.py --customers {args.customers} "
        f"--seconds {args.seconds:g} --concurrency {args.concurrency}"
    )
    fake = FakeTelegram()
    await fake.start()
    users = [CHAT_BASE + n for n in range(2, args.customers + 1)]
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or Path(folder) / "shop.db"
        if not path.exists():
            await asyncio.to_thread(fill, path, args.customers)
        port = free_port()
        environment = _environment(port, fake, f"sqlite+aiosqlite:///{path}")
        profiled = ["-m", "cProfile", "-o", str(args.profile.resolve())] if args.profile else []
        bot = await asyncio.create_subprocess_exec(
            sys.executable, *profiled, str(ROOT / "bot.py"), "run", cwd=folder, env=environment
        )
        echo_port = free_port()
        echo: asyncio.subprocess.Process | None = None
        try:
            await wait_listening(port)
            settled = await wait_idle([bot.pid])
            print(
                f"the bot finished its start-up work {settled:.1f} s after listening; "
                f"{waiting_in_outbox(path)} messages wait in its outbox, to go out beside "
                "the measurement"
            )
            settled_mb = peak_rss_mb(bot.pid, "VmRSS")
            echo = await asyncio.create_subprocess_exec(
                sys.executable,
                str(ROOT / "bench" / "echo_bot.py"),
                "--port",
                str(echo_port),
                "--api",
                fake.base,
                "--token",
                fake.token,
            )
            await wait_listening(echo_port)
            headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
            ours = Contestant(
                f"/balance, {args.customers}",
                Driver(fake, f"http://127.0.0.1:{port}/telegram/webhook", headers),
                [bot.pid],
                "/balance",
            )
            baseline = Contestant(
                "aiogram echo bot",
                Driver(fake, f"http://127.0.0.1:{echo_port}/webhook", {}),
                [echo.pid],
                "hello",
            )
            ratio = await compare(ours, baseline, users, args)
            print(
                f"`bot.py run` resident memory: {peak_rss_mb(bot.pid):.0f} MB at its peak, "
                f"{peak_rss_mb(bot.pid, 'VmRSS'):.0f} MB now ({settled_mb:.0f} MB after start-up)"
            )
            echo_mb = peak_rss_mb(echo.pid, "VmRSS")
            print(
                f"echo bot resident memory: {peak_rss_mb(echo.pid):.0f} MB at its peak, "
                f"{echo_mb:.0f} MB now"
            )
        finally:
            for process in (bot, echo):
                if process is not None:
                    process.terminate()
                    await process.wait()
    await fake.stop()
    print(
        f"ratio: /balance at {ratio:.2f}x the echo bot's rate, the median of {ROUNDS} turns "
        f"({' '.join(f'{o / e:.2f}' for o, e in zip(ours.rates, baseline.rates, strict=True))}; "
        "target at least 0.5x)"
    )
    print(
        f"memory: the bot {settled_mb - echo_mb:.0f} MB above the echo bot after start-up "
        f"({settled_mb:.0f} against {echo_mb:.0f} MB; target at most 40 MB above)"
    )
    rate = statistics.median(ours.rates)
    print(f"/balance at {rate:.0f} updates/s (target at least 500 on {os.cpu_count()} cores)")
    return 0


def _environment(port: int, fake: FakeTelegram, database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE": fake.base,
        "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}",
        "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "WEB_HOST": "127.0.0.1",
        "WEB_PORT": str(port),
        "LOG_LEVEL": "WARNING",
    }


async def scaling(args: argparse.Namespace) -> int:
    """1, 2, 4... `web` processes on one PostgreSQL database, round-robin, each count
    measured in this run; the ratio to one process is the scaling factor."""
    import asyncpg  # noqa: PLC0415 (only this mode talks to PostgreSQL directly)

    print(
        f"command: python bench/updates.py --postgres {args.postgres} --customers "
        f"{args.customers} --seconds {args.seconds:g} --concurrency {args.concurrency}"
    )
    server = os.environ.get("POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    name = f"bench_updates_{os.getpid()}"
    admin = await asyncpg.connect(server)
    await admin.execute(f'CREATE DATABASE "{name}"')
    database_url = server.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    database_url += f"/{name}"
    fake = FakeTelegram()
    await fake.start()
    counts = [n for n in (1, 2, 4, 8, 16) if n <= args.postgres]
    rates: dict[int, float] = {}
    try:
        began = time.perf_counter()
        await fill_postgres(database_url, args.customers)
        print(f"{args.customers} customers filled in {time.perf_counter() - began:.1f} s")
        users = [CHAT_BASE + n for n in range(2, args.customers + 1)]
        for count in counts:
            ports = [free_port() for _ in range(count)]
            processes = [
                await asyncio.create_subprocess_exec(
                    sys.executable,
                    str(ROOT / "bot.py"),
                    "web",
                    cwd=ROOT,
                    env=_environment(port, fake, database_url),
                )
                for port in ports
            ]
            try:
                for port in ports:
                    await wait_listening(port)
                driver = Driver(
                    fake,
                    [f"http://127.0.0.1:{port}/telegram/webhook" for port in ports],
                    {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
                )
                web = Contestant(
                    f"{count} web process{'es' if count > 1 else ''}",
                    driver,
                    [process.pid for process in processes],
                    "/balance",
                )
                await web.warm_up(users, args.concurrency)
                await web.round(users, args.seconds, args.concurrency)
                await web.report(users, args.seconds / 2, args.concurrency)
                rates[count] = web.rates[0]
            finally:
                for process in processes:
                    process.terminate()
                await asyncio.gather(*(process.wait() for process in processes))
    finally:
        await fake.stop()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    for count, rate in rates.items():
        print(f"{count} web processes: {rate:.0f} updates/s, {rate / rates[1]:.2f}x one process")
    print(f"on {os.cpu_count()} cores, with PostgreSQL, the fake Bot API and this driver on them")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
