"""Campaigns: what was sent, is sending or will be; and a new broadcast or schedule on the
same engine as /broadcast: a segment (with how many it reaches), the text in the owner's
language and any others, a preview per language with the audience, then Send. A confirming
form sent twice (a double click, a reload) sends once."""

from __future__ import annotations

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.languages import LANGUAGES, as_language
from bot.loyalty.campaigns import DEFAULT_HOLDOUT, MAX_HOLDOUT, TEXT_MAX
from bot.loyalty.errors import LoyaltyError
from bot.loyalty.holdouts import held_back
from bot.loyalty.segments import parse_segment
from bot.loyalty.when import When, parse_when
from bot.rendering import MessageRenderer, language_name
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer
from handlers.campaigns import campaign_line, effect_lines
from handlers.describe import describe_when
from models import CampaignStatus

EFFECTS_SHOWN = 5  # the latest campaigns whose effect the page works out


@owner_page
async def campaigns(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _list(request, viewer)


async def _list(
    request: web.Request, viewer: Viewer, *, error: str | None = None, status: int = 200
) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    recent = await deps.loyalty.campaigns.recent(limit=30)
    sizes = await deps.loyalty.segments.sizes(await deps.loyalty.segments.listed())
    return page(
        request,
        "campaigns.html",
        speak,
        viewer,
        status=status,
        lines=[campaign_line(speak, c) for c in recent],
        ids=[c.id for c in recent],
        # What each of the latest few changed against the people kept back.
        effects={
            c.id: await effect_lines(speak, deps.loyalty.holdouts, c.id, deps.live.current)
            for c in recent[:EFFECTS_SHOWN]
            if c.status in (CampaignStatus.SENDING, CampaignStatus.DONE)
        },
        bars={
            c.id: found
            for c in recent[:EFFECTS_SHOWN]
            if (found := await deps.loyalty.holdouts.uplift(c.id, 7)) is not None
        },
        holdout=DEFAULT_HOLDOUT,
        segments=[(s.name, n) for s, n in sizes],
        languages=LANGUAGES,
        names={lang: language_name(lang, speak.language) for lang in LANGUAGES},
        limit=TEXT_MAX,
        error=error,
        started=request.query.get("started"),
    )


def _holdout(value: object) -> int:
    """The share kept back, as the owner typed it: 0 to 50, else the default."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() and int(text) <= MAX_HOLDOUT else DEFAULT_HOLDOUT


def _when(text: str, now: datetime, tz: ZoneInfo) -> When | None:
    """Empty: now. Otherwise a time as /schedule reads it ("Friday 10:00", "every Monday 9:00")."""
    return parse_when(text, now, tz) if text.strip() else None


@owner_page
async def preview(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    form = await request.post()
    texts: dict[str, str] = {
        lang: str(form.get(f"text.{lang}", "")).strip()
        for lang in LANGUAGES
        if str(form.get(f"text.{lang}", "")).strip()
    }
    try:
        segment = parse_segment(str(form.get("segment", ""))).name
        when = _when(str(form.get("when", "")), deps.clock.now(), deps.live.current.shop.tz)
    except LoyaltyError as refused:
        return await _list(
            request, viewer, error=speak(f"error-{refused.code}", **refused.params), status=400
        )
    if not texts or any(len(t) > TEXT_MAX for t in texts.values()):
        return await _list(
            request, viewer, error=speak("compose-text-length", limit=TEXT_MAX), status=400
        )
    audience = await deps.loyalty.campaigns.audience(segment)
    if not sum(audience.values()):
        return await _list(
            request, viewer, error=speak("broadcast-nobody", segment=segment), status=400
        )
    estimate = await deps.loyalty.campaigns.cost(segment)
    cost = speak(
        "broadcast-cost",
        cost=speak.money(estimate.cost, estimate.currency),
        templates=estimate.templates,
        free=estimate.free_whatsapp,
        others=estimate.others,
    )
    holdout = _holdout(form.get("holdout"))
    pacing = await deps.loyalty.campaigns.whatsapp_pacing(segment)
    paced = (
        speak(
            "broadcast-whatsapp-pacing",
            limit=deps.loyalty.openings.limit() or 0,
            now=pacing.now,
            later=pacing.later,
            days=pacing.days,
        )
        if pacing is not None and pacing.later
        else None
    )
    renderer = MessageRenderer(deps.translator, deps.live.current)
    previews = [
        (
            language_name(as_language(lang) or "en", speak.language),
            count,
            renderer.campaign_text(texts, lang),
        )
        for lang, count in sorted(audience.items(), key=lambda item: -item[1])
        if count
    ]
    return page(
        request,
        "campaign_preview.html",
        speak,
        viewer,
        segment=segment,
        total=sum(audience.values()),
        when=describe_when(speak, when, deps.live.current.shop.tz),
        when_text=str(form.get("when", "")),
        previews=previews,
        breakdown=", ".join(f"{name}: {speak.number(count)}" for name, count, _ in previews),
        texts=texts,
        nonce=secrets.token_urlsafe(16),
        scheduled=when is not None,
        paced=paced,
        cost=cost,
        holdout=holdout,
        kept=held_back(sum(audience.values()), holdout),
    )


@owner_page
async def send(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    form = await request.post()
    if not await deps.first_time("dashboard", f"campaign:{form.get('nonce', '')}"):
        raise web.HTTPSeeOther("/dashboard/campaigns")  # this form was sent already
    texts: dict[str, str] = {
        lang: str(form.get(f"text.{lang}", "")) for lang in LANGUAGES if form.get(f"text.{lang}")
    }
    if not texts:
        raise web.HTTPSeeOther("/dashboard/campaigns")
    title = next(iter(texts.values())).splitlines()[0][:100]
    service = deps.loyalty.campaigns
    try:
        segment = parse_segment(str(form.get("segment", ""))).name
        when = _when(str(form.get("when", "")), deps.clock.now(), deps.live.current.shop.tz)
        campaign = await service.create(
            title,
            segment,
            texts,
            actor=viewer.actor,
            when=when,
            holdout_percent=_holdout(form.get("holdout")),
        )
    except LoyaltyError as refused:
        text = viewer.speak(f"error-{refused.code}", **refused.params)
        return await _list(request, viewer, error=text, status=400)
    if when is None:
        await service.enqueue(campaign)
    raise web.HTTPSeeOther(f"/dashboard/campaigns?started={campaign}")
