"""Releasing a pending redemption (cancel, expire): shared by redemptions and erasure."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import ledger
from bot.loyalty.context import lock_customer
from bot.loyalty.stamps import fill
from models import (
    Customer,
    LedgerEntry,
    LedgerKind,
    Redemption,
    RedemptionKind,
    RedemptionStatus,
    StampCard,
    StampCardStatus,
)


async def release(
    session: AsyncSession, redemption: Redemption, status: RedemptionStatus, now: datetime
) -> bool:
    """Move a pending redemption to `status` and give back what it held.

    Returns False if someone else resolved it first (the conditional UPDATE matched nothing),
    so a code is never both confirmed and refunded, nor refunded twice.
    """
    moved = await session.scalar(
        update(Redemption)
        .where(Redemption.id == redemption.id, Redemption.status == RedemptionStatus.PENDING)
        .values(status=status, resolved_at=now)
        .returning(Redemption.id)
        .execution_options(synchronize_session=False)
    )
    if moved is None:
        return False
    if redemption.kind is RedemptionKind.POINTS:
        debit = await session.scalar(
            select(LedgerEntry).where(
                LedgerEntry.redemption_id == redemption.id, LedgerEntry.amount < 0
            )
        )
        customer = await session.get_one(Customer, redemption.customer_id)
        if debit is not None:
            await ledger.post(
                session,
                customer,
                kind=LedgerKind.REDEEM,
                amount=-debit.amount,
                now=now,
                key=f"redemption:{redemption.id}:refund",
                redemption_id=redemption.id,
                reverses_id=debit.id,
                note=status.value,
            )
    elif redemption.stamps_spent is not None and redemption.stamp_card_id is not None:
        # A ladder step's stamps go back onto the card of that kind being filled now: the
        # one they came from, or the next if the customer filled it meanwhile.
        await lock_customer(session, redemption.customer_id)
        taken_from = await session.get_one(StampCard, redemption.stamp_card_id)
        await fill(
            session,
            redemption.customer_id,
            taken_from.card_key,
            taken_from.slots,
            redemption.stamps_spent,
            now,
        )
    elif redemption.stamp_card_id is not None:
        await session.execute(
            update(StampCard)
            .where(
                StampCard.id == redemption.stamp_card_id,
                StampCard.status == StampCardStatus.RESERVED,
            )
            .values(status=StampCardStatus.COMPLETED)
            .execution_options(synchronize_session=False)
        )
    return True
