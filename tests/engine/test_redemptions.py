"""Redeeming rewards: codes reserve points, staff confirm once, expiry and cancel refund."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import (
    InsufficientPoints,
    NoCompletedCard,
    RedemptionAlreadyUsed,
    RedemptionCancelled,
    RedemptionExpired,
    RedemptionNotFound,
    UnknownReward,
)
from bot.loyalty.redemptions import STAMP_CARD_REWARD
from models import AuditEntry, Redemption, RedemptionStatus, StampCard, StampCardStatus
from tests.conftest import Shop
from tests.helpers.databases import balance


async def test_redeeming_issues_a_short_code_and_reserves_the_points(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")  # 200 points
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")  # 150
    assert len(issued.code) == 6 and issued.code.isalnum() and issued.code.isupper()
    assert issued.balance == 50 == await balance(app, amina)
    assert issued.expires_at == clock.now().replace(minute=15)


async def test_confirming_hands_over_once(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff()
    await shop.earn(amina, "2000")
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    confirmed = await app.loyalty.redemptions.confirm(issued.code.lower(), actor=barista)
    assert (confirmed.customer_id, confirmed.reward_key, confirmed.points_cost) == (
        amina,
        "espresso",
        150,
    )
    with pytest.raises(RedemptionAlreadyUsed):
        await app.loyalty.redemptions.confirm(issued.code, actor=barista)
    assert await balance(app, amina) == 50
    async with app.db.read() as s:
        audit = await s.scalar(select(AuditEntry).where(AuditEntry.action == "redeem"))
    assert audit is not None and audit.staff_id == barista.staff_id


async def test_not_enough_points_changes_nothing(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "1000")  # 100 points
    with pytest.raises(InsufficientPoints) as refused:
        await app.loyalty.redemptions.redeem_points(amina, "espresso")
    assert refused.value.params == {"needed": 150, "balance": 100}
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(Redemption.id))) == 0
    assert await balance(app, amina) == 100


async def test_an_unknown_reward_is_refused(app: App, shop: Shop) -> None:
    # An inactive one (removed from the programme file) is proven in test_catalogue.py.
    amina = await shop.customer()
    with pytest.raises(UnknownReward):
        await app.loyalty.redemptions.redeem_points(amina, "caviar")


async def test_an_expired_code_is_refused_and_the_points_come_back(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    barista = await shop.staff()
    await shop.earn(amina, "2000")
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    clock.advance(minutes=15)
    with pytest.raises(RedemptionExpired):
        await app.loyalty.redemptions.confirm(issued.code, actor=barista)
    assert await balance(app, amina) == 200
    with pytest.raises(RedemptionExpired):  # and it stays expired
        await app.loyalty.redemptions.confirm(issued.code, actor=barista)
    assert await balance(app, amina) == 200


async def test_the_expiry_job_refunds_stale_codes_once(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "5000")
    await app.loyalty.redemptions.redeem_points(amina, "espresso")
    await app.loyalty.redemptions.redeem_points(amina, "cappuccino")
    assert await balance(app, amina) == 100
    clock.advance(minutes=16)
    assert await app.loyalty.redemptions.expire_stale() == 2
    assert await app.loyalty.redemptions.expire_stale() == 0
    assert await balance(app, amina) == 500


async def test_the_customer_can_cancel_their_own_code_only(app: App, shop: Shop) -> None:
    amina, baraka = await shop.customer(), await shop.customer("Baraka")
    barista = await shop.staff()
    await shop.earn(amina, "2000")
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    with pytest.raises(RedemptionNotFound):
        await app.loyalty.redemptions.cancel(baraka, issued.code)
    await app.loyalty.redemptions.cancel(amina, issued.code)
    assert await balance(app, amina) == 200
    with pytest.raises(RedemptionCancelled):
        await app.loyalty.redemptions.confirm(issued.code, actor=barista)
    with pytest.raises(RedemptionCancelled):
        await app.loyalty.redemptions.cancel(amina, issued.code)
    assert await balance(app, amina) == 200


async def test_unknown_code(app: App) -> None:
    with pytest.raises(RedemptionNotFound):
        await app.loyalty.redemptions.confirm("ZZZZZZ", actor=None)


async def test_a_full_stamp_card_is_redeemed_through_a_code(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    with pytest.raises(NoCompletedCard):
        await app.loyalty.redemptions.redeem_stamp_card(amina)
    for _ in range(4):  # 10 slots, 3 a day
        await app.loyalty.stamps.add(amina, 3 if _ < 3 else 1)
        clock.advance(days=1)
    issued = await app.loyalty.redemptions.redeem_stamp_card(amina)
    assert issued.reward_key == STAMP_CARD_REWARD and issued.points_cost == 0
    with pytest.raises(NoCompletedCard):  # the one full card is reserved by the code
        await app.loyalty.redemptions.redeem_stamp_card(amina)
    await app.loyalty.redemptions.cancel(amina, issued.code)  # back to collectable
    issued = await app.loyalty.redemptions.redeem_stamp_card(amina)
    await app.loyalty.redemptions.confirm(issued.code, actor=None)
    async with app.db.read() as s:
        statuses = list(await s.scalars(select(StampCard.status).order_by(StampCard.id)))
    assert statuses == [StampCardStatus.REDEEMED, StampCardStatus.ACTIVE]


async def test_pending_codes_are_listed_until_used(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "5000")
    issued = await app.loyalty.redemptions.redeem_points(amina, "pastry")
    assert [p.code for p in await app.loyalty.redemptions.pending_for(amina)] == [issued.code]
    await app.loyalty.redemptions.confirm(issued.code, actor=None)
    assert await app.loyalty.redemptions.pending_for(amina) == []
    async with app.db.read() as s:
        assert await s.scalar(select(Redemption.status)) is RedemptionStatus.CONFIRMED
