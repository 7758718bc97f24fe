"""What each picture says, already in the reader's language (the pictures know no languages).

Kept apart from the drawing modules so that the handlers which put the words together load
no Pillow, fonts or QR library until a picture is drawn (see bot/images/__init__.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StampCardWords:
    shop: str
    title: str
    progress: str  # "7 / 10"
    reward: str  # "Full card: a free coffee"
    ready: str | None = None  # "2 full cards waiting for you", when there are any


@dataclass(frozen=True, slots=True)
class MemberCardWords:
    shop: str
    title: str  # "Member card"
    code: str  # the member code, printed as staff would type it
    tier: str  # "Tier: Gold"
    hint: str  # "Show this card at the till ..."


@dataclass(frozen=True, slots=True)
class ChartWords:
    title: str
    active: str  # the bars' legend
    members: str  # the line's legend
