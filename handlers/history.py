"""/history: the latest movements, dated in the customer's language."""

from __future__ import annotations

from handlers.context import Request
from handlers.menu import with_back
from handlers.types import Reply

SHOWN = 10


async def show_history(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=SHOWN)
    speak = req.speak
    if not s.history:
        text = speak("history-empty")
    else:
        lines = [speak("history-title")]
        for item in s.history:
            change = (
                f"+{speak.number(item.amount)}"
                if item.amount >= 0
                else f"−{speak.number(-item.amount)}"
            )
            lines.append(
                speak("history-line", date=speak.date(item.at), change=change, kind=item.kind.value)
            )
        text = "\n".join(lines)
    return [with_back(speak, text, edit=bool(req.incoming.callback))]
