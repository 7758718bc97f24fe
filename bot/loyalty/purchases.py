"""A purchase at the till becomes points: amount x earn rate x the customer's tier multiplier."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot import numbers
from bot.loyalty import audit, ledger, memberships, notices, promotions, rollout, webhooks
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.draws import enter_purchase
from bot.loyalty.errors import (
    AmbiguousAmount,
    AwardLimitExceeded,
    BranchNotStarted,
    IdempotencyConflict,
    InvalidAmount,
    InvalidPurchaseLine,
    PurchaseBelowMinimum,
    PurchaseTooLarge,
)
from bot.loyalty.events import Event
from bot.loyalty.memberships import better_tier
from bot.loyalty.referrals import pay_if_due
from bot.loyalty.tiers import evaluate, qualifying_points
from bot.text import receipt_key
from models import Customer, LedgerEntry, LedgerKind, PurchaseLine

# A purchase of the same amount for the same customer this soon, without a receipt number,
# is pointed out to the staff member with a button to take it back.
REPEAT_WINDOW = timedelta(minutes=5)


MAX_LINES = 100
_CATEGORY = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


@dataclass(frozen=True, slots=True)
class LineItem:
    """One line of a purchase as the till sends it: a product category and its amount."""

    category: str
    amount: Decimal
    quantity: int = 1


def category_key(text: str) -> str | None:
    """A category as segments name it: "Pastry", " pastry " and "PASTRY" are "pastry",
    "Hot drinks" is "hot-drinks"; None for one that cannot be a name (empty, too long,
    other than letters, digits, "-" and "_")."""
    key = "-".join(text.strip().lower().split())
    return key if _CATEGORY.fullmatch(key) else None


def receipt_purchase(branch_id: int | None, receipt: str) -> str:
    """The idempotency key of a receipt's purchase: one per receipt of a branch, however it
    reaches the engine (the chat's /award, the API, a receipt code). Receipts compare as the
    till means them: "r-1032" and "R-1032" are one receipt."""
    return f"receipt:{branch_id or 0}:{receipt_key(receipt)[:64]}"


@dataclass(frozen=True, slots=True)
class PurchaseResult:
    entry_id: int
    customer_id: int
    amount: Decimal  # as read from what the till typed
    points: int
    balance: int
    tier_key: str
    duplicate: bool = False
    events: tuple[Event, ...] = field(default_factory=tuple)
    # The happy hour or offer that multiplied the points, for the staff member to name.
    promotion: promotions.Applied | None = None
    # The membership running for the customer (its discount is the till's to give).
    membership: str | None = None


class PurchaseService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    def points_for(
        self, amount: Decimal, tier_key: str | None, promotion: Decimal | int = 1
    ) -> int:
        program = self._ctx.program
        rate = program.earn.points_per_unit * program.tier(tier_key).multiplier
        raw = amount * rate * promotion
        # Always round down: a customer never gets a point they did not fully earn.
        return int(raw.to_integral_value(rounding=ROUND_DOWN))

    def _minor_units(self, amount: Decimal) -> int:
        digits = self._ctx.program.shop.currency_digits
        return int((amount * (10**digits)).to_integral_value(rounding=ROUND_DOWN))

    def read(self, amount: Decimal | str) -> Decimal:
        """What the till typed, by the shop's locale ("50,000" is fifty thousand shillings
        in Nairobi, "50.000" fifty thousand euros in Athens); never a guess."""
        if isinstance(amount, Decimal):
            return amount
        shop = self._ctx.program.shop
        try:
            return numbers.read_amount(
                amount, locale=shop.amount_locale, digits=shop.currency_digits
            )
        except numbers.UnreadableAmount:
            raise InvalidAmount(amount=amount.strip()[:32]) from None
        except numbers.AmbiguousAmount:
            forms = numbers.amount_forms(shop.amount_locale, shop.currency_digits)
            raise AmbiguousAmount(amount.strip()[:32], forms.grouped, forms.plain) from None

    def minor_units(self, amount: Decimal | str) -> int:
        """An amount a purchase may record, in the currency's smallest units (a prize
        draw's smallest purchase), or the refusal the till would get."""
        return self._minor_units(self._validate(amount))

    def validate(self, amount: Decimal | str) -> Decimal:
        """An amount a purchase may record, or the refusal the till would get."""
        return self._validate(amount)

    def _validate(self, amount: Decimal | str) -> Decimal:
        value = self.read(amount)
        if not value.is_finite() or value <= 0:
            raise InvalidAmount(amount=str(amount))
        earn = self._ctx.program.earn
        if value < earn.minimum_purchase:
            raise PurchaseBelowMinimum(minimum=numbers.Money(earn.minimum_purchase))
        if value > earn.maximum_purchase:
            raise PurchaseTooLarge(maximum=numbers.Money(earn.maximum_purchase))
        return value

    async def record(
        self,
        customer_id: int,
        amount: Decimal | str,
        *,
        idempotency_key: str,
        actor: Actor | None = None,
        note: str | None = None,
        lines: Sequence[LineItem] = (),
    ) -> PurchaseResult:
        """Record a purchase once per key; a repeated key returns the first result (its
        lines are stored the first time only)."""
        value = self._validate(amount)
        minor = self._minor_units(value)
        key = f"purchase:{idempotency_key}"
        items = self._lines(lines)
        if self._ctx.program.not_started() and actor is not None:
            await self._refuse_where_not_started(customer_id, minor, key, actor)
        try:
            return await self._record(customer_id, value, minor, key, actor, note, items)
        except IntegrityError:
            # Another request with this key committed between our check and our insert.
            return await self._replay(customer_id, value, minor, key)

    async def _refuse_where_not_started(
        self, customer_id: int, minor: int, key: str, actor: Actor
    ) -> None:
        """At a branch not started yet: the visit is noted (committed), then refused."""
        async with self._ctx.db.write() as session:
            await lock_customer(session, customer_id)  # an erased customer is refused
            branch = await rollout.branch_not_started(session, self._ctx.program, actor)
            if branch is not None:
                now = self._ctx.clock.now()
                await rollout.note_visit(session, customer_id, actor, minor, key, now)
        if branch is not None:
            raise BranchNotStarted(branch=branch)

    def _lines(self, lines: Sequence[LineItem]) -> list[tuple[str, int, int]]:
        """(category, amount in minor units, quantity) per line, or the refusal naming the
        first line that cannot be stored (counted from 1, as the till lists them)."""
        if len(lines) > MAX_LINES:
            raise InvalidPurchaseLine(line=MAX_LINES + 1)
        items = []
        for number, line in enumerate(lines, start=1):
            category = category_key(line.category)
            amount = line.amount
            if (
                category is None
                or not amount.is_finite()
                or amount < 0
                or amount > self._ctx.program.earn.maximum_purchase
                or not 1 <= line.quantity <= 10_000
            ):
                raise InvalidPurchaseLine(line=number)
            items.append((category, self._minor_units(amount), line.quantity))
        return items

    async def _record(
        self,
        customer_id: int,
        value: Decimal,
        minor: int,
        key: str,
        actor: Actor | None,
        note: str | None,
        items: list[tuple[str, int, int]],
    ) -> PurchaseResult:
        ctx = self._ctx
        now = ctx.clock.now()
        async with ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            # Checked after taking the lock: a concurrent retry of this key has committed.
            previous = await ledger.by_key(session, key)
            if previous is not None:
                return _duplicate(previous, customer_id, value, minor, key, customer.tier_key)
            events: list[Event] = []
            # Bring the tier up to date first: the multiplier is the tier held right now.
            qualifying = await qualifying_points(session, ctx.program, customer.id, now)
            await evaluate(session, ctx.program, customer, now, qualifying)
            promotion = await promotions.for_purchase(session, ctx.program, customer.id, now)
            multiplier = promotion.multiplier if promotion else Decimal(1)
            # A running membership earns at its tier when that tier's multiplier is higher.
            member = await memberships.running(session, ctx.program, customer.id, now)
            earning = better_tier(ctx.program, customer.tier_key, member.tier if member else None)
            points = self.points_for(value, earning, multiplier)
            limit = ctx.program.limits.max_staff_award_points
            if actor is not None and not actor.is_owner and points > limit:
                raise AwardLimitExceeded(points=points, limit=limit)
            entry = await ledger.post(
                session,
                customer,
                kind=LedgerKind.EARN,
                amount=points,
                now=now,
                key=key,
                actor=actor,
                purchase_minor=minor,
                note=note,
            )
            if promotion is not None:
                promotions.record(
                    session,
                    customer.id,
                    promotion,
                    now,
                    entry_id=entry.id,
                    bonus_points=points - self.points_for(value, earning),
                )
            session.add_all(
                PurchaseLine(
                    entry_id=entry.id,
                    customer_id=customer.id,
                    category=category,
                    amount_minor=amount_minor,
                    quantity=quantity,
                    created_at=now,
                )
                for category, amount_minor, quantity in items
            )
            await enter_purchase(session, customer, minor, entry.id, now)
            referral, referrer_upgrade = await pay_if_due(session, ctx.program, customer, now)
            qualifying += points
            # Told in the transaction that records it: if this commits, the customer hears.
            # A happy hour is named in the customer's "+200 points" (in their language).
            named = promotions.named(promotion)
            await notices.tell(
                session,
                customer.id,
                f"points:{entry.id}",
                "notice-points-happy-hour" if named else "notice-points",
                now,
                points=points,
                balance=customer.points_balance,
                entry_id=entry.id,
                **named,
            )
            if referral is not None:
                events.append(referral)
                qualifying += referral.referee_points
                if referral.referrer_points:
                    await notices.tell(
                        session,
                        referral.referrer_id,
                        f"referral:{referral.referral_id}",
                        "notice-referral",
                        now,
                        points=referral.referrer_points,
                    )
            if referrer_upgrade is not None:
                events.append(referrer_upgrade)
            upgrade = await evaluate(session, ctx.program, customer, now, qualifying)
            if upgrade is not None:
                events.append(upgrade)
            await webhooks.emit(
                session,
                "points.earned",
                f"earned:{entry.id}",
                now,
                member_code=customer.member_code,
                points=points,
                balance=customer.points_balance,
                amount=str(value),
                receipt=key.removeprefix("purchase:receipt:").partition(":")[2]
                if key.startswith("purchase:receipt:")
                else None,
                tier=customer.tier_key,
            )
            customer.last_activity_at = now
            audit.record(
                session,
                actor=actor,
                action="purchase",
                now=now,
                customer_id=customer.id,
                amount=str(value),
                points=points,
                entry_id=entry.id,
                key=key,
            )
            return PurchaseResult(
                entry_id=entry.id,
                customer_id=customer.id,
                amount=value,
                points=points,
                balance=customer.points_balance,
                tier_key=customer.tier_key or ctx.program.tiers.levels[0].key,
                events=tuple(events),
                promotion=promotion,
                membership=member.key if member else None,
            )

    async def same_amount_recently(self, entry_id: int) -> int | None:
        """Minutes since an earlier purchase of the same amount for the same customer, within
        REPEAT_WINDOW and not taken back: a purchase typed twice without a receipt number,
        which no key can catch. None when there is none."""
        async with self._ctx.db.read() as session:
            entry = await session.get_one(LedgerEntry, entry_id)
            reversed_ids = select(LedgerEntry.reverses_id).where(
                LedgerEntry.customer_id == entry.customer_id,
                LedgerEntry.reverses_id.is_not(None),
            )
            earlier = await session.scalar(
                select(func.max(LedgerEntry.created_at)).where(
                    LedgerEntry.customer_id == entry.customer_id,
                    LedgerEntry.kind == LedgerKind.EARN,
                    LedgerEntry.purchase_minor == entry.purchase_minor,
                    LedgerEntry.id != entry.id,
                    LedgerEntry.created_at >= entry.created_at - REPEAT_WINDOW,
                    LedgerEntry.id.not_in(reversed_ids),
                )
            )
        if earlier is None:
            return None
        return int((entry.created_at - earlier).total_seconds() // 60)

    async def _replay(
        self, customer_id: int, value: Decimal, minor: int, key: str
    ) -> PurchaseResult:
        async with self._ctx.db.read() as session:
            previous = await ledger.by_key(session, key)
            if previous is None:
                raise IdempotencyConflict(key)
            tier_key = await session.scalar(
                select(Customer.tier_key).where(Customer.id == customer_id)
            )
            return _duplicate(previous, customer_id, value, minor, key, tier_key)


def _duplicate(
    previous: LedgerEntry,
    customer_id: int,
    value: Decimal,
    minor: int,
    key: str,
    tier_key: str | None,
) -> PurchaseResult:
    if previous.customer_id != customer_id or previous.purchase_minor != minor:
        raise IdempotencyConflict(key)
    return PurchaseResult(
        entry_id=previous.id,
        customer_id=customer_id,
        amount=value,
        points=previous.amount,
        balance=previous.balance_after,
        tier_key=tier_key or "",
        duplicate=True,
    )
