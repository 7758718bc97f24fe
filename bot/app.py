"""The composition root: settings -> programme -> database -> engine -> conversation, and
the builders of every long-lived part of a process (channels, outbox, sender, scheduler),
each given only what it uses. Tests and benchmarks build through the same functions.

The channel and job modules are imported inside their builders: a command that never talks
to Telegram or WhatsApp (check, migrate, backup) does not pay for importing aiogram or pywa.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.clock import Clock, SystemClock
from bot.db import Database
from bot.housekeeping import Housekeeping
from bot.i18n import Translator
from bot.loyalty import EngineContext, Loyalty
from bot.loyalty.catalogue import sync_catalogue
from bot.loyalty.programme import Version, file_hash, knows_file, stored_version
from bot.notify import Notifier
from bot.program import LiveProgram, Program, load_program
from bot.rate_limit import RateLimiter
from bot.rendering import MessageRenderer
from bot.settings import Settings
from bot.state import StateStore, UpdateGuard
from handlers.catalog import CATALOG
from handlers.notice_buttons import notice_buttons
from handlers.notice_menus import notice_menu
from handlers.request import Deps
from handlers.router import Conversation

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from bot.channels.deps import ChannelDeps
    from bot.channels.telegram import TelegramChannel
    from bot.channels.whatsapp import WhatsAppChannel
    from bot.jobs.outbox import Outbox, Send
    from bot.jobs.scheduler import Jobs
    from bot.jobs.sender import Sender
    from bot.web.api.deps import ApiDeps
    from bot.web.deps import DashboardDeps


@dataclass(frozen=True, slots=True)
class App:
    settings: Settings
    live: LiveProgram  # the programme in force
    db: Database
    clock: Clock
    loyalty: Loyalty
    translator: Translator
    states: StateStore
    updates: UpdateGuard
    conversation: Conversation
    notifier: Notifier
    # What a queued message says, in its reader's language, with its buttons.
    renderer: MessageRenderer

    @property
    def program(self) -> Program:
        return self.live.current

    # --- channels -----------------------------------------------------------------------

    def channel_deps(self) -> ChannelDeps:
        from bot.channels.deps import ChannelDeps

        return ChannelDeps(
            handle=self.conversation.handle,
            first_time=self.updates.first_time,
            translator=self.translator,
            live=self.live,
            commands=self.conversation.deps.catalog.listed,
        )

    def telegram(self) -> TelegramChannel:
        """The Telegram channel, known to the outbox as a way to reach a customer.
        Raises ChannelError on a token that is not one."""
        from bot.channels.telegram import CHANNEL, telegram_channel

        if self.settings.telegram is None:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        channel = telegram_channel(self.settings.telegram, self.channel_deps())
        self.notifier.register(CHANNEL, channel.push)
        return channel

    def whatsapp(self) -> WhatsAppChannel:
        from bot.channels.whatsapp import CHANNEL, WhatsAppChannel
        from bot.inbox import Inbox

        if self.settings.whatsapp is None:
            raise ValueError("WhatsApp is not configured (WHATSAPP_* settings)")
        channel = WhatsAppChannel(
            self.settings.whatsapp,
            self.channel_deps(),
            customers=self.loyalty.customers,
            deliveries=self.loyalty.deliveries,
            openings=self.loyalty.openings,
            clock=self.clock,
            inbox=Inbox(self.db, self.clock),
        )
        self.notifier.register(CHANNEL, channel.push)
        return channel

    def dashboard_deps(self) -> DashboardDeps:
        from bot.web.deps import DashboardDeps

        telegram = self.settings.telegram
        return DashboardDeps(
            loyalty=self.loyalty,
            live=self.live,
            translator=self.translator,
            clock=self.clock,
            public_url=self.settings.web.public_url,
            telegram_token=telegram.token.get_secret_value() if telegram else None,
            first_time=self.updates.first_time,
            owner_ids=self.settings.owners,
        )

    def api_deps(self) -> ApiDeps:
        from bot.receipt_links import ReceiptLinks
        from bot.web.api.deps import ApiDeps

        settings = self.settings
        return ApiDeps(
            loyalty=self.loyalty,
            live=self.live,
            translator=self.translator,
            links_for=ReceiptLinks(settings),
            per_second=settings.api_calls_per_second,
            burst=settings.api_burst,
        )

    # --- sending and scheduling ---------------------------------------------------------

    def outbox(
        self,
        send: Send | None = None,
        *,
        limiter: RateLimiter | None = None,
        batch: int | None = None,
        quiet_hours: bool = True,
    ) -> Outbox:
        """The outbox as the sender runs it: this app's database, clock, renderer, quiet
        hours and sending settings; tests and benchmarks pass their own `send`, limiter or
        batch."""
        from bot.jobs.outbox import Outbox

        sending, live = self.settings.sending, self.live
        rate, lease = sending.messages_per_second, sending.lease_seconds

        def quiet(now: datetime) -> bool:
            program = live.current  # the hours in force now, not at start-up
            return quiet_hours and program.messages.quiet_at(now, program.shop.tz)

        return Outbox(
            self.db,
            self.clock,
            send or self.notifier.deliver,
            limiter or RateLimiter(rate),
            self.renderer,
            quiet=quiet,
            concurrency=sending.concurrency,
            lease=timedelta(seconds=lease),
            # Each app at its own pace, unless a test or benchmark sets one for all.
            channel_limiters=(
                {}
                if limiter is not None
                else {channel: RateLimiter(pace) for channel, pace in sending.per_channel}
            ),
            # A batch must be sent well within its lease, or another sender would take it.
            batch=batch or max(1, min(200, int(rate * lease / 4))),
        )

    def sender(self) -> Sender:
        from bot.jobs.sender import Sender
        from bot.jobs.webhooks import WebhookPoster

        webhooks = WebhookPoster(self.loyalty.webhooks, self.clock)
        sender = Sender(self.outbox(), self.loyalty.campaigns, webhooks)
        # A notice queued by this process (a till's "+45 points") goes at once, not at the
        # next idle look.
        self.db.on_outbox_queued(sender.wake)
        return sender

    def housekeeping(self) -> Housekeeping:
        from bot.inbox import Inbox

        return Housekeeping(
            self.loyalty.redemptions,
            self.updates,
            self.db,
            self.clock,
            self.loyalty.openings,
            Inbox(self.db, self.clock),
        )

    def jobs(self) -> Jobs:
        from bot.jobs.scheduler import Jobs

        return Jobs(
            self.loyalty,
            self.sender(),
            self.housekeeping(),
            live=self.live,
            clock=self.clock,
            tick_seconds=self.settings.sending.scheduler_tick_seconds,
        )


async def _first_version_or_warning(
    loyalty: Loyalty, db: Database, settings: Settings, stored: Version | None
) -> None:
    path = settings.resolved_program_file
    try:
        raw = path.read_bytes()
    except OSError:
        raw = None
    sha = file_hash(raw) if raw is not None else None
    if stored is None:
        # A new database: the programme file (or the shipped example) is version 1.
        program = loyalty.programme.current
        await loyalty.programme.save(program, actor=None, source="file", file_sha256=sha)
        return
    if sha is not None and settings.program_file is not None and not await knows_file(db, sha):
        log.warning(
            "%s has changed since it was brought in; the programme in force is the "
            "database's version %s. To use the file: python bot.py program import %s",
            path,
            stored.number,
            path,
        )


@asynccontextmanager
async def open_app(
    settings: Settings,
    *,
    program: Program | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[App]:
    """Build the app and close what it opened. Raises ProgramError on a bad programme file.

    The programme is the database's version in force; a database with none yet takes the
    programme file as version 1. Tests pass `program` to run on it without storing it.
    """
    clock = clock or SystemClock()
    db = Database(settings.database_url)
    try:
        stored = await stored_version(db) if program is None else None
        live = (
            LiveProgram(stored.program, stored.number)
            if stored is not None
            else LiveProgram(program or load_program(settings.resolved_program_file))
        )
        await sync_catalogue(db, live.current)
        loyalty = Loyalty.build(EngineContext(db=db, live=live, clock=clock))
        if program is None:
            await _first_version_or_warning(loyalty, db, settings, stored)
        translator = Translator()
        states = StateStore(db, clock)
        deps = Deps(
            catalog=CATALOG,
            loyalty=loyalty,
            live=live,
            translator=translator,
            states=states,
            clock=clock,
            owner_ids=settings.owners,
            dashboard_url=settings.web.public_url,
        )
        yield App(
            settings=settings,
            live=live,
            db=db,
            clock=clock,
            loyalty=loyalty,
            translator=translator,
            states=states,
            updates=UpdateGuard(db, clock),
            conversation=Conversation(deps),
            notifier=Notifier(loyalty.customers),
            renderer=MessageRenderer(translator, live, notice_buttons, notice_menu(CATALOG.listed)),
        )
    finally:
        await db.dispose()
