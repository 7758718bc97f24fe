"""/mycode: the member code to show at the till."""

from __future__ import annotations

from handlers.context import Request
from handlers.menu import with_back
from handlers.types import Reply


async def show_member_code(req: Request, _: str = "") -> list[Reply]:
    customer = await req.loyalty.customers.get(req.customer_id)
    text = req.speak("mycode-text", code=customer.member_code)
    return [with_back(req.speak, text, edit=bool(req.incoming.callback))]
