"""Referrals: linked at registration, paid to both once after the friend's first purchase."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.app import App
from bot.loyalty.events import ReferralRewarded
from bot.loyalty.ledger import ledger_sum
from models import LedgerEntry, LedgerKind, Referral
from tests.conftest import Shop


async def _invite_code(app: App, customer_id: int) -> str:
    return (await app.loyalty.summary.summary(customer_id)).referral_code


async def test_both_sides_are_paid_after_the_first_purchase_only(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    code = await _invite_code(app, amina)
    joined = await app.loyalty.customers.register(
        "test", "friend", language="el", name="Eleni", referral_code=code.lower()
    )
    assert joined.referred
    eleni = joined.customer_id
    async with app.db.read() as s:
        assert await ledger_sum(s, amina) == 0  # nothing for joining alone
    first = await app.loyalty.purchases.record(eleni, "1000", idempotency_key="first")
    assert first.events == (ReferralRewarded(1, amina, eleni, 100, 50),)
    second = await app.loyalty.purchases.record(eleni, "1000", idempotency_key="second")
    assert second.events == ()
    async with app.db.read() as s:
        assert await ledger_sum(s, amina) == 100
        assert await ledger_sum(s, eleni) == 100 + 50 + 100
    summary = await app.loyalty.summary.summary(amina)
    assert (summary.friends_joined, summary.friends_rewarded) == (1, 1)


async def test_racing_first_purchases_pay_the_referral_once(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    code = await _invite_code(app, amina)
    eleni = (
        await app.loyalty.customers.register("test", "friend", language="el", referral_code=code)
    ).customer_id
    await asyncio.gather(
        *(app.loyalty.purchases.record(eleni, "1000", idempotency_key=f"p{i}") for i in range(10))
    )
    async with app.db.read() as s:
        paid = await s.scalar(
            select(func.count(LedgerEntry.id)).where(LedgerEntry.kind == LedgerKind.REFERRAL)
        )
        assert paid == 2


async def test_unknown_or_own_codes_do_not_block_joining(app: App, shop: Shop) -> None:
    joined = await app.loyalty.customers.register(
        "test", "x", language="am", referral_code="NOSUCHCODE"
    )
    assert joined.created and not joined.referred
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(Referral.id))) == 0


async def test_a_referrer_who_left_is_not_paid_but_the_friend_is(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    code = await _invite_code(app, amina)
    eleni = (
        await app.loyalty.customers.register("test", "friend", language="el", referral_code=code)
    ).customer_id
    await app.loyalty.customers.erase(amina)
    result = await app.loyalty.purchases.record(eleni, "1000", idempotency_key="first")
    assert result.events == (ReferralRewarded(1, amina, eleni, 0, 50),)
    async with app.db.read() as s:
        assert await ledger_sum(s, amina) == 0
