"""The welcome gift: points, and stamps already on the first card, given with the joining,
once per person: not again after erasing the account and joining again from the same chat
or with the same phone number."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.app import App
from bot.program import Program, ProgramError
from models import LedgerEntry, LedgerKind
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.programmes import make_program


@pytest.fixture
def program() -> Program:
    return make_program(welcome={"points": 50, "stamps": 2})


async def _stamps(app: App, customer_id: int) -> int:
    return (await app.loyalty.summary.summary(customer_id, history=0)).stamps


async def test_a_new_member_gets_points_and_a_head_start_once_per_person(app: App) -> None:
    customers = app.loyalty.customers
    amina = await customers.register(
        "telegram", "1", language="sw", name="Amina", phone="+254712000001"
    )
    assert amina.welcome is not None and (amina.welcome.points, amina.welcome.stamps) == (50, 2)
    assert await balance(app, amina.customer_id) == 50
    assert await _stamps(app, amina.customer_id) == 2
    async with app.db.read() as session:
        bonus = await session.scalar(
            select(LedgerEntry).where(LedgerEntry.customer_id == amina.customer_id)
        )
    assert bonus is not None and (bonus.kind, bonus.note) == (LedgerKind.BONUS, "welcome")

    await customers.erase(amina.customer_id)
    again = await customers.register("telegram", "1", language="sw", name="Amina")
    assert again.welcome is None and await balance(app, again.customer_id) == 0
    assert await _stamps(app, again.customer_id) == 0

    # Another chat, the same number (WhatsApp gives it): the same person.
    same_phone = await customers.register(
        "whatsapp", "254712000001", language="sw", phone="+254712000001", phone_vouched=True
    )
    assert same_phone.welcome is None and await balance(app, same_phone.customer_id) == 0

    joe = await customers.register("telegram", "2", language="en", name="Joe")
    assert joe.welcome is not None and await balance(app, joe.customer_id) == 50


def test_a_head_start_must_leave_the_card_to_fill() -> None:
    with pytest.raises(ProgramError, match=r"welcome\.stamps must be fewer than stamps\.slots"):
        make_program(welcome={"stamps": 10})
    assert make_program(welcome={"stamps": 9}).welcome.stamps == 9


async def test_the_gift_is_said_when_joining_in_the_members_language(app: App) -> None:
    chat = Chat(app, "77", display_name="Nikos")
    customer = await chat.join("el", name="Nikos")
    welcome = next(r.text for r in chat.last if "Nikos" in r.text)
    assert "🎁 Δώρο καλωσορίσματος: +50 πόντοι." in welcome
    assert "☕ Η πρώτη σας κάρτα σφραγίδων έχει ήδη 2 σφραγίδες." in welcome
    await chat.say("/card")
    assert "●●○○○○○○○○" in chat.text
    assert await balance(app, customer) == 50
