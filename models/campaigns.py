"""Campaigns (an offer or message for a segment) and their outbox: one row per recipient."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import str_enum


class CampaignStatus(enum.StrEnum):
    DRAFT = "draft"
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for its turn (or for a retry)
    SENDING = "sending"  # claimed by a sender until lease_until
    SENT = "sent"
    BLOCKED = "blocked"  # the customer blocked the bot: never retried
    FAILED = "failed"  # gave up after the last attempt
    SKIPPED = "skipped"  # no longer marketable when its turn came (opted out, erased)


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    segment: Mapped[str] = mapped_column(String(48))
    # {"en": "...", "sw": "..."}: customers get their language, else English, else the first.
    texts: Mapped[dict[str, str]] = mapped_column(JSON)
    status: Mapped[CampaignStatus] = mapped_column(str_enum(CampaignStatus))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class Delivery(Base):
    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("campaign_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[DeliveryStatus] = mapped_column(str_enum(DeliveryStatus))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None]


Index("ix_deliveries_due", Delivery.status, Delivery.next_attempt_at)
Index("ix_deliveries_campaign_status", Delivery.campaign_id, Delivery.status)
