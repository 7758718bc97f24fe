"""Messages to someone other than the person writing, queued in the outbox inside the
caller's transaction: a till's "+45 points", a tier reached, a reminder, an owner's note.

A message is a Fluent id plus arguments, rendered in the reader's language when it goes.
Its key makes it once: the same key queued twice (a job run again, two workers, a retried
transaction) stays one row, so nobody is congratulated or reminded twice. Queued with what
it reports, it goes if that commits, whatever crashes or 429s come after.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import OUTBOX_QUEUED, insert_ignoring_duplicates
from models import Delivery, DeliveryStatus, Purpose, StaffMember, StaffRole

Args = dict[str, str | int]


async def queue(
    session: AsyncSession,
    *,
    customer_id: int,
    key: str,
    message: str,
    now: datetime,
    purpose: Purpose = Purpose.NOTICE,
    args: Args | None = None,
) -> bool:
    """Queue one message unless its key was queued before; True if this call queued it."""
    values = {
        "customer_id": customer_id,
        "key": key[:80],
        "message": message,
        "args": args or {},
        "purpose": purpose,
        "status": DeliveryStatus.PENDING,
        "attempts": 0,
        "next_attempt_at": now,
    }
    result = await session.execute(
        insert_ignoring_duplicates(session, Delivery, "key").values(**values)
    )
    # The database wakes this process's sender once the transaction commits.
    session.info[OUTBOX_QUEUED] = True
    return bool(getattr(result, "rowcount", 0))


async def tell(
    session: AsyncSession,
    customer_id: int,
    key: str,
    message: str,
    now: datetime,
    **args: str | int,
) -> bool:
    """A notice to one customer about something that just happened to them."""
    return await queue(
        session, customer_id=customer_id, key=key, message=message, now=now, args=args
    )


async def tell_owners(
    session: AsyncSession,
    key: str,
    message: str,
    now: datetime,
    *,
    besides: int | None = None,
    **args: str | int,
) -> None:
    """A note to every owner but `besides` (the customer id of the owner who acted, who sees
    the answer already); `key` is made one per owner."""
    owners = await session.scalars(
        select(StaffMember.customer_id).where(
            StaffMember.role == StaffRole.OWNER, StaffMember.removed_at.is_(None)
        )
    )
    for owner in owners:
        if owner != besides:
            await tell(session, owner, f"{key}:{owner}", message, now, **args)
