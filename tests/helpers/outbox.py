"""The production outbox driven by hand: sending what is due and reading what went."""

from __future__ import annotations

from bot.app import App
from bot.chat_types import Reply
from bot.jobs.outbox import Outbox, Send
from bot.rate_limit import RateLimiter


def make_outbox(
    app: App,
    send: Send,
    *,
    batch: int = 200,
    limiter: RateLimiter | None = None,
) -> Outbox:
    """The production outbox (App.outbox), sending through `send`, with
    a limiter that does not slow a test down unless one is given."""
    return app.outbox(
        send, limiter=limiter or RateLimiter(10_000, per_chat_interval=0), batch=batch
    )


async def drain_outbox(app: App, *, batch: int = 200) -> dict[int, list[Reply]]:
    """Send what the outbox holds that is due now (quiet hours respected), recording it:
    the messages each customer received, in order."""
    received: dict[int, list[Reply]] = {}

    async def send(customer_id: int, reply: Reply) -> None:
        received.setdefault(customer_id, []).append(reply)

    outbox = make_outbox(app, send, batch=batch)
    while await outbox.pump():
        pass
    await outbox.finish_campaigns()
    return received


def texts(received: dict[int, list[Reply]]) -> dict[int, list[str]]:
    return {customer: [r.text for r in replies] for customer, replies in received.items()}
