"""Segments on a shop built so that every membership can be worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import UnknownSegment
from bot.loyalty.segments import parse_segment
from bot.program import Program
from models import StaffRole
from tests.conftest import START, Shop
from tests.helpers.chat import Chat
from tests.helpers.programmes import make_program


@pytest.fixture
def program() -> Program:
    return make_program(stamps={"slots": 2}, limits={"stamp_cooldown_minutes": 0})


async def _shop(app: App, shop: Shop, clock: ManualClock) -> dict[str, int]:
    """Five buyers P1..P5 in known RFM quintiles, and people who must never be targeted.

    P_i buys `freq` times, last around day 10*i; spend per purchase as listed:
        P1: 1 x 100 (R1 F1 M1, lost)         P2: 4 x 1000 (R2 F3 M4, at-risk, near Silver)
        P3: 2 x 100 (R3 F2 M2, none)         P4: 5 x 100 (R4 F4 M3, loyal)
        P5: 6 x 1000 (R5 F5 M5, champion, Silver, bought at cbd, full card)
    """
    cbd = await shop.staff(StaffRole.STAFF, branch="cbd")
    ids: dict[str, int] = {}
    plan = {
        "P1": (1, "100"),
        "P2": (4, "1000"),
        "P3": (2, "100"),
        "P4": (5, "100"),
        "P5": (6, "1000"),
    }
    for name in plan:
        ids[name] = await shop.customer(
            name, language="el" if name == "P1" else "sw", marketing_consent=True
        )
    for i, (name, (freq, amount)) in enumerate(plan.items(), start=1):
        for k in range(freq):
            clock.set(START + timedelta(days=10 * i, hours=k))
            actor = cbd if name == "P5" else None
            await app.loyalty.purchases.record(
                ids[name], amount, idempotency_key=f"{name}-{k}", actor=actor
            )
    clock.set(START + timedelta(days=51))
    await app.loyalty.stamps.add(ids["P5"], 2)  # a full two-slot card
    clock.set(START + timedelta(days=55))
    ids["N2"] = await shop.customer("N2", marketing_consent=False)
    ids["N3"] = await shop.customer("N3", marketing_consent=True)
    ids["N4"] = await shop.customer("N4", marketing_consent=True)
    await app.loyalty.customers.set_blocked(ids["N3"], True)
    await app.loyalty.customers.erase(ids["N4"])
    clock.set(START + timedelta(days=59))
    ids["N1"] = await shop.customer("N1", marketing_consent=True)
    await app.loyalty.customers.set_birthday(ids["N1"], date(1990, 5, 3))  # now is 30 April
    clock.set(START + timedelta(days=60))
    return ids


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("all", {"P1", "P2", "P3", "P4", "P5", "N1"}),
        ("champions", {"P5"}),
        ("loyal", {"P4"}),
        ("at-risk", {"P2"}),
        ("lost", {"P1"}),
        ("tier:silver", {"P5"}),
        ("tier:bronze", {"P1", "P2", "P3", "P4", "N1"}),
        ("lang:el", {"P1"}),
        ("branch:cbd", {"P5"}),
        ("new", {"N1"}),
        ("active", {"P3", "P4", "P5"}),
        ("active:15", {"P5"}),
        ("inactive:45", {"P1"}),
        ("birthday", {"N1"}),
        ("near-tier", {"P2"}),
        ("full-card", {"P5"}),
    ],
)
async def test_segment_membership(
    app: App, shop: Shop, clock: ManualClock, segment: str, expected: set[str]
) -> None:
    ids = await _shop(app, shop, clock)
    names = {v: k for k, v in ids.items()}
    members = await app.loyalty.segments.members(parse_segment(segment))
    assert {names.get(m, f"staff {m}") for m in members} == expected


async def test_buyers_who_may_not_be_sent_offers_are_in_no_segment(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    no_consent = await shop.customer("X", marketing_consent=False)
    blocked = await shop.customer("Y", marketing_consent=True)
    erased = await shop.customer("Z", marketing_consent=True)
    for n, who in enumerate((no_consent, blocked, erased)):
        for k in range(6):  # big, frequent, recent buyers: champions, were they marketable
            clock.advance(hours=1)
            await app.loyalty.purchases.record(who, "5000", idempotency_key=f"{n}-{k}")
    await app.loyalty.customers.set_blocked(blocked, True)
    await app.loyalty.customers.erase(erased)
    for segment in app.loyalty.segments.all_segments():
        assert await app.loyalty.segments.members(segment) == set(), segment.name


async def test_no_consent_blocked_or_erased_customer_is_in_any_segment(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    ids = await _shop(app, shop, clock)
    never = {ids["N2"], ids["N3"], ids["N4"]}
    for segment in app.loyalty.segments.all_segments():
        assert not (await app.loyalty.segments.members(segment)) & never, segment.name


@pytest.mark.parametrize(
    "text",
    [
        "",
        "everyone",
        "new:0",
        "new:abc",
        "tier:",
        "champions:3",
        "lang:fr",
        "branch:moon",
        "Active:;DROP",
    ],
)
async def test_unknown_segments_are_refused(app: App, text: str) -> None:
    with pytest.raises(UnknownSegment):
        await app.loyalty.segments.members(parse_segment(text))


async def test_segments_command_lists_sizes_for_owners(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    await _shop(app, shop, clock)
    owner = Chat(app, "boss", display_name="Boss")
    boss = await owner.join("en", name="Boss")
    await app.loyalty.staff.appoint(boss, StaffRole.OWNER, by=None)
    await owner.say("/segments")
    lines = owner.text.splitlines()
    assert lines[0] == app.translator("en", "segments-title")
    # six from the shop, and the owner, who said yes to offers when joining
    assert "all: 7" in lines and "champions: 1" in lines and "tier:silver: 1" in lines
    customer = Chat(app, "cust")
    await customer.join("en", name="Cust")
    await customer.say("/segments")
    assert customer.text == app.translator("en", "fallback-hint")
