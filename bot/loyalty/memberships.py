"""Paid memberships: a month or a year paid at the till, giving a tier's earning (its
multiplier, when above the member's own) and/or a discount staff are shown.

A sale is a period from now (or, bought before the last one ends, from its end: an early
renewal loses no day) to the same local time `months` later. While a period runs, the
purchase engine earns at the better of the member's tier and the membership's; when it
ends, nothing is taken back and nothing needs doing: the next purchase earns as before.
The member hears when it starts, some days before it ends if it was not renewed, and
once when it has ended.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.loyalty import audit, notices, rollout
from bot.loyalty.bundles import named_item, price_minor
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import IdempotencyConflict, UnknownMembership
from bot.program import Membership, Program
from models import Customer, MembershipPeriod, Purpose

# The "it has ended" notice goes within this long of the end, not for periods long past.
ENDED_NOTICE_WITHIN = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class Period:
    id: int
    key: str
    starts_at: datetime
    ends_at: datetime


def _period(row: MembershipPeriod) -> Period:
    return Period(row.id, row.membership_key, row.starts_at, row.ends_at)


def on_sale(program: Program, typed: str) -> Membership:
    """A membership on sale by its number in /member's list, its key or its name."""
    found = named_item([m for m in program.memberships if m.active], typed)
    if found is None:
        raise UnknownMembership(membership=typed.strip()[:40])
    return found


def add_months(moment: datetime, months: int) -> datetime:
    """The same local time `months` later; the 31st becomes the month's last day."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def better_tier(program: Program, own: str | None, membership_tier: str | None) -> str | None:
    """The tier a purchase earns at: the member's own, or the membership's when its
    multiplier is higher (a membership never lowers anyone)."""
    if membership_tier is None:
        return own
    mine, bought = program.tier(own), program.tier(membership_tier)
    return bought.key if bought.multiplier > mine.multiplier else own


async def running(
    session: AsyncSession, program: Program, customer_id: int, now: datetime
) -> Membership | None:
    """The membership running for a customer now (the richest, if two are)."""
    if not program.memberships:
        return None  # no query on every purchase of a shop that sells none
    keys = await session.scalars(
        select(MembershipPeriod.membership_key).where(
            MembershipPeriod.customer_id == customer_id,
            MembershipPeriod.starts_at <= now,
            MembershipPeriod.ends_at > now,
        )
    )
    found = [m for key in set(keys) if (m := program.membership(key)) is not None]

    def worth(m: Membership) -> tuple[object, int]:
        return (program.tier(m.tier).multiplier if m.tier else 0, m.discount_percent)

    return max(found, key=worth, default=None)


class MembershipService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def sell(
        self, customer_id: int, membership: Membership, *, actor: Actor, idempotency_key: str
    ) -> tuple[Period, bool]:
        """A period sold once per key: (the period, True if this key had sold it before)."""
        ctx = self._ctx
        now = ctx.clock.now()
        key = f"membership-sale:{idempotency_key}"[:128]
        async with ctx.db.write() as session:
            await lock_customer(session, customer_id)
            await rollout.refuse_unless_started(session, ctx.program, actor)
            previous = await session.scalar(
                select(MembershipPeriod).where(MembershipPeriod.sale_key == key)
            )
            if previous is not None:
                if (previous.customer_id, previous.membership_key) != (customer_id, membership.key):
                    raise IdempotencyConflict(key)
                return _period(previous), True
            # Renewed before the end: the new period starts where the running one ends.
            last_end = await session.scalar(
                select(MembershipPeriod.ends_at)
                .where(
                    MembershipPeriod.customer_id == customer_id,
                    MembershipPeriod.membership_key == membership.key,
                    MembershipPeriod.ends_at > now,
                )
                .order_by(MembershipPeriod.ends_at.desc())
                .limit(1)
            )
            starts = max(now, last_end) if last_end else now
            tz = ctx.program.shop.tz
            ends = add_months(starts.astimezone(tz), membership.months)
            row = MembershipPeriod(
                customer_id=customer_id,
                membership_key=membership.key,
                starts_at=starts,
                ends_at=ends,
                staff_id=actor.staff_id,
                branch_id=actor.branch_id,
                sale_key=key,
                price_minor=price_minor(ctx.program, membership.price),
                sold_at=now,
            )
            session.add(row)
            await session.flush()
            await notices.tell(
                session,
                customer_id,
                f"membership-sold:{row.id}",
                "notice-membership-sold",
                now,
                membership=membership.key,
                date=ends.date().isoformat(),
            )
            audit.record(
                session,
                actor=actor,
                action="membership-sale",
                now=now,
                customer_id=customer_id,
                membership=membership.key,
                period_id=row.id,
            )
            return _period(row), False

    async def current(self, customer_id: int) -> list[Period]:
        """The periods running now or bought to follow, soonest first."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            rows = await session.scalars(
                select(MembershipPeriod)
                .where(MembershipPeriod.customer_id == customer_id, MembershipPeriod.ends_at > now)
                .order_by(MembershipPeriod.starts_at, MembershipPeriod.id)
            )
            return [_period(row) for row in rows]

    async def running_for(self, customer_id: int) -> Membership | None:
        async with self._ctx.db.read() as session:
            return await running(session, self._ctx.program, customer_id, self._ctx.clock.now())

    async def remind(self) -> int:
        """Queue, once per period not followed by another of its kind: "ends on ..." some
        days before, and "has ended" just after. The outbox holds them through quiet
        hours; their keys make each once however often this runs."""
        program = self._ctx.program
        now = self._ctx.clock.now()
        days = program.messages.membership_reminder_days
        following = aliased(MembershipPeriod)
        renewed = (
            select(following.id)
            .where(
                following.customer_id == MembershipPeriod.customer_id,
                following.membership_key == MembershipPeriod.membership_key,
                following.starts_at >= MembershipPeriod.ends_at,
            )
            .exists()
        )
        ending = and_(
            MembershipPeriod.ends_at > now,
            MembershipPeriod.ends_at <= now + timedelta(days=days),
        )
        ended = and_(
            MembershipPeriod.ends_at <= now,
            MembershipPeriod.ends_at > now - ENDED_NOTICE_WITHIN,
        )
        queued = 0
        async with self._ctx.db.write() as session:
            rows = await session.scalars(
                select(MembershipPeriod)
                .join(Customer, Customer.id == MembershipPeriod.customer_id)
                .where(
                    Customer.erased_at.is_(None),
                    ~renewed,
                    (ending | ended) if days else ended,
                )
            )
            for row in list(rows):
                done = row.ends_at <= now
                queued += await notices.queue(
                    session,
                    customer_id=row.customer_id,
                    key=f"membership-{'ended' if done else 'ending'}:{row.id}",
                    message="notice-membership-ended" if done else "notice-membership-ending",
                    now=now,
                    purpose=Purpose.REMINDER,
                    args={
                        "membership": row.membership_key,
                        "date": row.ends_at.astimezone(program.shop.tz).date().isoformat(),
                    },
                )
        return queued
