"""Paid memberships: earning at the membership's tier while it runs (never lower than one's
own), an early renewal that loses no day, a clean end that takes nothing back, and the
member told before and after the end, once each."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty import Actor
from bot.loyalty.errors import IdempotencyConflict, UnknownMembership
from bot.loyalty.memberships import add_months, on_sale
from bot.program import Program, ProgramError
from models import Delivery, StaffRole
from tests.conftest import Shop
from tests.helpers.programmes import make_program

GOLD = {"en": "Gold club, one month", "sw": "Klabu ya dhahabu, mwezi mmoja",
        "el": "Χρυσή λέσχη, ένας μήνας", "am": "የወርቅ ክለብ፣ አንድ ወር"}  # fmt: skip


def _memberships(**gold: object) -> list[dict[str, object]]:
    return [
        {"key": "gold-month", "name": GOLD, "months": 1, "tier": "gold", "price": 500} | gold,
        {"key": "silver-year", "name": GOLD | {"en": "Silver year"}, "months": 12,
         "tier": "silver", "discount_percent": 10},
    ]  # fmt: skip


@pytest.fixture
def program() -> Program:
    return make_program(memberships=_memberships())


@pytest.fixture
async def staff(shop: Shop) -> Actor:
    return await shop.staff(StaffRole.STAFF)


async def _notices(app: App, customer: int) -> list[str]:
    async with app.db.read() as session:
        rows = await session.scalars(
            select(Delivery.message)
            .where(Delivery.customer_id == customer, Delivery.message.like("notice-membership%"))
            .order_by(Delivery.id)
        )
        return [m or "" for m in rows]


async def test_a_member_earns_at_the_gold_tier_while_it_runs_and_as_before_after(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina = await shop.customer()
    plain = app.loyalty.purchases.points_for(Decimal(1000), "bronze")
    gold = app.loyalty.purchases.points_for(Decimal(1000), "gold")
    assert gold > plain
    await app.loyalty.memberships.sell(
        amina, on_sale(app.program, "1"), actor=staff, idempotency_key="s"
    )
    during = await app.loyalty.purchases.record(amina, "1000", idempotency_key="a")
    assert (during.points, during.membership, during.tier_key) == (gold, "gold-month", "bronze")
    clock.advance(days=32)  # 2 March + one month: it ended on 2 April
    after = await app.loyalty.purchases.record(amina, "1000", idempotency_key="b")
    assert (after.points, after.membership) == (plain, None)
    assert after.balance == gold + plain  # the end took nothing back


async def test_a_membership_never_lowers_a_customers_own_tier(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "20000")  # 2 000 points: gold on her own
    silver = on_sale(app.program, "silver-year")
    await app.loyalty.memberships.sell(amina, silver, actor=staff, idempotency_key="s")
    result = await app.loyalty.purchases.record(amina, "1000", idempotency_key="a")
    assert result.tier_key == "gold" and result.membership == "silver-year"
    assert result.points == app.loyalty.purchases.points_for(Decimal(1000), "gold")


async def test_renewing_early_starts_at_the_end_and_a_retried_sale_sells_once(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina, baraka = await shop.customer("Amina"), await shop.customer("Baraka")
    gold = on_sale(app.program, "gold-month")
    first, _ = await app.loyalty.memberships.sell(amina, gold, actor=staff, idempotency_key="1")
    clock.advance(days=20)
    second, again = await app.loyalty.memberships.sell(
        amina, gold, actor=staff, idempotency_key="2"
    )
    assert not again and second.starts_at == first.ends_at  # no day lost
    assert second.ends_at == add_months(first.ends_at.astimezone(app.program.shop.tz), 1)
    repeat, again = await app.loyalty.memberships.sell(
        amina, gold, actor=staff, idempotency_key="2"
    )
    assert again and repeat.id == second.id
    with pytest.raises(IdempotencyConflict):
        await app.loyalty.memberships.sell(baraka, gold, actor=staff, idempotency_key="2")
    assert len(await app.loyalty.memberships.current(amina)) == 2


def test_a_month_later_keeps_the_local_time_and_the_31st_becomes_the_months_last_day() -> None:
    assert add_months(datetime(2026, 1, 31, 18, 0, tzinfo=UTC), 1) == datetime(
        2026, 2, 28, 18, 0, tzinfo=UTC
    )
    assert add_months(datetime(2026, 11, 15, tzinfo=UTC), 12) == datetime(2027, 11, 15, tzinfo=UTC)
    assert add_months(datetime(2027, 12, 31, tzinfo=UTC), 2) == datetime(2028, 2, 29, tzinfo=UTC)


async def test_the_member_is_told_before_the_end_and_once_it_ended_unless_renewed(
    app: App, shop: Shop, staff: Actor, clock: ManualClock
) -> None:
    amina, baraka = await shop.customer("Amina"), await shop.customer("Baraka")
    gold = on_sale(app.program, "gold-month")
    await app.loyalty.memberships.sell(amina, gold, actor=staff, idempotency_key="a")
    await app.loyalty.memberships.sell(baraka, gold, actor=staff, idempotency_key="b")
    clock.advance(days=25)  # 6 days to go: not yet (5 by default)
    assert await app.loyalty.memberships.remind() == 0
    await app.loyalty.memberships.sell(baraka, gold, actor=staff, idempotency_key="b2")
    clock.advance(days=2)
    assert await app.loyalty.memberships.remind() == 1  # Amina; Baraka renewed
    assert await app.loyalty.memberships.remind() == 0
    clock.advance(days=4)  # past the end
    assert await app.loyalty.memberships.remind() == 1
    clock.advance(days=1)
    assert await app.loyalty.memberships.remind() == 0
    assert await _notices(app, amina) == [
        "notice-membership-sold",
        "notice-membership-ending",
        "notice-membership-ended",
    ]
    assert await _notices(app, baraka) == ["notice-membership-sold"] * 2


@pytest.mark.parametrize(
    ("gold", "words"),
    [
        ({"tier": "diamond"}, "names no tier 'diamond'"),
        ({"tier": None}, "gives nothing: name a tier or a discount"),
        ({"months": 0}, "greater than or equal to 1"),
    ],
)
def test_a_membership_naming_no_tier_or_giving_nothing_is_refused(
    gold: dict[str, object], words: str
) -> None:
    with pytest.raises(ProgramError, match=words):
        make_program(memberships=_memberships(**gold))


def test_staff_name_a_membership_by_number_or_name(program: Program) -> None:
    assert on_sale(program, "2").key == "silver-year"
    assert on_sale(program, "χρυσή λέσχη, ένας μήνας").key == "gold-month"
    with pytest.raises(UnknownMembership):
        on_sale(program, "3")


async def test_a_new_programme_that_drops_a_running_membership_keeps_its_tier_until_the_end(
    app: App, shop: Shop, staff: Actor
) -> None:
    amina = await shop.customer()
    await app.loyalty.memberships.sell(
        amina, on_sale(app.program, "gold-month"), actor=staff, idempotency_key="s"
    )
    await app.loyalty.programme.save(
        app.program.model_copy(update={"memberships": []}), actor=staff, source="dashboard"
    )
    kept = app.program.membership("gold-month")
    assert kept is not None and not kept.active and app.program.membership("silver-year") is None
    result = await app.loyalty.purchases.record(amina, "1000", idempotency_key="a")
    assert result.points == app.loyalty.purchases.points_for(Decimal(1000), "gold")
