"""Posting to the append-only ledger, with the cached balance moved in the same statement."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from bot.loyalty.context import Actor
from bot.loyalty.errors import BalanceLimitReached, InsufficientPoints
from models import Customer, LedgerEntry, LedgerKind

# Kinds that count towards a tier: points earned by buying or by being a good customer.
# Redemptions, expiry and owner corrections neither qualify nor disqualify.
QUALIFYING_KINDS: tuple[LedgerKind, ...] = (
    LedgerKind.EARN,
    LedgerKind.BONUS,
    LedgerKind.REFERRAL,
    LedgerKind.OPENING_EARNED,
)

# The most points one account may hold. Far above any real balance, and low enough that
# the sum over a million accounts stays inside a signed 64-bit integer on both databases
# (10^12 x 10^6 = 10^18 < 9.2 x 10^18), so no balance, ledger sum or statistic overflows.
MAX_BALANCE = 10**12


async def post(
    session: AsyncSession,
    customer: Customer,
    *,
    kind: LedgerKind,
    amount: int,
    now: datetime,
    key: str | None = None,
    actor: Actor | None = None,
    purchase_minor: int | None = None,
    redemption_id: int | None = None,
    reverses_id: int | None = None,
    note: str | None = None,
) -> LedgerEntry:
    """Append one entry and move the balance; a debit the balance cannot cover is refused.

    The debit is a conditional UPDATE (balance >= amount) so the check and the write are one
    atomic statement: no interleaving of concurrent redemptions can overdraw an account.
    """
    stmt = (
        update(Customer)
        .where(Customer.id == customer.id)
        .values(points_balance=Customer.points_balance + amount)
        .returning(Customer.points_balance)
        .execution_options(synchronize_session=False)
    )
    if amount < 0:
        stmt = stmt.where(Customer.points_balance >= -amount)
    elif amount > MAX_BALANCE:
        raise BalanceLimitReached(limit=MAX_BALANCE)  # never even sent: it could overflow
    else:
        stmt = stmt.where(Customer.points_balance <= MAX_BALANCE - amount)
    new_balance = await session.scalar(stmt)
    if new_balance is None and amount > 0:
        raise BalanceLimitReached(limit=MAX_BALANCE)
    if new_balance is None:
        current = await session.scalar(
            select(Customer.points_balance).where(Customer.id == customer.id)
        )
        raise InsufficientPoints(needed=-amount, balance=current or 0)
    set_committed_value(customer, "points_balance", new_balance)
    entry = LedgerEntry(
        customer_id=customer.id,
        kind=kind,
        amount=amount,
        balance_after=new_balance,
        idempotency_key=key,
        purchase_minor=purchase_minor,
        staff_id=actor.staff_id if actor else None,
        branch_id=actor.branch_id if actor else None,
        redemption_id=redemption_id,
        reverses_id=reverses_id,
        note=note,
        created_at=now,
    )
    session.add(entry)
    await session.flush()
    return entry


async def ledger_sum(session: AsyncSession, customer_id: int) -> int:
    total = await session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.customer_id == customer_id
        )
    )
    return int(total or 0)


async def by_key(session: AsyncSession, key: str) -> LedgerEntry | None:
    return await session.scalar(select(LedgerEntry).where(LedgerEntry.idempotency_key == key))
