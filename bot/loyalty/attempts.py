"""Guessing codes, slowed down: a person who types too many wrong codes of one kind waits.

Codes are short so people can type them (6 characters for a redemption, 8 for a link), so
they can be guessed by trying many. Each wrong code is counted per person and kind of code
in the database (so several web processes count together); after LIMIT wrong ones in
WINDOW, that person's next tries of that kind are refused, right or wrong, until the oldest
wrong one leaves the window. When a staff member reaches the limit, every owner is told, in
the outbox, in the same transaction as the count.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db import Database
from bot.loyalty import notices
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import LoyaltyError, TooManyAttempts
from models import Customer, FailedAttempt, StaffMember

LIMIT = 10
WINDOW = timedelta(minutes=15)
OWNER_NOTE = "staff-note-guessing"


class CodeKind(StrEnum):
    LINK = "link"  # joining a second app to an account
    REDEEM = "redeem"  # a reward's code at the counter
    CLAIM = "claim"  # an offer's code at the counter
    LOGIN = "login"  # a dashboard link, from one network address
    RECEIPT = "receipt"  # a receipt's code, from a customer's chat


def staff_who(actor: Actor) -> str:
    """A staff member, or a till's key: each is slowed down on its own."""
    if actor.staff_id is None:
        return f"key:{actor.api_key_id}"
    return f"staff:{actor.staff_id}"


def address_who(address: str) -> str:
    return f"ip:{address}"[:96]


def chat_who(channel: str, external_id: str) -> str:
    return f"{channel}:{external_id}"[:96]


async def _misses(
    session: AsyncSession, who: str, kind: CodeKind, now: datetime
) -> tuple[int, datetime | None]:
    count, oldest = (
        await session.execute(
            select(func.count(FailedAttempt.id), func.min(FailedAttempt.at)).where(
                FailedAttempt.who == who,
                FailedAttempt.kind == kind.value,
                FailedAttempt.at > now - WINDOW,
            )
        )
    ).one()
    return int(count or 0), oldest


@asynccontextmanager
async def code_attempt(
    ctx: EngineContext,
    who: str | None,
    kind: CodeKind,
    misses: tuple[type[LoyaltyError], ...],
) -> AsyncIterator[None]:
    """Around one try of a code: refused while `who` is locked out; a `misses` error raised
    inside counts as one wrong code. `who` None (the engine's own callers) is not counted."""
    if who is None:
        yield
        return
    now = ctx.clock.now()
    async with ctx.db.read() as session:
        count, oldest = await _misses(session, who, kind, now)
    if count >= LIMIT and oldest is not None:
        wait = (oldest + WINDOW - now).total_seconds()
        raise TooManyAttempts(minutes=max(1, math.ceil(wait / 60)))
    try:
        yield
    except misses:
        await _count_miss(ctx, who, kind)
        raise


async def _count_miss(ctx: EngineContext, who: str, kind: CodeKind) -> None:
    now = ctx.clock.now()
    async with ctx.db.write() as session:
        session.add(FailedAttempt(who=who, kind=kind.value, at=now))
        await session.flush()
        count, _ = await _misses(session, who, kind, now)
        if count == LIMIT and who.startswith("staff:"):
            await _tell_owners(session, int(who.removeprefix("staff:")), kind, now)


async def _tell_owners(session: AsyncSession, staff_id: int, kind: CodeKind, now: datetime) -> None:
    staff = (
        await session.execute(
            select(Customer.id, Customer.name, Customer.member_code)
            .join(StaffMember, StaffMember.customer_id == Customer.id)
            .where(StaffMember.id == staff_id)
        )
    ).one()
    # One note per pause: the key names the staff member, the kind and the quarter hour.
    bucket = int(now.timestamp() // WINDOW.total_seconds())
    await notices.tell_owners(
        session,
        f"guessing:{staff_id}:{kind.value}:{bucket}",
        OWNER_NOTE,
        now,
        besides=staff.id,
        staff=staff.name or staff.member_code,
        kind=kind.value,
        count=LIMIT,
    )


async def forget_old(db: Database, clock: Clock) -> int:
    """Wrong codes older than the window count for nothing: the housekeeping job drops them."""
    cutoff = clock.now() - WINDOW
    async with db.write() as session:
        result = await session.execute(delete(FailedAttempt).where(FailedAttempt.at <= cutoff))
        return int(getattr(result, "rowcount", 0) or 0)
