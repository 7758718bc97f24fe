"""Conversation state and the seen-update guard, stored in the database."""

from __future__ import annotations

import asyncio

from bot.app import App
from bot.clock import ManualClock
from bot.housekeeping import Chores
from bot.state import State
from tests.conftest import Shop


async def test_state_is_stored_per_identity_and_cleared(app: App) -> None:
    await app.states.set("telegram", "1", State("join.name", {"language": "el"}))
    await app.states.set("whatsapp", "1", State("join.phone", {}))
    assert await app.states.get("telegram", "1") == State("join.name", {"language": "el"})
    await app.states.set("telegram", "1", State("join.phone", {"language": "el", "name": "Νίκος"}))
    assert (await app.states.get("telegram", "1")) == State(
        "join.phone", {"language": "el", "name": "Νίκος"}
    )
    await app.states.clear("telegram", "1")
    assert await app.states.get("telegram", "1") is None
    assert await app.states.get("whatsapp", "1") is not None


async def test_an_update_id_passes_once_even_when_delivered_concurrently(app: App) -> None:
    results = await asyncio.gather(*(app.updates.first_time("telegram", "42") for _ in range(10)))
    assert results.count(True) == 1
    assert await app.updates.first_time("shell", "42")  # ids are per channel


async def test_old_update_ids_are_pruned(app: App, clock: ManualClock) -> None:
    await app.updates.first_time("telegram", "1")
    clock.advance(days=3)
    await app.updates.first_time("telegram", "2")
    assert await app.updates.prune() == 1
    assert await app.updates.first_time("telegram", "1")  # forgotten, so accepted again
    assert not await app.updates.first_time("telegram", "2")


async def test_housekeeping_gives_back_unshown_codes_and_forgets_old_updates(
    app: App, clock: ManualClock
) -> None:
    shop = Shop(app)
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    await app.loyalty.redemptions.redeem_points(amina, "espresso")
    await app.updates.first_time("telegram", "1")
    clock.advance(days=3)
    chores = await app.housekeeping().run_once(prune=True)
    assert (chores.codes_expired, chores.updates_forgotten) == (1, 1)
    assert (await app.loyalty.summary.summary(amina)).balance == 200
    assert await app.housekeeping().run_once(prune=False) == Chores(0, 0)
