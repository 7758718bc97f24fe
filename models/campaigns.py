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
    SCHEDULED = "scheduled"  # one send at scheduled_for
    REPEATING = "repeating"  # a rule; each time it fires, a child campaign does the sending
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"  # its time passed while the bot was off, beyond the grace period


class Purpose(enum.StrEnum):
    """Why a message goes out, which decides the rules it must follow."""

    MARKETING = "marketing"  # offers, win-back: only with consent, never in quiet hours
    REMINDER = "reminder"  # about the customer's own account: any customer, not at night
    NOTICE = "notice"  # the answer to something that just happened: at once


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
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("offers.id"))
    scheduled_for: Mapped[datetime | None]
    # "fri 10:00" or "daily 10:00", in the shop's time zone; only on REPEATING campaigns.
    repeat: Mapped[str | None] = mapped_column(String(24))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    # Set once every member of the segment has a delivery row (enqueueing resumes after a crash).
    enqueued_at: Mapped[datetime | None]
    # The last progress report sent to the owner, in percent (100: the final report).
    reported_percent: Mapped[int] = mapped_column(default=0)
    # Meta's bill for the WhatsApp templates, estimated as sending starts: how many, and
    # what they cost ("4.20 USD"), for the final report.
    estimated_templates: Mapped[int | None]
    estimated_cost: Mapped[str | None] = mapped_column(String(24))
    # The share of the segment kept back to measure the campaign's effect (none under 100
    # people), and the seed its draw came from: the draw can be recomputed from it.
    # Campaigns from before holdouts existed kept nobody back (the column's default, 0).
    holdout_percent: Mapped[int] = mapped_column(default=10, server_default="0")
    holdout_seed: Mapped[str | None] = mapped_column(String(32))


class CampaignHoldout(Base):
    """A member of the segment kept back: not sent the campaign, compared with those who
    were."""

    __tablename__ = "campaign_holdouts"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)


class Delivery(Base):
    """One message to one customer: a campaign's (campaign_id set) or an automatic message
    (message + args, rendered in the customer's language when it goes; `key` makes it once)."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("campaign_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    purpose: Mapped[Purpose] = mapped_column(str_enum(Purpose), default=Purpose.MARKETING)
    key: Mapped[str | None] = mapped_column(String(80), unique=True)
    message: Mapped[str | None] = mapped_column(String(48))
    args: Mapped[dict[str, str | int] | None] = mapped_column(JSON)
    status: Mapped[DeliveryStatus] = mapped_column(str_enum(DeliveryStatus))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None]
    # The platform's id of the sent message (WhatsApp's wamid), for its status callbacks.
    platform_message_id: Mapped[str | None] = mapped_column(String(128), index=True)
    # WhatsApp's receipts: when Meta reported the message delivered to the phone, and read
    # (Telegram gives bots neither).
    delivered_at: Mapped[datetime | None]
    read_at: Mapped[datetime | None]


Index("ix_deliveries_due", Delivery.status, Delivery.next_attempt_at)
Index("ix_deliveries_campaign_status", Delivery.campaign_id, Delivery.status)
