"""What a customer (or the staff looking them up) sees at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, select

from bot.db import among, constant
from bot.languages import DEFAULT_LANGUAGE, Language, as_language
from bot.loyalty.context import EngineContext
from bot.loyalty.errors import CustomerNotFound
from bot.loyalty.expiry import ExpiringPoints, ExpiryService
from bot.loyalty.ledger import QUALIFYING_KINDS
from bot.loyalty.stamps import FULL_CARD_STATUSES
from bot.loyalty.tiers import tier_with_hold
from bot.program import MAIN_CARD
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
    stamps: int  # on the `[stamps]` card; other cards: StampService.cards
    stamp_slots: int
    completed_cards: int
    friends_joined: int
    friends_rewarded: int
    expiring: ExpiringPoints | None
    history: tuple[HistoryItem, ...]


def _at_a_glance() -> Select[*tuple[Any, ...]]:
    """Everything a summary shows but the history and the expiry, in one statement (built
    once: it runs for every /balance, /card and /mycode, so neither the statement nor its
    six lookups should cost a round of their own). The caller binds two values, the
    customer and the tier window's start: the lookups follow the customer's row, and the
    code's constants are written in (each bound value costs SQLAlchemy work at every
    execution)."""
    customer: Any = Customer.id
    since: Any = bindparam("since")
    main_card = constant(MAIN_CARD)

    def active_card(column: Any) -> Any:
        return (
            select(column)
            .where(
                StampCard.customer_id == customer,
                StampCard.card_key == main_card,
                StampCard.status == constant(StampCardStatus.ACTIVE),
            )
            .order_by(StampCard.id)
            .limit(constant(1))
            .scalar_subquery()
        )

    def referrals(*status: ReferralStatus) -> Any:
        query = select(func.count(Referral.id)).where(Referral.referrer_id == customer)
        return (query.where(among(Referral.status, status)) if status else query).scalar_subquery()

    qualifying = (
        select(func.coalesce(func.sum(LedgerEntry.amount), constant(0)))
        .where(
            LedgerEntry.customer_id == customer,
            among(LedgerEntry.kind, QUALIFYING_KINDS),
            LedgerEntry.created_at > since,
        )
        .scalar_subquery()
    )
    completed = (
        select(func.count(StampCard.id))
        .where(
            StampCard.customer_id == customer,
            StampCard.card_key == main_card,
            among(StampCard.status, FULL_CARD_STATUSES),
        )
        .scalar_subquery()
    )
    return select(
        Customer.id,
        Customer.name,
        Customer.member_code,
        Customer.referral_code,
        Customer.language,
        Customer.marketing_consent,
        Customer.points_balance,
        Customer.erased_at,
        Customer.tier_held,
        Customer.tier_held_until,
        qualifying.label("qualifying"),
        active_card(StampCard.stamps).label("stamps"),
        active_card(StampCard.slots).label("slots"),
        completed.label("completed"),
        referrals().label("friends_joined"),
        referrals(ReferralStatus.PAID).label("friends_rewarded"),
    ).where(Customer.id == bindparam("customer"))


_AT_A_GLANCE = _at_a_glance()
# The newest entries first, as HistoryItem's fields.
_HISTORY = (
    select(
        LedgerEntry.kind,
        LedgerEntry.amount,
        LedgerEntry.balance_after,
        LedgerEntry.created_at,
        LedgerEntry.redemption_id,
    )
    .where(LedgerEntry.customer_id == bindparam("customer"))
    .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
    .limit(bindparam("n"))
    .offset(bindparam("skip"))
)


class SummaryService:
    def __init__(self, ctx: EngineContext, expiry: ExpiryService) -> None:
        self._ctx = ctx
        self._expiry = expiry

    async def summary(
        self, customer_id: int, *, history: int = 10, history_skip: int = 0
    ) -> CustomerSummary:
        """`history` entries, newest first, past the newest `history_skip` (a page of
        earlier ones)."""
        program = self._ctx.program
        now = self._ctx.clock.now()
        since = now - timedelta(days=program.tiers.window_days)
        async with self._ctx.db.read_statement() as connection:
            row = (
                await connection.execute(_AT_A_GLANCE, {"customer": customer_id, "since": since})
            ).first()
            if row is None or row.erased_at is not None:
                raise CustomerNotFound(customer_id=customer_id)
            # Computed live: the stored tier may lag behind a window that rolled on.
            qualifying = max(0, int(row.qualifying))
            tier = tier_with_hold(program, qualifying, row.tier_held, row.tier_held_until, now)
            nxt = program.next_tier(tier)
            items: tuple[HistoryItem, ...] = ()
            if history:
                rows = await connection.execute(
                    _HISTORY, {"customer": customer_id, "n": history, "skip": history_skip}
                )
                items = tuple(
                    HistoryItem(r.kind, r.amount, r.balance_after, r.created_at, r.redemption_id)
                    for r in rows
                )
            expiring = await self._expiry.next_for(customer_id, connection, row.points_balance)
        if nxt is None:
            to_next, progress = 0, 1.0
        else:
            span = nxt.threshold - tier.threshold
            to_next = nxt.threshold - qualifying
            progress = min(1.0, max(0.0, (qualifying - tier.threshold) / span))
        return CustomerSummary(
            customer_id=row.id,
            name=row.name,
            member_code=row.member_code,
            referral_code=row.referral_code,
            language=as_language(row.language) or DEFAULT_LANGUAGE,
            marketing_consent=row.marketing_consent,
            balance=row.points_balance,
            tier_key=tier.key,
            qualifying_points=qualifying,
            next_tier_key=nxt.key if nxt else None,
            points_to_next_tier=to_next,
            tier_progress=progress,
            stamps=row.stamps or 0,
            stamp_slots=row.slots or program.stamps.slots,
            completed_cards=int(row.completed),
            friends_joined=int(row.friends_joined),
            friends_rewarded=int(row.friends_rewarded),
            expiring=expiring,
            history=items,
        )
