"""Conversation state and duplicate-update detection, stored in the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select

from bot.clock import Clock
from bot.db import Database, StorageUnavailable, insert_ignoring_duplicates
from models import ConversationState, ProcessedUpdate

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class State:
    step: str
    data: dict[str, Any] = field(default_factory=dict)
    attachment: bytes | None = None  # a photo in a draft, kept as bytes beside the JSON


class StateStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def get(self, channel: str, external_id: str) -> State | None:
        async with self._db.read() as session:
            row = await session.get(ConversationState, (channel, external_id))
            if row is None:
                return None
            return State(row.step, dict(row.data), row.attachment)

    async def set(self, channel: str, external_id: str, state: State) -> None:
        async with self._db.write() as session:
            row = await session.get(ConversationState, (channel, external_id))
            if row is None:
                row = ConversationState(channel=channel, external_id=external_id)
                session.add(row)
            row.step = state.step
            row.data = dict(state.data)
            row.attachment = state.attachment
            row.updated_at = self._clock.now()

    async def clear(self, channel: str, external_id: str) -> None:
        async with self._db.write() as session:
            await session.execute(
                delete(ConversationState).where(
                    ConversationState.channel == channel,
                    ConversationState.external_id == external_id,
                )
            )


class UpdateGuard:
    """Platforms redeliver updates (a webhook retried, a poll restarted); handle each once."""

    def __init__(self, db: Database, clock: Clock, keep: timedelta = timedelta(days=2)) -> None:
        self._db = db
        self._clock = clock
        self._keep = keep
        # Built once: it runs for every update.
        self._insert = insert_ignoring_duplicates(
            db.dialect_name, ProcessedUpdate, "channel", "update_id"
        )

    async def first_time(self, channel: str, update_id: str) -> bool:
        # One statement: the insert that wins is the first time; a redelivery, or the same
        # update handled at once by another web process, inserts nothing.
        try:
            async with self._db.write_statement() as connection:
                result = await connection.execute(
                    self._insert,
                    {"channel": channel, "update_id": update_id, "received_at": self._clock.now()},
                )
        except StorageUnavailable:
            # The disk is full: handle it anyway, so the person hears back (a balance can
            # still be read; a write will be refused in words, and nothing is half-written).
            log.warning("could not record %s update %s; handling it anyway", channel, update_id)
            return True
        return result.rowcount == 1

    async def probe(self) -> None:
        """A real write, undone: raises StorageUnavailable while the database cannot store
        one (the health check's question after a failed write)."""
        async with self._db.write_statement() as connection:
            row = {"channel": "health", "update_id": "probe", "received_at": self._clock.now()}
            await connection.execute(self._insert, row)
            await connection.execute(
                delete(ProcessedUpdate).where(
                    ProcessedUpdate.channel == "health", ProcessedUpdate.update_id == "probe"
                )
            )

    async def prune(self) -> int:
        """Forget ids older than any platform redelivers (Telegram keeps updates 24 h)."""
        cutoff = self._clock.now() - self._keep
        async with self._db.write() as session:
            old = list(
                await session.scalars(
                    select(ProcessedUpdate.update_id).where(ProcessedUpdate.received_at < cutoff)
                )
            )
            await session.execute(
                delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff)
            )
            return len(old)
