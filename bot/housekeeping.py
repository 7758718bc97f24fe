"""Small recurring chores of a running bot (the scheduler runs them): give back the points
of redemption codes nobody showed at the counter, forget update ids older than any
redelivery, and wrong codes older than the window they count in."""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App
from bot.loyalty.attempts import forget_old


@dataclass(frozen=True, slots=True)
class Chores:
    codes_expired: int
    updates_forgotten: int
    attempts_forgotten: int = 0


async def run_once(app: App, *, prune: bool) -> Chores:
    expired = await app.loyalty.redemptions.expire_stale()
    forgotten = await app.updates.prune() if prune else 0
    attempts = await forget_old(app.db, app.clock) if prune else 0
    return Chores(expired, forgotten, attempts)
