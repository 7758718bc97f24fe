"""The terminal shell: the same handlers as Telegram, typed at a prompt. Choices are shown
as numbers; type the number to press the button, or type anything else as a message."""

from __future__ import annotations

import asyncio
import locale
import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.chat_types import Button, Incoming, Reply
from bot.notify import Notifier
from bot.numbers import whole_number
from handlers.router import Conversation

CHANNEL = "shell"


def terminal_language() -> str | None:
    """The language the terminal is set to (LANG=el_GR.UTF-8 -> "el")."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(".", 1)[0]
    current = locale.getlocale()[0]
    return current or None


def render(replies: list[Reply], write: Callable[[str], object]) -> list[Button]:
    choices: list[Button] = []
    for reply in replies:
        write(reply.text + "\n")
        for attachment in reply.files:
            # The terminal cannot show a file: it is saved next to where the shell runs.
            Path(attachment.filename).write_bytes(attachment.data)
            write(f"📎 {Path(attachment.filename).resolve()}\n")
        for row in reply.buttons:
            for button in row:
                if button.url is not None:  # a link: shown, not chosen
                    write(f"  {button.label}: {button.url}\n")
                    continue
                choices.append(button)
                write(f"  {len(choices)}) {button.label}\n")
    return choices


async def run_shell(
    conversation: Conversation,
    notifier: Notifier,
    *,
    user_id: str = "local",
    stdin: TextIO,
    stdout: TextIO,
    language_hint: str | None = None,
) -> None:
    counter = 0

    async def to_other(other: str, reply: Reply) -> None:
        # Everyone in the shell shares this terminal: show whom a message was for.
        stdout.write(f"📨 [{other}] {reply.text}\n")

    notifier.register(CHANNEL, to_other)

    async def send(text: str | None = None, callback: str | None = None) -> list[Button]:
        nonlocal counter
        counter += 1
        incoming = Incoming(
            channel=CHANNEL,
            user_id=user_id,
            language_hint=language_hint,
            update_id=f"{user_id}:{counter}",
            text=text,
            callback=callback,
        )
        replies = await conversation.handle(incoming)
        choices = render(replies, stdout.write)
        stdout.flush()
        return choices

    choices = await send(text="/start")
    while True:
        stdout.write("> ")
        stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:  # end of input (Ctrl-D)
            stdout.write("\n")
            return
        text = line.rstrip("\n")
        picked = whole_number(text)
        if picked is not None and 1 <= picked <= len(choices):
            choices = await send(callback=choices[picked - 1].data)
        elif text.strip():
            choices = await send(text=text.strip())
