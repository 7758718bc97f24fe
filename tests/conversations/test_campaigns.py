"""The owner's offers and campaigns, from the chat: drafts, previews, schedules, cancelling.

The clock is a ManualClock (START is Monday 2 March 2026, 12:00 in Nairobi), so schedules,
grace periods and quiet hours are checked at exact moments.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.chat_types import Reply
from bot.clock import ManualClock
from bot.loyalty.offers import OfferDraft
from bot.loyalty.when import When, parse_when
from handlers.callbacks import encode
from models import Campaign, CampaignStatus, Delivery, DeliveryStatus, OfferBonus, StaffRole
from tests.conftest import Shop
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.outbox import drain_outbox, make_outbox, texts

PHOTO = b"\x89PNG\r\n\x1a\n" + b"offer-picture" * 10


async def _people(app: App) -> tuple[Chat, int, int, int, Chat]:
    """An owner (English), customers in Swahili and Greek who accept offers, one in English
    who does not, and a barista."""
    owner = Chat(app, "1", display_name="Eleni")
    owner_id = await owner.join("en", name="Eleni", consent=False)
    await app.loyalty.staff.appoint(owner_id, StaffRole.OWNER, by=None)
    amina = await Chat(app, "10").join("sw", name="Amina")
    nikos = await Chat(app, "11").join("el", name="Nikos")
    await Chat(app, "12").join("en", name="Joe", consent=False)
    barista = Chat(app, "2", display_name="Brian")
    brian = await barista.join("en", name="Brian", consent=False)
    await app.loyalty.staff.appoint(brian, StaffRole.STAFF, by=None)
    return owner, owner_id, amina, nikos, barista


async def _campaigns(app: App) -> int:
    async with app.db.read() as session:
        return int(await session.scalar(select(func.count(Campaign.id))) or 0)


async def test_a_broadcast_previews_each_language_sends_on_confirmation_and_reports(
    app: App,
) -> None:
    owner, owner_id, amina, nikos, _ = await _people(app)
    await owner.say("/broadcast all")
    await owner.press("Write a message")
    assert owner.text.startswith("✍️ Write the text in English (at most 3,500 characters). ")
    await owner.say("Coffee at half price today!")
    await owner.press("Add Kiswahili")
    assert owner.text == (  # not "customers who read another language will see this text"
        "✍️ Write the text in Swahili (at most 3,500 characters): customers who read "
        "Swahili will see this one."
    )
    await owner.say("Kahawa nusu bei leo!")
    replies = await owner.press("Continue")
    summary, *previews, _ = replies
    assert summary.text.startswith("📣 Campaign for “all”: 2 recipients (")
    assert "Swahili: 1" in summary.text and "Greek: 1" in summary.text
    assert "When: now." in summary.text
    # One preview per language that has readers, as they will read it.
    assert [p.text for p in previews] == [
        "👁 Preview in Swahili:\n\nKahawa nusu bei leo!",
        "👁 Preview in Greek:\n\nℹ️ Αυτό το μήνυμα είναι γραμμένο στα Αγγλικά.\n\n"
        "Coffee at half price today!",
    ]
    assert await drain_outbox(app) == {}  # nothing goes before the owner confirms
    await owner.press("Send to 2 customers")
    (campaign,) = [c.id for c in await app.loyalty.campaigns.recent()]
    assert owner.text == (
        f"📤 Campaign #{campaign} is sending to 2 customers. "
        "I will tell you how it goes; /campaigns shows it too."
    )

    received = texts(await drain_outbox(app))
    assert received == {
        amina: ["Kahawa nusu bei leo!"],
        nikos: ["ℹ️ Αυτό το μήνυμα είναι γραμμένο στα Αγγλικά.\n\nCoffee at half price today!"],
    }
    assert await app.loyalty.campaigns.queue_progress() == 1
    assert texts(await drain_outbox(app)) == {
        owner_id: [
            f"✅ Campaign #{campaign} finished: 2 sent, 0 blocked the bot, 0 failed, "
            "0 skipped (opted out or cancelled)."
        ]
    }
    assert await app.loyalty.campaigns.queue_progress() == 0  # reported once


async def test_cancelling_a_draft_saves_and_sends_nothing(app: App) -> None:
    owner, *_ = await _people(app)
    await owner.say("/broadcast all")
    await owner.press("Write a message")
    await owner.say("Never mind")
    await owner.press("Continue")
    await owner.press("Cancel")
    assert owner.text == "Cancelled. Nothing was saved or sent."
    await owner.press_data(encode("cmpsend"))  # the old confirm button, pressed late
    assert owner.text == app.translator("en", "compose-expired")
    assert await _campaigns(app) == 0
    assert await drain_outbox(app) == {}


async def test_only_owners_can_write_offers_and_campaigns(app: App) -> None:
    *_, barista = await _people(app)
    customer = Chat(app, "10")
    for command in ("/broadcast all", "/offer new", "/schedule all 18:00", "/campaigns"):
        await barista.say(command)
        assert barista.text == app.translator("en", "error-not-allowed")
        await customer.say(command)
        assert customer.text == app.translator("sw", "fallback-hint")
    await customer.press_data(encode("cmpsend"))  # a forged owner button: like any old one
    assert customer.text.startswith(app.translator("sw", "button-stale"))
    assert await _campaigns(app) == 0


@pytest.mark.parametrize(
    ("command", "message_id", "args"),
    [
        ("/broadcast", "broadcast-usage", {}),
        ("/broadcast nosuch", "error-unknown-segment", {"segment": "nosuch"}),
        ("/broadcast tier:platinum", "broadcast-nobody", {"segment": "tier:platinum"}),
        ("/schedule all", "schedule-usage", {}),
        ("/schedule all someday", "error-invalid-schedule", {"when": "someday"}),
        ("/schedule all 2020-01-01 10:00", "error-invalid-schedule", {"when": "2020-01-01 10:00"}),
        (
            "/schedule all every Funday 10:00",
            "error-invalid-schedule",
            {"when": "every Funday 10:00"},
        ),
        ("/cancel", "campaigns-cancel-usage", {}),
        ("/cancel 999", "error-unknown-campaign", {"campaign": "999"}),
        ("/cancel abc", "error-unknown-campaign", {"campaign": "abc"}),
        ("/offer end 77", "error-unknown-offer", {"offer": "77"}),
    ],
)
async def test_bad_owner_input_gets_a_clear_answer_and_changes_nothing(
    app: App, command: str, message_id: str, args: dict[str, str]
) -> None:
    owner, *_ = await _people(app)
    await owner.say(command)
    if command == "/broadcast tier:platinum":
        await owner.press("Write a message")
        await owner.say("Hello")
        await owner.press("Continue")
    assert owner.text == app.translator("en", message_id, **args)
    assert await _campaigns(app) == 0


async def test_a_text_too_long_is_asked_for_again(app: App) -> None:
    owner, *_ = await _people(app)
    await owner.say("/offer new")
    await owner.say("x" * 1001)
    assert owner.text == app.translator("en", "compose-text-length", limit=1000)
    await owner.say("Free cookie with every coffee")
    assert "Continue" in " ".join(owner.labels())


async def test_an_offer_with_a_photo_an_end_and_double_points(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    owner, _, amina, _, _ = await _people(app)
    await owner.say("/offer new")
    await owner.say("Double points all week!")
    await owner.press("Continue")
    assert owner.text == app.translator("en", "compose-ask-image")
    await owner._send(photo=PHOTO, text="")
    await owner.say("7")
    await owner.press("Double points")
    preview = owner.last
    assert preview[0].text.startswith("🎁 New offer. Runs until: Mar 9, 2026.")
    assert all(r.image == PHOTO for r in preview[1:-1])  # each language's preview with it
    await owner.press("Save the offer")
    (offer,) = await app.loyalty.offers.open_offers()
    assert owner.text == app.translator("en", "offer-saved", offer=offer.id, code=offer.code)
    assert offer.bonus is OfferBonus.MULTIPLIER and offer.bonus_value == 2

    customer = Chat(app, "10")
    await customer.say("/offers")
    first = customer.last[0]
    assert first.image == PHOTO
    assert first.text.startswith(
        "ℹ️ Ujumbe huu umeandikwa kwa Kiingereza.\n\nDouble points all week!"
    )
    assert "⏳ Hadi 9 Mac 2026" in first.text
    assert "pointi mara 2 kwa kila ununuzi" in first.text

    assert await shop.earn(amina, "1000") == 200  # 100 points, doubled while it runs
    clock.advance(days=8)
    assert await shop.earn(amina, "1000") == 100  # the offer has ended
    await customer.say("/offers")
    assert customer.text.startswith(app.translator("sw", "offers-none"))


async def test_an_offer_code_gives_its_bonus_once_per_customer(app: App, shop: Shop) -> None:
    owner, _, amina, nikos, barista = await _people(app)
    actor = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
    assert actor is not None
    offer = await app.loyalty.offers.create(
        OfferDraft({"en": "Show this for 40 points"}, bonus=OfferBonus.POINTS, bonus_value=40),
        actor=actor,
    )
    member = (await app.loyalty.customers.get(amina)).member_code
    await barista.say(f"/claim {member} {offer.code.lower()}")
    assert barista.text == "✅ Amina: +40 offer points. Balance: 40."
    assert await barista.told(amina) == "🎁 Pointi +40 za ofa. Sasa una pointi 40."
    await barista.say(f"/claim {member} {offer.code}")
    assert barista.text.startswith(
        app.translator("en", "error-offer-already-claimed", offer=offer.code)
    )
    await barista.say(f"/claim {member} NOPE99")
    assert barista.text.startswith(app.translator("en", "error-unknown-offer", offer="NOPE99"))
    await owner.say(f"/offer end {offer.id}")
    other = (await app.loyalty.customers.get(nikos)).member_code
    await barista.say(f"/claim {other} {offer.code}")
    assert barista.text.startswith(app.translator("en", "error-offer-not-open", offer=offer.code))
    assert await balance(app, amina) == 40 and await balance(app, nikos) == 0


async def test_a_broadcast_of_an_offer_carries_its_picture(app: App) -> None:
    owner, _, amina, nikos, _ = await _people(app)
    actor = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
    assert actor is not None
    offer = await app.loyalty.offers.create(
        OfferDraft({"en": "Cake day", "el": "Ημέρα γλυκού"}, image=PHOTO), actor=actor
    )
    await owner.say("/broadcast lang:el")
    await owner.press("Cake day")
    await owner.press("Send to 1 customer")
    received = await drain_outbox(app)
    assert set(received) == {nikos}
    (message,) = received[nikos]
    assert (message.text, message.image) == ("Ημέρα γλυκού", PHOTO)
    assert offer.has_image and amina not in received


async def test_a_scheduled_campaign_goes_once_at_its_time(app: App, clock: ManualClock) -> None:
    owner, _, amina, nikos, _ = await _people(app)
    await owner.say("/schedule all 2026-03-03 10:00")
    await owner.press("Write a message")
    await owner.say("Tomorrow's special")
    replies = await owner.press("Continue")
    assert "When: Mar 3, 2026 10:00\u202fAM." in replies[0].text
    await owner.press("Schedule it")
    (campaign,) = await app.loyalty.campaigns.recent()
    assert campaign.status is CampaignStatus.SCHEDULED
    assert owner.text.startswith(
        f"🗓 Campaign #{campaign.id} is scheduled: Mar 3, 2026 10:00\u202fAM."
    )

    clock.set(datetime(2026, 3, 3, 6, 59, tzinfo=UTC))  # 09:59 in Nairobi
    assert (await app.loyalty.campaigns.fire_due()).started == []
    clock.set(datetime(2026, 3, 3, 7, 0, 30, tzinfo=UTC))
    assert (await app.loyalty.campaigns.fire_due()).started == [campaign.id]
    assert (await app.loyalty.campaigns.fire_due()).started == []  # the next tick: nothing
    assert set(texts(await drain_outbox(app))) == {amina, nikos}
    assert await drain_outbox(app) == {}


async def test_a_repeating_campaign_fires_once_per_time_and_skips_long_missed_ones(
    app: App, clock: ManualClock
) -> None:
    await _people(app)
    actor = await app.loyalty.staff.actor_for((await app.loyalty.staff.owners())[0])
    assert actor is not None
    tz = app.program.shop.tz
    campaigns = app.loyalty.campaigns
    rule = await campaigns.create(
        "Friday",
        "all",
        {"en": "Happy Friday"},
        actor=actor,
        when=parse_when("kila Ijumaa 10:00", clock.now(), tz),
    )
    friday = datetime(2026, 3, 6, 10, 0, tzinfo=tz)
    clock.set(friday + timedelta(seconds=5))
    first = (await campaigns.fire_due()).started
    assert len(first) == 1
    assert (await campaigns.fire_due()).started == []

    # Down for two hours over the next Friday: within the 6-hour grace, it goes once.
    clock.set(friday + timedelta(days=7, hours=2))
    assert len((await campaigns.fire_due()).started) == 1
    assert (await campaigns.fire_due()).started == []

    # Down for three weeks: the missed Fridays are not sent in a burst, nor late.
    clock.set(friday + timedelta(days=35, hours=9))
    assert (await campaigns.fire_due()).started == []
    (view,) = [c for c in await campaigns.recent() if c.id == rule]
    assert view.scheduled_for == friday + timedelta(days=42)
    clock.set(friday + timedelta(days=42, minutes=1))
    assert len((await campaigns.fire_due()).started) == 1
    async with app.db.read() as session:
        runs = await session.scalar(
            select(func.count(Campaign.id)).where(Campaign.parent_id == rule)
        )
    assert runs == 3


async def test_a_one_off_missed_beyond_the_grace_period_is_not_sent_and_the_owner_is_told(
    app: App, clock: ManualClock
) -> None:
    _, owner_id, *_ = await _people(app)
    actor = await app.loyalty.staff.actor_for(owner_id)
    assert actor is not None
    campaign = await app.loyalty.campaigns.create(
        "Lunch",
        "all",
        {"en": "Lunch deal"},
        actor=actor,
        when=When(clock.now() + timedelta(hours=1)),
    )
    clock.advance(hours=8)  # the bot was off for longer than the 6-hour grace
    fired = await app.loyalty.campaigns.fire_due()
    assert (fired.started, fired.missed) == ([], [campaign])
    received = texts(await drain_outbox(app))
    assert received == {owner_id: [app.translator("en", "campaign-missed", campaign=campaign)]}


async def test_cancel_stops_a_campaign_midway_and_campaigns_lists_everything(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    owner, owner_id, *_ = await _people(app)
    for i in range(4):
        await shop.customer(name=f"Extra{i}", language="en", marketing_consent=True)
    actor = await app.loyalty.staff.actor_for(owner_id)
    assert actor is not None
    campaign = await app.loyalty.campaigns.create("Now", "all", {"en": "Now!"}, actor=actor)
    assert await app.loyalty.campaigns.enqueue(campaign) == 6

    sent: list[int] = []

    async def send(customer_id: int, reply: Reply) -> None:
        sent.append(customer_id)

    outbox = make_outbox(app, send, batch=2)
    await outbox.pump()  # two go out, then the owner changes their mind
    await owner.say(f"/cancel {campaign}")
    assert owner.text == f"🛑 Campaign #{campaign} is cancelled. Already sent: 2. Not sent: 4."
    await outbox.drain(idle_wait=0)
    assert len(sent) == 2
    await owner.say(f"/cancel {campaign}")
    assert owner.text.startswith(app.translator("en", "error-campaign-closed", campaign=campaign))

    await app.loyalty.campaigns.create(
        "Later", "all", {"en": "Later"}, actor=actor, when=When(clock.now() + timedelta(days=1))
    )
    await app.loyalty.campaigns.create(
        "Weekly",
        "all",
        {"en": "Weekly"},
        actor=actor,
        when=parse_when("every Monday 09:00", clock.now(), app.program.shop.tz),
    )
    await owner.say("/campaigns")
    lines = owner.text.splitlines()
    assert lines[0] == "📣 Latest campaigns:"
    assert lines[1] == "#3 “Weekly” → all: every Monday at 09:00; next Mar 9, 2026 9:00\u202fAM"
    assert lines[2] == "#2 “Later” → all: scheduled for Mar 3, 2026 12:00\u202fPM"
    assert lines[3] == (
        f"#{campaign} “Now” → all: cancelled; sent 2, blocked 0, failed 0, skipped 4"
    )


async def test_quiet_hours_hold_offers_until_morning_but_not_till_notices(
    app: App, clock: ManualClock, shop: Shop
) -> None:
    owner, _, amina, nikos, barista = await _people(app)
    clock.set(datetime(2026, 3, 2, 19, 30, tzinfo=UTC))  # 22:30 in Nairobi
    await owner.say("/broadcast all")
    await owner.press("Write a message")
    await owner.say("Breakfast deal tomorrow")
    await owner.press("Continue")
    await owner.press("Send to 2 customers")
    assert owner.last[-1].text == "🌙 It is quiet hours now: sending starts at 08:00."
    member = (await app.loyalty.customers.get(amina)).member_code
    await barista.say(f"/award {member} 5000")  # a tier upgrade at night is told at once
    assert set(await drain_outbox(app)) == {amina}
    clock.set(datetime(2026, 3, 3, 5, 0, tzinfo=UTC))  # 08:00 in Nairobi
    assert set(texts(await drain_outbox(app))) == {amina, nikos}


async def test_the_owner_hears_progress_every_quarter_of_a_large_campaign(
    app: App, shop: Shop
) -> None:
    _, owner_id, *_ = await _people(app)
    for i in range(238):
        await app.loyalty.customers.register(
            "test", f"bulk{i}", language="en", marketing_consent=True
        )
    actor = await app.loyalty.staff.actor_for(owner_id)
    assert actor is not None
    campaign = await app.loyalty.campaigns.create(
        "Big", "all", {"en": "Hi all"}, actor=actor, holdout_percent=0
    )
    assert await app.loyalty.campaigns.enqueue(campaign) == 240
    told: list[str] = []

    async def send(customer_id: int, reply: Reply) -> None:
        if customer_id == owner_id:
            told.append(reply.text)

    outbox = make_outbox(app, send, batch=60)
    for _ in range(6):  # one batch at a time, looking at the progress after each
        await outbox.pump()
        await outbox.finish_campaigns()
        await app.loyalty.campaigns.queue_progress()
    assert told == [
        f"📤 Campaign #{campaign}: 60 / 240 sent.",
        f"📤 Campaign #{campaign}: 120 / 240 sent.",
        f"📤 Campaign #{campaign}: 180 / 240 sent.",
        f"✅ Campaign #{campaign} finished: 240 sent, 0 blocked the bot, 0 failed, "
        "0 skipped (opted out or cancelled).",
    ]
    report = await app.loyalty.campaigns.report(campaign)
    assert report.counts == {DeliveryStatus.SENT: 240}


async def test_menu_leaves_a_draft_but_a_greeting_is_just_text(app: App) -> None:
    owner, *_ = await _people(app)
    await owner.say("/broadcast all")
    await owner.press("Write a message")
    await owner.say("Hello")  # the owner's message may well be a greeting
    assert "Continue" in " ".join(owner.labels())
    await owner.say("Menu")
    assert owner.text == app.translator("en", "menu-title") and len(owner.labels()) == 9
    assert await app.states.get("test", "1") is None  # the draft is gone


async def test_schedulers_ticking_at_the_same_moment_fire_each_campaign_once(
    app: App, clock: ManualClock
) -> None:
    _, owner_id, amina, nikos, _ = await _people(app)
    actor = await app.loyalty.staff.actor_for(owner_id)
    assert actor is not None
    tz = app.program.shop.tz
    campaigns = app.loyalty.campaigns
    await campaigns.create(
        "Once", "all", {"en": "Once"}, actor=actor, when=When(clock.now() + timedelta(minutes=5))
    )
    await campaigns.create(
        "Daily",
        "all",
        {"en": "Daily"},
        actor=actor,
        when=parse_when("daily 12:10", clock.now(), tz),
    )
    clock.advance(minutes=15)
    # Four workers' scheduler ticks at once, as with several bot processes on one database.
    fired = await asyncio.gather(*(campaigns.fire_due() for _ in range(4)))
    assert len([c for f in fired for c in f.started]) == 2  # the one-off, and one daily run
    received = texts(await drain_outbox(app))
    assert {c: sorted(t) for c, t in received.items()} == {
        amina: [
            "ℹ️ Ujumbe huu umeandikwa kwa Kiingereza.\n\nDaily",
            "ℹ️ Ujumbe huu umeandikwa kwa Kiingereza.\n\nOnce",
        ],
        nikos: [
            "ℹ️ Αυτό το μήνυμα είναι γραμμένο στα Αγγλικά.\n\nDaily",
            "ℹ️ Αυτό το μήνυμα είναι γραμμένο στα Αγγλικά.\n\nOnce",
        ],
    }


async def test_a_customer_on_a_channel_this_process_does_not_run_waits_for_the_one_that_does(
    app: App, clock: ManualClock
) -> None:
    _, owner_id, *_ = await _people(app)
    elsewhere = await app.loyalty.customers.register(
        "telegram", "777", language="en", marketing_consent=True
    )
    actor = await app.loyalty.staff.actor_for(owner_id)
    assert actor is not None
    campaign = await app.loyalty.campaigns.create("Now", "all", {"en": "Now!"}, actor=actor)
    await app.loyalty.campaigns.enqueue(campaign)
    reached: list[str] = []

    async def on_test_channel(user_id: str, reply: Reply) -> None:
        reached.append(user_id)

    app.notifier.register("test", on_test_channel)  # this process runs "test", not Telegram
    outbox = make_outbox(app, app.notifier.deliver)
    await outbox.pump()
    assert sorted(reached) == ["10", "11"]
    async with app.db.read() as session:
        row = await session.scalar(
            select(Delivery).where(Delivery.customer_id == elsewhere.customer_id)
        )
    assert row is not None
    assert (row.status, row.attempts) == (DeliveryStatus.PENDING, 0)  # not a failure
    assert row.next_attempt_at == clock.now() + timedelta(seconds=60)


async def test_a_large_broadcast_keeps_a_tenth_back_and_campaigns_n_tells_its_effect(
    app: App, clock: ManualClock
) -> None:
    owner, *_ = await _people(app)
    for i in range(118):  # 120 who accept offers, with Amina and Nikos
        await app.loyalty.customers.register(
            "test", f"many{i}", language="en", marketing_consent=True
        )
    await owner.say("/broadcast all")
    await owner.press("Write a message")
    await owner.say("Come back this week!")
    summary, *_ = await owner.press("Continue")
    assert "🧪 12 of them (10 %) are kept back and get nothing" in summary.text
    assert "💰 This costs nothing" in summary.text  # nobody here is on WhatsApp
    await owner.press("Send to 108 customers")
    assert owner.text.startswith("📤 Campaign #") and "is sending to 108 customers" in owner.text
    (campaign,) = [c.id for c in await app.loyalty.campaigns.recent()]
    assert len(texts(await drain_outbox(app))) == 108  # the 12 kept back get nothing
    clock.advance(days=3)
    await owner.say(f"/campaigns {campaign}")
    assert owner.text.startswith(f"#{campaign} “Come back this week!” → all:")
    assert f"📊 #{campaign}, 7 days on, so far: 0 % of those who got it bought" in owner.text
    assert "of the 12 kept back" in owner.text and "Per person, against those" in owner.text
    await owner.say("/campaigns 999")
    assert owner.text == app.translator("en", "error-unknown-campaign", campaign="999")
