"""A receipt's code: "receipt K7M2QX9PAB" (or the link on the receipt, /start c_<code>)
gives the customer that purchase's points, once. A newcomer who opens the link joins
first and gets the points at the end of joining."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.loyalty.attempts import chat_who
from handlers.feature import Command, Feature
from handlers.menu import main_menu
from handlers.request import Request


async def collect(req: Request, args: str) -> list[Reply]:
    code = args.strip()
    if not code or req.customer is None:
        return [main_menu(req, req.speak("receipt-how"))]
    return [main_menu(req, await collected_text(req, req.customer.customer_id, code, req.speak))]


async def collected_text(req: Request, customer_id: int, code: str, speak: Speaker) -> str:
    """The points of the receipt with `code`, said (an engine refusal is raised)."""
    who = chat_who(req.incoming.channel, req.incoming.user_id)
    collected = await req.loyalty.receipts.collect(customer_id, code, who=who)
    result = collected.result
    if result.duplicate:
        return speak("receipt-already", receipt=collected.receipt, balance=result.balance)
    return speak(
        "receipt-collected",
        receipt=collected.receipt,
        points=result.points,
        balance=result.balance,
    )


FEATURE = Feature(
    commands=(Command("receipt", collect, takes_argument=True, words=True),),
)
