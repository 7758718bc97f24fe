"""Each key's pace: a token bucket per key, so a till stuck in a retry loop slows itself
down (429 with Retry-After) without slowing the shop's other tills or the chat.

Counted in each web process: with N processes a key may reach N times the rate, which is
still a bound, and needs no shared store for the shop that runs one process on SQLite.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


@dataclass(slots=True)
class Throttle:
    per_second: float
    burst: int
    _buckets: dict[int, _Bucket] = field(default_factory=dict)

    def wait(self, key_id: int, now: float | None = None) -> int:
        """0 when the call may go ahead (and it is counted), else whole seconds to wait."""
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(key_id)
        if bucket is None:
            bucket = self._buckets[key_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.per_second)
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0
        return max(1, math.ceil((1 - bucket.tokens) / self.per_second))
