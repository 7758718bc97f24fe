"""Campaigns in the real bot process: killed mid-broadcast, restarted across a schedule.

The process is `python bot.py run` against the fake Bot API (which enforces Telegram's
limits), and it is killed with SIGKILL: no shutdown code runs, as in a power cut.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import open_app
from bot.loyalty.when import When
from bot.settings import Settings
from models import Campaign, CampaignStatus, Delivery, DeliveryStatus, StaffRole
from tests.helpers.bot_process import BotProcess, start_bot, stop_bot
from tests.helpers.fake_telegram import FakeTelegram
from tests.helpers.processes import messages_per_chat, run_bot, until
from tests.helpers.programmes import program_without_quiet_hours

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow

OWNER_CHAT = 1
CHAT_BASE = 40_000
CONCURRENCY = 8


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        program_file=program_without_quiet_hours(tmp_path),
    )


@pytest.fixture
def fake(limited_telegram: FakeTelegram) -> FakeTelegram:
    return limited_telegram


async def _shop(tmp_path: Path, recipients: int) -> Settings:
    settings = _settings(tmp_path)
    migrated = run_bot("migrate", cwd=tmp_path, DATABASE_URL=settings.database_url)
    assert migrated.returncode == 0, migrated.stderr
    async with open_app(settings) as app:
        owner = await app.loyalty.customers.register(
            "telegram", str(OWNER_CHAT), language="en", name="Owner"
        )
        await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
        for i in range(recipients):
            await app.loyalty.customers.register(
                "telegram",
                str(CHAT_BASE + i),
                language=("sw", "en", "el", "am")[i % 4],
                marketing_consent=True,
            )
    return settings


async def _campaign(settings: Settings, when: When | None = None) -> int:
    async with open_app(settings) as app:
        actor = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
        assert actor is not None
        campaign = await app.loyalty.campaigns.create(
            "Friday",
            "all",
            {"sw": "Ofa ya Ijumaa!", "en": "Friday offer!"},
            actor=actor,
            when=when,
            holdout_percent=0,  # everyone: this is about sending across restarts
        )
        if when is None:
            await app.loyalty.campaigns.enqueue(campaign)
        return campaign


def _to_customers(fake: FakeTelegram) -> Counter[int]:
    return messages_per_chat(fake, CHAT_BASE)


async def _start(fake: FakeTelegram, tmp_path: Path, settings: Settings) -> BotProcess:
    return await start_bot(
        fake,
        tmp_path,
        PROGRAM_FILE=str(settings.program_file),
        OUTBOX_LEASE_SECONDS="3",
        SCHEDULER_TICK_SECONDS="1",
        SEND_CONCURRENCY=str(CONCURRENCY),
    )


async def test_a_broadcast_killed_midway_finishes_after_a_restart_without_loss(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    recipients = 150
    settings = await _shop(tmp_path, recipients)
    campaign = await _campaign(settings)

    first = await _start(fake, tmp_path, settings)
    await until(lambda: sum(_to_customers(fake).values()) >= 50, within=90)
    first.process.kill()  # SIGKILL: no cleanup, rows left claimed mid-send
    await first.process.wait()
    first.log_file.close()
    sent_before_kill = sum(_to_customers(fake).values())
    assert sent_before_kill < recipients  # it really was cut off midway

    second = await _start(fake, tmp_path, settings)
    try:
        await until(lambda: len(_to_customers(fake)) == recipients, within=90)
        report = f"✅ Campaign #{campaign} finished: {recipients} sent"
        await until(
            lambda: any(report in c.text for c in fake.sent(OWNER_CHAT, "sendMessage")), within=30
        )
    finally:
        await stop_bot(second)

    received = _to_customers(fake)
    assert set(received) == {CHAT_BASE + i for i in range(recipients)}  # nobody lost
    duplicates = sum(received.values()) - recipients
    assert duplicates <= CONCURRENCY  # only what was in flight at the kill went twice
    assert fake.too_many == 0  # the restart did not break Telegram's limits either
    async with open_app(settings) as app, app.db.read() as session:
        statuses = Counter(
            await session.scalars(select(Delivery.status).where(Delivery.campaign_id == campaign))
        )
        assert statuses == {DeliveryStatus.SENT: recipients}
        assert (await session.get_one(Campaign, campaign)).status is CampaignStatus.DONE


async def test_a_campaign_due_while_the_bot_was_down_goes_once(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    recipients = 6
    settings = await _shop(tmp_path, recipients)
    async with open_app(settings) as app:
        due = app.clock.now() + timedelta(seconds=2)
    campaign = await _campaign(settings, When(due))
    await asyncio.sleep(3)  # its time passes while no bot is running

    bot = await _start(fake, tmp_path, settings)
    try:
        await until(lambda: len(_to_customers(fake)) == recipients, within=60)
    finally:
        await stop_bot(bot)
    # Started again: the campaign is done, nothing goes a second time.
    bot = await _start(fake, tmp_path, settings)
    try:
        await fake.wait_for(5, method="setMyCommands", within=60)
        # A second campaign scheduled while this bot runs goes at its time, once.
        async with open_app(settings) as app:
            later = app.clock.now() + timedelta(seconds=2)
        second = await _campaign(settings, When(later))
        await until(lambda: sum(_to_customers(fake).values()) == 2 * recipients, within=60)
        await asyncio.sleep(3)  # several scheduler ticks later
    finally:
        await stop_bot(bot)
    assert _to_customers(fake) == dict.fromkeys(range(CHAT_BASE, CHAT_BASE + recipients), 2)
    async with open_app(settings) as app, app.db.read() as session:
        for campaign_id in (campaign, second):
            row = await session.get_one(Campaign, campaign_id)
            assert row.status is CampaignStatus.DONE
            assert row.started_at is not None and row.scheduled_for is not None
            assert row.started_at >= row.scheduled_for  # never early
