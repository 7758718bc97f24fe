"""Tiers each customer has reached, with when: one row per tier, so one upgrade message."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class TierAchievement(Base):
    __tablename__ = "tier_achievements"
    __table_args__ = (UniqueConstraint("customer_id", "tier_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    tier_key: Mapped[str] = mapped_column(String(32))
    reached_at: Mapped[datetime]
