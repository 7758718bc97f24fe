"""A receipt refunded or voided at the till: its points taken back, once.

The points are taken back as `/undo` takes them back (a reversal entry pointing at the
purchase, never a deletion), but at any time and by receipt, because a refund comes when
the customer brings the goods back. Points the customer has already spent are not taken
back: that would overdraw the account, so the till is told and nothing changes. A tier
reached with the purchase stays (nothing is taken back retroactively).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bot.loyalty import audit, ledger, notices
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import InsufficientPoints, ReceiptNotFound, ReceiptPointsSpent
from bot.loyalty.purchases import receipt_purchase
from bot.text import receipt_key
from models import LedgerEntry, LedgerKind


@dataclass(frozen=True, slots=True)
class Refunded:
    customer_id: int
    receipt: str
    points: int  # taken back
    balance: int
    duplicate: bool = False  # refunded before: nothing more was taken


class RefundService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def refund(self, receipt: str, *, actor: Actor) -> Refunded:
        number = receipt_key(receipt)[:64]
        key = f"purchase:{receipt_purchase(actor.branch_id, receipt)}"
        async with self._ctx.db.read() as session:
            purchase = await ledger.by_key(session, key) if number else None
        if purchase is None:
            raise ReceiptNotFound(receipt=receipt.strip()[:64])
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, purchase.customer_id)
            # Checked under the lock: a refund sent twice at once takes back once.
            before = await session.scalar(
                select(LedgerEntry).where(LedgerEntry.reverses_id == purchase.id)
            )
            if before is not None:
                return Refunded(
                    customer.id, number, -before.amount, customer.points_balance, duplicate=True
                )
            try:
                await ledger.post(
                    session,
                    customer,
                    kind=LedgerKind.EARN,
                    amount=-purchase.amount,
                    now=now,
                    actor=actor,
                    reverses_id=purchase.id,
                    note=f"refund {number}",
                )
            except InsufficientPoints:
                raise ReceiptPointsSpent(
                    points=purchase.amount, balance=customer.points_balance
                ) from None
            audit.record(
                session,
                actor=actor,
                action="refund",
                now=now,
                customer_id=customer.id,
                receipt=number,
                points=purchase.amount,
                entry_id=purchase.id,
            )
            await notices.tell(
                session,
                customer.id,
                f"refund:{purchase.id}",
                "notice-refunded",
                now,
                receipt=number,
                points=purchase.amount,
                balance=customer.points_balance,
            )
            return Refunded(customer.id, number, purchase.amount, customer.points_balance)
