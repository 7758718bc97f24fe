"""/delete: personal data gone, ledger kept (anonymised) so the books still add up."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.loyalty.errors import CustomerNotFound
from bot.loyalty.ledger import ledger_sum
from models import ChannelIdentity, Customer, LedgerEntry, LedgerKind, Redemption, RedemptionStatus
from tests.conftest import Shop


async def test_erasure_removes_personal_data_and_keeps_a_balanced_ledger(app: App) -> None:
    reg = await app.loyalty.customers.register(
        "telegram",
        "555",
        language="en",
        name="Grace",
        phone="+254700000000",
        marketing_consent=True,
    )
    amina = reg.customer_id
    await app.loyalty.purchases.record(amina, "3000", idempotency_key="r1", note="Grace's usual")
    await app.loyalty.customers.set_birthday(amina, __import__("datetime").date(1990, 5, 17))
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    await app.loyalty.customers.erase(amina)

    async with app.db.read() as s:
        customer = await s.get_one(Customer, amina)
        assert (customer.name, customer.phone, customer.birthday) == (None, None, None)
        assert not customer.marketing_consent and customer.erased_at is not None
        assert customer.member_code != reg.member_code
        assert await s.scalar(select(func.count(ChannelIdentity.id))) == 0
        redemption = await s.scalar(select(Redemption).where(Redemption.code == issued.code))
        assert redemption is not None and redemption.status is RedemptionStatus.CANCELLED
        kinds = [e.kind for e in await s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))]
        assert kinds == [LedgerKind.EARN, LedgerKind.REDEEM, LedgerKind.REDEEM, LedgerKind.ADJUST]
        assert await ledger_sum(s, amina) == 0 == customer.points_balance
        notes = list(
            await s.scalars(select(LedgerEntry.note).where(LedgerEntry.note.like("%Grace%")))
        )
        assert notes == []

    with pytest.raises(CustomerNotFound):
        await app.loyalty.summary.summary(amina)
    assert await app.loyalty.customers.find_by_identity("telegram", "555") is None


async def test_coming_back_after_erasure_starts_afresh(app: App, shop: Shop) -> None:
    first = await app.loyalty.customers.register("telegram", "555", language="en")
    await shop.earn(first.customer_id, "1000")
    await app.loyalty.customers.erase(first.customer_id)
    again = await app.loyalty.customers.register("telegram", "555", language="en")
    assert again.created and again.customer_id != first.customer_id
    assert (await app.loyalty.summary.summary(again.customer_id)).balance == 0
