"""The outbox: campaign messages and automatic ones, claimed in batches with a lease and
sent at the platform's limit.

A row is claimed (status "sending", lease_until) before its message goes out and marked
after; a sender that dies leaves its claimed rows to be taken again when the lease runs
out, so nothing is lost and at most the messages in flight at that moment go twice. On
PostgreSQL the claim uses FOR UPDATE SKIP LOCKED, so several workers share one outbox.
In quiet hours only notices (answers to something that just happened) are claimed; offers
and reminders stay pending until the morning.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, null, or_, select, update

from bot.chat_types import Reply
from bot.clock import Clock
from bot.db import Database
from bot.loyalty.openings import LIMIT_WAITING
from bot.notify import Blocked, Later, NotFromHere, OutsideWindow, RetryAfter, Unreachable
from bot.rate_limit import RateLimiter
from bot.rendering import MessageRenderer
from models import (
    Campaign,
    CampaignStatus,
    ChannelIdentity,
    Customer,
    Delivery,
    DeliveryStatus,
    Offer,
    Purpose,
    Survey,
)

log = logging.getLogger(__name__)

# customer id, message -> the platform's id of the sent message, if it gives one
Send = Callable[[int, Reply], Awaitable[str | None]]
QuietHours = Callable[[datetime], bool]
NOT_FROM_HERE_WAIT = 60.0  # seconds before this process looks at such a row again
PAUSE_IN_TABLE = 1.0  # a platform's pause longer than this is waited out in the table


# A row's fate: its new status and what _mark records with it.
Outcome = tuple[DeliveryStatus, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Claimed:
    delivery_id: int
    campaign_id: int
    customer_id: int
    attempts: int
    reply: Reply
    sendable: bool
    lease_until: datetime  # when another sender may take the row over
    broken: str | None = None  # the message could not be written: fail the row, send nothing
    channel: str | None = None  # the app that reaches the customer (their first)


class Outbox:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        send: Send,
        limiter: RateLimiter,
        renderer: MessageRenderer,
        *,
        quiet: QuietHours = lambda _: False,
        concurrency: int = 8,
        batch: int = 200,
        lease: timedelta = timedelta(minutes=2),
        max_attempts: int = 5,
        channel_limiters: dict[str, RateLimiter] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._send = send
        self._limiter = limiter
        # Each app at its own pace: WhatsApp's rate and pauses never slow Telegram's sends,
        # nor the reverse. A channel without one of its own uses `limiter`.
        self._channel_limiters = channel_limiters or {}
        self._renderer = renderer
        self._quiet = quiet
        self._images: dict[int, bytes | None] = {}  # offer id -> image, read once per offer
        self._slots = asyncio.Semaphore(concurrency)
        self._batch = batch
        self._lease = lease
        self._max_attempts = max_attempts
        self.outcomes: Counter[str] = Counter()

    async def drain(self, *, idle_wait: float = 0.5) -> None:
        """Send until nothing is pending or claimed (retries included), then return."""
        while True:
            if await self.pump():
                continue
            if not await self.outstanding():
                await self.finish_campaigns()
                return
            await asyncio.sleep(idle_wait)  # retries not yet due, or another worker's lease

    async def pump(self) -> int:
        """Claim one batch that is due now and send it; how many rows were claimed."""
        claimed = await self._claim()
        # One customer's messages go one after another, in the order they were queued (a
        # progress note before the final report); different customers' go side by side.
        queues: dict[int, list[Claimed]] = {}
        for item in claimed:
            queues.setdefault(item.customer_id, []).append(item)
        await asyncio.gather(*(self._deliver_in_order(items) for items in queues.values()))
        return len(claimed)

    async def _deliver_in_order(self, items: list[Claimed]) -> None:
        for item in items:
            await self._deliver(item)

    async def outstanding(self) -> int:
        async with self._db.read() as session:
            return int(
                await session.scalar(
                    select(func.count(Delivery.id)).where(
                        Delivery.status.in_((DeliveryStatus.PENDING, DeliveryStatus.SENDING))
                    )
                )
                or 0
            )

    async def _claim(self) -> list[Claimed]:
        now = self._clock.now()
        async with self._db.write() as session:
            due = or_(
                (Delivery.status == DeliveryStatus.PENDING) & (Delivery.next_attempt_at <= now),
                (Delivery.status == DeliveryStatus.SENDING) & (Delivery.lease_until < now),
            )
            if self._quiet(now):
                due = due & (Delivery.purpose == Purpose.NOTICE)
            ids = list(
                await session.scalars(
                    select(Delivery.id)
                    .where(due)
                    .order_by(Delivery.id)
                    .limit(self._batch)
                    .with_for_update(skip_locked=True)
                )
            )
            if not ids:
                return []
            await session.execute(
                update(Delivery)
                .where(Delivery.id.in_(ids))
                .values(status=DeliveryStatus.SENDING, lease_until=now + self._lease)
                .execution_options(synchronize_session=False)
            )
            first_app = (
                select(ChannelIdentity.channel)
                .where(ChannelIdentity.customer_id == Delivery.customer_id)
                .order_by(ChannelIdentity.id)
                .limit(1)
                .scalar_subquery()
            )
            rows = list(
                await session.execute(
                    select(Delivery, Campaign, Customer, first_app, Survey.id, Survey.choices)
                    .outerjoin(Campaign, Campaign.id == Delivery.campaign_id)
                    .outerjoin(Survey, Survey.campaign_id == Campaign.id)
                    .join(Customer, Customer.id == Delivery.customer_id)
                    .where(Delivery.id.in_(ids))
                    .order_by(Delivery.id)
                )
            )
            offers = {c.offer_id for _, c, *_ in rows if c is not None and c.offer_id}
            for offer_id in offers - self._images.keys():
                self._images[offer_id] = await session.scalar(
                    select(Offer.image).where(Offer.id == offer_id)
                )
            return [
                replace(
                    self._claimed(
                        delivery,
                        campaign,
                        customer,
                        now + self._lease,
                        (survey, choices) if survey is not None else None,
                    ),
                    channel=channel,
                )
                for delivery, campaign, customer, channel, survey, choices in rows
            ]

    def _claimed(
        self,
        delivery: Delivery,
        campaign: Campaign | None,
        customer: Customer,
        lease_until: datetime,
        survey: tuple[int, list[str]] | None = None,
    ) -> Claimed:
        # Consent is checked when the message goes, not when it was queued: a /stop during
        # a broadcast takes effect at once.
        sendable = customer.erased_at is None and customer.blocked_at is None
        if delivery.purpose is Purpose.MARKETING:
            sendable = sendable and customer.marketing_consent
        broken = None
        try:
            if campaign is not None:
                sendable = sendable and campaign.status is not CampaignStatus.CANCELLED
                text = self._renderer.campaign_text(campaign.texts, customer.language)
                reply = Reply(
                    text,
                    # A survey's question carries its choices, one button each, and, for a
                    # template that can carry none, the choices by number to type.
                    self._renderer.survey_buttons(survey[0], survey[1], customer.language)
                    if survey is not None
                    else (),
                    image=self._images.get(campaign.offer_id) if campaign.offer_id else None,
                    unsolicited=delivery.purpose.value,
                    typed=self._renderer.survey_typed(text, survey[1], customer.language)
                    if survey is not None
                    else None,
                )
            else:
                reply = self._renderer.notice(
                    delivery.message or "",
                    delivery.args or {},
                    customer.language,
                    delivery.purpose.value,
                )
        except (KeyError, ValueError) as exc:
            # One row that cannot be rendered must not hold up the batch it was claimed in.
            reply, broken = Reply(""), repr(exc)
            log.error("delivery %s cannot be rendered: %r", delivery.id, exc)
        return Claimed(
            delivery.id,
            delivery.campaign_id or 0,
            delivery.customer_id,
            delivery.attempts,
            reply,
            sendable,
            lease_until,
            broken,
        )

    async def _deliver(self, item: Claimed) -> None:
        if item.broken is not None:
            await self._mark(item, DeliveryStatus.FAILED, error=item.broken)
            return
        if not item.sendable:
            await self._mark(item, DeliveryStatus.SKIPPED)
            return
        limiter = self._channel_limiters.get(item.channel or "", self._limiter)
        # The slot covers the request only; the bookkeeping write happens after it, so the
        # next request is not held up by the database.
        async with self._slots:
            waiting = limiter.paused_for
            if waiting > PAUSE_IN_TABLE:
                # The app asked for a pause: this row waits it out in the table, not in a
                # slot, so the other apps' messages go meanwhile.
                outcome: Outcome = (
                    DeliveryStatus.PENDING,
                    {"retry_in": waiting, "count_attempt": False},
                )
            else:
                sent = await self._send_one(item, limiter)
                if sent is None:
                    return  # its lease ran out: another sender may have it now
                outcome = sent
        status, details = outcome
        await self._mark(item, status, **details)

    async def _send_one(self, item: Claimed, limiter: RateLimiter) -> Outcome | None:
        """None, sending nothing and marking nothing, when the row's lease is (nearly) over
        by the time its turn comes: a batch is sized to go in a quarter of its lease, but a
        stalled machine can hold a sender past it, and another sender then claims the row
        and sends it too. Left as it is, the row is claimed again (by either) and goes once."""
        await limiter.acquire(item.customer_id)
        try:
            if self._clock.now() >= item.lease_until - self._lease / 4:
                log.warning(
                    "delivery %s left to be claimed again: its lease ran out", item.delivery_id
                )
                return None
            message_id = await self._send(item.customer_id, item.reply)
        except RetryAfter as exc:
            limiter.pause(exc.seconds)
            return (DeliveryStatus.PENDING, {"retry_in": exc.seconds, "count_attempt": False})
        except Blocked:
            return (DeliveryStatus.BLOCKED, {"blocked": True})
        except Unreachable:
            return (DeliveryStatus.SKIPPED, {"error": "no channel"})
        except OutsideWindow:
            return (DeliveryStatus.SKIPPED, {"error": "outside the 24-hour window"})
        except Later as exc:
            # The number's messaging limit: it goes when a place frees, not as a failure.
            wait = (exc.until - self._clock.now()).total_seconds()
            return (
                DeliveryStatus.PENDING,
                {"retry_in": max(1.0, wait), "count_attempt": False, "error": LIMIT_WAITING},
            )
        except NotFromHere:
            # Left for the process that runs the customer's channel.
            return (
                DeliveryStatus.PENDING,
                {"retry_in": NOT_FROM_HERE_WAIT, "count_attempt": False},
            )
        except Exception as exc:
            attempts = item.attempts + 1
            if attempts >= self._max_attempts:
                return (DeliveryStatus.FAILED, {"error": repr(exc)})
            return (DeliveryStatus.PENDING, {"retry_in": 2.0**attempts, "error": repr(exc)})
        finally:
            await limiter.release(item.customer_id)
        return (DeliveryStatus.SENT, {"message_id": message_id})

    async def _mark(
        self,
        item: Claimed,
        status: DeliveryStatus,
        *,
        retry_in: float = 0.0,
        count_attempt: bool = True,
        error: str | None = None,
        blocked: bool = False,
        message_id: str | None = None,
    ) -> None:
        now: datetime = self._clock.now()
        values: dict[str, object] = {"status": status, "lease_until": None}
        if count_attempt and status is not DeliveryStatus.SKIPPED:
            values["attempts"] = item.attempts + 1
        if status is DeliveryStatus.PENDING:
            values["next_attempt_at"] = now + timedelta(seconds=retry_in)
        if status is DeliveryStatus.SENT:
            values["sent_at"] = now
            values["platform_message_id"] = message_id
        if error:
            values["last_error"] = error[:200]
        if status is not DeliveryStatus.PENDING:
            # Settled: its words are not needed again, and a note to an owner may name a
            # customer who later asks to be erased.
            values["args"] = null()
        async with self._db.write() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.id == item.delivery_id)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if blocked:
                await session.execute(
                    update(Customer)
                    .where(Customer.id == item.customer_id, Customer.blocked_at.is_(None))
                    .values(blocked_at=now)
                    .execution_options(synchronize_session=False)
                )
        self.outcomes[status.value if status is not DeliveryStatus.PENDING else "retried"] += 1

    async def finish_campaigns(self) -> list[int]:
        """Mark done the campaigns with every row settled; their ids (for the reports)."""
        now = self._clock.now()
        async with self._db.write() as session:
            open_ = select(Delivery.campaign_id).where(
                Delivery.campaign_id.is_not(None),
                Delivery.status.in_((DeliveryStatus.PENDING, DeliveryStatus.SENDING)),
            )
            result = await session.scalars(
                update(Campaign)
                .where(
                    Campaign.status == CampaignStatus.SENDING,
                    # Still being enqueued: rows may be missing yet, so not done.
                    Campaign.enqueued_at.is_not(None),
                    Campaign.id.not_in(open_),
                )
                .values(status=CampaignStatus.DONE, finished_at=now)
                .returning(Campaign.id)
                .execution_options(synchronize_session=False)
            )
            return list(result)
