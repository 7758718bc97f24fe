"""The customer's summary: balance, tier progress, stamps, history."""

from __future__ import annotations

from bot.app import App
from bot.clock import ManualClock
from models import LedgerKind
from tests.conftest import Shop


async def test_summary_shows_progress_to_the_next_tier_and_recent_history(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "3000")  # 300 of Silver's 500
    clock.advance(hours=1)
    await app.loyalty.redemptions.redeem_points(amina, "espresso")
    await app.loyalty.stamps.add(amina, 2)
    summary = await app.loyalty.summary.summary(amina, history=5)
    assert summary.balance == 150
    assert (summary.tier_key, summary.next_tier_key, summary.points_to_next_tier) == (
        "bronze",
        "silver",
        200,
    )
    assert summary.tier_progress == 0.6
    assert (summary.stamps, summary.stamp_slots, summary.completed_cards) == (2, 10, 0)
    assert [(h.kind, h.amount, h.balance_after) for h in summary.history] == [
        (LedgerKind.REDEEM, -150, 150),
        (LedgerKind.EARN, 300, 300),
    ]


async def test_the_top_tier_has_nothing_left_to_reach(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "45000")
    summary = await app.loyalty.summary.summary(amina)
    assert (summary.tier_key, summary.next_tier_key, summary.tier_progress) == (
        "platinum",
        None,
        1.0,
    )
