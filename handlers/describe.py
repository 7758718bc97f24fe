"""Campaign times and offer bonuses said in the reader's language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import get_day_names

from bot.i18n import Speaker
from bot.loyalty.when import DAILY, WEEKDAYS, When
from models import OfferBonus


def describe_repeat(speak: Speaker, repeat: str) -> str:
    day, _, at = repeat.partition(" ")
    if day == DAILY:
        return speak("when-daily", time=at)
    name = get_day_names("wide", locale=speak.language)[WEEKDAYS.index(day)]
    return speak("when-weekly", day=str(name), time=at)


def describe_moment(speak: Speaker, moment: datetime) -> str:
    return f"{speak.date(moment)} {speak.time(moment)}"


def describe_when(speak: Speaker, when: When | None, tz: ZoneInfo) -> str:
    if when is None:
        return speak("when-now")
    if when.repeat:
        first = describe_moment(speak, when.at.astimezone(tz))
        return speak("when-repeat", rule=describe_repeat(speak, when.repeat), first=first)
    return describe_moment(speak, when.at.astimezone(tz))


def describe_bonus(speak: Speaker, bonus: OfferBonus, value: int) -> str:
    if bonus is OfferBonus.MULTIPLIER:
        return speak("offer-bonus-multiplier", times=value)
    if bonus is OfferBonus.POINTS:
        return speak("offer-bonus-points", points=value)
    return speak("offer-bonus-none")
