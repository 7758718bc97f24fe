"""The messages the bot sends on its own, each once per occasion, and not at night.

START is Monday 2 March 2026, 12:00 in Nairobi; points expire 365 days after they are
earned; win-back after 30 days; the birthday bonus is 50 points.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from bot.app import App, open_app
from bot.chat_types import Reply
from bot.clock import ManualClock
from bot.loyalty import notices, reminders
from bot.loyalty.reminders import ReminderService
from bot.program import Program
from bot.settings import Settings
from models import Customer, Delivery, DeliveryStatus, LedgerEntry, LedgerKind, Purpose
from tests.conftest import START, Shop
from tests.helpers.databases import balance
from tests.helpers.outbox import drain_outbox, texts
from tests.helpers.programmes import make_program


@pytest.fixture
def program() -> Program:
    # No win-back unless a test asks for it: it would join every other test's messages.
    return make_program(
        messages={"winback_days": 0},
        limits={"stamps_per_customer_per_day": 20, "stamp_cooldown_minutes": 0},
    )


def _reminders(app: App) -> ReminderService:
    return app.loyalty.reminders


def _local(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour - 3, tzinfo=UTC)  # Nairobi is UTC+3


async def test_two_reminders_before_points_expire_then_the_expiry(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "1000")  # 100 points, expiring on 2 March 2027
    await drain_outbox(app)  # the till's own notices went as they happened
    reminders = _reminders(app)

    clock.set(_local(date(2027, 2, 10)))  # 20 days before: no reminder yet
    await reminders.run()
    assert await drain_outbox(app) == {}
    clock.set(_local(date(2027, 2, 20)))  # 10 days before
    await reminders.run()
    await reminders.run()  # the hourly job again: still one message
    assert texts(await drain_outbox(app)) == {
        amina: [
            "⏳ Pointi zako 100 zinaisha muda baada ya siku 10, tarehe 2 Mac 2027. "
            "Zitumie kwenye /rewards kabla ya hapo!"
        ]
    }
    clock.set(_local(date(2027, 3, 1)))  # the day before
    await reminders.run()
    assert texts(await drain_outbox(app)) == {
        amina: ["⏳ Pointi zako 100 zinaisha muda kesho (2 Mac 2027). Zitumie kwenye /rewards!"]
    }
    assert await balance(app, amina) == 100
    clock.set(_local(date(2027, 3, 3)))
    done = await reminders.run()
    assert done["expired"] == 1
    assert await balance(app, amina) == 0
    async with app.db.read() as session:
        kinds = list(await session.scalars(select(LedgerEntry.kind).order_by(LedgerEntry.id)))
    assert kinds == [LedgerKind.EARN, LedgerKind.EXPIRE]
    assert await drain_outbox(app) == {}


async def test_a_bot_started_late_sends_only_the_nearest_reminder(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    amina = await shop.customer(language="en")
    await shop.earn(amina, "1000")
    await drain_outbox(app)  # the till's own notices went as they happened
    clock.set(_local(date(2027, 2, 28)))  # first run two days before: not the 14-day one too
    await _reminders(app).run()
    assert texts(await drain_outbox(app)) == {
        amina: [
            "⏳ 100 of your points expire in 2 days, on Mar 2, 2027. "
            "Use them in /rewards before then!"
        ]
    }


async def test_win_back_once_per_absence(app: App, clock: ManualClock, shop: Shop) -> None:
    program = make_program(messages={"winback_days": 30})
    async with open_app(app.settings, program=program, clock=clock) as winback_app:
        nikos = await shop.customer(name="Nikos", language="el", marketing_consent=True)
        quiet = await shop.customer(name="Joe", language="en", marketing_consent=False)
        await shop.earn(nikos, "500")
        await shop.earn(quiet, "500")
        await drain_outbox(winback_app)  # the till's own notices went as they happened
        reminders = _reminders(winback_app)
        clock.advance(days=29)
        await reminders.run()
        assert await drain_outbox(winback_app) == {}
        clock.advance(days=2)
        await reminders.run()
        clock.advance(days=1)
        await reminders.run()  # still the same absence
        assert texts(await drain_outbox(winback_app)) == {
            nikos: [
                "👋 Μας λείψατε στο Baraka Café! Έχουν περάσει περισσότερες από 30 ημέρες. "
                "Οι πόντοι σας σας περιμένουν: /balance"
            ]
        }
        await shop.earn(nikos, "500")  # back again, then away again
        await drain_outbox(winback_app)  # the till's own notice went as it happened
        clock.advance(days=31)
        await reminders.run()
        assert len((await drain_outbox(winback_app))[nikos]) == 1


async def test_the_sweeps_over_every_customer_go_a_page_at_a_time_and_miss_nobody(
    app: App, clock: ManualClock, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reminders, "PAGE", 2)  # five people: pages of 2, 2 and 1
    program = make_program(messages={"winback_days": 30})
    async with open_app(app.settings, program=program, clock=clock) as winback_app:
        people = [
            await shop.customer(name=f"P{n}", language="en", marketing_consent=True)
            for n in range(5)
        ]
        for person in people:
            await shop.earn(person, "5000")  # Silver
        await drain_outbox(winback_app)  # the till's own notices went as they happened
        clock.advance(days=31)
        assert (await _reminders(winback_app).run())["win-back"] == 5
        sent = await drain_outbox(winback_app)
        assert sorted(sent) == sorted(people)
        assert all(len(messages) == 1 for messages in sent.values())
        assert (await _reminders(winback_app).run())["win-back"] == 0  # the same absence
        clock.advance(days=335)
        assert (await _reminders(winback_app).run())["tiers-reviewed"] == 5
        async with app.db.read() as session:
            tiers = set(await session.scalars(select(Customer.tier_key)))
        assert tiers == {"bronze"}  # every page was reviewed


async def test_birthday_bonus_once_a_year_and_not_for_a_birthday_just_changed(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    amina = await shop.customer()
    eve = await shop.customer(name="Eve", language="en")
    await app.loyalty.customers.set_birthday(amina, date(1990, 4, 15))
    await app.loyalty.customers.set_birthday(eve, date(1995, 3, 20))  # set 18 days before
    reminders = _reminders(app)

    clock.set(_local(date(2026, 3, 20), hour=9))
    await reminders.run()
    assert await balance(app, eve) == 0  # changed too recently to count
    clock.set(_local(date(2026, 4, 15), hour=9))
    await reminders.run()
    await reminders.run()
    assert await balance(app, amina) == 50
    assert texts(await drain_outbox(app)) == {
        amina: ["🎂 Heri ya siku ya kuzaliwa kutoka Baraka Café! Pokea pointi 50 za bonasi."]
    }
    clock.set(_local(date(2027, 4, 15), hour=9))
    await reminders.run()
    async with app.db.read() as session:
        bonuses = list(
            await session.scalars(
                select(LedgerEntry.amount).where(
                    LedgerEntry.customer_id == amina, LedgerEntry.kind == LedgerKind.BONUS
                )
            )
        )
    assert bonuses == [50, 50]  # next year, once more (last year's have just expired)


async def test_a_nearly_full_card_and_an_uncollected_one_are_mentioned_once(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    amina = await shop.customer(language="en")
    joe = await shop.customer(name="Joe", language="en")
    await app.loyalty.stamps.add(amina, 9)
    await app.loyalty.stamps.add(joe, 10)
    await drain_outbox(app)  # the till's own notices went as they happened
    reminders = _reminders(app)
    clock.advance(days=2)
    await reminders.run()
    assert await drain_outbox(app) == {}  # they were just here
    clock.advance(days=2)
    await reminders.run()
    clock.advance(days=1)
    await reminders.run()
    assert texts(await drain_outbox(app)) == {
        amina: ["☕ Just one more stamp to your card’s reward: Free coffee of your choice!"],
        joe: [
            "🎁 Your full stamp card is waiting. Your reward: Free coffee of your choice. "
            "Collect it in /rewards."
        ],
    }


async def test_a_tier_nobody_re_earned_steps_down_quietly(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "5000")  # Silver
    await drain_outbox(app)
    clock.advance(days=366)
    assert (await _reminders(app).run())["tiers-reviewed"] == 1
    async with app.db.read() as session:
        assert await session.scalar(select(Customer.tier_key).where(Customer.id == amina)) == (
            "bronze"
        )
    assert await drain_outbox(app) == {}


async def test_reminders_wait_for_the_end_of_quiet_hours(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    amina = await shop.customer(language="en")
    await app.loyalty.stamps.add(amina, 9)
    await drain_outbox(app)  # the till's own notices went as they happened
    clock.set(START + timedelta(days=5, hours=10))  # 22:00 in Nairobi
    await _reminders(app).run()
    assert await drain_outbox(app) == {}
    clock.set(START + timedelta(days=5, hours=20))  # 08:00 the next morning
    assert set(await drain_outbox(app)) == {amina}


async def test_the_running_scheduler_sends_automatic_messages_by_itself(
    database_url: str, program: Program
) -> None:
    """Real time, the real APScheduler and sender: started, it catches up at once."""
    program = make_program(messages={"quiet_start": "00:00:00", "quiet_end": "00:00:00"})
    async with open_app(Settings(database_url=database_url), program=program) as app:
        received: list[tuple[str, str]] = []

        async def deliver(user_id: str, reply: Reply) -> None:
            received.append((user_id, reply.text))

        app.notifier.register("test", deliver)
        registration = await app.loyalty.customers.register("test", "55", language="en")
        today = app.clock.now().astimezone(program.shop.tz).date()
        async with app.db.write() as session:
            await session.execute(
                update(Customer)
                .where(Customer.id == registration.customer_id)
                .values(
                    birthday=today.replace(year=1990)
                    if (today.month, today.day) != (2, 29)
                    else date(1992, 2, 29),
                    birthday_set_at=app.clock.now() - timedelta(days=400),
                )
            )
        jobs = app.jobs()
        jobs.start()
        try:
            for _ in range(200):
                if received:
                    break
                await asyncio.sleep(0.05)
        finally:
            await jobs.stop()
        assert received == [
            ("55", "🎂 Happy birthday from Baraka Café! Here are 50 bonus points for you.")
        ]
        assert await balance(app, registration.customer_id) == 50


async def test_a_message_that_cannot_be_written_fails_alone(app: App, shop: Shop) -> None:
    amina = await shop.customer(language="en")
    async with app.db.write() as session:
        # An expiry notice without its arguments (as a bug would queue it), then a good one.
        await notices.queue(
            session, customer_id=amina, key="broken", message="notice-expiry", now=app.clock.now()
        )
        await notices.queue(
            session,
            customer_id=amina,
            key="fine",
            message="notice-birthday-plain",
            now=app.clock.now(),
            purpose=Purpose.REMINDER,
        )
    assert texts(await drain_outbox(app)) == {amina: ["🎂 Happy birthday from Baraka Café!"]}
    async with app.db.read() as session:
        statuses = dict(list(await session.execute(select(Delivery.key, Delivery.status))))
    assert statuses == {"broken": DeliveryStatus.FAILED, "fine": DeliveryStatus.SENT}


async def test_a_bonus_on_each_anniversary_of_joining_once_a_year(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    app.live.replace(
        make_program(messages={"winback_days": 0}, bonuses={"anniversary_points": 25}),
        app.live.version,
    )
    clock.set(_local(date(2025, 3, 2), hour=23))  # 23:00 in Nairobi, 20:00 UTC
    amina = await shop.customer()
    eve = await shop.customer(name="Eve", language="en")
    clock.set(_local(date(2025, 9, 1)))
    newer = await shop.customer(name="Newer", language="en")
    reminders = _reminders(app)
    clock.set(_local(date(2026, 3, 1), hour=23))  # the day before, in the shop's calendar
    await reminders.run()
    assert await balance(app, amina) == 0
    clock.set(_local(date(2026, 3, 2), hour=9))
    await reminders.run()
    await reminders.run()  # the hourly job again: nothing twice
    assert (await balance(app, amina), await balance(app, eve), await balance(app, newer)) == (
        25,
        25,
        0,
    )
    received = texts(await drain_outbox(app))
    assert received[eve] == [
        "🎉 A year as a member today: thank you! Here are 25 bonus points to celebrate."
        " — Baraka Café"
    ]
    assert received[amina] == [
        "🎉 Leo umetimiza mwaka mmoja ukiwa mwanachama: asante! Pokea pointi 25 za bonasi"
        " kusherehekea. — Baraka Café"
    ]
    assert newer not in received
    clock.set(_local(date(2027, 3, 2), hour=9))
    await reminders.run()
    assert texts(await drain_outbox(app))[eve][-1] == (  # after last year's bonus expired
        "🎉 2 years as a member today: thank you! Here are 25 bonus points to celebrate."
        " — Baraka Café"
    )
