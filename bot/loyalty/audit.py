"""The audit trail of staff actions, written in the same transaction as the action."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db import Database
from bot.loyalty.context import Actor
from models import AuditEntry


def record(
    session: AsyncSession,
    *,
    actor: Actor | None,
    action: str,
    now: datetime,
    customer_id: int | None = None,
    **details: Any,
) -> None:
    session.add(
        AuditEntry(
            staff_id=actor.staff_id if actor else None,
            action=action,
            customer_id=customer_id,
            branch_id=actor.branch_id if actor else None,
            details=details,
            created_at=now,
        )
    )


async def note(
    db: Database, clock: Clock, *, actor: Actor | None, action: str, **details: Any
) -> None:
    """An audit entry on its own, for actions that change nothing but see personal data."""
    async with db.write() as session:
        record(session, actor=actor, action=action, now=clock.now(), **details)
