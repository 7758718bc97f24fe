"""/history: the latest movements, dated in the customer's language."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.loyalty.summary import HistoryItem
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import with_back
from handlers.request import Request

SHOW = "hist"

SHOWN = 10
MAX_PAGE = 10_000  # a made-up button's page number is not a query over millions of rows


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


async def show_history(req: Request, arg: str = "") -> list[Reply]:
    """The newest SHOWN movements, or a page of earlier ones (`arg`, from the buttons)."""
    page = min(int(arg), MAX_PAGE) if arg.isdigit() else 0
    s = await req.loyalty.summary.summary(
        req.customer_id, history=SHOWN + 1, history_skip=page * SHOWN
    )
    speak = req.speak
    items, earlier = s.history[:SHOWN], len(s.history) > SHOWN
    if not items:
        text = speak("history-empty")
    else:
        title = speak("history-title-earlier" if page else "history-title")
        text = "\n".join([title, *history_lines(speak, items)])
    turns = [Button(encode(SHOW, str(page + 1)), speak("history-earlier"))] if earlier else []
    if page:
        turns.append(Button(encode(SHOW, str(page - 1)), speak("history-later")))
    rows = (tuple(turns),) if turns else ()
    return [with_back(speak, text, *rows, edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(Command("history", show_history, listed=True),),
    actions=(Action(SHOW, show_history),),
    menu=(MenuItem(SHOW, "menu-history"),),
)
