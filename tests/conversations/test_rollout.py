"""A staged roll-out in the chat: a Swahili cashier at a branch not started is told kindly
(and the visit noted), a Greek owner reads the pilot against the others in /stats."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.program import Program
from models import StaffRole
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.programmes import make_program


@pytest.fixture
def program() -> Program:
    return make_program(
        branches=[
            {"key": "westlands", "name": "Westlands"},
            {"key": "cbd", "name": "CBD", "started": False},
        ]
    )


async def test_a_cashier_at_a_branch_not_started_is_told_and_the_owner_compares(
    app: App,
) -> None:
    cashier = Chat(app, "900")
    person = await cashier.join("sw", name="Wanjiru")
    await app.loyalty.staff.appoint(person, StaffRole.STAFF, by=None, branch_key="cbd")
    amina_chat = Chat(app, "20")
    amina = await amina_chat.join("sw", name="Amina")
    code = (await app.loyalty.customers.get(amina)).member_code

    await cashier.say(f"/award {code} 1000")
    assert cashier.text == (
        "Mpango wa uaminifu bado haujaanza katika tawi: CBD, kwa hiyo hakuna kinachopatikana "
        "wala kutumika hapa. Wateja wanabaki na kila walichopata na wanaweza kukitumia kwenye "
        "matawi ambapo mpango unaendelea.\n"
        "Ziara imeandikwa (bila pointi) ili mmiliki alinganishe matawi."
    )
    assert await balance(app, amina) == 0
    assert await cashier.told(amina) == ""  # the customer hears nothing
    await cashier.say(f"/stamp {code}")
    assert cashier.text.startswith("Mpango wa uaminifu bado haujaanza katika tawi: CBD")

    owner = Chat(app, "901")
    boss = await owner.join("el", name="Eleni")
    await app.loyalty.staff.appoint(boss, StaffRole.OWNER, by=None)
    await owner.say("/stats")
    lines = owner.text.splitlines()
    start = lines.index(
        "Σταδιακή εκκίνηση: τα πιλοτικά καταστήματα απέναντι σε όσα δεν έχουν ξεκινήσει ακόμη"
    )
    assert lines[start + 1] == (
        "Πιλοτικά (Westlands) · μέλη που ήρθαν: 0 · επισκέψεις ανά μέλος: χωρίς δεδομένα ακόμη"
        " · ήρθαν δύο ή περισσότερες φορές: χωρίς δεδομένα ακόμη"
    )
    assert lines[start + 2] == (
        "Δεν έχουν ξεκινήσει (CBD) · μέλη που ήρθαν: 1 · επισκέψεις ανά μέλος: 1"
        " · ήρθαν δύο ή περισσότερες φορές: 0%"
    )
