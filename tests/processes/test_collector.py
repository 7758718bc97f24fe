"""Python's cyclic garbage collector is off while the bot starts (imports and the app build
long-lived objects, no garbage) and must be on again once it serves: a bot left without it
would keep every cycle of garbage for as long as it runs."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import aiohttp

from bot.app import App
from bot.runner import serve
from tests.helpers.bot_process import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_bot_py_turns_the_collector_back_on_after_importing() -> None:
    script = (
        "import gc, runpy; runpy.run_path('bot.py'); "  # not as __main__: no command runs
        "print(gc.isenabled(), gc.get_freeze_count() > 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "True"]


async def test_serving_turns_the_collector_back_on_with_start_up_set_aside(app: App) -> None:
    port = free_port()
    settings = app.settings.model_copy(update={"web_host": "127.0.0.1", "web_port": port})
    stop = asyncio.Event()
    gc.disable()  # as `bot.py run`, `web` and `worker` leave it while they start
    try:
        serving = asyncio.create_task(serve(replace(app, settings=settings), stop, "web"))
        async with aiohttp.ClientSession() as http:
            for _ in range(100):
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as answer:
                        assert answer.status == 200
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            else:
                raise AssertionError("the web process never listened")
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        stop.set()
        await asyncio.wait_for(serving, 15)
    finally:
        gc.unfreeze()  # this test process's objects go back to the collector
        gc.enable()
