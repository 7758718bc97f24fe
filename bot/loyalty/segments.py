"""Segments: named filters over customers, for offers and broadcasts.

Only marketable customers are ever in a segment: they consented to offers, have not blocked
the bot and have not erased their data. Names as the owner types them:

    all                 everyone marketable
    tier:<key>          holding that tier (as last evaluated)
    lang:<code>         speaking that language
    branch:<key>        bought at that branch within the last 365 days
    new[:N]             joined within the last N days (30)
    active[:N]          bought within the last N days (30)
    inactive[:N]        bought before, but not within the last N days (60)
    birthday            birthday within the next 7 days (shop's calendar)
    near-tier           at least 80% of the way to the next tier's threshold
    full-card           holding a full stamp card not yet exchanged
    bought:<category>[:N]   bought that product category within the last N days (60), as
                        the till's API sent it on a purchase's lines
    champions, loyal, at-risk, lost     RFM segments, defined below

RFM: every customer (erased ones aside) with a purchase gets a recency, a frequency (purchases in the last
365 days) and a monetary score (spend in the last 365 days), each 1-5 by quintile (NTILE)
among the customers who bought, 5 being the most recent / most frequent / highest.
champions: R>=4, F>=4, M>=4; loyal: F>=4 and R>=3, not champions; at-risk: R<=2 and F>=3;
lost: R=1 and F<=2. An undone purchase counts nowhere. The scores are worked out every
night (bot/loyalty/rfm.py) and read from there while fresh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.languages import as_language
from bot.loyalty import rfm
from bot.loyalty.context import EngineContext
from bot.loyalty.errors import UnknownSegment
from bot.loyalty.ledger import QUALIFYING_KINDS
from models import (
    Branch,
    Customer,
    LedgerEntry,
    LedgerKind,
    PurchaseLine,
    RfmScore,
    StampCard,
    StampCardStatus,
)

RFM_SEGMENTS = ("champions", "loyal", "at-risk", "lost")
SIMPLE_SEGMENTS = ("all", "new", "active", "inactive", "birthday", "near-tier", "full-card")
DEFAULT_DAYS = {"new": 30, "active": 30, "inactive": 60}
NEAR_TIER_SHARE = 0.8
YEAR = timedelta(days=365)
BOUGHT_DAYS = 60
_NAME = re.compile(r"^([a-z-]+)(?::([a-z0-9_-]{1,32}))?(?::([0-9]{1,4}))?$")


@dataclass(frozen=True, slots=True)
class Segment:
    kind: str
    arg: str | None = None

    @property
    def name(self) -> str:
        return f"{self.kind}:{self.arg}" if self.arg is not None else self.kind


def parse_segment(text: str) -> Segment:
    match = _NAME.match(text.strip().lower())
    if match is None:
        raise UnknownSegment(text.strip()[:40])
    kind, arg, days = match.group(1), match.group(2), match.group(3)
    if kind == "bought" and arg:
        if days is not None and not 1 <= int(days) <= 3660:
            raise UnknownSegment(text.strip()[:40])
        return Segment(kind, f"{arg}:{int(days or BOUGHT_DAYS)}")
    if days is not None:
        raise UnknownSegment(text.strip()[:40])
    if kind in DEFAULT_DAYS:
        if arg is not None and not (arg.isdigit() and 1 <= int(arg) <= 3660):
            raise UnknownSegment(text.strip()[:40])
        return Segment(kind, arg or str(DEFAULT_DAYS[kind]))
    if kind in ("tier", "lang", "branch") and arg:
        return Segment(kind, arg)
    if (kind in SIMPLE_SEGMENTS or kind in RFM_SEGMENTS) and arg is None:
        return Segment(kind)
    raise UnknownSegment(text.strip()[:40])


def _marketable() -> Select[int]:
    return select(Customer.id).where(
        Customer.marketing_consent.is_(True),
        Customer.blocked_at.is_(None),
        Customer.erased_at.is_(None),
    )


def purchases_not_undone() -> Select[int, datetime, int | None, int | None]:
    reversal = aliased(LedgerEntry)
    return select(
        LedgerEntry.customer_id,
        LedgerEntry.created_at,
        LedgerEntry.purchase_minor,
        LedgerEntry.branch_id,
    ).where(
        LedgerEntry.kind == LedgerKind.EARN,
        LedgerEntry.purchase_minor.is_not(None),
        ~exists().where(reversal.reverses_id == LedgerEntry.id),
    )


class SegmentService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    def all_segments(self) -> list[Segment]:
        """What /segments lists: every name, with tiers, languages and branches spelled out."""
        program = self._ctx.program
        segments = [Segment("all")]
        segments += [Segment("tier", t.key) for t in program.tiers.levels]
        segments += [Segment("lang", code) for code in ("en", "sw", "el", "am")]
        segments += [Segment("branch", b.key) for b in program.branches]
        segments += [parse_segment(kind) for kind in SIMPLE_SEGMENTS[1:]]
        segments += [Segment(kind) for kind in RFM_SEGMENTS]
        return segments

    async def listed(self) -> list[Segment]:
        """Every segment an owner can pick: the fixed ones, then the product categories."""
        return [*self.all_segments(), *await self.categories()]

    async def categories(self) -> list[Segment]:
        """A `bought:` segment for each product category the till sent in the last year."""
        since = self._ctx.clock.now() - YEAR
        async with self._ctx.db.read() as session:
            found = await session.scalars(
                select(PurchaseLine.category)
                .where(PurchaseLine.created_at > since)
                .distinct()
                .order_by(PurchaseLine.category)
                .limit(50)
            )
            return [Segment("bought", f"{category}:{BOUGHT_DAYS}") for category in found]

    async def members(self, segment: Segment) -> set[int]:
        async with self._ctx.db.read(heavy=True) as session:
            query = await self._matching_query(session, segment)
            if query is not None:  # the database intersects: no million-id sets in memory
                return set(await session.scalars(_marketable().where(Customer.id.in_(query))))
            marketable = set(await session.scalars(_marketable()))
            return marketable & await self._matching_in_python(session, segment)

    async def sizes(self, segments: list[Segment]) -> list[tuple[Segment, int]]:
        async with self._ctx.db.read(heavy=True) as session:
            return [(s, await self._size(session, s)) for s in segments]

    async def _size(self, session: AsyncSession, segment: Segment) -> int:
        query = await self._matching_query(session, segment)
        if query is not None:
            counted = select(func.count()).select_from(
                _marketable().where(Customer.id.in_(query)).subquery()
            )
            return int(await session.scalar(counted) or 0)
        marketable = set(await session.scalars(_marketable()))
        return len(marketable & await self._matching_in_python(session, segment))

    async def _matching_query(self, session: AsyncSession, segment: Segment) -> Select[int] | None:
        """The segment as one SELECT of customer ids, or None where the rule is computed in
        Python (birthdays across calendars, tiers' thresholds)."""
        now = self._ctx.clock.now()
        kind, arg = segment.kind, segment.arg
        purchases = purchases_not_undone().subquery()
        days = timedelta(days=int(arg)) if arg and arg.isdigit() else timedelta(0)
        if kind == "all":
            return select(Customer.id)
        if kind == "tier":
            return select(Customer.id).where(Customer.tier_key == arg)
        if kind == "lang":
            if as_language(arg) is None:
                raise UnknownSegment(segment.name)
            return select(Customer.id).where(Customer.language == arg)
        if kind == "branch":
            branch_id = await session.scalar(select(Branch.id).where(Branch.key == arg))
            if branch_id is None:
                raise UnknownSegment(segment.name)
            return select(purchases.c.customer_id).where(
                purchases.c.branch_id == branch_id, purchases.c.created_at > now - YEAR
            )
        if kind == "new":
            return select(Customer.id).where(Customer.joined_at > now - days)
        if kind == "active":
            return select(purchases.c.customer_id).where(purchases.c.created_at > now - days)
        if kind == "inactive":
            last = (
                select(purchases.c.customer_id, func.max(purchases.c.created_at).label("last"))
                .group_by(purchases.c.customer_id)
                .subquery()
            )
            return select(last.c.customer_id).where(last.c.last <= now - days)
        if kind == "bought" and arg:
            category, within = arg.rsplit(":", 1)
            reversal = aliased(LedgerEntry)
            return select(PurchaseLine.customer_id).where(
                PurchaseLine.category == category,
                PurchaseLine.created_at > now - timedelta(days=int(within)),
                # A refunded or undone purchase bought nothing.
                ~exists().where(reversal.reverses_id == PurchaseLine.entry_id),
            )
        if kind == "full-card":
            return select(StampCard.customer_id).where(
                StampCard.status == StampCardStatus.COMPLETED
            )
        if kind in RFM_SEGMENTS:
            return await self._rfm(session, now, kind)
        return None

    async def _matching_in_python(self, session: AsyncSession, segment: Segment) -> set[int]:
        now = self._ctx.clock.now()
        if segment.kind == "birthday":
            return await self._birthdays(session, now)
        return await self._near_tier(session, now)

    async def _birthdays(self, session: AsyncSession, now: datetime) -> set[int]:
        today = now.astimezone(self._ctx.program.shop.tz).date()
        week = {today + timedelta(days=n) for n in range(7)}
        found = set()
        for customer_id, birthday in await session.execute(
            select(Customer.id, Customer.birthday).where(Customer.birthday.is_not(None))
        ):
            if birthday is not None and any(same_day(birthday, day) for day in week):
                found.add(customer_id)
        return found

    async def _near_tier(self, session: AsyncSession, now: datetime) -> set[int]:
        program = self._ctx.program
        since = now - timedelta(days=program.tiers.window_days)
        rows = await session.execute(
            select(LedgerEntry.customer_id, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.kind.in_(QUALIFYING_KINDS), LedgerEntry.created_at > since)
            .group_by(LedgerEntry.customer_id)
        )
        near = set()
        for customer_id, points in rows:
            nxt = program.next_tier(program.tier_for(int(points)))
            if nxt is not None and int(points) >= NEAR_TIER_SHARE * nxt.threshold:
                near.add(customer_id)
        return near

    async def _rfm(self, session: AsyncSession, now: datetime, kind: str) -> Select[int]:
        # Scored among everyone who bought (they are the shop's customer base), erased
        # customers aside; who may be sent offers is decided afterwards. The nightly
        # scores when they are fresh; otherwise the database ranks now.
        if await rfm.fresh_run(session, now) is not None:
            return select(RfmScore.customer_id).where(
                rfm.rule(kind, RfmScore.r, RfmScore.f, RfmScore.m)
            )
        scores = rfm.ranked(now, purchases_not_undone()).subquery()
        return select(scores.c.customer_id).where(
            rfm.rule(kind, scores.c.r, scores.c.f, scores.c.m)
        )


def same_day(birthday: date, day: date) -> bool:
    # 29 February birthdays are celebrated on 28 February in common years.
    if birthday.month == 2 and birthday.day == 29 and day.month == 2 and day.day == 28:
        return not _leap(day.year)
    return (birthday.month, birthday.day) == (day.month, day.day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
