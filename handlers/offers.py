"""/offers: offers open to this customer now (campaigns fill this in a later issue)."""

from __future__ import annotations

from handlers.context import Request
from handlers.menu import with_back
from handlers.types import Reply


async def show_offers(req: Request, _: str = "") -> list[Reply]:
    customer = await req.loyalty.customers.get(req.customer_id)
    text = req.speak("offers-none" if customer.marketing_consent else "offers-off")
    return [with_back(req.speak, text, edit=bool(req.incoming.callback))]
