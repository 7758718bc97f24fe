"""The till API's calls: each finds who calls (the key), checks its scope and pace, reads
the JSON body, asks the engine and answers JSON. The engine does the work and keeps the
rules (limits, idempotency, notices to the customer), exactly as for the chat's till."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar
from urllib.parse import unquote

from aiohttp import web
from pydantic import BaseModel, ValidationError

from bot.i18n import Speaker
from bot.languages import as_language
from bot.loyalty import bundles
from bot.loyalty.api_keys import TillKey
from bot.loyalty.bundles import Used
from bot.loyalty.customers import CustomerRef
from bot.loyalty.errors import LoyaltyError
from bot.loyalty.promotions import Applied
from bot.loyalty.purchases import LineItem, receipt_purchase
from bot.loyalty.summary import CustomerSummary
from bot.web.api import schemas
from bot.web.api.deps import ApiDeps
from bot.web.api.problems import problem, refused
from bot.web.api.throttle import Throttle
from handlers.member_code import PANEL_PAYLOAD

DEPS: web.AppKey[ApiDeps] = web.AppKey("till_api", ApiDeps)
THROTTLE: web.AppKey[Throttle] = web.AppKey("till_api_throttle", Throttle)

Body = TypeVar("Body", bound=BaseModel)
Call = Callable[[web.Request, TillKey, Speaker], Awaitable[BaseModel]]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def speaker(request: web.Request) -> Speaker:
    """The first language of Accept-Language that the bot speaks; English otherwise."""
    deps = request.app[DEPS]
    shop = deps.live.current.shop
    language = "en"
    for part in request.headers.get("Accept-Language", "").split(","):
        found = as_language(part.split(";", 1)[0].strip())
        if found is not None:
            language = found
            break
    return Speaker(deps.translator, as_language(language) or "en", shop.tz, shop.currency)


def call(scope: str, *, status: int = 200) -> Callable[[Call], Handler]:
    """A call that needs a key with `scope`; refusals of every kind become JSON."""

    def wrap(inner: Call) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            deps, speak = request.app[DEPS], speaker(request)
            given = request.headers.get("Authorization", "")
            key = given.removeprefix("Bearer ").strip() if given.startswith("Bearer ") else ""
            till = await deps.loyalty.api_keys.authenticate(key) if key else None
            if till is None:
                return problem(401, "unauthorized", speak("api-unauthorized"))
            if scope not in till.scopes:
                return problem(403, "scope-missing", speak("api-scope-missing", scope=scope))
            wait = request.app[THROTTLE].wait(till.id)
            if wait:
                return problem(
                    429, "rate-limited", speak("api-rate-limited", seconds=wait), retry_after=wait
                )
            await deps.loyalty.api_keys.touch(till)
            try:
                answer = await inner(request, till, speak)
            except LoyaltyError as refusal:
                return refused(speak, refusal)
            except _BadRequest as bad:
                return problem(400, "invalid-request", speak("api-invalid-request"), bad.details)
            # A retry of something already done answers 200, the first time `status`.
            done = 200 if getattr(answer, "duplicate", False) else status
            return web.json_response(answer.model_dump(mode="json"), status=done)

        return handler

    return wrap


class _BadRequest(Exception):
    def __init__(self, details: dict[str, str]) -> None:
        super().__init__(details)
        self.details = details


async def body(request: web.Request, model: type[Body]) -> Body:
    try:
        raw = await request.read()
        return model.model_validate_json(raw)
    except ValidationError as invalid:
        # Where and what, never the value sent (it may be a member's phone number).
        details = {
            ".".join(str(p) for p in problem["loc"]) or "body": problem["msg"]
            for problem in invalid.errors(include_url=False, include_input=False)
        }
        raise _BadRequest(details) from None


def member_out(summary: CustomerSummary, speak: Speaker, tier_name: str) -> schemas.Member:
    expiring = summary.expiring
    return schemas.Member(
        member_code=summary.member_code,
        name=summary.name,
        language=summary.language,
        points=summary.balance,
        tier=summary.tier_key,
        tier_name=tier_name,
        next_tier=summary.next_tier_key,
        points_to_next_tier=summary.points_to_next_tier,
        stamps=summary.stamps,
        stamp_slots=summary.stamp_slots,
        full_cards=summary.completed_cards,
        expiring_points=expiring.points if expiring else 0,
        expiring_on=expiring.expires_on if expiring else None,
    )


async def _member(request: web.Request, till: TillKey, ref: CustomerRef) -> schemas.Member:
    deps = request.app[DEPS]
    summary = await deps.loyalty.summary.summary(ref.customer_id, history=0)
    # Reading a member's account through the API leaves the same trace as a staff lookup.
    await deps.loyalty.customers.viewed(ref.customer_id, actor=till.actor)
    tier = deps.live.current.tier(summary.tier_key)
    return member_out(summary, speaker(request), tier.name.en)


def qr_member_code(payload: str) -> str:
    """What a scanner reads off a member card: the t.me link that opens the customer's
    panel (`...?start=m_<code>`), the wa.me one (`...?text=/start m_<code>`), `m_<code>`,
    or the bare code."""
    text = unquote(payload.strip())
    if PANEL_PAYLOAD in text:
        text = text.rsplit(PANEL_PAYLOAD, 1)[1].split("&", 1)[0]
    return text


@call("read")
async def find_member(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    customers = request.app[DEPS].loyalty.customers
    query = request.query
    if "code" in query:
        ref = await customers.find_by_member_code(query["code"][:64])
    elif "phone" in query:
        ref = await customers.find_by_phone(query["phone"][:32])
    elif "qr" in query:
        ref = await customers.find_by_member_code(qr_member_code(query["qr"][:300]))
    else:
        raise _BadRequest({"query": "one of code, phone or qr is required"})
    return await _member(request, till, ref)


@call("read")
async def member(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    customers = request.app[DEPS].loyalty.customers
    ref = await customers.find_by_member_code(request.match_info["code"][:64])
    return await _member(request, till, ref)


@call("award", status=201)
async def purchase(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.Purchase)
    loyalty = request.app[DEPS].loyalty
    ref = await loyalty.customers.find_by_member_code(asked.member)
    result = await loyalty.purchases.record(
        ref.customer_id,
        asked.amount,
        idempotency_key=receipt_purchase(till.actor.branch_id, asked.receipt),
        actor=till.actor,
        note=f"api: {till.name}"[:100],
        lines=[LineItem(line.category, line.amount, line.quantity) for line in asked.lines],
    )
    return schemas.PurchaseRecorded(
        member_code=ref.member_code,
        receipt=asked.receipt.strip(),
        points=result.points,
        balance=result.balance,
        tier=result.tier_key,
        duplicate=result.duplicate,
        promotion=_promotion(request, result.promotion),
    )


@call("award", status=201)
async def stamps(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.Stamps)
    loyalty = request.app[DEPS].loyalty
    ref = await loyalty.customers.find_by_member_code(asked.member)
    result = await loyalty.stamps.add(
        ref.customer_id,
        asked.count,
        card=asked.card,
        actor=till.actor,
        # Each key's request ids are its own: two tills both counting from 1 never meet.
        idempotency_key=f"api:{till.id}:{asked.request_id}",
    )
    return schemas.StampsAdded(
        member_code=ref.member_code,
        card=result.card,
        added=result.added,
        stamps=result.stamps,
        stamp_slots=result.slots,
        full_cards=result.completed_cards,
        duplicate=result.duplicate,
        bonus=result.bonus,
        promotion=_promotion(request, result.promotion),
    )


def _promotion(request: web.Request, applied: Applied | None) -> schemas.PromotionApplied | None:
    if applied is None:
        return None
    happy = (
        request.app[DEPS].live.current.happy_hour(applied.happy_hour)
        if applied.happy_hour
        else None
    )
    return schemas.PromotionApplied(
        happy_hour=applied.happy_hour,
        name=happy.name.en if happy else applied.offer_title or applied.happy_hour or "",
        multiplier=applied.multiplier,
        bonus_stamps=applied.bonus_stamps,
    )


@call("redeem")
async def confirm(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.Confirm)
    deps = request.app[DEPS]
    done = await deps.loyalty.redemptions.confirm(asked.code, actor=till.actor)
    ref = await deps.loyalty.customers.get(done.customer_id)
    program = deps.live.current
    given = program.reward_name(done.reward_key)
    name = done.prize or (given.en if given is not None else done.reward_key)
    return schemas.RewardHandedOver(
        member_code=ref.member_code,
        kind=done.kind.value,
        reward=done.reward_key,
        reward_name=name,
        points=done.points_cost,
    )


@call("award")
async def refund(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.Refund)
    loyalty = request.app[DEPS].loyalty
    done = await loyalty.refunds.refund(asked.receipt, actor=till.actor)
    ref = await loyalty.customers.get(done.customer_id)
    return schemas.Refunded(
        member_code=ref.member_code,
        receipt=done.receipt,
        points_taken_back=done.points,
        balance=done.balance,
        duplicate=done.duplicate,
    )


@call("award", status=201)
async def receipt_code(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.ReceiptCodeRequest)
    deps = request.app[DEPS]
    issued = await deps.loyalty.receipts.issue(asked.amount, asked.receipt, actor=till.actor)
    telegram, whatsapp = await deps.links_for(issued.code)
    return schemas.ReceiptCodeIssued(
        code=issued.code,
        receipt=issued.receipt,
        amount=issued.amount,
        expires_at=issued.expires_at,
        telegram_link=telegram or None,
        whatsapp_link=whatsapp or None,
    )


def _held(request: web.Request, ref: CustomerRef, used: Used) -> schemas.BundleHeld:
    bundle = request.app[DEPS].live.current.bundle(used.held.key)
    return schemas.BundleHeld(
        member_code=ref.member_code,
        bundle=used.held.key,
        bundle_name=bundle.name.en if bundle else used.held.key,
        uses_left=used.held.uses_left,
        uses_total=used.held.uses_total,
        ends_at=used.held.expires_at,
        duplicate=used.duplicate,
    )


@call("award", status=201)
async def sell_bundle(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.BundleSale)
    deps = request.app[DEPS]
    ref = await deps.loyalty.customers.find_by_member_code(asked.member)
    used = await deps.loyalty.bundles.sell(
        ref.customer_id,
        bundles.on_sale(deps.live.current, asked.bundle),
        actor=till.actor,
        idempotency_key=f"api:{till.id}:{asked.request_id}",
    )
    return _held(request, ref, used)


@call("award")
async def use_bundle(request: web.Request, till: TillKey, _: Speaker) -> BaseModel:
    asked = await body(request, schemas.BundleUseRequest)
    deps = request.app[DEPS]
    ref = await deps.loyalty.customers.find_by_member_code(asked.member)
    program = deps.live.current
    key = None
    if asked.bundle is not None:
        named = program.bundle(asked.bundle) or bundles.on_sale(program, asked.bundle)
        key = named.key
    used = await deps.loyalty.bundles.use(
        ref.customer_id, key, actor=till.actor, idempotency_key=f"api:{till.id}:{asked.request_id}"
    )
    return _held(request, ref, used)
