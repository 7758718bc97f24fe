"""Button data: short, versioned, validated. `v1:<action>[:<arg>]` fits Telegram's 64 bytes.

A button from an older version of the bot, or data made up by a modified client, parses to
None and gets a polite answer instead of reaching a handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

VERSION: Final = "v1"
_ACTION = re.compile(r"^[a-z][a-z0-9-]{0,15}$")
_ARG = re.compile(r"^[a-z0-9_-]{0,32}$")


@dataclass(frozen=True, slots=True)
class Callback:
    action: str
    arg: str = ""


def encode(action: str, arg: str = "") -> str:
    if not _ACTION.match(action) or not _ARG.match(arg):
        raise ValueError(f"bad callback {action!r}:{arg!r}")
    return f"{VERSION}:{action}:{arg}" if arg else f"{VERSION}:{action}"


def decode(data: str) -> Callback | None:
    parts = data.split(":")
    if len(parts) not in (2, 3) or parts[0] != VERSION:
        return None
    action, arg = parts[1], parts[2] if len(parts) == 3 else ""
    if not _ACTION.match(action) or not _ARG.match(arg):
        return None
    return Callback(action, arg)
