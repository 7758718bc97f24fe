"""Customers and the chat identities (Telegram, WhatsApp, shell) that reach them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import POINTS_TYPE, Base


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_code: Mapped[str] = mapped_column(String(16), unique=True)
    referral_code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    # The phone's last nine digits, indexed: finds "0712 345 678", "+254712345678" and
    # "712345678" as one number (search, and matching an imported customer on first contact).
    phone_key: Mapped[str | None] = mapped_column(String(16), index=True)
    language: Mapped[str] = mapped_column(String(8))
    birthday: Mapped[date | None] = mapped_column(Date)
    # A birthday changed recently must not trigger a birthday bonus (gaming the bonus).
    birthday_set_at: Mapped[datetime | None]
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    consent_changed_at: Mapped[datetime | None]
    # Cache of SUM(ledger.amount), written in the same transaction as every ledger row.
    points_balance: Mapped[int] = mapped_column(POINTS_TYPE, default=0)
    # Cache of the tier last evaluated; the trailing-window sum is the source of truth.
    tier_key: Mapped[str | None] = mapped_column(String(32))
    # A tier kept until a date although the owner raised its threshold: what was earned is
    # not taken away by an edit of the programme (bot/loyalty/programme.py).
    tier_held: Mapped[str | None] = mapped_column(String(32))
    tier_held_until: Mapped[datetime | None]
    joined_at: Mapped[datetime]
    last_activity_at: Mapped[datetime | None]
    # Set when the platform tells us the customer blocked the bot; cleared when they return.
    blocked_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]
    # Brought in from a CSV file (paper cards, another app) and not yet heard from: the first
    # chat identity the platform vouches has this phone number becomes theirs.
    imported_at: Mapped[datetime | None]


class ChannelIdentity(Base):
    __tablename__ = "channel_identities"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    created_at: Mapped[datetime]
    # The person's last message on this channel: WhatsApp allows free-form messages only
    # within 24 hours of it.
    last_inbound_at: Mapped[datetime | None]


Index("ix_customers_joined_at", Customer.joined_at)

# Compared byte by byte, so a prefix is a range of the index on every database (PostgreSQL's
# default collation would order by language rules, and a range would miss words).
SEARCH_WORD = String(64).with_variant(String(64, collation="C"), "postgresql")


class CustomerSearchWord(Base):
    """The words a customer is found by, each a row of one index: the words of the name
    (lower case, no accents) and "#" with the phone number's last digits reversed, so a
    search by part of a name or the end of a number reads a range of the index, never every
    customer (bot/loyalty/search_words.py)."""

    __tablename__ = "customer_search_words"

    word: Mapped[str] = mapped_column(SEARCH_WORD, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id"), primary_key=True, index=True
    )


class LinkCode(Base):
    """A one-time code shown in one app and sent in another, to reach the same account."""

    __tablename__ = "link_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
