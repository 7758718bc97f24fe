"""Sending at the platform's limit and never over it.

Telegram counts messages as they arrive, in any sliding second (about 30 per bot) and per
chat (about one a second). A request's arrival lies somewhere between the moment it leaves
and the moment its answer comes back, so this limiter counts every request in flight as
occupying the window and records a send when its answer arrives: then no sliding second
at the platform can hold more than `per_second` messages, however the network delays them.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Hashable


class RateLimiter:
    def __init__(
        self, per_second: int = 30, *, per_chat_interval: float = 1.0, margin: float = 0.01
    ) -> None:
        self._per_second = per_second
        self._window = 1.0 + margin
        self._per_chat = per_chat_interval + margin
        self._done: deque[float] = deque()  # completion times within the last window
        self._in_flight = 0
        self._busy_chats: set[Hashable] = set()
        self._last_per_chat: dict[Hashable, float] = {}
        self._paused_until = 0.0
        self._changed = asyncio.Condition()
        self.pauses = 0

    @property
    def paused(self) -> bool:
        return time.monotonic() < self._paused_until

    @property
    def paused_for(self) -> float:
        """Seconds left of the platform's pause (0 when none)."""
        return max(0.0, self._paused_until - time.monotonic())

    def pause(self, seconds: float) -> None:
        """The platform asked for a pause: no request leaves before it is over."""
        self.pauses += 1
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def acquire(self, chat: Hashable) -> None:
        async with self._changed:
            while True:
                now = time.monotonic()
                while self._done and now - self._done[0] >= self._window:
                    self._done.popleft()
                ready = max(
                    self._paused_until,
                    self._last_per_chat.get(chat, float("-inf")) + self._per_chat,
                )
                full = len(self._done) + self._in_flight >= self._per_second
                if chat in self._busy_chats or (full and not self._done):
                    await self._changed.wait()  # only a finished request can free the slot
                    continue
                if full:
                    ready = max(ready, self._done[0] + self._window)
                if ready <= now:
                    break
                with contextlib.suppress(TimeoutError):  # woken early or on time: look again
                    await asyncio.wait_for(self._changed.wait(), ready - now)
            self._in_flight += 1
            self._busy_chats.add(chat)

    async def release(self, chat: Hashable) -> None:
        async with self._changed:
            now = time.monotonic()
            self._in_flight -= 1
            self._busy_chats.discard(chat)
            self._done.append(now)
            self._last_per_chat[chat] = now
            self._changed.notify_all()
