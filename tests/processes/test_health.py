"""/healthz answers 503, not 200, right after the event loop was held (a long computation
or a statement that should have been marked heavy), and 200 again once it turns freely."""

from __future__ import annotations

import asyncio
import time

from bot.app import App
from bot.runner import LOOP_STALL, LoopWatch, health


async def test_health_says_503_after_the_loop_was_held_and_200_once_it_turns(app: App) -> None:
    watch = LoopWatch(every=0.05)
    watch.start()
    healthz = health(app, "all", watch)
    try:
        await asyncio.sleep(0.1)
        assert (await healthz(None)).status == 200  # type: ignore[arg-type]
        time.sleep(LOOP_STALL + 0.3)  # noqa: ASYNC251 - holding the loop is the point
        assert (await healthz(None)).status == 503  # type: ignore[arg-type]
        await asyncio.sleep(0.2)  # the watch ticks again
        assert (await healthz(None)).status == 200  # type: ignore[arg-type]
    finally:
        await watch.stop()
