"""The main menu and the replies that lead back to it. Its buttons are the ones features
declare (`Feature.menu`), in the catalogue's order, three to a row."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature
from handlers.request import Request

SHOW = "menu"


def menu_buttons(req: Request, speak: Speaker) -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(encode(item.action), speak(item.label)) for item in req.deps.catalog.menu]
    return tuple(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))


def back_button(speak: Speaker) -> tuple[Button, ...]:
    return (Button(encode(SHOW), speak("menu-back")),)


def main_menu(
    req: Request, text: str | None = None, *, edit: bool = False, speak: Speaker | None = None
) -> Reply:
    """`speak`: when the reply is in another language than the request's (just changed)."""
    speak = speak or req.speak
    return Reply(text or speak("menu-title"), menu_buttons(req, speak), edit=edit)


def with_back(speak: Speaker, text: str, *rows: tuple[Button, ...], edit: bool = False) -> Reply:
    return Reply(text, (*rows, back_button(speak)), edit=edit)


async def show_menu(req: Request, _: str = "") -> list[Reply]:
    return [main_menu(req, edit=bool(req.incoming.callback))]


FEATURE = Feature(
    # "menu" (or "menyu", "μενού", "ምናሌ") typed as a word always leads back here.
    commands=(Command(SHOW, show_menu, words=True),),
    actions=(Action(SHOW, show_menu),),
)
