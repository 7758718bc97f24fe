"""/undo: a staff member takes back their own last purchase, stamp or bundle use, within
minutes.

Nothing is deleted: a reversal row points at the row it takes back (unique, so nothing is
undone twice), and the audit log records the undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit, ledger, notices
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import InsufficientPoints, NothingToUndo, UndoNotPossible
from models import (
    AuditEntry,
    BundleHolding,
    BundleUse,
    LedgerEntry,
    LedgerKind,
    StampCard,
    StampCardStatus,
    StampEvent,
)

UNDO_WINDOW = timedelta(minutes=10)
UNDOABLE = ("purchase", "stamp", "bundle-use")


@dataclass(frozen=True, slots=True)
class Undone:
    action: str  # "purchase", "stamp" or "bundle-use"
    customer_id: int
    points: int = 0  # points taken back
    stamps: int = 0  # stamps taken back
    balance: int = 0
    bundle: str = ""  # the bundle a use was given back to, and its uses left now
    left: int = 0


class UndoService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def undo_last(self, actor: Actor, *, entry_id: int | None = None) -> Undone:
        """`entry_id`: undo only if that purchase is still this staff member's last action
        (an undo button under one purchase never takes back a later one)."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            last = await session.scalar(
                select(AuditEntry)
                .where(
                    AuditEntry.staff_id == actor.staff_id,
                    AuditEntry.action.in_((*UNDOABLE, "undo")),
                )
                .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
                .limit(1)
            )
        if last is None or last.action == "undo" or last.customer_id is None:
            raise NothingToUndo()
        if entry_id is not None and (
            last.action != "purchase" or last.details.get("entry_id") != entry_id
        ):
            raise NothingToUndo()
        if now - last.created_at > UNDO_WINDOW:
            raise UndoNotPossible(minutes=int(UNDO_WINDOW.total_seconds() // 60))
        if last.action == "purchase":
            return await self._undo_purchase(actor, last)
        if last.action == "bundle-use":
            return await self._undo_bundle_use(actor, last)
        return await self._undo_stamp(actor, last)

    async def _undo_bundle_use(self, actor: Actor, last: AuditEntry) -> Undone:
        """The use goes back to the bundle it came from, once; the customer is told."""
        now = self._ctx.clock.now()
        assert last.customer_id is not None
        if "use_id" not in last.details:  # a use recorded before uses could be undone
            raise UndoNotPossible(minutes=0)
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, last.customer_id)
            use = await session.get_one(BundleUse, int(last.details["use_id"]))
            if use.undone_at is not None:
                raise NothingToUndo()
            use.undone_at = now
            await session.execute(
                update(BundleHolding)
                .where(BundleHolding.id == use.holding_id)
                .values(uses_left=BundleHolding.uses_left + 1)
                .execution_options(synchronize_session=False)
            )
            holding = await session.get_one(BundleHolding, use.holding_id)
            await session.refresh(holding)
            await _said(
                session,
                actor,
                last,
                now,
                {"bundle": holding.bundle_key},
                "notice-undone-bundle",
                bundle=holding.bundle_key,
                left=holding.uses_left,
            )
            return Undone(
                "bundle-use", customer.id, bundle=holding.bundle_key, left=holding.uses_left
            )

    async def _undo_purchase(self, actor: Actor, last: AuditEntry) -> Undone:
        now = self._ctx.clock.now()
        assert last.customer_id is not None
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, last.customer_id)
            entry = await session.get_one(LedgerEntry, int(last.details["entry_id"]))
            undone = await session.scalar(
                select(LedgerEntry.id).where(LedgerEntry.reverses_id == entry.id)
            )
            if undone is not None:
                raise NothingToUndo()
            try:
                await ledger.post(
                    session,
                    customer,
                    kind=LedgerKind.EARN,
                    amount=-entry.amount,
                    now=now,
                    actor=actor,
                    reverses_id=entry.id,
                    note="undo",
                )
            except InsufficientPoints:
                # The customer already spent them: taking them back would overdraw.
                raise UndoNotPossible(minutes=0) from None
            await _said(
                session,
                actor,
                last,
                now,
                {"points": entry.amount},
                "notice-undone-points",
                points=entry.amount,
                balance=customer.points_balance,
            )
            return Undone(
                "purchase", customer.id, points=entry.amount, balance=customer.points_balance
            )

    async def _undo_stamp(self, actor: Actor, last: AuditEntry) -> Undone:
        now = self._ctx.clock.now()
        assert last.customer_id is not None
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, last.customer_id)
            event = await session.get_one(StampEvent, int(last.details["event_id"]))
            undone = await session.scalar(
                select(StampEvent.id).where(StampEvent.reverses_id == event.id)
            )
            if undone is not None:
                raise NothingToUndo()
            card = await session.get_one(StampCard, event.card_id)
            # Only while the stamps still sit on the card being filled: a card they
            # completed may already have been exchanged for its reward, and stamps spent
            # on a ladder step are the step's.
            if card.status is not StampCardStatus.ACTIVE or card.stamps < event.count:
                raise UndoNotPossible(minutes=0)
            await session.execute(
                update(StampCard)
                .where(StampCard.id == card.id)
                .values(stamps=StampCard.stamps - event.count)
                .execution_options(synchronize_session=False)
            )
            session.add(
                StampEvent(
                    customer_id=customer.id,
                    card_id=card.id,
                    count=-event.count,
                    bonus=-event.bonus,
                    staff_id=actor.staff_id,
                    branch_id=actor.branch_id,
                    reverses_id=event.id,
                    created_at=now,
                )
            )
            await _said(
                session,
                actor,
                last,
                now,
                {"stamps": event.count},
                "notice-undone-stamps",
                count=event.count,
            )
            return Undone("stamp", customer.id, stamps=event.count)


async def _said(
    session: AsyncSession,
    actor: Actor,
    last: AuditEntry,
    now: datetime,
    taken: dict[str, int | str],
    notice: str,
    **told: int | str,
) -> None:
    """Every undo ends the same way: the audit log names what was taken back (`taken`),
    and the customer is told (`notice`, with `told`), once per undone action."""
    assert last.customer_id is not None
    audit.record(
        session,
        actor=actor,
        action="undo",
        now=now,
        customer_id=last.customer_id,
        undoes=last.id,
        **taken,
    )
    await notices.tell(session, last.customer_id, f"undo:{last.id}", notice, now, **told)
