"""Stamps at the till, within the programme's fraud limits; never more stamps than slots.

A shop may run several cards (coffee, lunch): each customer fills one card of each kind at a
time, and the daily cap and the cool-down count per kind, so a coffee and a lunch in the
same hour both get their stamp."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.loyalty import audit, notices, promotions, rollout
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import (
    IdempotencyConflict,
    InvalidStampCount,
    StampCooldown,
    StampDailyCapReached,
    UnknownCard,
)
from bot.loyalty.events import StampCardCompleted
from bot.program import MAIN_CARD, Program, card_reward_key
from models import StampCard, StampCardStatus, StampEvent


@dataclass(frozen=True, slots=True)
class StampResult:
    customer_id: int
    added: int
    stamps: int  # on the card now collecting
    slots: int
    completed_cards: int  # full cards of this kind waiting to be exchanged for their reward
    card: str = MAIN_CARD  # which kind of card
    duplicate: bool = False
    events: tuple[StampCardCompleted, ...] = field(default_factory=tuple)
    # Stamps a happy hour added on top of `added` staff gave, and which one.
    bonus: int = 0
    promotion: promotions.Applied | None = None


@dataclass(frozen=True, slots=True)
class CardState:
    """One kind of card as a customer holds it: the card being filled and the full ones."""

    card: str
    stamps: int
    slots: int
    full: int  # full cards of this kind waiting for their reward


async def active_card(
    session: AsyncSession, customer_id: int, slots: int, now: datetime, kind: str = MAIN_CARD
) -> StampCard:
    card = await session.scalar(
        select(StampCard).where(
            StampCard.customer_id == customer_id,
            StampCard.card_key == kind,
            StampCard.status == StampCardStatus.ACTIVE,
        )
    )
    if card is None:
        card = StampCard(
            customer_id=customer_id,
            card_key=kind,
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


async def completed_count(session: AsyncSession, customer_id: int, kind: str = MAIN_CARD) -> int:
    total = await session.scalar(
        select(func.count(StampCard.id)).where(
            StampCard.customer_id == customer_id,
            StampCard.card_key == kind,
            StampCard.status.in_(FULL_CARD_STATUSES),
        )
    )
    return int(total or 0)


@dataclass(frozen=True, slots=True)
class Filled:
    card: StampCard  # the card now being filled
    first_card_id: int  # the card the first stamp went on
    completed: tuple[StampCardCompleted, ...]


async def fill(
    session: AsyncSession, customer_id: int, kind: str, slots: int, count: int, now: datetime
) -> Filled:
    """Put `count` stamps on the customer's card of `kind` (locked by the caller): a card
    that fills is completed, the customer told, and a fresh card of `slots` takes the rest."""
    card = await active_card(session, customer_id, slots, now, kind)
    first_card_id = card.id
    events: list[StampCardCompleted] = []
    remaining = count
    while remaining:
        taken = min(card.slots - card.stamps, remaining)
        card.stamps += taken
        remaining -= taken
        if card.stamps == card.slots:
            card.status = StampCardStatus.COMPLETED
            card.completed_at = now
            events.append(StampCardCompleted(customer_id, card.id))
            # Flush the status change before the fresh card exists: the partial unique
            # index allows one active card of a kind per customer.
            await session.flush()
            card = await active_card(session, customer_id, slots, now, kind)
    for completed in events:
        await notices.tell(
            session,
            customer_id,
            f"cardfull:{completed.card_id}",
            "notice-card-full",
            now,
            reward=card_reward_key(kind),
        )
    return Filled(card, first_card_id, tuple(events))


async def held_cards(session: AsyncSession, program: Program, customer_id: int) -> list[CardState]:
    """Each card of the programme as the customer holds it, `[stamps]` first; a card switched
    off is left out unless the customer still has stamps or a full card on it."""
    rows = await session.execute(
        select(
            StampCard.card_key,
            func.max(StampCard.stamps).filter(StampCard.status == StampCardStatus.ACTIVE),
            func.max(StampCard.slots).filter(StampCard.status == StampCardStatus.ACTIVE),
            func.count(StampCard.id).filter(StampCard.status.in_(FULL_CARD_STATUSES)),
        )
        .where(
            StampCard.customer_id == customer_id,
            StampCard.status.in_((StampCardStatus.ACTIVE, *FULL_CARD_STATUSES)),
        )
        .group_by(StampCard.card_key)
    )
    held = {key: (stamps or 0, slots, int(full)) for key, stamps, slots, full in rows}
    stamped = set(program.stamped_cards())
    states = []
    for key, spec in program.stamp_cards():
        stamps, slots, full = held.get(key, (0, None, 0))
        if key in stamped or stamps or full:
            states.append(CardState(key, stamps, slots or spec.slots, full))
    return states


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
        card: str = MAIN_CARD,
        actor: Actor | None = None,
        idempotency_key: str | None = None,
    ) -> StampResult:
        ctx = self._ctx
        limits = ctx.program.limits
        spec = ctx.program.card(card)
        if spec is None or card not in ctx.program.stamped_cards():
            raise UnknownCard(card=card)
        if not 1 <= count <= limits.stamps_per_customer_per_day:
            raise InvalidStampCount(maximum=limits.stamps_per_customer_per_day)
        now = ctx.clock.now()
        key = f"stamp:{idempotency_key}" if idempotency_key else None
        async with ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            await rollout.refuse_unless_started(session, ctx.program, actor)
            if key is not None:
                previous = await session.scalar(
                    select(StampEvent).where(StampEvent.idempotency_key == key)
                )
                if previous is not None:
                    given = previous.count - previous.bonus
                    first = await session.get_one(StampCard, previous.card_id)
                    if (
                        previous.customer_id != customer_id
                        or given != count
                        or first.card_key != card
                    ):
                        raise IdempotencyConflict(key)
                    now_filling = await active_card(session, customer_id, spec.slots, now, card)
                    return StampResult(
                        customer_id,
                        given,
                        now_filling.stamps,
                        now_filling.slots,
                        await completed_count(session, customer_id, card),
                        card=card,
                        duplicate=True,
                        bonus=previous.bonus,
                    )
            await self._check_limits(session, customer_id, card, count, now)
            promotion = await promotions.for_stamps(session, ctx.program, customer_id, now)
            bonus = promotion.bonus_stamps if promotion else 0
            filled = await fill(session, customer_id, card, spec.slots, count + bonus, now)
            event = StampEvent(
                customer_id=customer_id,
                card_id=filled.first_card_id,
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
            # Where the shop runs several cards the customer is told which one.
            which = {"card": card} if ctx.program.cards else {}
            await notices.tell(
                session,
                customer_id,
                f"stamps:{event.id}",
                "notice-stamps-happy-hour" if named else "notice-stamps",
                now,
                count=count + bonus,
                stamps=filled.card.stamps,
                slots=filled.card.slots,
                **(named | {"bonus": bonus} if named else {}),
                **which,
            )
            audit.record(
                session,
                actor=actor,
                action="stamp",
                now=now,
                customer_id=customer_id,
                count=count,
                bonus=bonus,
                card=card,
                event_id=event.id,
            )
            return StampResult(
                customer_id=customer_id,
                added=count,
                stamps=filled.card.stamps,
                slots=filled.card.slots,
                completed_cards=await completed_count(session, customer_id, card),
                card=card,
                events=filled.completed,
                bonus=bonus,
                promotion=promotion,
            )

    async def cards(self, customer_id: int) -> list[CardState]:
        async with self._ctx.db.read() as session:
            return await held_cards(session, self._ctx.program, customer_id)

    async def _check_limits(
        self, session: AsyncSession, customer_id: int, card: str, count: int, now: datetime
    ) -> None:
        limits = self._ctx.program.limits
        reversal = aliased(StampEvent)
        undone = exists().where(reversal.reverses_id == StampEvent.id)
        # Per kind of card: the event points at the card its first stamp went on.
        of_kind = StampEvent.card_id.in_(
            select(StampCard.id).where(
                StampCard.customer_id == customer_id, StampCard.card_key == card
            )
        )
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
                ).where(StampEvent.customer_id == customer_id, of_kind)
            )
        ).one()
        if int(today) + count > limits.stamps_per_customer_per_day:
            raise StampDailyCapReached(cap=limits.stamps_per_customer_per_day, today=int(today))
        if last is not None and limits.stamp_cooldown_minutes:
            retry_at = last + timedelta(minutes=limits.stamp_cooldown_minutes)
            if now < retry_at:
                raise StampCooldown(retry_at=retry_at)
