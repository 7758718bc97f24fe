"""Visits noted at branches where the programme has not started yet (a staged roll-out): no
points, nothing a customer sees; only what the owner's comparison of pilot branches with the
others counts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import POINTS_TYPE, Base


class NotedVisit(Base):
    __tablename__ = "noted_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    amount_minor: Mapped[int] = mapped_column(POINTS_TYPE)
    # The purchase's own key (receipt or chat update): a retried /award notes it once.
    idempotency_key: Mapped[str] = mapped_column(String(160), unique=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]


Index("ix_noted_visits_created", NotedVisit.created_at)
