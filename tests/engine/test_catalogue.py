"""The programme file is the truth for rewards and branches; the tables follow it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.loyalty.errors import UnknownReward
from bot.settings import Settings
from models import Branch, Reward
from tests.conftest import Shop
from tests.helpers.programmes import example_data, make_program


async def test_rewards_removed_from_the_file_are_kept_inactive_and_not_redeemable(
    app: App, shop: Shop, database_url: str, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "5000")
    rewards = [r for r in example_data()["rewards"] if r["key"] != "espresso"]
    smaller = make_program(rewards=rewards, branches=[{"key": "cbd", "name": "City Centre"}])
    async with open_app(
        Settings(database_url=database_url), program=smaller, clock=clock
    ) as restarted:
        with pytest.raises(UnknownReward):
            await restarted.loyalty.redemptions.redeem_points(amina, "espresso")
        async with restarted.db.read() as s:
            active = {r.key: r.active for r in await s.scalars(select(Reward))}
            branches = {b.key: (b.name, b.active) for b in await s.scalars(select(Branch))}
    assert active == {"espresso": False, "cappuccino": True, "pastry": True, "breakfast": True}
    assert branches == {"cbd": ("City Centre", True), "westlands": ("Westlands", False)}
