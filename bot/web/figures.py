"""The overview's figures, kept for a few minutes: computing them reads every ledger row of
the period (seconds at 100 000 customers), and an owner's page must answer at once. A
figure older than FRESH is served as it is while a new one is computed in the background;
the page says how old it is."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.background import Background
from bot.clock import Clock
from bot.loyalty.feedback import FeedbackSummary
from bot.loyalty.stats import Stats
from bot.web.deps import DashboardDeps

FRESH = timedelta(minutes=5)
# How long a page waits for figures nobody has computed yet (a period chosen for the first
# time): a small shop's are ready by then; a large one's page says they are on their way.
WAIT = 0.25


@dataclass(frozen=True, slots=True)
class Figures:
    stats: Stats
    opinions: FeedbackSummary
    computed_at: datetime


class FiguresCache:
    def __init__(self, clock: Clock, background: Background) -> None:
        self._clock = clock
        self._background = background
        self._kept: dict[int, Figures] = {}
        self._computing: dict[int, asyncio.Task[Figures]] = {}

    async def get(self, deps: DashboardDeps, days: int) -> Figures | None:
        """The figures, or None while they are first computed (the page says so)."""
        kept = self._kept.get(days)
        if kept is not None and self._clock.now() - kept.computed_at < FRESH:
            return kept
        self.warm(deps, days)
        task = self._computing.get(days)
        if kept is not None or task is None:
            return kept or self._kept.get(days)  # a little old: shown now, the new is on its way
        try:
            return await asyncio.wait_for(asyncio.shield(task), WAIT)
        except TimeoutError:
            return None

    def warm(self, deps: DashboardDeps, days: int) -> None:
        """Start computing in the background (nothing waits for it)."""
        if days not in self._computing:
            task = self._background.start(self._compute(deps, days))
            self._computing[days] = task
            task.add_done_callback(lambda _: self._computing.pop(days, None))

    async def _compute(self, deps: DashboardDeps, days: int) -> Figures:
        stats = await deps.loyalty.stats.compute(days)
        opinions = await deps.loyalty.feedback.summary(since=stats.start)
        figures = Figures(stats, opinions, self._clock.now())
        self._kept[days] = figures
        return figures
