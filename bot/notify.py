"""Messages for someone other than the sender: delivered on a channel that reaches them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.loyalty.customers import CustomerService
from handlers.types import Reply

log = logging.getLogger(__name__)

Sender = Callable[[str, Reply], Awaitable[None]]


class Blocked(Exception):
    """The platform says this person blocked the bot: do not try again."""


class RetryAfter(Exception):
    """The platform asks for a pause (Telegram's 429) before any further message."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Unreachable(Exception):
    """The customer has no channel the running bot can send on."""


class Notifier:
    """Channels register how to send to one of their users; a customer reachable on several
    channels gets the message once, on the first channel they joined by."""

    def __init__(self, customers: CustomerService) -> None:
        self._customers = customers
        self._senders: dict[str, Sender] = {}

    def register(self, channel: str, send: Sender) -> None:
        self._senders[channel] = send

    async def deliver(self, customer_id: int, reply: Reply) -> None:
        """Send now; raises Blocked, RetryAfter or Unreachable for the caller to act on."""
        for channel, external_id in await self._customers.identities(customer_id):
            send = self._senders.get(channel)
            if send is not None:
                await send(external_id, reply)
                return
        raise Unreachable(customer_id)

    async def tell(self, customer_id: int, reply: Reply) -> None:
        """A notice in passing (a till action, an owner's note): failures are only logged."""
        try:
            await self.deliver(customer_id, reply)
        except (Blocked, RetryAfter, Unreachable) as exc:
            log.info("notice to customer %s not delivered: %r", customer_id, exc)
