"""/offers: the offers running now, in the customer's language, with how to use them."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.loyalty.promotions import running
from bot.rendering import MessageRenderer
from handlers.describe import describe_bonus, describe_happy_hour
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import with_back
from handlers.request import Request
from models import OfferBonus

SHOW = "off"

SHOWN = 5


async def show_offers(req: Request, _: str = "") -> list[Reply]:
    speak = req.speak
    customer = await req.loyalty.customers.get(req.customer_id)
    offers = await req.loyalty.offers.open_offers(limit=SHOWN)
    edit = bool(req.incoming.callback)
    happy = happy_hours(req)
    if not offers and not happy:
        text = speak("offers-none" if customer.marketing_consent else "offers-off")
        return [with_back(speak, text, edit=edit)]
    renderer = MessageRenderer(req.deps.translator, req.program)
    replies = [Reply(happy)] if happy else []
    if not offers:
        footer = speak("offers-none" if customer.marketing_consent else "offers-off")
        return [*replies, with_back(speak, footer)]
    for offer in offers:
        lines = [renderer.campaign_text(offer.texts, speak.language)]
        if offer.ends_at is not None:
            lines.append(speak("offers-until", date=speak.date(offer.ends_at)))
        if offer.bonus is not OfferBonus.NONE:
            lines.append(describe_bonus(speak, offer.bonus, offer.bonus_value))
        if offer.bonus is OfferBonus.POINTS:
            lines.append(speak("offers-show-code", code=offer.code))
        image = await req.loyalty.offers.image(offer.id) if offer.has_image else None
        replies.append(Reply("\n".join(lines), image=image))
    footer = speak("offers-footer" if customer.marketing_consent else "offers-off")
    replies.append(with_back(speak, footer))
    return replies


def happy_hours(req: Request) -> str:
    """Every happy hour of the programme, those running now marked: customers plan their
    visit by them, so they show whether or not one runs."""
    program = req.program
    if not any(hh.active for hh in program.happy_hours):
        return ""
    now = {w.happy_hour.key: w for w in running(program, req.deps.clock.now())}
    blocks = [
        describe_happy_hour(req.speak, hh, now.get(hh.key))
        for hh in program.happy_hours
        if hh.active
    ]
    return req.speak("happy-hours-title") + "\n" + "\n\n".join(blocks)


FEATURE = Feature(
    commands=(Command("offers", show_offers, listed=True),),
    actions=(Action(SHOW, show_offers),),
    menu=(MenuItem(SHOW, "menu-offers"),),
)
