"""Prepaid bundles: sold once per key, one use per visit never below zero whatever the tills
do at once, ended after their days, and their holders reminded once before the end."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty import Actor
from bot.loyalty.bundles import on_sale
from bot.loyalty.errors import (
    IdempotencyConflict,
    NoBundleHeld,
    NothingToUndo,
    UnknownBundle,
    WhichBundle,
)
from bot.program import Program
from models import BundleHolding, BundleUse, Delivery, StaffRole
from tests.conftest import Shop
from tests.helpers.programmes import WASHES, with_bundles


@pytest.fixture
def program() -> Program:
    return with_bundles(
        {"key": "old", "name": WASHES | {"en": "Retired"}, "uses": 2, "active": False}
    )


@pytest.fixture
async def staff(shop: Shop) -> Actor:
    return await shop.staff(StaffRole.STAFF)


async def _messages(app: App, customer: int) -> list[tuple[str, dict[str, object]]]:
    async with app.db.read() as session:
        rows = await session.execute(
            select(Delivery.message, Delivery.args)
            .where(Delivery.customer_id == customer, Delivery.message.like("notice-bundle%"))
            .order_by(Delivery.id)
        )
        return [(m or "", dict(a or {})) for m, a in rows]


async def test_a_bundle_is_sold_used_once_per_visit_down_to_zero_and_told_each_time(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    haircuts = on_sale(app.program, "1")
    sold = await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="s1")
    assert (sold.held.key, sold.held.uses_left, sold.held.uses_total) == ("haircuts", 3, 3)
    assert sold.held.expires_at == clock.now() + timedelta(days=30)
    lefts = []
    for visit in range(3):
        clock.advance(days=1)
        used = await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key=f"u{visit}")
        lefts.append(used.held.uses_left)
    assert lefts == [2, 1, 0]
    with pytest.raises(NoBundleHeld):
        await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="u4")
    assert await app.loyalty.bundles.held(amina) == []
    told = await _messages(app, amina)
    assert [m for m, _ in told] == ["notice-bundle-sold"] + ["notice-bundle-used"] * 3
    assert [a["left"] for _, a in told[1:]] == [2, 1, 0]


async def test_a_retried_sale_or_use_counts_once_and_a_key_reused_elsewhere_is_refused(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina, baraka = await shop.customer("Amina"), await shop.customer("Baraka")
    washes = on_sale(app.program, "washes")
    first = await app.loyalty.bundles.sell(amina, washes, actor=staff, idempotency_key="tg:7")
    again = await app.loyalty.bundles.sell(amina, washes, actor=staff, idempotency_key="tg:7")
    assert again.duplicate and again.held.id == first.held.id
    with pytest.raises(IdempotencyConflict):
        await app.loyalty.bundles.sell(baraka, washes, actor=staff, idempotency_key="tg:7")
    await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="tg:8")
    repeat = await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="tg:8")
    assert repeat.duplicate and repeat.held.uses_left == 4
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(BundleHolding.id))) == 1
        assert await session.scalar(select(func.count(BundleUse.id))) == 1


async def test_ten_tills_at_once_take_the_three_uses_and_no_more(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina = await shop.customer()
    haircuts = on_sale(app.program, "haircuts")
    await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="s")
    results = await asyncio.gather(
        *(
            app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key=f"till-{n}")
            for n in range(10)
        ),
        return_exceptions=True,
    )
    done = [r for r in results if not isinstance(r, BaseException)]
    assert len(done) == 3
    assert all(isinstance(r, NoBundleHeld) for r in results if isinstance(r, BaseException))
    assert sorted(r.held.uses_left for r in done) == [0, 1, 2]
    async with app.db.read() as session:
        assert await session.scalar(select(BundleHolding.uses_left)) == 0
        assert await session.scalar(select(func.count(BundleUse.id))) == 3


async def test_two_kinds_need_a_choice_and_the_one_ending_soonest_is_used_first(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    haircuts, washes = on_sale(app.program, "1"), on_sale(app.program, "2")
    first = await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="a")
    clock.advance(days=2)
    await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="b")
    await app.loyalty.bundles.sell(amina, washes, actor=staff, idempotency_key="c")
    with pytest.raises(WhichBundle) as which:
        await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="d")
    assert which.value.keys == ("haircuts", "washes")
    used = await app.loyalty.bundles.use(amina, "haircuts", actor=staff, idempotency_key="e")
    assert used.held.id == first.held.id  # the older haircuts bundle ends first
    held = await app.loyalty.bundles.held(amina)
    assert [(h.key, h.uses_left) for h in held] == [("haircuts", 2), ("haircuts", 3), ("washes", 5)]


async def test_a_bundle_ends_after_its_days_and_its_holder_is_reminded_once_before(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina, baraka = await shop.customer("Amina"), await shop.customer("Baraka")
    haircuts = on_sale(app.program, "haircuts")
    await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="a")
    await app.loyalty.bundles.sell(baraka, haircuts, actor=staff, idempotency_key="b")
    for n in range(3):  # Baraka uses all three: nothing to remind him of
        await app.loyalty.bundles.use(baraka, None, actor=staff, idempotency_key=f"b{n}")
    clock.advance(days=22)  # 8 days left: not yet (7 by default)
    assert await app.loyalty.bundles.remind_ending() == 0
    clock.advance(days=2)
    assert await app.loyalty.bundles.remind_ending() == 1
    clock.advance(hours=1)
    assert await app.loyalty.bundles.remind_ending() == 0  # once
    (ending,) = [a for m, a in await _messages(app, amina) if m == "notice-bundle-ending"]
    assert ending["left"] == 3 and ending["bundle"] == "haircuts"
    assert not [m for m, _ in await _messages(app, baraka) if m == "notice-bundle-ending"]
    clock.advance(days=7)
    with pytest.raises(NoBundleHeld):
        await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="late")
    sales = await app.loyalty.bundles.sales()
    assert (sales["haircuts"].sold, sales["haircuts"].held, sales["haircuts"].uses_left) == (
        2,
        0,
        0,
    )


def test_staff_name_a_bundle_by_number_key_or_name_in_any_language(program: Program) -> None:
    assert on_sale(program, "2").key == "washes"
    assert on_sale(program, " HAIRCUTS ").key == "haircuts"
    assert on_sale(program, "3 κουρέματα").key == "haircuts"
    for typed in ("3", "old", "Retired", "0", "haircut"):  # the retired one is not on sale
        with pytest.raises(UnknownBundle):
            on_sale(program, typed)


async def test_a_new_programme_that_drops_a_held_bundle_keeps_it_off_sale_until_it_is_used(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina = await shop.customer()
    await app.loyalty.bundles.sell(
        amina, on_sale(app.program, "haircuts"), actor=staff, idempotency_key="s"
    )
    dropped = app.program.model_copy(update={"bundles": []})
    plan = await app.loyalty.programme.plan(dropped)
    assert [c.args for c in plan.consequences] == [{"sold": "haircuts"}]
    await app.loyalty.programme.save(dropped, actor=staff, source="dashboard")
    kept = app.program.bundle("haircuts")
    assert kept is not None and not kept.active  # off sale, still named
    assert app.program.bundle("washes") is None  # nobody held one: gone
    with pytest.raises(UnknownBundle):
        on_sale(app.program, "haircuts")
    used = await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="u")
    assert used.held.uses_left == 2


async def test_a_use_pressed_by_mistake_is_undone_once_and_its_holder_told(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina = await shop.customer()
    haircuts = on_sale(app.program, "haircuts")
    await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="s")
    await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="u1")
    undone = await app.loyalty.undo.undo_last(staff)
    assert (undone.action, undone.bundle, undone.left) == ("bundle-use", "haircuts", 3)
    assert (await app.loyalty.bundles.held(amina))[0].uses_left == 3
    told = await _messages(app, amina)
    assert told[-1] == ("notice-bundle-used", {"bundle": "haircuts", "date": told[-1][1]["date"],
                        "left": 2})  # fmt: skip
    async with app.db.read() as session:
        undo_notice = await session.scalar(
            select(Delivery.args).where(Delivery.message == "notice-undone-bundle")
        )
    assert undo_notice == {"bundle": "haircuts", "left": 3}
    with pytest.raises(NothingToUndo):  # the undo itself is the last action now
        await app.loyalty.undo.undo_last(staff)
    async with app.db.read() as session:
        uses = await session.scalars(select(BundleUse.undone_at))
        assert [u is not None for u in uses] == [True]
