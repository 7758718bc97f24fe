"""/card: each stamp card as a picture, with filled and empty slots, the ladder's steps and
what a full card gives; the same in words as its caption (and where a channel shows no
pictures). A reward the card has reached is one tap away."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.images import drawn
from bot.images.words import StampCardWords
from bot.program import MAIN_CARD, Program, Stamps
from bot.rendering import card_name
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import back_button
from handlers.request import Request
from handlers.rewards import held, reward_buttons

SHOW = "card"


def card_picture(stamps: int, slots: int) -> str:
    return "●" * stamps + "○" * (slots - stamps)


def card_words(
    speak: Speaker,
    program: Program,
    stamps: int,
    slots: int,
    completed: int,
    key: str = MAIN_CARD,
) -> StampCardWords:
    spec = program.card(key) or program.stamps
    # One card is "the stamp card"; among several, each goes by its name.
    title = card_name(program, speak, key) if program.cards else speak("picture-card-title")
    return StampCardWords(
        shop=program.shop.name,
        title=title,
        progress=f"{speak.number(stamps)} / {speak.number(slots)}",
        reward=speak("picture-card-reward", reward=spec.reward.get(speak.language)),
        ready=speak("picture-card-ready", count=completed) if completed else None,
    )


def ladder_lines(speak: Speaker, spec: Stamps, stamps: int) -> list[str]:
    language = speak.language
    return [
        speak(
            "card-step-ready" if stamps >= step.at else "card-step",
            at=step.at,
            reward=step.reward.get(language),
        )
        for step in spec.steps
    ]


async def show_card(req: Request, _: str = "") -> list[Reply]:
    # Pillow and the fonts load with the first picture (bot/images/__init__.py).
    from bot.images.stamp_card import stamp_card  # noqa: PLC0415

    speak, program = req.speak, req.program
    replies: list[Reply] = []
    cards = await held(req)
    for index, state in enumerate(cards):
        spec = program.card(state.card) or program.stamps
        title = (
            speak("card-title-named", card=card_name(program, speak, state.card))
            if program.cards
            else speak("card-title")
        )
        lines = [
            title,
            card_picture(state.stamps, state.slots),
            speak("card-progress", stamps=state.stamps, slots=state.slots),
            *ladder_lines(speak, spec, state.stamps),
            speak("card-reward", reward=spec.reward.get(speak.language)),
        ]
        if any(state.stamps >= step.at for step in spec.steps):
            lines.append(speak("card-steps-save"))
        if state.full:
            lines.append(speak("card-ready", count=state.full))
        rows = reward_buttons(speak, spec, state)
        if index == len(cards) - 1:
            rows.append(back_button(speak))
        words = card_words(speak, program, state.stamps, state.slots, state.full, state.card)
        picture = await drawn(
            stamp_card, program.brand, words, state.stamps, state.slots, spec.step_slots
        )
        # A picture cannot replace the menu's text message in place: it comes as a new message.
        replies.append(Reply("\n".join(lines), tuple(rows), image=picture))
    return replies


FEATURE = Feature(
    commands=(Command("card", show_card, listed=True),),
    actions=(Action(SHOW, show_card),),
    menu=(MenuItem(SHOW, "menu-card"),),
)
