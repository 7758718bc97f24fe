"""Prize draws in the chat.

Customers: `/draw` shows the open draws (how to enter, their tickets, the commitment) and
the results of recent ones, with the public record attached so anyone can check the draw;
a draw entered with points has a button to buy a ticket (asked once more before paying).
Owners: `/draws` lists them; `/draws new` asks for the prize, the closing time, how
customers enter, the cap per person and the number of winners, and opens it on a press;
`/draws run <n>` draws one whose closing time has passed (the bot does it by itself within
seconds); `/draws cancel <n>` calls one off and gives back the points paid for tickets.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from bot.chat_types import Attachment, Button, Reply
from bot.loyalty.draws import MAX_CAP, MAX_OPEN, MAX_WINNERS, PRIZE_MAX, DrawView, NewDraw
from bot.loyalty.errors import DrawNotFound, InvalidSchedule, LoyaltyError
from bot.loyalty.when import parse_when
from bot.numbers import whole_number
from bot.text import plain_text
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature
from handlers.flow import FINISH, Answer, Ask, Draft, Flow, Invalid
from handlers.menu import back_button, with_back
from handlers.refusals import refusal_text
from handlers.request import Request
from models import DrawEntryKind, DrawStatus, StaffRole

SHOW, ASK_BUY, BUY = "drw", "drwask", "drwbuy"
ENTRY, ONE, OPEN, CANCEL = "drwentry", "drwone", "drwopen", "drwstop"
_COMMITMENT_SHOWN = 16  # hex digits in the chat; the attached record has all 64


# --- customers ------------------------------------------------------------------------


async def show_draws(req: Request, _: str = "") -> list[Reply]:
    speak = req.speak
    draws = await req.loyalty.draws.views(req.customer_id)
    edit = bool(req.incoming.callback)
    if not draws:
        return [with_back(speak, speak("draw-none"), edit=edit)]
    replies = []
    for draw in draws:
        buttons: tuple[tuple[Button, ...], ...] = ()
        if draw.status is DrawStatus.OPEN and draw.entry is DrawEntryKind.POINTS:
            label = speak("draw-buy-button", points=draw.threshold)
            buttons = ((Button(encode(ASK_BUY, str(draw.id)), label),),)
        record = Attachment(f"draw-{draw.id}.txt", await _record(req, draw.id))
        replies.append(Reply(_describe(req, draw), buttons, files=(record,)))
    replies.append(with_back(speak, speak("draw-check-how")))
    return replies


def _describe(req: Request, draw: DrawView) -> str:
    speak = req.speak
    lines = [speak("draw-title", draw=draw.id, prize=draw.prize)]
    if draw.status is DrawStatus.OPEN:
        lines.append(
            speak("draw-closes", date=speak.date(draw.closes_at), time=speak.time(draw.closes_at))
        )
        lines.append(_how_to_enter(req, draw))
        lines.append(speak("draw-so-far", tickets=draw.tickets, people=draw.entrants))
        lines.append(
            speak("draw-yours", count=len(draw.mine), tickets=" ".join(draw.mine))
            if draw.mine
            else speak("draw-yours-none")
        )
        lines.append(speak("draw-commitment", commitment=draw.commitment[:_COMMITMENT_SHOWN]))
        return "\n".join(lines)
    lines.append(speak("draw-drawn", date=speak.date(draw.closes_at), tickets=draw.tickets))
    lines.append(
        speak("draw-winning", count=len(draw.winning), tickets=" ".join(draw.winning) or "-")
    )
    if draw.won_code is not None:
        lines.append(speak("draw-you-won", code=draw.won_code))
    elif draw.mine:
        lines.append(speak("draw-not-this-time", count=len(draw.mine), tickets=" ".join(draw.mine)))
    lines.append(speak("draw-seed", seed=draw.seed or "", commitment=draw.commitment))
    return "\n".join(lines)


def _how_to_enter(req: Request, draw: DrawView) -> str:
    speak = req.speak
    if draw.entry is DrawEntryKind.POINTS:
        return speak("draw-enter-points", points=draw.threshold, cap=draw.cap)
    return speak("draw-enter-purchase", amount=_money(req, draw.threshold), cap=draw.cap)


def _money(req: Request, minor: int) -> str:
    digits = req.program.shop.currency_digits
    return req.speak.money(Decimal(minor).scaleb(-digits))


async def _record(req: Request, draw_id: int) -> bytes:
    return (await req.loyalty.draws.published(draw_id)).encode()


async def ask_buy(req: Request, arg: str) -> list[Reply]:
    speak = req.speak
    draw = await req.loyalty.draws.view(_draw_id(arg), req.customer_id)
    text = speak("draw-buy-confirm", draw=draw.id, prize=draw.prize, points=draw.threshold)
    yes = Button(encode(BUY, str(draw.id)), speak("rewards-yes"))
    no = Button(encode(SHOW), speak("rewards-no"))
    return [Reply(text, ((yes, no),), edit=True)]


async def buy(req: Request, arg: str) -> list[Reply]:
    speak = req.speak
    bought = await req.loyalty.draws.buy_ticket(
        req.customer_id, _draw_id(arg), key=req.update_key()
    )
    text = speak("draw-bought", ticket=bought.code, count=bought.tickets, balance=bought.balance)
    return [Reply(text, (back_button(speak),), edit=True)]


def _draw_id(arg: str) -> int:
    number = whole_number(arg)
    if number is None:
        raise DrawNotFound(0)
    return number


# --- owners ---------------------------------------------------------------------------


async def manage(req: Request, args: str) -> list[Reply]:
    words = args.split()
    if words == ["new"]:
        return await FLOW.begin(req, DrawDraft(), "prize")
    number = whole_number(words[1]) if len(words) == 2 else None
    if number is not None and words[0] == "run":
        result = await req.loyalty.draws.draw(number, actor=req.staff)
        return [
            Reply(
                req.speak(
                    "draws-run", draw=number, tickets=result.tickets, count=len(result.winners)
                )
            )
        ]
    if number is not None and words[0] == "cancel":
        people = await req.loyalty.draws.cancel(number, actor=req.staff)
        return [Reply(req.speak("draws-cancelled", draw=number, people=people))]
    if words:
        return [Reply(req.speak("draws-usage"))]
    draws = await req.loyalty.draws.views()
    lines = [req.speak("draws-list-title" if draws else "draws-list-empty")]
    lines.extend(
        req.speak(
            "draws-line",
            draw=draw.id,
            prize=draw.prize,
            status=draw.status.value,
            tickets=draw.tickets,
            people=draw.entrants,
            date=req.speak.date(draw.closes_at),
        )
        for draw in draws
    )
    lines.append(req.speak("draws-usage"))
    return [Reply("\n".join(lines))]


class DrawDraft(Draft):
    prize: str = ""
    closes: datetime | None = None
    entry: Literal["purchase", "points"] | None = None
    threshold: int = 0
    cap: int = 1
    winners: int = 1


def _cancel_row(req: Request) -> tuple[Button, ...]:
    return (Button(encode(CANCEL), req.speak("compose-cancel")),)


def _ask(req: Request, text: str, *rows: tuple[Button, ...]) -> list[Reply]:
    return [Reply(text, (*rows, _cancel_row(req)))]


async def _ask_prize(req: Request, draft: DrawDraft) -> list[Reply]:
    return _ask(req, req.speak("draws-ask-prize", limit=PRIZE_MAX))


async def _accept_prize(req: Request, draft: DrawDraft, answer: Answer) -> DrawDraft:
    prize = plain_text(answer.text).strip()
    if not 0 < len(prize) <= PRIZE_MAX:
        raise Invalid(req.speak("draws-prize-bad", limit=PRIZE_MAX))
    return draft.model_copy(update={"prize": prize})


async def _ask_closes(req: Request, draft: DrawDraft) -> list[Reply]:
    return _ask(req, req.speak("draws-ask-closes"))


async def _accept_closes(req: Request, draft: DrawDraft, answer: Answer) -> DrawDraft:
    now = req.deps.clock.now()
    try:
        when = parse_when(answer.text, now, req.program.shop.tz)
    except InvalidSchedule:
        raise Invalid(req.speak("draws-closes-bad")) from None
    if when.repeat is not None or when.at > now + MAX_OPEN:
        raise Invalid(req.speak("draws-closes-bad"))
    return draft.model_copy(update={"closes": when.at})


async def _ask_entry(req: Request, draft: DrawDraft) -> list[Reply]:
    speak = req.speak
    row = (
        Button(encode(ENTRY, "purchase"), speak("draws-entry-purchase")),
        Button(encode(ENTRY, "points"), speak("draws-entry-points")),
    )
    return _ask(req, speak("draws-ask-entry"), row)


async def _accept_entry(req: Request, draft: DrawDraft, answer: Answer) -> DrawDraft:
    if answer.arg not in ("purchase", "points"):
        raise Invalid()
    return draft.model_copy(update={"entry": answer.arg})


async def _ask_threshold(req: Request, draft: DrawDraft) -> list[Reply]:
    if draft.entry == "points":
        return _ask(req, req.speak("draws-ask-points"))
    return _ask(req, req.speak("draws-ask-amount"))


async def _accept_threshold(req: Request, draft: DrawDraft, answer: Answer) -> DrawDraft:
    if draft.entry == "points":
        points = whole_number(answer.text, maximum=1_000_000)
        if not points:
            raise Invalid(req.speak("draws-points-bad"))
        return draft.model_copy(update={"threshold": points})
    try:
        minor = req.loyalty.purchases.minor_units(answer.text)
    except LoyaltyError as refused:
        raise Invalid(refusal_text(req.speak, refused)) from None
    return draft.model_copy(update={"threshold": minor})


def _number_step(name: str, field: str, maximum: int) -> Ask[DrawDraft]:
    async def ask(req: Request, draft: DrawDraft) -> list[Reply]:
        one = (Button(encode(ONE, field), "1"),)
        return _ask(req, req.speak(f"draws-ask-{field}", most=maximum), one)

    async def accept(req: Request, draft: DrawDraft, answer: Answer) -> DrawDraft:
        if answer.button == ONE and answer.arg != field:
            raise Invalid()  # the "1" of the question before
        value = 1 if answer.button == ONE else whole_number(answer.text, maximum=maximum)
        if not value:
            raise Invalid(req.speak("draws-number-bad", most=maximum))
        return draft.model_copy(update={field: value})

    then = {"cap": "winners", "winners": "confirm"}[field]
    return Ask(name, ask, accept, lambda _: then, buttons=(ONE,))


async def _ask_confirm(req: Request, draft: DrawDraft) -> list[Reply]:
    speak = req.speak
    if draft.closes is None:
        raise Invalid()  # cannot happen: asked before this step
    if draft.entry == "points":
        how = speak("draw-enter-points", points=draft.threshold, cap=draft.cap)
    else:
        how = speak("draw-enter-purchase", amount=_money(req, draft.threshold), cap=draft.cap)
    text = speak(
        "draws-confirm",
        prize=draft.prize,
        date=speak.date(draft.closes),
        time=speak.time(draft.closes),
        how=how,
        winners=draft.winners,
    )
    return _ask(req, text, (Button(encode(OPEN), speak("draws-open-button")),))


async def _accept_confirm(req: Request, draft: DrawDraft, answer: Answer) -> DrawDraft:
    if answer.button != OPEN:
        raise Invalid()
    return draft


async def _finish(req: Request, draft: DrawDraft) -> list[Reply]:
    if draft.closes is None or draft.entry is None:
        return await _stale(req)  # cannot happen: both are asked before the last step
    new = NewDraw(
        prize=draft.prize,
        closes_at=draft.closes,
        entry=DrawEntryKind(draft.entry),
        threshold=draft.threshold,
        cap=draft.cap,
        winners=draft.winners,
    )
    draw_id = await req.loyalty.draws.open(new, actor=req.staff)
    draw = await req.loyalty.draws.view(draw_id)
    return [Reply(req.speak("draws-opened", draw=draw_id, commitment=draw.commitment))]


async def _stale(req: Request) -> list[Reply]:
    return [Reply(req.speak("draws-usage"))]


FLOW: Flow[DrawDraft] = Flow(
    "draws",
    DrawDraft,
    [
        Ask("prize", _ask_prize, _accept_prize, lambda _: "closes"),
        Ask("closes", _ask_closes, _accept_closes, lambda _: "entry"),
        Ask("entry", _ask_entry, _accept_entry, lambda _: "threshold", (ENTRY,), typed=False),
        Ask("threshold", _ask_threshold, _accept_threshold, lambda _: "cap"),
        _number_step("cap", "cap", MAX_CAP),
        _number_step("winners", "winners", MAX_WINNERS),
        Ask("confirm", _ask_confirm, _accept_confirm, lambda _: FINISH, (OPEN,), typed=False),
    ],
    _finish,
    stale=_stale,
    use_buttons="compose-use-buttons",
    cancel=(CANCEL, "draws-abandoned"),
    role=StaffRole.OWNER,
)

FEATURE = Feature(
    commands=(
        Command("draw", show_draws, listed=True),
        Command("draws", manage, role=StaffRole.OWNER),
    ),
    actions=(
        Action(SHOW, show_draws),
        Action(ASK_BUY, ask_buy),
        Action(BUY, buy),
        *FLOW.actions,
    ),
    steps=(FLOW.step,),
)
