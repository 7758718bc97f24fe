"""An engine refusal in words: the error's Fluent message with its parameters formatted."""

from __future__ import annotations

from datetime import date, datetime

from bot.i18n import Speaker
from bot.loyalty.errors import LoyaltyError


def refusal_text(speak: Speaker, refused: LoyaltyError) -> str:
    return speak(f"error-{refused.code}", **{k: _said(speak, v) for k, v in refused.params.items()})


def _said(speak: Speaker, value: object) -> object:
    """A moment as the time of day it is (a cooldown); a day as the date."""
    if isinstance(value, datetime):
        return speak.time(value)
    if isinstance(value, date):
        return speak.date(value)
    return value
