"""/history: the latest movements, dated in the customer's language."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.loyalty.summary import HistoryItem
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import with_back
from handlers.request import Request

SHOW = "hist"

SHOWN = 10


def history_lines(speak: Speaker, items: tuple[HistoryItem, ...]) -> list[str]:
    """One line a movement: its date, the signed change, and what it was."""
    lines = []
    for item in items:
        sign = "+" if item.amount >= 0 else "−"
        change = f"{sign}{speak.number(abs(item.amount))}"
        lines.append(
            speak("history-line", date=speak.date(item.at), change=change, kind=item.kind.value)
        )
    return lines


async def show_history(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=SHOWN)
    speak = req.speak
    if not s.history:
        text = speak("history-empty")
    else:
        text = "\n".join([speak("history-title"), *history_lines(speak, s.history)])
    return [with_back(speak, text, edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(Command("history", show_history, listed=True),),
    actions=(Action(SHOW, show_history),),
    menu=(MenuItem(SHOW, "menu-history"),),
)
