"""Tiers qualify on points earned in a trailing window, so spending never demotes."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import notices, webhooks
from bot.loyalty.context import EngineContext, lock_customer
from bot.loyalty.events import TierUpgraded
from bot.loyalty.ledger import QUALIFYING_KINDS
from bot.program import Program, Tier
from models import Customer, LedgerEntry, TierAchievement


async def qualifying_points(
    session: AsyncSession, program: Program, customer_id: int, now: datetime
) -> int:
    since = now - timedelta(days=program.tiers.window_days)
    total = await session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.customer_id == customer_id,
            LedgerEntry.kind.in_(QUALIFYING_KINDS),
            LedgerEntry.created_at > since,
        )
    )
    return max(0, int(total or 0))


def tier_with_hold(
    program: Program,
    qualifying: int,
    held: str | None,
    held_until: datetime | None,
    now: datetime,
) -> Tier:
    """The tier the points earn, or a higher one kept since the owner raised its threshold
    (bot/loyalty/programme.py) while the hold lasts."""
    tier = program.tier_for(qualifying)
    if held is None or held_until is None or held_until <= now:
        return tier
    kept = next((t for t in program.tiers.levels if t.key == held), None)
    if kept is not None and _rank(program, kept.key) > _rank(program, tier.key):
        return kept
    return tier


def _rank(program: Program, key: str | None) -> int:
    keys = [t.key for t in program.tiers.levels]
    return keys.index(key) if key in keys else -1


async def evaluate(
    session: AsyncSession,
    program: Program,
    customer: Customer,
    now: datetime,
    qualifying: int | None = None,
) -> TierUpgraded | None:
    """Bring the customer's tier up to date; report an upgrade only the first time a tier
    is reached, so a customer who slips back and climbs again is not congratulated twice.

    Call with the customer locked (lock_customer) so two evaluations cannot race. A caller
    that already knows the qualifying points (it just summed them and added to them) passes
    them in and saves the query.
    """
    if qualifying is None:
        qualifying = await qualifying_points(session, program, customer.id, now)
    if customer.tier_held_until is not None and customer.tier_held_until <= now:
        customer.tier_held = customer.tier_held_until = None  # the hold has run out
    tier = tier_with_hold(program, qualifying, customer.tier_held, customer.tier_held_until, now)
    previous = customer.tier_key
    if tier.key == previous:
        return None
    customer.tier_key = tier.key
    if _rank(program, tier.key) < _rank(program, previous):
        return None  # the window rolled past old purchases: a quiet step down
    seen = await session.scalar(
        select(TierAchievement.id).where(
            TierAchievement.customer_id == customer.id, TierAchievement.tier_key == tier.key
        )
    )
    if seen is not None:
        return None
    session.add(TierAchievement(customer_id=customer.id, tier_key=tier.key, reached_at=now))
    if _rank(program, tier.key) == 0:
        return None  # the entry tier is where everyone starts, not an achievement
    # Queued with the upgrade itself: if this commits, the message goes, whatever path
    # (a till, a referral, a birthday bonus) caused it and whatever crashes afterwards.
    await notices.queue(
        session,
        customer_id=customer.id,
        key=f"tier:{customer.id}:{tier.key}",
        message="notice-tier",
        now=now,
        args={"tier": tier.key},
    )
    await webhooks.emit(
        session,
        "tier.reached",
        f"tier:{customer.id}:{tier.key}",
        now,
        member_code=customer.member_code,
        tier=tier.key,
        previous_tier=previous,
    )
    return TierUpgraded(customer_id=customer.id, from_tier=previous, to_tier=tier.key)


class TierService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def evaluate(self, customer_id: int) -> TierUpgraded | None:
        """Re-evaluate one customer (e.g. from a daily job as the window rolls on)."""
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            return await evaluate(session, self._ctx.program, customer, self._ctx.clock.now())
