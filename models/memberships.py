"""Paid memberships (bot/loyalty/memberships.py): each period sold, from its start to its
end. A renewal bought early is a new period that starts where the last one ends."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class MembershipPeriod(Base):
    __tablename__ = "membership_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    membership_key: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    # The sale's idempotency key: a retried /member sell sells once.
    sale_key: Mapped[str] = mapped_column(String(128), unique=True)
    price_minor: Mapped[int | None]
    sold_at: Mapped[datetime]


Index("ix_membership_periods_customer", MembershipPeriod.customer_id, MembershipPeriod.ends_at)
Index("ix_membership_periods_ends", MembershipPeriod.ends_at)
