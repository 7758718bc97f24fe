"""The real bot process on WhatsApp alone: signed webhooks in Meta's shape in, the Cloud
API (a local fake over real HTTP) out."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import zxingcpp
from PIL import Image

from tests.helpers.bot_process import BotProcess, free_port, start_bot, stop_bot
from tests.helpers.fake_graph import (
    APP_SECRET,
    PHONE_ID,
    TOKEN,
    VERIFY_TOKEN,
    FakeGraph,
    FakeMeta,
    Sent,
)
from tests.helpers.fake_telegram import FakeTelegram
from tests.helpers.processes import modules_imported

# Real bot processes: minutes, not seconds (`pytest -m "not slow"` leaves them out).
pytestmark = pytest.mark.slow

CUSTOMER = "254700000001"
OWNER = "254700000009"


def _whatsapp(graph: FakeGraph, port: int) -> dict[str, str]:
    """The settings of a bot on WhatsApp, its webhook on loopback at `port`."""
    return {
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_ID,
        "WHATSAPP_ACCESS_TOKEN": TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_API_BASE": graph.base,
        "WEB_HOST": "127.0.0.1",
        "WEB_PORT": str(port),
    }


@pytest.fixture
async def bot(graph: FakeGraph, tmp_path: Path) -> AsyncIterator[tuple[BotProcess, FakeMeta]]:
    port = free_port()
    process = await start_bot(
        None,
        tmp_path,
        OWNER_IDS=f"whatsapp:{OWNER}",
        # The log carries Python's report of every module imported (what the bot loads).
        PYTHONPROFILEIMPORTTIME="1",
        **_whatsapp(graph, port),
    )
    url = f"http://127.0.0.1:{port}/whatsapp/webhook"
    async with aiohttp.ClientSession() as session:
        for _ in range(300):  # until the web server answers
            try:
                async with session.get(url):
                    break
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
    yield process, FakeMeta(url)
    await stop_bot(process)


async def _step(
    graph: FakeGraph, meta: FakeMeta, payload: dict, wa_id: str, replies: int = 1
) -> list[Sent]:  # type: ignore[type-arg]
    before = len(graph.to(wa_id))
    status, _ = await meta.post(payload)
    assert status == 200
    return (await graph.wait_for(before + replies, wa_id))[before:]


async def _join(graph: FakeGraph, meta: FakeMeta, wa_id: str, language: str, name: str) -> str:
    (welcome,) = await _step(graph, meta, meta.text(wa_id, "hi", name=name), wa_id)
    assert welcome.kind == "interactive" and welcome.body["interactive"]["type"] == "list"
    (ask_name,) = await _step(graph, meta, meta.row(wa_id, welcome.choices()[language]), wa_id)
    use_name = next(iter(ask_name.choices().values()))
    (consent,) = await _step(graph, meta, meta.button(wa_id, use_name, name=name), wa_id)
    yes = next(iter(consent.choices().values()))
    (done,) = await _step(graph, meta, meta.button(wa_id, yes, name=name), wa_id)
    return done.text


async def test_a_customer_joins_and_uses_the_programme_on_whatsapp(
    graph: FakeGraph, bot: tuple[BotProcess, FakeMeta]
) -> None:
    process, meta = bot
    done = await _join(graph, meta, CUSTOMER, "Kiswahili", "Amina")
    with sqlite3.connect(process.db_path) as db:
        code, phone, language = db.execute(
            "select member_code, phone, language from customers"
        ).fetchone()
    # No phone question: WhatsApp gives the number.
    assert (phone, language) == (f"+{CUSTOMER}", "sw")
    assert code in done
    menu = graph.to(CUSTOMER)[-1]
    assert menu.body["interactive"]["type"] == "list"  # 9 choices: a list, not buttons
    assert all(len(title) <= 24 for title in menu.choices())
    assert all(
        len(b) <= 20
        for s in graph.sent
        if s.kind == "interactive" and "buttons" in s.body["interactive"]["action"]
        for b in s.choices()
    )

    (balance,) = await _step(graph, meta, meta.text(CUSTOMER, "Salio"), CUSTOMER)
    assert balance.text.startswith("Una pointi 0.")
    # The member code comes as an image message of its QR code, uploaded to Meta first.
    (qr,) = await _step(graph, meta, meta.text(CUSTOMER, "msimbo"), CUSTOMER)
    assert code in qr.text and qr.choices()  # the caption, with the way back to the menu
    assert qr.body["interactive"]["header"]["type"] == "image"
    assert graph.uploads and graph.uploads[-1].startswith(b"\x89PNG")
    # Its QR opens this chat in WhatsApp with the panel's command typed, for staff to send.
    (scanned,) = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(graph.uploads[-1])))]
    assert scanned == f"https://wa.me/254700111222?text=%2Fstart%20m_{code}"
    (menu_again,) = await _step(graph, meta, meta.text(CUSTOMER, "menu"), CUSTOMER)
    assert menu_again.body["interactive"]["type"] == "list"
    (stopped,) = await _step(graph, meta, meta.text(CUSTOMER, "ACHA"), CUSTOMER)
    assert "Hutapokea ofa tena" in stopped.text
    with sqlite3.connect(process.db_path) as db:
        (consent,) = db.execute("select marketing_consent from customers").fetchone()
    assert consent == 0

    # A message Meta delivers twice (same message id) is answered once.
    repeated = meta.text(CUSTOMER, "salio", mid="wamid.in.repeat")
    await _step(graph, meta, repeated, CUSTOMER)
    before = len(graph.to(CUSTOMER))
    assert (await meta.post(repeated))[0] == 200
    await asyncio.sleep(1.0)
    assert len(graph.to(CUSTOMER)) == before

    # A shop on WhatsApp alone, having served all that, never loaded aiogram (~150 MB).
    loaded = modules_imported(process.log())
    assert "pywa_async" in loaded  # the report is real
    assert not {"aiogram", "bot.channels.telegram"} & loaded


async def test_staff_work_the_till_from_whatsapp_and_the_customer_hears_in_greek(
    graph: FakeGraph, bot: tuple[BotProcess, FakeMeta]
) -> None:
    process, meta = bot
    await _join(graph, meta, CUSTOMER, "Ελληνικά", "Nikos")
    await _join(graph, meta, OWNER, "English", "Eleni")
    with sqlite3.connect(process.db_path) as db:
        (code,) = db.execute("select member_code from customers where name = 'Nikos'").fetchone()
    before = len(graph.to(CUSTOMER))
    (answer,) = await _step(graph, meta, meta.text(OWNER, f"/award {code} 1000 R-1"), OWNER)
    assert answer.text == "✅ Nikos: +100 points for KES\u00a01,000. Balance: 100."
    told = (await graph.wait_for(before + 1, CUSTOMER))[before]
    assert told.text.startswith("🎉 +100 πόντοι από Baraka Café.")
    # The staff member scanned the customer's card: WhatsApp typed "/start m_<code>".
    (panel,) = await _step(graph, meta, meta.text(OWNER, f"/start m_{code}"), OWNER)
    assert "Nikos" in panel.text and code in panel.text and panel.choices()


async def test_unsigned_forged_replayed_and_broken_webhooks_change_nothing(
    graph: FakeGraph, bot: tuple[BotProcess, FakeMeta]
) -> None:
    process, meta = bot
    hello = meta.text(CUSTOMER, "hi")
    assert (await meta.post(hello, signature=None))[0] == 401
    assert (await meta.post(hello, signature="sha256=" + "0" * 64))[0] in (401, 403)
    assert (await FakeMeta(meta.url, secret="wrong").post(hello))[0] in (401, 403)
    assert (await meta.post(b"{not json"))[0] == 400
    assert (await meta.post(b"x" * 300_000))[0] == 413
    status, _ = await meta.post({"object": "whatsapp_business_account", "entry": "nonsense"})
    assert status < 500
    await asyncio.sleep(1.0)
    assert graph.sent == []
    with sqlite3.connect(process.db_path) as db:
        assert db.execute("select count(*) from customers").fetchone() == (0,)
    assert "Traceback" not in process.log()

    async with aiohttp.ClientSession() as session:
        query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"}
        async with session.get(meta.url, params=query) as response:
            assert (response.status, await response.text()) == (200, "42")
        query["hub.verify_token"] = "guess"
        async with session.get(meta.url, params=query) as response:
            assert response.status == 403


async def test_one_process_serves_telegram_and_whatsapp_from_one_database(
    graph: FakeGraph, telegram: FakeTelegram, tmp_path: Path
) -> None:
    port = free_port()
    process = await start_bot(telegram, tmp_path, **_whatsapp(graph, port))
    try:
        await telegram.wait_for(5, method="setMyCommands", within=60)
        meta = FakeMeta(f"http://127.0.0.1:{port}/whatsapp/webhook")
        await _join(graph, meta, CUSTOMER, "English", "Amina")
        await telegram.send_text(777002, "/start")
        (welcome,) = await telegram.wait_for(1, chat_id=777002)
        assert welcome.text.startswith("Welcome to the Baraka Café loyalty programme!")
    finally:
        await stop_bot(process)
    with sqlite3.connect(process.db_path) as db:
        channels = db.execute("select channel from channel_identities").fetchall()
    assert channels == [("whatsapp",)]  # the Telegram user has not finished joining


async def test_an_owner_writes_an_offer_with_a_photo_on_whatsapp(
    graph: FakeGraph, bot: tuple[BotProcess, FakeMeta]
) -> None:
    _, meta = bot
    await _join(graph, meta, OWNER, "English", "Eleni")
    (ask_text,) = await _step(graph, meta, meta.text(OWNER, "/offer new"), OWNER)
    assert ask_text.text.startswith("✍️ Write the text in English")
    (more,) = await _step(graph, meta, meta.text(OWNER, "Two for one on Sundays"), OWNER)
    assert more.body["interactive"]["type"] == "list"  # three languages and Continue
    (ask_image,) = await _step(graph, meta, meta.row(OWNER, more.choices()["Continue ➡️"]), OWNER)
    assert ask_image.text.startswith("🖼 Send a photo")
    picture = b"\xff\xd8\xff\xe0" + b"sunday" * 100
    graph.media["media.in.1"] = picture
    (ask_until,) = await _step(graph, meta, meta.image(OWNER, "media.in.1"), OWNER)
    assert ask_until.text.startswith("📅 Until when")
    (ask_bonus,) = await _step(graph, meta, meta.text(OWNER, "30"), OWNER)
    no_bonus = next(iter(ask_bonus.choices().values()))
    preview = await _step(graph, meta, meta.row(OWNER, no_bonus), OWNER, replies=6)
    assert sum(1 for p in preview if p.kind == "image") == 4  # every language's preview
    assert graph.uploads.count(picture) == 4


async def _post_in_two_segments(url: str, body: bytes, signature: str) -> int:
    """A POST whose body reaches the server in two TCP segments, a moment apart."""
    host_port = url.split("//", 1)[1].split("/", 1)[0]
    host, port = host_port.split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    head = (
        f"POST /whatsapp/webhook HTTP/1.1\r\nHost: {host_port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"X-Hub-Signature-256: {signature}\r\nConnection: close\r\n\r\n"
    ).encode()
    half = len(body) // 2
    writer.write(head + body[:half])
    await writer.drain()
    await asyncio.sleep(0.3)
    writer.write(body[half:])
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


async def test_a_signed_update_split_over_two_segments_is_read_whole_and_broken_shapes_get_400(
    graph: FakeGraph, bot: tuple[BotProcess, FakeMeta]
) -> None:
    process, meta = bot
    hello = meta.text(CUSTOMER, "hi", name="Amina " + "x" * 40)
    hello["entry"][0]["id"] = "W" * 1500  # about 2 KB, as a real update with a long name is
    body = json.dumps(hello).encode()
    assert len(body) > 2000
    assert await _post_in_two_segments(meta.url, body, meta.signature(body)) == 200
    (welcome,) = await graph.wait_for(1, CUSTOMER)
    assert welcome.kind == "interactive"

    nested = b'{"entry": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert (await meta.post(nested))[0] == 400
    not_a_list = meta.text(CUSTOMER, "hi")
    not_a_list["entry"][0]["changes"][0]["value"]["messages"] = {"0": "hi"}
    assert (await meta.post(not_a_list))[0] == 400
    strings = meta.text(CUSTOMER, "hi")
    strings["entry"][0]["changes"][0]["value"]["messages"] = ["hi"]
    assert (await meta.post(strings))[0] == 400
    await asyncio.sleep(0.5)
    assert len(graph.to(CUSTOMER)) == 1
    assert "Traceback" not in process.log()
