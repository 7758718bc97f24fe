"""/delete: personal data gone, ledger kept (anonymised) so the books still add up."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import String, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.chat_types import Reply
from bot.clock import ManualClock
from bot.loyalty.errors import CustomerNotFound, LastOwner
from bot.loyalty.ledger import ledger_sum
from bot.state import State
from models import (
    AuditEntry,
    ChannelIdentity,
    ConversationState,
    Customer,
    Delivery,
    DeliveryStatus,
    Feedback,
    LedgerEntry,
    LedgerKind,
    Redemption,
    RedemptionStatus,
    StaffRole,
    WebhookDelivery,
)
from tests.conftest import Shop
from tests.helpers.outbox import make_outbox


async def test_erasure_removes_personal_data_and_keeps_a_balanced_ledger(app: App) -> None:
    reg = await app.loyalty.customers.register(
        "telegram",
        "555",
        language="en",
        name="Grace",
        phone="+254700000000",
        marketing_consent=True,
    )
    amina = reg.customer_id
    await app.loyalty.purchases.record(amina, "3000", idempotency_key="r1", note="Grace's usual")
    await app.loyalty.customers.set_birthday(amina, __import__("datetime").date(1990, 5, 17))
    issued = await app.loyalty.redemptions.redeem_points(amina, "espresso")
    await app.loyalty.customers.erase(amina)

    async with app.db.read() as s:
        customer = await s.get_one(Customer, amina)
        assert (customer.name, customer.phone, customer.birthday) == (None, None, None)
        assert not customer.marketing_consent and customer.erased_at is not None
        assert customer.member_code != reg.member_code
        assert await s.scalar(select(func.count(ChannelIdentity.id))) == 0
        redemption = await s.scalar(select(Redemption).where(Redemption.code == issued.code))
        assert redemption is not None and redemption.status is RedemptionStatus.CANCELLED
        kinds = [e.kind for e in await s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))]
        assert kinds == [LedgerKind.EARN, LedgerKind.REDEEM, LedgerKind.REDEEM, LedgerKind.ADJUST]
        assert await ledger_sum(s, amina) == 0 == customer.points_balance
        notes = list(
            await s.scalars(select(LedgerEntry.note).where(LedgerEntry.note.like("%Grace%")))
        )
        assert notes == []

    with pytest.raises(CustomerNotFound):
        await app.loyalty.summary.summary(amina)
    assert await app.loyalty.customers.find_by_identity("telegram", "555") is None


async def test_coming_back_after_erasure_starts_afresh(app: App, shop: Shop) -> None:
    first = await app.loyalty.customers.register("telegram", "555", language="en")
    await shop.earn(first.customer_id, "1000")
    await app.loyalty.customers.erase(first.customer_id)
    again = await app.loyalty.customers.register("telegram", "555", language="en")
    assert again.created and again.customer_id != first.customer_id
    assert (await app.loyalty.summary.summary(again.customer_id)).balance == 0


async def test_erasure_forgets_what_the_customer_left_outside_their_own_row(
    app: App, shop: Shop
) -> None:
    """Their comment on a visit, an owner's typed reason, messages waiting for them, a
    conversation in progress on another app, and their name in the shop's webhook record:
    each named "Grace" before, none after; the numbers stay."""
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    await app.loyalty.webhooks.add("https://shop.example.com/hook", by=owner)
    reg = await app.loyalty.customers.register("telegram", "555", language="en", name="Grace")
    grace = reg.customer_id
    code, _ = await app.loyalty.customers.link_code(grace)
    await app.loyalty.customers.link("whatsapp", "254700000001", code)
    await app.states.set("whatsapp", "254700000001", State("join.name", {"name": "Grace"}))
    staff = await shop.staff(branch="westlands")
    bought = await app.loyalty.purchases.record(grace, "3000", idempotency_key="r1", actor=staff)
    rated = await app.loyalty.feedback.rate(grace, bought.entry_id, 2)
    await app.loyalty.feedback.comment(grace, rated, "Grace here: the milk was cold")
    await app.loyalty.points.adjust(grace, 50, "Grace's birthday, from the owner", actor=owner)

    async def named(session: AsyncSession) -> dict[str, int]:
        """Where "Grace" is written, table by table."""
        found = {
            "feedback": select(Feedback.id).where(Feedback.comment.like("%Grace%")),
            "audit": select(AuditEntry.id).where(cast(AuditEntry.details, String).like("%Grace%")),
            "deliveries": select(Delivery.id).where(cast(Delivery.args, String).like("%Grace%")),
            "webhooks": select(WebhookDelivery.id).where(WebhookDelivery.body.like("%Grace%")),
            "states": select(ConversationState.channel).where(
                cast(ConversationState.data, String).like("%Grace%")
            ),
        }
        return {table: len((await session.execute(query)).all()) for table, query in found.items()}

    async with app.db.read() as s:
        before = await named(s)
        waiting = await s.scalar(
            select(func.count(Delivery.id)).where(
                Delivery.customer_id == grace, Delivery.status == DeliveryStatus.PENDING
            )
        )
    # The low rating's note to the owner and the adjustment's notice to Grace (its reason).
    assert before == {"feedback": 1, "audit": 1, "deliveries": 2, "webhooks": 1, "states": 1}
    assert waiting

    await app.loyalty.customers.erase(grace)

    async with app.db.read() as s:
        after = await named(s)
        feedback = await s.scalar(select(Feedback).where(Feedback.customer_id == grace))
        adjusted = await s.scalar(select(AuditEntry).where(AuditEntry.action == "adjust"))
        theirs = (
            await s.execute(
                select(Delivery.status, Delivery.last_error, Delivery.args).where(
                    Delivery.customer_id == grace
                )
            )
        ).all()
        (body,) = await s.scalars(
            select(WebhookDelivery.body).where(WebhookDelivery.event_key == f"joined:{grace}")
        )
        state = await s.get(ConversationState, ("whatsapp", "254700000001"))
    # The owner's note still waits to go, with its words: it is settled when sent (the
    # outbox's own test shows its words go then).
    assert after == {"feedback": 0, "audit": 0, "deliveries": 1, "webhooks": 0, "states": 0}
    assert feedback is not None and (feedback.rating, feedback.comment) == (2, None)
    assert adjusted is not None and adjusted.details["amount"] == 50
    assert "reason" not in adjusted.details
    assert theirs and all(
        (status, error, args) == (DeliveryStatus.SKIPPED, "erased", None)
        for status, error, args in theirs
    )
    event = json.loads(body)
    assert event["type"] == "member.joined" and event["data"]["name"] is None
    assert event["data"]["member_code"] == reg.member_code  # what the shop's system knows
    assert state is None


async def test_a_note_naming_a_customer_keeps_its_words_only_until_it_is_sent(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    """An owner's note of a low rating names the customer: it goes, then its words go,
    so a customer erased later is not left named in the outbox. A note whose sending failed
    and will be tried again keeps them."""
    await shop.staff(StaffRole.OWNER, branch=None)
    owners = await app.loyalty.staff.owners()
    staff = await shop.staff(branch="westlands")
    grace = await shop.customer(name="Grace", language="en")
    bought = await app.loyalty.purchases.record(grace, "3000", idempotency_key="r1", actor=staff)
    await app.loyalty.feedback.rate(grace, bought.entry_id, 1)
    received: list[str] = []
    failing = [True]

    async def send(customer_id: int, reply: Reply) -> None:
        if customer_id in owners and failing[0]:
            raise ConnectionError("the network dropped")
        received.append(reply.text)

    async def note_args() -> list[object]:
        async with app.db.read() as s:
            rows = await s.scalars(
                select(Delivery.args).where(Delivery.message == "staff-note-low-rating")
            )
            return list(rows)

    outbox = make_outbox(app, send)
    while await outbox.pump():
        pass
    assert [args["name"] for args in await note_args() if args] == ["Grace"]  # tried again
    failing[0] = False
    clock.advance(minutes=5)
    while await outbox.pump():
        pass
    assert any("Grace" in text for text in received)
    assert await note_args() == [None]


async def test_the_shops_only_owner_is_neither_erased_nor_dismissed(app: App, shop: Shop) -> None:
    """Without an owner nobody runs the programme, and the way back needs a terminal: the
    only owner names another first; then either goes."""
    first = await shop.customer(name="Eleni", language="el")
    owner = await app.loyalty.staff.appoint(first, StaffRole.OWNER, by=None)
    with pytest.raises(LastOwner):
        await app.loyalty.customers.erase(first)
    with pytest.raises(LastOwner):
        await app.loyalty.staff.dismiss(first, by=owner)
    assert (await app.loyalty.customers.get(first)).name == "Eleni"
    assert await app.loyalty.staff.owners() == [first]
    second = await shop.customer(name="Nikos", language="el")
    await app.loyalty.staff.appoint(second, StaffRole.OWNER, by=owner)
    await app.loyalty.customers.erase(first)
    assert await app.loyalty.staff.owners() == [second]
