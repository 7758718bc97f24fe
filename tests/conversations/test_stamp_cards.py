"""Several stamp cards and reward ladders in the chat: staff choose the card (asked with
buttons when they do not say), the customer sees each card with its steps and takes a
step's reward on the way; staff hand it over by its code. In two pairs of languages."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.program import Program
from handlers.callbacks import encode
from handlers.till import STAMP_ON
from tests.helpers.chat import Chat, staff_chat
from tests.helpers.programmes import with_cards


@pytest.fixture
def program() -> Program:
    return with_cards()


async def test_a_greek_cashier_chooses_the_card_and_a_swahili_customer_takes_a_step(
    app: App,
) -> None:
    cashier = await staff_chat(app, name="Eleni", language="el")
    amina_chat = Chat(app, "20")
    amina = await amina_chat.join("sw", name="Amina")
    code = (await app.loyalty.customers.get(amina)).member_code

    await cashier.say(f"/stamp {code} 3")  # two cards: which one?
    assert cashier.text == "Amina: σε ποια κάρτα μπαίνει η σφραγίδα;"
    assert cashier.labels() == ["➕ Σφραγίδα: Κάρτα καφέ", "➕ Σφραγίδα: Κάρτα μεσημεριανού"]
    await cashier.press("μεσημεριανού")
    assert cashier.text == "Κάρτα: Κάρτα μεσημεριανού\n✅ Amina: +3 σφραγίδες. Κάρτα: 3 από 5."
    assert (
        await cashier.told(amina) == "Kadi: Kadi ya chakula cha mchana\n☕ Mihuri +3: 3 kati ya 5."
    )
    await cashier.say(f"/stamp {code} 3 καφέ")  # a word only that card's name has
    assert cashier.text.startswith("Κάρτα: Κάρτα καφέ\n✅ Amina: +3 σφραγίδες. Κάρτα: 3 από 10.")

    await amina_chat.say("/card")
    coffee, lunch = amina_chat.last
    assert coffee.text.splitlines()[:5] == [
        "☕ Kadi yako: Kadi ya kahawa",
        "●●●○○○○○○○",
        "Mihuri 3 kati ya 10",
        "✅ Sasa ni yako, kwa mihuri 3: Biskuti",
        "▫️ Mihuri 6: Kipande cha keki",
    ]
    assert coffee.image is not None and lunch.image is not None  # each card as a picture
    assert "✅ Sasa ni yako, kwa mihuri 2: Kinywaji baridi" in lunch.text
    assert amina_chat.labels() == ["🎁 Chukua: Biskuti", "🎁 Chukua: Kinywaji baridi", "⬅️ Menyu"]
    await amina_chat.press("Kinywaji baridi")
    assert amina_chat.text == (
        "Utoe mihuri 2 kwenye kadi yako kwa zawadi hii? Utapata: Kinywaji baridi."
    )
    await amina_chat.press("✅")
    step_code = amina_chat.text.split(": ")[1].split("\n")[0]
    await amina_chat.say("/balance")
    assert "☕ “Kadi ya chakula cha mchana”: 1 kati ya 5" in amina_chat.text
    assert "☕ “Kadi ya kahawa”: 3 kati ya 10" in amina_chat.text

    await cashier.say(f"/redeem {step_code}")
    assert cashier.text == "✅ Δώστε στον πελάτη Amina: Ένα κρύο ρόφημα."


async def test_an_english_cashier_stamps_from_the_qr_panel_and_wrong_cards_change_nothing(
    app: App,
) -> None:
    cashier = await staff_chat(app, name="Eleni", language="en")
    abebe_chat = Chat(app, "30")
    abebe = await abebe_chat.join("am", name="Abebe")
    code = (await app.loyalty.customers.get(abebe)).member_code

    await cashier.say(f"/start m_{code}")  # the member card's QR code, scanned
    assert "☕ “Lunch card”: 0 of 5" in cashier.text
    await cashier.press("Stamp: Lunch card")
    assert cashier.text == "Card: Lunch card\n✅ Abebe: +1 stamp. Card: 1 of 5."
    assert await cashier.told(abebe) == "ካርድ፦ የምሳ ካርድ\n☕ +1 ማህተም፦ 1/5።"

    await cashier.say(f"/stamp {code} 2 breakfast")
    assert cashier.text == "There is no stamp card “breakfast”."
    await cashier.say(f"/stamp {code} card")  # every card's name has it: not a guess
    assert cashier.text == "There is no stamp card “card”."
    await cashier.press_data(encode(STAMP_ON, f"{code.lower()}_x_lunch"))  # a forged button
    assert cashier.text == app.translator("en", "button-stale")
    assert [(c.card, c.stamps) for c in await app.loyalty.stamps.cards(abebe)] == [
        ("main", 0),
        ("lunch", 1),
    ]

    await abebe_chat.say("/card")
    assert abebe_chat.last[0].text.startswith("☕ ካርድዎ፦ የቡና ካርድ\n○○○○○○○○○○")
    assert "▫️ 3 ማህተም ሲሞላ፦ ብስኩት" in abebe_chat.last[0].text
    assert "▫️ 2 ማህተም ሲሞላ፦ ቀዝቃዛ መጠጥ" in abebe_chat.last[1].text
    assert abebe_chat.labels() == ["⬅️ ምናሌ"]  # nothing to take yet
    await abebe_chat.press_data(encode("stepyes", "lunch_2"))  # pressed before it is reached
    assert abebe_chat.text == "ይህ ሽልማት 2 ማህተም ያስፈልገዋል፤ ካርድዎ ላይ ያሉት 1 ናቸው።"
    assert [(c.card, c.stamps) for c in await app.loyalty.stamps.cards(abebe)][1] == ("lunch", 1)
