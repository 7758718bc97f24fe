"""Atomic redemption under real concurrency, on whichever database the run targets."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.app import App
from bot.loyalty.errors import InsufficientPoints, RedemptionAlreadyUsed
from bot.loyalty.ledger import ledger_sum
from models import Customer, LedgerEntry, Redemption
from tests.conftest import Shop


async def test_concurrent_redemptions_never_overdraw(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "10500")  # 1050 points: room for exactly 7 espressos (150 each)
    results = await asyncio.gather(
        *(app.loyalty.redemptions.redeem_points(amina, "espresso") for _ in range(120)),
        return_exceptions=True,
    )
    issued = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, InsufficientPoints)]
    assert len(issued) == 7
    assert len(refused) == 113  # and nothing failed any other way
    assert len({i.code for i in issued}) == 7
    async with app.db.read() as s:
        cached = await s.scalar(select(Customer.points_balance).where(Customer.id == amina))
        assert cached == await ledger_sum(s, amina) == 0
        lowest = await s.scalar(select(func.min(LedgerEntry.balance_after)))
        assert lowest == 0
        assert await s.scalar(select(func.count(Redemption.id))) == 7


async def test_one_code_confirmed_at_two_tills_at_once_is_handed_over_once(
    app: App, shop: Shop
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    results = await asyncio.gather(
        *(app.loyalty.redemptions.confirm(issued.code, actor=None) for _ in range(30)),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 1
    assert sum(isinstance(r, RedemptionAlreadyUsed) for r in results) == 29


async def test_concurrent_earns_and_redemptions_keep_cache_equal_to_ledger(
    app: App, shop: Shop
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "3000")
    work = [app.loyalty.purchases.record(amina, "1500", idempotency_key=f"c{i}") for i in range(25)]
    work += [app.loyalty.redemptions.redeem_points(amina, "espresso") for _ in range(25)]
    results = await asyncio.gather(*work, return_exceptions=True)
    unexpected = [
        r for r in results if isinstance(r, BaseException) and not isinstance(r, InsufficientPoints)
    ]
    assert unexpected == []
    async with app.db.read() as s:
        cached = await s.scalar(select(Customer.points_balance).where(Customer.id == amina))
        assert cached == await ledger_sum(s, amina) >= 0
