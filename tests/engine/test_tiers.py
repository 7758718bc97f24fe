"""Tiers: earned in a trailing window, one upgrade event per tier, spending never demotes."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.events import TierUpgraded
from models import Customer, StaffRole, TierAchievement
from tests.conftest import Shop


async def _tier(app: App, customer_id: int) -> str | None:
    async with app.db.read() as s:
        return await s.scalar(select(Customer.tier_key).where(Customer.id == customer_id))


async def test_crossing_a_threshold_emits_one_upgrade(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    first = await app.loyalty.purchases.record(amina, "4000", idempotency_key="a")  # 400
    assert first.events == ()
    second = await app.loyalty.purchases.record(amina, "1000", idempotency_key="b")  # 500: Silver
    assert second.events == (TierUpgraded(amina, "bronze", "silver"),)
    third = await app.loyalty.purchases.record(amina, "1000", idempotency_key="c")
    assert third.events == ()


async def test_jumping_two_tiers_reports_the_tier_reached(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    result = await app.loyalty.purchases.record(amina, "20000", idempotency_key="big")
    assert result.events == (TierUpgraded(amina, "bronze", "gold"),)


async def test_spending_points_does_not_demote(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "6000")  # 600: Silver
    await app.loyalty.redemptions.redeem_points(amina, "cappuccino")
    await app.loyalty.redemptions.redeem_points(amina, "cappuccino")
    assert await app.loyalty.tiers.evaluate(amina) is None
    assert await _tier(app, amina) == "silver"
    assert (await app.loyalty.summary.summary(amina)).tier_key == "silver"


async def test_the_window_rolls_and_reaching_the_tier_again_is_not_celebrated_twice(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "5000")  # Silver
    clock.advance(days=366)
    assert (await app.loyalty.summary.summary(amina)).tier_key == "bronze"
    assert await app.loyalty.tiers.evaluate(amina) is None  # a quiet step down
    assert await _tier(app, amina) == "bronze"
    again = await app.loyalty.purchases.record(amina, "5000", idempotency_key="again")
    assert again.tier_key == "silver" and again.events == ()
    async with app.db.read() as s:
        rows = list(await s.scalars(select(TierAchievement.tier_key).order_by(TierAchievement.id)))
    assert rows == ["bronze", "silver"]


async def test_owner_adjustments_do_not_count_towards_tiers(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    owner = await shop.staff(StaffRole.OWNER)
    change = await app.loyalty.points.adjust(amina, 2000, "goodwill", actor=owner)
    assert change.balance == 2000
    assert (await app.loyalty.summary.summary(amina)).tier_key == "bronze"


async def test_bonus_points_count_towards_tiers_once_per_key(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    first = await app.loyalty.points.grant_bonus(amina, 500, idempotency_key="birthday-2026")
    again = await app.loyalty.points.grant_bonus(amina, 500, idempotency_key="birthday-2026")
    assert first.upgrade == TierUpgraded(amina, "bronze", "silver")
    assert again.duplicate and again.balance == 500
