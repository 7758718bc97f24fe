"""RFM scores: every buyer of the last year ranked 1-5 on recency, frequency and spend (by
quintile, NTILE, among all buyers; erased customers aside), worked out every night into a
table the segments read. Ranking a million customers takes seconds; reading the scores, a
fraction of one. Until the first night (or when the scores are older than FRESH_FOR, a bot
that was off) the segments rank afresh, so an answer is never older than that."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, insert, not_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty.context import EngineContext
from models import Customer, LedgerEntry, RfmRun, RfmScore

YEAR = timedelta(days=365)
# The nightly job refreshes scores older than this; a bot started in the day catches up.
REFRESH_AFTER = timedelta(hours=20)
# Older scores are not used: the segment is ranked afresh instead.
FRESH_FOR = timedelta(hours=36)
KEEP_RUNS = 30


Purchases = Select[int, datetime, int | None, int | None]


def ranked(now: datetime, purchases: Purchases) -> Select[int, int, int, int]:
    """(customer, r, f, m) for every buyer of the year before `now`; `purchases` are the
    purchases not undone (customer_id, created_at, purchase_minor)."""
    live = select(Customer.id).where(Customer.erased_at.is_(None))
    recent = purchases.where(
        LedgerEntry.created_at > now - YEAR, LedgerEntry.customer_id.in_(live)
    ).subquery()
    per_customer = (
        select(
            recent.c.customer_id,
            func.max(recent.c.created_at).label("last"),
            func.count().label("frequency"),
            func.sum(recent.c.purchase_minor).label("monetary"),
        )
        .group_by(recent.c.customer_id)
        .subquery()
    )
    c = per_customer.c
    return select(
        c.customer_id,
        func.ntile(5).over(order_by=(c.last, c.customer_id)).label("r"),
        func.ntile(5).over(order_by=(c.frequency, c.customer_id)).label("f"),
        func.ntile(5).over(order_by=(c.monetary, c.customer_id)).label("m"),
    )


def rule(kind: str, r: Any, f: Any, m: Any) -> ColumnElement[bool]:
    """champions: R>=4, F>=4, M>=4; loyal: F>=4 and R>=3, not champions; at-risk: R<=2 and
    F>=3; lost: R=1 and F<=2."""
    champion = and_(r >= 4, f >= 4, m >= 4)
    return {
        "champions": champion,
        "loyal": and_(f >= 4, r >= 3, not_(champion)),
        "at-risk": and_(r <= 2, f >= 3),
        "lost": and_(r == 1, f <= 2),
    }[kind]


async def fresh_run(session: AsyncSession, now: datetime) -> RfmRun | None:
    """The latest scores, if they are recent enough to use."""
    run = await session.scalar(select(RfmRun).order_by(RfmRun.computed_at.desc()).limit(1))
    return run if run is not None and now - run.computed_at <= FRESH_FOR else None


class RfmService:
    def __init__(self, ctx: EngineContext, purchases: Purchases) -> None:
        self._ctx = ctx
        self._purchases = purchases

    async def refresh(self) -> int:
        """Rank every buyer again and replace the scores in one transaction (readers see
        the old scores or the new, never a half); returns how many buyers were scored."""
        now = self._ctx.clock.now()
        scores = ranked(now, self._purchases).subquery()
        async with self._ctx.db.write(heavy=True) as session:
            await session.execute(delete(RfmScore))
            await session.execute(
                insert(RfmScore).from_select(
                    ["customer_id", "r", "f", "m"],
                    select(scores.c.customer_id, scores.c.r, scores.c.f, scores.c.m),
                )
            )
            buyers = int(await session.scalar(select(func.count()).select_from(RfmScore)) or 0)
            session.add(RfmRun(computed_at=now, buyers=buyers))
            await session.flush()
            kept = select(RfmRun.id).order_by(RfmRun.computed_at.desc()).limit(KEEP_RUNS)
            await session.execute(delete(RfmRun).where(RfmRun.id.not_in(kept.scalar_subquery())))
        return buyers

    async def refresh_if_due(self) -> bool:
        """The nightly job: refresh unless the scores are younger than REFRESH_AFTER."""
        async with self._ctx.db.read() as session:
            last = await session.scalar(select(func.max(RfmRun.computed_at)))
        if last is not None and self._ctx.clock.now() - last < REFRESH_AFTER:
            return False
        await self.refresh()
        return True

    async def as_of(self) -> datetime | None:
        """When the scores the segments use were worked out; None: they rank afresh."""
        async with self._ctx.db.read() as session:
            run = await fresh_run(session, self._ctx.clock.now())
            return run.computed_at if run else None
