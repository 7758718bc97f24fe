"""What an erased customer leaves outside their own row, and how it is forgotten.

`CustomerService.erase` clears the row (name, phone, birthday, codes) and the chats; this
clears the rest, in the same transaction: words the customer wrote, words staff wrote about
them, messages to them still waiting, a conversation in progress on any of their chats,
and their name in what the shop's own systems are told of a joining. What stays is
numbers and dates (ratings, amounts, times), so the figures and the books still add up.

Messages to other people that named the customer (an owner's note of a low rating, a
draw's winners) keep their words only until they are sent (`bot/jobs/outbox.py`).
"""

from __future__ import annotations

import json

from sqlalchemy import delete, null, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    AuditEntry,
    ChannelIdentity,
    ConversationState,
    Delivery,
    DeliveryStatus,
    Feedback,
    WebhookDelivery,
)

# The audit details that staff type in their own words, which may name the person.
_TYPED_DETAILS = ("reason",)
_WAITING = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)


async def forget_traces(session: AsyncSession, customer_id: int) -> None:
    """Call before the customer's chat identities are deleted (their conversations are
    found through them)."""
    # A comment on a visit is the customer's own words; the rating stays for the figures.
    await session.execute(
        update(Feedback)
        .where(Feedback.customer_id == customer_id, Feedback.comment.is_not(None))
        .values(comment=None)
        .execution_options(synchronize_session=False)
    )
    audited = await session.execute(
        select(AuditEntry.id, AuditEntry.details).where(AuditEntry.customer_id == customer_id)
    )
    for entry_id, details in audited.all():
        if any(key in details for key in _TYPED_DETAILS):
            kept = {k: v for k, v in details.items() if k not in _TYPED_DETAILS}
            await session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == entry_id)
                .values(details=kept)
                .execution_options(synchronize_session=False)
            )
    # Nothing more goes to them: what waits is settled now, as the sender would settle
    # it, and no message to them keeps its words.
    await session.execute(
        update(Delivery)
        .where(Delivery.customer_id == customer_id, Delivery.status.in_(_WAITING))
        .values(status=DeliveryStatus.SKIPPED, last_error="erased", lease_until=None)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Delivery)
        .where(Delivery.customer_id == customer_id, Delivery.args.is_not(None))
        .values(args=null())
        .execution_options(synchronize_session=False)
    )
    chats = select(ChannelIdentity.channel, ChannelIdentity.external_id).where(
        ChannelIdentity.customer_id == customer_id
    )
    await session.execute(
        delete(ConversationState)
        .where(tuple_(ConversationState.channel, ConversationState.external_id).in_(chats))
        .execution_options(synchronize_session=False)
    )
    await _forget_name_in_webhooks(session, customer_id)


async def _forget_name_in_webhooks(session: AsyncSession, customer_id: int) -> None:
    """`member.joined` carries the name: sent or not, its record keeps the member's code
    (which erasure replaces) and loses the name. A delivery still waiting goes without it."""
    joined = await session.execute(
        select(WebhookDelivery.id, WebhookDelivery.body).where(
            WebhookDelivery.event_key == f"joined:{customer_id}"
        )
    )
    for delivery_id, body in joined.all():
        event = json.loads(body)
        if event.get("data", {}).get("name") is None:
            continue
        event["data"]["name"] = None
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id)
            .values(body=json.dumps(event, ensure_ascii=False, separators=(",", ":")))
            .execution_options(synchronize_session=False)
        )
