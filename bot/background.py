"""Work a process does beside answering requests: the overview's figures, an owner's
import, following the programme's newest version.

On stop each piece is asked to finish (`stopping` is set) and given a grace period before
it is cancelled: a task cancelled in the middle of a statement leaves its database
connection to be reset under a cancelled task, which SQLAlchemy reports as an error in the
log, and an import cut mid-batch would only have to be done again."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
GRACE = 10.0  # seconds: a statement's worth, well inside a service manager's stop timeout

log = logging.getLogger(__name__)


class Background:
    def __init__(self, grace: float = GRACE) -> None:
        self.grace = grace
        self.stopping = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, work: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background work failed", exc_info=task.exception())

    async def wait(self, seconds: float) -> bool:
        """Sleep between rounds of work; True when the process is stopping."""
        try:
            await asyncio.wait_for(self.stopping.wait(), seconds)
        except TimeoutError:
            return False
        return True

    async def stop(self) -> None:
        self.stopping.set()
        if not self._tasks:
            return
        _, late = await asyncio.wait(set(self._tasks), timeout=self.grace)
        for task in late:
            log.warning("background work still running after %.0f s: cancelled", self.grace)
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
