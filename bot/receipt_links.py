"""The links printed beside a receipt code: `t.me/<bot>?start=c_<code>` (opening it in
Telegram sends the code to the bot) and `wa.me/<number>?text=/receipt <code>` (WhatsApp
opens the shop's chat with the message typed). The bot's @name and the business number are
asked of Telegram and the Cloud API over plain HTTP (no aiogram), once per process when they
answer; a link is a convenience, so an app that does not answer gives ""."""

from __future__ import annotations

from urllib.parse import quote

from bot.bot_name import bot_username, whatsapp_number
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
        if not self._number and self._settings.whatsapp is not None:
            self._number = await whatsapp_number(self._settings.whatsapp)
        telegram = f"https://t.me/{self._bot}?start={START_PREFIX}{code}" if self._bot else ""
        whatsapp = (
            f"https://wa.me/{self._number}?text={quote(TYPED.format(code=code))}"
            if self._number
            else ""
        )
        return telegram, whatsapp
