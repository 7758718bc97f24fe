"""Joining in the chat, in each of the four languages, and coming back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.settings import Settings
from models import Customer, Referral
from tests.helpers.chat import Chat


@pytest.mark.parametrize("language", ["en", "sw", "el", "am"])
async def test_a_new_customer_joins_in_their_language(app: App, language: str) -> None:
    t = app.translator
    chat = Chat(app)
    await chat.say("/start")
    assert "Baraka Café" in chat.text
    assert chat.labels() == ["English", "Kiswahili", "Ελληνικά", "አማርኛ"]
    await chat.press(t(language, "language-name"))  # type: ignore[arg-type]
    assert chat.text == t(language, "join-ask-name")  # type: ignore[arg-type]
    assert chat.button("Amina")  # the platform's display name is offered
    await chat.say("  Amina   Hassan ")
    assert chat.last[0].ask_phone == t(language, "join-share-phone")  # type: ignore[arg-type]
    await chat.share_contact("+255 700 123 456")
    assert chat.last[0].clear_keyboard
    assert chat.last[1].text == t(language, "join-ask-consent")  # type: ignore[arg-type]
    await chat.press(t(language, "join-consent-yes"))  # type: ignore[arg-type]

    async with app.db.read() as s:
        customer = await s.scalar(select(Customer))
    assert customer is not None
    assert (customer.name, customer.phone, customer.language) == (
        "Amina Hassan",
        "+255700123456",
        language,
    )
    assert customer.marketing_consent
    assert customer.member_code in chat.text
    assert chat.text.startswith(
        t(language, "join-done", name="Amina Hassan", code=customer.member_code)
    )  # type: ignore[arg-type]
    assert len(chat.labels()) == 9  # the main menu


async def test_the_platform_language_preselects_the_first_question(app: App) -> None:
    chat = Chat(app, language_hint="el-GR")
    await chat.say("/start")
    assert app.translator("el", "join-choose-language") in chat.text


async def test_an_unknown_platform_language_asks_in_the_shop_language(app: App) -> None:
    chat = Chat(app, language_hint="fr")
    await chat.say("/start")
    assert app.translator("sw", "join-choose-language") in chat.text


async def test_using_the_suggested_name_and_typing_a_phone(app: App) -> None:
    chat = Chat(app, display_name="Grace")
    await chat.say("/start")
    await chat.press("English")
    await chat.press("Grace")
    await chat.say("0712 345 678")
    await chat.press("No, thanks")
    async with app.db.read() as s:
        customer = await s.scalar(select(Customer))
    assert customer is not None and (customer.name, customer.phone) == ("Grace", "0712345678")
    assert not customer.marketing_consent


@pytest.mark.parametrize("bad_name", ["😀😀😀", "/balance", "x" * 61, "   ", "12345"])
async def test_a_bad_name_is_asked_again(app: App, bad_name: str) -> None:
    chat = Chat(app)
    await chat.say("/start")
    await chat.press("English")
    await chat.say(bad_name)
    if bad_name.startswith("/"):  # a command halfway: the question again, not "/start"
        assert chat.text.startswith(app.translator("en", "join-finish-first") + "\n\n")
        assert chat.text.endswith(app.translator("en", "join-ask-name"))
    else:
        assert app.translator("en", "join-name-invalid", max=60) in chat.text
    await chat.say("Amina")  # and the flow carries on
    assert chat.last[0].ask_phone


async def test_a_bad_phone_is_asked_again_and_skip_can_be_typed(app: App) -> None:
    chat = Chat(app)
    await chat.say("/start")
    await chat.press("English")
    await chat.say("Amina")
    await chat.say("call me maybe")
    assert chat.text == app.translator("en", "join-phone-invalid")
    await chat.say("skip")  # the reply-keyboard button sends its label as text
    assert chat.last[1].text == app.translator("en", "join-ask-consent")


async def test_a_command_halfway_through_joining_asks_the_question_again(app: App) -> None:
    """/balance, a word command or an old button from someone who has answered two of the
    questions: the question they are on, in the language they chose, with its buttons;
    their answers are kept, and the next answer finishes joining."""
    chat = Chat(app)
    await chat.say("/start")
    await chat.press("Ελληνικά")
    await chat.say("Νίκος")
    await chat.press(app.translator("el", "join-skip-phone"))
    again = (
        app.translator("el", "join-finish-first")
        + "\n\n"
        + app.translator("el", "join-ask-consent")
    )
    for said in ("/balance", "/rewards"):
        await chat.say(said)
        assert chat.text == again
        assert chat.labels() == [
            app.translator("el", "join-consent-yes"),
            app.translator("el", "join-consent-no"),
        ]
    await chat.press_data("v1:bal")  # a button of a menu it never saw
    assert chat.text == again
    await chat.press(app.translator("el", "join-consent-yes"))
    customer = await app.loyalty.customers.find_by_identity(chat.channel, chat.user_id)
    assert customer is not None and customer.name == "Νίκος"


async def test_an_invitation_link_links_the_referrer(app: App) -> None:
    amina = await Chat(app, "1").join()
    code = (await app.loyalty.summary.summary(amina)).referral_code
    friend = Chat(app, "2", display_name="Eleni")
    await friend.say(f"/start ref_{code}")
    await friend.press("Ελληνικά")
    await friend.press("Eleni")
    await friend.press("Παράλειψη")
    await friend.press("Ναι")
    assert app.translator("el", "join-referred") in friend.text
    async with app.db.read() as s:
        referral = await s.scalar(select(Referral))
    assert referral is not None and referral.referrer_id == amina


@pytest.mark.parametrize("payload", ["ref_", "ref_!!!", "hello", "ref_NOSUCHCODE", "x" * 300])
async def test_start_with_an_unknown_payload_still_works(app: App, payload: str) -> None:
    chat = Chat(app)
    await chat.say(f"/start {payload}")
    assert chat.labels() == ["English", "Kiswahili", "Ελληνικά", "አማርኛ"]


async def test_a_known_customer_gets_the_menu(app: App) -> None:
    chat = Chat(app)
    await chat.join(name="Amina")
    await chat.say("/start")
    assert chat.text == app.translator("en", "welcome-back", name="Amina")
    assert len(chat.labels()) == 9


async def test_a_half_finished_registration_survives_a_restart(
    app: App, database_url: str, clock: ManualClock
) -> None:
    chat = Chat(app)
    await chat.say("/start")
    await chat.press("Kiswahili")
    async with open_app(
        Settings(database_url=database_url), program=app.program, clock=clock
    ) as restarted:
        chat.app = restarted
        await chat.say("Baraka")
        assert chat.last[0].ask_phone == restarted.translator("sw", "join-share-phone")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Ami\x00na", "Amina"),  # PostgreSQL refuses a NUL byte in text
        ("\u202eanimA", "animA"),  # a right-to-left override shows a name backwards on a till
        ("Ab\u2066ebe\u2069 Kebede", "Abebe Kebede"),
        ("Νίκος\tΠαπάς\r\n", "Νίκος Παπάς"),
    ],
)
async def test_invisible_and_control_characters_never_reach_a_name(
    app: App, typed: str, kept: str
) -> None:
    chat = Chat(app, display_name=typed)
    await chat.say("/start")
    await chat.press("English")
    assert chat.button(kept).label == f"Use “{kept}”"  # the suggested name, cleaned
    await chat.say(typed)
    await chat.press(app.translator("en", "join-skip-phone"))
    await chat.press(app.translator("en", "join-consent-no"))
    customer = await app.loyalty.customers.find_by_identity("test", chat.user_id)
    assert customer is not None and customer.name == kept
