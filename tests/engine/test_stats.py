"""/stats on a known dataset, every figure computed by hand in the comments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.app import App, open_app
from bot.clock import ManualClock
from models import StaffRole
from tests.conftest import START, Shop
from tests.helpers.chat import Chat
from tests.helpers.programmes import make_program


async def _known_shop(app: App, shop: Shop, clock: ManualClock) -> None:
    """Now = START + 60 days; the 30-day period is (START+30d, START+60d]."""
    p = app.loyalty.purchases
    e = await shop.staff(StaffRole.STAFF, branch="cbd")  # staff are not members
    a = await shop.customer("A")  # joined at START: a member, not new
    clock.set(START + timedelta(days=1))
    await p.record(a, "1000", idempotency_key="a1")  # +100, previous period
    clock.set(START + timedelta(days=5))
    b = await shop.customer("B")
    clock.set(START + timedelta(days=10))
    await p.record(b, "500", idempotency_key="b1")  # +50, previous period
    clock.set(START + timedelta(days=35))
    c = await shop.customer("C")  # new
    clock.set(START + timedelta(days=36))
    await p.record(c, "2000", idempotency_key="c1")  # +200, this period
    issued = await app.loyalty.redemptions.redeem_points(c, "espresso")  # -150
    await app.loyalty.redemptions.confirm(issued.code, actor=e)
    clock.set(START + timedelta(days=40))
    await p.record(a, "1000", idempotency_key="a2", actor=e)  # +100 at cbd
    clock.set(START + timedelta(days=45))
    await p.record(a, "1000", idempotency_key="a3", actor=e)  # +100 at cbd
    clock.set(START + timedelta(days=50))
    d = await shop.customer("D")  # new, never buys
    clock.set(START + timedelta(days=55))
    await p.record(d, "1000", idempotency_key="d1", actor=e)
    await app.loyalty.undo.undo_last(e)  # an undone purchase counts nowhere
    clock.set(START + timedelta(days=60))


async def test_stats_on_a_known_shop(app: App, shop: Shop, clock: ManualClock) -> None:
    await _known_shop(app, shop, clock)
    s = await app.loyalty.stats.compute(30)
    assert (s.members, s.new_members, s.active_members) == (4, 2, 2)  # A..D; C, D; A, C
    assert s.retention_rate == 0.5  # active before: A, B; again now: A
    assert s.repeat_rate == 0.5  # A twice, C once
    assert (s.points_issued, s.points_redeemed) == (400, 150)  # 200 + 100 + 100 (+100 -100)
    assert s.redemption_rate == 150 / 400
    assert s.points_outstanding == 300 + 50 + 50 + 0
    assert s.popular_rewards == (("espresso", 1),)
    assert s.tiers == (("bronze", 4), ("silver", 0), ("gold", 0), ("platinum", 0))
    assert [(b.branch, b.purchases, b.points) for b in s.branches] == [("cbd", 2, 200)]
    assert len(s.daily) == 31  # both ends of the period, shop days
    assert s.daily[-1][1] == 4 and sum(active for _, _, active in s.daily) == 3
    # Members day by day: A and B joined before the period, C on its 6th day, D on its 21st.
    assert [members for _, members, _ in s.daily] == [2] * 5 + [3] * 15 + [4] * 11
    # Buyers day by day: C, then A twice; D's undone purchase counts on no day.
    assert [n for n, (_, _, active) in enumerate(s.daily) if active] == [6, 10, 15]
    # A year: 366 shop days, counted by the database the same way (a CASE tree 9 deep).
    year = (await app.loyalty.stats.compute(365)).daily
    assert len(year) == 366 and (year[0][1], year[-1][1]) == (0, 4)
    assert sum(active for _, _, active in year) == 5  # A on days 1, 40, 45; B; C


async def test_the_daily_chart_keeps_the_shops_own_days_across_a_clock_change(
    app: App, clock: ManualClock
) -> None:
    """The database places each row in its day by the shop's local midnights: in Athens,
    summer time began at 03:00 on 29 March 2026, so midnight was 22:00 UTC before and 21:00
    UTC after. Counted by UTC dates, both purchases would land a day early."""
    athens = make_program(shop={"timezone": "Europe/Athens"})
    async with open_app(app.settings, program=athens, clock=clock) as greek:
        clock.set(datetime(2026, 3, 28, 22, 30, tzinfo=UTC))  # 00:30 on the 29th in Athens
        nikos = await Shop(greek).customer("Nikos", language="el")
        await greek.loyalty.purchases.record(nikos, "1000", idempotency_key="n1")
        clock.set(datetime(2026, 3, 29, 21, 30, tzinfo=UTC))  # 00:30 on the 30th (UTC+3)
        await greek.loyalty.purchases.record(nikos, "1000", idempotency_key="n2")
        clock.set(datetime(2026, 3, 31, 12, 0, tzinfo=UTC))
        daily = (await greek.loyalty.stats.compute(7)).daily
    by_day = {day: (members, buyers) for day, members, buyers in daily}
    assert by_day[date(2026, 3, 28)] == (0, 0)
    assert by_day[date(2026, 3, 29)] == (1, 1)  # joined and bought
    assert by_day[date(2026, 3, 30)] == (1, 1)
    assert by_day[date(2026, 3, 31)] == (1, 0)


async def test_an_empty_shop_has_no_rates_rather_than_a_division_by_zero(app: App) -> None:
    s = await app.loyalty.stats.compute(7)
    assert (s.members, s.retention_rate, s.repeat_rate, s.redemption_rate) == (0, None, None, None)


async def test_the_stats_message_and_chart(app: App, shop: Shop, clock: ManualClock) -> None:
    await _known_shop(app, shop, clock)
    owner = Chat(app, "owner-1", display_name="Eleni")
    eleni = await owner.join("en", name="Eleni")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    await owner.say("/stats 30d")
    lines = owner.text.splitlines()
    assert lines[0] == "📊 The last 30 days (Apr 1, 2026 – May 1, 2026)"
    assert lines[1:7] == [
        "Members: 4 · new: 2 · active: 2",
        "Retention (active before and active again): 50%",
        "Repeat purchases (two or more): 50%",
        "Redemption rate: 38% (150 of 400 points)",
        "Points outstanding: 400",
        "Most popular rewards: Espresso (1)",
    ]
    assert "Branch cbd: 2 purchases, 200 points" in lines
    image = owner.last[0].image
    assert image is not None and image.startswith(b"\x89PNG")
    await owner.say("/stats forever")
    assert owner.text == app.translator("en", "stats-usage", max=3660)
