"""Happy hours in the chat: staff see which promotion the till applied, the customer hears
it in their own language, and /offers tells customers when to come."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.program import Program
from tests.helpers.chat import Chat, staff_chat
from tests.helpers.programmes import make_program

TUESDAY = {"en": "Tuesday double points", "sw": "Jumanne ya pointi mara mbili",
           "el": "Διπλοί πόντοι της Τρίτης", "am": "የማክሰኞ እጥፍ ነጥብ"}  # fmt: skip
RAINS = {"en": "Rainy Monday stamp", "sw": "Muhuri wa Jumatatu ya mvua",
         "el": "Σφραγίδα της βροχερής Δευτέρας", "am": "የዝናባማ ሰኞ ማህተም"}  # fmt: skip


@pytest.fixture
def program() -> Program:
    return make_program(
        happy_hours=[
            {
                "key": "tuesday",
                "name": TUESDAY,
                "days": ["tue"],
                "start": "16:00",
                "end": "18:00",
                "multiplier": 2,
                "limit": 1,
            },
            {
                "key": "rains",
                "name": RAINS,
                "days": ["mon"],
                "start": "08:00",
                "end": "20:00",
                "months": [3, 4, 5],
                "bonus_stamps": 1,
            },
        ]
    )


async def test_a_swahili_cashier_sees_the_happy_hour_and_the_greek_customer_hears_it(
    app: App, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 3, 3, 13, 30, tzinfo=UTC))  # Tuesday, 16:30 in Nairobi
    till = await staff_chat(app, "sw")
    nikos_chat = Chat(app, "20")
    nikos = await nikos_chat.join("el", name="Nikos")
    code = (await app.loyalty.customers.get(nikos)).member_code
    await till.say(f"/award {code} 1000")
    assert "✅ Nikos: pointi +200 kwa" in till.text
    assert till.text.endswith("🎉 Jumanne ya pointi mara mbili: pointi mara mbili.")
    told = await till.told(nikos)
    assert told.startswith("🎉 Διπλοί πόντοι της Τρίτης: +200 πόντοι από")
    await till.say(f"/award {code} 1000")  # once a day: the second purchase is plain
    assert "pointi +100 kwa" in till.text and "🎉" not in till.text

    await nikos_chat.say("/offers")
    shown = nikos_chat.last[0].text
    assert shown.startswith("⏰ Ώρες προσφορών\nΔιπλοί πόντοι της Τρίτης: Τρίτη, από")
    assert "Διπλοί πόντοι σε κάθε αγορά\nΜία φορά την ημέρα ανά πελάτη\n🔥 Ισχύει τώρα" in shown
    assert "Σφραγίδα της βροχερής Δευτέρας: Δευτέρα" in shown
    assert "Μόνο τους μήνες: Μάρτιος, Απρίλιος, Μάιος" in shown


async def test_an_english_cashier_gives_a_rainy_monday_stamp_and_amharic_offers_list_it(
    app: App, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))  # Monday 2 March, 12:00 in Nairobi
    till = await staff_chat(app, "en")
    abebe_chat = Chat(app, "30")
    abebe = await abebe_chat.join("am", name="Abebe")
    code = (await app.loyalty.customers.get(abebe)).member_code
    await till.say(f"/stamp {code}")
    assert till.text == (
        "✅ Abebe: +1 stamp. Card: 2 of 10.\n🎉 Rainy Monday stamp: +1 bonus stamp included."
    )
    told = await till.told(abebe)
    assert told == "🎉 የዝናባማ ሰኞ ማህተም፦ ☕ +2 ማህተም፤ ከነዚህ 1 በስጦታ። ካርድ፦ 2/10።"

    await abebe_chat.say("/offers")
    shown = abebe_chat.last[0].text
    assert shown.startswith("⏰ የቅናሽ ሰዓቶች\nየማክሰኞ እጥፍ ነጥብ፦ ማክሰኞ፣")
    assert "የዝናባማ ሰኞ ማህተም፦ ሰኞ፣" in shown
    assert "ማህተም በተቀበሉ ቁጥር 1 ተጨማሪ ማህተም በስጦታ\n🔥 አሁን በሂደት ላይ ነው" in shown
