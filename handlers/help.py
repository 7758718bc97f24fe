"""/help: what the bot can do, in the customer's language; for staff, the till's commands
too, and for owners theirs (a busy counter has no time to look them up)."""

from __future__ import annotations

from dataclasses import replace

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.program import Program
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


def _used(program: Program, names: tuple[str, ...]) -> tuple[str, ...]:
    """Without the commands of a feature the programme does not use."""
    unused = {"bundle"} if not program.bundles else set()
    unused |= {"member"} if not program.memberships else set()
    return tuple(name for name in names if name not in unused)


def till_text(req: Request, *, owner: bool) -> str:
    """The commands of the person's role, one line each with what to type."""
    speak = req.speak
    sections: list[tuple[str, tuple[str, ...]]] = [("till-help-title-staff", TILL)]
    if owner:
        sections.append(("till-help-title-owner", OWNERS))
    return "\n\n".join(
        "\n".join([speak(title), *(speak(f"till-help-{c}") for c in _used(req.program, names))])
        for title, names in sections
    )


def team_menu(
    program: Program, listed: tuple[str, ...], speak: Speaker, *, owner: bool
) -> tuple[tuple[str, str], ...]:
    """A staff member's own command menu (Telegram's, beside the message field): the
    customers' commands, then the till's, then the owners', each with what to type."""
    mine = [(c, speak(f"command-{c}")) for c in listed]
    # "/award <member code> … – record a purchase", without its "/award ".
    mine += [
        (name, speak(f"till-help-{name}").removeprefix(f"/{name}").strip(" –"))
        for name in _used(program, TILL + (OWNERS if owner else ()))
    ]
    return tuple(mine)


def staff_commands(req: Request, speak: Speaker, *, owner: bool) -> tuple[tuple[str, str], ...]:
    return team_menu(req.program, req.deps.catalog.listed, speak, owner=owner)


async def show_help(req: Request, _: str = "") -> list[Reply]:
    text = help_text(req.speak, req.deps.catalog.listed)
    if req.customer is None:
        return [Reply(text + "\n\n" + req.speak("join-first"))]
    actor = await req.loyalty.staff.actor_for(req.customer.customer_id)
    commands: tuple[tuple[str, str], ...] = ()  # a customer's: the shop's menu (once staff?)
    if actor is not None:
        text += "\n\n" + till_text(req, owner=actor.is_owner)
        commands = staff_commands(req, req.speak, owner=actor.is_owner)
    reply = main_menu(req, text, edit=bool(req.incoming.callback))
    return [replace(reply, commands=commands)]


FEATURE = Feature(
    commands=(Command("help", show_help, listed=True, newcomers=True),),
    actions=(Action(SHOW, show_help),),
    menu=(MenuItem(SHOW, "menu-help"),),
)
