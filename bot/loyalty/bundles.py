"""Prepaid bundles: visits paid in advance at the till ("10 haircuts for the price of 8").

Staff sell a bundle from the programme to a customer (the till takes the payment; the bot
records the sale), then use one per visit. A use is one conditional UPDATE under the
customer's row lock, so two tills pressing at once never take the last use twice nor go
below zero. A sale and a use each carry an idempotency key: a retried message sells or
uses once. Bundles end `valid_days` after the sale; one with uses left is mentioned to the
customer some days before (the programme's `messages.bundle_reminder_days`), once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit, notices, rollout
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import IdempotencyConflict, NoBundleHeld, UnknownBundle, WhichBundle
from bot.program import Bundle, LocalizedText, Program
from models import BundleHolding, BundleUse, Customer, Purpose


@dataclass(frozen=True, slots=True)
class Held:
    """A bundle a customer holds: its key in the programme, uses left of those sold."""

    id: int
    key: str
    uses_left: int
    uses_total: int
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Sales:
    """One bundle's sales for the owner: sold ever, still held, uses still owed."""

    sold: int
    held: int
    uses_left: int


@dataclass(frozen=True, slots=True)
class Used:
    held: Held
    duplicate: bool = False


def _held(row: BundleHolding) -> Held:
    return Held(row.id, row.bundle_key, row.uses_left, row.uses_total, row.expires_at)


class _Named(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> LocalizedText: ...


T = TypeVar("T", bound=_Named)


def named_item(items: Sequence[T], typed: str) -> T | None:
    """The item staff mean: by its number in the list they were shown (from 1), its key,
    or its name in any language, in any case."""
    text = " ".join(typed.split()).casefold()
    if text.isdigit() and 1 <= int(text) <= len(items):
        return items[int(text) - 1]
    for item in items:
        if text in {item.key, *(n.casefold() for n in item.name.model_dump().values())}:
            return item
    return None


def price_minor(program: Program, price: Decimal | None) -> int | None:
    """A price from the programme in the currency's smallest units, as sales keep it."""
    if price is None:
        return None
    digits = program.shop.currency_digits
    return int((price * 10**digits).to_integral_value(rounding=ROUND_HALF_UP))


def on_sale(program: Program, typed: str) -> Bundle:
    """A bundle on sale by its number in /bundle's list, its key or its name."""
    found = named_item([b for b in program.bundles if b.active], typed)
    if found is None:
        raise UnknownBundle(bundle=typed.strip()[:40])
    return found


class BundleService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def sell(
        self, customer_id: int, bundle: Bundle, *, actor: Actor, idempotency_key: str
    ) -> Used:
        """Record a sale once per key; the customer is told what they hold until when."""
        ctx = self._ctx
        now = ctx.clock.now()
        key = f"bundle-sale:{idempotency_key}"[:128]
        async with ctx.db.write() as session:
            await lock_customer(session, customer_id)
            await rollout.refuse_unless_started(session, ctx.program, actor)
            previous = await session.scalar(
                select(BundleHolding).where(BundleHolding.sale_key == key)
            )
            if previous is not None:
                if previous.customer_id != customer_id or previous.bundle_key != bundle.key:
                    raise IdempotencyConflict(key)
                return Used(_held(previous), duplicate=True)
            holding = BundleHolding(
                customer_id=customer_id,
                bundle_key=bundle.key,
                uses_total=bundle.uses,
                uses_left=bundle.uses,
                sold_at=now,
                expires_at=now + timedelta(days=bundle.valid_days),
                staff_id=actor.staff_id,
                branch_id=actor.branch_id,
                sale_key=key,
                price_minor=price_minor(self._ctx.program, bundle.price),
            )
            session.add(holding)
            await session.flush()
            await self._record(
                session, actor, holding, f"bundle-sold:{holding.id}", "sale", now, uses=bundle.uses
            )
            return Used(_held(holding))

    async def use(
        self,
        customer_id: int,
        key: str | None,
        *,
        actor: Actor,
        idempotency_key: str,
        holding: int | None = None,
    ) -> Used:
        """One use of the customer's bundle `key` (or of the only kind they hold, or the
        one bought as `holding`), the one that ends soonest; once per idempotency key."""
        ctx = self._ctx
        now = ctx.clock.now()
        use_key = f"bundle-use:{idempotency_key}"[:128]
        async with ctx.db.write() as session:
            await lock_customer(session, customer_id)
            await rollout.refuse_unless_started(session, ctx.program, actor)
            previous = await session.scalar(
                select(BundleUse).where(BundleUse.idempotency_key == use_key)
            )
            if previous is not None:
                if previous.customer_id != customer_id:
                    raise IdempotencyConflict(use_key)
                earlier = await session.get_one(BundleHolding, previous.holding_id)
                return Used(_held(earlier), duplicate=True)
            chosen = await self._choose(session, customer_id, key, holding, now)
            # Conditional on a use being left: the row lock already serialises this
            # customer's writes; the condition keeps the count honest on its own too.
            taken = await session.execute(
                update(BundleHolding)
                .where(BundleHolding.id == chosen.id, BundleHolding.uses_left > 0)
                .values(uses_left=BundleHolding.uses_left - 1)
                .execution_options(synchronize_session=False)
            )
            if getattr(taken, "rowcount", 0) != 1:
                raise NoBundleHeld()
            await session.refresh(chosen)
            use = BundleUse(
                holding_id=chosen.id,
                customer_id=customer_id,
                staff_id=actor.staff_id,
                branch_id=actor.branch_id,
                idempotency_key=use_key,
                created_at=now,
            )
            session.add(use)
            await session.flush()
            await session.execute(
                update(Customer).where(Customer.id == customer_id).values(last_activity_at=now)
            )
            await self._record(
                session, actor, chosen, use_key, "use", now, use.id, left=chosen.uses_left
            )
            return Used(_held(chosen))

    async def _record(
        self,
        session: AsyncSession,
        actor: Actor,
        holding: BundleHolding,
        key: str,
        what: str,
        now: datetime,
        use_id: int | None = None,
        **count: int,
    ) -> None:
        """A sale or a use, told to the customer (notice-bundle-sold, -used) and audited
        (bundle-sale, bundle-use), in the transaction that made it."""
        await notices.tell(
            session,
            holding.customer_id,
            key,
            "notice-bundle-sold" if what == "sale" else "notice-bundle-used",
            now,
            bundle=holding.bundle_key,
            date=self._local_day(holding.expires_at).isoformat(),
            **count,
        )
        audit.record(
            session,
            actor=actor,
            action=f"bundle-{what}",
            now=now,
            customer_id=holding.customer_id,
            bundle=holding.bundle_key,
            holding_id=holding.id,
            **({"use_id": use_id} if use_id is not None else {}),  # what /undo takes back
            **count,
        )

    async def _choose(
        self,
        session: AsyncSession,
        customer_id: int,
        key: str | None,
        holding: int | None,
        now: datetime,
    ) -> BundleHolding:
        usable = list(
            await session.scalars(
                select(BundleHolding)
                .where(
                    BundleHolding.customer_id == customer_id,
                    BundleHolding.uses_left > 0,
                    BundleHolding.expires_at > now,
                )
                .order_by(BundleHolding.expires_at, BundleHolding.id)
            )
        )
        if holding is not None:
            usable = [h for h in usable if h.id == holding]
        if key is not None:
            usable = [h for h in usable if h.bundle_key == key]
        if not usable:
            raise NoBundleHeld()
        kinds = tuple(dict.fromkeys(h.bundle_key for h in usable))
        if len(kinds) > 1:
            raise WhichBundle(kinds)
        return usable[0]

    async def held(self, customer_id: int) -> list[Held]:
        """The bundles a customer can still use, soonest to end first."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            rows = await session.scalars(
                select(BundleHolding)
                .where(
                    BundleHolding.customer_id == customer_id,
                    BundleHolding.uses_left > 0,
                    BundleHolding.expires_at > now,
                )
                .order_by(BundleHolding.expires_at, BundleHolding.id)
            )
            return [_held(row) for row in rows]

    async def sales(self) -> dict[str, Sales]:
        """Per bundle key: how many were sold, how many are held now, and the uses the shop
        still owes on them (what customers paid for and have not had yet)."""
        now = self._ctx.clock.now()
        current = (BundleHolding.uses_left > 0) & (BundleHolding.expires_at > now)
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(
                    BundleHolding.bundle_key,
                    func.count(BundleHolding.id),
                    func.count(BundleHolding.id).filter(current),
                    func.coalesce(func.sum(BundleHolding.uses_left).filter(current), 0),
                ).group_by(BundleHolding.bundle_key)
            )
            return {key: Sales(int(sold), int(held), int(left)) for key, sold, held, left in rows}

    async def remind_ending(self) -> int:
        """Queue "your bundle ends on ..." once per bundle with uses left that ends within
        the programme's reminder days; the outbox holds it through quiet hours."""
        days = self._ctx.program.messages.bundle_reminder_days
        if not days:
            return 0
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            due = list(
                await session.scalars(
                    select(BundleHolding)
                    .join(Customer, Customer.id == BundleHolding.customer_id)
                    .where(
                        BundleHolding.uses_left > 0,
                        BundleHolding.expires_at > now,
                        BundleHolding.expires_at <= now + timedelta(days=days),
                        Customer.erased_at.is_(None),
                    )
                )
            )
            queued = 0
            for holding in due:
                # Its key makes it once: a bundle already mentioned is skipped here.
                queued += await notices.queue(
                    session,
                    customer_id=holding.customer_id,
                    key=f"bundle-ending:{holding.id}",
                    message="notice-bundle-ending",
                    now=now,
                    purpose=Purpose.REMINDER,
                    args={
                        "bundle": holding.bundle_key,
                        "left": holding.uses_left,
                        "date": self._local_day(holding.expires_at).isoformat(),
                    },
                )
            return queued

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self._ctx.program.shop.tz).date()
