"""/delete: erase my data, only after an explicit confirmation."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.chat_types import Button, Reply
from bot.state import State
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature
from handlers.menu import main_menu
from handlers.request import Request

YES, NO = "delyes", "delno"

STEP = "delete.confirm"
# A confirmation button found in an old message must not erase anyone.
CONFIRM_WINDOW = timedelta(minutes=10)


async def ask_delete(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    asked_at = req.deps.clock.now().isoformat()
    await req.deps.states.set(*req.identity, State(STEP, {"asked_at": asked_at}))
    speak = req.speak
    buttons = (
        (Button(encode(YES), speak("delete-yes")),),
        (Button(encode(NO), speak("delete-no")),),
    )
    return [
        Reply(speak("delete-confirm", points=s.balance), buttons, edit=bool(req.incoming.callback))
    ]


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
