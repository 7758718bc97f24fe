"""Prepaid bundles (bot/loyalty/bundles.py): each one sold, with the uses it has left, and
each use at the till."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class BundleHolding(Base):
    __tablename__ = "bundle_holdings"
    # Never below zero, whatever two tills do at once.
    __table_args__ = (CheckConstraint("uses_left >= 0", name="uses_left_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    # The bundle's key in the programme; its name and size as sold are kept here and there.
    bundle_key: Mapped[str] = mapped_column(String(32))
    uses_total: Mapped[int]
    uses_left: Mapped[int]
    sold_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    # The sale's idempotency key: a retried /bundle sell sells once.
    sale_key: Mapped[str] = mapped_column(String(128), unique=True)
    price_minor: Mapped[int | None]


Index("ix_bundle_holdings_customer", BundleHolding.customer_id, BundleHolding.expires_at)
Index("ix_bundle_holdings_expires", BundleHolding.expires_at)


class BundleUse(Base):
    __tablename__ = "bundle_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    holding_id: Mapped[int] = mapped_column(ForeignKey("bundle_holdings.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    idempotency_key: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime]
    # A use pressed by mistake and taken back with /undo (the use given back to the holding).
    undone_at: Mapped[datetime | None]


Index("ix_bundle_uses_holding", BundleUse.holding_id)
