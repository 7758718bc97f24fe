"""The links printed beside a receipt code: `t.me/<bot>?start=c_<code>` (opening it in
Telegram sends the code to the bot) and `wa.me/<number>?text=/receipt <code>` (WhatsApp
opens the shop's chat with the message typed). The bot's @name and the business number are
asked of Telegram and the Cloud API over plain HTTP (no aiogram), once per process when they
answer; a link is a convenience, so an app that does not answer gives ""."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from bot.bot_name import bot_username
from bot.loyalty.receipt_codes import START_PREFIX
from bot.settings import Settings

# What the customer sends on WhatsApp (or types anywhere): the command works in any language.
TYPED = "/receipt {code}"


class ReceiptLinks:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._bot = ""
        self._number = ""

    async def __call__(self, code: str) -> tuple[str, str]:
        """(Telegram's link, WhatsApp's link) for this code."""
        if not self._bot:
            self._bot = await bot_username(self._settings)
        if not self._number:
            self._number = await self._business_number()
        telegram = f"https://t.me/{self._bot}?start={START_PREFIX}{code}" if self._bot else ""
        whatsapp = (
            f"https://wa.me/{self._number}?text={quote(TYPED.format(code=code))}"
            if self._number
            else ""
        )
        return telegram, whatsapp

    async def _business_number(self) -> str:
        whatsapp = self._settings.whatsapp
        if whatsapp is None:
            return ""
        url = f"{whatsapp.api_base}/v{whatsapp.api_version}/{whatsapp.phone_number_id}"
        headers = {"Authorization": f"Bearer {whatsapp.access_token.get_secret_value()}"}
        try:
            async with httpx.AsyncClient(timeout=10) as http:
                answer = await http.get(
                    url, params={"fields": "display_phone_number"}, headers=headers
                )
                number = str(answer.json()["display_phone_number"])
        except (httpx.HTTPError, KeyError, ValueError, TypeError):
            return ""
        return "".join(c for c in number if c.isdigit())
