"""The ways in: a Telegram Mini App's signed initData, or a one-time link from the chat.

A Mini App's data is checked with the bot's token (aiogram's implementation of Telegram's
HMAC rule) and refused when older than an hour. A login link is opened with a button (a
POST), never by the GET itself: chat apps fetch links to show previews, and a preview must
not use up a one-time link.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from aiohttp import web

from bot.i18n import Speaker
from bot.languages import as_language
from bot.loyalty import Actor
from bot.loyalty.attempts import address_who
from bot.loyalty.errors import LinkRefused, TooManyAttempts
from bot.web.deps import DashboardDeps
from bot.web.render import page
from bot.web.session import COOKIE, DEPS, set_session_cookie, speaker_for, viewer
from models import StaffRole

INIT_DATA_MAX_AGE = timedelta(hours=1)


def _visitor_speaker(request: web.Request, deps: DashboardDeps) -> Speaker:
    """Someone not logged in: the browser's first language we speak, else the shop's."""
    for part in request.headers.get("Accept-Language", "").split(","):
        language = as_language(part.split(";")[0].strip())
        if language is not None:
            return speaker_for(deps, language)
    return speaker_for(deps, deps.live.current.shop.default_language)


def home_of(actor: Actor) -> str:
    return "/dashboard/overview" if actor.is_owner else "/dashboard/customers"


async def entrance(request: web.Request) -> web.StreamResponse:
    who = viewer(request)
    if who is not None:
        raise web.HTTPSeeOther(home_of(who.actor))
    deps = request.app[DEPS]
    return page(request, "login.html", _visitor_speaker(request, deps))


async def telegram_login(request: web.Request) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = _visitor_speaker(request, deps)
    refused = web.json_response({"error": speak("dash-refused-telegram")}, status=403)
    if deps.telegram_token is None:
        return refused
    # Here, not at the top: a shop on WhatsApp alone never loads aiogram (~150 MB).
    from aiogram.utils.web_app import safe_parse_webapp_init_data

    form = await request.post()
    try:
        data = safe_parse_webapp_init_data(deps.telegram_token, str(form.get("init_data", "")))
    except ValueError:
        return refused  # not signed with this bot's token: forged, or for another bot
    auth_date = data.auth_date if data.auth_date.tzinfo else data.auth_date.replace(tzinfo=UTC)
    now = deps.clock.now()
    if not now - INIT_DATA_MAX_AGE <= auth_date <= now + timedelta(minutes=5) or data.user is None:
        return refused  # stale: a copy of an old opening, replayed
    actor = await _staff_of(deps, "telegram", str(data.user.id))
    if actor is None:
        return refused  # a customer, or someone who has not joined: nothing to see
    token = await deps.loyalty.access.open_session(actor)
    response = web.json_response({"next": home_of(actor)})
    set_session_cookie(request, response, token)
    return response


async def _staff_of(deps: DashboardDeps, channel: str, external_id: str) -> Actor | None:
    customer = await deps.loyalty.customers.find_by_identity(channel, external_id)
    if customer is None:
        return None
    actor = await deps.loyalty.staff.actor_for(customer.customer_id)
    if actor is None and (channel, external_id) in deps.owner_ids:
        actor = await deps.loyalty.staff.appoint(customer.customer_id, StaffRole.OWNER, by=None)
    return actor


async def link_page(request: web.Request) -> web.StreamResponse:
    deps = request.app[DEPS]
    token = request.match_info["token"]
    return page(request, "link.html", _visitor_speaker(request, deps), token=token)


async def open_link(request: web.Request) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = _visitor_speaker(request, deps)
    who = address_who(request.remote or "unknown")
    try:
        actor = await deps.loyalty.access.open_with_link(request.match_info["token"], who=who)
    except LinkRefused:
        return page(request, "message.html", speak, status=403, message=speak("dash-link-refused"))
    except TooManyAttempts as wait:
        text = speak("error-too-many-attempts", **wait.params)
        return page(request, "message.html", speak, status=429, message=text)
    token = await deps.loyalty.access.open_session(actor)
    response = web.HTTPSeeOther(home_of(actor))
    set_session_cookie(request, response, token)
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    deps = request.app[DEPS]
    await deps.loyalty.access.end_session(request.cookies.get(COOKIE, ""))
    response = web.HTTPSeeOther("/dashboard/")
    response.del_cookie(COOKIE, path="/dashboard")
    raise response
