"""/help: what the bot can do, in the customer's language; for staff, the till's commands
too, and for owners theirs (a busy counter has no time to look them up)."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import main_menu
from handlers.request import Request

SHOW = "help"

# The staff's and the owners' commands, in the order they are used most.
TILL = (
    "award", "stamp", "redeem", "undo", "lookup", "claim", "receiptcode", "bundle", "member",
    "dashboard",
)  # fmt: skip
OWNERS = (
    "adjust", "stats", "segments", "offer", "broadcast", "schedule", "campaigns", "cancel",
    "survey", "draws", "staff", "export", "webhook", "apikey",
)  # fmt: skip


def help_text(speak: Speaker, commands: tuple[str, ...]) -> str:
    lines = [speak("help-title")]
    lines += [f"/{command} – {speak(f'command-{command}')}" for command in commands]
    return "\n".join(lines)


def till_text(req: Request, *, owner: bool) -> str:
    """The commands of the person's role, one line each with what to type; those of a
    feature the programme does not use (bundles, memberships) left out."""
    unused = {"bundle"} if not req.program.bundles else set()
    unused |= {"member"} if not req.program.memberships else set()
    speak = req.speak
    sections = [("till-help-title-staff", TILL)] + (
        [("till-help-title-owner", OWNERS)] if owner else []
    )
    return "\n\n".join(
        "\n".join([speak(title), *(speak(f"till-help-{c}") for c in names if c not in unused)])
        for title, names in sections
    )


async def show_help(req: Request, _: str = "") -> list[Reply]:
    text = help_text(req.speak, req.deps.catalog.listed)
    if req.customer is None:
        return [Reply(text + "\n\n" + req.speak("join-first"))]
    actor = await req.loyalty.staff.actor_for(req.customer.customer_id)
    if actor is not None:
        text += "\n\n" + till_text(req, owner=actor.is_owner)
    return [main_menu(req, text, edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(Command("help", show_help, listed=True, newcomers=True),),
    actions=(Action(SHOW, show_help),),
    menu=(MenuItem(SHOW, "menu-help"),),
)
