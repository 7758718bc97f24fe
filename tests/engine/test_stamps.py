"""Stamp cards: fill, complete, start fresh; never more stamps than slots; fraud limits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty import EngineContext, Loyalty
from bot.loyalty.errors import (
    IdempotencyConflict,
    InvalidStampCount,
    StampCooldown,
    StampDailyCapReached,
)
from bot.program import LiveProgram
from models import AuditEntry, StampCard, StampCardStatus
from tests.conftest import Shop
from tests.helpers.programmes import make_program


@pytest.fixture
def program():  # type: ignore[no-untyped-def]
    # A small card and no cooldown keep these scenes short; limits get their own tests.
    return make_program(
        stamps={"slots": 4},
        limits={"stamps_per_customer_per_day": 3, "stamp_cooldown_minutes": 0},
    )


async def _cards(app: App, customer_id: int) -> list[tuple[int, int, StampCardStatus]]:
    async with app.db.read() as s:
        rows = await s.scalars(
            select(StampCard).where(StampCard.customer_id == customer_id).order_by(StampCard.id)
        )
        return [(c.stamps, c.slots, c.status) for c in rows]


async def test_a_full_card_completes_and_a_fresh_one_starts(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3)
    clock.advance(days=1)
    result = await app.loyalty.stamps.add(amina, 1)
    assert [e.customer_id for e in result.events] == [amina]
    assert (result.stamps, result.slots, result.completed_cards) == (0, 4, 1)
    assert await _cards(app, amina) == [
        (4, 4, StampCardStatus.COMPLETED),
        (0, 4, StampCardStatus.ACTIVE),
    ]


async def test_stamps_spill_onto_the_next_card_never_past_the_slots(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3)
    clock.advance(days=1)
    result = await app.loyalty.stamps.add(amina, 3)  # 3 + 3 on a 4-slot card
    assert (result.stamps, result.completed_cards) == (2, 1)
    assert await _cards(app, amina) == [
        (4, 4, StampCardStatus.COMPLETED),
        (2, 4, StampCardStatus.ACTIVE),
    ]


async def test_daily_cap_counts_the_shop_day_not_the_utc_day(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    clock.set(datetime(2026, 3, 2, 20, 30, tzinfo=UTC))  # 23:30 in Nairobi
    await app.loyalty.stamps.add(amina, 3)
    clock.set(datetime(2026, 3, 2, 20, 50, tzinfo=UTC))  # 23:50, same shop day
    with pytest.raises(StampDailyCapReached) as refused:
        await app.loyalty.stamps.add(amina, 1)
    assert refused.value.params == {"cap": 3, "today": 3}
    clock.set(datetime(2026, 3, 2, 21, 10, tzinfo=UTC))  # 00:10 next shop day, same UTC day
    assert (await app.loyalty.stamps.add(amina, 1)).stamps == 0  # completes the 4-slot card


async def test_cooldown_between_stamps(app: App, shop: Shop, clock: ManualClock) -> None:
    cooldown = make_program(limits={"stamp_cooldown_minutes": 10})
    stamps = Loyalty.build(EngineContext(app.db, LiveProgram(cooldown), clock)).stamps
    amina = await shop.customer()
    await stamps.add(amina)
    clock.advance(minutes=9)
    with pytest.raises(StampCooldown) as refused:
        await stamps.add(amina)
    assert refused.value.params["retry_at"] == datetime(2026, 3, 2, 9, 10, tzinfo=UTC)
    clock.advance(minutes=1)
    assert (await stamps.add(amina)).stamps == 2


@pytest.mark.parametrize("count", [0, -1, 4])
async def test_impossible_stamp_counts_are_refused(app: App, shop: Shop, count: int) -> None:
    amina = await shop.customer()
    with pytest.raises(InvalidStampCount):
        await app.loyalty.stamps.add(amina, count)
    assert await _cards(app, amina) == []


async def test_a_repeated_stamp_request_stamps_once(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 1, idempotency_key="scan-1")
    again = await app.loyalty.stamps.add(amina, 1, idempotency_key="scan-1")
    assert again.duplicate and again.stamps == 1
    with pytest.raises(IdempotencyConflict):
        await app.loyalty.stamps.add(amina, 2, idempotency_key="scan-1")


async def test_stamps_by_staff_are_audited(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff()
    await app.loyalty.stamps.add(amina, 2, actor=barista)
    async with app.db.read() as s:
        entry = await s.scalar(select(AuditEntry).where(AuditEntry.action == "stamp"))
    assert (
        entry is not None
        and entry.staff_id == barista.staff_id
        and entry.details["count"] == 2
        and "event_id" in entry.details
    )
