"""Every page says who may open it; the check runs on the server on every request."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps

from aiohttp import web

from bot.web.render import page
from bot.web.session import Viewer, viewer

Page = Callable[[web.Request, Viewer], Awaitable[web.StreamResponse]]


def _guarded(
    handler: Page, *, owners: bool
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    @wraps(handler)
    async def guarded(request: web.Request) -> web.StreamResponse:
        who = viewer(request)
        if who is None:
            raise web.HTTPSeeOther("/dashboard/")  # not logged in: the way in
        if owners and not who.is_owner:
            return page(request, "refused.html", who.speak, who, status=403)
        return await handler(request, who)

    return guarded


def staff_page(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Staff and owners; anyone else is sent to the way in."""
    return _guarded(handler, owners=False)


def owner_page(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Owners only: staff see a refusal and nothing of the page."""
    return _guarded(handler, owners=True)
