"""What the dashboard uses of the application, given by the composition root."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.clock import Clock
from bot.i18n import Translator
from bot.loyalty import Loyalty
from bot.program import LiveProgram


@dataclass(frozen=True, slots=True)
class DashboardDeps:
    loyalty: Loyalty
    live: LiveProgram
    translator: Translator
    clock: Clock
    public_url: str  # where the dashboard is reached from outside, no trailing slash
    telegram_token: str | None  # checks a Mini App's signed initData; None: no Telegram
    # (channel, id) -> True the first time: a confirming form sent twice acts once.
    first_time: Callable[[str, str], Awaitable[bool]]
    # (channel, external id) named in OWNER_IDS: owners from their first visit.
    owner_ids: frozenset[tuple[str, str]] = frozenset()
