"""A staged roll-out: the programme runs at Westlands only. At the CBD branch nothing is
earned or spent (refused, nothing written) and a purchase is noted as a visit, once; the
owner's /stats compares the two; ticking the CBD branch widens it."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import BranchNotStarted
from bot.program import Program
from models import Delivery, NotedVisit, StaffRole
from tests.conftest import START, Shop
from tests.helpers.databases import balance
from tests.helpers.programmes import example_data, make_program, with_bundles


def _pilot(program: Program) -> Program:
    """Westlands started, the CBD branch not yet."""
    branches = [{"key": "westlands", "name": "Westlands"},
                {"key": "cbd", "name": "CBD", "started": False}]  # fmt: skip
    return program.model_validate(program.model_dump() | {"branches": branches})


@pytest.fixture
def program() -> Program:
    return _pilot(with_bundles())


async def _noted(app: App) -> int:
    async with app.db.read() as session:
        return int(await session.scalar(select(func.count(NotedVisit.id))) or 0)


async def _told(app: App, customer: int) -> int:
    async with app.db.read() as session:
        return int(
            await session.scalar(
                select(func.count(Delivery.id)).where(Delivery.customer_id == customer)
            )
            or 0
        )


async def test_at_a_branch_not_started_a_purchase_is_noted_once_and_earns_nothing(
    app: App, shop: Shop
) -> None:
    cbd = await shop.staff(StaffRole.STAFF, branch="cbd")
    amina = await shop.customer()
    told = await _told(app, amina)
    for _ in range(2):  # the same /award delivered twice
        with pytest.raises(BranchNotStarted) as refused:
            await app.loyalty.purchases.record(amina, "1000", idempotency_key="u1", actor=cbd)
        assert refused.value.params == {"branch": "CBD"}
    assert await _noted(app) == 1
    assert await balance(app, amina) == 0
    assert await _told(app, amina) == told  # the customer hears nothing

    westlands = await shop.staff(StaffRole.STAFF, branch="westlands")
    earned = await app.loyalty.purchases.record(
        amina, "1000", idempotency_key="u2", actor=westlands
    )
    assert earned.points == 100


async def test_nothing_is_spent_or_stamped_at_a_branch_not_started_and_nothing_is_written(
    app: App, shop: Shop
) -> None:
    cbd = await shop.staff(StaffRole.STAFF, branch="cbd")
    westlands = await shop.staff(StaffRole.STAFF, branch="westlands")
    amina = await shop.customer()
    await app.loyalty.purchases.record(amina, "2000", idempotency_key="p", actor=westlands)
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    haircuts = app.program.bundle("haircuts")
    assert haircuts is not None
    refusals = [
        app.loyalty.stamps.add(amina, 1, actor=cbd),
        app.loyalty.redemptions.confirm(issued.code, actor=cbd),
        app.loyalty.bundles.sell(amina, haircuts, actor=cbd, idempotency_key="s"),
        app.loyalty.receipts.issue("450", "R-1", actor=cbd),
    ]
    for refused in refusals:
        with pytest.raises(BranchNotStarted):
            await refused
    assert (await app.loyalty.stamps.cards(amina))[0].stamps == 0
    assert await app.loyalty.bundles.held(amina) == []
    (waiting,) = await app.loyalty.redemptions.pending_for(amina)
    assert waiting.code == issued.code  # still the customer's, to use where it runs
    done = await app.loyalty.redemptions.confirm(issued.code, actor=westlands)
    assert done.reward_key == "espresso"
    owner = await shop.staff(StaffRole.OWNER, branch=None)  # an owner belongs to no branch
    assert (await app.loyalty.stamps.add(amina, 1, actor=owner)).stamps == 1


async def test_stats_compare_the_pilot_with_the_branches_not_started_and_widening_starts_one(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    cbd = await shop.staff(StaffRole.STAFF, branch="cbd")
    westlands = await shop.staff(StaffRole.STAFF, branch="westlands")
    a, b, c = [await shop.customer(name) for name in "ABC"]
    visits = [(a, westlands), (a, westlands), (b, westlands), (c, cbd), (a, cbd)]
    for day, (customer, staff) in enumerate(visits, start=1):
        clock.set(START + timedelta(days=day))
        with contextlib.suppress(BranchNotStarted):  # at the CBD: noted
            await app.loyalty.purchases.record(
                customer, "500", idempotency_key=f"v{day}", actor=staff
            )
    clock.set(START + timedelta(days=10))
    rollout = (await app.loyalty.stats.compute(30)).rollout
    assert rollout is not None
    assert (rollout.pilot, rollout.others) == (("Westlands",), ("CBD",))
    pilot, others = rollout.at_pilot, rollout.at_others
    # Westlands: A twice, B once. CBD: C once, A once.
    assert (pilot.members, pilot.visits, pilot.repeaters) == (2, 3, 1)
    assert (pilot.per_member, pilot.repeat_rate) == (1.5, 0.5)
    assert (others.members, others.visits, others.repeaters) == (2, 2, 0)

    owner = await shop.staff(StaffRole.OWNER, branch=None)
    widened = make_program(branches=example_data()["branches"])  # every branch started
    await app.loyalty.programme.save(widened, actor=owner, source="dashboard")
    assert app.program.not_started() == {}
    earned = await app.loyalty.purchases.record(c, "500", idempotency_key="v9", actor=cbd)
    assert earned.points == 50
    assert (await app.loyalty.stats.compute(30)).rollout is None
