"""Prize draws in the chat: the owner opens one step by step, customers get tickets at the
till or for points, and everyone hears the result in their own language."""

from __future__ import annotations

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.draw_method import commitment, parse_entry, pick_winners
from models import StaffRole
from tests.helpers.chat import Chat


async def _owner(app: App, language: str = "en") -> Chat:
    owner = Chat(app, "900")
    person = await owner.join(language, name="Wanjiru")
    await app.loyalty.staff.appoint(person, StaffRole.OWNER, by=None)
    return owner


async def test_an_owner_opens_a_purchase_draw_and_a_swahili_customer_wins_it(
    app: App, clock: ManualClock
) -> None:
    owner = await _owner(app)
    await owner.say("/draws new")
    assert owner.text.startswith("🎟️ A new prize draw. What is the prize?")
    await owner.say("A hamper of coffee")
    await owner.say("next week")  # not a time
    assert owner.text == "I need one moment in the future, within a year, such as 2026-12-24 18:00."
    await owner.say("2026-12-24 18:00")
    await owner.press("By buying")
    await owner.say("500")
    await owner.say("2")
    await owner.press("1")
    assert "🏆 1 winner" in owner.text and "up to 2 tickets per person" in owner.text
    await owner.press("Open the draw")
    assert owner.text.startswith("✅ Draw 1 is open.")

    amina_chat = Chat(app, "10")
    amina = await amina_chat.join("sw", name="Amina")
    code = (await app.loyalty.customers.get(amina)).member_code
    await owner.say(f"/award {code} 600")
    told = await owner.told(amina)
    assert "🎟️ Ununuzi wako umekupa tiketi katika bahati nasibu 1 (A hamper of coffee)" in told
    await amina_chat.say("/draw")
    assert "🎟️ Bahati nasibu 1: A hamper of coffee" in amina_chat.text
    assert "Hadi sasa: tiketi moja kutoka kwa mtu mmoja." in amina_chat.text
    (record,) = amina_chat.last[0].files
    assert record.filename == "draw-1.txt"

    clock.set(clock.now().replace(year=2026, month=12, day=25))
    await app.loyalty.draws.draw_due()
    await amina_chat.say("/draw")
    assert "🎉 Umeshinda! Onyesha msimbo" in amina_chat.text
    text = amina_chat.last[0].files[0].data.decode()
    head, _, body = text.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    assert commitment(fields["seed"]) == fields["commitment"]
    entries = [parse_entry(line) for line in body.splitlines()]
    (winner,) = pick_winners(fields["seed"], entries, 1)
    assert f"Tiketi iliyoshinda: {winner.ticket}" in amina_chat.text
    await owner.say("/draws run 1")
    assert owner.text.startswith("Draw 1 is done already")


async def test_a_greek_customer_buys_a_ticket_with_points(app: App) -> None:
    owner = await _owner(app, "el")
    await owner.say("/draws new")
    await owner.say("Ένα ποδήλατο")
    await owner.say("2026-12-24 18:00")
    await owner.press("Με πόντους")
    await owner.say("100")
    await owner.press("1")
    await owner.press("1")
    assert "ένας λαχνός ανά άτομο" in owner.text
    await owner.press("Άνοιγμα κλήρωσης")

    nikos_chat = Chat(app, "20")
    nikos = await nikos_chat.join("el", name="Nikos")
    code = (await app.loyalty.customers.get(nikos)).member_code
    await owner.say(f"/award {code} 2500")
    await nikos_chat.say("/draw")
    assert "Συμμετοχή με πόντους: ένας λαχνός κοστίζει 100 πόντους" in nikos_chat.text
    await nikos_chat.press("Λαχνός για 100 πόντους")
    assert nikos_chat.text.startswith("Να δοθούν 100 πόντοι για έναν λαχνό στην κλήρωση 1")
    await nikos_chat.press("✅")
    assert "Έχετε 1 λαχνό σε αυτή την κλήρωση. Υπόλοιπο πόντων: 150." in nikos_chat.text
    await nikos_chat.say("/draw")
    await nikos_chat.press("Λαχνός για 100 πόντους")
    await nikos_chat.press("✅")
    assert nikos_chat.text.startswith("Έχετε ήδη τον λαχνό σας")
    assert (await app.loyalty.summary.summary(nikos, history=0)).balance == 150


async def test_a_customer_cannot_run_the_owners_draw_commands(app: App) -> None:
    await _owner(app)
    stranger = Chat(app, "30")
    await stranger.join("en", name="Sam")
    await stranger.say("/draws new")
    unknown = stranger.text
    await stranger.say("/nosuchcommand")
    assert stranger.text == unknown
    assert await app.loyalty.draws.views() == []
