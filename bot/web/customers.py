"""Customers: search by name, phone or member code; a customer's page (balance, tier,
stamps, bundles and memberships, history, consent, the apps they use); an owner's
adjustment with a reason, and an erasure a customer asked for outside the chat (an
imported customer has no chat to send /delete from). Staff may search and look; looking is written to the audit log, as /lookup
is."""

from __future__ import annotations

import secrets

from aiohttp import web

from bot.loyalty.codes import normalize_code
from bot.loyalty.errors import LoyaltyError
from bot.numbers import signed_number
from bot.web.guard import owner_page, staff_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer
from handlers.bundles import bundle_lines
from handlers.history import history_lines
from handlers.memberships import period_lines

HISTORY = 20


@staff_page
async def search(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _search(request, viewer)


async def _search(
    request: web.Request, viewer: Viewer, *, said: str | None = None
) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    query = request.query.get("q", "").strip()[:100]
    found = (
        await deps.loyalty.customers.search(query, limit=20, actor=viewer.actor) if query else []
    )
    rows = []
    for customer in found:
        s = await deps.loyalty.summary.summary(customer.customer_id, history=0)
        line = speak(
            "staff-lookup-line",
            name=customer.name or "-",
            code=customer.member_code,
            tier=deps.live.current.tier(s.tier_key).name.get(speak.language),
            points=s.balance,
            stamps=s.stamps,
            slots=s.stamp_slots,
        )
        rows.append((customer.customer_id, line))
    return page(request, "customers.html", speak, viewer, query=query, rows=rows, said=said)


@owner_page
async def export(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    """The customers or the whole ledger as a CSV file, as /export sends them in the chat
    (and written to the audit log the same way)."""
    deps = request.app[DEPS]
    which = request.match_info["which"]
    exports = deps.loyalty.export
    if which == "customers":
        data = await exports.customers_csv(actor=viewer.actor)
    else:
        data = await exports.ledger_csv(actor=viewer.actor)
    day = deps.clock.now().astimezone(deps.live.current.shop.tz).date().isoformat()
    return web.Response(
        body=data,
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{which}-{day}.csv"'},
    )


@staff_page
async def customer(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _customer(request, viewer)


async def _customer(
    request: web.Request, viewer: Viewer, *, said: str | None = None, status: int = 200
) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    try:
        customer_id = int(request.match_info["customer"])
        s = await deps.loyalty.summary.summary(customer_id, history=HISTORY)
    except (ValueError, LoyaltyError):
        raise web.HTTPNotFound() from None
    identities = await deps.loyalty.customers.identities(customer_id)
    waiting = await deps.loyalty.redemptions.pending_for(customer_id)
    await deps.loyalty.customers.viewed(customer_id, actor=viewer.actor)
    program = deps.live.current
    # What the customer paid for in money: staff at the counter need it as much as points.
    holdings = []
    if program.memberships:
        periods = await deps.loyalty.memberships.current(customer_id)
        holdings += period_lines(speak, program, periods)
    if program.bundles:
        holdings += bundle_lines(speak, program, await deps.loyalty.bundles.held(customer_id))
    codes = [
        (
            issued.code,
            issued.prize
            if issued.prize is not None
            else (
                given.get(speak.language)
                if (given := program.reward_name(issued.reward_key))
                else issued.reward_key
            ),
            # A prize waits for weeks: its day says more than its hour.
            speak.date(issued.expires_at) if issued.prize else speak.time(issued.expires_at),
        )
        for issued in waiting
    ]
    return page(
        request,
        "customer.html",
        speak,
        viewer,
        status=status,
        s=s,
        tier=program.tier(s.tier_key).name.get(speak.language),
        channels=sorted({channel for channel, _ in identities}),
        history=history_lines(speak, s.history),
        codes=codes,
        holdings=holdings,
        said=said,
    )


@staff_page
async def adjust(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    if not viewer.is_owner:
        return page(request, "refused.html", speak, viewer, status=403)
    form = await request.post()
    points = signed_number(str(form.get("points", "")))
    reason = str(form.get("reason", "")).strip()[:200]
    if not points or not reason:
        return await _customer(request, viewer, said=speak("dash-adjust-usage"), status=400)
    try:
        change = await deps.loyalty.points.adjust(
            int(request.match_info["customer"]), points, reason, actor=viewer.actor
        )
    except LoyaltyError as refused:
        text = speak(f"error-{refused.code}", **refused.params)
        return await _customer(request, viewer, said=text, status=400)
    signed = f"+{points}" if points > 0 else f"−{-points}"
    ref = await deps.loyalty.customers.get(int(request.match_info["customer"]))
    text = speak(
        "staff-adjusted",
        name=ref.name or ref.member_code,
        change=signed,
        reason=reason,
        balance=change.balance,
    )
    return await _customer(request, viewer, said=text)


@owner_page
async def erase(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    """Typed confirmation: the member code, as on the page, so that no slip of a finger
    (or a form sent by someone else) erases a customer."""
    deps = request.app[DEPS]
    speak = viewer.speak
    form = await request.post()
    try:
        customer_id = int(request.match_info["customer"])
        ref = await deps.loyalty.customers.get(customer_id)
    except (ValueError, LoyaltyError):
        raise web.HTTPNotFound() from None
    typed = normalize_code(str(form.get("code", "")))
    if not secrets.compare_digest(typed.encode(), ref.member_code.encode()):
        return await _customer(request, viewer, said=speak("dash-erase-mismatch"), status=400)
    if await deps.loyalty.staff.actor_for(customer_id) is not None:
        text = speak("dash-erase-staff", name=ref.name or ref.member_code)
        return await _customer(request, viewer, said=text, status=400)
    await deps.loyalty.customers.erase(customer_id, actor=viewer.actor)
    return await _search(request, viewer, said=speak("dash-erased", code=ref.member_code))
