"""The programme in the database: versions, what a change does to customers, and the rule
that an owner's edit never takes away what was earned."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.loyalty.programme import Change, Consequence, differences
from bot.program import Program
from bot.settings import Settings
from models import AuditEntry, ProgramVersion, Reward, StampCard
from tests.conftest import Shop
from tests.helpers.programmes import example_data, make_program


def _edit(program: Program, **changes: object) -> Program:
    """The programme with values changed by dotted path ("stamps.slots")."""
    data = program.model_dump(mode="json", exclude_none=True)
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = data
        for part in parents:
            target = (
                next(x for x in target if x.get("key") == part)
                if isinstance(target, list)
                else target[part]
            )
        target[last] = value
    return Program.model_validate(data)


def _levels(program: Program, key: str, threshold: int) -> list[dict[str, object]]:
    levels = [t.model_dump(mode="json", exclude_none=True) for t in program.tiers.levels]
    for level in levels:
        if level["key"] == key:
            level["threshold"] = threshold
    return levels


async def test_a_new_database_takes_the_programme_file_as_version_one(
    database_url: str, tmp_path: Path
) -> None:
    async with open_app(Settings(database_url=database_url)) as app:
        assert (app.live.version, await app.loyalty.programme.latest()) == (1, 1)
        (first,) = await app.loyalty.programme.history()
        assert (first.source, first.program) == ("file", app.program)
        assert first.file_sha256 is not None
    # Started again, the database's version is the one in force, not the file read anew.
    async with open_app(Settings(database_url=database_url)) as again:
        assert again.live.version == 1
        assert await again.loyalty.programme.latest() == 1


async def test_a_saved_change_is_a_version_in_force_with_its_rows_and_audit(
    app: App, shop: Shop
) -> None:
    owner = await shop.staff()
    renamed = _edit(app.program, rewards__espresso__active=False, stamps__slots=8)
    version = await app.loyalty.programme.save(renamed, actor=owner, source="dashboard")
    assert (version.number, app.live.version) == (1, 1)
    assert app.program.stamps.slots == 8
    assert app.program.reward("espresso").active is False  # type: ignore[union-attr]
    async with app.db.read() as session:
        active = await session.scalar(select(Reward.active).where(Reward.key == "espresso"))
        entry = await session.scalar(
            select(AuditEntry).where(AuditEntry.action == "programme-saved")
        )
    assert active is False
    assert entry is not None and entry.staff_id == owner.staff_id
    assert set(entry.details["changes"]) == {"stamps.slots", "rewards[espresso].active"}

    restored = await app.loyalty.programme.restore(1, actor=owner)
    assert (restored.number, restored.source, restored.note) == (2, "restore", "version 1")
    assert app.program == renamed  # version 1 was the change itself
    assert len(await app.loyalty.programme.history()) == 2


async def test_another_process_takes_a_new_version_when_it_looks(
    app: App, database_url: str, program: Program, clock: ManualClock
) -> None:
    settings = Settings(database_url=database_url)
    async with open_app(settings, program=program, clock=clock) as other:
        assert await other.loyalty.programme.refresh() is False
        await app.loyalty.programme.save(
            _edit(app.program, stamps__slots=12), actor=None, source="dashboard"
        )
        assert other.program.stamps.slots == 10  # until it looks
        assert await other.loyalty.programme.refresh() is True
        assert (other.program.stamps.slots, other.live.version) == (12, 1)
        # Its engine reads the new version at once: new cards have 12 slots.
        amina = await other.loyalty.customers.register("test", "a", language="sw")
        await other.loyalty.stamps.add(amina.customer_id, 1, idempotency_key="s1")
        summary = await other.loyalty.summary.summary(amina.customer_id)
        assert summary.stamp_slots == 12


async def test_a_stricter_expiry_counts_from_the_day_of_the_change(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")  # 200 points on 2 March 2026
    clock.advance(days=100)
    stricter = _edit(app.program, expiry__after_days=90)
    plan = await app.loyalty.programme.plan(stricter)
    today = clock.now().date()
    assert plan.program.expiry.starts_on == today
    assert Consequence("programme-expiry-from", {"day": today.isoformat()}) in plan.consequences
    await app.loyalty.programme.save(stricter, actor=None, source="dashboard")
    # Under the old rule the points had 265 days left; now they go 90 days after the change,
    # not at once (100 days after they were earned).
    assert await app.loyalty.expiry.expire_due() == []
    upcoming = await app.loyalty.expiry.next_for(amina)
    assert upcoming is not None and upcoming.expires_on == today + timedelta(days=90)


async def test_a_raised_threshold_lets_customers_keep_their_tier_for_a_window(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "6000")  # 600 points: silver (500)
    assert (await app.loyalty.summary.summary(amina)).tier_key == "silver"
    raised = _edit(app.program, tiers__levels=_levels(app.program, "silver", 700))
    plan = await app.loyalty.programme.plan(raised)
    until = date(2027, 3, 2)  # one 365-day window after the change, shop time
    assert plan.holds == {amina: "silver"}
    assert (
        Consequence("programme-tier-kept", {"tier": "silver", "count": 1, "day": until.isoformat()})
        in plan.consequences
    )
    await app.loyalty.programme.save(raised, actor=None, source="dashboard")
    await app.loyalty.reminders.review_tiers()  # the daily review
    assert (await app.loyalty.summary.summary(amina)).tier_key == "silver"
    await shop.earn(amina, "100")  # a purchase re-evaluates the tier too
    assert (await app.loyalty.summary.summary(amina)).tier_key == "silver"
    # The hold runs out; meanwhile a newcomer with 600 points is bronze at once.
    baraka = await shop.customer("Baraka")
    await shop.earn(baraka, "6000")
    assert (await app.loyalty.summary.summary(baraka)).tier_key == "bronze"
    clock.set(datetime(2027, 3, 2, 0, 0, tzinfo=UTC))
    await app.loyalty.reminders.review_tiers()
    assert (await app.loyalty.summary.summary(amina)).tier_key == "bronze"


async def test_a_retired_reward_takes_no_code_back(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    barista = await shop.staff()
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    retired = _edit(app.program, rewards__espresso__active=False)
    plan = await app.loyalty.programme.plan(retired)
    assert plan.consequences == (
        Consequence("programme-reward-retired", {"reward": "espresso", "count": 1}),
    )
    await app.loyalty.programme.save(retired, actor=None, source="dashboard")
    confirmed = await app.loyalty.redemptions.confirm(issued.code, actor=barista)
    assert confirmed.reward_key == "espresso"


async def test_a_smaller_card_changes_new_cards_only(app: App, shop: Shop) -> None:
    amina = await shop.customer()
    await app.loyalty.stamps.add(amina, 3, idempotency_key="three")
    smaller = _edit(app.program, stamps__slots=6)
    plan = await app.loyalty.programme.plan(smaller)
    assert plan.consequences == (
        Consequence("programme-card-size", {"count": 1, "before": 10, "after": 6}),
    )
    await app.loyalty.programme.save(smaller, actor=None, source="dashboard")
    summary = await app.loyalty.summary.summary(amina)
    assert (summary.stamps, summary.stamp_slots) == (3, 10)
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(StampCard.id))) == 1


def test_differences_match_rewards_and_tiers_by_key_and_numbers_by_value() -> None:
    before = make_program()
    data = example_data()
    data["rewards"] = [*reversed(data["rewards"])]  # the same rewards, another order
    data["earn"]["points_per_unit"] = "0.10"  # the same number, written otherwise
    data["rewards"][0]["cost"] = 950
    after = Program.model_validate(data)
    assert differences(before, after) == (Change("rewards[breakfast].cost", 900, 950),)


@pytest.mark.parametrize("source", ["", "chat"])
async def test_an_unknown_source_is_refused(app: App, source: str) -> None:
    with pytest.raises(ValueError, match="unknown programme source"):
        await app.loyalty.programme.save(app.program, actor=None, source=source)
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(ProgramVersion.id))) == 0
