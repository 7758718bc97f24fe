"""One account on Telegram and WhatsApp: a code shown in one app, sent in the other."""

from __future__ import annotations

from bot.app import App
from bot.clock import ManualClock
from tests.conftest import Shop
from tests.helpers.chat import Chat
from tests.helpers.databases import balance


async def test_a_code_from_telegram_links_a_new_whatsapp_chat_to_the_same_account(
    app: App, shop: Shop
) -> None:
    telegram = Chat(app, "501", channel="telegram")
    amina = await telegram.join("sw", name="Amina")
    await shop.earn(amina, "1000")
    await telegram.say("/link")
    code = telegram.text.split("ni ", 1)[1].split(" ", 1)[0]
    assert telegram.text.startswith(f"🔗 Msimbo wako wa kuunganisha ni {code} (unafanya kazi kwa")

    whatsapp = Chat(app, "254700000001", channel="whatsapp")
    await whatsapp.say(f"unganisha {code.lower()}")  # the word in Swahili, the code any case
    assert whatsapp.text.startswith("🔗 Zimeunganishwa! Karibu tena, Amina")
    await whatsapp.say("salio")
    assert whatsapp.text.startswith("Una pointi 100.")
    assert await app.loyalty.customers.identities(amina) == [
        ("telegram", "501"),
        ("whatsapp", "254700000001"),
    ]
    # Used once: a second chat cannot reuse it.
    other = Chat(app, "254700000002", channel="whatsapp")
    await other.say(f"/link {code}")
    assert other.text == app.translator("sw", "error-link-code-invalid")
    assert await balance(app, amina) == 100


async def test_an_expired_or_wrong_code_and_a_joined_chat_are_refused(
    app: App, clock: ManualClock
) -> None:
    telegram = Chat(app, "501", channel="telegram")
    amina = await telegram.join("en", name="Amina")
    await telegram.say("/link")
    code = telegram.text.split("is ", 1)[1].split(" ", 1)[0]
    joined = Chat(app, "254700000003", channel="whatsapp")
    await joined.join("en", name="Joe")
    await joined.say(f"link {code}")
    assert joined.text.startswith(app.translator("en", "error-link-not-possible"))
    clock.advance(minutes=11)
    fresh = Chat(app, "254700000004", channel="whatsapp", language_hint="en")
    await fresh.say(f"link {code}")
    assert fresh.text == app.translator("en", "error-link-code-invalid")
    await fresh.say("/link NOPE22")
    assert fresh.text == app.translator("en", "error-link-code-invalid")
    await fresh.say("/link")
    assert fresh.text == app.translator("en", "link-how", minutes=10)
    assert await app.loyalty.customers.identities(amina) == [("telegram", "501")]
