"""Small recurring chores of a running bot (the scheduler runs them): give back the points
of redemption codes nobody showed at the counter, forget update ids older than any
redelivery, wrong codes older than the window they count in, and customer files uploaded
for an import nobody finished."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.db import Database
from bot.inbox import Inbox
from bot.loyalty.attempts import forget_old
from bot.loyalty.imports import forget_unfinished
from bot.loyalty.openings import OpeningService
from bot.loyalty.redemptions import RedemptionService
from bot.state import UpdateGuard


@dataclass(frozen=True, slots=True)
class Chores:
    codes_expired: int
    updates_forgotten: int
    attempts_forgotten: int = 0
    openings_forgotten: int = 0
    imports_forgotten: int = 0


@dataclass(frozen=True, slots=True)
class Housekeeping:
    redemptions: RedemptionService
    updates: UpdateGuard
    db: Database
    clock: Clock
    openings: OpeningService | None = None
    inbox: Inbox | None = None

    async def run_once(self, *, prune: bool) -> Chores:
        expired = await self.redemptions.expire_stale()
        forgotten = await self.updates.prune() if prune else 0
        attempts = await forget_old(self.db, self.clock) if prune else 0
        # WhatsApp conversations opened more than 24 hours ago count against nothing.
        openings = await self.openings.forget_old() if prune and self.openings else 0
        if prune and self.inbox is not None:
            await self.inbox.prune()  # webhook bodies handled more than two days ago
        imports = await forget_unfinished(self.db, self.clock) if prune else 0
        return Chores(expired, forgotten, attempts, openings, imports)
