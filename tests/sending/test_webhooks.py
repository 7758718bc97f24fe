"""Webhooks out: each event queued with what it reports, posted signed, tried again with
growing waits while the receiver fails, and received once when it recovers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.jobs.webhooks import WebhookPoster
from bot.loyalty import Actor
from bot.loyalty.errors import AwardLimitExceeded, InvalidWebhook
from bot.webhook_signature import HEADER, sign, verify
from models import StaffRole, WebhookDelivery, WebhookStatus
from tests.conftest import Shop


@dataclass
class Receiver:
    """A shop's system: answers 500 while `failing`, records every request it gets."""

    failing: bool = False
    clock: ManualClock | None = None  # the shop's clock, which the bot's clock follows
    # body, signature, status, when it came
    got: list[tuple[bytes, str, int, float]] = field(default_factory=list)

    async def hook(self, request: web.Request) -> web.Response:
        status = 500 if self.failing else 200
        now = self.clock.now().timestamp() if self.clock else 0.0
        self.got.append((await request.read(), request.headers.get(HEADER, ""), status, now))
        return web.Response(status=status)

    def accepted(self) -> list[dict[str, object]]:
        return [json.loads(body) for body, _, status, _ in self.got if status == 200]


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    shop_system = Receiver()
    application = web.Application()
    application.router.add_post("/hook", shop_system.hook)
    async with TestServer(application) as server:
        yield shop_system, str(server.make_url("/hook"))


@pytest.fixture
async def owner(shop: Shop) -> Actor:
    return await shop.staff(StaffRole.OWNER, branch=None)


async def test_a_receiver_that_fails_three_times_gets_each_event_once_signed(
    app: App, shop: Shop, owner: Actor, clock: ManualClock, receiver: tuple[Receiver, str]
) -> None:
    shop_system, url = receiver
    shop_system.clock = clock
    added = await app.loyalty.webhooks.add(url, by=owner)
    customer = await shop.customer(marketing_consent=True)
    staff = await shop.staff(branch="westlands")
    await shop.earn(customer, "5000", actor=staff)  # 500 points: silver, and a reward
    issued = await app.loyalty.redemptions.redeem_points(customer, "espresso")
    await app.loyalty.redemptions.confirm(issued.code, actor=staff)
    poster = WebhookPoster(app.loyalty.webhooks, clock)
    shop_system.failing = True
    for _ in range(3):
        assert await poster.pump() > 0
        assert await poster.pump() == 0  # the next try waits: nothing is due at once
        clock.advance(hours=1)
    shop_system.failing = False
    await poster.pump()
    await poster.close()
    kinds = sorted(str(e["type"]) for e in shop_system.accepted())
    # The customer's joining and the staff member's (who joined after the webhook was added).
    assert kinds == [
        "member.joined",
        "member.joined",
        "points.earned",
        "reward.redeemed",
        "tier.reached",
    ]
    assert len({str(e["id"]) for e in shop_system.accepted()}) == len(kinds)  # once each
    earned = next(e for e in shop_system.accepted() if e["type"] == "points.earned")
    assert earned["data"] == {  # type: ignore[comparison-overlap]
        "member_code": (await app.loyalty.customers.get(customer)).member_code,
        "points": 500,
        "balance": 500,
        "amount": "5000",
        "receipt": None,
        "tier": "silver",
    }
    assert len(shop_system.got) == 4 * len(kinds)  # three failed tries, then the one
    for body, signature, _, now in shop_system.got:
        assert verify(added.secret, signature, body, now)
        assert not verify(added.secret, signature, body.replace(b'"type"', b'"kind"'), now)
        assert not verify("whsec_someone-else", signature, body, now)
        assert not verify(added.secret, signature, body, now + 3600)  # a replay, an hour on
    async with app.db.read() as session:
        rows = (
            await session.execute(select(WebhookDelivery.status, WebhookDelivery.attempts))
        ).all()
    assert {(status, attempts) for status, attempts in rows} == {(WebhookStatus.SENT, 4)}


async def test_only_the_events_asked_for_and_nothing_for_what_did_not_happen(
    app: App, shop: Shop, owner: Actor, clock: ManualClock, receiver: tuple[Receiver, str]
) -> None:
    shop_system, url = receiver
    await app.loyalty.webhooks.add(url, events="points.earned", by=owner)
    customer = await shop.customer()
    staff = await shop.staff(branch="westlands")
    with pytest.raises(AwardLimitExceeded):  # refused: nothing happened, nothing is told
        await shop.earn(customer, "9000", actor=staff)
    await shop.earn(customer, "450", actor=staff)
    poster = WebhookPoster(app.loyalty.webhooks, clock)
    await poster.pump()
    await poster.close()
    assert [e["type"] for e in shop_system.accepted()] == ["points.earned"]


async def test_an_erasure_is_told_by_the_code_the_system_knows_and_its_name_forgotten(
    app: App, shop: Shop, owner: Actor, clock: ManualClock, receiver: tuple[Receiver, str]
) -> None:
    """The receiver was told the member's name at joining: it is told of the erasure, under
    the member code it knows (the bot gives the erased account a new one), so it can forget
    them too; a receiver that asked only for points is told nothing of it."""
    shop_system, url = receiver
    await app.loyalty.webhooks.add(url, by=owner)
    await app.loyalty.webhooks.add(url + "?points", events="points.earned", by=owner)
    customer = await shop.customer(name="Grace")
    code = (await app.loyalty.customers.get(customer)).member_code
    await app.loyalty.customers.erase(customer)
    poster = WebhookPoster(app.loyalty.webhooks, clock)
    await poster.pump()
    await poster.close()
    told = [(e["type"], e["data"]) for e in shop_system.accepted()]
    joined = {"member_code": code, "name": None, "language": "sw", "channel": "test"}
    assert told == [
        ("member.joined", joined | {"marketing_consent": False}),
        ("member.erased", {"member_code": code}),
    ]


async def test_a_removed_webhook_gets_nothing_more_and_a_dead_one_is_given_up(
    app: App, shop: Shop, owner: Actor, clock: ManualClock, receiver: tuple[Receiver, str]
) -> None:
    shop_system, url = receiver
    shop_system.failing = True
    dead = await app.loyalty.webhooks.add(url, by=owner)
    await shop.customer()
    poster = WebhookPoster(app.loyalty.webhooks, clock)
    for _ in range(12):  # every try fails: after the twelfth it is given up
        await poster.pump()
        clock.advance(hours=3)
    (listed,) = await app.loyalty.webhooks.listing()
    assert (listed.id, listed.pending, listed.failed) == (dead.info.id, 0, 1)
    tries = len(shop_system.got)
    await shop.customer(name="Baraka")  # queued for the endpoint, then it is removed
    assert await app.loyalty.webhooks.remove(dead.info.id, by=owner)
    assert not await app.loyalty.webhooks.remove(dead.info.id, by=owner)
    shop_system.failing = False
    assert await poster.pump() == 0
    await poster.close()
    assert len(shop_system.got) == tries == 12
    assert await app.loyalty.webhooks.listing() == []


async def test_what_an_owner_may_add(app: App, shop: Shop, owner: Actor) -> None:
    for url in ("http://shop.example.com/hook", "ftp://x", "not a url", "https://"):
        with pytest.raises(InvalidWebhook):
            await app.loyalty.webhooks.add(url, by=owner)
    with pytest.raises(InvalidWebhook):
        await app.loyalty.webhooks.add("https://shop.example.com/hook", events="sold", by=owner)
    staff = await shop.staff()
    with pytest.raises(Exception, match="not-allowed"):
        await app.loyalty.webhooks.add("https://shop.example.com/hook", by=staff)
    made = await app.loyalty.webhooks.add(
        "https://hooks.example.com/loyalty", events="tier.reached,member.joined", by=owner
    )
    assert made.info.events == ("member.joined", "tier.reached")
    assert made.secret.startswith("whsec_") and len(made.secret) > 30
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(WebhookDelivery.id))) == 0


def test_the_signature_scheme_is_stripes() -> None:
    body = b'{"id":"x"}'
    header = sign("secret", body, 1_700_000_000)
    assert header == (
        "t=1700000000,v1="
        + __import__("hmac").new(b"secret", b"1700000000." + body, "sha256").hexdigest()
    )
    assert verify("secret", header, body, 1_700_000_100)
    assert not verify("secret", "t=abc,v1=00", body, 1_700_000_000)
    assert not verify("secret", "", body, 1_700_000_000)
