"""Short codes people read aloud or type: no 0/O or 1/I/L, so nothing is misread at a till."""

from __future__ import annotations

import secrets
from typing import Final

ALPHABET: Final = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MEMBER_CODE_LENGTH: Final = 7
REFERRAL_CODE_LENGTH: Final = 8
REDEMPTION_CODE_LENGTH: Final = 6


def new_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalize_code(text: str) -> str:
    """Accept what people type: lower case, spaces and dashes ("k7m-2qx" -> "K7M2QX")."""
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())
