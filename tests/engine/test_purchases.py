"""A purchase at the till: the earn rule, idempotency, limits, and bad input changing nothing."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.loyalty.errors import (
    AmbiguousAmount,
    AwardLimitExceeded,
    CustomerNotFound,
    IdempotencyConflict,
    InvalidAmount,
    PurchaseBelowMinimum,
    PurchaseTooLarge,
    UnknownMemberCode,
)
from bot.loyalty.ledger import ledger_sum
from models import AuditEntry, LedgerEntry, StaffRole
from tests.conftest import Shop


async def test_points_are_amount_times_rate_rounded_down(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    # 0.1 point per KES: 349 KES -> 34.9 -> 34 points.
    result = await app.loyalty.purchases.record(amina, "349", idempotency_key="r1")
    assert (result.points, result.balance, result.duplicate) == (34, 34, False)


async def test_tier_multiplier_applies_to_the_tier_held_now(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "16000")  # 1600 points: Gold (threshold 1500, x1.25)
    result = await app.loyalty.purchases.record(amina, "1000", idempotency_key="after-gold")
    assert result.tier_key == "gold"
    assert result.points == 125


async def test_same_key_twice_awards_once(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    first = await app.loyalty.purchases.record(amina, "500", idempotency_key="receipt-77")
    again = await app.loyalty.purchases.record(amina, "500", idempotency_key="receipt-77")
    assert again.duplicate and again.entry_id == first.entry_id
    async with app.db.read() as s:
        assert await ledger_sum(s, amina) == 50


async def test_same_key_for_a_different_purchase_is_a_conflict(app: App, shop: Shop) -> None:
    amina, baraka = await shop.customer(), await shop.customer("Baraka")
    await app.loyalty.purchases.record(amina, "500", idempotency_key="receipt-1")
    with pytest.raises(IdempotencyConflict):
        await app.loyalty.purchases.record(amina, "900", idempotency_key="receipt-1")
    with pytest.raises(IdempotencyConflict):
        await app.loyalty.purchases.record(baraka, "500", idempotency_key="receipt-1")
    async with app.db.read() as s:
        assert await ledger_sum(s, baraka) == 0


async def test_concurrent_retries_of_one_receipt_award_once(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    results = await asyncio.gather(
        *(
            app.loyalty.purchases.record(amina, "1000", idempotency_key="retry-me")
            for _ in range(20)
        )
    )
    assert sum(not r.duplicate for r in results) == 1
    async with app.db.read() as s:
        count = await s.scalar(
            select(func.count(LedgerEntry.id)).where(LedgerEntry.customer_id == amina)
        )
        assert count == 1
        assert await ledger_sum(s, amina) == 100


@pytest.mark.parametrize(
    ("amount", "error"),
    [
        ("abc", InvalidAmount),
        ("-5", InvalidAmount),
        ("0", InvalidAmount),
        ("NaN", InvalidAmount),
        ("Infinity", InvalidAmount),
        ("49.99", PurchaseBelowMinimum),
        ("50001", PurchaseTooLarge),
    ],
)
async def test_bad_amounts_are_refused_and_change_nothing(
    app: App, shop: Shop, amount: str, error: type[Exception]
) -> None:
    amina = await shop.customer()
    with pytest.raises(error):
        await app.loyalty.purchases.record(amina, amount, idempotency_key="bad")
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(LedgerEntry.id))) == 0


async def test_a_decimal_comma_in_a_shop_that_groups_with_commas_is_refused_not_guessed(
    app: App, shop: Shop
) -> None:
    """The shop writes 1,234.50 (Swahili, Kenya): "1234,50" once silently meant 1234.50,
    and "50,000" meant 50. Neither is guessed now; tests/test_typed_numbers.py has more."""
    amina = await shop.customer()
    with pytest.raises(AmbiguousAmount):
        await app.loyalty.purchases.record(amina, "1234,50", idempotency_key="comma")
    result = await app.loyalty.purchases.record(amina, "1,234.50", idempotency_key="dot")
    assert (result.points, result.amount) == (123, Decimal("1234.50"))


async def test_staff_cannot_award_above_the_limit_but_an_owner_can(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff(StaffRole.STAFF)
    owner = await shop.staff(StaffRole.OWNER)
    with pytest.raises(AwardLimitExceeded) as refused:
        await app.loyalty.purchases.record(amina, "6000", idempotency_key="big", actor=barista)
    assert refused.value.params == {"points": 600, "limit": 500}
    result = await app.loyalty.purchases.record(amina, "6000", idempotency_key="big", actor=owner)
    assert result.points == 600


async def test_every_staff_purchase_is_audited_with_who_and_where(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    barista = await shop.staff(StaffRole.STAFF, branch="cbd")
    await app.loyalty.purchases.record(amina, "700", idempotency_key="audited", actor=barista)
    async with app.db.read() as s:
        entry = await s.scalar(select(AuditEntry).where(AuditEntry.action == "purchase"))
    assert entry is not None
    assert entry.staff_id == barista.staff_id
    assert entry.branch_id == barista.branch_id is not None
    assert entry.customer_id == amina
    assert entry.details["points"] == 70
    assert entry.created_at == app.clock.now()


async def test_unknown_member_code_and_customer(app: App) -> None:
    with pytest.raises(UnknownMemberCode):
        await app.loyalty.customers.find_by_member_code("NOPE123")
    with pytest.raises(CustomerNotFound):
        await app.loyalty.purchases.record(999, "100", idempotency_key="ghost")


async def test_member_code_lookup_forgives_case_and_dashes(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    code = (await app.loyalty.customers.get(amina)).member_code
    typed = f"{code[:3].lower()}-{code[3:]}"
    assert (await app.loyalty.customers.find_by_member_code(typed)).customer_id == amina
