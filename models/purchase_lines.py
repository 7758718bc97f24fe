"""What a purchase was made of, as the till sent it: a product category and its amount per
line, so segments (and offers) can ask "who bought pastries in the last 60 days"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import POINTS_TYPE, Base


class PurchaseLine(Base):
    __tablename__ = "purchase_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The purchase's ledger entry: an undone or refunded purchase's lines count for nothing.
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    category: Mapped[str] = mapped_column(String(32))  # as category_key() writes it
    amount_minor: Mapped[int] = mapped_column(POINTS_TYPE)
    quantity: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime]


Index("ix_purchase_lines_category_created", PurchaseLine.category, PurchaseLine.created_at)
