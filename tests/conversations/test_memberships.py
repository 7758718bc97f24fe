"""Memberships in the chat: a Greek cashier sells one, sees the discount to give at each
purchase and on the QR panel; the Swahili member hears it and sees it in /balance."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.program import Program
from models import StaffRole
from tests.helpers.chat import Chat
from tests.helpers.programmes import make_program

SILVER = {"en": "Silver club, one year", "sw": "Klabu ya fedha, mwaka mmoja",
          "el": "Ασημένια λέσχη, ένας χρόνος", "am": "የብር ክለብ፣ አንድ ዓመት"}  # fmt: skip


@pytest.fixture
def program() -> Program:
    return make_program(
        memberships=[
            {
                "key": "silver-year",
                "name": SILVER,
                "months": 12,
                "tier": "silver",
                "discount_percent": 10,
                "price": 3000,
            },
        ]
    )


async def test_a_greek_cashier_sells_a_membership_and_is_reminded_of_the_discount(
    app: App,
) -> None:
    cashier = Chat(app, "900")
    person = await cashier.join("el", name="Eleni")
    await app.loyalty.staff.appoint(person, StaffRole.STAFF, by=None, branch_key="westlands")
    amina_chat = Chat(app, "10")
    amina = await amina_chat.join("sw", name="Amina")
    code = (await app.loyalty.customers.get(amina)).member_code

    await cashier.say("/member")
    assert cashier.text.startswith("⭐ Συνδρομές προς πώληση:\n1. Ασημένια λέσχη, ένας χρόνος: 12")
    assert "κερδίζει πόντους όπως το επίπεδο: Ασημένιο · έκπτωση 10% στο ταμείο" in cashier.text
    await cashier.say(f"/member sell {code} 1")
    assert cashier.text.startswith(
        "✅ Amina · Ασημένια λέσχη, ένας χρόνος: από 2 Μαρ 2026 έως 2 Μαρ 2027."
    )
    assert "💰 Εισπράξτε στο ταμείο:" in cashier.text
    told = await cashier.told(amina)
    assert told.startswith("⭐ Karibu! Klabu ya fedha, mwaka mmoja unaendelea hadi 2 Mac 2027.")

    await cashier.say(f"/award {code} 1000")
    assert "+110 πόντοι" in cashier.text  # silver's x1.1 on 100 points
    assert cashier.text.endswith("⭐ Ασημένια λέσχη, ένας χρόνος: κάντε έκπτωση 10% στο ταμείο.")
    await cashier.say(f"/start m_{code}")
    assert "⭐ Ασημένια λέσχη, ένας χρόνος: έως 2 Μαρ 2027" in cashier.text

    await amina_chat.say("/balance")
    assert "⭐ Klabu ya fedha, mwaka mmoja: hadi 2 Mac 2027 (anapata pointi kama daraja: " in (
        amina_chat.text
    )
    await amina_chat.say(f"/member sell {code} 1")  # the till's command, not a customer's
    assert len(await app.loyalty.memberships.current(amina)) == 1
