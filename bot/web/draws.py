"""Draws and surveys: the prize draws (open, drawn, with each one's public record to
download) and the surveys' answers as bars. Opening a draw or sending a survey happens in
the chat (`/draws new`, `/survey <segment>`), where each step can be asked in turn."""

from __future__ import annotations

from aiohttp import web

from bot.loyalty.errors import LoyaltyError
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer


@owner_page
async def draws(request: web.Request, viewer: Viewer) -> web.StreamResponse:
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
        draws=list(zip(shown, lines, strict=True)),
        surveys=surveys,
    )


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
