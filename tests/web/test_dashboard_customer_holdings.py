"""The dashboard's customer page shows what the customer paid for in money, as the chat's
/balance and the QR panel do: the bundles with their uses left, the memberships with their
end and what they give, in the reader's language."""

from __future__ import annotations

import html

import pytest

from bot.app import App
from bot.loyalty.bundles import on_sale as bundle_on_sale
from bot.loyalty.memberships import on_sale as membership_on_sale
from bot.program import Program
from tests.helpers.chat import Chat
from tests.helpers.programmes import HAIRCUTS, make_program
from tests.web.conftest import Browser, owner_actor

GOLD = {"en": "Gold club", "sw": "Klabu ya dhahabu", "el": "Χρυσή λέσχη", "am": "የወርቅ ክለብ"}


@pytest.fixture
def program() -> Program:
    return make_program(
        bundles=[{"key": "haircuts", "name": HAIRCUTS, "uses": 3, "valid_days": 30}],
        memberships=[{"key": "gold", "name": GOLD, "months": 1, "tier": "gold"}],
    )


async def test_the_customer_page_shows_bundles_and_memberships(
    app: App, owner_browser: Browser
) -> None:
    amina = await Chat(app, "901", channel="telegram").join("sw")
    staff = await owner_actor(app)
    await app.loyalty.bundles.sell(
        amina, bundle_on_sale(app.program, "1"), actor=staff, idempotency_key="b1"
    )
    await app.loyalty.bundles.use(amina, None, actor=staff, idempotency_key="u1")
    await app.loyalty.memberships.sell(
        amina, membership_on_sale(app.program, "1"), actor=staff, idempotency_key="m1"
    )
    page = html.unescape(await owner_browser.open(f"/dashboard/customers/{amina}"))
    assert "<h2>Bundles and memberships</h2>" in page
    assert "🎟️ 3 haircuts: 2 of 3 left, until " in page
    assert "⭐ Gold club: until " in page
    other = await Chat(app, "902", channel="telegram").join("sw")
    page = await owner_browser.open(f"/dashboard/customers/{other}")
    assert "Bundles and memberships" not in page  # none held: no empty heading
