"""Automatic messages to one customer, queued in the outbox inside the caller's transaction.

A message is a Fluent id plus arguments, rendered in the customer's language when it goes.
Its key makes it once: the same key queued twice (a job run again, two workers, a retried
transaction) stays one row, so nobody is congratulated or reminded twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty.context import insert_ignoring_duplicates
from models import Delivery, DeliveryStatus, Purpose


async def queue(
    session: AsyncSession,
    *,
    customer_id: int,
    key: str,
    message: str,
    now: datetime,
    purpose: Purpose = Purpose.NOTICE,
    args: dict[str, str | int] | None = None,
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
    return bool(getattr(result, "rowcount", 0))
