"""The sender: drains the outbox for as long as the bot runs, and keeps owners told how
their campaigns are going (the progress notes are outbox rows themselves)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import timedelta

from bot.app import App
from bot.jobs.outbox import Outbox, Send
from bot.rate_limit import RateLimiter

log = logging.getLogger(__name__)

IDLE_WAIT = 1.0  # seconds between looks at an empty outbox, unless woken sooner
PROGRESS_EVERY = 2.0  # seconds between progress checks while sending


def build_outbox(
    app: App,
    send: Send | None = None,
    *,
    limiter: RateLimiter | None = None,
    batch: int | None = None,
    quiet_hours: bool = True,
) -> Outbox:
    """The outbox as the sender runs it: the app's database, clock, renderer, quiet hours
    and sending settings; tests and benchmarks pass their own `send`, limiter or batch."""
    sending, program = app.settings.sending, app.program
    rate, lease = sending.messages_per_second, sending.lease_seconds
    tz = program.shop.tz
    return Outbox(
        app.db,
        app.clock,
        send or app.notifier.deliver,
        limiter or RateLimiter(rate),
        app.renderer,
        quiet=(lambda now: program.messages.quiet_at(now, tz))
        if quiet_hours
        else (lambda _: False),
        concurrency=sending.concurrency,
        lease=timedelta(seconds=lease),
        # A batch must be sent well within its lease, or another sender would take it.
        batch=batch or max(1, min(200, int(rate * lease / 4))),
    )


class Sender:
    def __init__(self, app: App) -> None:
        self._app = app
        self.outbox = build_outbox(app)
        self._wake = asyncio.Event()
        self._stopping = False
        # A notice queued by this process (a till's "+45 points") goes at once, not at the
        # next idle look.
        app.db.on_outbox_queued(self.wake)

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self) -> None:
        """Finish the batch in hand, then return: a graceful stop leaves no row claimed."""
        self._stopping = True
        self._wake.set()

    def wake(self) -> None:
        """Something was queued: look now rather than at the next idle check."""
        self._wake.set()

    async def run_forever(self) -> None:
        campaigns = self._app.loyalty.campaigns
        last_progress = 0.0
        while not self.stopping:
            try:
                if await self.outbox.pump():
                    if time.monotonic() - last_progress > PROGRESS_EVERY:
                        await campaigns.queue_progress()
                        last_progress = time.monotonic()
                    continue
                await self.outbox.finish_campaigns()
                if await campaigns.queue_progress():
                    continue  # a report was queued: send it now
            except Exception:
                log.exception("sending failed; trying again shortly")
            # A wake() (or stop()) that came while sending ends the wait at once.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_WAIT)
            self._wake.clear()
