"""Owner corrections and bonuses: points that do not come from a purchase."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from bot.loyalty import audit, ledger, notices
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import IdempotencyConflict, InvalidAmount, NotAllowed, PointsOutOfRange
from bot.loyalty.events import TierUpgraded
from bot.loyalty.tiers import evaluate
from bot.text import plain_text
from models import LedgerKind


@dataclass(frozen=True, slots=True)
class PointsChange:
    entry_id: int
    customer_id: int
    amount: int
    balance: int
    duplicate: bool = False
    upgrade: TierUpgraded | None = None


class PointsService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def adjust(
        self, customer_id: int, amount: int, reason: str, *, actor: Actor
    ) -> PointsChange:
        """An owner's correction, up or down; it neither qualifies for nor costs a tier."""
        if not actor.is_owner:
            raise NotAllowed(operation="adjust")
        reason = plain_text(reason)
        if amount == 0 or not reason:
            raise InvalidAmount(amount=str(amount))
        limit = self._ctx.program.limits.max_adjust_points
        if abs(amount) > limit:
            raise PointsOutOfRange(limit=limit)
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            entry = await ledger.post(
                session,
                customer,
                kind=LedgerKind.ADJUST,
                amount=amount,
                now=now,
                actor=actor,
                note=reason[:200],
            )
            audit.record(
                session,
                actor=actor,
                action="adjust",
                now=now,
                customer_id=customer_id,
                amount=amount,
                reason=reason[:200],
                entry_id=entry.id,
            )
            await notices.tell(
                session,
                customer_id,
                f"adjust:{entry.id}",
                "notice-adjusted",
                now,
                change=f"+{amount}" if amount > 0 else f"\u2212{-amount}",
                reason=reason[:200],
                balance=customer.points_balance,
            )
            return PointsChange(entry.id, customer_id, amount, customer.points_balance)

    async def grant_bonus(
        self,
        customer_id: int,
        amount: int,
        *,
        idempotency_key: str,
        note: str | None = None,
        notice: str | None = None,
    ) -> PointsChange:
        """A bonus from the programme (birthday, campaign): qualifies towards tiers, once per
        key. `notice`: the message that tells the customer, queued with the bonus."""
        if amount <= 0:
            raise InvalidAmount(amount=str(amount))
        key = f"bonus:{idempotency_key}"
        now = self._ctx.clock.now()
        try:
            async with self._ctx.db.write() as session:
                customer = await lock_customer(session, customer_id)
                previous = await ledger.by_key(session, key)
                if previous is not None:
                    if previous.customer_id != customer_id:
                        raise IdempotencyConflict(key)
                    return PointsChange(
                        previous.id, customer_id, previous.amount, customer.points_balance, True
                    )
                entry = await ledger.post(
                    session,
                    customer,
                    kind=LedgerKind.BONUS,
                    amount=amount,
                    now=now,
                    key=key,
                    note=note,
                )
                if notice is not None:
                    await notices.tell(
                        session,
                        customer_id,
                        key,
                        notice,
                        now,
                        points=amount,
                        balance=customer.points_balance,
                    )
                upgrade = await evaluate(session, self._ctx.program, customer, now)
                return PointsChange(
                    entry.id, customer_id, amount, customer.points_balance, upgrade=upgrade
                )
        except IntegrityError:
            raise IdempotencyConflict(key) from None
