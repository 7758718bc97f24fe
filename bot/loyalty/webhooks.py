"""Webhooks out: a shop's own systems told of what happens (a member joined or was
erased, points earned, a reward handed over, a tier reached).

An owner registers a URL and the events it wants; the secret that signs its deliveries is
shown once. An event is written as one outbox row per endpoint that asked for it, in the
transaction of the event itself, with one INSERT ... SELECT (no round trip when nobody
listens): if the purchase commits, its webhook goes, whatever crashes or failures come
after. The sender (bot/jobs/webhooks.py) posts each row, signed, and tries again with
growing waits until the endpoint answers 2xx or the tries run out.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import OUTBOX_QUEUED, insert_ignoring_duplicates
from bot.loyalty import audit
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import InvalidWebhook, NotAllowed
from models import WebhookDelivery, WebhookEndpoint, WebhookStatus

# member.erased: the member asked to be erased; a system that kept what it was told of
# them (member.joined carries the name) is asked to forget it too.
EVENTS = ("member.joined", "member.erased", "points.earned", "reward.redeemed", "tier.reached")
MAX_ATTEMPTS = 12  # about 11 hours of tries with the waits below
FIRST_WAIT = timedelta(seconds=10)
LONGEST_WAIT = timedelta(hours=2)
LEASE = timedelta(minutes=2)
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class EndpointInfo:
    id: int
    url: str
    events: tuple[str, ...]
    created_at: datetime
    pending: int  # deliveries waiting or being retried
    failed: int  # deliveries given up on


@dataclass(frozen=True, slots=True)
class NewEndpoint:
    secret: str  # shown once, to the owner who added it
    info: EndpointInfo


@dataclass(frozen=True, slots=True)
class DueDelivery:
    id: int
    url: str
    secret: str
    body: bytes
    attempts: int


def events_from(text: str | Iterable[str]) -> tuple[str, ...]:
    words = text.replace(",", " ").split() if isinstance(text, str) else list(text)
    asked = {word.strip().lower() for word in words if word.strip()} or set(EVENTS)
    if asked - set(EVENTS):
        raise InvalidWebhook(reason="events")
    return tuple(event for event in EVENTS if event in asked)


def _checked_url(url: str) -> str:
    """https, or http to this machine itself (a receiver beside the bot, a test)."""
    text = url.strip()
    parts = urlsplit(text)
    loopback = parts.scheme == "http" and parts.hostname in _LOOPBACK
    if len(text) > 500 or not parts.hostname or not (parts.scheme == "https" or loopback):
        raise InvalidWebhook(reason="url")
    return text


async def emit(session: AsyncSession, event: str, key: str, now: datetime, **data: Any) -> None:
    """Queue `event` for every endpoint that asked for it, inside the caller's transaction;
    `key` makes it once per endpoint (a retried transaction queues nothing more)."""
    body = json.dumps(
        {"id": key, "type": event, "created_at": now.isoformat(), "data": data},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    listening = select(
        WebhookEndpoint.id,
        literal(key[:80]),
        literal(body),
        literal(WebhookStatus.PENDING.value),
        literal(0),
        literal(now),
        literal(now),
    ).where(WebhookEndpoint.removed_at.is_(None), WebhookEndpoint.events.like(f"% {event} %"))
    columns = ["endpoint_id", "event_key", "body", "status", "attempts", "next_attempt_at"]
    await session.execute(
        insert_ignoring_duplicates(
            session, WebhookDelivery, "endpoint_id", "event_key"
        ).from_select([*columns, "created_at"], listening)
    )
    session.info[OUTBOX_QUEUED] = True


class WebhookService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def add(
        self, url: str, *, events: str | Iterable[str] = EVENTS, by: Actor
    ) -> NewEndpoint:
        if not by.is_owner or by.staff_id is None:
            raise NotAllowed(operation="webhooks")
        checked, chosen = _checked_url(url), events_from(events)
        now = self._ctx.clock.now()
        secret = f"whsec_{secrets.token_urlsafe(24)}"
        async with self._ctx.db.write() as session:
            row = WebhookEndpoint(
                url=checked,
                secret=secret,
                events=f" {' '.join(chosen)} ",
                created_by_id=by.staff_id,
                created_at=now,
            )
            session.add(row)
            await session.flush()
            audit.record(session, actor=by, action="webhook", now=now, url=checked[:100])
            return NewEndpoint(secret, EndpointInfo(row.id, checked, chosen, now, 0, 0))

    async def remove(self, endpoint_id: int, *, by: Actor) -> bool:
        """Stops it at once: what was queued for it and not yet sent is not sent."""
        if not by.is_owner or by.staff_id is None:
            raise NotAllowed(operation="webhooks")
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            done = await session.execute(
                update(WebhookEndpoint)
                .where(WebhookEndpoint.id == endpoint_id, WebhookEndpoint.removed_at.is_(None))
                .values(removed_at=now)
            )
            if not getattr(done, "rowcount", 0):
                return False
            audit.record(session, actor=by, action="webhook_remove", now=now, endpoint=endpoint_id)
            return True

    async def listing(self) -> list[EndpointInfo]:
        waiting = (WebhookStatus.PENDING, WebhookStatus.SENDING)
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(
                    WebhookEndpoint,
                    func.count(WebhookDelivery.id).filter(WebhookDelivery.status.in_(waiting)),
                    func.count(WebhookDelivery.id).filter(
                        WebhookDelivery.status == WebhookStatus.FAILED
                    ),
                )
                .outerjoin(WebhookDelivery, WebhookDelivery.endpoint_id == WebhookEndpoint.id)
                .where(WebhookEndpoint.removed_at.is_(None))
                .group_by(WebhookEndpoint.id)
                .order_by(WebhookEndpoint.id)
            )
            return [
                EndpointInfo(
                    e.id, e.url, tuple(e.events.split()), e.created_at, int(p or 0), int(f or 0)
                )
                for e, p, f in rows
            ]

    async def claim(self, batch: int = 50) -> list[DueDelivery]:
        """Due deliveries, leased to this sender (another sender's expired lease included)."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            due = or_(
                (WebhookDelivery.status == WebhookStatus.PENDING)
                & (WebhookDelivery.next_attempt_at <= now),
                (WebhookDelivery.status == WebhookStatus.SENDING)
                & (WebhookDelivery.lease_until < now),
            )
            rows = list(
                await session.execute(
                    select(WebhookDelivery, WebhookEndpoint)
                    .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
                    .where(due, WebhookEndpoint.removed_at.is_(None))
                    .order_by(WebhookDelivery.id)
                    .limit(batch)
                    .with_for_update(skip_locked=True, of=WebhookDelivery)
                )
            )
            if not rows:
                return []
            await session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id.in_([d.id for d, _ in rows]))
                .values(status=WebhookStatus.SENDING, lease_until=now + LEASE)
                .execution_options(synchronize_session=False)
            )
            return [
                DueDelivery(d.id, e.url, e.secret, d.body.encode(), d.attempts) for d, e in rows
            ]

    async def sent(self, delivery_id: int) -> None:
        async with self._ctx.db.write() as session:
            await session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == delivery_id)
                .values(
                    status=WebhookStatus.SENT,
                    sent_at=self._ctx.clock.now(),
                    attempts=WebhookDelivery.attempts + 1,
                    lease_until=None,
                )
            )

    async def failed(self, delivery: DueDelivery, error: str) -> None:
        """Try again after a wait that doubles each time (10 s, 20 s, ... up to 2 hours),
        or give up after the last try."""
        attempts = delivery.attempts + 1
        wait = min(FIRST_WAIT * 2 ** (attempts - 1), LONGEST_WAIT)
        status = WebhookStatus.FAILED if attempts >= MAX_ATTEMPTS else WebhookStatus.PENDING
        async with self._ctx.db.write() as session:
            await session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == delivery.id)
                .values(
                    status=status,
                    attempts=attempts,
                    next_attempt_at=self._ctx.clock.now() + wait,
                    lease_until=None,
                    last_error=error[:200],
                )
            )
