"""What every engine service needs: the database, the programme in force and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db import Database
from bot.loyalty.errors import CustomerErased, CustomerNotFound
from bot.program import LiveProgram, Program
from models import Customer, StaffRole


@dataclass(frozen=True, slots=True)
class EngineContext:
    db: Database
    live: LiveProgram
    clock: Clock

    @property
    def program(self) -> Program:
        return self.live.current


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does an operation: a staff member, as resolved from their chat identity, or a
    till system through one of the shop's API keys (then `staff_id` is None, `api_key_id`
    names the key, and the powers are a staff member's at the key's branch)."""

    staff_id: int | None
    role: StaffRole
    branch_id: int | None = None
    api_key_id: int | None = None

    @property
    def staff(self) -> int:
        """The staff member, for what only a person in a chat or the dashboard does."""
        if self.staff_id is None:
            raise TypeError("a till's key acts for no staff member")
        return self.staff_id

    @property
    def is_owner(self) -> bool:
        return self.role is StaffRole.OWNER


async def lock_customer(session: AsyncSession, customer_id: int) -> Customer:
    """Load a live customer and serialise every write to their account behind this one.

    On PostgreSQL this is a row lock; on SQLite the write transaction already holds the
    database's write lock (BEGIN IMMEDIATE), so FOR UPDATE is dropped by the dialect.
    """
    customer = await session.scalar(
        select(Customer)
        .where(Customer.id == customer_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if customer is None:
        raise CustomerNotFound(customer_id=customer_id)
    if customer.erased_at is not None:
        raise CustomerErased(customer_id=customer_id)
    return customer
