"""Webhooks out: the shop's own systems (a CRM, a spreadsheet automation) told of events,
each as an outbox row of its own, written in the transaction of the event it reports."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import str_enum


class WebhookEndpoint(Base):
    __tablename__ = "webhook_endpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    # The signing secret: kept, because each delivery is signed with it when it goes.
    secret: Mapped[str] = mapped_column(String(64))
    # " member.joined points.earned ": spaced at both ends, so LIKE '% points.earned %'
    # picks the endpoints that asked for an event.
    events: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]


class WebhookStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for its turn, or for its next try
    SENDING = "sending"  # claimed by a sender until lease_until
    SENT = "sent"  # the endpoint answered 2xx
    FAILED = "failed"  # gave up after the last try


class WebhookDelivery(Base):
    __tablename__ = "webhook_deliveries"
    # One delivery of an event per endpoint, however often the event's transaction is retried.
    __table_args__ = (UniqueConstraint("endpoint_id", "event_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("webhook_endpoints.id"))
    event_key: Mapped[str] = mapped_column(String(80))
    # The JSON body exactly as it is sent, every try: the signature covers these bytes.
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[WebhookStatus] = mapped_column(str_enum(WebhookStatus))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


Index("ix_webhook_deliveries_due", WebhookDelivery.status, WebhookDelivery.next_attempt_at)
