"""/link: one account on Telegram and WhatsApp. A member asks for a code in one app and
sends "link <code>" in the other, before joining there; the balance, stamps and history
are then the same in both."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.loyalty.customers import LINK_TTL
from bot.loyalty.errors import LinkNotPossible
from handlers.feature import Command, Feature
from handlers.menu import main_menu, with_back
from handlers.request import Request


async def link(req: Request, args: str) -> list[Reply]:
    code = args.strip()
    if req.customer is not None:
        if code:
            raise LinkNotPossible()  # this chat has its own account already
        shown, ttl = await req.loyalty.customers.link_code(req.customer_id)
        minutes = int(ttl.total_seconds() // 60)
        text = req.speak("link-code", code=shown, minutes=minutes)
        return [with_back(req.speak, text, edit=bool(req.incoming.callback))]
    if not code:
        return [Reply(req.speak("link-how", minutes=int(LINK_TTL.total_seconds() // 60)))]
    customer = await req.loyalty.customers.link(*req.identity, code)
    await req.deps.states.clear(*req.identity)  # a half-finished joining is moot now
    speak = req.deps.speaker(customer.language)
    done = speak("link-done", name=customer.name or customer.member_code)
    return [main_menu(req, done, speak=speak)]


FEATURE = Feature(
    commands=(Command("link", link, listed=True, takes_argument=True, newcomers=True),),
)
