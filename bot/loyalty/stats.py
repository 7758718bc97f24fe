"""The programme's health for the owner's /stats, over a period ending now.

Definitions (the README repeats them):
- members: customers who have joined and not erased their data, staff not counted;
- new members: members who joined within the period;
- active members: members with at least one purchase within the period;
- retention rate: of the members active in the period before (same length), the share
  also active in this period;
- repeat-purchase rate: of the active members, the share with two or more purchases;
- redemption rate: points redeemed (net of cancelled codes) / points issued (purchases,
  bonuses, referrals) within the period;
- points outstanding: the sum of all members' balances now;
- popular rewards: rewards handed over (confirmed codes) within the period, most first;
- tiers: members by the tier they were last evaluated at;
- per branch: purchases and points recorded at each branch within the period;
- a staged roll-out (some branches not started): the pilot branches' purchases against the
  visits noted at the others, each as members who came, visits per member and the share
  who came twice or more, within the period.
A purchase that was undone does not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    and_,
    case,
    exists,
    func,
    literal,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.selectable import Subquery

from bot.loyalty.context import EngineContext
from models import (
    Branch,
    Customer,
    LedgerEntry,
    LedgerKind,
    NotedVisit,
    Redemption,
    RedemptionStatus,
    StaffMember,
)

ONE_DAY = timedelta(days=1)
ISSUED = (LedgerKind.EARN, LedgerKind.BONUS, LedgerKind.REFERRAL)


@dataclass(frozen=True, slots=True)
class BranchFigures:
    branch: str
    purchases: int
    points: int


@dataclass(frozen=True, slots=True)
class Visits:
    """Members' visits at a group of branches within the period."""

    members: int
    visits: int
    repeaters: int  # members who came twice or more

    @property
    def per_member(self) -> float | None:
        return self.visits / self.members if self.members else None

    @property
    def repeat_rate(self) -> float | None:
        return self.repeaters / self.members if self.members else None


@dataclass(frozen=True, slots=True)
class Rollout:
    pilot: tuple[str, ...]  # the names of the branches started
    others: tuple[str, ...]  # of those not started yet
    at_pilot: Visits
    at_others: Visits


@dataclass(frozen=True, slots=True)
class Stats:
    start: datetime
    end: datetime
    members: int
    new_members: int
    active_members: int
    retention_rate: float | None  # None: nobody was active in the period before
    repeat_rate: float | None  # None: nobody bought anything in the period
    points_issued: int
    points_redeemed: int
    redemption_rate: float | None
    points_outstanding: int
    popular_rewards: tuple[tuple[str, int], ...]
    tiers: tuple[tuple[str, int], ...]
    branches: tuple[BranchFigures, ...]
    # (day, members so far, active that day), one per day, for the chart
    daily: tuple[tuple[date, int, int], ...]
    rollout: Rollout | None = None  # only while some branches have not started


def _members() -> Select[int]:
    staff = exists().where(StaffMember.customer_id == Customer.id, StaffMember.removed_at.is_(None))
    return select(Customer.id).where(Customer.erased_at.is_(None), ~staff)


def _purchases() -> Select[int, int, datetime, int | None]:
    """Purchase entries that were not undone: (id, customer, time, branch)."""
    reversal = aliased(LedgerEntry)
    undone = exists().where(reversal.reverses_id == LedgerEntry.id)
    return select(
        LedgerEntry.id, LedgerEntry.customer_id, LedgerEntry.created_at, LedgerEntry.branch_id
    ).where(LedgerEntry.kind == LedgerKind.EARN, LedgerEntry.purchase_minor.is_not(None), ~undone)


def _day_of(
    at: SQLColumnExpression[datetime],
    bounds: Sequence[datetime],
    lo: int = 0,
    hi: int | None = None,
) -> ColumnElement[int]:
    """The number of the day `at` falls on, given each day's first instant and the instant
    after the last day, as a balanced tree of CASEs: a few comparisons a row, whether the
    period is a week or a year (the shop's days are worked out here, in its time zone, so
    the database needs no time zones of its own)."""
    hi = len(bounds) - 1 if hi is None else hi
    if hi - lo == 1:
        return literal(lo, Integer)
    middle = (lo + hi) // 2
    return case(
        (at < bounds[middle], _day_of(at, bounds, lo, middle)),
        else_=_day_of(at, bounds, middle, hi),
    )


class StatsService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def compute(self, days: int) -> Stats:
        end = self._ctx.clock.now()
        start = end - timedelta(days=days)
        async with self._ctx.db.read(heavy=True) as session:
            members = _members().subquery()
            purchases = (
                _purchases().where(LedgerEntry.customer_id.in_(select(members.c.id))).subquery()
            )

            async def count(query: Select[int]) -> int:
                return int(
                    await session.scalar(select(func.count()).select_from(query.subquery())) or 0
                )

            total = await count(select(members.c.id))
            new = await count(_members().where(Customer.joined_at > start))
            active_now = (
                select(purchases.c.customer_id).where(purchases.c.created_at > start).distinct()
            )
            active_before = (
                select(purchases.c.customer_id)
                .where(
                    purchases.c.created_at > start - (end - start), purchases.c.created_at <= start
                )
                .distinct()
            )
            active = await count(active_now)
            before = await count(active_before)
            # correlate(None): both sides read the same purchases alias; they must not be joined.
            kept = await count(
                active_before.where(purchases.c.customer_id.in_(active_now.correlate(None)))
            )
            per_customer = (
                select(purchases.c.customer_id, func.count().label("n"))
                .where(purchases.c.created_at > start)
                .group_by(purchases.c.customer_id)
                .subquery()
            )
            repeaters = await count(select(per_customer.c.customer_id).where(per_customer.c.n >= 2))
            issued, redeemed = await self._points(session, start)
            outstanding = await session.scalar(
                select(func.coalesce(func.sum(Customer.points_balance), 0)).where(
                    Customer.id.in_(select(members.c.id))
                )
            )
            popular = await session.execute(
                select(Redemption.reward_key, func.count())
                .where(
                    Redemption.status == RedemptionStatus.CONFIRMED, Redemption.resolved_at > start
                )
                .group_by(Redemption.reward_key)
                .order_by(func.count().desc(), Redemption.reward_key)
                .limit(5)
            )
            tiers = await session.execute(
                select(Customer.tier_key, func.count())
                .where(Customer.id.in_(select(members.c.id)))
                .group_by(Customer.tier_key)
            )
            branches = await session.execute(
                select(
                    Branch.key,
                    func.count(LedgerEntry.id),
                    func.coalesce(func.sum(LedgerEntry.amount), 0),
                )
                .join(
                    LedgerEntry,
                    and_(
                        LedgerEntry.branch_id == Branch.id,
                        LedgerEntry.id.in_(select(purchases.c.id)),
                    ),
                )
                .where(LedgerEntry.created_at > start)
                .group_by(Branch.key)
                .order_by(Branch.key)
            )
            daily = await self._daily(session, start, end, members, purchases)
            rollout = await self._rollout(session, start, members, purchases)
        order = [t.key for t in self._ctx.program.tiers.levels]
        tier_counts = dict(tiers.all())
        return Stats(
            start=start,
            end=end,
            members=total,
            new_members=new,
            active_members=active,
            retention_rate=kept / before if before else None,
            repeat_rate=repeaters / active if active else None,
            points_issued=issued,
            points_redeemed=redeemed,
            redemption_rate=redeemed / issued if issued else None,
            points_outstanding=int(outstanding or 0),
            popular_rewards=tuple((key, int(n)) for key, n in popular),
            tiers=tuple((key, int(tier_counts.get(key, 0))) for key in order),
            branches=tuple(BranchFigures(key, int(n), int(points)) for key, n, points in branches),
            daily=daily,
            rollout=rollout,
        )

    async def _rollout(
        self, session: AsyncSession, start: datetime, members: Subquery, purchases: Subquery
    ) -> Rollout | None:
        program = self._ctx.program
        waiting = program.not_started()
        if not waiting:
            return None
        pilot = [b.key for b in program.branches if b.started]
        rows = await session.execute(select(Branch.key, Branch.id))
        ids: dict[str, int] = {key: id_ for key, id_ in rows}  # noqa: C416 (rows, not pairs)

        async def visits(rows: Select[int, int]) -> Visits:
            per_member = rows.subquery()
            members_, visits_, repeaters = (
                await session.execute(
                    select(
                        func.count(),
                        func.coalesce(func.sum(per_member.c.n), 0),
                        func.count().filter(per_member.c.n >= 2),
                    )
                )
            ).one()
            return Visits(int(members_), int(visits_), int(repeaters))

        at_pilot = await visits(
            select(purchases.c.customer_id, func.count().label("n"))
            .where(
                purchases.c.created_at > start,
                purchases.c.branch_id.in_([ids[k] for k in pilot if k in ids]),
            )
            .group_by(purchases.c.customer_id)
        )
        at_others = await visits(
            select(NotedVisit.customer_id, func.count().label("n"))
            .where(
                NotedVisit.created_at > start,
                NotedVisit.branch_id.in_([ids[k] for k in waiting if k in ids]),
                NotedVisit.customer_id.in_(select(members.c.id)),
            )
            .group_by(NotedVisit.customer_id)
        )
        names = {b.key: b.name for b in program.branches}
        return Rollout(tuple(names[k] for k in pilot), tuple(waiting.values()), at_pilot, at_others)

    async def _points(self, session: AsyncSession, start: datetime) -> tuple[int, int]:
        issued, redeemed = (
            await session.execute(
                select(
                    func.coalesce(
                        func.sum(case((LedgerEntry.kind.in_(ISSUED), LedgerEntry.amount), else_=0)),
                        0,
                    ),
                    func.coalesce(
                        func.sum(
                            case(
                                (LedgerEntry.kind == LedgerKind.REDEEM, -LedgerEntry.amount),
                                else_=0,
                            )
                        ),
                        0,
                    ),
                ).where(LedgerEntry.created_at > start)
            )
        ).one()
        return int(issued), int(redeemed)

    async def _daily(
        self,
        session: AsyncSession,
        start: datetime,
        end: datetime,
        members: Subquery,
        purchases: Subquery,
    ) -> tuple[tuple[date, int, int], ...]:
        tz = self._ctx.program.shop.tz
        first, last = start.astimezone(tz).date(), end.astimezone(tz).date()
        dates = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        # Each shop day's first instant, and the instant after the last day.
        bounds = [datetime.combine(d, time.min, tzinfo=tz) for d in [*dates, last + ONE_DAY]]
        # Counted by the database, day by day: only a number per day comes back. Read into
        # Python, every member's joining time and every purchase of the period took 200 MB
        # at 1 000 000 customers.
        member = Customer.id.in_(select(members.c.id))
        before = int(
            await session.scalar(select(func.count()).where(member, Customer.joined_at < bounds[0]))
            or 0
        )
        joiners = (
            select(_day_of(Customer.joined_at, bounds).label("day"))
            .where(member, Customer.joined_at >= bounds[0], Customer.joined_at < bounds[-1])
            .subquery()
        )
        by_day = select(joiners.c.day, func.count()).group_by(joiners.c.day)
        joined: dict[int, int] = dict((await session.execute(by_day)).all())
        buyers = (
            select(
                _day_of(purchases.c.created_at, bounds).label("day"),
                purchases.c.customer_id,
            )
            .where(purchases.c.created_at > start, purchases.c.created_at < bounds[-1])
            .subquery()
        )
        counted = select(buyers.c.day, func.count(func.distinct(buyers.c.customer_id)))
        visits: dict[int, int] = dict((await session.execute(counted.group_by(buyers.c.day))).all())
        days = []
        count = before
        for n, day in enumerate(dates):
            count += joined.get(n, 0)
            days.append((day, count, visits.get(n, 0)))
        return tuple(days)
