"""`python bot.py claim-code`, as a shop without a till system runs it: the code, the t.me
link and its QR code to print; asked again, the same code; the customer who opens the
link gets the points once."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from bot.app import open_app
from bot.settings import Settings
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.fake_graph import APP_SECRET, PHONE_ID, TOKEN, VERIFY_TOKEN, FakeGraph
from tests.helpers.fake_telegram import BOT_USER, FakeTelegram
from tests.helpers.processes import run_bot

pytestmark = pytest.mark.slow


async def test_claim_code_prints_a_link_and_its_qr_and_the_code_pays_once(
    telegram: FakeTelegram, graph: FakeGraph, tmp_path: Path
) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_BASE": telegram.base,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_ID,
        "WHATSAPP_ACCESS_TOKEN": TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_API_BASE": graph.base,
    }
    qr = tmp_path / "receipt.png"

    def claim_code(*args: str) -> tuple[int, str, str]:
        done = run_bot("claim-code", *args, cwd=tmp_path, **env)
        return done.returncode, done.stdout, done.stderr

    status, out, err = await asyncio.to_thread(claim_code, "450", "r-77", "--qr", str(qr))
    assert status == 0, err
    found = re.search(r"^receipt R-77: KES\u00a0450 -> code ([A-Z0-9]{10}), valid until ", out)
    assert found is not None, out
    code = found.group(1)
    link = f"https://t.me/{BOT_USER['username']}?start=c_{code}"
    assert f"Telegram: {link}" in out and f"in the chat: /receipt {code}" in out
    assert f"WhatsApp: https://wa.me/254700111222?text=/receipt%20{code}" in out
    (decoded,) = [r.text for r in zxingcpp.read_barcodes(Image.open(qr))]
    assert decoded == link

    status, again, _ = await asyncio.to_thread(claim_code, "450", "R-77")
    assert status == 0 and f"code {code}," in again  # asked twice: one code
    status, _, err = await asyncio.to_thread(claim_code, "500", "R-77")
    assert (status, err) == (2, "error: Receipt R-77 already has a code, for another amount.\n")

    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'loyalty.db'}")
    async with open_app(settings) as app:
        chat = Chat(app, "9001")
        amina = await chat.join("en", name="Amina")
        await chat.say(f"/start c_{code}")
        assert chat.text == "🧾 Receipt R-77: +45 points. You now have 45 points."
        assert await balance(app, amina) == 45
