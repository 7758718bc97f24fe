"""Codes are short so people can type them; guessing them is slowed down, per person and
kind of code, and owners hear when a staff member looks like guessing."""

from __future__ import annotations

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.attempts import LIMIT, WINDOW
from models import StaffRole
from tests.conftest import Shop
from tests.helpers.chat import Chat
from tests.helpers.outbox import drain_outbox, texts


async def _till(app: App) -> tuple[Chat, Chat, int, int]:
    """Two baristas (English) and an owner (Greek), all joined."""
    brian = Chat(app, "200", display_name="Brian")
    brian_id = await brian.join("en", name="Brian")
    await app.loyalty.staff.appoint(brian_id, StaffRole.STAFF, by=None)
    carol = Chat(app, "201", display_name="Carol")
    await app.loyalty.staff.appoint(await carol.join("en", name="Carol"), StaffRole.STAFF, by=None)
    eleni = await Chat(app, "300").join("el", name="Eleni")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    return brian, carol, brian_id, eleni


async def test_a_staff_member_who_types_many_wrong_codes_waits_and_owners_are_told(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    brian, carol, _, eleni = await _till(app)
    amina = await shop.customer()
    await shop.earn(amina, "2000")
    code = (await app.loyalty.redemptions.redeem_points(amina, "espresso")).code
    await drain_outbox(app)
    for n in range(LIMIT):
        await brian.say(f"/redeem ZZZZ{n:02d}")
        assert brian.text.startswith(
            app.translator("en", "error-redemption-not-found", code=f"ZZZZ{n:02d}")
        )
    await brian.say(f"/redeem {code}")  # the right code too, while the pause lasts
    assert brian.text.startswith(app.translator("en", "error-too-many-attempts", minutes=15))
    await carol.say(f"/redeem {code}")  # another person is not slowed down
    assert carol.text.startswith("✅")
    notes = texts(await drain_outbox(app))[eleni]
    assert notes == [
        "⚠️ Ο/Η Brian έγραψε 10 λανθασμένους κωδικούς ανταμοιβών μέσα σε 15 λεπτά. "
        "Οι επόμενες προσπάθειές του/της θα περιμένουν λίγο. Αν κανείς στο ταμείο δεν έκανε "
        "λάθος πληκτρολόγησης, ίσως κάποιος μαντεύει κωδικούς."
    ]
    clock.advance(minutes=10)
    await brian.say("/redeem ZZZZ99")
    assert brian.text.startswith(app.translator("en", "error-too-many-attempts", minutes=5))
    assert await drain_outbox(app) == {}  # told once per pause, not per try
    clock.advance(seconds=WINDOW.total_seconds() - 10 * 60 + 1)
    await brian.say("/redeem ZZZZ98")  # the window moved on: a wrong code is just wrong again
    assert brian.text.startswith(app.translator("en", "error-redemption-not-found", code="ZZZZ98"))


async def test_guessing_offer_codes_is_counted_apart_from_reward_codes(
    app: App, shop: Shop
) -> None:
    brian, _, _, _ = await _till(app)
    amina = await shop.customer()
    member = (await app.loyalty.customers.get(amina)).member_code
    for n in range(LIMIT):
        await brian.say(f"/claim {member} NOPE{n:02d}")
    await brian.say(f"/claim {member} NOPE99")
    assert brian.text.startswith(app.translator("en", "error-too-many-attempts", minutes=15))
    await brian.say("/redeem AAAAAA")  # reward codes are another kind: still answered
    assert brian.text.startswith(app.translator("en", "error-redemption-not-found", code="AAAAAA"))


async def test_a_chat_guessing_link_codes_is_paused_and_others_are_not(
    app: App, clock: ManualClock
) -> None:
    telegram = Chat(app, "501", channel="telegram")
    await telegram.join("en", name="Amina")
    await telegram.say("/link")
    code = telegram.text.split("is ", 1)[1].split(" ", 1)[0]
    guesser = Chat(app, "254700000666", channel="whatsapp")
    for n in range(LIMIT):
        await guesser.say(f"/link WRONG{n:03d}")
        assert guesser.text == app.translator("sw", "error-link-code-invalid")  # not joined
    await guesser.say(f"/link {code}")
    assert guesser.text == app.translator("sw", "error-too-many-attempts", minutes=15)
    assert await app.loyalty.customers.find_by_identity("whatsapp", "254700000666") is None
    honest = Chat(app, "254700000001", channel="whatsapp")
    await honest.say(f"/link {code}")
    assert "Amina" in honest.text
    clock.advance(minutes=16)
    chores = await app.housekeeping().run_once(prune=True)
    assert chores.attempts_forgotten == LIMIT


async def test_fewer_wrong_codes_than_the_limit_change_nothing(app: App) -> None:
    brian, _, _, eleni = await _till(app)
    for n in range(LIMIT - 1):
        await brian.say(f"/redeem QQQQ{n:02d}")
        assert brian.text.startswith(
            app.translator("en", "error-redemption-not-found", code=f"QQQQ{n:02d}")
        )
    assert eleni not in await drain_outbox(app)
