"""A receipt's code in the chat: the link printed on the receipt (/start c_<code>) for a
member or for someone who joins through it, and the code typed as a word on WhatsApp."""

from __future__ import annotations

import io
import re

import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from bot.app import App
from bot.chat_types import Incoming
from bot.clock import ManualClock
from models import ReceiptCode, StaffRole
from tests.helpers.chat import Chat
from tests.helpers.databases import balance


async def test_a_member_opens_the_receipts_link(app: App) -> None:
    chat = Chat(app, "501")
    amina = await chat.join("en", name="Amina")
    issued = await app.loyalty.receipts.issue("450", "R-1032")
    await chat.say(f"/start c_{issued.code}")
    assert chat.text == "🧾 Receipt R-1032: +45 points. You now have 45 points."
    await chat.say(f"/start c_{issued.code}")  # opened again
    assert chat.text == "🧾 The points of receipt R-1032 are already yours. You have 45 points."
    assert await balance(app, amina) == 45


async def test_someone_new_joins_through_the_link_and_gets_the_points(app: App) -> None:
    issued = await app.loyalty.receipts.issue("1000", "D-77")
    chat = Chat(app, "502", display_name="Nikos")
    await chat.say(f"/start c_{issued.code}")
    t = app.translator
    await chat.press(t("el", "language-name"))
    await chat.press("Nikos")
    await chat.press(t("el", "join-skip-phone"))
    await chat.press(t("el", "join-consent-yes"))
    assert "🧾 Απόδειξη D-77: +100 πόντοι. Έχετε τώρα 100 πόντους." in [r.text for r in chat.last]
    customer = await app.loyalty.customers.find_by_identity("test", "502")
    assert customer is not None and await balance(app, customer.customer_id) == 100


async def test_the_code_typed_on_whatsapp_and_refusals_in_words(
    app: App, clock: ManualClock
) -> None:
    chat = Chat(app, "254700000050", channel="whatsapp")
    neema = await chat.join("sw", name="Neema")
    issued = await app.loyalty.receipts.issue("450", "R-5")
    await chat.say(f"Risiti {issued.code[:5]}-{issued.code[5:]}")  # as printed, with a dash
    assert chat.text.startswith("🧾 Risiti R-5: pointi +45. Sasa una pointi 45.")
    await chat.say("risiti")
    assert chat.text.startswith(app.translator("sw", "receipt-how"))
    await chat.say("risiti NOSUCHCODE")
    assert "Hakuna risiti yenye msimbo “NOSUCHCODE”" in chat.text
    late = await app.loyalty.receipts.issue("450", "R-6")
    clock.advance(days=8)
    await chat.say(f"/receipt {late.code}")
    assert "uliisha muda tarehe" in chat.text and "siku 7" in chat.text
    assert await balance(app, neema) == 45


async def test_someone_new_on_whatsapp_sends_the_receipts_text_and_joins(app: App) -> None:
    """The wa.me link on a receipt writes "/receipt <code>" for the customer."""
    issued = await app.loyalty.receipts.issue("450", "W-9")
    chat = Chat(app, "254700000051", channel="whatsapp", vouched_phone="+254700000051")
    await chat.say(f"/receipt {issued.code}")
    t = app.translator
    await chat.press(t("sw", "language-name"))
    await chat.press("Amina")
    await chat.press(t("sw", "join-consent-yes"))
    assert "🧾 Risiti W-9: pointi +45. Sasa una pointi 45." in [r.text for r in chat.last]


async def test_staff_make_a_code_with_its_qr_for_a_delivery(app: App) -> None:
    barista_chat = Chat(app, "610", display_name="Brian")
    brian = await barista_chat.join("en", name="Brian")
    await app.loyalty.staff.appoint(brian, StaffRole.STAFF, by=None, branch_key="cbd")
    link = "https://t.me/baraka_bot?start={payload}"
    (reply,) = await app.conversation.handle(
        Incoming("test", "610", text="/receiptcode 1,200 D-15", update_id="u-610", deep_link=link)
    )
    found = re.search(r"code ([A-Z0-9]{10}), valid until", reply.text)
    assert found is not None, reply.text
    code = found.group(1)
    assert reply.text.startswith("🧾 Receipt D-15 (KES\u00a01,200): code ")
    assert f"https://t.me/baraka_bot?start=c_{code}" in reply.text
    assert reply.image is not None
    (decoded,) = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(reply.image)))]
    assert decoded == f"https://t.me/baraka_bot?start=c_{code}"

    customer = Chat(app, "611")
    amina = await customer.join("en", name="Amina")
    await customer.say(f"/start c_{code}")
    assert customer.text == "🧾 Receipt D-15: +120 points. You now have 120 points."
    # The barista's branch: the same receipt typed at that branch's till counts once.
    await barista_chat.say(f"/award {await _member_code(app, amina)} 1200 D-15")
    assert await balance(app, amina) == 120

    await barista_chat.say("/receiptcode 1200")
    assert barista_chat.text == app.translator("en", "staff-usage-receiptcode")
    # A code is an award made in advance: the barista's award limit (500 points) holds.
    await barista_chat.say("/receiptcode 50000 D-16")
    assert "is more than you can give at once (limit: 500)" in barista_chat.text
    await customer.say("/receiptcode 100 X-1")  # not staff: nothing made
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(ReceiptCode.id))) == 1


async def _member_code(app: App, customer_id: int) -> str:
    return (await app.loyalty.customers.get(customer_id)).member_code
