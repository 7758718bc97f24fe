"""/help: what the bot can do, in the customer's language."""

from __future__ import annotations

from typing import Final

from bot.chat_types import Reply
from bot.i18n import Speaker
from handlers.menu import main_menu
from handlers.request import Request

# The customer commands, in the order menus and /help show them (also setMyCommands).
CUSTOMER_COMMANDS: Final = (
    "start",
    "balance",
    "card",
    "rewards",
    "mycode",
    "history",
    "invite",
    "link",
    "offers",
    "settings",
    "language",
    "help",
    "stop",
    "delete",
)


def help_text(speak: Speaker) -> str:
    lines = [speak("help-title")]
    lines += [f"/{command} – {speak(f'command-{command}')}" for command in CUSTOMER_COMMANDS]
    return "\n".join(lines)


async def show_help(req: Request, _: str = "") -> list[Reply]:
    if req.customer is None:
        return [Reply(help_text(req.speak) + "\n\n" + req.speak("join-first"))]
    return [main_menu(req.speak, help_text(req.speak), edit=bool(req.incoming.callback))]
