"""/stats [days]: the programme's health in one message, with a chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from babel.numbers import format_decimal, format_percent

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.images import drawn
from bot.images.words import ChartWords
from bot.loyalty.stats import Stats, Visits
from bot.numbers import whole_number
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole

DEFAULT_DAYS, MAX_DAYS = 30, 3660


def _days(args: str) -> int | None:
    text = args.strip().lower().removesuffix("d")
    if not text:
        return DEFAULT_DAYS
    days = whole_number(text, maximum=MAX_DAYS)
    return days or None


async def show_stats(req: Request, args: str) -> list[Reply]:
    speak = req.speak
    days = _days(args)
    if days is None:
        return [Reply(speak("stats-usage", max=MAX_DAYS))]
    s = await req.loyalty.stats.compute(days)
    lang = speak.language
    lines = [
        speak("stats-title", days=days, start=speak.date(s.start), end=speak.date(s.end)),
        *figure_lines(speak, s),
    ]
    if s.popular_rewards:
        names = ", ".join(f"{_reward(req, key)} ({count})" for key, count in s.popular_rewards)
        lines.append(speak("stats-popular", rewards=names))
    tiers = ", ".join(f"{req.program.tier(key).name.get(lang)} {count}" for key, count in s.tiers)
    lines.append(speak("stats-tiers", tiers=tiers))
    lines += [
        speak("stats-branch", branch=b.branch, purchases=b.purchases, points=b.points)
        for b in s.branches
    ]
    opinions = await req.loyalty.feedback.summary(since=s.start)
    if opinions.average is not None:
        average = format_decimal(round(opinions.average, 1), locale=lang)
        lines.append(speak("stats-feedback", count=opinions.count, average=average))
        lines += [
            speak("stats-feedback-comment", stars="⭐" * r, comment=c)
            for r, c in opinions.latest_comments
        ]
    # Pillow, the fonts and matplotlib load with the first picture (bot/images/__init__.py).
    from bot.images.chart import members_and_activity  # noqa: PLC0415

    chart = await drawn(members_and_activity, s.daily, chart_words(speak, s.start, s.end))
    return [Reply("\n".join(lines), image=chart)]


def figure_lines(speak: Speaker, s: Stats) -> list[str]:
    """The period's headline figures, one line each (the chat's /stats, the dashboard)."""

    def rate(value: float | None) -> str:
        if value is None:
            return speak("stats-no-rate")
        return str(format_percent(value, locale=speak.language))

    return [
        speak("stats-members", members=s.members, new=s.new_members, active=s.active_members),
        speak("stats-retention", rate=rate(s.retention_rate)),
        speak("stats-repeat", rate=rate(s.repeat_rate)),
        speak(
            "stats-redemption",
            rate=rate(s.redemption_rate),
            redeemed=s.points_redeemed,
            issued=s.points_issued,
        ),
        speak("stats-outstanding", points=s.points_outstanding),
        *rollout_lines(speak, s, rate),
    ]


def rollout_lines(speak: Speaker, s: Stats, rate: Callable[[float | None], str]) -> list[str]:
    """A staged roll-out: the pilot branches against those not started, side by side."""
    if s.rollout is None:
        return []
    r = s.rollout

    def group(message: str, branches: tuple[str, ...], visits: Visits) -> str:
        per = visits.per_member
        return speak(
            message,
            branches=", ".join(branches),
            members=visits.members,
            per=format_decimal(round(per, 1), locale=speak.language)
            if per is not None
            else speak("stats-no-rate"),
            repeat=rate(visits.repeat_rate),
        )

    return [
        speak("stats-rollout-title"),
        group("stats-rollout-pilot", r.pilot, r.at_pilot),
        group("stats-rollout-others", r.others, r.at_others),
        speak("stats-rollout-hint"),
    ]


def chart_words(speak: Speaker, start: datetime, end: datetime) -> ChartWords:
    return ChartWords(
        title=speak("picture-chart-title", start=speak.date(start), end=speak.date(end)),
        active=speak("picture-chart-active"),
        members=speak("picture-chart-members"),
    )


def _reward(req: Request, key: str) -> str:
    name = req.program.reward_name(key)
    return name.get(req.speak.language) if name else key


FEATURE = Feature(commands=(Command("stats", show_stats, role=StaffRole.OWNER),))
