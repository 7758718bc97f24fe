"""When a campaign goes: once at a local date and time, or on a repeating rule.

Owners type it in their own language: "2026-12-24 10:00", "18:30" (the next one), or a rule
such as "every Friday 10:00", "kila Ijumaa 10:00", "κάθε Παρασκευή 10:00", "በየዓርብ 10:00",
"daily 9:00". Day names come from CLDR (Babel) for all four languages. The next time a rule
fires is APScheduler's CronTrigger's answer, so daylight-saving and month ends are its
problem, not ours.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from babel.dates import get_day_names

from bot.languages import LANGUAGES
from bot.loyalty.errors import InvalidSchedule

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAILY = "daily"
# "every" in each language, as its own word or (Amharic) as a prefix of the day.
_EVERY_WORDS = frozenset({"every", "each", "kila", "καθε", "በየ"})
_EVERY_PREFIX = "በየ"
_DAILY_WORDS = frozenset(
    {"daily", "day", "siku", "kilasiku", "καθημερινα", "μερα", "ημερα", "ቀኑ", "ቀን"}
)
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class When:
    at: datetime  # the first (or only) time it goes, aware
    repeat: str | None = None  # "fri 10:00" / "daily 10:00"; None: once


def _plain(word: str) -> str:
    """Lower case without accents, so "Παρασκευή" and "παρασκευη" are the same word."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@cache
def _day_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for index, name in get_day_names(width, locale=language).items():
                words[_plain(str(name)).rstrip(".")] = WEEKDAYS[index]
    return words | {key: key for key in WEEKDAYS}


def _clock_time(word: str) -> time:
    match = _TIME.match(word)
    if match is None:
        raise InvalidSchedule(when=word)
    return time(int(match.group(1)), int(match.group(2)))


def trigger(repeat: str, tz: ZoneInfo) -> CronTrigger:
    day, _, hhmm = repeat.partition(" ")
    at = _clock_time(hhmm)
    return CronTrigger(
        day_of_week=None if day == DAILY else day, hour=at.hour, minute=at.minute, timezone=tz
    )


def next_fire(repeat: str, after: datetime, tz: ZoneInfo) -> datetime:
    """The first time the rule fires strictly after `after`."""
    fire: datetime | None = trigger(repeat, tz).get_next_fire_time(
        None, after + timedelta(seconds=1)
    )
    if fire is None:  # a weekly or daily rule always has a next time
        raise InvalidSchedule(when=repeat)
    return fire


def parse_when(text: str, now: datetime, tz: ZoneInfo) -> When:
    words = [_plain(w) for w in text.split()]
    if not words or len(words) > 4:
        raise InvalidSchedule(when=text.strip()[:40])
    at = _clock_time(words[-1]) if _TIME.match(words[-1]) else None
    rest = [w for w in words[:-1] if w not in _EVERY_WORDS] if at else words
    rest = [w.removeprefix(_EVERY_PREFIX) for w in rest]
    rest = [w for w in rest if w]
    if at is None:
        raise InvalidSchedule(when=text.strip()[:40])
    if not rest:  # "18:30": the next time the clock shows it
        local = now.astimezone(tz)
        candidate = datetime.combine(local.date(), at, tzinfo=tz)
        if candidate <= local:
            candidate = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=tz)
        return When(candidate)
    if len(rest) == 1 and (match := _DATE.match(rest[0])):
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise InvalidSchedule(when=text.strip()[:40]) from None
        candidate = datetime.combine(day, at, tzinfo=tz)
        if candidate <= now:
            raise InvalidSchedule(when=text.strip()[:40])
        return When(candidate)
    joined = "".join(rest)
    if joined in _DAILY_WORDS or (len(rest) == 1 and rest[0] in _DAILY_WORDS):
        repeat = f"{DAILY} {at:%H:%M}"
    elif len(rest) == 1 and rest[0].rstrip(".") in _day_words():
        repeat = f"{_day_words()[rest[0].rstrip('.')]} {at:%H:%M}"
    else:
        raise InvalidSchedule(when=text.strip()[:40])
    return When(next_fire(repeat, now, tz), repeat)
