"""The Telegram bot's @name, for t.me links printed by commands (the setup link, a receipt
code): Bot API getMe over plain HTTP, so these commands never import aiogram."""

from __future__ import annotations

import httpx

from bot.settings import Settings


async def bot_username(settings: Settings) -> str:
    """ "" when Telegram is not configured or does not answer: a link is a convenience."""
    telegram = settings.telegram
    if telegram is None:
        return ""
    url = f"{telegram.api_base}/bot{telegram.token.get_secret_value()}/getMe"
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            response = await http.get(url)
        return str(response.json()["result"]["username"])
    except (httpx.HTTPError, KeyError, ValueError, TypeError):
        return ""
