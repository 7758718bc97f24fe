"""Happy hours: recurring promotions in the shop's time zone, the best one only, a limit per
customer per period that two tills cannot both pass, bonus stamps outside the staff's cap."""

from __future__ import annotations

import asyncio
import re
import tomllib
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import InvalidOffer
from bot.loyalty.offers import OfferDraft
from bot.program import Program, ProgramError, parse_program
from bot.settings import EXAMPLE_PROGRAM
from models import Delivery, OfferBonus, PromotionUse, StaffRole
from tests.conftest import Shop
from tests.helpers.programmes import example_data, make_program

NAMES = {"en": "Tuesday double points", "sw": "Jumanne ya pointi mara mbili",
         "el": "Διπλοί πόντοι της Τρίτης", "am": "የማክሰኞ እጥፍ ነጥብ"}  # fmt: skip


def happy(key: str, **fields: Any) -> dict[str, Any]:
    return {"key": key, "name": NAMES, "days": ["tue"], "start": "16:00", "end": "18:00"} | fields


@pytest.fixture
def program() -> Program:
    return make_program(
        happy_hours=[
            happy("tuesday", multiplier=2),
            happy("early-tuesday", multiplier=Decimal("1.5"), start="15:00", end="17:00"),
            # Mondays of the long rains (March to May): a stamp given brings one more.
            happy(
                "rainy-monday",
                days=["mon"],
                start="08:00",
                end="20:00",
                months=[3, 4, 5],
                bonus_stamps=1,
            ),
            # Friday late, over midnight: once a night per customer.
            happy("late-friday", days=["fri"], start="22:00", end="02:00", multiplier=3, limit=1),
        ]
    )


def nairobi(day: int, hour: int, minute: int = 0) -> datetime:
    """March 2026 in Nairobi (UTC+3): the 3rd is a Tuesday, the 6th a Friday."""
    return datetime(2026, 3, day, hour, minute, tzinfo=ZoneInfo("Africa/Nairobi")).astimezone(UTC)


async def test_double_points_run_on_tuesday_afternoons_in_the_shops_time_zone(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    plain = app.loyalty.purchases.points_for(Decimal(1000), None)
    for moment, points, promotion in [
        (nairobi(3, 16, 30), 2 * plain, "tuesday"),  # 13:30 UTC: 16:30 in Nairobi
        (nairobi(3, 15, 30), plain * 3 // 2, "early-tuesday"),  # only the 1.5x runs yet
        (nairobi(3, 18, 0), plain, None),  # the window ends at 18:00
        (nairobi(4, 16, 30), plain, None),  # a Wednesday
    ]:
        clock.set(moment)
        result = await app.loyalty.purchases.record(amina, "1000", idempotency_key=str(moment))
        assert result.points == points, moment
        assert (result.promotion.happy_hour if result.promotion else None) == promotion


async def test_only_the_best_promotion_applies_a_running_offer_included(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    plain = app.loyalty.purchases.points_for(Decimal(1000), None)
    clock.set(nairobi(3, 16, 30))  # 2x and 1.5x both run: 2x, not 3x
    first = await app.loyalty.purchases.record(amina, "1000", idempotency_key="a")
    assert first.points == 2 * plain
    offer = OfferDraft({"en": "Triple week"}, bonus=OfferBonus.MULTIPLIER, bonus_value=3)
    await app.loyalty.offers.create(offer, actor=owner)
    second = await app.loyalty.purchases.record(amina, "1000", idempotency_key="b")
    assert second.points == 3 * plain
    assert second.promotion is not None and second.promotion.happy_hour is None
    assert second.promotion.offer_title == "Triple week"
    async with app.db.read() as session:  # an offer's use is not a happy hour's
        assert await session.scalar(select(func.count(PromotionUse.id))) == 1


async def test_an_offer_multiplies_by_three_at_most_as_a_happy_hour_does(
    app: App, shop: Shop
) -> None:
    """The earn guard (the most one purchase can earn) counts on x3 for any promotion."""
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    for times in (1, 4, 5):
        draft = OfferDraft({"en": "Big"}, bonus=OfferBonus.MULTIPLIER, bonus_value=times)
        with pytest.raises(InvalidOffer):
            await app.loyalty.offers.create(draft, actor=owner)
    assert await app.loyalty.offers.open_offers() == []


async def test_a_limit_per_night_counts_on_the_day_the_window_started_and_undo_gives_it_back(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina, baraka = await shop.customer("Amina"), await shop.customer("Baraka")
    staff = await shop.staff()
    plain = app.loyalty.purchases.points_for(Decimal(100), None)
    clock.set(nairobi(6, 23, 0))  # Friday 23:00
    assert await shop.earn(amina, "100", actor=staff) == 3 * plain
    clock.set(nairobi(6, 23, 5))
    # That purchase was a mistake: taking it back frees the night's use.
    await app.loyalty.undo.undo_last(staff)
    clock.set(nairobi(7, 1, 0))  # Saturday 01:00: still Friday night's window
    assert await shop.earn(amina, "100") == 3 * plain
    assert await shop.earn(amina, "100") == plain  # used for the night
    assert await shop.earn(baraka, "100") == 3 * plain  # a limit per customer
    clock.set(nairobi(7, 23, 0))  # Saturday night: no happy hour
    assert await shop.earn(amina, "100") == plain
    clock.set(nairobi(13, 22, 30))  # the next Friday: a new night
    assert await shop.earn(amina, "100") == 3 * plain


async def test_two_tills_racing_for_the_last_use_give_it_once(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    clock.set(nairobi(6, 22, 15))
    results = await asyncio.gather(
        *(
            app.loyalty.purchases.record(amina, "1000", idempotency_key=f"till-{n}")
            for n in range(8)
        )
    )
    assert [r.promotion is not None for r in results].count(True) == 1
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(PromotionUse.id))) == 1


async def test_bonus_stamps_come_on_rainy_mondays_only_and_are_not_counted_in_the_staff_cap(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    staff = await shop.staff()
    cap = app.program.limits.stamps_per_customer_per_day
    clock.set(nairobi(2, 12, 0))  # Monday 2 March: the rains
    first = await app.loyalty.stamps.add(amina, cap, actor=staff)
    assert (first.added, first.bonus, first.stamps) == (cap, 1, cap + 1)
    assert first.promotion is not None and first.promotion.happy_hour == "rainy-monday"
    async with app.db.read() as session:
        told = await session.scalar(
            select(Delivery.args).where(Delivery.message == "notice-stamps-happy-hour")
        )
    assert told is not None and told["bonus"] == 1 and told["happy_hour"] == "rainy-monday"
    clock.set(nairobi(6, 12, 0))
    plain = await app.loyalty.stamps.add(amina, 1, actor=staff)  # a Friday: no bonus
    assert (plain.bonus, plain.stamps) == (0, cap + 2)
    clock.set(datetime(2026, 7, 6, 9, 0, tzinfo=UTC))  # a Monday in the dry season
    dry = await app.loyalty.stamps.add(amina, 1, actor=staff)
    assert dry.bonus == 0 and dry.promotion is None


async def test_the_owner_sees_what_each_happy_hour_gave(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina, baraka = await shop.customer("Amina"), await shop.customer("Baraka")
    plain = app.loyalty.purchases.points_for(Decimal(1000), None)
    clock.set(nairobi(3, 16, 30))
    await shop.earn(amina, "1000")
    await shop.earn(amina, "1000")
    await shop.earn(baraka, "1000")
    usage = await app.loyalty.promotions.usage(days=30)
    assert set(usage) == {"tuesday"}
    assert (usage["tuesday"].uses, usage["tuesday"].customers) == (3, 2)
    assert usage["tuesday"].bonus_points == 3 * plain


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"multiplier": 1}, "multiplier above 1 or bonus stamps"),
        ({"multiplier": 2, "end": "16:00"}, "end at another time"),
        ({"multiplier": 2, "months": [13]}, "numbered 1 to 12"),
        ({"multiplier": 4}, "less than or equal to 3"),
        ({"multiplier": 2, "days": []}, "at least 1 item"),
        ({"multiplier": 2, "days": ["tuesday"]}, "'mon', 'tue'"),
    ],
)
def test_a_happy_hour_that_gives_nothing_never_ends_or_is_misspelt_is_refused(
    fields: dict[str, Any], words: str
) -> None:
    with pytest.raises(ProgramError, match=words):
        make_program(happy_hours=[happy("x", **fields)])


def test_two_happy_hours_with_one_key_are_refused() -> None:
    with pytest.raises(ProgramError, match="happy hour key 'x' is used twice"):
        make_program(happy_hours=[happy("x", multiplier=2), happy("x", multiplier=3)])


def test_the_promotions_and_cards_shown_in_the_example_programme_are_valid() -> None:
    """The example file shows two happy hours, a bundle, a membership, a ladder and a second
    card commented out: taken in, they must load."""
    text = EXAMPLE_PROGRAM.read_text("utf-8")
    shown = text[text.index("# [[happy_hours]]") : text.index("# WhatsApp allows")]
    block = "\n".join(
        line.removeprefix("#").removeprefix(" ")
        for line in shown.splitlines()
        if re.match(r"# (\[|[a-z_]+ = )", line)  # the settings, not the words about them
    )
    shown_data = tomllib.loads(block)
    data = example_data() | shown_data
    data["stamps"] = example_data()["stamps"] | shown_data["stamps"]  # the ladder's steps
    program = parse_program(data, "example with happy hours")
    tuesday, rains = program.happy_hours
    assert (tuesday.days, tuesday.multiplier, tuesday.limit) == (["tue"], 2, 1)
    assert (rains.months, rains.bonus_stamps) == ([3, 4, 5], 1)
    (haircuts,) = program.bundles
    assert (haircuts.uses, haircuts.valid_days, haircuts.price) == (10, 180, 4000)
    (gold,) = program.memberships
    assert (gold.months, gold.tier, gold.discount_percent) == (1, "gold", 5)
    assert program.stamps.step_slots == (3, 6)
    (lunch,) = program.cards
    assert (lunch.key, lunch.slots, lunch.active) == ("lunch", 8, True)
