"""Small recurring chores of a running bot, until the scheduler of the campaigns work takes
them over: give back the points of redemption codes nobody showed at the counter, and
forget update ids older than any redelivery."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from bot.app import App

log = logging.getLogger(__name__)

EVERY_SECONDS = 60
PRUNE_EVERY_ROUNDS = 360  # six hours at one round a minute


@dataclass(frozen=True, slots=True)
class Chores:
    codes_expired: int
    updates_forgotten: int


async def run_once(app: App, *, prune: bool) -> Chores:
    expired = await app.loyalty.redemptions.expire_stale()
    forgotten = await app.updates.prune() if prune else 0
    return Chores(expired, forgotten)


async def run_forever(app: App) -> None:
    round_ = 0
    while True:
        try:
            chores = await run_once(app, prune=round_ % PRUNE_EVERY_ROUNDS == 0)
            if chores.codes_expired or chores.updates_forgotten:
                log.info("housekeeping: %s", chores)
        except Exception:
            log.exception("housekeeping failed; trying again next round")
        round_ += 1
        await asyncio.sleep(EVERY_SECONDS)
