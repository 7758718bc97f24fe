"""The till API (`/api/v1/...`): JSON over HTTP for a shop's point-of-sale system, on the
same web server as the dashboard and the webhooks."""

from __future__ import annotations

from aiohttp import web

from bot.web.api import calls
from bot.web.api.deps import ApiDeps
from bot.web.api.openapi import document
from bot.web.api.problems import problem
from bot.web.api.throttle import Throttle

PREFIX = "/api/v1"


def register_api(application: web.Application, deps: ApiDeps) -> None:
    application[calls.DEPS] = deps
    application[calls.THROTTLE] = Throttle(deps.per_second, deps.burst)
    application.middlewares.append(_json_not_found)
    add = application.router
    add.add_get(f"{PREFIX}/openapi.json", _openapi)
    add.add_get(f"{PREFIX}/members", calls.find_member)
    add.add_get(f"{PREFIX}/members/{{code}}", calls.member)
    add.add_post(f"{PREFIX}/purchases", calls.purchase)
    add.add_post(f"{PREFIX}/stamps", calls.stamps)
    add.add_post(f"{PREFIX}/redemptions/confirm", calls.confirm)
    add.add_post(f"{PREFIX}/refunds", calls.refund)
    add.add_post(f"{PREFIX}/receipt-codes", calls.receipt_code)
    add.add_post(f"{PREFIX}/bundles/sell", calls.sell_bundle)
    add.add_post(f"{PREFIX}/bundles/use", calls.use_bundle)


async def _openapi(_: web.Request) -> web.StreamResponse:
    return web.json_response(document())


@web.middleware
async def _json_not_found(request: web.Request, handler: calls.Handler) -> web.StreamResponse:
    """A till that calls a path or method the API does not have gets JSON too."""
    if not request.path.startswith(f"{PREFIX}/"):
        return await handler(request)
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return problem(404, "not-found", calls.speaker(request)("api-not-found"))
    except web.HTTPMethodNotAllowed:
        return problem(405, "method-not-allowed", calls.speaker(request)("api-not-found"))
    except web.HTTPRequestEntityTooLarge:
        return problem(413, "too-large", calls.speaker(request)("api-invalid-request"))
