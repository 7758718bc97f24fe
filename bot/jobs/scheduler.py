"""APScheduler wiring: what runs when, while the bot runs.

The scheduler only says when to look; the database says what is due. Campaign times live
in the campaigns table (so they survive restarts and a missed time is caught up once), and
each automatic message has a key, so a job that runs twice does its work once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_SUBMITTED, JobEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock
from bot.housekeeping import Housekeeping
from bot.jobs.sender import Sender
from bot.loyalty import Loyalty
from bot.memory import give_back
from bot.program import LiveProgram

log = logging.getLogger(__name__)

PRUNE_EVERY = timedelta(hours=6)
STOP_WAIT = 10.0  # seconds a stopping bot waits for a job that is running


class Jobs:
    """The scheduler and the sender of one running bot (built by bot/app.py)."""

    def __init__(
        self,
        loyalty: Loyalty,
        sender: Sender,
        housekeeping: Housekeeping,
        *,
        live: LiveProgram,
        clock: Clock,
        tick_seconds: float,
    ) -> None:
        self.loyalty = loyalty
        self.sender = sender
        self.housekeeping = housekeeping
        self.reminders = loyalty.reminders
        self._clock = clock
        self._tick = tick_seconds
        self.scheduler = AsyncIOScheduler(
            timezone=live.current.shop.tz,
            # One run at a time per job, and a backlog of missed runs collapses into one.
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        )
        self._sending: asyncio.Task[None] | None = None
        # Jobs handed to the executor and not finished: a stop waits for them, so no
        # transaction is cut off (counted from submission, before the job's task starts).
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self.scheduler.add_listener(self._submitted, EVENT_JOB_SUBMITTED)
        self.scheduler.add_listener(self._finished, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _submitted(self, _: JobEvent) -> None:
        self._in_flight += 1
        self._idle.clear()

    def _finished(self, _: JobEvent) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if not self._in_flight:
            self._idle.set()
            # What the jobs built and dropped goes back to the system, not kept for good.
            give_back()

    async def campaigns(self) -> None:
        loyalty = self.loyalty
        resumed = await loyalty.campaigns.resume_enqueueing()
        fired = await loyalty.campaigns.fire_due()
        if resumed or fired.started or fired.missed:
            log.info(
                "campaigns: started %s, missed %s, resumed %s", fired.started, fired.missed, resumed
            )
            self.sender.wake()

    async def draws(self) -> None:
        drawn = await self.loyalty.draws.draw_due()
        if drawn:
            log.info("prize draws drawn: %s", [d.draw_id for d in drawn])
            self.sender.wake()

    async def automatic_messages(self) -> None:
        done = await self.reminders.run()
        log.info("automatic messages: %s", dict(done))
        self.sender.wake()

    async def rfm(self) -> None:
        if await self.loyalty.rfm.refresh_if_due():
            log.info("RFM scores worked out again")

    async def chores(self) -> None:
        await self.housekeeping.run_once(prune=False)

    async def prune(self) -> None:
        await self.housekeeping.run_once(prune=True)

    def start(self) -> None:
        now = self._clock.now()

        add = self.scheduler.add_job
        tick = self._tick
        # next_run_time=now: a restarted bot catches up at once instead of a tick later.
        add(self.campaigns, IntervalTrigger(seconds=tick), id="campaigns", next_run_time=now)
        # A draw is drawn within a tick of its closing time (or at once after a restart).
        add(self.draws, IntervalTrigger(seconds=tick), id="draws", next_run_time=now)
        add(self.automatic_messages, CronTrigger(minute=5), id="automatic", next_run_time=now)
        add(self.chores, IntervalTrigger(minutes=1), id="chores", next_run_time=now)
        # Every night in the shop's time zone (and at start, when the scores are stale).
        add(self.rfm, CronTrigger(hour=3, minute=30), id="rfm", next_run_time=now)
        add(self.prune, IntervalTrigger(seconds=PRUNE_EVERY.total_seconds()), id="prune")
        self.scheduler.start()
        self._sending = asyncio.create_task(self.sender.run_forever())

    async def stop(self) -> None:
        # Pause first: shutting down the AsyncIOExecutor cancels the jobs it is running.
        self.scheduler.pause()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), STOP_WAIT)
        self.scheduler.shutdown(wait=False)
        if self._sending is not None:
            self.sender.stop()
            try:
                await asyncio.wait_for(asyncio.shield(self._sending), STOP_WAIT)
            except TimeoutError:
                # Still sending (a long pause for a 429): the leases hand the rows over.
                self._sending.cancel()
                await asyncio.gather(self._sending, return_exceptions=True)
