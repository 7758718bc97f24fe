"""At the till: /award, /stamp, /redeem, /undo, and the customer panel the QR code opens.

The customer hears at once, in their own language, what the till did; a fraud limit answers
the staff member and leaves a note for the owners.
"""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.languages import LANGUAGES, Language
from bot.loyalty.customers import CustomerRef
from bot.loyalty.errors import (
    AwardLimitExceeded,
    BranchNotStarted,
    LoyaltyError,
    StampCooldown,
    StampDailyCapReached,
    UnknownCard,
)
from bot.loyalty.promotions import Applied
from bot.loyalty.purchases import receipt_purchase
from bot.loyalty.redemptions import ConfirmedRedemption
from bot.numbers import whole_number
from bot.rendering import card_name
from bot.state import State
from bot.text import receipt_key
from handlers.bundles import held_lines, use_buttons
from handlers.callbacks import encode
from handlers.describe import times
from handlers.feature import Action, Command, Feature, Step
from handlers.memberships import discount_line, member_lines
from handlers.refusals import refusal_text
from handlers.request import Request
from models import StaffRole

STAMP, PURCHASE, CODE, UNDO = "tstamp", "tbuy", "tcode", "tundo"  # the QR panel's buttons
STAMP_ON = "tstampc"  # stamps on one card of several; arg: stamp_on_arg()


def stamp_on_arg(code: str, count: int, card: str) -> str:
    return f"{code.lower()}_{count}_{card}"


STEP_PREFIX = "till."
AMOUNT_STEP, CODE_STEP = f"{STEP_PREFIX}amount", f"{STEP_PREFIX}code"
LIMITS = (StampDailyCapReached, StampCooldown, AwardLimitExceeded)


async def _limit_hit(req: Request, customer: CustomerRef, refused: LoyaltyError) -> list[Reply]:
    staff_name = req.customer.name if req.customer and req.customer.name else "?"
    await req.loyalty.staff.note_owners(
        f"limit:{req.incoming.channel}:{req.incoming.update_id}",
        "staff-note-limit",
        besides=req.customer_id,
        staff=staff_name,
        code=customer.member_code,
        limit=refused.code,
    )
    return [Reply(refusal_text(req.speak, refused))]


async def award(req: Request, args: str) -> list[Reply]:
    parts = args.split()
    if len(parts) not in (2, 3):
        return [Reply(req.speak("staff-usage-award"))]
    return await _award(req, parts[0], parts[1], parts[2] if len(parts) == 3 else None)


async def _award(req: Request, code: str, amount: str, receipt: str | None) -> list[Reply]:
    customer = await req.loyalty.customers.find_by_member_code(code)
    staff = req.staff
    # A receipt number is unique per branch; without one, the chat update is the key, so a
    # redelivered message never awards twice.
    key = (
        receipt_purchase(staff.branch_id, receipt)
        if receipt and receipt_key(receipt)
        else req.update_key()
    )
    try:
        result = await req.loyalty.purchases.record(
            customer.customer_id, amount, idempotency_key=key, actor=staff
        )
    except AwardLimitExceeded as refused:
        return await _limit_hit(req, customer, refused)
    except BranchNotStarted as refused:  # a staged roll-out: the visit is noted, no points
        return [Reply(refusal_text(req.speak, refused) + "\n" + req.speak("staff-visit-noted"))]
    speak = req.speak
    if result.duplicate:
        return [Reply(speak("staff-awarded-again", points=result.points))]
    money = speak.money(result.amount)
    text = speak(
        "staff-awarded",
        name=customer.called,
        points=result.points,
        amount=money,
        balance=result.balance,
    )
    if result.promotion is not None:
        text += "\n" + promotion_line(req, result.promotion)
    discount = discount_line(req, result.membership)
    if discount is not None:  # the till gives it; staff are reminded at the purchase
        text += "\n" + discount
    buttons: tuple[tuple[Button, ...], ...] = ()
    # Without a receipt number nothing can tell a second purchase from the same one typed
    # twice: point it out, with the undo one tap away.
    ago = None if receipt else await req.loyalty.purchases.same_amount_recently(result.entry_id)
    if ago is not None:
        text += "\n" + speak("staff-award-repeated", name=customer.called, minutes=ago)
        buttons = ((Button(encode(UNDO, str(result.entry_id)), speak("staff-undo-button")),),)
    # The customer hears "+45 points" from the outbox: the engine queued it with the purchase.
    return [Reply(text, buttons)]


async def claim(req: Request, args: str) -> list[Reply]:
    """/claim <member code> <offer code>: an offer's bonus points, once per customer."""
    parts = args.split()
    if len(parts) != 2:
        return [Reply(req.speak("staff-usage-claim"))]
    customer = await req.loyalty.customers.find_by_member_code(parts[0])
    change = await req.loyalty.offers.claim(customer.customer_id, parts[1], actor=req.staff)
    text = req.speak(
        "staff-claimed", name=customer.called, points=change.amount, balance=change.balance
    )
    return [Reply(text)]


async def stamp(req: Request, args: str) -> list[Reply]:
    """/stamp <code> [count] [card]: the count and the card in either order, both optional."""
    parts = args.split()
    if not 1 <= len(parts) <= 3:
        return [Reply(req.speak("staff-usage-stamp"))]
    count, card = 1, None
    several = len(req.program.stamped_cards()) > 1
    for part in parts[1:]:
        number = whole_number(part)
        if number is not None:
            count = number  # 0 or 99 gets the engine's range
        elif card is None and several and not any(c.isnumeric() for c in part):
            card = card_by_name(req, part)
        else:  # "1.5", "-1", "³" where a count goes; a second card; a card in a one-card shop
            return [Reply(req.speak("staff-usage-stamp"))]
    return await _stamp(req, parts[0], count, card)


def card_by_name(req: Request, typed: str) -> str:
    """A card by its key, its name in any language, or a word only its name has ("lunch",
    "kahawa", "καφέ"), any case; anything else is refused, never guessed."""
    program, wanted = req.program, typed.casefold()
    cards = program.stamped_cards()

    def names(key: str) -> list[str]:
        spec = program.card(key)
        named = spec.name if spec is not None and spec.name else None
        words = [named.get(language) for language in LANGUAGES] if named else []
        return [key, card_name(program, req.speak, key), *words]

    exact = [key for key in cards if wanted in (n.casefold() for n in names(key))]
    partly = [key for key in cards if any(wanted in n.casefold().split() for n in names(key))]
    for found in (exact, partly):
        if len(found) == 1:
            return found[0]
    raise UnknownCard(card=typed)


async def _stamp(req: Request, code: str, count: int, card: str | None) -> list[Reply]:
    customer = await req.loyalty.customers.find_by_member_code(code)
    speak, program = req.speak, req.program
    cards = program.stamped_cards()
    if card is None and len(cards) > 1:  # several cards: staff choose, no guessing
        buttons = tuple(
            (
                Button(
                    encode(STAMP_ON, stamp_on_arg(customer.member_code, count, key)),
                    speak("staff-stamp-on", card=card_name(program, speak, key)),
                ),
            )
            for key in cards
        )
        return [Reply(speak("staff-which-card", name=customer.called), buttons)]
    card = card or cards[0]
    try:
        result = await req.loyalty.stamps.add(
            customer.customer_id,
            count,
            card=card,
            actor=req.staff,
            # A message or a button press delivered twice stamps once.
            idempotency_key=req.update_key(),
        )
    except LIMITS as refused:
        return await _limit_hit(req, customer, refused)
    text = speak(
        "staff-stamped", name=customer.called, count=count, stamps=result.stamps, slots=result.slots
    )
    if program.cards:
        text = speak("notice-which-card", card=card_name(program, speak, card)) + "\n" + text
    if result.promotion is not None:
        text += "\n" + promotion_line(req, result.promotion)
    return [Reply(text)]


def promotion_line(req: Request, applied: Applied) -> str:
    """Which promotion the till just applied, so staff can tell the customer."""
    speak = req.speak
    if applied.happy_hour is None:
        offer = applied.offer_title or ""
        return speak("staff-promotion-offer", offer=offer, times=times(applied.multiplier))
    happy = req.program.happy_hour(applied.happy_hour)
    name = happy.name.get(speak.language) if happy else applied.happy_hour
    if applied.bonus_stamps:
        return speak("staff-promotion-stamps", name=name, bonus=applied.bonus_stamps)
    return speak("staff-promotion-points", name=name, times=times(applied.multiplier))


def _reward_name(req: Request, confirmed: ConfirmedRedemption, language: Language) -> str:
    if confirmed.prize is not None:
        return confirmed.prize
    name = req.program.reward_name(confirmed.reward_key)
    return name.get(language) if name else confirmed.reward_key


async def redeem(req: Request, args: str) -> list[Reply]:
    code = args.strip()
    if not code:
        return [Reply(req.speak("staff-usage-redeem"))]
    confirmed = await req.loyalty.redemptions.confirm(code, actor=req.staff)
    customer = await req.loyalty.customers.get(confirmed.customer_id)
    reward = _reward_name(req, confirmed, req.speak.language)
    return [Reply(req.speak("staff-redeemed", reward=reward, name=customer.called))]


async def undo_button(req: Request, entry: str) -> list[Reply]:
    """The undo button under a purchase that looks typed twice: that purchase only."""
    entry_id = whole_number(entry)
    if entry_id is None:
        return [Reply(req.speak("button-stale"))]
    return await undo(req, entry_id=entry_id)


async def undo(req: Request, _: str = "", *, entry_id: int | None = None) -> list[Reply]:
    undone = await req.loyalty.undo.undo_last(req.staff, entry_id=entry_id)
    customer = await req.loyalty.customers.get(undone.customer_id)
    if undone.action == "purchase":
        text = req.speak("staff-undone-purchase", points=undone.points, name=customer.called)
    elif undone.action == "bundle-use":
        bundle = req.program.bundle(undone.bundle)
        text = req.speak(
            "staff-undone-bundle",
            bundle=bundle.name.get(req.speak.language) if bundle else undone.bundle,
            left=undone.left,
            name=customer.called,
        )
    else:
        text = req.speak("staff-undone-stamp", count=undone.stamps, name=customer.called)
    return [Reply(text)]


async def panel(req: Request, member_code: str) -> list[Reply]:
    """What a staff member sees after scanning a customer's QR code."""
    customer = await req.loyalty.customers.find_by_member_code(member_code)
    s = await req.loyalty.summary.summary(customer.customer_id, history=0)
    speak = req.speak
    text = speak(
        "staff-panel",
        name=customer.called,
        code=customer.member_code,
        tier=req.program.tier(s.tier_key).name.get(speak.language),
        points=s.balance,
        stamps=s.stamps,
        slots=s.stamp_slots,
    )
    code = customer.member_code.lower()
    program = req.program
    if program.cards:  # a stamp button for each card, its stamps in the text
        for state in await req.loyalty.stamps.cards(customer.customer_id):
            text += "\n" + speak(
                "balance-card",
                card=card_name(program, speak, state.card),
                stamps=state.stamps,
                slots=state.slots,
            )
    stamp_buttons = (
        tuple(
            Button(
                encode(STAMP_ON, stamp_on_arg(code, 1, key)),
                speak("staff-stamp-on", card=card_name(program, speak, key)),
            )
            for key in program.stamped_cards()
        )
        if program.cards
        else (Button(encode(STAMP, code), speak("staff-panel-stamp")),)
    )
    buttons: tuple[tuple[Button, ...], ...] = (
        stamp_buttons,
        (
            Button(encode(PURCHASE, code), speak("staff-panel-purchase")),
            Button(encode(CODE), speak("staff-panel-redeem")),
        ),
    )
    # Bundles and memberships only where the programme sells them: no query otherwise.
    if req.program.memberships:
        periods = await req.loyalty.memberships.current(customer.customer_id)
        text += "".join("\n" + line for line in member_lines(req, periods))
    held = await req.loyalty.bundles.held(customer.customer_id) if req.program.bundles else []
    if held:
        text += "\n" + "\n".join(held_lines(req, held))
        buttons += use_buttons(req, customer, held)
    return [Reply(text, buttons, edit=bool(req.incoming.callback))]


async def panel_stamp(req: Request, code: str) -> list[Reply]:
    return await _stamp(req, code, 1, None)


async def stamp_on(req: Request, arg: str) -> list[Reply]:
    """A card's stamp button (the panel's, or the answer to "which card?")."""
    code, count, card = [*arg.split("_", 2), "", ""][:3]
    number = whole_number(count)
    if number is None or card not in req.program.stamped_cards():
        return [Reply(req.speak("button-stale"))]
    return await _stamp(req, code, number, card)


async def ask_amount(req: Request, code: str) -> list[Reply]:
    customer = await req.loyalty.customers.find_by_member_code(code)
    await req.deps.states.set(*req.identity, State(AMOUNT_STEP, {"code": customer.member_code}))
    return [Reply(req.speak("staff-ask-amount", name=customer.called))]


async def ask_code(req: Request, _: str = "") -> list[Reply]:
    await req.deps.states.set(*req.identity, State(CODE_STEP, {}))
    return [Reply(req.speak("staff-ask-code"))]


async def on_text(req: Request, state: State) -> list[Reply]:
    """The amount or the code the panel asked for."""
    await req.deps.states.clear(*req.identity)
    text = (req.incoming.text or "").strip()
    if state.step == AMOUNT_STEP:
        return await _award(req, str(state.data.get("code", "")), text, None)
    return await redeem(req, text)


FEATURE = Feature(
    commands=(
        Command("award", award, role=StaffRole.STAFF),
        Command("stamp", stamp, role=StaffRole.STAFF),
        Command("redeem", redeem, role=StaffRole.STAFF),
        Command("undo", undo, role=StaffRole.STAFF),
        Command("claim", claim, role=StaffRole.STAFF),
    ),
    actions=(
        Action(STAMP, panel_stamp, role=StaffRole.STAFF),
        Action(STAMP_ON, stamp_on, role=StaffRole.STAFF),
        Action(PURCHASE, ask_amount, role=StaffRole.STAFF),
        Action(CODE, ask_code, role=StaffRole.STAFF),
        Action(UNDO, undo_button, role=StaffRole.STAFF),
    ),
    steps=(Step(STEP_PREFIX, on_text, role=StaffRole.STAFF),),
)
