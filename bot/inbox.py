"""A webhook's update kept first, handled after: the platform gets its 200 as soon as the
body is written (one INSERT), not after the bot has answered the customer (several
statements and a message out), so a slow moment of the database never makes Meta retry or
disable the webhook. Each kept update is handled once: after it is handled it is marked;
one that a stopped or crashed process left unmarked is handled by the next look (the
platform's message ids keep a redelivered message from being answered twice)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select, update

from bot.clock import Clock
from bot.db import Database
from models import InboundUpdate

# Kept longer than this and not handled: the process that took it stopped or crashed.
STRANDED_AFTER = timedelta(seconds=30)
KEEP_HANDLED = timedelta(days=2)
MAX_ATTEMPTS = 5  # an update that fails this often is left (logged), not retried forever


class Inbox:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def keep(self, channel: str, body: bytes) -> int:
        async with self._db.write() as session:
            row = InboundUpdate(channel=channel, body=body, received_at=self._clock.now())
            session.add(row)
            await session.flush()
            return row.id

    async def handled(self, update_id: int) -> None:
        """Marked, and its body dropped: nothing reads a handled update again, and the body
        holds a customer's words and number, which erasure could not find in it."""
        async with self._db.write() as session:
            await session.execute(
                update(InboundUpdate)
                .where(InboundUpdate.id == update_id)
                .values(handled_at=self._clock.now(), body=b"")
            )

    async def stranded(self, channel: str, limit: int = 50) -> list[tuple[int, bytes]]:
        """Updates kept but not handled for a while, oldest first, each counted as a try."""
        cutoff = self._clock.now() - STRANDED_AFTER
        async with self._db.write() as session:
            rows = list(
                await session.execute(
                    select(InboundUpdate.id, InboundUpdate.body)
                    .where(
                        InboundUpdate.channel == channel,
                        InboundUpdate.handled_at.is_(None),
                        InboundUpdate.received_at < cutoff,
                        InboundUpdate.attempts < MAX_ATTEMPTS,
                    )
                    .order_by(InboundUpdate.id)
                    .limit(limit)
                    .with_for_update(skip_locked=True)
                )
            )
            if rows:
                await session.execute(
                    update(InboundUpdate)
                    .where(InboundUpdate.id.in_([r.id for r in rows]))
                    # Taken now: another process looks again only after STRANDED_AFTER.
                    .values(attempts=InboundUpdate.attempts + 1, received_at=self._clock.now())
                )
            return [(row.id, row.body) for row in rows]

    async def prune(self) -> int:
        cutoff = self._clock.now() - KEEP_HANDLED
        async with self._db.write() as session:
            done = await session.execute(
                delete(InboundUpdate).where(
                    InboundUpdate.handled_at.is_not(None), InboundUpdate.handled_at < cutoff
                )
            )
            return int(getattr(done, "rowcount", 0) or 0)
