"""An engine refusal in words: the error's Fluent message with its parameters formatted."""

from __future__ import annotations

from datetime import datetime

from bot.i18n import Speaker
from bot.loyalty.errors import LoyaltyError


def refusal_text(speak: Speaker, refused: LoyaltyError) -> str:
    args = {k: speak.time(v) if isinstance(v, datetime) else v for k, v in refused.params.items()}
    return speak(f"error-{refused.code}", **args)
