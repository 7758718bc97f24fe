"""Which purchases and stamp visits a promotion (a happy hour) applied to: what a limit per
customer per period counts, and what the owner's figures add up."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class PromotionUse(Base):
    __tablename__ = "promotion_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    # The happy hour's key in the programme; a later rename of its texts keeps its uses.
    promotion: Mapped[str] = mapped_column(String(32))
    # One of the two: the purchase's ledger entry or the stamp event it applied to.
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    stamp_event_id: Mapped[int | None] = mapped_column(ForeignKey("stamp_events.id"), unique=True)
    multiplier: Mapped[Decimal] = mapped_column(Numeric(4, 2), default=Decimal(1))
    bonus_points: Mapped[int] = mapped_column(default=0)  # beyond what the purchase earns
    bonus_stamps: Mapped[int] = mapped_column(default=0)
    # The first local day of the limit's period (the day, its week's Monday, its month's
    # 1st) the use counts in: a window over midnight counts on the day it started.
    period: Mapped[date]
    created_at: Mapped[datetime]


Index(
    "ix_promotion_uses_customer_period",
    PromotionUse.customer_id,
    PromotionUse.promotion,
    PromotionUse.period,
)
