"""`bot.py claim-code <amount> <receipt>`: a receipt code made by hand, for a shop without a
till system (a delivery note, a handwritten receipt). Prints the code, the links to print
beside it, and with --qr writes the QR code of the link as a PNG."""

from __future__ import annotations

import argparse

import segno

from bot.app import App
from bot.i18n import Speaker
from bot.loyalty.errors import LoyaltyError
from bot.receipt_links import TYPED, ReceiptLinks
from bot.settings import Settings
from handlers.refusals import refusal_text


async def run(app: App, settings: Settings, args: argparse.Namespace) -> str:
    """The lines to print; an engine refusal is raised as LookupError with its words."""
    try:
        issued = await app.loyalty.receipts.issue(args.amount, args.receipt, branch_key=args.branch)
    except LoyaltyError as refused:
        raise LookupError(_english(app, refused)) from None
    telegram, whatsapp = await ReceiptLinks(settings)(issued.code)
    speak = _speaker(app)
    lines = [
        f"receipt {issued.receipt}: {speak.money(issued.amount)}"
        f" -> code {issued.code}, valid until {speak.date(issued.expires_at)}",
        *([f"Telegram: {telegram}"] if telegram else []),
        *([f"WhatsApp: {whatsapp}"] if whatsapp else []),
        f"in the chat: {TYPED.format(code=issued.code)}",
    ]
    link = telegram or whatsapp
    if args.qr is not None and link:
        segno.make(link, error="m").save(str(args.qr), scale=8, border=2)
        lines.append(f"QR code of {'Telegram' if telegram else 'WhatsApp'}'s link: {args.qr}")
    elif args.qr is not None:
        lines.append("no QR code: neither Telegram nor WhatsApp answered with a link")
    return "\n".join(lines)


def _speaker(app: App) -> Speaker:
    shop = app.program.shop
    return Speaker(app.translator, "en", shop.tz, shop.currency)


def _english(app: App, refused: LoyaltyError) -> str:
    return refusal_text(_speaker(app), refused)
