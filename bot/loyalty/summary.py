"""What a customer (or the staff looking them up) sees at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from bot.languages import DEFAULT_LANGUAGE, Language, as_language
from bot.loyalty.context import EngineContext
from bot.loyalty.errors import CustomerNotFound
from bot.loyalty.expiry import ExpiringPoints, ExpiryService
from bot.loyalty.stamps import completed_count
from bot.loyalty.tiers import qualifying_points
from models import (
    Customer,
    LedgerEntry,
    LedgerKind,
    Referral,
    ReferralStatus,
    StampCard,
    StampCardStatus,
)


@dataclass(frozen=True, slots=True)
class HistoryItem:
    kind: LedgerKind
    amount: int
    balance_after: int
    at: datetime
    redemption_id: int | None


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    customer_id: int
    name: str | None
    member_code: str
    referral_code: str
    language: Language
    marketing_consent: bool
    balance: int
    tier_key: str
    qualifying_points: int
    next_tier_key: str | None
    points_to_next_tier: int
    tier_progress: float  # 0..1 of the way from this tier's threshold to the next
    stamps: int
    stamp_slots: int
    completed_cards: int
    friends_joined: int
    friends_rewarded: int
    expiring: ExpiringPoints | None
    history: tuple[HistoryItem, ...]


class SummaryService:
    def __init__(self, ctx: EngineContext, expiry: ExpiryService) -> None:
        self._ctx = ctx
        self._expiry = expiry

    async def summary(self, customer_id: int, *, history: int = 10) -> CustomerSummary:
        program = self._ctx.program
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            customer = await session.get(Customer, customer_id)
            if customer is None or customer.erased_at is not None:
                raise CustomerNotFound(customer_id=customer_id)
            # Computed live: the stored tier may lag behind a window that rolled on.
            qualifying = await qualifying_points(session, program, customer_id, now)
            tier = program.tier_for(qualifying)
            nxt = program.next_tier(tier)
            card = await session.scalar(
                select(StampCard).where(
                    StampCard.customer_id == customer_id, StampCard.status == StampCardStatus.ACTIVE
                )
            )
            referral_rows = await session.execute(
                select(Referral.status, func.count(Referral.id))
                .where(Referral.referrer_id == customer_id)
                .group_by(Referral.status)
            )
            referrals = {status: int(n) for status, n in referral_rows}
            rows = await session.scalars(
                select(LedgerEntry)
                .where(LedgerEntry.customer_id == customer_id)
                .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
                .limit(history)
            )
            items = tuple(
                HistoryItem(r.kind, r.amount, r.balance_after, r.created_at, r.redemption_id)
                for r in rows
            )
            completed = await completed_count(session, customer_id)
        if nxt is None:
            to_next, progress = 0, 1.0
        else:
            span = nxt.threshold - tier.threshold
            to_next = nxt.threshold - qualifying
            progress = min(1.0, max(0.0, (qualifying - tier.threshold) / span))
        return CustomerSummary(
            customer_id=customer.id,
            name=customer.name,
            member_code=customer.member_code,
            referral_code=customer.referral_code,
            language=as_language(customer.language) or DEFAULT_LANGUAGE,
            marketing_consent=customer.marketing_consent,
            balance=customer.points_balance,
            tier_key=tier.key,
            qualifying_points=qualifying,
            next_tier_key=nxt.key if nxt else None,
            points_to_next_tier=to_next,
            tier_progress=progress,
            stamps=card.stamps if card else 0,
            stamp_slots=card.slots if card else program.stamps.slots,
            completed_cards=completed,
            friends_joined=sum(referrals.values()),
            friends_rewarded=referrals.get(ReferralStatus.PAID, 0),
            expiring=await self._expiry.next_for(customer_id),
            history=items,
        )
