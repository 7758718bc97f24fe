"""Draws and surveys: the prize draws (open, drawn, with each one's public record to
download) and the surveys' answers as bars; a form opens a draw, another asks a segment a
question after a preview of who will be asked. The same engine as `/draws new` and
`/survey <segment>` in the chat; a form sent twice (a double click, a reload) acts once."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime
from decimal import InvalidOperation
from typing import TypedDict

from aiohttp import web

from bot.loyalty.draws import NewDraw
from bot.loyalty.errors import InvalidDraw, LoyaltyError
from bot.loyalty.segments import parse_segment
from bot.loyalty.surveys import MAX_CHOICES, checked
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer
from handlers.refusals import refusal_text
from models import DrawEntryKind


@owner_page
async def draws(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _page(request, viewer)


async def _page(
    request: web.Request,
    viewer: Viewer,
    *,
    error: str | None = None,
    status: int = 200,
    survey: SurveyForm | None = None,
) -> web.StreamResponse:
    loyalty = request.app[DEPS].loyalty
    speak = viewer.speak
    shown = await loyalty.draws.views()
    lines = [
        speak(
            "draws-line",
            draw=d.id,
            prize=d.prize,
            status=d.status.value,
            tickets=d.tickets,
            people=d.entrants,
            date=speak.date(d.closes_at),
        )
        for d in shown
    ]
    surveys = await loyalty.surveys.recent(limit=10)
    return page(
        request,
        "draws.html",
        speak,
        viewer,
        status=status,
        draws=list(zip(shown, lines, strict=True)),
        surveys=surveys,
        error=error,
        nonce=secrets.token_urlsafe(16),
        opened=request.query.get("opened", "")[:9],
        sent=_sent(viewer, request.query.get("sent", "")),
        survey=survey or {},
        max_choices=MAX_CHOICES,
        segments=[found.name for found in await loyalty.segments.listed()],
        tz=request.app[DEPS].live.current.shop.timezone,
    )


def _sent(viewer: Viewer, query: str) -> str | None:
    """The line after a survey was sent: "<survey>-<count>" in the address."""
    survey, _, count = query.partition("-")
    if not (survey.isdigit() and count.isdigit()):
        return None
    return viewer.speak("survey-sent", survey=int(survey), count=int(count))


@owner_page
async def open_draw(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    """The form's draw, opened once: the prize, the closing time (shop time), how
    customers enter, the amount or points a ticket, the cap and the winners."""
    deps = request.app[DEPS]
    form = await request.post()
    if not await deps.first_time("dashboard", f"draw:{form.get('nonce', '')}"):
        raise web.HTTPSeeOther("/dashboard/draws")  # this form was sent already
    program = deps.live.current
    field = "closes"  # what a ValueError below is about, as the chat's refusal names it
    try:
        entry = DrawEntryKind(str(form.get("entry", "")))
        closes = datetime.fromisoformat(str(form.get("closes", "")))
        field = "threshold"
        typed = str(form.get("threshold", ""))
        threshold = (
            deps.loyalty.purchases.minor_units(typed)
            if entry is DrawEntryKind.PURCHASE
            else int(typed)
        )
        field = "cap"
        cap = int(str(form.get("cap", "")))
        field = "winners"
        winners = int(str(form.get("winners", "")))
        new = NewDraw(
            prize=str(form.get("prize", "")),
            closes_at=closes.replace(tzinfo=program.shop.tz),
            entry=entry,
            threshold=threshold,
            cap=cap,
            winners=winners,
        )
        number = await deps.loyalty.draws.open(new, actor=viewer.actor)
    except LoyaltyError as refused:
        return await _page(request, viewer, error=refusal_text(viewer.speak, refused), status=400)
    except (ValueError, InvalidOperation):
        # A time the browser did not send as one, or a number that is not one.
        error = refusal_text(viewer.speak, InvalidDraw(field))
        return await _page(request, viewer, error=error, status=400)
    raise web.HTTPSeeOther(f"/dashboard/draws?opened={number}")


class SurveyForm(TypedDict):
    segment: str
    question: str
    choices: list[str]


def _survey_form(form: Mapping[str, object]) -> SurveyForm:
    def field(name: str, default: str = "") -> str:
        return str(form.get(name, default)).strip()

    return {
        "segment": field("segment") or "all",
        "question": " ".join(field("question").split()),
        "choices": [c for n in range(1, MAX_CHOICES + 1) if (c := field(f"choice{n}"))],
    }


@owner_page
async def preview_survey(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    """What the survey asks and how many it will ask, before anything is sent."""
    deps = request.app[DEPS]
    speak = viewer.speak
    survey = _survey_form(await request.post())
    choices = survey["choices"]
    try:
        segment = parse_segment(survey["segment"]).name
        checked(survey["question"], choices)
    except LoyaltyError as refused:
        return await _page(
            request, viewer, error=refusal_text(speak, refused), status=400, survey=survey
        )
    count = sum((await deps.loyalty.campaigns.audience(segment)).values())
    if not count:
        return await _page(
            request, viewer, error=speak("survey-nobody", segment=segment), status=400,
            survey=survey,
        )  # fmt: skip
    numbered = "\n".join(f"{i}. {c}" for i, c in enumerate(choices, start=1))
    return page(
        request,
        "survey_preview.html",
        speak,
        viewer,
        preview=speak("survey-preview", question=survey["question"], choices=numbered),
        survey=SurveyForm(segment=segment, question=survey["question"], choices=choices),
        count=count,
        nonce=secrets.token_urlsafe(16),
    )


@owner_page
async def send_survey(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    form = await request.post()
    if not await deps.first_time("dashboard", f"survey:{form.get('nonce', '')}"):
        raise web.HTTPSeeOther("/dashboard/draws")  # this form was sent already
    survey = _survey_form(form)
    try:
        made = await deps.loyalty.surveys.create(
            survey["question"],
            survey["choices"],
            parse_segment(survey["segment"]).name,
            viewer.speak.language,
            actor=viewer.actor,
        )
    except LoyaltyError as refused:
        error = refusal_text(viewer.speak, refused)
        return await _page(request, viewer, error=error, status=400, survey=survey)
    count = await deps.loyalty.campaigns.enqueue(made.campaign_id)
    raise web.HTTPSeeOther(f"/dashboard/draws?sent={made.id}-{count}")


@owner_page
async def record(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    loyalty = request.app[DEPS].loyalty
    try:
        text = await loyalty.draws.published(int(request.match_info["draw"]))
    except (ValueError, LoyaltyError):
        raise web.HTTPNotFound() from None
    return web.Response(
        text=text,
        content_type="text/plain",
        charset="utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="draw-{request.match_info["draw"]}.txt"'
        },
    )
