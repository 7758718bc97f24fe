"""Who invited whom; paid once, after the invited customer's first purchase."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import ReferralStatus, str_enum


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    # A customer can be referred once: unique.
    referee_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    status: Mapped[ReferralStatus] = mapped_column(str_enum(ReferralStatus))
    created_at: Mapped[datetime]
    paid_at: Mapped[datetime | None]
