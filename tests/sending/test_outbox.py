"""Broadcasts through the outbox, against a fake Bot API that enforces Telegram's limits."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from bot.app import App, open_app
from bot.channels.telegram import TelegramChannel
from bot.chat_types import Reply
from bot.clock import ManualClock
from bot.jobs.outbox import Outbox
from bot.notify import RetryAfter
from bot.program import Program
from bot.rate_limit import RateLimiter
from bot.settings import Settings
from models import Customer, Delivery, DeliveryStatus, StaffRole
from tests.helpers.fake_telegram import FakeTelegram

CHAT_BASE = 5000


@pytest.fixture
def fake(limited_telegram: FakeTelegram) -> FakeTelegram:
    return limited_telegram


@pytest.fixture
async def live(
    database_url: str, program: Program, fake: FakeTelegram
) -> AsyncIterator[tuple[App, TelegramChannel]]:
    # Real time here: retries and pauses are waited out, as in production.
    settings = Settings(
        database_url=database_url, telegram_bot_token=fake.token, telegram_api_base=fake.base
    )
    async with open_app(settings, program=program) as app:
        channel = app.telegram()
        yield app, channel
        await channel.close()


async def _campaign(app: App, customers: int) -> int:
    owner = await app.loyalty.customers.register("telegram", "1", language="en", name="Owner")
    actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    for i in range(customers):
        await app.loyalty.customers.register(
            "telegram",
            str(CHAT_BASE + i),
            language=("sw", "en", "el", "am")[i % 4],
            marketing_consent=True,
        )
    campaign = await app.loyalty.campaigns.create(
        "Double points Friday",
        "all",
        {"sw": "Pointi mara mbili Ijumaa!", "en": "Double points on Friday!"},
        holdout_percent=0,  # everyone: this is about sending, not measuring
        actor=actor,
    )
    assert await app.loyalty.campaigns.enqueue(campaign) == customers
    return campaign


async def _hello_to_all(app: App, name: str) -> None:
    """An owner's campaign to every customer registered so far, queued in the outbox."""
    owner = await app.loyalty.customers.register("shell", "owner", language="en")
    actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    campaign = await app.loyalty.campaigns.create(name, "all", {"en": "Hi"}, actor=actor)
    await app.loyalty.campaigns.enqueue(campaign)


def _outbox(app: App, batch: int = 200) -> Outbox:
    # Real time: at night in Nairobi the programme's quiet hours would hold every offer back
    # (tests/sending/test_reminders.py proves them), and this file is about sending.
    return app.outbox(limiter=RateLimiter(30), batch=batch, quiet_hours=False)


async def test_a_broadcast_reaches_everyone_once_within_the_limits(
    live: tuple[App, TelegramChannel], fake: FakeTelegram
) -> None:
    app, _ = live
    campaign = await _campaign(app, 90)
    fake.blocked_chats = {CHAT_BASE + 3, CHAT_BASE + 4}
    # Two customers say /stop after the broadcast was queued: they must not get it.
    for chat in (CHAT_BASE + 10, CHAT_BASE + 11):
        ref = await app.loyalty.customers.find_by_identity("telegram", str(chat))
        assert ref is not None
        await app.loyalty.customers.set_marketing_consent(ref.customer_id, False)

    await _outbox(app).drain()

    report = await app.loyalty.campaigns.report(campaign)
    assert report.counts == {
        DeliveryStatus.SENT: 86,
        DeliveryStatus.BLOCKED: 2,
        DeliveryStatus.SKIPPED: 2,
    }
    assert report.status.value == "done"
    sent = [c for c in fake.calls if c.method == "sendMessage"]
    assert len(sent) == 86 and len({c.params["chat_id"] for c in sent}) == 86  # nobody twice
    assert fake.too_many == 0  # never over Telegram's limits
    assert {c.text for c in sent if str(c.params["chat_id"]) == str(CHAT_BASE)} == {
        "Pointi mara mbili Ijumaa!"
    }
    # Greek was not written: the English text, with a note in Greek naming its language.
    assert {c.text for c in sent if str(c.params["chat_id"]) == str(CHAT_BASE + 2)} == {
        "ℹ️ Αυτό το μήνυμα είναι γραμμένο στα Αγγλικά.\n\nDouble points on Friday!"
    }
    async with app.db.read() as s:
        blocked = await s.scalar(
            select(func.count(Customer.id)).where(Customer.blocked_at.is_not(None))
        )
    assert blocked == 2


async def test_a_429_pauses_all_sending_for_retry_after(
    live: tuple[App, TelegramChannel], fake: FakeTelegram
) -> None:
    app, _ = live
    await _campaign(app, 20)
    fake.injected = [2]
    await _outbox(app).drain()
    (refused_at,) = fake.injected_at
    after = [t for t in fake.accepted_at if t > refused_at]
    assert after and min(after) - refused_at >= 2.0
    async with app.db.read() as s:
        statuses = list(await s.scalars(select(Delivery.status)))
    assert statuses == [DeliveryStatus.SENT] * 20  # those refused in the pause were sent later
    assert fake.too_many == 0
    assert fake.during_pause <= 7  # at most the other requests in flight (concurrency 8)


async def test_two_senders_draining_one_outbox_never_send_twice(
    live: tuple[App, TelegramChannel], fake: FakeTelegram
) -> None:
    app, _ = live
    await _campaign(app, 60)
    first, second = _outbox(app, batch=5), _outbox(app, batch=5)  # small claims interleave
    # Each sender keeps its own limiter, as two worker processes would: the fake's limit
    # checks are off for this one, which is about claiming, not pacing.
    fake.enforce_limits = False
    await asyncio.gather(first.drain(), second.drain())
    chats = Counter(c.params["chat_id"] for c in fake.calls if c.method == "sendMessage")
    assert len(chats) == 60 and set(chats.values()) == {1}
    assert first.outcomes["sent"] + second.outcomes["sent"] == 60
    assert first.outcomes["sent"] > 0 and second.outcomes["sent"] > 0  # both did real work


async def test_a_pause_whatsapp_asks_for_never_holds_telegram_up(
    app: App, clock: ManualClock
) -> None:
    """Each app at its own pace: Meta's "slow down" pauses WhatsApp's sends only; the
    Telegram messages of the same batch go at once, the WhatsApp ones after the pause,
    each once."""
    for n in range(20):
        for channel in ("telegram", "whatsapp"):
            await app.loyalty.customers.register(
                channel, f"{channel}-{n}", language="en", marketing_consent=True
            )
    await _hello_to_all(app, "Both")
    got: Counter[str] = Counter()
    asked_to_wait = False

    async def telegram(external_id: str, reply: Reply) -> str:
        got[external_id] += 1
        return "1"

    async def whatsapp(external_id: str, reply: Reply) -> str:
        nonlocal asked_to_wait
        if not asked_to_wait:
            asked_to_wait = True
            raise RetryAfter(1.5)
        got[external_id] += 1
        return "wamid.1"

    app.notifier.register("telegram", telegram)
    app.notifier.register("whatsapp", whatsapp)
    outbox = Outbox(
        app.db,
        clock,
        app.notifier.deliver,
        RateLimiter(1000, per_chat_interval=0),
        app.renderer,
        channel_limiters={
            "telegram": RateLimiter(1000, per_chat_interval=0),
            "whatsapp": RateLimiter(1000, per_chat_interval=0),
        },
    )
    began = time.monotonic()
    await outbox.pump()
    assert time.monotonic() - began < 1.2  # nobody waited out WhatsApp's pause in a slot
    assert sum(1 for who in got if who.startswith("telegram")) == 20
    assert sum(1 for who in got if who.startswith("whatsapp")) < 20
    await asyncio.sleep(1.6)
    clock.advance(seconds=2)
    while await outbox.pump():
        pass
    assert len(got) == 40 and set(got.values()) == {1}  # every one, once


async def test_a_sender_held_past_its_lease_leaves_the_rest_to_the_sender_that_took_over(
    app: App, clock: ManualClock
) -> None:
    """A worker's machine stalls mid-batch for longer than the lease: the other worker
    claims the batch's rows and sends them; the first, when it wakes, sends none of them
    again. Only the message in flight at the stall may go twice (the outbox's promise)."""
    for n in range(5):
        await app.loyalty.customers.register(
            "telegram", f"c{n}", language="en", marketing_consent=True
        )
    await _hello_to_all(app, "Stall")
    got: Counter[str] = Counter()
    stalled = False

    def worker() -> Outbox:
        limiter = RateLimiter(1000, per_chat_interval=0)
        # One message in flight at a time, so "in flight at the stall" is one message.
        return Outbox(app.db, clock, app.notifier.deliver, limiter, app.renderer, concurrency=1)

    async def telegram(external_id: str, reply: Reply) -> str:
        nonlocal stalled
        got[external_id] += 1
        if not stalled:
            stalled = True
            clock.advance(minutes=3)  # the machine stalls past the 2-minute lease
            while await second.pump():  # meanwhile the other worker takes the rows over
                pass
        return "1"

    app.notifier.register("telegram", telegram)
    first, second = worker(), worker()
    await first.pump()
    assert sorted(got.values()) == [1, 1, 1, 1, 2]  # the one in flight twice, no other
    assert first.outcomes["sent"] == 1 and second.outcomes["sent"] == 5
    async with app.db.read() as session:
        statuses = Counter(await session.scalars(select(Delivery.status)))
    assert statuses == {DeliveryStatus.SENT: 5}
