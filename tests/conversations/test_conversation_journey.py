"""After joining: balance, card, rewards end to end, history, invite, settings, opt-out, delete."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import ManualClock
from models import Customer, Redemption, RedemptionStatus, StaffRole
from tests.helpers.chat import Chat


async def _member(app: App, language: str = "en", spend: str | None = None) -> tuple[Chat, int]:
    chat = Chat(app)
    customer_id = await chat.join(language)
    if spend:
        await app.loyalty.purchases.record(customer_id, spend, idempotency_key=f"till-{spend}")
    return chat, customer_id


async def test_balance_shows_points_tier_progress_and_stamps(app: App) -> None:
    chat, amina = await _member(app, spend="3000")
    await app.loyalty.stamps.add(amina, 2)
    await chat.say("/balance")
    assert chat.text.splitlines() == [
        "You have 300 points.",
        "Tier: Bronze",
        "200 more points to reach Silver.",
        "▓▓▓▓▓▓░░░░ 60%",
        "Stamp card: 2 of 10",
        "300 points expire on Mar 2, 2027: use them before then.",
    ]


async def test_balance_in_greek_uses_greek_numbers_and_tier_names(app: App) -> None:
    chat, _ = await _member(app, "el", spend="20000")
    await chat.say("/balance")
    assert "Έχετε 2.000 πόντους." in chat.text
    assert "Επίπεδο: Χρυσό" in chat.text


async def test_card_shows_slots_and_the_full_card_reward(app: App, clock: ManualClock) -> None:
    chat, amina = await _member(app, "sw")
    for _ in range(4):
        await app.loyalty.stamps.add(amina, 3)
        clock.advance(days=1)
    await chat.say("/card")
    assert "●●○○○○○○○○" in chat.text
    assert "Zawadi ya kadi iliyojaa: Kahawa ya bure utakayochagua." in chat.text
    assert chat.button("Badilisha kadi")


async def test_redeeming_a_reward_end_to_end(app: App) -> None:
    chat, _ = await _member(app, spend="2000")  # 200 points
    await chat.say("/rewards")
    assert "✅ Espresso: 150 points" in chat.text
    assert "▫️ Cappuccino: 250 points (50 to go)" in chat.text
    assert chat.labels() == ["Espresso · 150 pts", "⬅️ Menu"]  # only what can be afforded
    await chat.press("Espresso")
    assert chat.text == "Redeem Espresso for 150 points?"
    await chat.press("Yes, redeem")
    async with app.db.read() as s:
        redemption = await s.scalar(select(Redemption))
    assert redemption is not None and redemption.status is RedemptionStatus.PENDING
    assert f"Show this code at the counter: {redemption.code}" in chat.text
    assert "valid for 15 minutes, until 12:15\u202fPM" in chat.text  # Babel: narrow no-break space
    assert "Points left: 50" in chat.text
    barista = await app.loyalty.staff.appoint(
        (await app.loyalty.customers.register("test", "staff", language="en")).customer_id,
        StaffRole.STAFF,
        by=None,
    )
    await app.loyalty.redemptions.confirm(redemption.code, actor=barista)
    await chat.press_data(chat.button("Menu").data)
    await chat.say("/history")
    assert "−150 (reward)" in chat.text and "+200 (purchase)" in chat.text


async def test_history_pages_back_through_every_movement_and_forward_again(
    app: App, clock: ManualClock
) -> None:
    """A customer checking an old purchase is not stuck with the newest ten."""
    chat, amina = await _member(app)
    for n in range(1, 24):  # 23 bonuses of 1..23 points, the newest last
        clock.advance(minutes=1)
        await app.loyalty.points.grant_bonus(amina, n, idempotency_key=f"h{n}")

    def changes() -> list[str]:
        return [line.split()[-2] for line in chat.text.splitlines()[1:]]

    await chat.say("/history")
    assert chat.text.startswith("📜 Your latest activity")
    assert changes() == [f"+{n}" for n in range(23, 13, -1)]
    assert chat.labels() == ["⏪ Earlier", "⬅️ Menu"]
    await chat.press("Earlier")
    assert chat.text.startswith("📜 Your earlier activity")
    assert changes() == [f"+{n}" for n in range(13, 3, -1)]
    assert chat.labels() == ["⏪ Earlier", "Later ⏩", "⬅️ Menu"]
    await chat.press("Earlier")
    assert changes() == ["+3", "+2", "+1"]  # the last page: nothing earlier to offer
    assert chat.labels() == ["Later ⏩", "⬅️ Menu"]
    await chat.press("Later")
    assert changes()[0] == "+13"
    await chat.press_data("v1:hist:99999999")  # a made-up page: an answer, not a long scan
    assert chat.text == app.translator("en", "history-empty")


async def test_pressing_confirm_twice_does_not_redeem_twice(app: App) -> None:
    chat, _ = await _member(app, spend="2000")
    await chat.say("/rewards")
    await chat.press("Espresso")
    confirm = chat.button("Yes, redeem").data
    await chat.press_data(confirm)
    await chat.press_data(confirm)  # a double tap, or an old message
    assert chat.text.startswith(
        app.translator("en", "error-insufficient-points", needed=150, balance=50)
    )
    async with app.db.read() as s:
        assert len(list(await s.scalars(select(Redemption)))) == 1


async def test_invite_shows_the_link_and_what_both_sides_get(app: App) -> None:
    chat, amina = await _member(app)
    code = (await app.loyalty.summary.summary(amina)).referral_code
    await chat.say("/invite")
    assert f"/start ref_{code}" in chat.text
    assert "you get 100 points and your friend gets 50" in chat.text


async def test_stop_withdraws_consent_at_once_and_settings_turns_it_back_on(app: App) -> None:
    chat, amina = await _member(app, "am")
    await chat.say("/stop")
    assert chat.text == app.translator("am", "stop-done")
    async with app.db.read() as s:
        assert (await s.get_one(Customer, amina)).marketing_consent is False
    await chat.say("/offers")
    assert chat.text == app.translator("am", "offers-off")
    await chat.say("/settings")
    await chat.press("ቅናሾችን ላኩልኝ")
    async with app.db.read() as s:
        assert (await s.get_one(Customer, amina)).marketing_consent is True


async def test_changing_language(app: App) -> None:
    chat, amina = await _member(app, "en")
    await chat.say("/language")
    await chat.press("Ελληνικά")
    assert chat.text == "Έγινε: θα σας γράφω στα ελληνικά."
    assert (await app.loyalty.customers.get(amina)).language == "el"


async def test_delete_needs_an_explicit_confirmation(app: App) -> None:
    chat, amina = await _member(app, spend="1000")
    await chat.say("/delete")
    assert "💳 100 points" in chat.text.splitlines()
    await chat.press("No, keep my account")
    assert (await app.loyalty.customers.get(amina)).name == "Amina"
    await chat.say("/delete")
    await chat.press("Yes, delete everything")
    assert chat.text == app.translator("en", "delete-done")
    async with app.db.read() as s:
        customer = await s.get_one(Customer, amina)
    assert customer.erased_at is not None and customer.name is None
    await chat.say("/balance")  # even the language was erased: the shop's default answers
    assert chat.text == app.translator("sw", "join-first")


async def test_an_old_delete_button_does_not_erase(app: App, clock: ManualClock) -> None:
    chat, amina = await _member(app)
    await chat.say("/delete")
    yes = chat.button("Yes, delete everything").data
    clock.advance(minutes=11)
    await chat.press_data(yes)
    assert chat.text.startswith(app.translator("en", "button-stale"))
    assert (await app.loyalty.customers.get(amina)).name == "Amina"
    await chat.say("/balance")
    await chat.press_data(yes)  # forged without any prompt
    assert (await app.loyalty.customers.get(amina)).name == "Amina"


BAD_INPUT = [
    "what is this?",
    "😀🎉☕",
    "x" * 4096,
    "/nosuchcommand",
    "/",
    "/award ABC 100",
    "\u202e\u0000 weird",
    "SELECT * FROM customers;",
]


@pytest.mark.parametrize("text", BAD_INPUT)
async def test_bad_text_gets_a_localised_hint_and_the_menu(
    app: App, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    chat, _ = await _member(app, "sw")
    with caplog.at_level(logging.WARNING):
        await chat.say(text)
    assert chat.text == app.translator("sw", "fallback-hint")
    assert len(chat.labels()) == 9
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


FORGED = [
    "garbage",
    "v9:bal",
    "v1:",
    "v1:rwyes:caviar",
    "v1:rwask:../../etc",
    "v1:setlang:fr",
    "v1:nosuch",
    "v1:rwyes:" + "a" * 40,
    "v1:cardyes",
    "v1:joinyes",
]


@pytest.mark.parametrize("data", FORGED)
async def test_forged_or_stale_buttons_get_a_polite_answer(
    app: App, data: str, caplog: pytest.LogCaptureFixture
) -> None:
    chat, amina = await _member(app, "el", spend="1000")
    with caplog.at_level(logging.WARNING):
        await chat.press_data(data)
    assert chat.text  # a Greek answer, never silence
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert (await app.loyalty.summary.summary(amina)).balance == 100  # nothing spent


@pytest.mark.parametrize("text", ["/balance", "/rewards", "/delete", "/stop", "hello", "/nosuch"])
async def test_commands_before_joining_ask_to_join(app: App, text: str) -> None:
    chat = Chat(app, language_hint="am")
    await chat.say(text)
    assert chat.text == app.translator("am", "join-first")


async def test_help_shows_staff_the_till_and_owners_theirs_too(app: App) -> None:
    """Customers see their commands; a barista the till's as well, with what to type;
    an owner the owners' too; commands of a feature the programme does not use are left
    out (the example programme sells no bundles)."""
    customer, _ = await _member(app)
    barista = Chat(app, "2")
    await app.loyalty.staff.appoint(
        await barista.join("sw", name="Baraka"), StaffRole.STAFF, by=None
    )
    owner = Chat(app, "3")
    await app.loyalty.staff.appoint(await owner.join("el", name="Eleni"), StaffRole.OWNER, by=None)
    for chat in (customer, barista, owner):
        await chat.say("/help")
    speak = app.translator
    assert speak("en", "till-help-title-staff") not in customer.text
    assert "/award" not in customer.text
    assert speak("sw", "till-help-award") in barista.text.splitlines()
    assert speak("sw", "till-help-title-owner") not in barista.text
    assert "/adjust" not in barista.text
    lines = owner.text.splitlines()
    assert speak("el", "till-help-award") in lines and speak("el", "till-help-adjust") in lines
    assert speak("el", "till-help-staff") in lines
    assert not app.program.bundles and "/bundle" not in owner.text


async def test_help_before_joining_lists_commands_and_how_to_join(app: App) -> None:
    chat = Chat(app, language_hint="el")
    await chat.say("/help")
    assert "/balance – Οι πόντοι και το επίπεδό σας" in chat.text
    assert chat.text.endswith(app.translator("el", "join-first"))


async def test_an_engine_refusal_is_translated(app: App) -> None:
    chat, _ = await _member(app, "sw", spend="1000")
    await chat.press_data("v1:rwyes:breakfast")  # 900 points, with 100 in hand
    assert chat.text.startswith("Unahitaji pointi 900 kwa zawadi hii; una pointi 100.")
