"""One running bot process: its channels (Telegram, WhatsApp or both), the web server their
webhooks share, and the scheduler with the sender. Stops when `stop` is set.

A process has a role:
- "all" (`bot.py run`): everything in one process, the way one shop runs it;
- "web" (`bot.py web`): only the webhooks, answering customers; as many as a load balancer
  spreads over. What they queue (notices, a customer told about a purchase) is sent by
  a worker;
- "worker" (`bot.py worker`): the scheduler and the outbox sender, without webhooks. Two
  workers share the outbox safely (rows are claimed under a lease; on PostgreSQL with
  FOR UPDATE SKIP LOCKED), and a campaign fires once whichever worker sees it first.
Every web server answers GET /healthz: 200 when the database answers (asked off the event
loop), 503 when it does not, while writes fail, or when the loop itself was held.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from typing import TYPE_CHECKING, Literal

from aiohttp import web
from aiohttp.typedefs import Handler

from bot.app import App
from bot.background import Background
from bot.setup_text import setup_instructions
from bot.web.api import register_api
from bot.web.routes import UPLOAD_LIMIT
from bot.web.routes import register as register_dashboard

if TYPE_CHECKING:
    # Each channel's module is imported when the shop uses it (App.telegram/App.whatsapp):
    # a shop on Telegram alone never loads pywa, one on WhatsApp alone never loads aiogram.
    from bot.channels.telegram import TelegramChannel
    from bot.channels.whatsapp import WhatsAppChannel

Role = Literal["all", "web", "worker"]
HEALTH_PATH = "/healthz"
HEALTH_TIMEOUT = 5.0  # seconds: a load balancer's probe should not hang on a stuck database
LOOP_STALL = 2.0  # seconds the loop may have been held before /healthz says 503

log = logging.getLogger(__name__)


class LoopWatch:
    """Ticks on the event loop; a tick long overdue means the loop was stuck (a statement
    or a computation that held it), which /healthz reports once it can answer again."""

    def __init__(self, every: float = 0.25) -> None:
        self._every = every
        self.last_tick = time.monotonic()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            self.last_tick = time.monotonic()
            await asyncio.sleep(self._every)

    @property
    def stalled_for(self) -> float:
        return time.monotonic() - self.last_tick - self._every

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def health(app: App, role: Role, watch: LoopWatch | None = None) -> Handler:
    async def healthz(_: web.Request) -> web.Response:
        if watch is not None and watch.stalled_for > LOOP_STALL:
            log.warning("health check: the event loop was stuck for %.1f s", watch.stalled_for)
            return web.json_response({"status": "unavailable", "role": role}, status=503)
        try:
            async with asyncio.timeout(HEALTH_TIMEOUT):
                await app.db.ping()  # off the loop: a locked database cannot stall it
                if app.db.writes_failing:
                    # The last write was refused (a full disk): ready again only once a
                    # write goes through, so a load balancer routes elsewhere meanwhile.
                    await app.updates.probe()
        except Exception as exc:  # whatever the driver raises, the answer is "not ready"
            log.warning("health check: database unavailable: %s", exc)
            return web.json_response({"status": "unavailable", "role": role}, status=503)
        return web.json_response({"status": "ok", "role": role})

    return healthz


async def follow_programme(app: App, background: Background) -> None:
    """Take each programme version another process saves (the dashboard, `program import`)
    within a few seconds, with no restart."""
    versions = app.loyalty.programme
    while not await background.wait(app.settings.program_refresh_seconds):
        try:
            if await versions.refresh():
                log.info("programme version %s is in force", app.live.version)
        except Exception:
            # A database that is away for a moment, or a version this release cannot read:
            # keep the version in force and look again.
            log.exception("could not read the programme's newest version")


def _channels(app: App) -> tuple[TelegramChannel | None, WhatsAppChannel | None]:
    """The apps this process runs, each known to the outbox as a way to reach a customer."""
    telegram = app.telegram() if app.settings.telegram is not None else None
    whatsapp = app.whatsapp() if app.settings.whatsapp is not None else None
    return telegram, whatsapp


async def announce_setup_link(app: App, telegram: TelegramChannel | None) -> None:
    """A fresh install names its way in: a link that makes its opener the first owner."""
    token = await app.loyalty.access.setup_link()
    if token is None:
        return
    username = ""
    if telegram is not None:
        with contextlib.suppress(Exception):  # a name is a convenience; the line says enough
            username = (await telegram.bot.get_me()).username or ""
    log.warning("%s", setup_instructions(token, username))


def _web_application(
    app: App,
    role: Role,
    watch: LoopWatch,
    telegram: TelegramChannel | None,
    whatsapp: WhatsAppChannel | None,
) -> web.Application:
    """Every process listens: `run` and `web` serve the dashboard and the webhooks that
    are configured (Telegram's only when it does not poll); every role answers its health
    check."""
    # Room for an owner's customer file or logo; each webhook keeps its own, smaller limit.
    body_limit = max(UPLOAD_LIMIT, whatsapp.body_limit if whatsapp is not None else 0)
    application = web.Application(client_max_size=body_limit)
    application.router.add_get(HEALTH_PATH, health(app, role, watch))
    if role != "worker":
        if telegram is not None:
            telegram.register(application)
        if whatsapp is not None:
            whatsapp.register(application)
        register_dashboard(application, app.dashboard_deps())
        register_api(application, app.api_deps())
    return application


def _telegram_errors(api_base: str) -> contextlib.AbstractAsyncContextManager[None]:
    from bot.channels.telegram import telegram_errors

    return telegram_errors(api_base)


async def serve(app: App, stop: asyncio.Event, role: Role = "all") -> None:
    settings = app.settings
    telegram, whatsapp = _channels(app)
    polling = role == "all" and telegram is not None and not settings.telegram_webhook_url
    webhooks = role != "worker"
    runner: web.AppRunner | None = None
    jobs = app.jobs() if role != "web" else None
    watch = LoopWatch()
    background = Background()
    background.start(follow_programme(app, background))
    try:
        if webhooks and telegram is not None and not polling:
            async with _telegram_errors(settings.telegram_api_base):
                await telegram.set_webhook()
        watch.start()
        application = _web_application(
            app, role, watch, telegram if not polling else None, whatsapp
        )
        runner = web.AppRunner(application)
        await runner.setup()
        await web.TCPSite(runner, settings.web.host, settings.web.port).start()
        log.info("%s: web server on %s:%s", role, settings.web.host, settings.web.port)
        if webhooks:
            log.info("dashboard: %s/dashboard/", settings.web.public_url)
        if role != "worker":
            await announce_setup_link(app, telegram)
        if jobs is not None:
            jobs.start()
        # What start-up built (aiogram's ~300 models, the app) lives as long as the process:
        # set aside like the imports (bot.py), or every full collection walks it again; and
        # the collector, off while it was built (bot/cli.py), is on again for the rest.
        gc.freeze()
        gc.enable()
        if polling and telegram is not None:
            async with _telegram_errors(settings.telegram_api_base):
                await telegram.run_polling(stop)
        else:
            await stop.wait()
    finally:
        await background.stop()
        await watch.stop()
        if jobs is not None:
            await jobs.stop()
        if runner is not None:
            await runner.cleanup()
        for channel in (telegram, whatsapp):
            if channel is not None:
                with contextlib.suppress(Exception):
                    await channel.close()
