"""A purchase's lines by product category: stored once with the purchase, never half, and
found again by the `bought:<category>[:days]` segment (a refunded purchase bought nothing)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import InvalidPurchaseLine, UnknownSegment
from bot.loyalty.purchases import LineItem, category_key
from bot.loyalty.segments import Segment, parse_segment
from models import LedgerEntry, PurchaseLine, StaffRole
from tests.conftest import Shop

PASTRY = LineItem("Pastry", Decimal("300"))
COFFEE = LineItem("hot drinks", Decimal("250.50"), 2)


def test_category_names_as_segments_write_them() -> None:
    assert category_key(" Pastry ") == "pastry"
    assert category_key("Hot  drinks") == "hot-drinks"
    assert category_key("") is None and category_key("x" * 33) is None
    assert category_key("ψωμί") is None  # segments are named in Latin letters
    assert parse_segment("bought:pastry") == Segment("bought", "pastry:60")
    assert parse_segment("BOUGHT:pastry:14").name == "bought:pastry:14"
    for wrong in ("bought", "bought:pastry:0", "bought:pastry:9999", "tier:gold:5"):
        with pytest.raises(UnknownSegment):
            parse_segment(wrong)


async def test_lines_are_stored_once_with_the_purchase(app: App, shop: Shop) -> None:
    customer = await shop.customer(marketing_consent=True)
    for _ in range(2):  # a retry of the same receipt stores nothing more
        await app.loyalty.purchases.record(
            customer, "550.50", idempotency_key="r-1", lines=[PASTRY, COFFEE]
        )
    async with app.db.read() as session:
        rows = (
            await session.execute(
                select(
                    PurchaseLine.category, PurchaseLine.amount_minor, PurchaseLine.quantity
                ).order_by(PurchaseLine.id)
            )
        ).all()
    assert [tuple(r) for r in rows] == [("pastry", 30000, 1), ("hot-drinks", 25050, 2)]  # in cents


async def test_a_bad_line_refuses_the_whole_purchase(app: App, shop: Shop) -> None:
    customer = await shop.customer()
    bad = [PASTRY, LineItem("cakes!", Decimal("5"))]
    with pytest.raises(InvalidPurchaseLine) as refused:
        await app.loyalty.purchases.record(customer, "500", idempotency_key="r-2", lines=bad)
    assert refused.value.params == {"line": 2}
    for line in (LineItem("pastry", Decimal("-1")), LineItem("pastry", Decimal("1"), 0)):
        with pytest.raises(InvalidPurchaseLine):
            await app.loyalty.purchases.record(customer, "500", idempotency_key="r-3", lines=[line])
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(LedgerEntry.id))) == 0
        assert await session.scalar(select(func.count(PurchaseLine.id))) == 0


async def test_bought_a_category_within_days(app: App, shop: Shop, clock: ManualClock) -> None:
    old = await shop.customer("Old", marketing_consent=True)
    recent = await shop.customer("Recent", marketing_consent=True)
    coffee_only = await shop.customer("Coffee", marketing_consent=True)
    refunded = await shop.customer("Refunded", marketing_consent=True)
    no_offers = await shop.customer("Private", marketing_consent=False)
    purchases = app.loyalty.purchases
    await purchases.record(old, "300", idempotency_key="o", lines=[PASTRY])
    clock.advance(days=70)
    await purchases.record(recent, "300", idempotency_key="n", lines=[PASTRY])
    await purchases.record(coffee_only, "500", idempotency_key="c", lines=[COFFEE])
    await purchases.record(no_offers, "300", idempotency_key="p", lines=[PASTRY])
    staff = await shop.staff(StaffRole.STAFF, branch=None)
    await purchases.record(
        refunded, "300", idempotency_key="receipt:0:R-5", lines=[PASTRY], actor=staff
    )
    await app.loyalty.refunds.refund("R-5", actor=staff)
    segments = app.loyalty.segments
    assert await segments.members(parse_segment("bought:pastry")) == {recent}
    assert await segments.members(parse_segment("bought:pastry:90")) == {old, recent}
    assert await segments.members(parse_segment("bought:hot-drinks:7")) == {coffee_only}
    assert await segments.members(parse_segment("bought:bread")) == set()
    listed = [s.name for s in await segments.listed()]
    assert listed[-2:] == ["bought:hot-drinks:60", "bought:pastry:60"]
    sizes = {s.name: n for s, n in await segments.sizes(await segments.categories())}
    assert sizes == {"bought:hot-drinks:60": 1, "bought:pastry:60": 1}
