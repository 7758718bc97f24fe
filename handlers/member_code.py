"""/mycode: the member card to show at the till: the member code, the tier and a QR code staff
can scan, with the code in words as its caption.

Where the channel has deep links, the QR opens the bot at the customer's panel for a staff
member (`/start m_<code>`); for anyone else that link is just the start of the bot. Where it
has none (WhatsApp), the QR holds the member code itself, which a till's scanner types.
"""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.images import drawn
from bot.images.words import MemberCardWords
from bot.program import Program
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import back_button
from handlers.request import Request

SHOW = "code"

PANEL_PAYLOAD = "m_"


async def show_member_code(req: Request, _: str = "") -> list[Reply]:
    customer = await req.loyalty.summary.summary(req.customer_id, history=0)
    template = req.incoming.deep_link
    content = (
        template.format(payload=f"{PANEL_PAYLOAD}{customer.member_code}")
        if template
        else customer.member_code
    )
    words, colour = member_words(req.speak, req.program, customer.member_code, customer.tier_key)
    # Pillow, the fonts and segno load with the first picture (bot/images/__init__.py).
    from bot.images.member_card import member_card  # noqa: PLC0415

    picture = await drawn(member_card, req.program.brand, words, colour, content)
    text = req.speak("mycode-text", code=customer.member_code)
    return [Reply(text, (back_button(req.speak),), image=picture)]


def member_words(
    speak: Speaker, program: Program, code: str, tier_key: str
) -> tuple[MemberCardWords, str]:
    """The card's words in the reader's language, and the colour of the tier's badge."""
    tier = program.tier(tier_key)
    words = MemberCardWords(
        shop=program.shop.name,
        title=speak("picture-member-title"),
        code=code,
        tier=speak("picture-member-tier", tier=tier.name.get(speak.language)),
        hint=speak("picture-member-hint"),
    )
    return words, tier.colour or program.brand.colour


FEATURE = Feature(
    commands=(Command("mycode", show_member_code, listed=True),),
    actions=(Action(SHOW, show_member_code),),
    menu=(MenuItem(SHOW, "menu-mycode"),),
)
