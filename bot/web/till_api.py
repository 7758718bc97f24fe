"""Till API: the owner makes a key for each till or integration (a name, a branch, what it
may do), sees it once, and revokes it; each key's last use is shown. Links to the API's
OpenAPI document for whoever wires up the till. Below, the webhooks: addresses told of
events, each with its signing secret shown once, and what waits for each."""

from __future__ import annotations

from aiohttp import web

from bot.loyalty.api_keys import SCOPES, NewApiKey
from bot.loyalty.errors import LoyaltyError
from bot.loyalty.webhooks import EVENTS, NewEndpoint
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer


@owner_page
async def keys(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _keys(request, viewer)


async def _keys(
    request: web.Request,
    viewer: Viewer,
    *,
    made: NewApiKey | None = None,
    hook: NewEndpoint | None = None,
    error: str | None = None,
    status: int = 200,
) -> web.StreamResponse:
    deps = request.app[DEPS]
    return page(
        request,
        "till_api.html",
        viewer.speak,
        viewer,
        status=status,
        error=error,
        keys=await deps.loyalty.api_keys.listing(),
        made=made,
        hook=hook,
        hooks=await deps.loyalty.webhooks.listing(),
        events=EVENTS,
        scopes=SCOPES,
        branches=[b.key for b in deps.live.current.branches],
        api_url=f"{deps.public_url}/api/v1",
    )


@owner_page
async def create(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    form = await request.post()
    try:
        made = await deps.loyalty.api_keys.create(
            str(form.get("name", "")),
            scopes=[str(s) for s in form.getall("scope", [])],
            branch_key=str(form.get("branch", "")) or None,
            by=viewer.actor,
        )
    except LoyaltyError as refused:
        said = viewer.speak(f"error-{refused.code}", **refused.params)
        return await _keys(request, viewer, error=said, status=400)
    return await _keys(request, viewer, made=made)


@owner_page
async def revoke(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    await deps.loyalty.api_keys.revoke(request.match_info["prefix"], by=viewer.actor)
    raise web.HTTPSeeOther("/dashboard/api")


@owner_page
async def add_webhook(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    form = await request.post()
    try:
        hook = await deps.loyalty.webhooks.add(
            str(form.get("url", "")),
            events=[str(e) for e in form.getall("event", [])],
            by=viewer.actor,
        )
    except LoyaltyError as refused:
        said = viewer.speak(f"error-{refused.code}", **refused.params)
        return await _keys(request, viewer, error=said, status=400)
    return await _keys(request, viewer, hook=hook)


@owner_page
async def remove_webhook(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    await deps.loyalty.webhooks.remove(int(request.match_info["id"]), by=viewer.actor)
    raise web.HTTPSeeOther("/dashboard/api")
