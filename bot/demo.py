"""A realistic demo shop: customers who join over months, visit at their own rhythm, collect
stamps, climb tiers, invite friends and redeem rewards, all through the real engine with the
clock moved along, so the data obeys every rule the live bot does."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.clock import ManualClock
from bot.db import Database
from bot.loyalty import Actor, EngineContext, Loyalty
from bot.loyalty.errors import InsufficientPoints, LoyaltyError, NoCompletedCard
from bot.program import LiveProgram, Program
from models import Customer, LedgerEntry, LedgerKind, StaffRole

# Given names by language: demo data should look like the shops this bot is made for.
NAMES: dict[str, list[str]] = {
    "sw": [
        "Amina",
        "Baraka",
        "Juma",
        "Neema",
        "Zawadi",
        "Faraji",
        "Rehema",
        "Hamisi",
        "Mwajuma",
        "Kassim",
        "Subira",
        "Omari",
        "Imani",
        "Tumaini",
        "Halima",
        "Jabali",
    ],
    "en": ["Grace", "John", "Mary", "Peter", "Esther", "David", "Ruth", "Samuel", "Joy", "Brian"],
    "el": ["Νίκος", "Ελένη", "Γιώργος", "Μαρία", "Δημήτρης", "Κατερίνα", "Σοφία", "Κώστας"],
    "am": ["አበበ", "ሰላም", "ዮሐንስ", "ትዕግሥት", "ብርሃኑ", "መሰረት", "ሄኖክ", "ቤተልሔም"],
}
LANGUAGE_MIX = [("sw", 45), ("en", 25), ("am", 15), ("el", 15)]


@dataclass
class DemoReport:
    customers: int = 0
    purchases: int = 0
    stamps: int = 0
    redemptions: int = 0
    referrals: int = 0
    points_issued: int = 0
    points_redeemed: int = 0
    points_expired: int = 0
    tiers: Counter[str] = field(default_factory=Counter)


@dataclass
class _Person:
    customer_id: int
    visits_per_week: float
    redeem_appetite: float


async def fill_demo_shop(
    db: Database,
    program: Program,
    *,
    customers: int = 300,
    days: int = 120,
    seed: int = 7,
    end: datetime,
) -> DemoReport:
    rng = random.Random(seed)
    clock = ManualClock(end - timedelta(days=days))
    loyalty = Loyalty.build(EngineContext(db=db, live=LiveProgram(program), clock=clock))
    staff = await _hire_staff(loyalty, program, rng)
    report = DemoReport()
    # Everyone's join time first, then every visit, replayed in time order.
    joins = sorted(
        clock.now() + timedelta(days=days * rng.random() ** 1.3) for _ in range(customers)
    )
    people: dict[int, _Person] = {}
    events: list[tuple[datetime, int, str]] = []
    for n, joined_at in enumerate(joins):
        events.append((joined_at, n, "join"))
        rhythm = rng.choice([0.3, 0.7, 1.5, 3.0])  # occasional ... daily regular
        t = joined_at
        while True:
            t += timedelta(days=rng.expovariate(rhythm / 7))
            if t >= end:
                break
            # Opening hours (07:00-19:00 in Nairobi), never before the customer joined.
            at = max(t.replace(hour=rng.randint(4, 16)), joined_at + timedelta(minutes=5))
            events.append((at, n, "visit"))
    events.sort()
    for when, n, kind in events:
        clock.set(max(when, clock.now()))
        if kind == "join":
            people[n] = await _join(loyalty, program, rng, n, list(people.values()), report)
        else:
            await _visit(loyalty, program, rng, people[n], rng.choice(staff), n, report)
    clock.set(end)
    await loyalty.redemptions.expire_stale()
    for expired in await loyalty.expiry.expire_due():
        report.points_expired += expired.points
    await _tally(db, report)
    return report


async def _hire_staff(loyalty: Loyalty, program: Program, rng: random.Random) -> list[Actor]:
    owner = await loyalty.customers.register("demo", "owner", language="en", name="Demo Owner")
    await loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    branches: list[str | None] = [b.key for b in program.branches] or [None]
    staff = []
    for i, branch in enumerate(branches * 2):
        person = await loyalty.customers.register(
            "demo", f"staff-{i}", language="sw", name=rng.choice(NAMES["sw"])
        )
        staff.append(
            await loyalty.staff.appoint(
                person.customer_id, StaffRole.STAFF, by=None, branch_key=branch
            )
        )
    return staff


async def _join(
    loyalty: Loyalty,
    program: Program,
    rng: random.Random,
    n: int,
    people: list[_Person],
    report: DemoReport,
) -> _Person:
    language = rng.choices([lang for lang, _ in LANGUAGE_MIX], [w for _, w in LANGUAGE_MIX])[0]
    referral_code = None
    if people and rng.random() < 0.2:
        friend = rng.choice(people)
        referral_code = (await loyalty.summary.summary(friend.customer_id, history=0)).referral_code
    reg = await loyalty.customers.register(
        "demo",
        f"customer-{n}",
        language=language,
        name=rng.choice(NAMES[language]),
        phone=f"+2547{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.6 else None,
        marketing_consent=rng.random() < 0.7,
        referral_code=referral_code,
    )
    report.customers += 1
    report.referrals += reg.referred
    return _Person(reg.customer_id, rng.random(), rng.random())


async def _visit(
    loyalty: Loyalty,
    program: Program,
    rng: random.Random,
    person: _Person,
    barista: Actor,
    n: int,
    report: DemoReport,
) -> None:
    low = max(program.earn.minimum_purchase, 1)
    amount = max(low, round(rng.lognormvariate(5.9, 0.5)))  # around 360 KES, long tail
    amount = min(amount, program.limits.max_staff_award_points * 8)
    try:
        purchase = await loyalty.purchases.record(
            person.customer_id,
            str(amount),
            idempotency_key=f"demo-{n}-{report.purchases}",
            actor=barista,
        )
        report.purchases += 1
        balance, full_cards = purchase.balance, 0
        if rng.random() < 0.6:
            full_cards = (
                await loyalty.stamps.add(person.customer_id, 1, actor=barista)
            ).completed_cards
            report.stamps += 1
    except LoyaltyError:
        return  # a fraud limit in the demo is as real as at the till: skip the stamp
    affordable = [r for r in program.rewards if r.active and r.cost <= balance]
    try:
        if full_cards and rng.random() < 0.8:
            issued = await loyalty.redemptions.redeem_stamp_card(person.customer_id)
        elif affordable and rng.random() < person.redeem_appetite * 0.5:
            issued = await loyalty.redemptions.redeem_points(
                person.customer_id, rng.choice(affordable).key
            )
        else:
            return
    except (InsufficientPoints, NoCompletedCard):
        return  # the one full card already has a code waiting at the counter
    report.redemptions += 1
    if rng.random() < 0.9:  # a few walk away and let the code expire
        await loyalty.redemptions.confirm(issued.code, actor=barista)


async def _tally(db: Database, report: DemoReport) -> None:
    async with db.read() as session:
        rows = await session.execute(
            select(LedgerEntry.kind, func.sum(LedgerEntry.amount)).group_by(LedgerEntry.kind)
        )
        sums = {kind: int(total) for kind, total in rows}
        report.points_issued = sum(
            sums.get(k, 0) for k in (LedgerKind.EARN, LedgerKind.BONUS, LedgerKind.REFERRAL)
        )
        report.points_redeemed = -sums.get(LedgerKind.REDEEM, 0)
        for tier, count in await session.execute(
            select(Customer.tier_key, func.count(Customer.id))
            .where(Customer.erased_at.is_(None))
            .group_by(Customer.tier_key)
        ):
            report.tiers[tier or "-"] = int(count)
