"""/card: the stamp card as a picture, with filled and empty slots and what a full card
gives; the same in words as its caption (and where a channel shows no pictures)."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.images import drawn
from bot.images.stamp_card import StampCardWords, stamp_card
from bot.program import Program
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import back_button
from handlers.request import Request
from handlers.rewards import ASK_CARD

SHOW = "card"


def card_picture(stamps: int, slots: int) -> str:
    return "●" * stamps + "○" * (slots - stamps)


def card_words(
    speak: Speaker, program: Program, stamps: int, slots: int, completed: int
) -> StampCardWords:
    return StampCardWords(
        shop=program.shop.name,
        title=speak("picture-card-title"),
        progress=f"{speak.number(stamps)} / {speak.number(slots)}",
        reward=speak("picture-card-reward", reward=program.stamps.reward.get(speak.language)),
        ready=speak("picture-card-ready", count=completed) if completed else None,
    )


async def show_card(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    speak = req.speak
    reward = req.program.stamps.reward.get(speak.language)
    lines = [
        speak("card-title"),
        card_picture(s.stamps, s.stamp_slots),
        speak("card-progress", stamps=s.stamps, slots=s.stamp_slots),
        speak("card-reward", reward=reward),
    ]
    rows: list[tuple[Button, ...]] = []
    if s.completed_cards:
        lines.append(speak("card-ready", count=s.completed_cards))
        rows.append((Button(encode(ASK_CARD), speak("card-redeem")),))
    words = card_words(speak, req.program, s.stamps, s.stamp_slots, s.completed_cards)
    picture = await drawn(stamp_card, req.program.brand, words, s.stamps, s.stamp_slots)
    # A picture cannot replace the menu's text message in place: it comes as a new message.
    return [Reply("\n".join(lines), (*rows, back_button(speak)), image=picture)]


FEATURE = Feature(
    commands=(Command("card", show_card, listed=True),),
    actions=(Action(SHOW, show_card),),
    menu=(MenuItem(SHOW, "menu-card"),),
)
