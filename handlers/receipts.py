"""A receipt's code: "receipt K7M2QX9PAB" (or the link on the receipt, /start c_<code>)
gives the customer that purchase's points, once. Someone new who sends it (the wa.me link
on a receipt writes "/receipt <code>" for them) joins first and gets the points at the end
of joining."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.images import drawn
from bot.loyalty.codes import normalize_code
from bot.loyalty.receipt_codes import START_PREFIX
from handlers import join
from handlers.feature import Command, Feature
from handlers.menu import main_menu
from handlers.receipt_text import collected_text
from handlers.request import Request
from models import StaffRole


async def collect(req: Request, args: str) -> list[Reply]:
    code = normalize_code(args)[:16]
    if req.customer is None:
        return await join.start(req, f"{START_PREFIX}{code}" if code else "")
    if not code:
        return [main_menu(req, req.speak("receipt-how"))]
    return [main_menu(req, await collected_text(req, req.customer.customer_id, code, req.speak))]


async def make_code(req: Request, args: str) -> list[Reply]:
    """Staff: a receipt code for a purchase the customer will collect later (a delivery, a
    takeaway), with its link as a QR code to print or show."""
    parts = args.split()
    if len(parts) != 2:
        return [Reply(req.speak("staff-usage-receiptcode"))]
    issued = await req.loyalty.receipts.issue(parts[0], parts[1], actor=req.staff)
    template = req.incoming.deep_link
    link = template.format(payload=f"{START_PREFIX}{issued.code}") if template else None
    said = req.speak(
        "staff-receipt-code",
        receipt=issued.receipt,
        amount=req.speak.money(issued.amount),
        code=issued.code,
        day=req.speak.date(issued.expires_at),
    )
    how = (
        req.speak("staff-receipt-code-link", link=link)
        if link
        else req.speak("staff-receipt-code-typed", code=issued.code)
    )
    # Pillow, the fonts and segno load with the first picture (bot/images/__init__.py).
    from bot.images.member_card import qr_png  # noqa: PLC0415

    picture = await drawn(qr_png, link) if link else None
    return [Reply(f"{said}\n{how}", image=picture)]


FEATURE = Feature(
    commands=(
        Command("receipt", collect, takes_argument=True, words=True, newcomers=True),
        Command("receiptcode", make_code, role=StaffRole.STAFF),
    ),
)
