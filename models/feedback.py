"""Customers' ratings of a visit (1-5) with an optional comment, one per purchase."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("rating >= 1 AND rating <= 5", name="rating_1_to_5"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    # The purchase rated; unique, so a visit is rated once.
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    rating: Mapped[int]
    comment: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]


Index("ix_feedback_created_at", Feedback.created_at)
