"""Small recurring chores of a running bot (the scheduler runs them): give back the points
of redemption codes nobody showed at the counter, and forget update ids older than any
redelivery."""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App


@dataclass(frozen=True, slots=True)
class Chores:
    codes_expired: int
    updates_forgotten: int


async def run_once(app: App, *, prune: bool) -> Chores:
    expired = await app.loyalty.redemptions.expire_stale()
    forgotten = await app.updates.prune() if prune else 0
    return Chores(expired, forgotten)
