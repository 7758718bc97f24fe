"""Several stamp cards and reward ladders: each card fills on its own with its own limits; a
step's reward spends its stamps when the code is issued and gives them back if the code is
not used; two tills racing for the same stamps give the reward once; nothing collected is
lost when a card leaves the programme."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty import Actor
from bot.loyalty.errors import (
    IdempotencyConflict,
    NotEnoughStamps,
    StampCooldown,
    StampDailyCapReached,
    UndoNotPossible,
    UnknownCard,
    UnknownReward,
)
from bot.loyalty.stamps import CardState
from bot.program import Program, ProgramError, card_reward_key
from models import Delivery, Redemption, StaffRole, StampCard, StampCardStatus
from tests.conftest import Shop
from tests.helpers.programmes import COOKIE, with_cards


@pytest.fixture
def program() -> Program:
    return with_cards()


@pytest.fixture
async def staff(shop: Shop) -> Actor:
    return await shop.staff(StaffRole.STAFF)


async def _notices(app: App, customer: int) -> list[tuple[str, dict[str, Any]]]:
    async with app.db.read() as session:
        rows = await session.execute(
            select(Delivery.message, Delivery.args)
            .where(Delivery.customer_id == customer)
            .order_by(Delivery.id)
        )
        return [(m or "", dict(a or {})) for m, a in rows]


async def test_each_card_fills_on_its_own_and_counts_its_own_daily_cap_and_cooldown(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    coffee = await app.loyalty.stamps.add(amina, 2, actor=staff)
    lunch = await app.loyalty.stamps.add(amina, 3, card="lunch", actor=staff)
    assert (coffee.card, coffee.stamps, coffee.slots) == ("main", 2, 10)
    assert (lunch.card, lunch.stamps, lunch.slots) == ("lunch", 3, 5)
    with pytest.raises(StampCooldown):  # the coffee card's cool-down, not the lunch one's
        await app.loyalty.stamps.add(amina, 1, actor=staff)
    clock.advance(minutes=11)
    await app.loyalty.stamps.add(amina, 1, actor=staff)  # coffee: 3 today, its cap
    with pytest.raises(StampDailyCapReached):
        await app.loyalty.stamps.add(amina, 1, card="lunch", actor=staff)  # lunch: 3 already
    assert await app.loyalty.stamps.cards(amina) == [
        CardState("main", 3, 10, 0),
        CardState("lunch", 3, 5, 0),
    ]
    told = [a for m, a in await _notices(app, amina) if m == "notice-stamps"]
    assert [(a["card"], a["stamps"]) for a in told] == [("main", 2), ("lunch", 3), ("main", 3)]


async def test_a_full_lunch_card_gives_the_lunch_reward_and_leaves_the_coffee_card_alone(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3, card="lunch", actor=staff)
    clock.advance(days=1)
    full = await app.loyalty.stamps.add(amina, 3, card="lunch", actor=staff)
    assert (full.stamps, full.completed_cards, len(full.events)) == (1, 1, 1)
    assert ("notice-card-full", {"reward": "card:lunch"}) in await _notices(app, amina)
    issued = await app.loyalty.redemptions.redeem_stamp_card(amina, "lunch")
    assert issued.reward_key == "card:lunch"
    lunch = app.program.card("lunch")
    assert lunch is not None and app.program.reward_name(issued.reward_key) == lunch.reward
    done = await app.loyalty.redemptions.confirm(issued.code, actor=staff)
    assert done.reward_key == "card:lunch"
    assert await app.loyalty.stamps.cards(amina) == [
        CardState("main", 0, 10, 0),
        CardState("lunch", 1, 5, 0),
    ]


async def test_a_ladder_step_spends_its_stamps_and_the_card_goes_on_to_the_next_step(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3, actor=staff)
    clock.advance(days=1)
    await app.loyalty.stamps.add(amina, 1, actor=staff)
    with pytest.raises(NotEnoughStamps) as refused:  # 4 stamps: the cake at 6 is not yet
        await app.loyalty.redemptions.redeem_step(amina, "main", 6)
    assert refused.value.params == {"needed": 6, "stamps": 4}
    with pytest.raises(UnknownReward):  # no step at 4 on this card
        await app.loyalty.redemptions.redeem_step(amina, "main", 4)
    cookie = await app.loyalty.redemptions.redeem_step(amina, "main", 3)
    assert cookie.reward_key == card_reward_key("main", 3) == "step:main:3"
    named = app.program.reward_name(cookie.reward_key)
    assert named is not None and named.en == COOKIE["en"]
    assert (await app.loyalty.stamps.cards(amina))[0] == CardState("main", 1, 10, 0)
    await app.loyalty.redemptions.confirm(cookie.code, actor=staff)
    async with app.db.read() as session:
        card = await session.scalar(select(StampCard).where(StampCard.customer_id == amina))
        assert card is not None and card.status is StampCardStatus.ACTIVE  # still filling
        spent = await session.scalar(select(Redemption.stamps_spent))
        assert spent == 3


async def test_a_step_code_not_used_gives_its_stamps_back_even_onto_the_next_card(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    for _ in range(3):  # 9 of 10 coffee stamps over three days
        await app.loyalty.stamps.add(amina, 3, actor=staff)
        clock.advance(days=1)
    cancelled = await app.loyalty.redemptions.redeem_step(amina, "main", 6)
    await app.loyalty.redemptions.cancel(amina, cancelled.code)
    assert (await app.loyalty.stamps.cards(amina))[0] == CardState("main", 9, 10, 0)
    expiring = await app.loyalty.redemptions.redeem_step(amina, "main", 6)
    await app.loyalty.stamps.add(amina, 3, actor=staff)  # 3 + 3 while the code waits
    clock.advance(minutes=app.program.redemptions.code_ttl_minutes + 1)
    assert await app.loyalty.redemptions.expire_stale() == 1
    # 6 come back onto a card holding 6: it fills, and 2 go onto a fresh card.
    assert (await app.loyalty.stamps.cards(amina))[0] == CardState("main", 2, 10, 1)
    assert expiring.code != cancelled.code


async def test_two_tills_racing_for_the_same_stamps_give_the_step_once(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3, actor=staff)
    tries = await asyncio.gather(
        *(app.loyalty.redemptions.redeem_step(amina, "main", 3) for _ in range(6)),
        return_exceptions=True,
    )
    issued = [t for t in tries if not isinstance(t, BaseException)]
    assert len(issued) == 1
    assert all(isinstance(t, NotEnoughStamps) for t in tries if isinstance(t, BaseException))
    assert (await app.loyalty.stamps.cards(amina))[0] == CardState("main", 0, 10, 0)


async def test_undo_takes_a_stamp_back_from_its_own_card_but_not_once_a_step_spent_it(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 2, actor=staff)
    await app.loyalty.stamps.add(amina, 2, card="lunch", actor=staff)
    undone = await app.loyalty.undo.undo_last(staff)
    assert undone.stamps == 2
    assert await app.loyalty.stamps.cards(amina) == [
        CardState("main", 2, 10, 0),
        CardState("lunch", 0, 5, 0),
    ]
    clock.advance(minutes=11)
    await app.loyalty.stamps.add(amina, 2, card="lunch", actor=staff)
    await app.loyalty.redemptions.redeem_step(amina, "lunch", 2)  # the drink takes them
    with pytest.raises(UndoNotPossible):
        await app.loyalty.undo.undo_last(staff)


async def test_an_unknown_or_switched_off_card_is_refused_and_a_key_cannot_change_card(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    with pytest.raises(UnknownCard):
        await app.loyalty.stamps.add(amina, 1, card="breakfast", actor=staff)
    await app.loyalty.stamps.add(amina, 1, card="lunch", actor=staff, idempotency_key="k")
    again = await app.loyalty.stamps.add(amina, 1, card="lunch", actor=staff, idempotency_key="k")
    assert again.duplicate and again.stamps == 1
    with pytest.raises(IdempotencyConflict):
        await app.loyalty.stamps.add(amina, 1, actor=staff, idempotency_key="k")
    with pytest.raises(UnknownCard):
        await app.loyalty.redemptions.redeem_stamp_card(amina, "breakfast")


async def test_a_dropped_card_with_stamps_on_it_is_kept_switched_off_and_still_redeemable(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 2, card="lunch", actor=staff)
    dropped = app.program.model_copy(update={"cards": []})
    plan = await app.loyalty.programme.plan(dropped)
    assert [(c.message, c.args) for c in plan.consequences] == [
        ("programme-card-kept", {"card": "lunch"})
    ]
    owner = await shop.staff(StaffRole.OWNER)
    await app.loyalty.programme.save(dropped, actor=owner, source="dashboard")
    kept = app.program.cards
    assert [(c.key, c.active) for c in kept] == [("lunch", False)]
    assert app.program.stamped_cards() == ["main"]
    clock.advance(minutes=11)
    with pytest.raises(UnknownCard):  # no new stamps on it
        await app.loyalty.stamps.add(amina, 1, card="lunch", actor=staff)
    drink = await app.loyalty.redemptions.redeem_step(amina, "lunch", 2)  # what she has
    assert drink.reward_key == "step:lunch:2"
    shown = await app.loyalty.stamps.cards(amina)
    assert shown == [CardState("main", 0, 10, 0)]  # nothing left on the switched-off card


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"steps": [{"at": 6, "reward": COOKIE}, {"at": 3, "reward": COOKIE}]}, "rise"),
        ({"steps": [{"at": 10, "reward": COOKIE}]}, "before the full card"),
    ],
)
def test_a_ladder_must_rise_and_end_before_the_full_card(change: dict[str, Any], says: str) -> None:
    with pytest.raises(ProgramError, match=says):
        with_cards(stamps={"slots": 10, "reward": COOKIE, **change})


def test_a_second_card_needs_its_own_key() -> None:
    card = {"key": "main", "name": COOKIE, "slots": 5, "reward": COOKIE}
    with pytest.raises(ProgramError, match="another"):
        with_cards(cards=[card])


async def test_the_reminders_name_the_card_they_are_about_and_its_own_reward(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3, card="lunch", actor=staff)
    clock.advance(days=1)
    await app.loyalty.stamps.add(amina, 1, card="lunch", actor=staff)  # 4 of 5: one to go
    clock.advance(days=app.program.messages.card_reminder_days + 1)
    assert await app.loyalty.reminders.stamp_cards() == 1
    (near,) = [(m, a) for m, a in await _notices(app, amina) if m == "notice-card-near"]
    assert near[1] == {"reward": "card:lunch", "card": "lunch"}
    said = app.renderer.notice_text(*near, "en")
    assert said == "Card: Lunch card\n☕ Just one more stamp to your card’s reward: A free lunch!"
