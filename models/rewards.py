"""The reward catalogue (mirrored from the programme file) and redemptions of it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import POINTS_TYPE, Base
from models.enums import RedemptionKind, RedemptionStatus, str_enum


class Reward(Base):
    """Names live in the programme file per language; the table anchors history and stats."""

    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    cost_points: Mapped[int] = mapped_column(POINTS_TYPE)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class Redemption(Base):
    __tablename__ = "redemptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[RedemptionKind] = mapped_column(str_enum(RedemptionKind))
    reward_key: Mapped[str] = mapped_column(String(32))
    points_cost: Mapped[int] = mapped_column(POINTS_TYPE, default=0)
    stamp_card_id: Mapped[int | None] = mapped_column(ForeignKey("stamp_cards.id"))
    # A ladder step's reward: the stamps taken off `stamp_card_id` for it, given back if
    # the code is cancelled or expires. None: the whole full card was reserved.
    stamps_spent: Mapped[int | None]
    status: Mapped[RedemptionStatus] = mapped_column(str_enum(RedemptionStatus))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))


Index("ix_redemptions_status_expires", Redemption.status, Redemption.expires_at)
Index("ix_redemptions_customer", Redemption.customer_id)
