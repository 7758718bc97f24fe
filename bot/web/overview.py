"""Overview: the programme's health for a chosen period, the same figures as /stats, with
the members-and-activity chart (drawn by the bot, embedded in the page)."""

from __future__ import annotations

from aiohttp import web
from babel.numbers import format_decimal

from bot.web.chart import svg_chart
from bot.web.figures import FiguresCache
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer
from handlers.stats import figure_lines

PERIODS = (7, 30, 90, 365)
DEFAULT_DAYS = 30
FIGURES: web.AppKey[FiguresCache] = web.AppKey("figures", FiguresCache)


@owner_page
async def overview(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    try:
        days = int(request.query.get("days", str(DEFAULT_DAYS)))
    except ValueError:
        days = DEFAULT_DAYS
    days = days if days in PERIODS else DEFAULT_DAYS
    kept = await request.app[FIGURES].get(deps, days)
    if kept is None:
        return page(request, "overview_computing.html", speak, viewer, days=days, periods=PERIODS)
    s = kept.stats
    program = deps.live.current
    lang = speak.language
    figures = figure_lines(speak, s)
    tiers = [(program.tier(key).name.get(lang), count) for key, count in s.tiers]
    rewards = [
        ((name.get(lang) if (name := program.reward_name(key)) else key), count)
        for key, count in s.popular_rewards
    ]
    opinions = kept.opinions
    rating = (
        speak(
            "stats-feedback",
            count=opinions.count,
            average=format_decimal(round(opinions.average, 1), locale=lang),
        )
        if opinions.average is not None
        else None
    )
    return page(
        request,
        "overview.html",
        speak,
        viewer,
        days=days,
        periods=PERIODS,
        title=speak("stats-title", days=days, start=speak.date(s.start), end=speak.date(s.end)),
        figures=figures,
        tiers=tiers,
        rewards=rewards,
        branches=s.branches,
        rating=rating,
        chart=svg_chart(s.daily),
        as_of=speak.date(kept.computed_at)
        + " "
        + kept.computed_at.astimezone(program.shop.tz).strftime("%H:%M"),
        chart_title=speak("picture-chart-title", start=speak.date(s.start), end=speak.date(s.end)),
    )
