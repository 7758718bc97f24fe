"""What the till API uses of the application, given by the composition root."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.i18n import Translator
from bot.loyalty import Loyalty
from bot.program import LiveProgram

# A receipt code -> its (t.me, wa.me) links, "" for an app that is not configured.
LinksFor = Callable[[str], Awaitable[tuple[str, str]]]


@dataclass(frozen=True, slots=True)
class ApiDeps:
    loyalty: Loyalty
    live: LiveProgram
    translator: Translator
    links_for: LinksFor
    per_second: float = 20.0  # each key's sustained rate
    burst: int = 100  # calls a key may make at once before its rate applies
