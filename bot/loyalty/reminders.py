"""Who is due for a message the bot sends on its own, and queueing it (the scheduler only
decides when to look): points about to expire (then the expiry itself),
we-miss-you after a long absence, birthdays with the programme's bonus, a stamp card one
stamp from full or full and not collected, a bundle about to end with uses left, a
membership about to end or just ended, and the daily tier review.

Every message has a key that names the occasion (this expiry date and reminder, this
inactivity period, this birthday year, this card), so running the job every hour, after a
restart or on two workers, queues each one once. The outbox sends them, holding them
through quiet hours.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import datetime, timedelta
from itertools import islice
from typing import TypeVarTuple

from sqlalchemy import Row, Select, and_, extract, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import notices
from bot.loyalty.bundles import BundleService
from bot.loyalty.context import EngineContext
from bot.loyalty.expiry import ExpiryService
from bot.loyalty.memberships import MembershipService
from bot.loyalty.points import PointsService
from bot.loyalty.segments import same_day
from bot.loyalty.tiers import TierService
from bot.program import Program, card_reward_key
from models import Customer, Delivery, Purpose, StampCard, StampCardStatus, StampEvent

log = logging.getLogger(__name__)

Columns = TypeVarTuple("Columns")

# (customer id, key, Fluent id, purpose, arguments)
Queued = tuple[int, str, str, Purpose, dict[str, str | int]]

CHUNK = 500
# Customers read at a time by the sweeps over everyone (the lapsed, birthdays, tiers): the
# we-miss-you sweep once read them all at once, 20 MB at 100 000 customers.
PAGE = 2000
BIRTHDAY_CHANGE_COOLDOWN = timedelta(days=30)


class ReminderService:
    def __init__(
        self,
        ctx: EngineContext,
        expiry: ExpiryService,
        points: PointsService,
        tiers: TierService,
        bundles: BundleService,
        memberships: MembershipService,
    ) -> None:
        self._ctx = ctx
        self._bundles = bundles
        self._memberships = memberships
        self._db = ctx.db
        self._clock = ctx.clock
        self._expiry = expiry
        self._points = points
        self._tiers = tiers

    @property
    def _program(self) -> Program:
        return self._ctx.program  # the version in force now

    async def run(self) -> Counter[str]:
        done: Counter[str] = Counter()
        # Reminders first: whoever is due to lose points today is told before they go.
        done["expiry-reminders"] = await self.expiry_reminders()
        done["expired"] = len(await self._expiry.expire_due())
        done["win-back"] = await self.win_back()
        done["birthdays"] = await self.birthdays()
        done["anniversaries"] = await self.anniversaries()
        done["cards"] = await self.stamp_cards()
        done["bundles-ending"] = await self._bundles.remind_ending()
        done["memberships"] = await self._memberships.remind()
        done["tiers-reviewed"] = await self.review_tiers()
        return done

    async def _queue_new(
        self,
        messages: Iterable[Queued],
    ) -> int:
        """Queue (customer, key, message, purpose, args) whose key was never queued."""
        pending = iter(messages)
        queued = 0
        now = self._clock.now()
        while chunk := list(islice(pending, CHUNK)):
            async with self._db.write() as session:
                known = set(
                    await session.scalars(
                        select(Delivery.key).where(Delivery.key.in_([m[1] for m in chunk]))
                    )
                )
                for customer_id, key, message, purpose, args in chunk:
                    if key in known:
                        continue
                    queued += await notices.queue(
                        session,
                        customer_id=customer_id,
                        key=key,
                        message=message,
                        now=now,
                        purpose=purpose,
                        args=args,
                    )
        return queued

    async def expiry_reminders(self) -> int:
        expiry = self._expiry
        days = self._program.expiry.reminder_days  # sorted, largest first
        if not expiry.enabled or not days:
            return 0
        today = self._clock.now().astimezone(self._program.shop.tz).date()
        messages: list[Queued] = []
        for candidate in await expiry.upcoming(days[0]):
            nearest = await expiry.next_for(candidate.customer_id)
            if nearest is None or nearest.expires_on is None:
                continue
            left = (nearest.expires_on - today).days
            if left < 0:
                continue  # already due (the bot was off): they expire now, no "expires soon"
            # The closest reminder that applies: a bot started two days before an expiry
            # sends the 3-day reminder only, not the 14-day one as well.
            matching = [d for d in days if left <= d]
            if not matching:
                continue
            reminder = min(matching)
            messages.append(
                (
                    candidate.customer_id,
                    f"expiry:{candidate.customer_id}:{nearest.expires_on}:{reminder}",
                    "notice-expiry",
                    Purpose.REMINDER,
                    {
                        "points": nearest.points,
                        "date": nearest.expires_on.isoformat(),
                        "days": left,
                    },
                )
            )
        return await self._queue_new(messages)

    async def win_back(self) -> int:
        days = self._program.messages.winback_days
        if not days:
            return 0
        cutoff = self._clock.now() - timedelta(days=days)
        last_seen = func.coalesce(Customer.last_activity_at, Customer.joined_at)
        lapsed = select(Customer.id, Customer.last_activity_at, Customer.joined_at).where(
            Customer.marketing_consent.is_(True),
            Customer.blocked_at.is_(None),
            Customer.erased_at.is_(None),
            last_seen <= cutoff,
        )
        queued = 0
        async for page in self._pages(lapsed):
            # Keyed by the last visit: one message per absence; a visit starts a new one.
            queued += await self._queue_new(
                (
                    customer_id,
                    f"winback:{customer_id}:{(last or joined).date().isoformat()}",
                    "notice-winback",
                    Purpose.MARKETING,
                    {"days": days},
                )
                for customer_id, last, joined in page
            )
        return queued

    async def birthdays(self) -> int:
        now = self._clock.now()
        today = now.astimezone(self._program.shop.tz).date()
        points = self._program.bonuses.birthday_points
        with_birthdays = select(Customer.id, Customer.birthday, Customer.birthday_set_at).where(
            Customer.birthday.is_not(None), Customer.erased_at.is_(None)
        )
        celebrated = 0
        async for page in self._pages(with_birthdays):
            celebrating = [
                customer_id
                for customer_id, birthday, set_at in page
                if birthday is not None
                and same_day(birthday, today)
                # A birthday changed in the last 30 days does not count: no bonus by editing.
                and (set_at is None or now - set_at >= BIRTHDAY_CHANGE_COOLDOWN)
            ]
            celebrated += await self._celebrate(
                "birthday", today.year, points, [(c, {}) for c in celebrating]
            )
        return celebrated

    async def anniversaries(self) -> int:
        """A year a member (or two, or more) on this day in the shop's calendar: the
        programme's anniversary bonus, once a year, and a word of thanks."""
        now = self._clock.now()
        today = now.astimezone(self._program.shop.tz).date()
        points = self._program.bonuses.anniversary_points
        # The UTC days around today, so the database narrows it down by month and day;
        # the shop's calendar decides below.
        days = [today - timedelta(days=1), today, today + timedelta(days=1)]
        on_those_days = or_(
            *(
                and_(
                    extract("month", Customer.joined_at) == day.month,
                    extract("day", Customer.joined_at) == day.day,
                )
                for day in days
            )
        )
        async with self._db.read(heavy=True) as session:
            rows = list(
                await session.execute(
                    select(Customer.id, Customer.joined_at).where(
                        on_those_days,
                        Customer.erased_at.is_(None),
                        Customer.joined_at <= now - timedelta(days=364),
                    )
                )
            )
        celebrating = []
        for customer_id, joined in rows:
            joined_day = joined.astimezone(self._program.shop.tz).date()
            years = today.year - joined_day.year
            if years >= 1 and same_day(joined_day, today):
                celebrating.append((customer_id, years))
        return await self._celebrate(
            "anniversary", today.year, points, [(c, {"years": y}) for c, y in celebrating]
        )

    async def _celebrate(
        self, occasion: str, year: int, points: int, people: list[tuple[int, dict[str, int]]]
    ) -> int:
        """A yearly occasion (a birthday, an anniversary of joining): the programme's bonus
        and the greeting, each once a year per person (both keyed by the occasion and year)."""
        for customer_id, _ in people:
            if points:
                await self._points.grant_bonus(
                    customer_id,
                    points,
                    idempotency_key=f"{occasion}:{customer_id}:{year}",
                    note=occasion,
                )
        return await self._queue_new(
            (
                customer_id,
                f"{occasion}:{customer_id}:{year}",
                f"notice-{occasion}" if points else f"notice-{occasion}-plain",
                Purpose.REMINDER,
                {"points": points, **extra},
            )
            for customer_id, extra in people
        )

    async def stamp_cards(self) -> int:
        cutoff = self._clock.now() - timedelta(days=self._program.messages.card_reminder_days)
        async with self._db.read(heavy=True) as session:
            nearly = await _cards_waiting(session, cutoff)
            ready = list(
                await session.execute(
                    select(StampCard.id, StampCard.customer_id, StampCard.card_key)
                    .join(Customer, Customer.id == StampCard.customer_id)
                    .where(
                        StampCard.status == StampCardStatus.COMPLETED,
                        StampCard.completed_at <= cutoff,
                        Customer.erased_at.is_(None),
                    )
                )
            )

        def reward(kind: str) -> dict[str, str | int]:
            # Filled in with that card's reward (and, among several cards, its name), in the
            # reader's language, when sent.
            which: dict[str, str | int] = {"card": kind} if self._program.cards else {}
            return {"reward": card_reward_key(kind)} | which

        return await self._queue_new(
            [
                (customer_id, f"card-near:{card_id}", "notice-card-near", Purpose.REMINDER,
                 reward(kind))
                for card_id, customer_id, kind in nearly
            ]
            + [
                (customer_id, f"card-ready:{card_id}", "notice-card-ready", Purpose.REMINDER,
                 reward(kind))
                for card_id, customer_id, kind in ready
            ]
        )  # fmt: skip

    async def review_tiers(self) -> int:
        """As the trailing window rolls on, a tier nobody re-earned steps down quietly."""
        base = self._program.tiers.levels[0].key
        tiered = select(Customer.id).where(
            Customer.tier_key.is_not(None),
            Customer.tier_key != base,
            Customer.erased_at.is_(None),
        )
        reviewed = 0
        async for page in self._pages(tiered):
            for (customer_id,) in page:
                await self._tiers.evaluate(customer_id)
            reviewed += len(page)
        return reviewed

    async def _pages(
        self, customers: Select[int, *Columns]
    ) -> AsyncIterator[Sequence[Row[int, *Columns]]]:
        """The rows of `customers` (its first column Customer.id) PAGE at a time in id
        order, each page read in a short transaction of its own."""
        after = 0
        while True:
            async with self._db.read(heavy=True) as session:
                page = (
                    await session.execute(
                        customers.where(Customer.id > after).order_by(Customer.id).limit(PAGE)
                    )
                ).all()
            if page:
                yield page
            if len(page) < PAGE:
                return
            after = page[-1][0]


async def _cards_waiting(session: AsyncSession, cutoff: datetime) -> list[tuple[int, int, str]]:
    """Active cards one stamp from full whose last stamp is older than the cutoff."""
    last_stamp = (
        select(StampEvent.card_id, func.max(StampEvent.created_at).label("last"))
        .group_by(StampEvent.card_id)
        .subquery()
    )
    rows = await session.execute(
        select(StampCard.id, StampCard.customer_id, StampCard.card_key)
        .join(last_stamp, last_stamp.c.card_id == StampCard.id)
        .join(Customer, Customer.id == StampCard.customer_id)
        .where(
            StampCard.status == StampCardStatus.ACTIVE,
            StampCard.stamps == StampCard.slots - 1,
            last_stamp.c.last <= cutoff,
            Customer.erased_at.is_(None),
        )
    )
    return [(int(card_id), int(customer_id), kind) for card_id, customer_id, kind in rows]
