"""Who is asking: the session behind the cookie, the role behind the session (read afresh
on every request), CSRF on every change, and the headers every page carries."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass

from aiohttp import web

from bot.background import Background
from bot.i18n import Speaker
from bot.languages import as_language
from bot.loyalty import Actor
from bot.web.deps import DashboardDeps

COOKIE = "loyalty_session"
DEPS: web.AppKey[DashboardDeps] = web.AppKey("dashboard", DashboardDeps)
BACKGROUND: web.AppKey[Background] = web.AppKey("background", Background)
# Pages may be framed by Telegram's web client (a Mini App there is an iframe), by nobody else.
_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; base-uri 'none'; object-src 'none'; "
    "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org"
)
# Changes that need no session yet (they open one) or end it.
_NO_CSRF = ("/dashboard/login/",)

_VIEWER: ContextVar[Viewer | None] = ContextVar("dashboard_viewer", default=None)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True, slots=True)
class Viewer:
    actor: Actor
    customer_id: int
    csrf: str
    speak: Speaker

    @property
    def is_owner(self) -> bool:
        return self.actor.is_owner


def speaker_for(deps: DashboardDeps, language: str) -> Speaker:
    shop = deps.live.current.shop
    return Speaker(
        deps.translator, as_language(language) or shop.default_language, shop.tz, shop.currency
    )


def secure(request: web.Request) -> bool:
    """Reached over HTTPS, directly or behind a proxy that says so."""
    return request.secure or request.headers.get("X-Forwarded-Proto", "") == "https"


def set_session_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    https = secure(request)
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        secure=https,
        # Inside Telegram's web client the dashboard is a frame of another site: only a
        # SameSite=None cookie (which needs HTTPS) reaches it. Every change also needs the
        # session's form token, so a cross-site request alone changes nothing.
        samesite="None" if https else "Lax",
        path="/dashboard",
    )


@web.middleware
async def dashboard_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not request.path.startswith("/dashboard"):
        return await handler(request)
    deps = request.app[DEPS]
    view = await deps.loyalty.access.session(request.cookies.get(COOKIE, ""))
    who: Viewer | None = None
    if view is not None:
        ref = await deps.loyalty.customers.get(view.customer_id)
        who = Viewer(view.actor, view.customer_id, view.csrf, speaker_for(deps, ref.language))
    # Each request is handled in a task of its own: the context is this request's.
    _VIEWER.set(who)
    if request.method == "POST" and not request.path.startswith(_NO_CSRF):
        form = await request.post()
        viewer = who
        sent = str(form.get("csrf", ""))
        if viewer is None or not secrets.compare_digest(sent.encode(), viewer.csrf.encode()):
            raise web.HTTPForbidden(text="Forbidden")
    response = await handler(request)
    response.headers["Content-Security-Policy"] = _CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    # Login links carry their secret in the path: never sent on to another site.
    response.headers["Referrer-Policy"] = "no-referrer"
    if not request.path.startswith("/dashboard/static/"):
        response.headers["Cache-Control"] = "no-store"
    return response


def viewer(_: web.Request) -> Viewer | None:
    """Who is asking, as the middleware found them for this request."""
    return _VIEWER.get()
