"""Unasked-for messages on WhatsApp: the 24-hour rule, templates, Meta's error codes and
status callbacks, through the real outbox and channel against the fake Graph API."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.app import App
from bot.channels.whatsapp import WhatsAppChannel
from bot.chat_types import Reply
from bot.clock import ManualClock
from bot.i18n import Speaker
from bot.loyalty.campaigns import Receipts
from bot.program import Program
from bot.rate_limit import RateLimiter
from handlers.campaigns import campaign_line
from models import Campaign, Delivery, DeliveryStatus, StaffRole
from tests.helpers.fake_graph import FakeGraph, FakeMeta
from tests.helpers.outbox import make_outbox
from tests.helpers.programmes import make_program

AMINA = "254711000001"


async def _broadcast(app: App, text: str = "Ofa ya leo!") -> int:
    owner = await app.loyalty.customers.register("whatsapp", "254700000009", language="en")
    actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    campaign = await app.loyalty.campaigns.create("Today", "all", {"sw": text}, actor=actor)
    await app.loyalty.campaigns.enqueue(campaign)
    return campaign


async def _drain(app: App) -> None:
    async def send(customer_id: int, reply: Reply) -> str | None:
        return await app.notifier.deliver(customer_id, reply)

    await make_outbox(app, send, limiter=RateLimiter(1000)).drain(idle_wait=0.05)


async def _statuses(app: App) -> dict[DeliveryStatus, list[str | None]]:
    async with app.db.read() as session:
        rows = await session.execute(select(Delivery.status, Delivery.last_error))
        found: dict[DeliveryStatus, list[str | None]] = {}
        for status, error in rows:
            found.setdefault(status, []).append(error)
        return found


async def test_within_24_hours_a_broadcast_goes_as_a_plain_message(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock
) -> None:
    app, _ = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    clock.advance(hours=23)
    await _broadcast(app)
    await _drain(app)
    (message,) = graph.to(AMINA)
    assert (message.kind, message.text) == ("text", "Ofa ya leo!")


async def test_after_24_hours_it_goes_as_the_approved_template_in_the_readers_language(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock
) -> None:
    app, _ = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    clock.advance(hours=25)
    await _broadcast(app, "Ofa ya leo!\nKaribu sana.")
    await _drain(app)
    (message,) = graph.to(AMINA)
    template = message.body["template"]
    assert (message.kind, template["name"], template["language"]["code"]) == (
        "template",
        "loyalty_offer",
        "sw",
    )
    (body,) = template["components"]
    assert body["parameters"] == [{"type": "text", "text": "Ofa ya leo! · Karibu sana."}]


async def test_a_survey_after_24_hours_goes_as_a_template_with_its_choices_by_number(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock
) -> None:
    app, _ = live
    amina = await app.loyalty.customers.register(
        "whatsapp", AMINA, language="sw", marketing_consent=True
    )
    owner = await app.loyalty.customers.register("whatsapp", "254700000009", language="en")
    actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    clock.advance(hours=25)
    survey = await app.loyalty.surveys.create(
        "Chai au kahawa?", ["Chai", "Kahawa"], "all", "sw", actor=actor
    )
    await app.loyalty.campaigns.enqueue(survey.campaign_id)
    await _drain(app)
    (message,) = graph.to(AMINA)
    (body,) = message.body["template"]["components"]
    assert body["parameters"] == [
        {
            "type": "text",
            "text": "Chai au kahawa? · Jibu kwa namba ya jibu lako: 1) Chai, 2) Kahawa",
        }
    ]
    # Typed "2" answers it: tests/conversations/test_surveys.py, on the same router.
    assert (await app.loyalty.surveys.typed_answer(amina.customer_id, "2")) == "Kahawa"


@pytest.mark.parametrize("program", [make_program(whatsapp={"templates": {}})])
async def test_without_a_template_it_is_skipped_with_the_reason(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock, program: Program
) -> None:
    app, _ = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    clock.advance(days=2)
    await _broadcast(app)
    await _drain(app)
    assert graph.to(AMINA) == []  # never sent against the rules
    assert await _statuses(app) == {DeliveryStatus.SKIPPED: ["outside the 24-hour window"]}


async def test_meta_asking_for_re_engagement_falls_back_to_the_template(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph
) -> None:
    app, _ = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    graph.errors[AMINA] = 131047
    await _broadcast(app)
    await _drain(app)
    (message,) = graph.to(AMINA)
    assert message.kind == "template"
    assert await _statuses(app) == {DeliveryStatus.SENT: [None]}


@pytest.mark.parametrize("code", [130429, 131056])
async def test_rate_limit_errors_pause_and_retry(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock, code: int
) -> None:
    app, _ = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    graph.errors[AMINA] = code
    await _broadcast(app)

    async def send(customer_id: int, reply: Reply) -> str | None:
        return await app.notifier.deliver(customer_id, reply)

    limiter = RateLimiter(1000)
    outbox = make_outbox(app, send, limiter=limiter)
    await outbox.pump()
    assert graph.to(AMINA) == [] and limiter.paused  # refused: sending pauses
    assert await _statuses(app) == {DeliveryStatus.PENDING: [None]}
    clock.advance(seconds=2)
    await outbox.pump()
    assert [m.text for m in graph.to(AMINA)] == ["Ofa ya leo!"]  # sent on the retry, once
    assert await _statuses(app) == {DeliveryStatus.SENT: [None]}


async def test_a_failed_status_callback_fails_the_delivery(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph
) -> None:
    app, channel = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    await _broadcast(app)
    await _drain(app)
    async with app.db.read() as session:
        wamid = await session.scalar(select(Delivery.platform_message_id))
    assert wamid is not None and wamid.startswith("wamid.")
    meta = FakeMeta("unused")
    for status in ("sent", "delivered"):
        await channel.wa.webhook_update_handler(_json(meta.status(wamid, AMINA, status)))
    assert DeliveryStatus.SENT in await _statuses(app)
    await channel.wa.webhook_update_handler(_json(meta.status(wamid, AMINA, "failed", 131026)))
    statuses = await _statuses(app)
    assert list(statuses) == [DeliveryStatus.FAILED]
    assert (statuses[DeliveryStatus.FAILED][0] or "").startswith("whatsapp 131026")


def _json(payload: dict[str, object]) -> bytes:
    return json.dumps(payload).encode()


async def test_the_window_runs_from_the_customers_last_message(
    live: tuple[App, WhatsAppChannel], clock: ManualClock
) -> None:
    app, _ = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw")
    clock.advance(hours=30)
    await app.loyalty.customers.heard_from("whatsapp", AMINA)
    last = await app.loyalty.customers.last_heard("whatsapp", AMINA)
    assert last == clock.now()
    assert clock.now() - timedelta(hours=30) < last


async def test_a_broadcast_over_the_messaging_limit_goes_over_days_none_twice_none_lost(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock
) -> None:
    """400 WhatsApp members silent for three days, on a limit of 100 people a day (a new
    number's is 250; smaller here, the same days, a quicker test): 100 go at once, the rest
    as places free, each once, none dropped; the owner is told before (the preview) and
    while (a daily note)."""
    app, _ = live
    prices = {"default": "0.0225", "254": "0.0107"}
    app.live.replace(
        make_program(whatsapp={"messaging_limit": 100, "prices": {"marketing": prices}}),
        app.live.version,
    )
    graph.prices = {code: Decimal(price) for code, price in prices.items()}
    graph.messaging_limit, graph.clock = 100, clock.now
    for n in range(400):
        await app.loyalty.customers.register(
            "whatsapp", f"25472{n:07d}", language="sw", marketing_consent=True
        )
    # The owner reads the bot on Telegram, which this process does not run: their notes wait.
    owner = await app.loyalty.customers.register("telegram", "900", language="en")
    actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    clock.advance(days=3)
    estimate = await app.loyalty.campaigns.cost("all")
    assert (estimate.templates, estimate.cost) == (400, Decimal("4.28"))
    pacing = await app.loyalty.campaigns.whatsapp_pacing("all")
    assert pacing is not None and (pacing.now, pacing.later, pacing.days) == (100, 300, 3)
    campaign = await app.loyalty.campaigns.create(
        "Ofa", "all", {"sw": "Ofa ya leo!"}, actor=actor, holdout_percent=0
    )
    await app.loyalty.campaigns.enqueue(campaign)

    async def send(customer_id: int, reply: Reply) -> str | None:
        return await app.notifier.deliver(customer_id, reply)

    outbox = make_outbox(app, send, limiter=RateLimiter(10_000, per_chat_interval=0))
    for day in range(4):
        while await outbox.pump():
            pass
        templates = [m for m in graph.sent if m.kind == "template"]
        assert len(templates) == 100 * (day + 1), day
        if day == 0:
            await app.loyalty.campaigns.queue_progress()
            async with app.db.read() as session:
                note = await session.scalar(
                    select(Delivery.args).where(Delivery.message == "campaign-waiting")
                )
            assert note == {"campaign": campaign, "count": 300, "limit": 100}
        clock.advance(hours=24)
    recipients = [m.to for m in graph.sent if m.kind == "template"]
    assert len(recipients) == len(set(recipients)) == 400  # each once, nobody left out
    assert graph.over_limit == 0  # the bot never asked Meta for more than the limit
    assert graph.bill == estimate.cost  # Meta's bill is what the preview said
    statuses = await _statuses(app)
    assert len(statuses[DeliveryStatus.SENT]) == 400


async def test_delivered_and_read_receipts_give_the_campaigns_rates(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph
) -> None:
    app, channel = live
    for wa_id in (AMINA, "254711000002"):
        await app.loyalty.customers.register(
            "whatsapp", wa_id, language="sw", marketing_consent=True
        )
    campaign = await _broadcast(app)
    await _drain(app)
    meta = FakeMeta("unused")
    sent = {m.to: f"wamid.{n}" for n, m in enumerate(graph.sent, start=1)}
    # Meta reports out of order and twice: "read" may come before "delivered".
    for wa_id, status in ((AMINA, "read"), (AMINA, "delivered"), ("254711000002", "delivered")):
        await channel.wa.webhook_update_handler(_json(meta.status(sent[wa_id], wa_id, status)))
    await channel.wa.webhook_update_handler(_json(meta.status(sent[AMINA], AMINA, "read")))
    (view,) = [c for c in await app.loyalty.campaigns.recent() if c.id == campaign]
    assert view.receipts == Receipts(whatsapp=2, delivered=2, read=1, others=0)
    shop = app.program.shop
    line = campaign_line(Speaker(app.translator, "en", shop.tz, shop.currency), view)
    assert "WhatsApp: 2 of 2 delivered (100 %), 1 read (50 %) · Telegram: 0 sent" in line


async def test_the_cost_estimate_matches_metas_bill(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock
) -> None:
    app, _ = live
    prices = {"default": "0.05", "254": "0.0107", "30": "0.0506"}
    app.live.replace(
        make_program(whatsapp={"prices": {"currency": "USD", "marketing": prices}}),
        app.live.version,
    )
    graph.prices = {code: Decimal(price) for code, price in prices.items()}
    for wa_id in ("254711000001", "254711000002", "306900000001", "4915100000001"):
        await app.loyalty.customers.register(
            "whatsapp", wa_id, language="en", marketing_consent=True
        )
    clock.advance(days=2)
    await app.loyalty.customers.register(
        "whatsapp", "254711000009", language="en", marketing_consent=True
    )
    await app.loyalty.customers.heard_from("whatsapp", "254711000009")  # wrote just now
    await app.loyalty.customers.register("telegram", "777", language="en", marketing_consent=True)
    estimate = await app.loyalty.campaigns.cost("all")
    assert (estimate.templates, estimate.free_whatsapp, estimate.others) == (4, 1, 1)
    assert estimate.cost == Decimal("0.1220")  # 2 x 0.0107 + 0.0506 + 0.05 (Germany: default)
    shop = app.program.shop
    speak = Speaker(app.translator, "en", shop.tz, shop.currency)
    said = speak(
        "broadcast-cost",
        cost=speak.money(estimate.cost, estimate.currency),
        templates=estimate.templates,
        free=estimate.free_whatsapp,
        others=estimate.others,
    )
    assert said.startswith("💰 About $0.12 for 4 WhatsApp template messages")
    assert "1 within 24 hours of the customer's last message are free, and 1 on Telegram" in said
    # The owner reads the bot on Telegram, not run here: their notes wait and cost nothing.
    owner = await app.loyalty.customers.register("telegram", "900", language="en")
    actor = await app.loyalty.staff.appoint(owner.customer_id, StaffRole.OWNER, by=None)
    campaign = await app.loyalty.campaigns.create("Ofa", "all", {"en": "Offer!"}, actor=actor)
    await app.loyalty.campaigns.enqueue(campaign)

    async def send(customer_id: int, reply: Reply) -> str | None:
        return await app.notifier.deliver(customer_id, reply)

    outbox = make_outbox(app, send, limiter=RateLimiter(10_000, per_chat_interval=0))
    while await outbox.pump():
        pass
    assert len(graph.sent) == 5  # four templates and one message inside the window
    assert graph.bill == estimate.cost  # what Meta bills is what the owner was told
    async with app.db.read() as session:
        stored = (
            await session.execute(
                select(Campaign.estimated_templates, Campaign.estimated_cost).where(
                    Campaign.id == campaign
                )
            )
        ).one()
    assert tuple(stored) == (4, "0.12 USD")


@pytest.mark.parametrize(
    "program",
    [
        make_program(
            whatsapp={
                "templates": {"marketing": "loyalty_offer", "marketing_image": "loyalty_photo"}
            }
        )
    ],
)
async def test_an_offer_with_a_photo_goes_as_the_image_template_outside_the_window(
    live: tuple[App, WhatsAppChannel], graph: FakeGraph, clock: ManualClock
) -> None:
    app, channel = live
    await app.loyalty.customers.register("whatsapp", AMINA, language="sw", marketing_consent=True)
    clock.advance(hours=30)
    photo = b"\xff\xd8\xff\xe0" + b"sunday-offer" * 50
    await channel.push(AMINA, Reply("Ofa ya Jumapili!", image=photo, unsolicited="marketing"))
    await channel.push(AMINA, Reply("Bila picha", unsolicited="marketing"))
    with_photo, plain = graph.to(AMINA)
    assert with_photo.body["template"]["name"] == "loyalty_photo"
    header, body = with_photo.body["template"]["components"]
    assert header["type"].lower() == "header" and header["parameters"][0]["type"] == "image"
    assert graph.uploads[-1] == photo  # uploaded to Meta first, then named in the header
    assert body["parameters"][0]["text"] == "Ofa ya Jumapili!"
    assert plain.body["template"]["name"] == "loyalty_offer"
