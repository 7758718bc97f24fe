"""/card: the stamp card, filled and empty slots, and what a full card gives."""

from __future__ import annotations

from handlers.callbacks import encode
from handlers.context import Request
from handlers.menu import with_back
from handlers.types import Button, Reply


def card_picture(stamps: int, slots: int) -> str:
    return "●" * stamps + "○" * (slots - stamps)


async def show_card(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    speak = req.speak
    lines = [
        speak("card-title"),
        card_picture(s.stamps, s.stamp_slots),
        speak("card-progress", stamps=s.stamps, slots=s.stamp_slots),
        speak("card-reward", reward=req.program.stamps.reward.get(speak.language)),
    ]
    rows: list[tuple[Button, ...]] = []
    if s.completed_cards:
        lines.append(speak("card-ready", count=s.completed_cards))
        rows.append((Button(encode("cardrw"), speak("card-redeem")),))
    return [with_back(speak, "\n".join(lines), *rows, edit=bool(req.incoming.callback))]
