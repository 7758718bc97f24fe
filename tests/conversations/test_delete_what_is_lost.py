"""/delete names everything of value the customer would lose before they confirm: points,
stamps and full cards, reward codes not yet shown, and what they paid for (bundles)."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.context import Actor
from bot.program import Program
from models import StaffRole
from tests.conftest import Shop
from tests.helpers.chat import Chat
from tests.helpers.programmes import with_bundles


@pytest.fixture
def program() -> Program:
    return with_bundles()


@pytest.fixture
async def staff(shop: Shop) -> Actor:
    return await shop.staff(StaffRole.STAFF)


async def test_the_question_lists_what_would_be_lost(
    app: App, staff: Actor, clock: ManualClock
) -> None:
    chat = Chat(app)
    amina = await chat.join("en")
    await app.loyalty.purchases.record(amina, "3000", idempotency_key="r1", actor=staff)
    for _ in range(4):  # a full card of 10 and 2 on the next, at 3 a day
        await app.loyalty.stamps.add(amina, 3, actor=staff)
        clock.advance(days=1)
    await app.loyalty.redemptions.redeem_points(amina, "espresso")  # 150 of the 300 points
    (haircuts,) = [b for b in app.program.bundles if b.key == "haircuts"]
    await app.loyalty.bundles.sell(amina, haircuts, actor=staff, idempotency_key="s1")
    await chat.say("/delete")
    lines = chat.text.splitlines()
    assert lines[0] == app.translator("en", "delete-confirm")
    lost = lines[lines.index("You would lose what you hold with us:") + 1 : -2]
    assert lost[:4] == [
        "💳 150 points",
        "Stamp card: 2 of 10",
        "☕ A full stamp card, ready to exchange",
        "🎁 A reward code not yet shown at the counter",
    ]
    assert lost[4].startswith("🎟️ 3 haircuts: 3 of 3 left, until ")
    assert len(lost) == 5
    assert lines[-1] == "Delete everything?"
    assert chat.labels() == ["🗑️ Yes, delete everything", "No, keep my account"]


async def test_a_member_with_nothing_is_not_told_of_losses(app: App) -> None:
    chat = Chat(app)
    await chat.join("am")
    await chat.say("/delete")
    speak = app.translator
    assert chat.text == "\n\n".join([speak("am", "delete-confirm"), speak("am", "delete-question")])
    assert speak("am", "delete-you-would-lose") not in chat.text


async def test_the_only_owner_is_told_to_name_another_first(app: App) -> None:
    chat = Chat(app)
    eleni = await chat.join("el", name="Eleni")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    await chat.say("/delete")
    assert chat.text == app.translator("el", "error-last-owner")
    assert app.translator("el", "delete-yes") not in chat.labels()
    assert (await app.loyalty.customers.get(eleni)).name == "Eleni"
