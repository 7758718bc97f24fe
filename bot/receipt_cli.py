"""`bot.py claim-code <amount> <receipt>`: a receipt code made by hand, for a shop without a
till system (a delivery note, a handwritten receipt). Prints the code, the links to print
beside it, and with --qr writes the QR code of the link as a PNG."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import quote

import httpx
import segno

from bot.app import App
from bot.bot_name import bot_username
from bot.i18n import Speaker
from bot.loyalty.errors import LoyaltyError
from bot.loyalty.receipt_codes import START_PREFIX, IssuedReceipt
from bot.settings import Settings
from handlers.refusals import refusal_text

# What the customer sends on WhatsApp (or types anywhere): the command works in any language.
TYPED = "/receipt {code}"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    claim = commands.add_parser(
        "claim-code",
        help="make a receipt code: the customer who sends it gets the purchase's points, once",
    )
    claim.add_argument("amount", help="the receipt's total, as the till would type it")
    claim.add_argument("receipt", help="the receipt's number (one code per receipt)")
    claim.add_argument("--branch", help="the branch's key, when the programme has branches")
    claim.add_argument("--qr", type=Path, help="also write the link's QR code to this PNG file")


async def run(app: App, settings: Settings, args: argparse.Namespace) -> str:
    """The lines to print; an engine refusal is raised as LookupError with its words."""
    try:
        issued = await app.loyalty.receipts.issue(args.amount, args.receipt, branch_key=args.branch)
    except LoyaltyError as refused:
        raise LookupError(_english(app, refused)) from None
    telegram = await _telegram_link(settings, issued)
    whatsapp = await _whatsapp_link(settings, issued)
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


async def _telegram_link(settings: Settings, issued: IssuedReceipt) -> str:
    """t.me/<bot>?start=c_<code>: opening it in Telegram sends the code to the bot."""
    name = await bot_username(settings)
    return f"https://t.me/{name}?start={START_PREFIX}{issued.code}" if name else ""


async def _whatsapp_link(settings: Settings, issued: IssuedReceipt) -> str:
    """wa.me/<number>?text=/receipt <code>: the business number from the Cloud API."""
    whatsapp = settings.whatsapp
    if whatsapp is None:
        return ""
    url = f"{whatsapp.api_base}/v{whatsapp.api_version}/{whatsapp.phone_number_id}"
    headers = {"Authorization": f"Bearer {whatsapp.access_token.get_secret_value()}"}
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            answer = await http.get(url, params={"fields": "display_phone_number"}, headers=headers)
            number = str(answer.json()["display_phone_number"])
    except (httpx.HTTPError, KeyError, ValueError, TypeError):
        return ""
    digits = "".join(c for c in number if c.isdigit())
    return f"https://wa.me/{digits}?text={quote(TYPED.format(code=issued.code))}" if digits else ""
