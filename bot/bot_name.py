"""The Telegram bot's @name and the WhatsApp business number, for t.me and wa.me links
(the setup link, a receipt code, a member card, an invitation): asked over plain HTTP, so
the commands that print them never import aiogram or pywa. httpx is imported when a link is
first asked for: a running bot that never makes one does not hold it (5 MB)."""

from __future__ import annotations

from bot.settings import Settings, WhatsAppSettings


async def bot_username(settings: Settings) -> str:
    """ "" when Telegram is not configured or does not answer: a link is a convenience."""
    telegram = settings.telegram
    if telegram is None:
        return ""
    url = f"{telegram.api_base}/bot{telegram.token.get_secret_value()}/getMe"
    import httpx

    try:
        async with httpx.AsyncClient(timeout=10) as http:
            response = await http.get(url)
        return str(response.json()["result"]["username"])
    except (httpx.HTTPError, KeyError, ValueError, TypeError):
        return ""


async def whatsapp_number(whatsapp: WhatsAppSettings) -> str:
    """The business number's digits as wa.me wants them ("254700111222"), from the Cloud
    API; "" when it does not answer."""
    url = f"{whatsapp.api_base}/v{whatsapp.api_version}/{whatsapp.phone_number_id}"
    headers = {"Authorization": f"Bearer {whatsapp.access_token.get_secret_value()}"}
    import httpx

    try:
        async with httpx.AsyncClient(timeout=10) as http:
            answer = await http.get(url, params={"fields": "display_phone_number"}, headers=headers)
            number = str(answer.json()["display_phone_number"])
    except (httpx.HTTPError, KeyError, ValueError, TypeError):
        return ""
    return "".join(c for c in number if c.isdigit())
