"""Team: who works here (owners and staff, with their branch), invitation links that make
whoever opens them in the bot staff or an owner (once, within 7 days), dismissing someone
(out of the dashboard and the till at once), and the audit log of everything staff did."""

from __future__ import annotations

from aiohttp import web

from bot.loyalty.access import INVITE_TTL
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer
from models import StaffRole

AUDIT_SHOWN = 200


@owner_page
async def team(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _team(request, viewer)


async def _team(
    request: web.Request, viewer: Viewer, *, invitation: str | None = None, role: str = ""
) -> web.StreamResponse:
    deps = request.app[DEPS]
    members = await deps.loyalty.staff.listing()
    return page(
        request,
        "team.html",
        viewer.speak,
        viewer,
        members=members,
        invitation=invitation,
        invited_role=role,
        days=INVITE_TTL.days,
        me=viewer.customer_id,
    )


@owner_page
async def invite(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    form = await request.post()
    role = StaffRole.OWNER if form.get("role") == "owner" else StaffRole.STAFF
    token = await deps.loyalty.access.invite_link(role, by=viewer.actor)
    return await _team(request, viewer, invitation=f"/start staff_{token}", role=role.value)


@owner_page
async def dismiss(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    customer_id = int(request.match_info["customer"])
    if customer_id != viewer.customer_id:  # an owner cannot lock themselves out by a slip
        await deps.loyalty.staff.dismiss(customer_id, by=viewer.actor)
    raise web.HTTPSeeOther("/dashboard/team")


@owner_page
async def audit_log(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    lines = await deps.loyalty.staff.audit_trail(AUDIT_SHOWN)
    return page(request, "audit.html", viewer.speak, viewer, lines=lines)
