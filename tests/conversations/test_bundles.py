"""Bundles in the chat: staff list, sell and use them (by command or the QR panel's button),
in their language; the customer hears each step and sees what is left in /balance."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.program import Program
from tests.helpers.chat import Chat, staff_chat
from tests.helpers.programmes import with_bundles


@pytest.fixture
def program() -> Program:
    return with_bundles()


async def test_a_swahili_barber_sells_a_bundle_and_uses_it_from_the_qr_panel(app: App) -> None:
    barber = await staff_chat(app, "sw")
    nikos_chat = Chat(app, "20")
    nikos = await nikos_chat.join("el", name="Nikos")
    code = (await app.loyalty.customers.get(nikos)).member_code

    await barber.say("/bundle")
    assert barber.text.startswith("🎟️ Vifurushi vinavyouzwa:\n1. Kunyoa mara 3: matumizi 3")
    assert "2. Kuosha gari mara 5: matumizi 5, kwa siku 60" in barber.text
    await barber.say(f"/bundle sell {code} 1")
    assert barber.text.startswith("✅ Nikos sasa ana: Kunyoa mara 3 (matumizi 3, hadi")
    assert "💰 Pokea malipo kaunta: Ksh\u00a01,200." in barber.text
    told = await barber.told(nikos)
    assert told.startswith("🎟️ Ευχαριστούμε! Έχετε τώρα: 3 κουρέματα (3 χρήσεις, έως")

    await barber.say(f"/start m_{code}")  # the member card's QR code, scanned
    assert "🎟️ Kunyoa mara 3: yamebaki 3 kati ya 3, hadi" in barber.text
    await barber.press("Tumia: Kunyoa mara 3")
    assert barber.text.startswith("✅ Nikos · Kunyoa mara 3: matumizi moja yamechukuliwa.")
    assert "Yamebaki 2, hadi" in barber.text
    assert (await barber.told(nikos)).startswith("🎟️ 3 κουρέματα: μία χρήση έγινε. Απομένουν 2")

    await nikos_chat.say("/balance")
    assert "🎟️ 3 κουρέματα: απομένουν 2 από 3, έως" in nikos_chat.text
    await nikos_chat.say(f"/bundle use {code}")  # a customer cannot use the till's command
    assert "✅" not in nikos_chat.text
    assert (await app.loyalty.bundles.held(nikos))[0].uses_left == 2

    await barber.say("/undo")  # the use was pressed by mistake
    assert barber.text == (
        "↩️ Imetenguliwa: matumizi moja ya Kunyoa mara 3 yamerudishwa kwa Nikos. "
        "Yamebaki matumizi 3."
    )
    assert await barber.told(nikos) == (
        "↩️ Διορθώθηκε μια λανθασμένη καταχώριση: η χρήση επιστράφηκε στο «3 κουρέματα». "
        "Απομένουν 3 χρήσεις."
    )
    assert (await app.loyalty.bundles.held(nikos))[0].uses_left == 3


async def test_an_english_cashier_is_asked_which_bundle_and_wrong_input_changes_nothing(
    app: App,
) -> None:
    cashier = await staff_chat(app, "en")
    abebe_chat = Chat(app, "30")
    abebe = await abebe_chat.join("am", name="Abebe")
    code = (await app.loyalty.customers.get(abebe)).member_code
    await cashier.say(f"/bundle use {code}")
    assert cashier.text == app.translator("en", "error-no-bundle-held")
    await cashier.say(f"/bundle sell {code} 7")
    assert cashier.text == app.translator("en", "error-unknown-bundle", bundle="7")
    await cashier.say(f"/bundle sell {code} haircuts")
    await cashier.say(f"/bundle sell {code} 5 car washes")
    assert cashier.text.startswith("✅ Abebe now holds: 5 car washes (5 uses, until")
    told = await cashier.told(abebe)
    assert told.startswith("🎟️ እናመሰግናለን! አሁን ይህን ይዘዋል፦ 5 የመኪና እጥበት (5 አገልግሎት፣ እስከ")

    await cashier.say(f"/bundle use {code}")
    assert cashier.text == "Abebe holds more than one bundle. Which one is this visit?"
    await cashier.press("Use: 5 car washes")
    assert cashier.text.startswith("✅ Abebe · 5 car washes: one use taken. 4 left, until")
    await cashier.say(f"/bundle use {code} haircuts")
    assert cashier.text.startswith("✅ Abebe · 3 haircuts: one use taken. 2 left, until")
    held = {h.key: h.uses_left for h in await app.loyalty.bundles.held(abebe)}
    assert held == {"haircuts": 2, "washes": 4}
