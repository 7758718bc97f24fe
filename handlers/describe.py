"""Campaign times and offer bonuses said in the reader's language."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_time, get_day_names, get_month_names

from bot.i18n import Speaker
from bot.loyalty.promotions import Window
from bot.loyalty.when import DAILY, WEEKDAYS, When
from bot.program import HappyHour
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


def times(multiplier: Decimal) -> int | Decimal:
    """A multiplier as Fluent selects on it: 2, not 2.00 (Greek says «Διπλοί πόντοι»)."""
    return int(multiplier) if multiplier == multiplier.to_integral_value() else multiplier


def describe_happy_hour(speak: Speaker, hh: HappyHour, now: Window | None = None) -> str:
    """A happy hour as customers read it in /offers: its name, when, what it gives."""
    # Stand-alone forms: a list of names, not inside a date (Greek «Μάρτιος», not «Μαρτίου»).
    days = get_day_names("wide", context="stand-alone", locale=speak.language)
    start, end = (format_time(t, "short", locale=speak.language) for t in (hh.start, hh.end))
    lines = [
        speak(
            "happy-hour-line",
            name=hh.name.get(speak.language),
            days=", ".join(str(days[WEEKDAYS.index(d)]) for d in hh.days),
            start=start,
            end=end,
        )
    ]
    if hh.months:
        names = get_month_names("wide", context="stand-alone", locale=speak.language)
        lines.append(speak("happy-hour-months", months=", ".join(str(names[m]) for m in hh.months)))
    if hh.multiplier > 1:
        lines.append(speak("happy-hour-points", times=times(hh.multiplier)))
    if hh.bonus_stamps:
        lines.append(speak("happy-hour-stamps", bonus=hh.bonus_stamps))
    if hh.limit:
        lines.append(speak(f"happy-hour-limit-{hh.period}", limit=hh.limit))
    if now is not None:
        lines.append(speak("happy-hour-now", end=end))
    return "\n".join(lines)
