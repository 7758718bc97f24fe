"""One running bot: its channels (Telegram, WhatsApp or both), the web server their
webhooks share, and the scheduler with the sender. Stops when `stop` is set."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiohttp import web

from bot.app import App
from bot.channels.telegram import TelegramChannel, telegram_channel, telegram_errors
from bot.channels.whatsapp import BODY_LIMIT, WhatsAppChannel
from bot.jobs.scheduler import Jobs

log = logging.getLogger(__name__)


async def serve(app: App, stop: asyncio.Event) -> None:
    settings = app.settings
    telegram: TelegramChannel | None = (
        telegram_channel(app) if settings.telegram_bot_token is not None else None
    )
    whatsapp = WhatsAppChannel(app) if settings.whatsapp_enabled else None
    polling = telegram is not None and not settings.telegram_webhook_url
    runner: web.AppRunner | None = None
    jobs = Jobs(app)
    try:
        if telegram is not None and not polling:
            async with telegram_errors(app):
                await telegram.set_webhook()
        if whatsapp is not None or not polling:
            application = web.Application(client_max_size=BODY_LIMIT)
            if telegram is not None and not polling:
                telegram.register(application)
            if whatsapp is not None:
                whatsapp.register(application)
            runner = web.AppRunner(application)
            await runner.setup()
            await web.TCPSite(runner, settings.web_host, settings.web_port).start()
            log.info("web server on %s:%s", settings.web_host, settings.web_port)
        jobs.start()
        if polling and telegram is not None:
            async with telegram_errors(app):
                await telegram.run_polling(stop)
        else:
            await stop.wait()
    finally:
        await jobs.stop()
        if runner is not None:
            await runner.cleanup()
        for channel in (telegram, whatsapp):
            if channel is not None:
                with contextlib.suppress(Exception):
                    await channel.close()
