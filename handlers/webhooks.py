"""/webhook: owners point the shop's own systems at the bot's events.

`/webhook add <https URL> [events]` (every event when none is named) answers with the
signing secret, once; `/webhook remove <number>` stops it; `/webhook` lists them.
"""

from __future__ import annotations

from bot.chat_types import Reply
from bot.loyalty.webhooks import EVENTS
from bot.numbers import whole_number
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole


async def manage(req: Request, args: str) -> list[Reply]:
    parts = args.split()
    speak = req.speak
    if not parts or parts == ["list"]:
        return await _list(req)
    if parts[0] == "add" and len(parts) >= 2:
        added = await req.loyalty.webhooks.add(parts[1], events=" ".join(parts[2:]), by=req.staff)
        info = added.info
        text = speak(
            "webhook-added",
            id=info.id,
            url=info.url,
            events=", ".join(info.events),
            secret=added.secret,
        )
        return [Reply(text)]
    number = whole_number(parts[1].lstrip("#")) if len(parts) == 2 else None
    if parts[0] == "remove" and number is not None:
        removed = await req.loyalty.webhooks.remove(number, by=req.staff)
        return [Reply(speak("webhook-removed" if removed else "webhook-not-found", id=number))]
    return [Reply(speak("webhook-usage", events=", ".join(EVENTS)))]


async def _list(req: Request) -> list[Reply]:
    speak = req.speak
    hooks = await req.loyalty.webhooks.listing()
    usage = speak("webhook-usage", events=", ".join(EVENTS))
    if not hooks:
        return [Reply(speak("webhook-none") + "\n" + usage)]
    lines = [speak("webhook-list-title")]
    lines += [
        speak(
            "webhook-line",
            id=hook.id,
            url=hook.url,
            events=", ".join(hook.events),
            pending=hook.pending,
            failed=hook.failed,
        )
        for hook in hooks
    ]
    return [Reply("\n".join(lines) + "\n\n" + usage)]


FEATURE = Feature(commands=(Command("webhook", manage, role=StaffRole.OWNER),))
