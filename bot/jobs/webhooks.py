"""Posting the webhooks the engine queued: each due delivery signed and sent, 2xx marks it
sent, anything else (an error page, a timeout, a refused connection) schedules the next try
(bot/loyalty/webhooks.py keeps the waits and the last try). Run by the sender, beside the
outbox, so a broadcast never holds webhooks up. httpx is imported with the first delivery:
a shop that posts none does not hold it (5 MB)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.loyalty.webhooks import DueDelivery, WebhookService
from bot.webhook_signature import HEADER, sign

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

TIMEOUT = 10.0  # seconds an endpoint has to answer


class WebhookPoster:
    def __init__(self, webhooks: WebhookService, clock: Clock, *, concurrency: int = 8) -> None:
        self._webhooks = webhooks
        self._clock = clock
        self._slots = asyncio.Semaphore(concurrency)
        self._http: httpx.AsyncClient | None = None

    async def pump(self) -> int:
        """Send one batch of due deliveries; how many were claimed."""
        due = await self._webhooks.claim()
        if due:
            if self._http is None:
                import httpx

                self._http = httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=False)
            await asyncio.gather(*(self._post(self._http, delivery) for delivery in due))
        return len(due)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def _post(self, http: httpx.AsyncClient, delivery: DueDelivery) -> None:
        import httpx

        timestamp = int(self._clock.now().timestamp())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "loyalty-bot-webhooks/1",
            HEADER: sign(delivery.secret, delivery.body, timestamp),
            # The same on every try: a receiver may use it to drop a repeat.
            "X-Loyalty-Delivery": str(delivery.id),
        }
        async with self._slots:
            try:
                answer = await http.post(delivery.url, content=delivery.body, headers=headers)
            except httpx.HTTPError as exc:
                await self._webhooks.failed(delivery, f"{type(exc).__name__}: {exc}")
                return
        if 200 <= answer.status_code < 300:
            await self._webhooks.sent(delivery.id)
        else:
            await self._webhooks.failed(delivery, f"HTTP {answer.status_code}")
