"""WhatsApp's messaging limit, kept: a business number may open conversations (template
messages outside a customer's 24-hour window) with only so many unique people in any
rolling 24 hours (250 for a new business, then 2 000, 10 000, 100 000, or unlimited).

Before a template goes, the sender reserves its person here: someone already messaged in
the last 24 hours costs nothing more; anyone else takes a place if one is free, and
otherwise the message waits for the moment the first place frees (never dropped). The
count and the reservation are one write transaction (SQLite's single writer; on
PostgreSQL an advisory lock), so several senders never pass the limit together. A send
that fails gives its place back. The campaign preview asks the same numbers ahead: how
many go now, and over how many more days the rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty.context import EngineContext
from models import ChannelIdentity, WhatsAppOpening

WINDOW = timedelta(hours=24)
# What a delivery held back by the limit says while it waits (the owner's daily note counts
# these).
LIMIT_WAITING = "waiting for WhatsApp's messaging limit"
WHATSAPP = "whatsapp"
_CHUNK = 5000  # customer ids per statement (SQLite's limit on bound values)
_LOCK = 0x7A1E  # PostgreSQL advisory lock: one reservation at a time across processes


@dataclass(frozen=True, slots=True)
class Pacing:
    """A campaign's WhatsApp templates against the limit: `now` go today, the other
    `later` over the next `days` days."""

    now: int
    later: int
    days: int


@dataclass(frozen=True, slots=True)
class CostEstimate:
    """What a campaign's messages would cost: WhatsApp templates (outside the customer's
    24-hour window) at the programme's prices; WhatsApp inside the window and the other
    apps (Telegram) are free."""

    templates: int
    cost: Decimal
    currency: str
    free_whatsapp: int
    others: int


class OpeningService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx
        # (limit, until): the limit was reached and no place frees before `until`. Places
        # only free as time passes (or when a send fails), so until then a newcomer is
        # told to wait without a write transaction: a broadcast's held rows stay cheap.
        self._full: tuple[int, datetime] | None = None

    def limit(self) -> int | None:
        """The number's messaging limit now (None: unlimited), from the programme."""
        limit = self._ctx.program.whatsapp.messaging_limit
        return None if limit == "unlimited" else int(limit)

    async def reserve(self, wa_id: str) -> tuple[int | None, datetime | None]:
        """(the reservation's id, None) when the template may go now; (None, the moment a
        place frees) when the limit is reached."""
        now = self._ctx.clock.now()
        limit = self.limit()
        since = now - WINDOW
        full = self._full
        if full is not None and full[0] == limit and now < full[1]:
            async with self._ctx.db.read() as session:
                if await _known(session, wa_id, since) is None:
                    return None, full[1]
        async with self._ctx.db.write() as session:
            if not self._ctx.db.is_sqlite:
                await session.execute(select(func.pg_advisory_xact_lock(_LOCK)))
            known = await _known(session, wa_id, since)
            if known is None and limit is not None and await _people(session, since) >= limit:
                until = await _first_free(session, since)
                self._full = (limit, until)
                return None, until
            row = WhatsAppOpening(wa_id=wa_id, opened_at=now)
            session.add(row)
            await session.flush()
            return row.id, None

    async def release(self, reservation: int) -> None:
        """The template did not go: its place is free again."""
        async with self._ctx.db.write() as session:
            await session.execute(delete(WhatsAppOpening).where(WhatsAppOpening.id == reservation))

    async def pacing(self, customer_ids: list[int]) -> Pacing | None:
        """How a campaign to these customers meets the limit; None when no template of it
        counts (nobody on WhatsApp outside the window, or no limit)."""
        limit = self.limit()
        if limit is None or not customer_ids:
            return None
        now = self._ctx.clock.now()
        since = now - WINDOW
        needing = 0
        async with self._ctx.db.read(heavy=True) as session:
            recent = select(WhatsAppOpening.wa_id).where(WhatsAppOpening.opened_at > since)
            for start in range(0, len(customer_ids), _CHUNK):
                first = (
                    select(ChannelIdentity.customer_id, func.min(ChannelIdentity.id).label("first"))
                    .where(ChannelIdentity.customer_id.in_(customer_ids[start : start + _CHUNK]))
                    .group_by(ChannelIdentity.customer_id)
                    .subquery()
                )
                # Reached on WhatsApp (their first app), silent for a day or more, and not
                # already messaged today: each of these opens a conversation.
                counted = await session.scalar(
                    select(func.count())
                    .select_from(ChannelIdentity)
                    .join(first, first.c.first == ChannelIdentity.id)
                    .where(
                        ChannelIdentity.channel == WHATSAPP,
                        (ChannelIdentity.last_inbound_at.is_(None))
                        | (ChannelIdentity.last_inbound_at <= since),
                        ChannelIdentity.external_id.not_in(recent),
                    )
                )
                needing += int(counted or 0)
            used = await _people(session, since)
        if not needing:
            return None
        today = max(0, min(needing, limit - used))
        later = needing - today
        return Pacing(today, later, math.ceil(later / limit) if later else 0)

    async def estimate(self, customer_ids: list[int], category: str = "marketing") -> CostEstimate:
        """The cost of one message to each of these customers, by the app that reaches them
        (their first) and, on WhatsApp, whether their 24-hour window is open."""
        prices = self._ctx.program.whatsapp.prices
        since = self._ctx.clock.now() - WINDOW
        templates = free = others = 0
        cost = Decimal(0)
        async with self._ctx.db.read(heavy=True) as session:
            for start in range(0, len(customer_ids), _CHUNK):
                first = (
                    select(func.min(ChannelIdentity.id))
                    .where(ChannelIdentity.customer_id.in_(customer_ids[start : start + _CHUNK]))
                    .group_by(ChannelIdentity.customer_id)
                )
                rows = await session.execute(
                    select(
                        ChannelIdentity.channel,
                        ChannelIdentity.external_id,
                        ChannelIdentity.last_inbound_at,
                    ).where(ChannelIdentity.id.in_(first))
                )
                for channel, wa_id, last in rows:
                    if channel != WHATSAPP:
                        others += 1
                    elif last is not None and last > since:
                        free += 1
                    else:
                        templates += 1
                        cost += prices.price(category, wa_id)
        return CostEstimate(templates, cost, prices.currency, free, others)

    async def forget_old(self) -> int:
        """Openings older than the window count for nothing: housekeeping drops them."""
        cutoff = self._ctx.clock.now() - WINDOW
        async with self._ctx.db.write() as session:
            done = await session.execute(
                delete(WhatsAppOpening).where(WhatsAppOpening.opened_at <= cutoff)
            )
            return int(getattr(done, "rowcount", 0) or 0)


async def _known(session: AsyncSession, wa_id: str, since: datetime) -> int | None:
    """An opening for this person within the window (then another costs nothing)."""
    return await session.scalar(
        select(WhatsAppOpening.id)
        .where(WhatsAppOpening.wa_id == wa_id, WhatsAppOpening.opened_at > since)
        .limit(1)
    )


async def _people(session: AsyncSession, since: datetime) -> int:
    counted = await session.scalar(
        select(func.count(func.distinct(WhatsAppOpening.wa_id))).where(
            WhatsAppOpening.opened_at > since
        )
    )
    return int(counted or 0)


async def _first_free(session: AsyncSession, since: datetime) -> datetime:
    """When the first person leaves the rolling window: 24 hours after the earliest of
    each person's latest opening."""
    latest = (
        select(func.max(WhatsAppOpening.opened_at).label("last"))
        .where(WhatsAppOpening.opened_at > since)
        .group_by(WhatsAppOpening.wa_id)
        .subquery()
    )
    earliest: datetime | None = await session.scalar(select(func.min(latest.c.last)))
    assert earliest is not None  # the limit is reached, so someone is in the window
    return earliest + WINDOW
