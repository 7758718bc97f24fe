"""The real bot process (`python bot.py run`) against a local fake Bot API over real HTTP."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.webhook_signature import HEADER, verify
from tests.helpers.bot_process import BotProcess, free_port, start_bot, stop_bot
from tests.helpers.fake_telegram import FakeTelegram, join_on_telegram
from tests.helpers.processes import BOT_PY, bot_env, modules_imported

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow

USER = 777001


@pytest.fixture
def fake(telegram: FakeTelegram) -> FakeTelegram:
    return telegram


@pytest.fixture
async def polling_bot(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[BotProcess]:
    # The log carries Python's report of every module imported (what the bot loads).
    bot = await start_bot(fake, tmp_path, PYTHONPROFILEIMPORTTIME="1")
    await fake.wait_for(5, method="setMyCommands", within=60)
    yield bot
    await stop_bot(bot)


async def _step(fake: FakeTelegram, action: object, replies: int = 1) -> list:  # type: ignore[type-arg]
    before = len(fake.sent(USER))
    await action  # type: ignore[misc]
    return (await fake.wait_for(before + replies, chat_id=USER))[before:]


async def test_the_customer_journey_on_telegram(
    fake: FakeTelegram, polling_bot: BotProcess
) -> None:
    greek = [
        c
        for c in fake.calls
        if c.method == "setMyCommands" and c.params.get("language_code") == "el"
    ]
    assert len(greek) == 1
    commands = {c["command"]: c["description"] for c in json.loads(greek[0].params["commands"])}
    assert commands["balance"] == "Οι πόντοι και το επίπεδό σας"
    assert len(commands) == 15

    (welcome,) = await _step(fake, fake.send_text(USER, "/start", language="el"))
    assert welcome.text.startswith("Καλώς ήρθατε στο πρόγραμμα πιστότητας του Baraka Café!")
    languages = {b["text"]: b["callback_data"] for b in welcome.inline_buttons()}
    assert list(languages) == ["English", "Kiswahili", "Ελληνικά", "አማርኛ"]

    (ask_name,) = await _step(fake, fake.press(USER, languages["Ελληνικά"], language="el"))
    assert ask_name.text == "Πώς να σας αποκαλούμε; Γράψτε το όνομά σας."
    assert any(c.method == "answerCallbackQuery" for c in fake.calls)

    (ask_phone,) = await _step(
        fake, fake.press(USER, ask_name.inline_buttons()[0]["callback_data"], language="el")
    )
    assert ask_phone.markup["keyboard"][0][0]["request_contact"] is True

    thanks, consent = await _step(fake, fake.send_contact(USER, "+30 690 000 0001"), replies=2)
    assert thanks.markup == {"remove_keyboard": True}
    yes = consent.inline_buttons()[0]["callback_data"]

    (done,) = await _step(fake, fake.press(USER, yes, language="el"))
    with sqlite3.connect(polling_bot.db_path) as db:
        code, phone, language = db.execute(
            "select member_code, phone, language from customers"
        ).fetchone()
    assert (phone, language) == ("+306900000001", "el")
    assert f"Ο κωδικός μέλους σας είναι {code}" in done.text
    assert len(done.inline_buttons()) == 9

    (balance,) = await _step(fake, fake.send_text(USER, "/balance", language="el"))
    assert balance.text.startswith("Έχετε 0 πόντους.")

    # A pressed menu button edits the message it sits on instead of adding a new one.
    before = len(fake.sent(USER, "editMessageText"))
    await fake.press(USER, "v1:bal", language="el")
    (edited, *_) = (await fake.wait_for(before + 1, USER, "editMessageText"))[before:]
    assert edited.text.startswith("Έχετε 0 πόντους.")

    # Until a picture is asked for, the bot holds none of what draws one, nor the dashboard's
    # templates (about 8 MB of the bot's memory); the first /mycode loads what it draws with.
    pictures = {"PIL", "fontTools", "segno", "jinja2"}
    assert not pictures & modules_imported(polling_bot.log())
    (photo,) = await _step(fake, fake.send_text(USER, "/mycode", language="el"))
    assert photo.method == "sendPhoto" and code in photo.text
    assert pictures - {"jinja2"} <= modules_imported(polling_bot.log())

    (invite,) = await _step(fake, fake.send_text(USER, "/invite", language="el"))
    assert "https://t.me/baraka_test_bot?start=ref_" in invite.text

    # A shop on Telegram alone, having served all that, never loaded WhatsApp's library, nor
    # an HTTP client for links or webhooks it had no use for.
    loaded = modules_imported(polling_bot.log())
    assert "aiogram" in loaded  # the report is real
    assert not {"pywa", "pywa_async", "bot.channels.whatsapp", "httpx"} & loaded


async def test_bad_input_on_telegram_gets_answers_and_no_errors(
    fake: FakeTelegram, polling_bot: BotProcess
) -> None:
    (first,) = await _step(fake, fake.send_text(USER, "/balance", language="sw"))
    assert first.text.startswith("Bado wewe si mwanachama")
    for text in ["x" * 4096, "🙂🙂", "/nosuch", "/start@baraka_test_bot"]:
        await _step(fake, fake.send_text(USER, text, language="sw"))
    await _step(fake, fake.press(USER, "v1:rwyes:caviar", language="sw"))
    await _step(fake, fake.press(USER, "totally forged", language="sw"))
    assert " ERROR " not in polling_bot.log()


async def test_only_the_users_own_contact_counts_as_their_phone(
    fake: FakeTelegram, polling_bot: BotProcess
) -> None:
    (welcome,) = await _step(fake, fake.send_text(USER, "/start", language="sw"))
    swahili = next(b["callback_data"] for b in welcome.inline_buttons() if b["text"] == "Kiswahili")
    (ask_name,) = await _step(fake, fake.press(USER, swahili, language="sw"))
    await _step(
        fake, fake.press(USER, ask_name.inline_buttons()[0]["callback_data"], language="sw")
    )
    # A friend's contact card, forwarded: not the sender's own number, so asked again.
    (again,) = await _step(fake, fake.send_contact(USER, "+255 711 000 000", owner_id=USER + 1))
    assert again.text.startswith("Hiyo haionekani kuwa namba ya simu.")
    thanks, _ = await _step(fake, fake.send_contact(USER, "+255 722 000 000"), replies=2)
    assert thanks.text == "Asante!"
    (done,) = await _step(fake, fake.press(USER, "v1:joinno", language="sw"))
    assert done.text.startswith("Karibu, Amina!")
    with sqlite3.connect(polling_bot.db_path) as db:
        (phone,) = db.execute("select phone from customers").fetchone()
    assert phone == "+255722000000"


async def test_an_update_delivered_twice_is_handled_once(
    fake: FakeTelegram, polling_bot: BotProcess
) -> None:
    await _step(fake, fake.send_text(USER, "/start"))
    help_message = fake._message(USER, "en", "Amina", text="/help")
    start_message = fake._message(USER, "en", "Amina", text="/start")
    await fake.push_batch(
        [
            {"update_id": 500, "message": help_message},
            {"update_id": 500, "message": help_message},  # the same delivery again
            {"update_id": 501, "message": start_message},
        ]
    )
    await fake.wait_for(3, chat_id=USER)
    await asyncio.sleep(0.5)  # time enough for a duplicate reply to arrive, were there one
    assert len(fake.sent(USER)) == 3
    assert " INFO bot.channels.telegram: dropping redelivered update 500" in polling_bot.log()


async def _webhook_bot(fake: FakeTelegram, tmp_path: Path, port: int, secret: str) -> BotProcess:
    """`bot.py run` in webhook mode on loopback `port`, with TELEGRAM_WEBHOOK_SECRET=secret."""
    return await start_bot(
        fake,
        tmp_path,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}",
        TELEGRAM_WEBHOOK_SECRET=secret,
        WEB_HOST="127.0.0.1",
        WEB_PORT=str(port),
    )


async def test_webhook_mode_checks_the_secret_and_drops_repeats(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    port = free_port()
    bot = await _webhook_bot(fake, tmp_path, port, "s3cret-token")
    try:
        (hook,) = await fake.wait_for(1, method="setWebhook", within=60)
        assert hook.params["url"] == f"http://127.0.0.1:{port}/telegram/webhook"
        assert hook.params["secret_token"] == "s3cret-token"
        update = {"update_id": 5, "message": fake._message(USER, "am", "Abebe", text="/start")}
        url = f"http://127.0.0.1:{port}/telegram/webhook"
        async with aiohttp.ClientSession() as http:
            for _ in range(50):  # the web server starts right after setWebhook
                try:
                    async with http.post(
                        url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
                    ) as r:
                        assert r.status == 401
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.2)
            for _ in range(2):  # Telegram retries a webhook it thinks failed
                async with http.post(
                    url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
                ) as r:
                    assert r.status == 200
        (reply,) = await fake.wait_for(1, chat_id=USER)
        await asyncio.sleep(0.5)
        assert len(fake.sent(USER)) == 1
        assert reply.text.startswith("ወደ Baraka Café የደንበኛ ታማኝነት ፕሮግራም እንኳን ደህና መጡ!")
    finally:
        await stop_bot(bot)


async def test_run_without_a_token_says_how_to_get_one(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        *BOT_PY,
        "run",
        cwd=tmp_path,
        env=bot_env(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await process.communicate()
    assert process.returncode == 2
    assert stderr.decode().startswith(
        "error: TELEGRAM_BOT_TOKEN: not set, and WhatsApp is not configured either. "
        "Create a bot with @BotFather"
    )


async def test_a_refused_token_is_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    bot = await start_bot(fake, tmp_path, TELEGRAM_BOT_TOKEN="999:revoked-token")
    await asyncio.wait_for(bot.process.wait(), 60)
    bot.log_file.close()
    assert bot.process.returncode == 2
    assert (
        bot.log()
        .strip()
        .endswith("error: TELEGRAM_BOT_TOKEN: Telegram refused the token (revoked or mistyped)")
    )


async def test_an_owner_writes_an_offer_with_a_photo_on_telegram(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    bot = await start_bot(fake, tmp_path, OWNER_IDS=f"telegram:{USER}")
    try:
        await fake.wait_for(5, method="setMyCommands", within=60)
        (welcome,) = await _step(fake, fake.send_text(USER, "/start"))
        english = {b["text"]: b["callback_data"] for b in welcome.inline_buttons()}["English"]
        (ask_name,) = await _step(fake, fake.press(USER, english))
        await _step(fake, fake.press(USER, ask_name.inline_buttons()[0]["callback_data"]))
        _, consent = await _step(fake, fake.send_contact(USER, "+254 700 000 001"), replies=2)
        await _step(fake, fake.press(USER, consent.inline_buttons()[0]["callback_data"]))

        (ask_text,) = await _step(fake, fake.send_text(USER, "/offer new"))
        assert ask_text.text.startswith("✍️ Write the text in English")
        (more,) = await _step(fake, fake.send_text(USER, "Two for one on Sundays"))
        go_on = {b["text"]: b["callback_data"] for b in more.inline_buttons()}["Continue ➡️"]
        (ask_image,) = await _step(fake, fake.press(USER, go_on))
        assert ask_image.text.startswith("🖼 Send a photo")
        picture = b"\xff\xd8\xff\xe0" + b"sunday-offer" * 50  # what the owner uploads
        (ask_until,) = await _step(fake, fake.send_photo(USER, picture))
        assert ask_until.text.startswith("📅 Until when")
        (ask_bonus,) = await _step(fake, fake.send_text(USER, "30"))
        no_bonus = ask_bonus.inline_buttons()[0]["callback_data"]
        preview = await _step(fake, fake.press(USER, no_bonus), replies=6)
        photos = [c for c in preview if c.method == "sendPhoto"]
        assert len(photos) == 4  # a preview per language, each with the owner's picture
        assert all(c.params["photo"] == picture for c in photos)
        assert any(c.method == "getFile" for c in fake.calls)
    finally:
        await stop_bot(bot)


async def test_an_empty_webhook_secret_still_guards_the_webhook_and_junk_gets_400(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    """`TELEGRAM_WEBHOOK_SECRET=` once switched the check off, letting anyone post updates."""
    port = free_port()
    bot = await _webhook_bot(fake, tmp_path, port, "")
    try:
        (hook,) = await fake.wait_for(1, method="setWebhook", within=60)
        secret = hook.params["secret_token"]
        assert len(secret) == 64  # derived from the token, not the empty setting
        url = f"http://127.0.0.1:{port}/telegram/webhook"
        update = {"update_id": 7, "message": fake._message(USER, "en", "Eve", text="/start")}
        async with aiohttp.ClientSession() as http:
            for _ in range(50):  # the web server starts right after setWebhook
                try:
                    async with http.post(url, json=update) as r:
                        assert r.status == 401  # no secret header at all
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.2)
            async with http.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": ""}
            ) as r:
                assert r.status == 401
            good = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
            junk = [b"{not json", b"", b"[" * 100_000 + b"]" * 100_000, b"[1, 2]", b'{"a": 1}']
            for body in junk:
                async with http.post(url, data=body, headers=good) as r:
                    assert r.status == 400, body[:20]
            # A button pressed on the bot's message in a group answers nothing into the group.
            group = {"id": -100123, "type": "supergroup", "title": "Regulars"}
            press = {
                "update_id": 8,
                "callback_query": {
                    "id": "cb-group",
                    "from": fake.user(USER, "en"),
                    "chat_instance": "ci",
                    "data": "v1:bal",
                    "message": {"message_id": 5, "date": 1, "chat": group, "text": "menu"},
                },
            }
            async with http.post(url, json=press, headers=good) as r:
                assert r.status == 200
            async with http.post(url, json=update, headers=good) as r:
                assert r.status == 200
        (welcome,) = await fake.wait_for(1, chat_id=USER)
        assert welcome.text.startswith("Welcome")
        await asyncio.sleep(0.5)
        assert fake.sent(-100123) == []
        assert not [c for c in fake.calls if c.method == "editMessageText"]
        assert bot.log().count("refused a Telegram webhook body") == len(junk)
    finally:
        await stop_bot(bot)


async def test_a_till_notice_refused_with_429_then_500_still_arrives_once_later(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    """The customer's "+45 points" once went straight to Telegram and was dropped on a 429;
    it goes through the outbox now, and the staff member's answer does not wait for it."""
    owner = 777009
    bot = await start_bot(fake, tmp_path, OWNER_IDS=f"telegram:{owner}")
    try:
        await fake.wait_for(5, method="setMyCommands", within=60)
        await join_on_telegram(fake, USER)
        await join_on_telegram(fake, owner)
        with sqlite3.connect(bot.db_path) as db:
            (code,) = db.execute(
                "select c.member_code from customers c join channel_identities i "
                "on i.customer_id = c.id where i.external_id = ?",
                (str(USER),),
            ).fetchone()
        customer_before = len(fake.sent(USER))
        owner_before = len(fake.sent(owner))
        fake.chat_errors[USER] = [429, 500]
        started = time.monotonic()
        await fake.send_text(owner, f"/award {code} 450 R-1")
        (answer,) = (await fake.wait_for(owner_before + 1, chat_id=owner))[owner_before:]
        answered = time.monotonic() - started
        assert answer.text.startswith("✅ Amina: +45 points for KES")
        (notice,) = (await fake.wait_for(customer_before + 1, chat_id=USER, within=30))[
            customer_before:
        ]
        arrived = time.monotonic() - started
        assert notice.text == "🎉 +45 points at Baraka Café. You now have 45 points."
        assert [b["text"] for b in notice.inline_buttons()] == ["⭐ Rate this visit"]
        assert fake.chat_errors[USER] == []  # both refusals were met, then it went
        assert answered < 1.5 < arrived  # the answer did not wait for the retries
        await asyncio.sleep(1.5)
        assert len(fake.sent(USER)) == customer_before + 1  # once, not once per try
    finally:
        await stop_bot(bot)


async def test_a_till_system_records_a_purchase_through_the_api_of_the_polling_bot(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    """`run` polls Telegram and serves the till API on WEB_PORT: the owner makes a key in
    the chat, the till records a purchase over HTTP, the customer hears of it on Telegram,
    the shop's CRM gets a signed webhook, and a revoked key is refused from its next call."""
    port = free_port()
    received: list[tuple[bytes, str]] = []

    async def crm(request: web.Request) -> web.Response:
        received.append((await request.read(), request.headers.get(HEADER, "")))
        return web.Response()

    receiver = web.Application()
    receiver.router.add_post("/hook", crm)
    crm_server = TestServer(receiver)
    await crm_server.start_server()
    bot = await start_bot(fake, tmp_path, OWNER_IDS=f"telegram:{USER}", WEB_PORT=str(port))
    try:
        await fake.wait_for(5, method="setMyCommands", within=60)
        await join_on_telegram(fake, USER)
        customer = USER + 1
        await join_on_telegram(fake, customer)
        with sqlite3.connect(bot.db_path) as db:
            (code,) = db.execute(
                "select member_code from customers c join channel_identities i"
                " on i.customer_id = c.id where i.external_id = ?",
                (str(customer),),
            ).fetchone()
        hook = crm_server.make_url("/hook")
        (added,) = await _step(fake, fake.send_text(USER, f"/webhook add {hook} points.earned"))
        secret = added.text.rsplit("\n", 1)[1].strip()
        assert secret.startswith("whsec_")
        (made,) = await _step(fake, fake.send_text(USER, "/apikey new Front till"))
        key = made.text.split("\n\n")[1].strip()
        assert key.startswith("lk_")
        base = f"http://127.0.0.1:{port}/api/v1"
        headers = {"Authorization": f"Bearer {key}"}
        before = len(fake.sent(customer))
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/openapi.json") as document:
                assert (await document.json())["openapi"] == "3.1.0"
            body = {"member": code, "amount": "450", "receipt": "R-1032"}
            async with http.post(f"{base}/purchases", json=body, headers=headers) as answer:
                assert answer.status == 201
                assert (await answer.json())["points"] == 45
            (notice,) = (await fake.wait_for(before + 1, chat_id=customer))[before:]
            assert "+45 points" in notice.text
            for _ in range(100):  # the sender posts it beside the notice
                if received:
                    break
                await asyncio.sleep(0.1)
            ((told, signature),) = received
            assert verify(secret, signature, told, time.time())
            assert json.loads(told)["data"]["receipt"] == "R-1032"
            await _step(fake, fake.send_text(USER, f"/apikey revoke {key[:11]}"))
            async with http.post(f"{base}/purchases", json=body, headers=headers) as answer:
                assert answer.status == 401
                assert (await answer.json())["error"]["code"] == "unauthorized"
    finally:
        await stop_bot(bot)
        await crm_server.close()
