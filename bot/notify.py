"""Messages for someone other than the sender: delivered on a channel that reaches them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.chat_types import Reply
from bot.loyalty.customers import CustomerService

log = logging.getLogger(__name__)

# Sends to one external id; returns the platform's id of the message when it has one.
Sender = Callable[[str, Reply], Awaitable[str | None]]


class Blocked(Exception):
    """The platform says this person blocked the bot: do not try again."""


class RetryAfter(Exception):
    """The platform asks for a pause (Telegram's 429) before any further message."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Unreachable(Exception):
    """The customer has no chat identity left (erased): nothing can ever reach them."""


class OutsideWindow(Exception):
    """The platform's rules forbid this message now (WhatsApp: no free-form message more
    than 24 hours after the customer's last one, and no template configured for it)."""


class Later(Exception):
    """This message may not go yet (WhatsApp's messaging limit is reached): it waits until
    `until`, without counting as a failed try and without holding up anyone else's."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"later, at {until.isoformat()}")
        self.until = until


class NotFromHere(Exception):
    """The customer is reached on a channel this process does not run (a Telegram user,
    seen from the terminal shell): another process can send it, so leave it for later."""


class Notifier:
    """Channels register how to send to one of their users; a customer reachable on several
    channels gets the message once, on the first channel they joined by."""

    def __init__(self, customers: CustomerService) -> None:
        self._customers = customers
        self._senders: dict[str, Sender] = {}

    def register(self, channel: str, send: Sender) -> None:
        self._senders[channel] = send

    async def deliver(self, customer_id: int, reply: Reply) -> str | None:
        """Send now; raises Blocked, RetryAfter, Unreachable or NotFromHere for the caller
        to act on."""
        identities = await self._customers.identities(customer_id)
        for channel, external_id in identities:
            send = self._senders.get(channel)
            if send is not None:
                return await send(external_id, reply)
        raise NotFromHere(customer_id) if identities else Unreachable(customer_id)
