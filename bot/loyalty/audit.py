"""The audit trail of staff actions, written in the same transaction as the action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.clock import Clock
from bot.db import Database
from bot.loyalty.context import Actor
from models import ApiKey, AuditEntry, Branch, Customer, StaffMember


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
            api_key_id=actor.api_key_id if actor else None,
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


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    action: str
    staff: str | None  # the staff member's name or member code; None: the system or a key
    customer: str | None  # the member code of the customer it concerned
    details: dict[str, Any]
    key: str | None = None  # the API key's name, for a till system's call
    branch: str | None = None


async def recent(db: Database, limit: int = 100) -> list[AuditLine]:
    """The newest entries first, with who did it and to whom (the dashboard's audit log)."""
    staff = aliased(Customer)
    concerned = aliased(Customer)
    async with db.read() as session:
        rows = await session.execute(
            select(
                AuditEntry.created_at,
                AuditEntry.action,
                func.coalesce(staff.name, staff.member_code),
                concerned.member_code,
                AuditEntry.details,
                ApiKey.name,
                Branch.key,
            )
            .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_id)
            .outerjoin(ApiKey, ApiKey.id == AuditEntry.api_key_id)
            .outerjoin(Branch, Branch.id == AuditEntry.branch_id)
            .outerjoin(staff, staff.id == StaffMember.customer_id)
            .outerjoin(concerned, concerned.id == AuditEntry.customer_id)
            .order_by(AuditEntry.id.desc())
            .limit(limit)
        )
        return [AuditLine(*row) for row in rows]
