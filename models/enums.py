"""Closed sets of values stored as short strings (portable across SQLite and PostgreSQL)."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


class LedgerKind(enum.StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    REFERRAL = "referral"
    BONUS = "bonus"
    # A balance brought in from paper cards or another app: not earned in the tier window,
    # unless the owner said so at the import ("opening-earned").
    OPENING = "opening"
    OPENING_EARNED = "opening-earned"


class StaffRole(enum.StrEnum):
    OWNER = "owner"
    STAFF = "staff"


class StampCardStatus(enum.StrEnum):
    ACTIVE = "active"  # collecting stamps
    COMPLETED = "completed"  # full, reward not yet collected
    RESERVED = "reserved"  # a redemption code for its reward is pending
    REDEEMED = "redeemed"  # reward handed over


class RedemptionKind(enum.StrEnum):
    POINTS = "points"
    STAMP_CARD = "stamp_card"
    PRIZE = "prize"  # a prize draw's winner (bot/loyalty/draws.py); nothing to give back


class RedemptionStatus(enum.StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class ReferralStatus(enum.StrEnum):
    PENDING = "pending"
    PAID = "paid"


def str_enum(cls: type[enum.StrEnum], length: int = 16) -> Enum:
    """A VARCHAR column holding the enum's values (not names), with no database enum type.

    Native enum types would need their own migrations on PostgreSQL for every new value.
    """
    values: Any = lambda members: [m.value for m in members]  # noqa: E731
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=values,
        validate_strings=True,
    )
