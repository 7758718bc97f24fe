"""The dashboard's routes on the bot's web server."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.background import Background
from bot.images.logo import UPLOAD_LIMIT as LOGO_LIMIT
from bot.loyalty.imports import MAX_BYTES as IMPORT_LIMIT
from bot.web import (
    campaigns,
    customers,
    draws,
    imports,
    login,
    overview,
    programme_pages,
    team,
    till_api,
)
from bot.web.deps import DashboardDeps
from bot.web.figures import FiguresCache
from bot.web.session import BACKGROUND, DEPS, dashboard_middleware

STATIC = Path(__file__).parent / "static"
# The largest request the dashboard takes: a customer file or a logo, and the form around it.
UPLOAD_LIMIT = max(IMPORT_LIMIT, LOGO_LIMIT) + 64 * 1024


def register(application: web.Application, deps: DashboardDeps) -> None:
    application[DEPS] = deps
    background = application[BACKGROUND] = Background()
    application[overview.FIGURES] = FiguresCache(deps.clock, background)
    application.on_startup.append(_warm_figures)
    application.on_shutdown.append(_stop_background)
    application[imports.RUNNING] = {}
    application.middlewares.append(dashboard_middleware)
    add = application.router
    add.add_get("/dashboard", _to_entrance)
    add.add_get("/dashboard/", login.entrance)
    add.add_post("/dashboard/login/telegram", login.telegram_login)
    add.add_get("/dashboard/login/{token}", login.link_page)
    add.add_post("/dashboard/login/{token}", login.open_link)
    add.add_post("/dashboard/logout", login.logout)
    add.add_get("/dashboard/overview", overview.overview)
    add.add_get("/dashboard/programme", programme_pages.programme)
    add.add_post("/dashboard/programme/propose", programme_pages.propose)
    add.add_post("/dashboard/programme/save", programme_pages.save)
    add.add_post("/dashboard/programme/logo", programme_pages.propose_logo)
    add.add_get("/dashboard/programme/history", programme_pages.history)
    add.add_post(r"/dashboard/programme/restore/{number:\d+}", programme_pages.propose_restore)
    add.add_get("/dashboard/customers", customers.search)
    add.add_get(r"/dashboard/export/{which:customers|ledger}.csv", customers.export)
    add.add_get(r"/dashboard/customers/{customer:\d+}", customers.customer)
    add.add_post(r"/dashboard/customers/{customer:\d+}/adjust", customers.adjust)
    add.add_post(r"/dashboard/customers/{customer:\d+}/erase", customers.erase)
    add.add_get("/dashboard/campaigns", campaigns.campaigns)
    add.add_post("/dashboard/campaigns/preview", campaigns.preview)
    add.add_post("/dashboard/campaigns/send", campaigns.send)
    add.add_get("/dashboard/draws", draws.draws)
    add.add_get(r"/dashboard/draws/{draw:\d+}.txt", draws.record)
    add.add_post("/dashboard/draws/open", draws.open_draw)
    add.add_post("/dashboard/surveys/preview", draws.preview_survey)
    add.add_post("/dashboard/surveys/send", draws.send_survey)
    add.add_get("/dashboard/team", team.team)
    add.add_post("/dashboard/team/invite", team.invite)
    add.add_post(r"/dashboard/team/{customer:\d+}/dismiss", team.dismiss)
    add.add_get("/dashboard/audit", team.audit_log)
    add.add_get("/dashboard/api", till_api.keys)
    add.add_post("/dashboard/api/new", till_api.create)
    add.add_post(r"/dashboard/api/{prefix:lk_[A-Z0-9]+}/revoke", till_api.revoke)
    add.add_post("/dashboard/api/webhooks", till_api.add_webhook)
    add.add_post(r"/dashboard/api/webhooks/{id:\d+}/remove", till_api.remove_webhook)
    add.add_get("/dashboard/import", imports.start)
    add.add_post("/dashboard/import", imports.upload)
    add.add_get(r"/dashboard/import/{id:\d+}", imports.mapping)
    add.add_post(r"/dashboard/import/{id:\d+}/check", imports.check)
    add.add_post(r"/dashboard/import/{id:\d+}/run", imports.run)
    add.add_get(r"/dashboard/import/{id:\d+}/progress", imports.progress)
    add.add_static("/dashboard/static/", STATIC, append_version=True)


async def _warm_figures(application: web.Application) -> None:
    """The overview's default period, computed as the server starts, so the owner's first
    look does not wait for it."""
    cache, deps = application[overview.FIGURES], application[DEPS]
    cache.warm(deps, overview.DEFAULT_DAYS)


async def _stop_background(application: web.Application) -> None:
    await application[BACKGROUND].stop()


async def _to_entrance(_: web.Request) -> web.StreamResponse:
    raise web.HTTPMovedPermanently("/dashboard/")
