"""Messages for someone other than the sender: delivered on a channel that reaches them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.loyalty.customers import CustomerService
from handlers.types import Reply

log = logging.getLogger(__name__)

Sender = Callable[[str, Reply], Awaitable[None]]


class Notifier:
    """Channels register how to send to one of their users; a customer reachable on several
    channels gets the message once, on the first channel they joined by."""

    def __init__(self, customers: CustomerService) -> None:
        self._customers = customers
        self._senders: dict[str, Sender] = {}

    def register(self, channel: str, send: Sender) -> None:
        self._senders[channel] = send

    async def deliver(self, customer_id: int, reply: Reply) -> bool:
        for channel, external_id in await self._customers.identities(customer_id):
            send = self._senders.get(channel)
            if send is not None:
                await send(external_id, reply)
                return True
        log.info("customer %s has no channel to reach them on now", customer_id)
        return False
