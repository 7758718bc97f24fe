"""Expiry: oldest points first, after_days after earning, never retroactive, with warning."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty import EngineContext, Loyalty
from bot.loyalty.expiry import ExpiringPoints
from bot.program import LiveProgram
from tests.conftest import Shop
from tests.helpers.databases import balance
from tests.helpers.programmes import make_program


@pytest.fixture
def program():  # type: ignore[no-untyped-def]
    return make_program(expiry={"policy": "rolling", "after_days": 90, "starts_on": "2026-01-01"})


async def test_points_expire_after_the_period_oldest_first(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")  # 200 on day 0
    clock.advance(days=30)
    await shop.earn(amina, "1000")  # 100 on day 30
    await app.loyalty.redemptions.redeem_points(amina, "espresso")  # spends 150 of the oldest
    # What /balance warns about (worked out from the credits it read) is what expires then.
    assert await app.loyalty.expiry.next_for(amina) == ExpiringPoints(amina, 50, date(2026, 5, 31))
    clock.advance(days=59)  # day 89: nothing due yet
    assert await app.loyalty.expiry.expire_due() == []
    clock.advance(days=1)  # day 90: the 50 left of the first 200 go
    assert await app.loyalty.expiry.expire_due() == [ExpiringPoints(amina, 50)]
    assert await app.loyalty.expiry.expire_due() == []  # idempotent
    assert await balance(app, amina) == 100
    assert await app.loyalty.expiry.next_for(amina) == ExpiringPoints(amina, 100, date(2026, 6, 30))
    clock.advance(days=30)  # day 120: the second purchase's 100 go
    assert await app.loyalty.expiry.expire_due() == [ExpiringPoints(amina, 100)]
    assert await balance(app, amina) == 0


async def test_upcoming_expiry_and_the_day_it_happens(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")  # 2026-03-02 12:00 Nairobi
    clock.advance(days=80)
    assert await app.loyalty.expiry.upcoming(within_days=9) == []
    assert await app.loyalty.expiry.upcoming(within_days=10) == [ExpiringPoints(amina, 200)]
    nxt = await app.loyalty.expiry.next_for(amina)
    assert nxt == ExpiringPoints(amina, 200, date(2026, 5, 31))
    assert (await app.loyalty.summary.summary(amina)).expiring == nxt


async def test_introducing_the_policy_never_expires_points_retroactively(
    shop: Shop, app: App, clock: ManualClock
) -> None:
    # Points from 2025 would be long past 90 days; the policy starting 2026-01-01 means they
    # count as earned on that day and go 90 days later, not at once.
    clock.set(datetime(2025, 6, 1, 9, 0, tzinfo=UTC))
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    clock.set(datetime(2026, 3, 30, 9, 0, tzinfo=UTC))  # 88 days after the policy started
    assert await app.loyalty.expiry.expire_due() == []
    assert (await app.loyalty.expiry.next_for(amina)) == ExpiringPoints(
        amina, 200, date(2026, 4, 1)
    )
    clock.set(datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    assert await app.loyalty.expiry.expire_due() == [ExpiringPoints(amina, 200)]


async def test_no_policy_means_no_expiry(app: App, shop: Shop, clock: ManualClock) -> None:
    never = Loyalty.build(
        EngineContext(app.db, LiveProgram(make_program(expiry={"policy": "none"})), clock)
    ).expiry
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    clock.advance(days=5000)
    assert await never.expire_due() == []
    assert await never.next_for(amina) is None


async def test_refunded_redemptions_do_not_shield_or_double_expire(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    await app.loyalty.redemptions.cancel(amina, issued.code)
    clock.advance(days=90)
    assert await app.loyalty.expiry.expire_due() == [ExpiringPoints(amina, 200)]
    assert await balance(app, amina) == 0
