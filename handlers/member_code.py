"""/mycode: the member code to show at the till, with a QR code staff can scan.

Where the channel has deep links, the QR opens the bot at the customer's panel for a staff
member (`/start m_<code>`); for anyone else that link is just the start of the bot.
"""

from __future__ import annotations

from bot.qr import qr_png
from handlers.context import Request
from handlers.menu import back_button
from handlers.types import Reply

PANEL_PAYLOAD = "m_"


async def show_member_code(req: Request, _: str = "") -> list[Reply]:
    customer = await req.loyalty.customers.get(req.customer_id)
    template = req.incoming.deep_link
    content = (
        template.format(payload=f"{PANEL_PAYLOAD}{customer.member_code}")
        if template
        else customer.member_code
    )
    text = req.speak("mycode-text", code=customer.member_code)
    return [Reply(text, (back_button(req.speak),), image=qr_png(content))]
