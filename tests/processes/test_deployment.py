"""The bot past one process: `python bot.py web` (webhooks only, several at once) and
`python bot.py worker` (scheduler and sender, several at once), on the database the suite
runs on (SQLite, or PostgreSQL in CI), with /healthz, JSON logs and backups.

Every process here is a real `python bot.py` against a fake Bot API over real HTTP.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import select, text

from bot.app import open_app
from bot.migrate import upgrade
from bot.runner import health
from bot.settings import Settings
from models import Campaign, CampaignStatus, Delivery, DeliveryStatus, StaffRole
from tests.helpers.bot_process import BotProcess, free_port, start_bot, stop_bot
from tests.helpers.databases import new_postgres_database, postgres_url
from tests.helpers.fake_telegram import FakeTelegram
from tests.helpers.processes import messages_per_chat, run_bot, until
from tests.helpers.programmes import program_without_quiet_hours

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow

OWNER_CHAT = 1
CHAT_BASE = 70_000
WEBHOOK_SECRET = "deployment-test-secret"


@pytest.fixture
def fake(telegram: FakeTelegram) -> FakeTelegram:
    return telegram


@pytest.fixture
async def deployed() -> AsyncIterator[str]:
    """A PostgreSQL database of its own, made the way an operator's is (`bot.py migrate`). Several processes on one database belong on
    PostgreSQL (`web` and `worker` refuse an SQLite file), so these tests run in the
    PostgreSQL pass of the suite (CI's second pass)."""
    if postgres_url() is None:
        pytest.skip("several processes share PostgreSQL: DATABASE_URL=postgresql://... pytest")
    async with new_postgres_database("loyalty_deployment_check") as url:
        await asyncio.to_thread(upgrade, url)
        yield url


async def _shop(url: str, program: Path, recipients: int) -> Settings:
    settings = Settings(database_url=url, program_file=program)
    async with open_app(settings) as app:
        owner = await app.loyalty.customers.register("telegram", str(OWNER_CHAT), language="en")
        await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
        for i in range(recipients):
            await app.loyalty.customers.register(
                "telegram", str(CHAT_BASE + i), language="sw", marketing_consent=True
            )
    return settings


async def _broadcast(settings: Settings, message: str) -> int:
    async with open_app(settings) as app:
        actor = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
        assert actor is not None
        campaign = await app.loyalty.campaigns.create(
            "bench", "all", {"sw": message}, actor=actor, holdout_percent=0
        )
        await app.loyalty.campaigns.enqueue(campaign)
        return campaign


def _to_customers(fake: FakeTelegram) -> Counter[int]:
    return messages_per_chat(fake, CHAT_BASE)


async def _health(port: int, within: float = 60) -> dict[str, str]:
    """GET /healthz once the process listens."""
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as http:
        while True:
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    body = await response.json()
                    assert response.status == 200, body
                    return dict(body)
            except aiohttp.ClientConnectionError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.1)


async def _process(
    fake: FakeTelegram,
    tmp_path: Path,
    command: str,
    name: str,
    url: str,
    port: int | None = None,
    **env: str,
) -> tuple[BotProcess, int]:
    port = port or free_port()
    process = await start_bot(
        fake,
        tmp_path,
        command,
        name,
        DATABASE_URL=url,
        PROGRAM_FILE=str(program_without_quiet_hours(tmp_path)),
        WEB_HOST="127.0.0.1",
        WEB_PORT=str(port),
        SCHEDULER_TICK_SECONDS="1",
        OUTBOX_LEASE_SECONDS="5",
        TELEGRAM_MESSAGES_PER_SECOND="200",
        LOG_FORMAT="json",
        **env,
    )
    return process, port


async def test_two_workers_share_a_broadcast_and_send_nothing_twice(
    fake: FakeTelegram, tmp_path: Path, deployed: str
) -> None:
    recipients = 240
    settings = await _shop(deployed, program_without_quiet_hours(tmp_path), recipients)
    workers = [await _process(fake, tmp_path, "worker", f"worker-{n}", deployed) for n in (1, 2)]
    try:
        for _, port in workers:  # both up and healthy before there is any work
            assert await _health(port) == {"status": "ok", "role": "worker"}
        campaign = await _broadcast(settings, "Ofa kwa wote!")
        await until(lambda: len(_to_customers(fake)) == recipients, within=120)
        report = f"✅ Campaign #{campaign} finished: {recipients} sent"
        await until(
            lambda: any(report in c.text for c in fake.sent(OWNER_CHAT, "sendMessage")), within=60
        )
        await asyncio.sleep(1.5)  # a duplicate, were there one, would arrive by now
    finally:
        for process, _ in workers:
            await stop_bot(process)

    received = _to_customers(fake)
    assert set(received) == {CHAT_BASE + i for i in range(recipients)}
    assert max(received.values()) == 1  # two workers, and nobody got the message twice
    reports = [c for c in fake.sent(OWNER_CHAT, "sendMessage") if report in c.text]
    assert len(reports) == 1  # the campaign finished once, not once per worker
    async with open_app(settings) as app, app.db.read() as session:
        rows = (await session.execute(select(Delivery.campaign_id, Delivery.status))).all()
        status = await session.scalar(select(Campaign.status).where(Campaign.id == campaign))
    assert {s for _, s in rows} == {DeliveryStatus.SENT}  # progress notes and report too
    assert sum(1 for c, _ in rows if c == campaign) == recipients
    assert status == CampaignStatus.DONE
    for process, _ in workers:  # LOG_FORMAT=json: every line is one JSON object
        lines = process.log().splitlines()
        assert lines
        records = [json.loads(line) for line in lines]
        assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)


async def test_web_processes_answer_once_and_leave_sending_to_the_worker(
    fake: FakeTelegram, tmp_path: Path, deployed: str
) -> None:
    settings = await _shop(deployed, program_without_quiet_hours(tmp_path), 1)
    webs = []
    for n in (1, 2):
        port = free_port()
        process, _ = await _process(
            fake,
            tmp_path,
            "web",
            f"web-{n}",
            deployed,
            port,
            TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}",
            TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
        )
        webs.append((process, port))
    worker: BotProcess | None = None
    try:
        for _, port in webs:
            assert await _health(port) == {"status": "ok", "role": "web"}
        # One update, delivered to both web processes at once (a retry that the load
        # balancer sent to the other one): answered once.
        user = 9_001
        update = {"update_id": 77, "message": fake._message(user, "el", "Eleni", text="/start")}
        async with aiohttp.ClientSession() as http:

            async def post(port: int, update: dict[str, object]) -> int:
                async with http.post(
                    f"http://127.0.0.1:{port}/telegram/webhook",
                    json=update,
                    headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
                ) as response:
                    return response.status

            statuses = await asyncio.gather(*(post(port, update) for _, port in webs))
            assert statuses == [200, 200]
            (welcome,) = await fake.wait_for(1, chat_id=user)
            assert welcome.text.startswith("Καλώς ήρθατε")
            await asyncio.sleep(1.0)
            assert len(fake.sent(user)) == 1

            # Joining goes on whichever process the next update reaches: the conversation
            # state is in the database, not in a process.
            greek = {b["text"]: b["callback_data"] for b in welcome.inline_buttons()}["Ελληνικά"]
            press = {
                "id": "cb-1",
                "from": fake.user(user, "el", "Eleni"),
                "chat_instance": "ci",
                "data": greek,
                "message": {**update["message"], "text": welcome.text},
            }
            assert await post(webs[0][1], {"update_id": 78, "callback_query": press}) == 200
            ask_name = (await fake.wait_for(2, chat_id=user))[-1]
            assert ask_name.text == "Πώς να σας αποκαλούμε; Γράψτε το όνομά σας."
            name = {"update_id": 79, "message": fake._message(user, "el", "Eleni", text="Eleni")}
            assert await post(webs[1][1], name) == 200
            ask_phone = (await fake.wait_for(3, chat_id=user))[-1]
            assert ask_phone.markup["keyboard"][0][0]["request_contact"] is True

        # A broadcast queued now waits: web processes do not send campaigns...
        await _broadcast(settings, "Habari za leo")
        await asyncio.sleep(3)
        assert _to_customers(fake) == Counter()
        # ...a worker does.
        worker, _ = await _process(fake, tmp_path, "worker", "worker", deployed)
        await until(lambda: _to_customers(fake) == Counter({CHAT_BASE: 1}), within=60)
    finally:
        for process, _ in webs:
            await stop_bot(process)
        if worker is not None:
            await stop_bot(worker)


@pytest.mark.parametrize("role", ["web", "worker"])
def test_web_and_worker_refuse_an_sqlite_file(tmp_path: Path, role: str) -> None:
    result = run_bot(role, cwd=tmp_path, TELEGRAM_BOT_TOKEN="123456:TEST-token")
    assert result.returncode == 2
    assert result.stderr == (
        f"error: DATABASE_URL: `{role}` shares one database with other processes; use "
        "PostgreSQL (an SQLite file is for one process: python bot.py run)\n"
    )


def test_web_without_a_webhook_url_explains_polling_is_for_run(tmp_path: Path) -> None:
    result = run_bot(
        "web",
        cwd=tmp_path,
        TELEGRAM_BOT_TOKEN="123456:TEST-token",
        DATABASE_URL="postgresql://nobody@127.0.0.1:9/none",
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: TELEGRAM_WEBHOOK_URL: not set; `web` serves webhooks")


async def test_health_check_is_503_when_the_database_is_gone(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    url = f"sqlite+aiosqlite:///{folder / 'shop.db'}"
    await asyncio.to_thread(upgrade, url)
    async with open_app(Settings(database_url=url)) as app:
        application = web.Application()
        application.router.add_get("/healthz", health(app, "worker"))
        runner = web.AppRunner(application)
        await runner.setup()
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        try:
            assert await _health(port) == {"status": "ok", "role": "worker"}
            await app.db.dispose()  # no open connection hides what follows
            await asyncio.to_thread(shutil.rmtree, folder)  # the disk it lived on is gone
            async with (
                aiohttp.ClientSession() as http,
                http.get(f"http://127.0.0.1:{port}/healthz") as response,
            ):
                assert response.status == 503
                assert await response.json() == {"status": "unavailable", "role": "worker"}
        finally:
            await runner.cleanup()


async def test_backup_copies_the_database_while_it_is_in_use(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'shop.db'}"
    await asyncio.to_thread(upgrade, url)
    settings = await _shop(url, program_without_quiet_hours(tmp_path), 25)
    # A write transaction is open while the backup runs (the bot at work): the copy
    # neither waits for it nor disturbs it, and holds everything committed before.
    async with open_app(settings) as app, app.db.write() as session:
        await session.execute(text("SELECT 1"))
        result = await asyncio.to_thread(
            run_bot, "backup", "copy.db", cwd=tmp_path, DATABASE_URL=url
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"backup of sqlite+aiosqlite:///{tmp_path / 'shop.db'} written")
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("SELECT count(*) FROM customers").fetchone() == (26,)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    left = await asyncio.to_thread(lambda: sorted(p.name for p in tmp_path.glob("copy*")))
    assert left == ["copy.db"]  # no .partial, -wal or -shm beside it

    again = run_bot("backup", "copy.db", cwd=tmp_path, DATABASE_URL=url)
    assert (again.returncode, again.stderr) == (
        2,
        "error: copy.db already exists; choose a new file name\n",
    )
    postgres = run_bot("backup", "x.db", cwd=tmp_path, DATABASE_URL="postgresql://u@127.0.0.1/db")
    assert postgres.returncode == 2 and "use pg_dump" in postgres.stderr
    missing = run_bot(
        "backup", "y.db", cwd=tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'no.db'}"
    )
    assert missing.returncode == 2 and "no SQLite database at" in missing.stderr


async def test_a_programme_change_reaches_every_process_without_a_restart(
    fake: FakeTelegram, tmp_path: Path, deployed: str
) -> None:
    """Two processes (a web process answering customers, a worker sending) on PostgreSQL;
    a new programme version is saved from a third (`program import`, as the dashboard
    saves one): both use it within seconds, neither restarts."""
    program_file = program_without_quiet_hours(tmp_path)
    settings = await _shop(deployed, program_file, 0)
    async with open_app(settings) as app:
        nikos = await app.loyalty.customers.register("telegram", "9100", language="el")
        owner = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
        assert owner is not None
        await app.loyalty.points.adjust(nikos.customer_id, 500, reason="opening", actor=owner)
    web_port = free_port()
    web_process, _ = await _process(
        fake,
        tmp_path,
        "web",
        "web",
        deployed,
        web_port,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{web_port}",
        TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    worker, worker_port = await _process(fake, tmp_path, "worker", "worker", deployed)
    processes = (web_process, worker)
    try:
        for port in (web_port, worker_port):
            await _health(port)
        text = program_file.read_text("utf-8")
        text = text.replace('el = "Εσπρέσο"', 'el = "Διπλός εσπρέσο"')
        text += (
            '\n[[rewards]]\nkey = "tea"\ncost = 100\n'
            'name = { en = "Tea", sw = "Chai", el = "Τσάι", am = "ሻይ" }\n'
        )
        changed = tmp_path / "changed.toml"
        changed.write_text(text, "utf-8")
        imported = await asyncio.to_thread(
            run_bot, "program", "import", str(changed), cwd=tmp_path, DATABASE_URL=deployed
        )
        assert imported.returncode == 0, imported.stderr
        saved = time.monotonic()
        for process in processes:
            await until(lambda p=process: "programme version 2 is in force" in p.log(), 15)
        assert time.monotonic() - saved < 10

        update = {"update_id": 501, "message": fake._message(9100, "el", "Nikos", text="/rewards")}
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"http://127.0.0.1:{web_port}/telegram/webhook",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
            ) as response,
        ):
            assert response.status == 200
        # (The worker also sends him the note of the opening 500 points.)
        await until(lambda: any("Τσάι" in c.text for c in fake.sent(9100)), within=15)
        (rewards,) = [c for c in fake.sent(9100) if "Τσάι" in c.text]
        assert "Διπλός εσπρέσο" in rewards.text
    finally:
        for process in processes:
            await stop_bot(process)
