"""/delete: erase my data, only after an explicit confirmation that names what of value
would be lost with it."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.chat_types import Button, Reply
from bot.state import State
from handlers.balance import stamp_line
from handlers.bundles import held_lines
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature
from handlers.memberships import member_lines
from handlers.menu import main_menu
from handlers.request import Request

YES, NO = "delyes", "delno"

STEP = "delete.confirm"
# A confirmation button found in an old message must not erase anyone.
CONFIRM_WINDOW = timedelta(minutes=10)


async def _held(req: Request) -> list[str]:
    """Everything of value the customer would lose, one line each, as /balance words it:
    points, stamps and full cards, reward codes not yet shown, prepaid bundles and paid
    memberships (these were paid for in money)."""
    speak, program, loyalty = req.speak, req.program, req.loyalty
    s = await loyalty.summary.summary(req.customer_id, history=0)
    lines = [speak("delete-lose-points", points=s.balance)] if s.balance else []
    full = 0
    for state in await loyalty.stamps.cards(req.customer_id):
        full += state.full
        if state.stamps:
            lines.append(stamp_line(req, state))
    if full:
        lines.append(speak("delete-lose-full-cards", count=full))
    codes = await loyalty.redemptions.pending_for(req.customer_id)
    if codes:
        lines.append(speak("delete-lose-codes", count=len(codes)))
    if program.bundles:
        lines += held_lines(req, await loyalty.bundles.held(req.customer_id))
    if program.memberships:
        lines += member_lines(req, await loyalty.memberships.current(req.customer_id))
    return lines


async def ask_delete(req: Request, _: str = "") -> list[Reply]:
    if await req.loyalty.staff.is_only_owner(req.customer_id):
        # Refused before asking: the erasure itself refuses it too (LastOwner).
        return [main_menu(req, req.speak("error-last-owner"))]
    held = await _held(req)
    asked_at = req.deps.clock.now().isoformat()
    await req.deps.states.set(*req.identity, State(STEP, {"asked_at": asked_at}))
    speak = req.speak
    buttons = (
        (Button(encode(YES), speak("delete-yes")),),
        (Button(encode(NO), speak("delete-no")),),
    )
    parts = [speak("delete-confirm")]
    if held:
        parts.append("\n".join([speak("delete-you-would-lose"), *held]))
    parts.append(speak("delete-question"))
    return [Reply("\n\n".join(parts), buttons, edit=bool(req.incoming.callback))]


async def confirm_delete(req: Request, _: str = "") -> list[Reply]:
    state = await req.deps.states.get(*req.identity)
    await req.deps.states.clear(*req.identity)
    asked = state.data.get("asked_at") if state is not None and state.step == STEP else None
    if (
        not isinstance(asked, str)
        or req.deps.clock.now() - datetime.fromisoformat(asked) > CONFIRM_WINDOW
    ):
        return [main_menu(req, req.speak("button-stale"))]
    await req.loyalty.customers.erase(req.customer_id)
    return [Reply(req.speak("delete-done"), edit=bool(req.incoming.callback))]


async def keep_account(req: Request, _: str = "") -> list[Reply]:
    await req.deps.states.clear(*req.identity)
    return [main_menu(req, req.speak("delete-kept"), edit=bool(req.incoming.callback))]


FEATURE = Feature(
    # Erasing an account is never done by a stray word: /delete is typed or pressed.
    commands=(Command("delete", ask_delete, listed=True, words=False),),
    actions=(Action(YES, confirm_delete), Action(NO, keep_account)),
)
