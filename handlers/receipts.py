"""A receipt's code: "receipt K7M2QX9PAB" (or the link on the receipt, /start c_<code>)
gives the customer that purchase's points, once. Someone new who sends it (the wa.me link
on a receipt writes "/receipt <code>" for them) joins first and gets the points at the end
of joining."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.loyalty.codes import normalize_code
from bot.loyalty.receipt_codes import START_PREFIX
from handlers import join
from handlers.feature import Command, Feature
from handlers.menu import main_menu
from handlers.receipt_text import collected_text
from handlers.request import Request


async def collect(req: Request, args: str) -> list[Reply]:
    code = normalize_code(args)[:16]
    if req.customer is None:
        return await join.start(req, f"{START_PREFIX}{code}" if code else "")
    if not code:
        return [main_menu(req, req.speak("receipt-how"))]
    return [main_menu(req, await collected_text(req, req.customer.customer_id, code, req.speak))]


FEATURE = Feature(
    commands=(Command("receipt", collect, takes_argument=True, words=True, newcomers=True),),
)
