"""Stamps at the till, within the programme's fraud limits; never more stamps than slots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.loyalty import audit, notices, promotions
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import (
    IdempotencyConflict,
    InvalidStampCount,
    StampCooldown,
    StampDailyCapReached,
)
from bot.loyalty.events import StampCardCompleted
from models import StampCard, StampCardStatus, StampEvent


@dataclass(frozen=True, slots=True)
class StampResult:
    customer_id: int
    added: int
    stamps: int  # on the card now collecting
    slots: int
    completed_cards: int  # full cards waiting to be exchanged for their reward
    duplicate: bool = False
    events: tuple[StampCardCompleted, ...] = field(default_factory=tuple)
    # Stamps a happy hour added on top of `added` staff gave, and which one.
    bonus: int = 0
    promotion: promotions.Applied | None = None


async def active_card(
    session: AsyncSession, customer_id: int, slots: int, now: datetime
) -> StampCard:
    card = await session.scalar(
        select(StampCard).where(
            StampCard.customer_id == customer_id, StampCard.status == StampCardStatus.ACTIVE
        )
    )
    if card is None:
        card = StampCard(
            customer_id=customer_id,
            slots=slots,
            stamps=0,
            status=StampCardStatus.ACTIVE,
            started_at=now,
        )
        session.add(card)
        await session.flush()
    return card


# A full card stays "full" to its owner until exchanged, reserved for a code or not.
FULL_CARD_STATUSES = (StampCardStatus.COMPLETED, StampCardStatus.RESERVED)


async def completed_count(session: AsyncSession, customer_id: int) -> int:
    total = await session.scalar(
        select(func.count(StampCard.id)).where(
            StampCard.customer_id == customer_id, StampCard.status.in_(FULL_CARD_STATUSES)
        )
    )
    return int(total or 0)


class StampService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    def _start_of_shop_day(self, now: datetime) -> datetime:
        local = now.astimezone(self._ctx.program.shop.tz)
        return local.replace(hour=0, minute=0, second=0, microsecond=0)

    async def add(
        self,
        customer_id: int,
        count: int = 1,
        *,
        actor: Actor | None = None,
        idempotency_key: str | None = None,
    ) -> StampResult:
        ctx = self._ctx
        limits = ctx.program.limits
        if not 1 <= count <= limits.stamps_per_customer_per_day:
            raise InvalidStampCount(maximum=limits.stamps_per_customer_per_day)
        now = ctx.clock.now()
        key = f"stamp:{idempotency_key}" if idempotency_key else None
        async with ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            if key is not None:
                previous = await session.scalar(
                    select(StampEvent).where(StampEvent.idempotency_key == key)
                )
                if previous is not None:
                    given = previous.count - previous.bonus
                    if previous.customer_id != customer_id or given != count:
                        raise IdempotencyConflict(key)
                    card = await active_card(session, customer_id, ctx.program.stamps.slots, now)
                    return StampResult(
                        customer_id,
                        given,
                        card.stamps,
                        card.slots,
                        await completed_count(session, customer_id),
                        duplicate=True,
                        bonus=previous.bonus,
                    )
            await self._check_limits(session, customer_id, count, now)
            promotion = await promotions.for_stamps(session, ctx.program, customer_id, now)
            bonus = promotion.bonus_stamps if promotion else 0
            card = await active_card(session, customer_id, ctx.program.stamps.slots, now)
            first_card_id = card.id
            events: list[StampCardCompleted] = []
            remaining = count + bonus
            while remaining:
                taken = min(card.slots - card.stamps, remaining)
                card.stamps += taken
                remaining -= taken
                if card.stamps == card.slots:
                    card.status = StampCardStatus.COMPLETED
                    card.completed_at = now
                    events.append(StampCardCompleted(customer_id, card.id))
                    # Flush the status change before the fresh card exists: the partial
                    # unique index allows one active card per customer.
                    await session.flush()
                    card = await active_card(session, customer_id, ctx.program.stamps.slots, now)
            event = StampEvent(
                customer_id=customer_id,
                card_id=first_card_id,
                count=count + bonus,
                bonus=bonus,
                staff_id=actor.staff_id if actor else None,
                branch_id=actor.branch_id if actor else None,
                idempotency_key=key,
                created_at=now,
            )
            session.add(event)
            customer.last_activity_at = now
            await session.flush()
            if promotion is not None:
                promotions.record(session, customer_id, promotion, now, stamp_event_id=event.id)
            named = promotions.named(promotion)
            await notices.tell(
                session,
                customer_id,
                f"stamps:{event.id}",
                "notice-stamps-happy-hour" if named else "notice-stamps",
                now,
                count=count + bonus,
                stamps=card.stamps,
                slots=card.slots,
                **(named | {"bonus": bonus} if named else {}),
            )
            for completed in events:
                await notices.tell(
                    session,
                    customer_id,
                    f"cardfull:{completed.card_id}",
                    "notice-card-full",
                    now,
                    reward="stamp-card",
                )
            audit.record(
                session,
                actor=actor,
                action="stamp",
                now=now,
                customer_id=customer_id,
                count=count,
                bonus=bonus,
                event_id=event.id,
            )
            return StampResult(
                customer_id=customer_id,
                added=count,
                stamps=card.stamps,
                slots=card.slots,
                completed_cards=await completed_count(session, customer_id),
                events=tuple(events),
                bonus=bonus,
                promotion=promotion,
            )

    async def _check_limits(
        self, session: AsyncSession, customer_id: int, count: int, now: datetime
    ) -> None:
        limits = self._ctx.program.limits
        reversal = aliased(StampEvent)
        undone = exists().where(reversal.reverses_id == StampEvent.id)
        today, last = (
            await session.execute(
                select(
                    func.coalesce(
                        # What staff gave: a happy hour's bonus stamps are not theirs.
                        func.sum(StampEvent.count - StampEvent.bonus).filter(
                            StampEvent.created_at >= self._start_of_shop_day(now)
                        ),
                        0,
                    ),
                    # An undone stamp does not hold up the corrected one.
                    func.max(StampEvent.created_at).filter(StampEvent.count > 0, ~undone),
                ).where(StampEvent.customer_id == customer_id)
            )
        ).one()
        if int(today) + count > limits.stamps_per_customer_per_day:
            raise StampDailyCapReached(cap=limits.stamps_per_customer_per_day, today=int(today))
        if last is not None and limits.stamp_cooldown_minutes:
            retry_at = last + timedelta(minutes=limits.stamp_cooldown_minutes)
            if now < retry_at:
                raise StampCooldown(retry_at=retry_at)
