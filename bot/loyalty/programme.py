"""The programme as versions in the database: what is in force, its history, saving a change
(with what it does to customers, explained first) and bringing an earlier version back.

A saved change is a new version, written in one transaction with the reward and branch
rows it implies and an audit entry; every running process notices the new version within
seconds (bot/runner.py) and reads it from then on. Nothing earned is taken away by an edit:
- a stricter expiry (introduced, or fewer days) starts counting on the day of the change
  (`expiry.starts_on`), so no point expires sooner than the old rule said;
- a raised tier threshold lets each customer who would fall below it keep their tier for
  one more tier window (`customers.tier_held_until`);
- a retired reward takes no codes back: codes already issued for it can still be shown;
- a stamp card made smaller or larger changes new cards only: a card in progress keeps the
  size it started with.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import Database
from bot.loyalty import audit
from bot.loyalty.catalogue import sync_rows
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.ledger import QUALIFYING_KINDS
from bot.program import MAIN_CARD, Program, parse_program
from models import (
    BundleHolding,
    Customer,
    LedgerEntry,
    MembershipPeriod,
    ProgramVersion,
    Redemption,
    RedemptionStatus,
    StampCard,
    StampCardStatus,
)

SOURCES = ("file", "import", "dashboard", "restore")


@dataclass(frozen=True, slots=True)
class Consequence:
    """What a change does to customers, said before it is saved: `message` is a Fluent id
    (locales/*/programme.ftl), `args` its variables."""

    message: str
    args: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Change:
    """One value that differs between two versions, by its dotted path ("rewards[2].cost")."""

    path: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class Version:
    number: int
    program: Program
    source: str
    staff_id: int | None
    note: str
    created_at: datetime
    file_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A change as it would be saved: the programme adjusted so it takes nothing away, and
    what it does to customers."""

    program: Program
    consequences: tuple[Consequence, ...]
    changes: tuple[Change, ...]
    # Customers who keep a tier they would lose under the new thresholds, and until when.
    holds: dict[int, str] = field(default_factory=dict)
    held_until: datetime | None = None


async def _keep_sold(
    session: AsyncSession, old: Program, new: Program, now: datetime
) -> tuple[Program, list[Consequence]]:
    """A bundle with uses left or a membership still running stays in the programme, off
    sale, when a new version leaves it out: what customers paid for keeps its name and
    its tier until it ends. So does a stamp card customers hold stamps or full cards on,
    switched off: no new stamps, but what was collected can still be exchanged."""
    held_bundles = set(
        await session.scalars(
            select(BundleHolding.bundle_key)
            .where(BundleHolding.uses_left > 0, BundleHolding.expires_at > now)
            .distinct()
        )
    )
    running = set(
        await session.scalars(
            select(MembershipPeriod.membership_key).where(MembershipPeriod.ends_at > now).distinct()
        )
    )
    collected = set(
        await session.scalars(
            select(StampCard.card_key)
            .where(
                (StampCard.status == StampCardStatus.COMPLETED)
                | ((StampCard.status == StampCardStatus.ACTIVE) & (StampCard.stamps > 0))
            )
            .distinct()
        )
    )
    cards = [
        c.model_copy(update={"active": False})
        for c in old.cards
        if c.key in collected and new.card(c.key) is None
    ]
    bundles = [
        b.model_copy(update={"active": False})
        for b in old.bundles
        if b.key in held_bundles and new.bundle(b.key) is None
    ]
    memberships = [
        m.model_copy(update={"active": False})
        for m in old.memberships
        if m.key in running
        and new.membership(m.key) is None
        and (m.tier is None or any(t.key == m.tier for t in new.tiers.levels))
    ]
    if not bundles and not memberships and not cards:
        return new, []
    kept = new.model_copy(
        update={
            "bundles": [*new.bundles, *bundles],
            "memberships": [*new.memberships, *memberships],
            "cards": [*new.cards, *cards],
        }
    )
    keys = [b.key for b in bundles] + [m.key for m in memberships]
    said = [Consequence("programme-sold-kept", {"sold": key}) for key in keys]
    said += [Consequence("programme-card-kept", {"card": c.key}) for c in cards]
    return Program.model_validate(content_of(kept)), said


def file_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def content_of(program: Program) -> dict[str, Any]:
    return program.model_dump(mode="json", exclude_none=True)


def differences(before: Program, after: Program) -> tuple[Change, ...]:
    return tuple(_diff("", content_of(before), content_of(after)))


def _diff(path: str, before: Any, after: Any) -> list[Change]:
    # Something added or removed whole (a new reward) is listed value by value.
    if isinstance(after, dict) and before is None:
        before = {}
    if isinstance(before, dict) and after is None:
        after = {}
    if isinstance(before, dict) and isinstance(after, dict):
        out: list[Change] = []
        for key in [*before, *(k for k in after if k not in before)]:
            out += _diff(f"{path}.{key}" if path else str(key), before.get(key), after.get(key))
        return out
    if isinstance(before, list) and isinstance(after, list):
        items = [*before, *after]
        # Rewards, tiers, branches by their key; a card's ladder steps by their stamps.
        ident = next(
            (i for i in ("key", "at") if all(isinstance(x, dict) and i in x for x in items)),
            None,
        )
        if ident is not None and items:  # matched by identity, not by position
            old = {x[ident]: x for x in before}
            new = {x[ident]: x for x in after}
            out = []
            for key in [*old, *(k for k in new if k not in old)]:
                out += _diff(f"{path}[{key}]", old.get(key), new.get(key))
            return out
    return [] if _same(before, after) else [Change(path, before, after)]


def _same(before: Any, after: Any) -> bool:
    """Equal, counting "1.0" and 1 as one number (decimals are stored as text)."""
    if before == after:
        return True
    if isinstance(before, bool) or isinstance(after, bool):
        return False
    try:
        return Decimal(str(before)) == Decimal(str(after))
    except (InvalidOperation, ValueError):
        return False


class ProgramVersions:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    @property
    def current(self) -> Program:
        return self._ctx.program

    async def latest(self) -> int:
        """The number of the version in force (0: none stored yet). One cheap query: every
        process asks it every few seconds."""
        async with self._ctx.db.read() as session:
            return int(await session.scalar(select(func.max(ProgramVersion.id))) or 0)

    async def load(self, number: int | None = None) -> Version | None:
        """A version (the one in force when `number` is None). Raises ProgramError if what
        is stored no longer validates (a version written by a newer release)."""
        async with self._ctx.db.read() as session:
            query = select(ProgramVersion)
            query = (
                query.where(ProgramVersion.id == number)
                if number is not None
                else query.order_by(ProgramVersion.id.desc()).limit(1)
            )
            row = await session.scalar(query)
        return _version(row) if row is not None else None

    async def history(self, limit: int = 50) -> list[Version]:
        async with self._ctx.db.read() as session:
            rows = await session.scalars(
                select(ProgramVersion).order_by(ProgramVersion.id.desc()).limit(limit)
            )
            return [_version(row) for row in rows]

    async def plan(self, new: Program) -> Plan:
        """What saving `new` over the version in force would do, without saving it."""
        old, now = self._ctx.program, self._ctx.clock.now()
        new = _protect_expiry(old, new, now)
        consequences: list[Consequence] = []
        async with self._ctx.db.read() as session:
            new, kept_sold = await _keep_sold(session, old, new, now)
        consequences += kept_sold
        if new.expiry != old.expiry and new.expiry.starts_on != old.expiry.starts_on:
            consequences.append(
                Consequence("programme-expiry-from", {"day": new.expiry.starts_on.isoformat()})
            )
        async with self._ctx.db.read(heavy=True) as session:
            holds, held_until = await _tier_holds(session, old, new, now)
            kept = Counter(holds.values())
            consequences.extend(
                Consequence(
                    "programme-tier-kept",
                    {"tier": tier_key, "count": count, "day": held_until.date().isoformat()},
                )
                for tier_key, count in kept.items()
            )
            consequences += await _retired_rewards(session, old, new)
            if new.stamps.slots != old.stamps.slots:
                in_progress = await session.scalar(
                    select(func.count(StampCard.id)).where(
                        StampCard.card_key == MAIN_CARD,
                        StampCard.status == StampCardStatus.ACTIVE,
                        StampCard.stamps > 0,
                    )
                )
                consequences.append(
                    Consequence(
                        "programme-card-size",
                        {
                            "count": int(in_progress or 0),
                            "before": old.stamps.slots,
                            "after": new.stamps.slots,
                        },
                    )
                )
        return Plan(new, tuple(consequences), differences(old, new), holds, held_until)

    async def save(
        self,
        new: Program,
        *,
        actor: Actor | None,
        source: str,
        note: str = "",
        file_sha256: str | None = None,
    ) -> Version:
        """Save `new` as the next version (adjusted as `plan` says) and put it in force in
        this process; the others follow within seconds."""
        if source not in SOURCES:
            raise ValueError(f"unknown programme source {source!r}")
        plan = await self.plan(new)
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            row = ProgramVersion(
                content=content_of(plan.program),
                source=source,
                staff_id=actor.staff_id if actor else None,
                note=note[:500],
                file_sha256=file_sha256,
                created_at=now,
            )
            session.add(row)
            await sync_rows(session, plan.program)
            if plan.holds and plan.held_until is not None:
                for tier_key in set(plan.holds.values()):
                    ids = [c for c, k in plan.holds.items() if k == tier_key]
                    await session.execute(
                        update(Customer)
                        .where(Customer.id.in_(ids))
                        .values(tier_held=tier_key, tier_held_until=plan.held_until)
                    )
            await session.flush()
            audit.record(
                session,
                actor=actor,
                action="programme-saved",
                now=now,
                version=row.id,
                source=source,
                changes=[c.path for c in plan.changes][:50],
            )
            number = row.id
        self._ctx.live.replace(plan.program, number)
        return Version(number, plan.program, source, row.staff_id, row.note, now, file_sha256)

    async def restore(self, number: int, *, actor: Actor | None) -> Version:
        earlier = await self.load(number)
        if earlier is None:
            raise LookupError(f"no programme version {number}")
        return await self.save(
            earlier.program, actor=actor, source="restore", note=f"version {number}"
        )

    async def refresh(self) -> bool:
        """Take a newer version saved by another process; True if there was one."""
        if await self.latest() <= self._ctx.live.version:
            return False
        version = await self.load()
        if version is None:
            return False
        self._ctx.live.replace(version.program, version.number)
        return True


async def stored_version(db: Database) -> Version | None:
    """The version in force, read before the engine is built (start-up)."""
    async with db.read() as session:
        row = await session.scalar(
            select(ProgramVersion).order_by(ProgramVersion.id.desc()).limit(1)
        )
    return _version(row) if row is not None else None


async def knows_file(db: Database, sha256: str) -> bool:
    """Whether a programme file with this hash was ever brought in (first start, import)."""
    async with db.read() as session:
        found = await session.scalar(
            select(ProgramVersion.id).where(ProgramVersion.file_sha256 == sha256).limit(1)
        )
    return found is not None


def _version(row: ProgramVersion) -> Version:
    program = parse_program(row.content, f"programme version {row.id}")
    return Version(
        row.id, program, row.source, row.staff_id, row.note, row.created_at, row.file_sha256
    )


def _protect_expiry(old: Program, new: Program, now: datetime) -> Program:
    """A stricter expiry counts from the day of the change (the `starts_on` rule)."""
    before, after = old.expiry, new.expiry
    stricter = after.policy == "rolling" and (
        before.policy == "none" or after.after_days < before.after_days
    )
    today = now.astimezone(new.shop.tz).date()
    if not stricter or after.starts_on >= today:
        return new
    expiry = after.model_copy(update={"starts_on": today})
    return new.model_copy(update={"expiry": expiry})


async def _tier_holds(
    session: AsyncSession, old: Program, new: Program, now: datetime
) -> tuple[dict[int, str], datetime]:
    """Customers whose tier the new thresholds (or window) would take away: they keep it
    for one new window."""
    until = datetime.combine(
        (now + timedelta(days=new.tiers.window_days)).astimezone(new.shop.tz).date(),
        time.min,
        tzinfo=new.shop.tz,
    )
    changed = [
        t.key
        for t in new.tiers.levels[1:]
        if (t.threshold > old.tier(t.key).threshold and old.tier(t.key).key == t.key)
    ]
    if not changed and new.tiers.window_days >= old.tiers.window_days:
        return {}, until
    since = now - timedelta(days=new.tiers.window_days)
    earned = (
        select(
            LedgerEntry.customer_id.label("customer_id"),
            func.sum(LedgerEntry.amount).label("points"),
        )
        .where(LedgerEntry.kind.in_(QUALIFYING_KINDS), LedgerEntry.created_at > since)
        .group_by(LedgerEntry.customer_id)
        .subquery()
    )
    base = new.tiers.levels[0].key
    rows = await session.execute(
        select(Customer.id, Customer.tier_key, func.coalesce(earned.c.points, 0))
        .outerjoin(earned, earned.c.customer_id == Customer.id)
        .where(
            Customer.erased_at.is_(None),
            Customer.tier_key.is_not(None),
            Customer.tier_key != base,
        )
    )
    keys = [t.key for t in new.tiers.levels]
    holds: dict[int, str] = {}
    for customer_id, tier_key, points in rows:
        if tier_key not in keys:
            continue  # a tier the new programme no longer has cannot be kept
        if keys.index(new.tier_for(max(0, int(points))).key) < keys.index(tier_key):
            holds[customer_id] = tier_key
    return holds, until


async def _retired_rewards(session: AsyncSession, old: Program, new: Program) -> list[Consequence]:
    out: list[Consequence] = []
    for reward in old.rewards:
        kept = new.reward(reward.key)
        if not reward.active or (kept is not None and kept.active):
            continue
        pending = await session.scalar(
            select(func.count(Redemption.id)).where(
                Redemption.reward_key == reward.key,
                Redemption.status == RedemptionStatus.PENDING,
            )
        )
        out.append(
            Consequence(
                "programme-reward-retired",
                {"reward": reward.key, "count": int(pending or 0)},
            )
        )
    return out
