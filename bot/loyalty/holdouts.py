"""Holdout groups: did the campaign work?

When a campaign starts sending, a random share of its segment (the campaign's
`holdout_percent`, 10 % by default; nobody when the segment has fewer than 100 people) is
kept back: they get nothing. The draw comes from a seed stored with the campaign, so
anyone can recompute it from the seed and the segment's sorted member ids.

For 7 and 30 days from the start, the people who got it are compared with the people kept
back: the share who bought, visits and spend per person, points redeemed. The difference in
the share who bought (the uplift, in percentage points) comes with a 95 % confidence
interval (the normal approximation for a difference of two proportions), which is what
decides the words the owner reads: more, fewer, or not told apart from no effect.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.loyalty.context import EngineContext
from models import (
    Campaign,
    CampaignHoldout,
    Delivery,
    DeliveryStatus,
    LedgerEntry,
    LedgerKind,
)

SMALLEST_SEGMENT = 100  # fewer people than this: nobody is kept back
Z95 = 1.959964  # the normal distribution's 97.5th percentile


def held_back(people: int, percent: int) -> int:
    """How many of a segment of `people` are kept back."""
    if people < SMALLEST_SEGMENT or percent <= 0:
        return 0
    return round(people * percent / 100)


def draw(seed: str, members: Sequence[int], percent: int) -> set[int]:
    """Who is kept back: the same seed and members always give the same people."""
    ordered = sorted(members)
    return set(random.Random(seed).sample(ordered, held_back(len(ordered), percent)))


@dataclass(frozen=True, slots=True)
class Group:
    people: int
    buyers: int  # people who bought at least once in the period
    visits: int  # purchases in the period
    spend_minor: int  # their total, in the currency's minor units
    redeemed: int  # points spent on rewards in the period

    @property
    def share(self) -> float:
        return self.buyers / self.people if self.people else 0.0


@dataclass(frozen=True, slots=True)
class Uplift:
    campaign_id: int
    days: int
    complete: bool  # the whole period has passed (else: so far)
    reached: Group  # those who got the campaign
    held: Group  # those kept back
    difference: float  # in percentage points: reached.share - held.share
    low: float
    high: float

    @property
    def verdict(self) -> str:
        """ "more" or "fewer" when the interval leaves zero out, else "unclear"."""
        if self.low > 0:
            return "more"
        if self.high < 0:
            return "fewer"
        return "unclear"


def interval(reached: Group, held: Group) -> tuple[float, float, float]:
    """The difference of the two shares who bought, in points, and its 95 % interval."""
    p1, p0 = reached.share, held.share
    difference = 100 * (p1 - p0)
    if not reached.people or not held.people:
        return difference, -100.0, 100.0
    error = math.sqrt(p1 * (1 - p1) / reached.people + p0 * (1 - p0) / held.people)
    return difference, difference - 100 * Z95 * error, difference + 100 * Z95 * error


class HoldoutService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def uplift(self, campaign_id: int, days: int) -> Uplift | None:
        """The comparison `days` after the start; None before it started or when nobody
        was kept back."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read(heavy=True) as session:
            started = await session.scalar(
                select(Campaign.started_at).where(Campaign.id == campaign_id)
            )
            if started is None:
                return None
            held_ids = select(CampaignHoldout.customer_id).where(
                CampaignHoldout.campaign_id == campaign_id
            )
            reached_ids = select(Delivery.customer_id).where(
                Delivery.campaign_id == campaign_id, Delivery.status == DeliveryStatus.SENT
            )
            end = min(now, started + timedelta(days=days))
            held = await _group(session, held_ids, started, end)
            if not held.people:
                return None
            reached = await _group(session, reached_ids, started, end)
        difference, low, high = interval(reached, held)
        complete = now >= started + timedelta(days=days)
        return Uplift(campaign_id, days, complete, reached, held, difference, low, high)


async def _group(session: AsyncSession, ids: Select[int], start: datetime, end: datetime) -> Group:
    people = int(await session.scalar(select(func.count()).select_from(ids.subquery())) or 0)
    reversal = aliased(LedgerEntry)
    in_period = (
        LedgerEntry.customer_id.in_(ids),
        LedgerEntry.created_at >= start,
        LedgerEntry.created_at < end,
    )
    row = (
        await session.execute(
            select(
                func.count(func.distinct(LedgerEntry.customer_id)),
                func.count(LedgerEntry.id),
                func.coalesce(func.sum(LedgerEntry.purchase_minor), 0),
            ).where(
                *in_period,
                LedgerEntry.kind == LedgerKind.EARN,
                LedgerEntry.purchase_minor.is_not(None),
                ~exists().where(reversal.reverses_id == LedgerEntry.id),  # refunded: no visit
            )
        )
    ).one()
    redeemed = await session.scalar(
        select(func.coalesce(-func.sum(LedgerEntry.amount), 0)).where(
            *in_period, LedgerEntry.kind == LedgerKind.REDEEM
        )
    )
    buyers, visits, spend = (int(value or 0) for value in row)
    return Group(people, buyers, visits, spend, int(redeemed or 0))
