"""The till API over real HTTP: keys and scopes, every call, idempotent retries, refunds,
refusals as JSON, the pace per key; each request and answer checked against the OpenAPI
document the server serves."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import quote

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from openapi_spec_validator import validate
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty import Actor
from bot.loyalty.purchases import receipt_purchase
from bot.loyalty.segments import parse_segment
from bot.web.api import register_api
from models import ApiKey, AuditEntry, Customer, Delivery, LedgerEntry, StaffRole
from tests.conftest import Shop
from tests.helpers.programmes import make_program, with_bundles
from tests.helpers.till_api import Till


async def _links(code: str) -> tuple[str, str]:
    return f"https://t.me/baraka_test_bot?start=c_{code}", ""


@pytest.fixture
async def server(app: App) -> AsyncIterator[TestServer]:
    application = web.Application()
    register_api(application, replace(app.api_deps(), links_for=_links, burst=200))
    async with TestServer(application) as server:
        yield server


@pytest.fixture
async def owner(shop: Shop) -> Actor:
    return await shop.staff(StaffRole.OWNER, branch=None)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _till(
    app: App, server: TestServer, http: aiohttp.ClientSession, owner: Actor, **kw: object
) -> Till:
    made = await app.loyalty.api_keys.create("Till 1", by=owner, **kw)  # type: ignore[arg-type]
    return Till(server.make_url("/"), made.key, http)


@pytest.fixture
async def till(app: App, server: TestServer, http: aiohttp.ClientSession, owner: Actor) -> Till:
    return await _till(app, server, http, owner, branch_key="westlands")


async def _member(shop: Shop, **kw: object) -> tuple[int, str]:
    customer = await shop.customer(**kw)  # type: ignore[arg-type]
    ref = await shop.loyalty.customers.get(customer)
    return customer, ref.member_code


async def test_the_document_is_valid_openapi_3_1(till: Till) -> None:
    spec = await till.http.get(till.base / "api/v1/openapi.json")
    document = await spec.json()
    validate(document)  # raises on anything OpenAPI 3.1 does not allow
    assert document["openapi"] == "3.1.0"
    assert set(document["paths"]) == {
        "/members",
        "/members/{code}",
        "/purchases",
        "/stamps",
        "/redemptions/confirm",
        "/refunds",
        "/receipt-codes",
        "/bundles/sell",
        "/bundles/use",
    }


async def test_a_purchase_earns_once_per_receipt_and_the_customer_is_told(
    app: App, shop: Shop, till: Till
) -> None:
    customer, code = await _member(shop)
    first = await till.call(
        "POST", "/purchases", {"member": code, "amount": "450", "receipt": "R-1"}
    )
    assert first.status == 201
    assert first.body == {
        "member_code": code,
        "receipt": "R-1",
        "points": 45,
        "balance": 45,
        "tier": "bronze",
        "duplicate": False,
        "promotion": None,
    }
    again = await till.call("POST", "/purchases", {"member": code, "amount": 450, "receipt": "r-1"})
    assert again.status == 200 and again.body["duplicate"] is True and again.body["points"] == 45
    other = await till.call(
        "POST", "/purchases", {"member": code, "amount": "500", "receipt": "R-1"}
    )
    assert (other.status, other.code) == (409, "idempotency-conflict")
    async with app.db.read() as session:
        balance = await session.scalar(
            select(Customer.points_balance).where(Customer.id == customer)
        )
        notices = await session.scalar(
            select(func.count(Delivery.id)).where(
                Delivery.customer_id == customer, Delivery.message == "notice-points"
            )
        )
        audit = (
            await session.execute(
                select(AuditEntry.api_key_id, AuditEntry.branch_id, AuditEntry.staff_id).where(
                    AuditEntry.action == "purchase"
                )
            )
        ).one()
        key_id = await session.scalar(select(ApiKey.id))
    assert (balance, notices) == (45, 1)
    assert audit.api_key_id == key_id and audit.branch_id is not None and audit.staff_id is None
    (line,) = [a for a in await app.loyalty.staff.audit_trail() if a.action == "purchase"]
    assert (line.key, line.branch, line.staff) == ("Till 1", "westlands", None)


async def test_the_same_receipt_fifty_times_at_once_counts_once(
    app: App, shop: Shop, till: Till
) -> None:
    customer, code = await _member(shop)
    body = {"member": code, "amount": "1000", "receipt": "R-50"}
    answers = await asyncio.gather(*(till.call("POST", "/purchases", body) for _ in range(50)))
    assert sorted(a.status for a in answers) == [200] * 49 + [201]
    assert {a.body["points"] for a in answers} == {100}
    async with app.db.read() as session:
        entries = await session.scalar(
            select(func.count(LedgerEntry.id)).where(LedgerEntry.customer_id == customer)
        )
        balance = await session.scalar(
            select(Customer.points_balance).where(Customer.id == customer)
        )
    assert (entries, balance) == (1, 100)


async def test_a_receipt_awarded_in_the_chat_is_not_earned_again_through_the_api(
    shop: Shop, till: Till
) -> None:
    customer, code = await _member(shop)
    staff = await shop.staff(branch="westlands")
    await shop.loyalty.purchases.record(
        customer, "450", idempotency_key=receipt_purchase(staff.branch_id, "R-7"), actor=staff
    )
    answer = await till.call(
        "POST", "/purchases", {"member": code, "amount": "450", "receipt": "R-7"}
    )
    assert (
        answer.status == 200 and answer.body["duplicate"] is True and answer.body["balance"] == 45
    )


async def test_refusals_are_json_with_a_stable_code_and_change_nothing(
    app: App, shop: Shop, till: Till
) -> None:
    customer, code = await _member(shop)
    cases = [
        ({"member": code, "amount": "abc", "receipt": "R-2"}, 400, "invalid-request"),
        ({"member": code, "amount": "450"}, 400, "invalid-request"),
        (
            {"member": code, "amount": "450", "receipt": "R-2", "reciept": "x"},
            400,
            "invalid-request",
        ),
        ({"member": code, "amount": "20", "receipt": "R-2"}, 422, "purchase-below-minimum"),
        ({"member": code, "amount": "-5", "receipt": "R-2"}, 422, "invalid-amount"),
        ({"member": code, "amount": "6000", "receipt": "R-2"}, 422, "award-limit-exceeded"),
        ({"member": "ZZZZZZZ", "amount": "450", "receipt": "R-2"}, 404, "unknown-member-code"),
    ]
    for body, status, problem in cases:
        answer = await till.call("POST", "/purchases", body)
        assert (answer.status, answer.code) == (status, problem), body
        assert answer.body["error"]["message"]
    limit = await till.call("POST", "/purchases", cases[5][0])
    assert limit.body["error"]["details"] == {"points": 600, "limit": 500}
    assert "500" in limit.body["error"]["message"]
    broken = await till.http.post(
        till.base / "api/v1/purchases",
        data=b"{not json",
        headers={"Authorization": f"Bearer {till.key}"},
    )
    assert broken.status == 400 and (await broken.json())["error"]["code"] == "invalid-request"
    missing = await till.call("GET", "/nothing-here", checked=False)
    assert (missing.status, missing.code) == (404, "not-found")
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(LedgerEntry.id))) == 0
        assert (
            await session.scalar(select(Customer.points_balance).where(Customer.id == customer))
            == 0
        )


async def test_the_message_is_in_the_language_the_till_asks_for(shop: Shop, till: Till) -> None:
    _, code = await _member(shop)
    body = {"member": code, "amount": "20", "receipt": "R-3"}
    english = await till.call("POST", "/purchases", body)
    swahili = await till.call("POST", "/purchases", body, language="sw-KE,sw;q=0.9,en;q=0.5")
    greek = await till.call("POST", "/purchases", body, language="el")
    assert english.code == swahili.code == greek.code == "purchase-below-minimum"
    assert "do not earn points" in english.body["error"]["message"]
    assert "pointi" in swahili.body["error"]["message"]
    assert "πόντους" in greek.body["error"]["message"]


async def test_keys_scopes_and_revocation(
    app: App, shop: Shop, server: TestServer, http: aiohttp.ClientSession, owner: Actor
) -> None:
    _, code = await _member(shop)
    reader = await _till(app, server, http, owner, scopes="read")
    nobody = await reader.call("GET", f"/members/{code}", key="")
    assert (nobody.status, nobody.code) == (401, "unauthorized")
    wrong = await reader.call("GET", f"/members/{code}", key="lk_ABCDEFGH_not-a-key")
    assert wrong.status == 401
    looked = await reader.call("GET", f"/members/{code}")
    assert looked.status == 200 and looked.body["member_code"] == code
    refused = await reader.call(
        "POST", "/purchases", {"member": code, "amount": 450, "receipt": "1"}
    )
    assert (refused.status, refused.code) == (403, "scope-missing")
    assert "record purchases" in refused.body["error"]["message"]
    prefix = reader.key.split("_")[1] if reader.key else ""
    revoked = await app.loyalty.api_keys.revoke(prefix, by=owner)
    assert revoked is not None and revoked.name == "Till 1"
    after = await reader.call("GET", f"/members/{code}")
    assert (after.status, after.code) == (401, "unauthorized")
    async with app.db.read() as session:
        stored = (await session.scalars(select(ApiKey.secret_hash))).all()
    assert reader.key not in stored and all(len(h) == 64 for h in stored)
    staff = await shop.staff()
    with pytest.raises(Exception, match="not-allowed"):
        await app.loyalty.api_keys.create("Mine", by=staff)


async def test_finding_a_member_by_code_phone_or_scanned_qr(shop: Shop, till: Till) -> None:
    customer, code = await _member(shop, phone="+254 712 345 678")
    await shop.earn(customer, "1000")
    by_phone = await till.call("GET", "/members?phone=0712345678")
    by_qr = await till.call("GET", f"/members?qr=https://t.me/baraka_test_bot?start%3Dm_{code}")
    by_bare_qr = await till.call("GET", f"/members?qr={code}")
    wa_me = quote(f"https://wa.me/254700111222?text=%2Fstart%20m_{code}")
    by_wa_me = await till.call("GET", f"/members?qr={wa_me}")
    by_code = await till.call("GET", f"/members?code={code.lower()}")
    for answer in (by_phone, by_qr, by_bare_qr, by_wa_me, by_code):
        assert answer.status == 200, answer.body
        assert answer.body["member_code"] == code and answer.body["points"] == 100
    assert by_code.body["tier_name"] == "Bronze" and by_code.body["stamp_slots"] > 0
    nothing = await till.call("GET", "/members")
    assert (nothing.status, nothing.code) == (400, "invalid-request")
    await shop.customer(name="Baraka", phone="0712 345 678")
    shared = await till.call("GET", "/members?phone=+254712345678")
    assert (shared.status, shared.code) == (409, "phone-shared")


async def test_stamps_rewards_and_refunds(app: App, shop: Shop, till: Till) -> None:
    customer, code = await _member(shop)
    stamped = await till.call("POST", "/stamps", {"member": code, "count": 1, "request_id": "s1"})
    assert stamped.status == 201 and stamped.body["added"] == 1 and stamped.body["stamps"] >= 1
    again = await till.call("POST", "/stamps", {"member": code, "count": 1, "request_id": "s1"})
    assert again.status == 200 and again.body["duplicate"] is True

    await till.call("POST", "/purchases", {"member": code, "amount": "3000", "receipt": "R-9"})
    issued = await app.loyalty.redemptions.redeem_points(customer, "espresso")
    handed = await till.call("POST", "/redemptions/confirm", {"code": issued.code})
    assert handed.status == 200 and handed.body["reward"] == "espresso"
    assert handed.body["member_code"] == code and handed.body["points"] > 0
    twice = await till.call("POST", "/redemptions/confirm", {"code": issued.code})
    assert (twice.status, twice.code) == (409, "redemption-used")

    # The espresso was bought with the receipt's points: they cannot be taken back.
    spent = await till.call("POST", "/refunds", {"receipt": "R-9"})
    assert (spent.status, spent.code) == (409, "receipt-points-spent")
    await till.call("POST", "/purchases", {"member": code, "amount": "800", "receipt": "R-10"})
    before = (await till.call("GET", f"/members/{code}")).body["points"]
    refunded = await till.call("POST", "/refunds", {"receipt": "r-10"})
    assert refunded.status == 200 and refunded.body["points_taken_back"] == 80
    assert refunded.body["balance"] == before - 80
    again_refunded = await till.call("POST", "/refunds", {"receipt": "R-10"})
    assert (
        again_refunded.body["duplicate"] is True and again_refunded.body["balance"] == before - 80
    )
    unknown = await till.call("POST", "/refunds", {"receipt": "R-404"})
    assert (unknown.status, unknown.code) == (404, "receipt-not-found")
    async with app.db.read() as session:
        told = await session.scalar(
            select(func.count(Delivery.id)).where(
                Delivery.customer_id == customer, Delivery.message == "notice-refunded"
            )
        )
    assert told == 1


async def test_a_receipt_code_for_a_delivery_is_collected_once(
    app: App, shop: Shop, till: Till
) -> None:
    customer, code = await _member(shop)
    made = await till.call("POST", "/receipt-codes", {"amount": "600", "receipt": "D-1"})
    assert made.status == 201
    assert made.body["telegram_link"].endswith(f"start=c_{made.body['code']}")
    assert made.body["whatsapp_link"] is None
    same = await till.call("POST", "/receipt-codes", {"amount": "600", "receipt": "D-1"})
    assert same.body["code"] == made.body["code"]
    collected = await app.loyalty.receipts.collect(customer, made.body["code"], who=None)
    assert collected.result.points == 60
    # The till's own purchase call for that receipt now finds it recorded.
    late = await till.call(
        "POST", "/purchases", {"member": code, "amount": "600", "receipt": "D-1"}
    )
    assert late.body["duplicate"] is True


async def test_a_key_over_its_pace_waits_with_retry_after(
    app: App, shop: Shop, owner: Actor
) -> None:
    _, code = await _member(shop)
    application = web.Application()
    register_api(application, replace(app.api_deps(), links_for=_links, per_second=0.5, burst=3))
    async with TestServer(application) as server, aiohttp.ClientSession() as http:
        till = await _till(app, server, http, owner)
        other = await _till(app, server, http, owner)
        answers = [await till.call("GET", f"/members/{code}") for _ in range(4)]
        assert [a.status for a in answers] == [200, 200, 200, 429]
        assert answers[3].code == "rate-limited" and answers[3].headers["Retry-After"] == "2"
        # Another till's key keeps its own pace.
        assert (await other.call("GET", f"/members/{code}")).status == 200


async def test_lines_by_product_category_feed_the_bought_segment(
    app: App, shop: Shop, till: Till
) -> None:
    customer, code = await _member(shop, marketing_consent=True)
    bad = {
        "member": code,
        "amount": "700",
        "receipt": "R-20",
        "lines": [{"category": "pastry", "amount": "300"}, {"category": "??", "amount": "400"}],
    }
    refused = await till.call("POST", "/purchases", bad)
    assert (refused.status, refused.code, refused.body["error"]["details"]) == (
        422,
        "invalid-purchase-line",
        {"line": 2},
    )
    good = {**bad, "lines": [{"category": "Pastry", "amount": 300, "quantity": 2}]}
    assert (await till.call("POST", "/purchases", good)).status == 201
    segment = await app.loyalty.segments.members(parse_segment("bought:pastry:30"))
    assert segment == {customer}


async def test_a_happy_hour_is_named_in_the_answer_for_the_till_to_print(
    app: App, shop: Shop, till: Till, clock: ManualClock
) -> None:
    names = {"en": "Tuesday double points", "sw": "Jumanne ya pointi mara mbili",
             "el": "Διπλοί πόντοι της Τρίτης", "am": "የማክሰኞ እጥፍ ነጥብ"}  # fmt: skip
    tuesday = {"key": "tuesday", "name": names, "days": ["tue"], "start": "16:00", "end": "18:00"}
    rains = tuesday | {"key": "rains", "days": ["mon"], "start": "08:00", "bonus_stamps": 2}
    program = make_program(happy_hours=[tuesday | {"multiplier": 2}, rains])
    app.live.replace(program, app.live.version)
    _, code = await _member(shop)
    clock.set(datetime(2026, 3, 3, 13, 30, tzinfo=UTC))  # Tuesday 16:30 in Nairobi
    bought = await till.call(
        "POST", "/purchases", {"member": code, "amount": "450", "receipt": "R-9"}
    )
    assert bought.body["points"] == 90
    assert bought.body["promotion"] == {
        "happy_hour": "tuesday",
        "name": "Tuesday double points",
        "multiplier": "2",
        "bonus_stamps": 0,
    }
    clock.set(datetime(2026, 3, 9, 9, 0, tzinfo=UTC))  # Monday 12:00
    stamped = await till.call("POST", "/stamps", {"member": code, "count": 1, "request_id": "s1"})
    assert (stamped.body["added"], stamped.body["bonus"], stamped.body["stamps"]) == (1, 2, 3)
    assert stamped.body["promotion"]["happy_hour"] == "rains"


async def test_a_till_sells_a_bundle_and_uses_it_once_per_request_down_to_none_left(
    app: App, shop: Shop, till: Till
) -> None:
    app.live.replace(with_bundles(), app.live.version)
    customer, code = await _member(shop)
    sold = await till.call(
        "POST", "/bundles/sell", {"member": code, "bundle": "haircuts", "request_id": "s-1"}
    )
    assert sold.status == 201
    assert (sold.body["bundle_name"], sold.body["uses_left"], sold.body["uses_total"]) == (
        "3 haircuts",
        3,
        3,
    )
    first = await till.call("POST", "/bundles/use", {"member": code, "request_id": "v-1"})
    again = await till.call("POST", "/bundles/use", {"member": code, "request_id": "v-1"})
    assert (first.status, first.body["uses_left"]) == (200, 2)
    assert (again.status, again.body["uses_left"], again.body["duplicate"]) == (200, 2, True)
    for visit in (2, 3):
        await till.call("POST", "/bundles/use", {"member": code, "request_id": f"v-{visit}"})
    none_left = await till.call("POST", "/bundles/use", {"member": code, "request_id": "v-4"})
    assert (none_left.status, none_left.code) == (409, "no-bundle-held")
    unknown = await till.call(
        "POST", "/bundles/sell", {"member": code, "bundle": "massage", "request_id": "s-2"}
    )
    assert (unknown.status, unknown.code) == (404, "unknown-bundle")
    assert await app.loyalty.bundles.held(customer) == []
