"""What a chat channel uses of the application, and nothing more: the conversation that
answers, the guard against redelivered updates, the texts and the programme in force.
Built by the composition root (bot/app.py); tests build it the same way."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.chat_types import Incoming, Reply
from bot.i18n import Translator
from bot.program import LiveProgram


@dataclass(frozen=True, slots=True)
class ChannelDeps:
    handle: Callable[[Incoming], Awaitable[list[Reply]]]
    first_time: Callable[[str, str], Awaitable[bool]]  # (channel, update id)
    translator: Translator
    live: LiveProgram
    commands: tuple[str, ...] = ()  # the customer commands, for Telegram's command menu
