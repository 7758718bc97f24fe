"""/help: what the bot can do, in the customer's language."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import main_menu
from handlers.request import Request

SHOW = "help"


def help_text(speak: Speaker, commands: tuple[str, ...]) -> str:
    lines = [speak("help-title")]
    lines += [f"/{command} – {speak(f'command-{command}')}" for command in commands]
    return "\n".join(lines)


async def show_help(req: Request, _: str = "") -> list[Reply]:
    text = help_text(req.speak, req.deps.catalog.listed)
    if req.customer is None:
        return [Reply(text + "\n\n" + req.speak("join-first"))]
    return [main_menu(req, text, edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(Command("help", show_help, listed=True, newcomers=True),),
    actions=(Action(SHOW, show_help),),
    menu=(MenuItem(SHOW, "menu-help"),),
)
