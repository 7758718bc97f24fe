"""The one shape of every question-by-question flow (handlers/flow.py): steps named
"<flow>.<step>", a typed draft kept in the database, a picture kept as bytes beside it,
bad answers and old buttons handled the same way everywhere."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.app import App
from bot.state import State
from handlers.catalog import CATALOG
from handlers.compose import ComposeDraft
from handlers.join import JoinDraft
from models import ConversationState, Customer, StaffRole
from tests.helpers.chat import Chat

PHOTO = b"\x89PNG\r\n\x1a\n" + b"offer-picture" * 10


async def _owner(app: App) -> Chat:
    owner = Chat(app, "1", display_name="Eleni")
    owner_id = await owner.join("en", name="Eleni", consent=False)
    await app.loyalty.staff.appoint(owner_id, StaffRole.OWNER, by=None)
    return owner


async def _row(app: App, external_id: str) -> ConversationState | None:
    async with app.db.read() as session:
        return await session.scalar(
            select(ConversationState).where(ConversationState.external_id == external_id)
        )


def test_every_step_is_named_flow_dot_step() -> None:
    assert CATALOG.steps
    for step in CATALOG.steps:
        assert re.fullmatch(r"[a-z]+\.([a-z]+)?", step.prefix), step.prefix


async def test_a_draft_is_typed_and_its_picture_is_bytes_beside_it(app: App) -> None:
    owner = await _owner(app)
    await owner.say("/offer new")
    await owner.say("Double points all week!")
    await owner.press("Continue")
    await owner._send(photo=PHOTO, text="")
    row = await _row(app, "1")
    assert row is not None and row.step == "compose.until"
    assert row.attachment == PHOTO
    assert "image" not in row.data and PHOTO.hex() not in str(row.data)
    draft = ComposeDraft.model_validate({**row.data, "image": row.attachment})
    assert draft.kind == "offer" and draft.texts == {"en": "Double points all week!"}


async def test_an_old_button_gets_the_current_question_again(app: App) -> None:
    owner = await _owner(app)
    await owner.say("/broadcast all")
    write = owner.button("Write a message")
    await owner.press_data(write.data)
    await owner.say("Coffee at half price")
    more = owner.text
    await owner.press_data(write.data)  # the first question's button, pressed late
    assert owner.text == more
    assert (await app.states.get("test", "1")) == State(
        "compose.more",
        ComposeDraft(
            kind="message", segment="all", texts={"en": "Coffee at half price"}
        ).model_dump(mode="json", exclude={"image"}),
    )


async def test_text_for_a_button_question_gets_the_buttons_again(app: App) -> None:
    owner = await _owner(app)
    await owner.say("/broadcast all")
    await owner.say("hello?")
    assert owner.text == app.translator("en", "compose-use-buttons")
    assert app.translator("en", "compose-write") in owner.labels()


async def test_a_draft_the_flow_cannot_read_is_dropped_as_stale(app: App) -> None:
    owner = await _owner(app)
    # A draft as an older version wrote it: a field this version does not know.
    await app.states.set("test", "1", State("compose.text", {"kind": "offer", "old": 1}))
    await owner.say("Free cookie")
    assert owner.text == app.translator("en", "compose-expired")
    assert await app.states.get("test", "1") is None


async def test_joining_keeps_the_invitation_through_a_typed_answer(app: App) -> None:
    amina = await Chat(app, "1").join()
    code = (await app.loyalty.summary.summary(amina)).referral_code
    friend = Chat(app, "2")
    await friend.say(f"/start ref_{code}")
    await friend.say("hello")  # typed where a language button was asked for
    assert app.translator("sw", "join-choose-language") in friend.text  # the shop default
    state = await app.states.get("test", "2")
    assert state is not None and JoinDraft.model_validate(state.data).ref == code
    await friend.press("English")
    await friend.say("Baraka")
    await friend.press(app.translator("en", "join-skip-phone"))
    await friend.press(app.translator("en", "join-consent-yes"))
    assert app.translator("en", "join-referred") in friend.text


async def test_consent_can_be_typed_as_its_button_says_it(app: App) -> None:
    chat = Chat(app, "3")
    await chat.say("/start")
    await chat.press("Kiswahili")
    await chat.say("Amina")
    await chat.press(app.translator("sw", "join-skip-phone"))
    await chat.say(app.translator("sw", "join-consent-no").upper())
    assert app.translator("sw", "join-done", name="Amina", code="")[:20] in chat.text
    customer = await app.loyalty.customers.find_by_identity("test", "3")
    assert customer is not None and not customer.marketing_consent


async def test_a_number_the_platform_vouches_for_is_not_asked_for(app: App) -> None:
    chat = Chat(app, "254700000001", display_name="Amina", vouched_phone="+254700000001")
    await chat.say("/start")
    await chat.press("Kiswahili")
    await chat.press("Amina")  # "use my name": a press, which carries the number too
    assert chat.text == app.translator("sw", "join-ask-consent")
    await chat.press(app.translator("sw", "join-consent-yes"))
    async with app.db.read() as session:
        phone = await session.scalar(select(Customer.phone))
    assert phone == "+254700000001"
