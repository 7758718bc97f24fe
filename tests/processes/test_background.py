"""What a process does beside answering, when it stops: work in progress is let finish (a
statement cancelled half way leaves its connection to be reset under a cancelled task),
and only work that outlasts the grace period is cancelled."""

from __future__ import annotations

import asyncio

from bot.background import Background


async def test_stopping_lets_work_in_progress_finish() -> None:
    background = Background(grace=5)
    finished: list[str] = []

    async def statement() -> None:
        await asyncio.sleep(0.2)
        finished.append("statement")

    task = background.start(statement())
    await asyncio.sleep(0)
    await background.stop()
    assert finished == ["statement"]
    assert task.done() and not task.cancelled()


async def test_work_that_outlasts_the_grace_is_cancelled() -> None:
    background = Background(grace=0.1)
    task = background.start(asyncio.sleep(60))
    await background.stop()
    assert task.cancelled()


async def test_a_loop_between_rounds_wakes_at_once_when_stopping() -> None:
    background = Background(grace=5)
    rounds = 0

    async def follow() -> None:
        nonlocal rounds
        while not await background.wait(60):
            rounds += 1

    task = background.start(follow())
    await asyncio.sleep(0.05)
    started = asyncio.get_running_loop().time()
    await background.stop()
    assert asyncio.get_running_loop().time() - started < 1
    assert rounds == 0 and task.done() and not task.cancelled()
