"""Receipt codes: a purchase's points printed on its receipt as a code, for a customer the
staff never met (takeaway, delivery) to collect once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import POINTS_TYPE, Base


class ReceiptCode(Base):
    __tablename__ = "receipt_codes"
    # One code per receipt of a branch ("" without branches): asking again gives it again.
    __table_args__ = (UniqueConstraint("branch_key", "receipt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    branch_key: Mapped[str] = mapped_column(String(32), default="")
    receipt: Mapped[str] = mapped_column(String(64))  # as the till means it (receipt_key)
    amount_minor: Mapped[int] = mapped_column(POINTS_TYPE)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    claimed_at: Mapped[datetime | None]
