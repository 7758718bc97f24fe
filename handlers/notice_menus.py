"""The command menu a notice sets (Telegram's, beside the message field): someone an owner
puts on the team gets the till's commands at once, without having to send /help first;
someone taken off it gets the shop's menu back, not commands that now refuse them."""

from __future__ import annotations

from bot.i18n import Speaker
from bot.program import Program
from bot.rendering import NoticeMenu
from handlers.help import team_menu

# The engine's notices to the person appointed (bot/loyalty/staff.py), by the role given.
APPOINTED = {"dashboard-now-owner": True, "dashboard-now-staff": False}
DISMISSED = "notice-team-left"


def notice_menu(listed: tuple[str, ...]) -> NoticeMenu:
    """The hook for the outbox's renderer; `listed` is the customers' commands."""

    def menu(message: str, speak: Speaker, program: Program) -> tuple[tuple[str, str], ...] | None:
        if message == DISMISSED:
            return ()
        owner = APPOINTED.get(message)
        return None if owner is None else team_menu(program, listed, speak, owner=owner)

    return menu
