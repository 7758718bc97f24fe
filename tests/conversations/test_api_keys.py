"""/apikey in the chat: an owner makes a till key (shown once), lists and revokes it, in
their language; staff are refused, and customers get the answer an unknown command gets."""

from __future__ import annotations

import re

from bot.app import App
from models import StaffRole
from tests.helpers.chat import Chat


async def test_an_owner_makes_lists_and_revokes_a_till_key(app: App) -> None:
    owner = Chat(app, "300", display_name="Eleni")
    await app.loyalty.staff.appoint(await owner.join("en", name="Eleni"), StaffRole.OWNER, by=None)
    await owner.say("/apikey")
    assert app.translator("en", "apikey-none") in owner.text
    await owner.say("/apikey new Front till westlands")
    key = re.search(r"\b(lk_[A-Z0-9]{8}_[A-Za-z0-9_-]+)", owner.text)
    assert key is not None and "“Front till” (branch: westlands)" in owner.text
    till = await app.loyalty.api_keys.authenticate(key.group(1))
    assert till is not None and till.name == "Front till" and till.actor.branch_id is not None
    assert till.scopes == frozenset({"award", "redeem", "read"})
    await owner.say("/apikey list")
    prefix = key.group(1)[:11]
    assert f"Front till · {prefix}… · branch: westlands" in owner.text
    assert key.group(1) not in owner.text
    await owner.say(f"/apikey revoke {prefix.lower()}")
    assert owner.text == app.translator("en", "apikey-revoked", name="Front till", prefix=prefix)
    assert await app.loyalty.api_keys.authenticate(key.group(1)) is None
    await owner.say(f"/apikey revoke {prefix}")
    assert owner.text == app.translator("en", "apikey-not-found", prefix=prefix)
    await owner.say("/apikey new")
    assert owner.text == app.translator("en", "apikey-usage")


async def test_in_swahili_and_never_for_staff(app: App) -> None:
    owner = Chat(app, "301", display_name="Amina")
    await app.loyalty.staff.appoint(await owner.join("sw", name="Amina"), StaffRole.OWNER, by=None)
    await owner.say("/apikey new Kaunta ya mbele")
    assert "Ufunguo wa “Kaunta ya mbele” (tawi: -)" in owner.text
    await owner.say("/apikey")
    assert "ilitumika mwisho: haijatumika" in owner.text
    barista = Chat(app, "302", display_name="Brian")
    await app.loyalty.staff.appoint(
        await barista.join("sw", name="Brian"), StaffRole.STAFF, by=None
    )
    await barista.say("/apikey new Yangu")
    assert barista.text == app.translator("sw", "error-not-allowed")
    customer = Chat(app, "303")
    await customer.join("sw", name="Juma")
    await customer.say("/apikey new Yangu")
    assert customer.text == app.translator("sw", "fallback-hint")
    assert len(await app.loyalty.api_keys.listing()) == 1


async def test_an_owner_adds_lists_and_removes_a_webhook_in_greek(app: App) -> None:
    owner = Chat(app, "310", display_name="Eleni")
    await app.loyalty.staff.appoint(await owner.join("el", name="Ελένη"), StaffRole.OWNER, by=None)
    await owner.say("/webhook add http://crm.example.com/hook")
    assert owner.text == app.translator("el", "error-invalid-webhook", reason="url")
    await owner.say("/webhook add https://crm.example.com/hook points.earned")
    secret = re.search(r"\b(whsec_[A-Za-z0-9_-]+)", owner.text)
    assert secret is not None and "Γεγονότα: points.earned" in owner.text
    await owner.say("/webhook")
    assert "#1 https://crm.example.com/hook · points.earned · σε αναμονή: 0" in owner.text
    assert secret.group(1) not in owner.text
    await owner.say("/webhook remove #1")
    assert owner.text == app.translator("el", "webhook-removed", id=1)
    await owner.say("/webhook remove 1")
    assert owner.text == app.translator("el", "webhook-not-found", id=1)
    assert await app.loyalty.webhooks.listing() == []
