"""The sender: drains the outbox for as long as the bot runs, and keeps owners told how
their campaigns are going (the progress notes are outbox rows themselves)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from bot.jobs.outbox import Outbox
from bot.jobs.webhooks import WebhookPoster
from bot.loyalty.campaigns import CampaignService

log = logging.getLogger(__name__)

IDLE_WAIT = 1.0  # seconds between looks at an empty outbox, unless woken sooner
PROGRESS_EVERY = 2.0  # seconds between progress checks while sending


class Sender:
    """Built by the composition root (bot/app.py), which also has the database wake it when
    this process queues a message."""

    def __init__(
        self, outbox: Outbox, campaigns: CampaignService, webhooks: WebhookPoster | None = None
    ) -> None:
        self.outbox = outbox
        self._campaigns = campaigns
        self._webhooks = webhooks
        self._wake = asyncio.Event()
        self._stopping = False

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
        campaigns = self._campaigns
        last_progress = 0.0
        while not self.stopping:
            try:
                # Both each round: a long broadcast never holds a webhook up, nor the reverse.
                posted = await self._webhooks.pump() if self._webhooks is not None else 0
                if await self.outbox.pump():
                    if time.monotonic() - last_progress > PROGRESS_EVERY:
                        await campaigns.queue_progress()
                        last_progress = time.monotonic()
                    continue
                await self.outbox.finish_campaigns()
                if await campaigns.queue_progress() or posted:
                    continue  # a report was queued, or webhooks went: look again now
            except Exception:
                log.exception("sending failed; trying again shortly")
            # A wake() (or stop()) that came while sending ends the wait at once.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_WAIT)
            self._wake.clear()
        if self._webhooks is not None:
            await self._webhooks.close()
