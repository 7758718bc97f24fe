"""Points expiry: the "rolling" policy of the programme file, oldest points first.

A point expires `after_days` after it was earned; points earned before `starts_on` count as
earned on `starts_on`. Spending and earlier expiries use up the oldest points first, so:

    due(T) = max(0, credits old enough at T - (all credits - balance))

where "credits" are positive entries of the earning kinds and adjustments, and
"all credits - balance" is everything already spent, expired or reversed. Expiry entries
are dated when they are written, never back-dated, and nothing is expired that the policy
did not already make due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Row, Select, and_, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import among, constant
from bot.loyalty import ledger
from bot.loyalty.context import EngineContext, lock_customer
from bot.statements import Statements
from models import Customer, LedgerEntry, LedgerKind

CREDIT_KINDS = (LedgerKind.EARN, LedgerKind.BONUS, LedgerKind.REFERRAL, LedgerKind.ADJUST)

# One customer's credits, oldest first (built once: every /balance asks).
_CREDITS = (
    select(LedgerEntry.created_at, LedgerEntry.amount)
    .where(
        LedgerEntry.customer_id == bindparam("customer"),
        LedgerEntry.amount > constant(0),
        among(LedgerEntry.kind, CREDIT_KINDS),
    )
    .order_by(LedgerEntry.created_at, LedgerEntry.id)
)
_BALANCE = select(Customer.points_balance).where(Customer.id == bindparam("customer"))


@dataclass(frozen=True, slots=True)
class ExpiringPoints:
    customer_id: int
    points: int
    expires_on: date | None = None  # the shop-local day the first of them expire


class ExpiryService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    @property
    def enabled(self) -> bool:
        return self._ctx.program.expiry.policy == "rolling"

    def _policy_start(self) -> datetime:
        shop = self._ctx.program.shop
        return datetime.combine(self._ctx.program.expiry.starts_on, time.min, tzinfo=shop.tz)

    def _cutoff(self, at: datetime) -> datetime | None:
        """Credits earned at or before the cutoff have expired by `at` (None: nothing has)."""
        cutoff = at - timedelta(days=self._ctx.program.expiry.after_days)
        return cutoff if self._policy_start() <= cutoff else None

    def _due_query(self, cutoff: datetime, customer_id: int | None) -> Select[int, int]:
        is_credit = and_(LedgerEntry.amount > 0, LedgerEntry.kind.in_(CREDIT_KINDS))
        old = func.coalesce(
            func.sum(
                case(
                    (and_(is_credit, LedgerEntry.created_at <= cutoff), LedgerEntry.amount), else_=0
                )
            ),
            0,
        )
        credits = func.coalesce(func.sum(case((is_credit, LedgerEntry.amount), else_=0)), 0)
        due = old - (credits - Customer.points_balance)
        query = (
            select(Customer.id, due.label("due"))
            .join(LedgerEntry, LedgerEntry.customer_id == Customer.id)
            .where(Customer.erased_at.is_(None), Customer.points_balance > 0)
            .group_by(Customer.id, Customer.points_balance)
            .having(due > 0)
        )
        if customer_id is not None:
            query = query.where(Customer.id == customer_id)
        return query

    async def _due(
        self, session: AsyncSession, at: datetime, customer_id: int | None = None
    ) -> dict[int, int]:
        cutoff = self._cutoff(at)
        if not self.enabled or cutoff is None:
            return {}
        rows = await session.execute(self._due_query(cutoff, customer_id))
        return {int(cid): int(due) for cid, due in rows}

    async def upcoming(self, within_days: int) -> list[ExpiringPoints]:
        """Customers who will lose points within `within_days` unless they spend them."""
        horizon = self._ctx.clock.now() + timedelta(days=within_days)
        async with self._ctx.db.read() as session:
            due = await self._due(session, horizon)
        return [ExpiringPoints(cid, points) for cid, points in sorted(due.items())]

    async def next_for(
        self,
        customer_id: int,
        on: AsyncSession | Statements | None = None,
        balance: int | None = None,
    ) -> ExpiringPoints | None:
        """The next expiry one customer faces: the day, and how many points go that day.
        Inside the caller's read transaction, with the balance it read, when given them."""
        if not self.enabled:
            return None
        if on is not None:
            return await self._next_for(on, customer_id, balance)
        async with self._ctx.db.read_statement() as own:
            return await self._next_for(own, customer_id, balance)

    async def _next_for(
        self, session: AsyncSession | Statements, customer_id: int, balance: int | None
    ) -> ExpiringPoints | None:
        program = self._ctx.program
        now = self._ctx.clock.now()
        if balance is None:
            balance = await session.scalar(_BALANCE, {"customer": customer_id})
        if not balance:
            return None
        credits = list(await session.execute(_CREDITS, {"customer": customer_id}))
        consumed = sum(amount for _, amount in credits) - balance
        start = self._policy_start()
        for earned_at, amount in credits:
            consumed -= amount
            if consumed < 0:  # the oldest credit with points still left in it
                expires_at = max(earned_at, start) + timedelta(days=program.expiry.after_days)
                local_day = expires_at.astimezone(program.shop.tz).date()
                end_of_day = datetime.combine(
                    local_day + timedelta(days=1), time.min, tzinfo=program.shop.tz
                )
                at = max(end_of_day - timedelta(microseconds=1), now)
                points = self._due_from(credits, balance, at)
                return ExpiringPoints(customer_id, points, local_day) if points else None
        return None

    def _due_from(self, credits: list[Row[datetime, int]], balance: int, at: datetime) -> int:
        """What `_due_query` computes, for one customer whose credits are already read:
        the points earned by the cutoff that spending has not used up (a reply's hot path
        spares the aggregate query)."""
        cutoff = self._cutoff(at)
        if cutoff is None:
            return 0
        old = sum(amount for earned_at, amount in credits if earned_at <= cutoff)
        return max(0, old - (sum(amount for _, amount in credits) - balance))

    async def expire_due(self) -> list[ExpiringPoints]:
        """Write the expiry entries that are due now; safe to run as often as you like."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read(heavy=True) as session:  # looks over every account
            candidates = await self._due(session, now)
        applied = []
        for customer_id in candidates:
            async with self._ctx.db.write() as session:
                customer = await lock_customer(session, customer_id)
                # Recomputed under the lock: a redemption may have used the points meanwhile.
                due = (await self._due(session, now, customer_id)).get(customer_id, 0)
                if due <= 0:
                    continue
                await ledger.post(session, customer, kind=LedgerKind.EXPIRE, amount=-due, now=now)
                applied.append(ExpiringPoints(customer_id, due))
        return applied
