"""Joining: one customer per chat identity, however often or concurrently it is asked."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.app import App
from models import ChannelIdentity, Customer


async def test_registration_gives_a_member_code_and_the_entry_tier(app: App) -> None:
    reg = await app.loyalty.customers.register(
        "telegram",
        "42",
        language="el-GR",
        name="  Νίκος   Παπαδόπουλος ",
        phone="+30 690 000 0000",
        marketing_consent=True,
    )
    assert reg.created and reg.language == "el"
    assert len(reg.member_code) == 7
    async with app.db.read() as s:
        customer = await s.get_one(Customer, reg.customer_id)
    assert customer.name == "Νίκος Παπαδόπουλος"
    assert customer.phone == "+306900000000"
    assert customer.tier_key == "bronze" and customer.marketing_consent
    assert customer.joined_at == app.clock.now()


async def test_registering_twice_returns_the_same_customer(app: App) -> None:
    first = await app.loyalty.customers.register("telegram", "42", language="sw")
    again = await app.loyalty.customers.register("telegram", "42", language="en")
    assert (again.customer_id, again.created, again.language) == (first.customer_id, False, "sw")


async def test_concurrent_registrations_of_one_identity_make_one_customer(app: App) -> None:
    results = await asyncio.gather(
        *(app.loyalty.customers.register("telegram", "7", language="am") for _ in range(15))
    )
    assert len({r.customer_id for r in results}) == 1
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(Customer.id))) == 1
        assert await s.scalar(select(func.count(ChannelIdentity.id))) == 1


async def test_the_same_external_id_on_another_channel_is_another_person(app: App) -> None:
    tg = await app.loyalty.customers.register("telegram", "255700000001", language="sw")
    wa = await app.loyalty.customers.register("whatsapp", "255700000001", language="sw")
    assert tg.customer_id != wa.customer_id


async def test_an_unknown_language_falls_back_to_the_shop_default(app: App) -> None:
    reg = await app.loyalty.customers.register("telegram", "9", language="fr")
    assert reg.language == app.program.shop.default_language == "sw"


async def test_consent_is_withdrawn_at_once_and_timestamped(app: App, clock) -> None:  # type: ignore[no-untyped-def]
    reg = await app.loyalty.customers.register(
        "telegram", "9", language="en", marketing_consent=True
    )
    clock.advance(hours=2)
    await app.loyalty.customers.set_marketing_consent(reg.customer_id, False)
    async with app.db.read() as s:
        customer = await s.get_one(Customer, reg.customer_id)
    assert not customer.marketing_consent
    assert customer.consent_changed_at == clock.now()
