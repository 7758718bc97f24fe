"""A staff member's own command menu on Telegram: /help sets it for their chat alone, with
the till's commands and what to type, in their language; a customer's /help gives the chat
the shop's menu back (a staff member since dismissed); other chats are untouched."""

from __future__ import annotations

import json

from pydantic import SecretStr

from bot.app import App, open_app
from models import StaffRole
from tests.helpers.chat import Chat
from tests.helpers.fake_telegram import FakeTelegram


async def test_help_gives_staff_their_command_menu_and_customers_the_shops(
    app: App, telegram: FakeTelegram
) -> None:
    barista = Chat(app, "501", channel="telegram")
    await app.loyalty.staff.appoint(
        await barista.join("sw", name="Baraka"), StaffRole.STAFF, by=None
    )
    customer = Chat(app, "502", channel="telegram")
    await customer.join("en")
    (staff_help,) = await barista.say("/help")
    (customer_help,) = await customer.say("/help")
    assert customer_help.commands == ()
    assert staff_help.commands is not None
    menu = dict(staff_help.commands)
    assert menu["balance"] == app.translator("sw", "command-balance")
    assert menu["award"] == "<namba ya uanachama> <kiasi> [namba ya risiti] – rekodi ununuzi"
    assert menu["undo"].startswith("rudisha ununuzi")  # no dash left where the arguments were
    assert "adjust" not in menu and "bundle" not in menu  # an owner's; a feature not in use

    settings = app.settings.model_copy(
        update={"telegram_bot_token": SecretStr(telegram.token), "telegram_api_base": telegram.base}
    )
    async with open_app(settings, program=app.program, clock=app.clock) as live:
        channel = live.telegram()
        await channel.send(501, staff_help)
        await channel.send(502, customer_help)
        await channel.close()
    set_menu = [c for c in telegram.calls if c.method == "setMyCommands"]
    (mine,) = [c for c in set_menu if "scope" in c.params]
    assert json.loads(mine.params["scope"]) == {"type": "chat", "chat_id": 501}
    sent = [(c["command"], c["description"]) for c in json.loads(mine.params["commands"])]
    assert sent == list(staff_help.commands)
    (back,) = [c for c in telegram.calls if c.method == "deleteMyCommands"]
    assert json.loads(back.params["scope"]) == {"type": "chat", "chat_id": 502}
    assert len(telegram.sent(501, "sendMessage")) == len(telegram.sent(502, "sendMessage")) == 1


async def test_a_dismissed_barista_trying_the_till_gets_the_shops_menu_back(app: App) -> None:
    """Dismissed, the till's commands answer as unknown ones do, and the reply gives the
    chat the shop's menu back, where the till's commands were."""
    owner = Chat(app, "511", channel="telegram")
    boss = await app.loyalty.staff.appoint(await owner.join("en"), StaffRole.OWNER, by=None)
    barista = Chat(app, "512", channel="telegram")
    brian = await barista.join("en", name="Brian")
    await app.loyalty.staff.appoint(brian, StaffRole.STAFF, by=None)
    (given,) = await barista.say("/help")
    assert given.commands is not None and "award" in dict(given.commands)
    await app.loyalty.staff.dismiss(brian, by=boss)
    (refused,) = await barista.say("/award K7M2QX 500")
    assert refused.text.startswith(app.translator("en", "fallback-hint"))
    assert refused.commands == ()


async def test_a_barista_put_on_the_team_and_taken_off_it_is_told_and_their_menu_follows(
    app: App, telegram: FakeTelegram
) -> None:
    """`/staff add` and `/staff remove` change someone else's chat: told through the outbox
    (over the fake Bot API), with the till's menu set, then cleared; nothing said twice."""
    settings = app.settings.model_copy(
        update={"telegram_bot_token": SecretStr(telegram.token), "telegram_api_base": telegram.base}
    )
    async with open_app(settings, program=app.program, clock=app.clock) as live:
        channel = live.telegram()
        owner = Chat(live, "521", channel="telegram")
        await live.loyalty.staff.appoint(await owner.join("en"), StaffRole.OWNER, by=None)
        nikos = await Chat(live, "522", channel="telegram").join("el", name="Νίκος")
        code = (await live.loyalty.customers.get(nikos)).member_code
        outbox = live.outbox(quiet_hours=False)
        await outbox.drain()  # the welcomes
        telegram.calls.clear()

        (added,) = await owner.say(f"/staff add {code}")
        assert added.text == "✅ Νίκος is now on the team."
        await owner.say(f"/staff add {code}")  # again: nothing new for him
        await outbox.drain()
        (told,) = telegram.sent(522, "sendMessage")
        assert told.text == live.translator("el", "dashboard-now-staff")
        (menu,) = [c for c in telegram.calls if c.method == "setMyCommands"]
        assert json.loads(menu.params["scope"]) == {"type": "chat", "chat_id": 522}
        given = {c["command"]: c["description"] for c in json.loads(menu.params["commands"])}
        assert "award" in given and "balance" in given and "adjust" not in given
        assert given["award"].startswith("<κωδικός μέλους>")  # in his language

        telegram.calls.clear()
        (removed,) = await owner.say(f"/staff remove {code}")
        assert removed.text == "✅ Νίκος is no longer on the team."
        await outbox.drain()
        (told,) = telegram.sent(522, "sendMessage")
        assert told.text == live.translator("el", "notice-team-left")
        (back,) = [c for c in telegram.calls if c.method == "deleteMyCommands"]
        assert json.loads(back.params["scope"]) == {"type": "chat", "chat_id": 522}
        assert telegram.sent(521, "sendMessage") == []  # the owner saw the answers already
        await channel.close()
