"""Staff at the till and owners at the desk, through the handlers: powers, flows, notices."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from bot.app import App
from bot.chat_types import Incoming
from bot.clock import ManualClock
from handlers.catalog import CATALOG
from models import AuditEntry, LedgerEntry, StaffRole
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.outbox import drain_outbox, texts

ADMIN_COMMANDS = [
    "/award {code} 1000",
    "/stamp {code}",
    "/redeem ABCDEF",
    "/undo",
    "/lookup {code}",
    "/adjust {code} +500 gift",
    "/staff add {code}",
    "/staff list",
]


async def _team(app: App) -> tuple[Chat, int, Chat, Chat]:
    """A customer (Swahili), a barista (English) and an owner (Greek), all joined."""
    customer = Chat(app, "100")
    amina = await customer.join("sw", name="Amina")
    barista = Chat(app, "200", display_name="Brian")
    brian = await barista.join("en", name="Brian")
    owner = Chat(app, "300", display_name="Eleni")
    eleni = await owner.join("el", name="Eleni")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    await app.loyalty.staff.appoint(brian, StaffRole.STAFF, by=None, branch_key="cbd")
    return customer, amina, barista, owner


async def _code(app: App, customer_id: int) -> str:
    return (await app.loyalty.customers.get(customer_id)).member_code


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_a_customer_gets_the_unknown_command_answer_and_nothing_changes(
    app: App, command: str
) -> None:
    customer, amina, _, _ = await _team(app)
    await app.loyalty.purchases.record(amina, "1000", idempotency_key="seed")
    async with app.db.read() as s:
        audit_before = await s.scalar(select(func.count(AuditEntry.id)))
    await customer.say(command.format(code=await _code(app, amina)))
    assert customer.text == app.translator("sw", "fallback-hint")
    assert len(customer.last) == 1 and await customer.told(amina) == ""
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(AuditEntry.id))) == audit_before
    assert await balance(app, amina) == 100


@pytest.mark.parametrize(
    "command", ["/adjust {code} +500 gift", "/staff add {code}", "/staff list"]
)
async def test_owner_commands_refuse_staff(app: App, command: str) -> None:
    _, amina, barista, _ = await _team(app)
    await barista.say(command.format(code=await _code(app, amina)))
    assert barista.text == app.translator("en", "error-not-allowed")
    assert await balance(app, amina) == 0
    assert await app.loyalty.staff.actor_for(amina) is None


async def test_award_tells_staff_and_customer_each_in_their_language(app: App) -> None:
    _, amina, barista, _ = await _team(app)
    code = await _code(app, amina)
    await barista.say(f"/award {code.lower()} 5000 R-77")
    assert barista.text == "✅ Amina: +500 points for KES\u00a05,000. Balance: 500."
    told = await barista.told(amina)
    assert "🎉 Pointi +500 kutoka Baraka Café. Sasa una pointi 500." in told
    # Both go through the outbox, queued with the purchase and the upgrade themselves.
    assert texts(await drain_outbox(app))[amina] == [
        "🎉 Pointi +500 kutoka Baraka Café. Sasa una pointi 500.",
        "🏆 Hongera: umefikia daraja la Fedha! Pointi 10% zaidi kwa kila ununuzi",
    ]
    await barista.say(f"/award {code} 5000 R-77")  # the same receipt again
    assert barista.text == app.translator("en", "staff-awarded-again", points=500)
    assert await balance(app, amina) == 500
    assert await drain_outbox(app) == {}  # congratulated once


@pytest.mark.parametrize("args", ["", "ABC", "ABC 10 r1 extra", "NOSUCH1 100"])
async def test_award_with_bad_arguments(app: App, args: str) -> None:
    _, _, barista, _ = await _team(app)
    await barista.say(f"/award {args}")
    assert barista.text in (
        app.translator("en", "staff-usage-award"),
        app.translator("en", "error-unknown-member-code", member_code="NOSUCH1"),
    )
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(LedgerEntry.id))) == 0


async def test_a_limit_answers_the_staff_and_notes_the_owners(app: App) -> None:
    _, amina, barista, _ = await _team(app)
    eleni = (await app.loyalty.customers.find_by_identity("test", "300")).customer_id  # type: ignore[union-attr]
    code = await _code(app, amina)
    await barista.say(f"/award {code} 9000")  # 900 points: above the 500 staff limit
    assert barista.text == app.translator("en", "error-award-limit-exceeded", points=900, limit=500)
    assert (
        await barista.told(eleni)
        == "⚠️ Ο/Η Brian έφτασε σε όριο με το μέλος "
        + code
        + ": πόντοι πάνω από το όριο του προσωπικού."
    )
    assert await balance(app, amina) == 0


async def test_stamps_and_a_full_card(app: App, clock: ManualClock) -> None:
    _, amina, barista, _ = await _team(app)
    code = await _code(app, amina)
    for count in ("3", "3", "3"):
        await barista.say(f"/stamp {code} {count}")
        clock.advance(days=1)
    await barista.say(f"/stamp {code}")
    assert barista.text == "✅ Amina: +1 stamp. Card: 0 of 10."
    assert "Kadi yako ya mihuri imejaa!" in await barista.told(amina)
    await barista.say(f"/stamp {code}")
    clock.advance(minutes=1)
    await barista.say(f"/stamp {code}")  # inside the 10-minute cooldown
    assert barista.text.startswith("Please wait a little: the next stamp is possible at")


async def test_redeeming_a_code_at_the_counter(app: App) -> None:
    customer, amina, barista, _ = await _team(app)
    await app.loyalty.purchases.record(amina, "2000", idempotency_key="seed")
    await customer.say("/rewards")
    await customer.press("Espresso")
    await customer.press("Ndiyo")
    code = next(w for w in customer.text.split() if len(w) == 6 and w.isalnum() and w.isupper())
    await barista.say(f"/redeem {code}")
    assert barista.text == "✅ Hand over to Amina: Espresso."
    assert (
        await barista.told(amina)
        == "🎁 Umepokea: Espresso. Furahia, na asante kwa kutembelea Baraka Café!"
    )
    await barista.say(f"/redeem {code}")
    assert barista.text.startswith(app.translator("en", "error-redemption-used", code=code))


async def test_undo_the_last_award(app: App) -> None:
    _, amina, barista, _ = await _team(app)
    await barista.say(f"/award {await _code(app, amina)} 1000")
    await barista.say("/undo")
    assert barista.text == "↩️ Undone: 100 points taken back from Amina."
    assert await barista.told(amina) == "↩️ Kosa limerekebishwa: pointi −100. Sasa una pointi 0."
    await barista.say("/undo")
    assert barista.text.startswith(app.translator("en", "error-nothing-to-undo"))
    assert await balance(app, amina) == 0


async def test_lookup_and_adjust_at_the_owners_desk(app: App) -> None:
    _, amina, barista, owner = await _team(app)
    await app.loyalty.purchases.record(amina, "3000", idempotency_key="seed")
    await barista.say("/lookup amin")
    assert (
        "👤 Amina · " in barista.text
        and "Χάλκινο" not in barista.text
        and "300 points" in barista.text
    )
    async with app.db.read() as s:
        looked = await s.scalar(select(AuditEntry).where(AuditEntry.action == "lookup"))
    assert looked is not None and looked.details == {"query": "amin"}
    await owner.say(f"/adjust {await _code(app, amina)} -50 χαλασμένη μηχανή")
    assert owner.text == "✅ Amina: −50 πόντοι (χαλασμένη μηχανή). Υπόλοιπο: 250."
    assert await barista.told(amina) == "" and (await owner.told(amina)).startswith(
        "Pointi −50 kutoka dukani"
    )
    await owner.say(f"/adjust {await _code(app, amina)} lots reason")
    assert owner.text == app.translator("el", "staff-usage-adjust")


async def test_owners_manage_the_team(app: App) -> None:
    customer, amina, _, owner = await _team(app)
    code = await _code(app, amina)
    await owner.say(f"/staff add {code} nowhere")
    assert owner.text.startswith("Δεν υπάρχει κατάστημα «nowhere»")
    await owner.say(f"/staff add {code} westlands")
    assert owner.text == "✅ Ο/Η Amina ανήκει πλέον στο προσωπικό."
    await customer.say(f"/stamp {code}")  # Amina may now work the till
    assert customer.text.startswith("✅ Amina: muhuri +1")
    await owner.say("/staff list")
    assert (
        "🧑‍🍳 Amina" in owner.text
        and "κατάστημα: westlands" in owner.text
        and "👑 Eleni" in owner.text
    )
    await owner.say(f"/staff remove {code}")
    await customer.say(f"/stamp {code}")
    assert customer.text == app.translator("sw", "fallback-hint")  # powers gone at once


async def test_the_qr_code_opens_the_customer_panel_for_staff_only(app: App) -> None:
    _, amina, barista, _ = await _team(app)
    link = "https://t.me/baraka_bot?start={payload}"
    reply = (
        await app.conversation.handle(Incoming("test", "100", text="/mycode", deep_link=link))
    )[0]
    assert reply.image is not None
    (decoded,) = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(reply.image)))]
    code = await _code(app, amina)
    assert decoded == f"https://t.me/baraka_bot?start=m_{code}"
    payload = decoded.split("start=", 1)[1]

    await barista.say(f"/start {payload}")  # what opening the link sends
    assert barista.text.startswith(f"👤 Amina · {code}")
    await barista.press("Stamp")
    assert barista.text.startswith("✅ Amina: +1 stamp")
    await barista.say(f"/start {payload}")
    await barista.press("Purchase")
    assert barista.text == "Amount of the purchase for Amina?"
    await barista.say("450")
    assert barista.text.startswith("✅ Amina: +45 points for KES\u00a0450")

    stranger = Chat(app, "999", display_name="Sam")
    await stranger.join("en", name="Sam")
    await stranger.say(f"/start {payload}")  # a customer opening someone's QR: nothing harmful
    assert stranger.text == app.translator("en", "welcome-back", name="Sam")
    await stranger.press_data(f"v1:tstamp:{code.lower()}")  # nor a forged panel button
    assert app.translator("en", "button-stale") in stranger.text
    assert (await app.loyalty.summary.summary(amina)).stamps == 1


async def test_owner_ids_from_the_settings_take_effect_after_joining(app: App) -> None:
    deps = replace(app.conversation.deps, owner_ids=frozenset({("test", "555")}))
    app.conversation.deps = deps
    boss = Chat(app, "555", display_name="Boss")
    boss_id = await boss.join("en", name="Boss")
    await boss.say("/staff list")
    assert boss.text.startswith("The team:") and "👑 Boss" in boss.text
    assert (await app.loyalty.staff.actor_for(boss_id)) is not None


@pytest.mark.parametrize(
    "action", sorted(name for name, a in CATALOG.actions.items() if a.role is not None)
)
async def test_a_forged_staff_button_gets_the_answer_an_unknown_button_gets(
    app: App, action: str
) -> None:
    """Different answers once told a curious customer which action names exist."""
    customer, amina, _, _ = await _team(app)
    code = (await _code(app, amina)).lower()
    await customer.press_data(f"v1:nosuchaction:{code}")
    unknown = [(r.text, r.buttons) for r in customer.last]
    await customer.press_data(f"v1:{action}:{code}")
    assert [(r.text, r.buttons) for r in customer.last] == unknown


def _own_buttons(chat: Chat) -> list[str]:
    """The buttons under the sender's own answer."""
    return chat.labels()


async def test_a_purchase_typed_twice_without_a_receipt_is_pointed_out_with_an_undo(
    app: App, clock: ManualClock
) -> None:
    _, amina, barista, _ = await _team(app)
    code = await _code(app, amina)
    await barista.say(f"/award {code} 450")
    assert _own_buttons(barista) == []  # the first one: nothing to point out
    clock.advance(minutes=2)
    await barista.say(f"/award {code} 450")  # the same, typed again
    assert barista.text.splitlines()[-1] == (
        "⚠️ The same amount was recorded for Amina 2 minutes ago, without a receipt number. "
        "Typed twice? Undo this one."
    )
    assert await balance(app, amina) == 90
    undo = barista.button("Undo this purchase").data
    await barista.press_data(undo)
    assert barista.text == "↩️ Undone: 45 points taken back from Amina."
    assert await balance(app, amina) == 45
    await barista.press_data(undo)  # a second press takes nothing more back
    assert barista.text == app.translator("en", "error-nothing-to-undo")
    assert await balance(app, amina) == 45
    clock.advance(minutes=10)
    await barista.say(f"/award {code} 450")  # later, a real second visit
    assert _own_buttons(barista) == []
    await barista.say(f"/award {code} 300 R-9")  # with receipts, the receipts decide
    await barista.say(f"/award {code} 300 R-10")
    assert _own_buttons(barista) == []
    assert await balance(app, amina) == 150


@pytest.mark.parametrize("again", ["r-1032", "R-1032", "R\u200b-1032", "Ｒ-１０３２"])
async def test_receipts_compare_without_case_and_invisible_characters(app: App, again: str) -> None:
    _, amina, barista, _ = await _team(app)
    code = await _code(app, amina)
    await barista.say(f"/award {code} 450 R-1032")
    await barista.say(f"/award {code} 450 {again}")
    assert barista.text == app.translator("en", "staff-awarded-again", points=45)
    assert await balance(app, amina) == 45


async def test_the_undo_button_never_takes_back_a_later_action(
    app: App, clock: ManualClock
) -> None:
    _, amina, barista, _ = await _team(app)
    code = await _code(app, amina)
    await barista.say(f"/award {code} 450")
    await barista.say(f"/award {code} 450")
    undo = barista.button("Undo").data
    await barista.say(f"/stamp {code}")  # something else since
    await barista.press_data(undo)
    assert barista.text == app.translator("en", "error-nothing-to-undo")
    assert await balance(app, amina) == 90
    assert (await app.loyalty.summary.summary(amina)).stamps == 1


async def test_an_amount_in_a_refusal_is_money_in_the_readers_language(app: App) -> None:
    _, amina, barista, owner = await _team(app)
    code = await _code(app, amina)
    await barista.say(f"/award {code} 10")
    assert barista.text == "Purchases under KES\u00a050 do not earn points."
    await owner.say(f"/award {code} 60000")
    assert owner.text.startswith("Το 50.000\u00a0KES είναι το μεγαλύτερο ποσό")
    assert await balance(app, amina) == 0
