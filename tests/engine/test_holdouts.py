"""Holdout groups: a random share of a campaign's segment kept back, reproducible from the
stored seed, and the campaign's effect measured against them, with an interval that finds
a real lift and covers zero when there is none."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import ManualClock
from bot.i18n import Speaker
from bot.loyalty import Actor, campaigns
from bot.loyalty.holdouts import draw
from handlers.campaigns import uplift_words
from models import Campaign, CampaignHoldout, Delivery, StaffRole
from tests.conftest import Shop
from tests.helpers.outbox import drain_outbox


async def _members(shop: Shop, count: int) -> list[int]:
    return [await shop.customer(f"M{n}", marketing_consent=True) for n in range(count)]


async def _sent(app: App, owner: Actor, percent: int) -> int:
    campaign = await app.loyalty.campaigns.create(
        "Lift", "all", {"en": "Come back!"}, actor=owner, holdout_percent=percent
    )
    await app.loyalty.campaigns.enqueue(campaign)
    await drain_outbox(app)
    return campaign


async def _held(app: App, campaign: int) -> set[int]:
    async with app.db.read() as session:
        return set(
            await session.scalars(
                select(CampaignHoldout.customer_id).where(CampaignHoldout.campaign_id == campaign)
            )
        )


async def test_the_draw_is_kept_back_once_and_can_be_recomputed(app: App, shop: Shop) -> None:
    members = await _members(shop, 300)
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    campaign = await app.loyalty.campaigns.create("Now", "all", {"en": "Hi"}, actor=owner)
    assert await app.loyalty.campaigns.enqueue(campaign) == 270
    assert await app.loyalty.campaigns.enqueue(campaign) == 0  # a second worker adds nobody
    held = await _held(app, campaign)
    async with app.db.read() as session:
        seed = await session.scalar(select(Campaign.holdout_seed).where(Campaign.id == campaign))
        reached = set(
            await session.scalars(
                select(Delivery.customer_id).where(Delivery.campaign_id == campaign)
            )
        )
    assert seed is not None and len(held) == 30
    assert held == draw(seed, members, 10)  # anyone can check the draw from the seed
    assert not held & reached and held | reached == set(members)
    assert draw(seed + "x", members, 10) != held  # another seed, other people


async def test_small_segments_and_zero_keep_nobody_back(app: App, shop: Shop) -> None:
    await _members(shop, 99)
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    small = await _sent(app, owner, 10)
    assert await _held(app, small) == set()
    assert await app.loyalty.holdouts.uplift(small, 7) is None


async def _shop_with_effect(
    app: App,
    shop: Shop,
    clock: ManualClock,
    reached_buys: float,
    held_buys: float,
    monkeypatch: pytest.MonkeyPatch,
) -> int:
    # One fixed draw, so the shop is the same on every run: with a fresh seed each time, a
    # 95 % interval would miss the truth in one run of twenty, as it is meant to.
    monkeypatch.setattr(campaigns.secrets, "token_hex", lambda _: "5eed5eed5eed5eed")
    await _members(shop, 600)
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    campaign = await _sent(app, owner, 30)
    held = await _held(app, campaign)
    rng = random.Random(2026)
    async with app.db.read() as session:
        everyone = list(await session.scalars(select(Delivery.customer_id)))
    clock.advance(days=2)
    for customer in sorted(set(everyone) | held):
        if rng.random() < (held_buys if customer in held else reached_buys):
            await shop.earn(customer, "500")
    clock.advance(days=10)  # the 7 days are over
    return campaign


async def test_a_campaign_that_lifts_visits_is_found_to(
    app: App, shop: Shop, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = await _shop_with_effect(app, shop, clock, 0.45, 0.15, monkeypatch)
    uplift = await app.loyalty.holdouts.uplift(campaign, 7)
    assert uplift is not None and uplift.complete
    assert (uplift.held.people, uplift.reached.people) == (180, 420)
    assert uplift.verdict == "more" and uplift.low > 0
    assert uplift.low < 30 < uplift.high  # the true lift, 45 % against 15 %, is inside
    assert uplift.reached.visits == uplift.reached.buyers  # one purchase each
    shop_ = app.program.shop
    words = uplift_words(Speaker(app.translator, "en", shop_.tz, shop_.currency), uplift, 2)
    assert (
        f"points more; we are fairly sure the true difference is between {round(uplift.low)}"
        in words
    )
    assert "of the 180 kept back" in words


async def test_a_campaign_without_effect_is_not_credited_with_one(
    app: App, shop: Shop, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = await _shop_with_effect(app, shop, clock, 0.3, 0.3, monkeypatch)
    uplift = await app.loyalty.holdouts.uplift(campaign, 7)
    assert uplift is not None
    assert uplift.verdict == "unclear" and uplift.low < 0 < uplift.high
    thirty = await app.loyalty.holdouts.uplift(campaign, 30)
    assert thirty is not None and not thirty.complete  # 12 days in: "so far"
