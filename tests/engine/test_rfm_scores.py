"""RFM scores worked out every night: the segments read them while fresh and give what a
ranking at that moment gives; a purchase after the night moves nobody until the next one;
scores too old are not used; the real scheduler works them out at start when missing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.rfm import FRESH_FOR, REFRESH_AFTER
from bot.loyalty.segments import RFM_SEGMENTS, parse_segment
from bot.program import Program
from models import RfmRun, RfmScore
from tests.conftest import Shop
from tests.engine.test_segments import _shop
from tests.helpers.programmes import make_program


@pytest.fixture
def program() -> Program:
    return make_program(stamps={"slots": 2}, limits={"stamp_cooldown_minutes": 0})


async def _rfm(app: App, ids: dict[str, int]) -> dict[str, set[str]]:
    names = {v: k for k, v in ids.items()}
    return {
        kind: {names[m] for m in await app.loyalty.segments.members(parse_segment(kind))}
        for kind in RFM_SEGMENTS
    }


async def test_the_nightly_scores_give_what_ranking_now_gives_and_say_when(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    ids = await _shop(app, shop, clock)
    assert await app.loyalty.rfm.as_of() is None  # no night yet: ranked afresh
    ranked_now = await _rfm(app, ids)
    assert ranked_now == {
        "champions": {"P5"},
        "loyal": {"P4"},
        "at-risk": {"P2"},
        "lost": {"P1"},
    }
    assert await app.loyalty.rfm.refresh() == 5  # the buyers P1..P5
    assert await app.loyalty.rfm.as_of() == clock.now()
    assert await _rfm(app, ids) == ranked_now


async def test_a_purchase_after_the_night_waits_for_the_next_and_old_scores_are_not_used(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    ids = await _shop(app, shop, clock)
    await app.loyalty.rfm.refresh()
    clock.advance(hours=1)
    for k in range(6):  # P1 comes back, big and often: a champion by tomorrow
        await app.loyalty.purchases.record(ids["P1"], "5000", idempotency_key=f"back-{k}")
    assert "P1" in (await _rfm(app, ids))["lost"]  # tonight's scores still say lost
    assert not await app.loyalty.rfm.refresh_if_due()  # scored an hour ago: not again
    clock.set(clock.now() + REFRESH_AFTER)
    assert await app.loyalty.rfm.refresh_if_due()
    assert "P1" not in (await _rfm(app, ids))["lost"]

    async with app.db.write() as session:  # scores that call every buyer lost
        await session.execute(update(RfmScore).values(r=1, f=1, m=1))
    buyers = {"P1", "P2", "P3", "P4", "P5"}
    assert (await _rfm(app, ids))["lost"] == buyers  # read from the table while fresh
    clock.set(clock.now() + FRESH_FOR + timedelta(minutes=1))  # the bot was off two nights
    assert await app.loyalty.rfm.as_of() is None
    assert (await _rfm(app, ids))["lost"] != buyers  # too old: ranked afresh


async def test_the_scheduler_works_the_scores_out_at_start_when_there_are_none(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    await _shop(app, shop, clock)
    clock.set(datetime.now(UTC))  # the scheduler runs on the wall clock: start it now
    jobs = app.jobs()
    jobs.start()
    try:
        for _ in range(200):
            async with app.db.read() as session:
                runs = await session.scalar(select(func.count(RfmRun.id)))
            if runs:
                break
            await asyncio.sleep(0.05)
    finally:
        await jobs.stop()
    assert runs == 1
    assert await app.loyalty.rfm.as_of() == clock.now()
