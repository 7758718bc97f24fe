"""Redeeming rewards: a short code reserves the reward; staff confirm it at the counter.

Points are taken when the code is issued (so they cannot be spent twice while the customer
walks to the counter) and given back if the code is cancelled or expires.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit, ledger, notices, rollout, webhooks
from bot.loyalty.attempts import CodeKind, code_attempt, staff_who
from bot.loyalty.codes import REDEMPTION_CODE_LENGTH, new_code, normalize_code
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import (
    NoCompletedCard,
    NotEnoughStamps,
    RedemptionAlreadyUsed,
    RedemptionCancelled,
    RedemptionExpired,
    RedemptionNotFound,
    UnknownCard,
    UnknownReward,
)
from bot.loyalty.redemption_state import release
from bot.loyalty.stamps import active_card
from bot.program import MAIN_CARD, card_reward_key
from models import (
    Customer,
    DrawWinner,
    LedgerKind,
    PrizeDraw,
    Redemption,
    RedemptionKind,
    RedemptionStatus,
    StampCard,
    StampCardStatus,
)

STAMP_CARD_REWARD = card_reward_key(MAIN_CARD)
_CODE_ATTEMPTS = 8

# What a code holds back from the stamp cards while it waits: (card id, stamps spent or
# None for a whole full card), taken under the customer's lock.
Hold = Callable[[AsyncSession, int], Awaitable[tuple[int, int | None]]]


@dataclass(frozen=True, slots=True)
class IssuedCode:
    redemption_id: int
    code: str
    kind: RedemptionKind
    reward_key: str
    points_cost: int
    expires_at: datetime
    balance: int
    prize: str | None = None  # a prize draw's prize, as the owner named it


@dataclass(frozen=True, slots=True)
class ConfirmedRedemption:
    redemption_id: int
    customer_id: int
    kind: RedemptionKind
    reward_key: str
    points_cost: int
    prize: str | None = None  # a prize draw's prize, as the owner named it


class RedemptionService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def redeem_points(self, customer_id: int, reward_key: str) -> IssuedCode:
        reward = self._ctx.program.reward(reward_key)
        if reward is None or not reward.active:
            raise UnknownReward(reward_key)
        return await self._issue(customer_id, RedemptionKind.POINTS, reward.key, reward.cost)

    async def redeem_stamp_card(self, customer_id: int, card: str = MAIN_CARD) -> IssuedCode:
        """A full card's reward: the oldest full card of that kind is held for the code."""
        if self._ctx.program.card(card) is None:
            raise UnknownCard(card=card)

        async def hold(session: AsyncSession, customer: int) -> tuple[int, int | None]:
            return await self._reserve_card(session, customer, card), None

        reward = card_reward_key(card)
        return await self._issue(customer_id, RedemptionKind.STAMP_CARD, reward, 0, hold)

    async def redeem_step(self, customer_id: int, card: str, at: int) -> IssuedCode:
        """A ladder step's reward on the way along a card: its stamps come off the card
        being filled (and go back if the code is cancelled or expires)."""
        spec = self._ctx.program.card(card)
        if spec is None:
            raise UnknownCard(card=card)
        if spec.step(at) is None:
            raise UnknownReward(card_reward_key(card, at))
        now = self._ctx.clock.now()

        async def hold(session: AsyncSession, customer: int) -> tuple[int, int | None]:
            filling = await active_card(session, customer, spec.slots, now, card)
            taken = await session.scalar(
                update(StampCard)
                .where(StampCard.id == filling.id, StampCard.stamps >= at)
                .values(stamps=StampCard.stamps - at)
                .returning(StampCard.id)
                .execution_options(synchronize_session=False)
            )
            if taken is None:
                raise NotEnoughStamps(needed=at, stamps=filling.stamps)
            return taken, at

        reward = card_reward_key(card, at)
        return await self._issue(customer_id, RedemptionKind.STAMP_CARD, reward, 0, hold)

    async def _issue(
        self,
        customer_id: int,
        kind: RedemptionKind,
        reward_key: str,
        cost: int,
        hold: Hold | None = None,
    ) -> IssuedCode:
        for _ in range(_CODE_ATTEMPTS):
            try:
                return await self._issue_once(customer_id, kind, reward_key, cost, hold)
            except IntegrityError:
                continue  # the random code collided with an existing one: draw again
        raise RuntimeError("could not draw a free redemption code")

    async def _issue_once(
        self,
        customer_id: int,
        kind: RedemptionKind,
        reward_key: str,
        cost: int,
        hold: Hold | None,
    ) -> IssuedCode:
        ctx = self._ctx
        now = ctx.clock.now()
        expires_at = now + timedelta(minutes=ctx.program.redemptions.code_ttl_minutes)
        async with ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            card_id, spent = await hold(session, customer_id) if hold else (None, None)
            redemption = Redemption(
                code=new_code(REDEMPTION_CODE_LENGTH),
                customer_id=customer_id,
                kind=kind,
                reward_key=reward_key,
                points_cost=cost,
                stamp_card_id=card_id,
                stamps_spent=spent,
                status=RedemptionStatus.PENDING,
                created_at=now,
                expires_at=expires_at,
            )
            session.add(redemption)
            await session.flush()
            if cost:
                # Raises InsufficientPoints, which rolls back the redemption row too.
                await ledger.post(
                    session,
                    customer,
                    kind=LedgerKind.REDEEM,
                    amount=-cost,
                    now=now,
                    key=f"redemption:{redemption.id}",
                    redemption_id=redemption.id,
                )
            customer.last_activity_at = now
            return IssuedCode(
                redemption.id,
                redemption.code,
                kind,
                reward_key,
                cost,
                expires_at,
                customer.points_balance,
            )

    @staticmethod
    async def _reserve_card(session: AsyncSession, customer_id: int, card: str) -> int:
        oldest = await session.scalar(
            select(StampCard.id)
            .where(
                StampCard.customer_id == customer_id,
                StampCard.card_key == card,
                StampCard.status == StampCardStatus.COMPLETED,
            )
            .order_by(StampCard.completed_at, StampCard.id)
            .limit(1)
        )
        reserved = None
        if oldest is not None:
            reserved = await session.scalar(
                update(StampCard)
                .where(StampCard.id == oldest, StampCard.status == StampCardStatus.COMPLETED)
                .values(status=StampCardStatus.RESERVED)
                .returning(StampCard.id)
                .execution_options(synchronize_session=False)
            )
        if reserved is None:
            raise NoCompletedCard()
        return reserved

    async def confirm(self, code: str, *, actor: Actor | None) -> ConfirmedRedemption:
        """Staff hand over the reward. Unknown, used, cancelled or expired codes are refused;
        a staff member who types many unknown ones is slowed down (bot.loyalty.attempts)."""
        who = staff_who(actor) if actor is not None else None
        async with code_attempt(self._ctx, who, CodeKind.REDEEM, (RedemptionNotFound,)):
            return await self._confirm(code, actor)

    async def _confirm(self, code: str, actor: Actor | None) -> ConfirmedRedemption:
        normalized = normalize_code(code)
        now = self._ctx.clock.now()
        prize = None
        async with self._ctx.db.write() as session:
            await rollout.refuse_unless_started(session, self._ctx.program, actor)
            redemption = await self._locked(session, normalized)
            if redemption.status is RedemptionStatus.PENDING and redemption.expires_at <= now:
                await release(session, redemption, RedemptionStatus.EXPIRED, now)
                expired = True
            else:
                expired = False
                _refuse_unless_pending(redemption, normalized)
                await session.execute(
                    update(Redemption)
                    .where(Redemption.id == redemption.id)
                    .values(
                        status=RedemptionStatus.CONFIRMED,
                        resolved_at=now,
                        staff_id=actor.staff_id if actor else None,
                        branch_id=actor.branch_id if actor else None,
                    )
                    .execution_options(synchronize_session=False)
                )
                # A whole full card is used up; a ladder step's stamps were spent at issue.
                if redemption.stamp_card_id is not None and redemption.stamps_spent is None:
                    await session.execute(
                        update(StampCard)
                        .where(StampCard.id == redemption.stamp_card_id)
                        .values(status=StampCardStatus.REDEEMED, redeemed_at=now)
                        .execution_options(synchronize_session=False)
                    )
                audit.record(
                    session,
                    actor=actor,
                    action="redeem",
                    now=now,
                    customer_id=redemption.customer_id,
                    code=normalized,
                    reward=redemption.reward_key,
                    points=redemption.points_cost,
                )
                if redemption.kind is RedemptionKind.PRIZE:
                    prize = await session.scalar(
                        select(PrizeDraw.prize)
                        .join(DrawWinner, DrawWinner.draw_id == PrizeDraw.id)
                        .where(DrawWinner.redemption_id == redemption.id)
                    )
                    await notices.tell(
                        session,
                        redemption.customer_id,
                        f"redeemed:{redemption.id}",
                        "notice-prize-collected",
                        now,
                        prize=prize or "",
                    )
                else:
                    await notices.tell(
                        session,
                        redemption.customer_id,
                        f"redeemed:{redemption.id}",
                        "notice-redeemed",
                        now,
                        **(
                            {"reward": "stamp-card"}
                            if redemption.kind is RedemptionKind.STAMP_CARD
                            else {"reward_key": redemption.reward_key}
                        ),
                    )
                member_code = await session.scalar(
                    select(Customer.member_code).where(Customer.id == redemption.customer_id)
                )
                await webhooks.emit(
                    session,
                    "reward.redeemed",
                    f"redeemed:{redemption.id}",
                    now,
                    member_code=member_code,
                    reward=redemption.reward_key,
                    kind=redemption.kind.value,
                    points=redemption.points_cost,
                )
        # Raised after the commit, so the expiry (and the refund) is kept.
        if expired:
            raise RedemptionExpired(normalized)
        return ConfirmedRedemption(
            redemption.id,
            redemption.customer_id,
            redemption.kind,
            redemption.reward_key,
            redemption.points_cost,
            prize,
        )

    async def cancel(self, customer_id: int, code: str) -> None:
        """The customer changed their mind; the points (or the card) come back."""
        normalized = normalize_code(code)
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            redemption = await self._locked(session, normalized)
            # A prize is not given up by a mistaken press: it waits until it expires.
            if redemption.customer_id != customer_id or redemption.kind is RedemptionKind.PRIZE:
                raise RedemptionNotFound(normalized)  # another customer's code: not theirs to see
            _refuse_unless_pending(redemption, normalized)
            await release(session, redemption, RedemptionStatus.CANCELLED, now)

    async def expire_stale(self) -> int:
        """Expire pending codes past their time and refund them; returns how many."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            stale = list(
                await session.scalars(
                    select(Redemption.id).where(
                        Redemption.status == RedemptionStatus.PENDING,
                        Redemption.expires_at <= now,
                    )
                )
            )
        expired = 0
        for redemption_id in stale:
            # One transaction per code: a failure on one does not hold back the rest.
            async with self._ctx.db.write() as session:
                redemption = await session.get_one(Redemption, redemption_id, with_for_update=True)
                if await release(session, redemption, RedemptionStatus.EXPIRED, now):
                    expired += 1
        return expired

    async def pending_for(self, customer_id: int) -> list[IssuedCode]:
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(Redemption, PrizeDraw.prize)
                .outerjoin(DrawWinner, DrawWinner.redemption_id == Redemption.id)
                .outerjoin(PrizeDraw, PrizeDraw.id == DrawWinner.draw_id)
                .where(
                    Redemption.customer_id == customer_id,
                    Redemption.status == RedemptionStatus.PENDING,
                    Redemption.expires_at > now,
                )
                .order_by(Redemption.created_at)
            )
            return [
                IssuedCode(
                    r.id, r.code, r.kind, r.reward_key, r.points_cost, r.expires_at, 0, prize
                )
                for r, prize in rows
            ]

    @staticmethod
    async def _locked(session: AsyncSession, code: str) -> Redemption:
        redemption = await session.scalar(
            select(Redemption)
            .where(Redemption.code == code)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if redemption is None:
            raise RedemptionNotFound(code)
        return redemption


def _refuse_unless_pending(redemption: Redemption, code: str) -> None:
    if redemption.status is RedemptionStatus.CONFIRMED:
        raise RedemptionAlreadyUsed(code)
    if redemption.status is RedemptionStatus.CANCELLED:
        raise RedemptionCancelled(code)
    if redemption.status is RedemptionStatus.EXPIRED:
        raise RedemptionExpired(code)
