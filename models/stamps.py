"""Digital stamp cards: N slots, a reward when full, then a fresh card; one kind per
product line where the shop runs several (`card_key`, "main" for the programme's
`[stamps]`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import StampCardStatus, str_enum


class StampCard(Base):
    __tablename__ = "stamp_cards"
    __table_args__ = (
        CheckConstraint("stamps >= 0 AND stamps <= slots", name="stamps_within_slots"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    card_key: Mapped[str] = mapped_column(String(32), default="main", server_default="main")
    slots: Mapped[int]
    stamps: Mapped[int] = mapped_column(default=0)
    status: Mapped[StampCardStatus] = mapped_column(str_enum(StampCardStatus))
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]
    redeemed_at: Mapped[datetime | None]


# At most one card of each kind per customer is collecting stamps at any time.
Index(
    "uq_stamp_cards_one_active",
    StampCard.customer_id,
    StampCard.card_key,
    unique=True,
    sqlite_where=text("status = 'active'"),
    postgresql_where=text("status = 'active'"),
)
Index("ix_stamp_cards_customer_status", StampCard.customer_id, StampCard.status)


class StampEvent(Base):
    __tablename__ = "stamp_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    card_id: Mapped[int] = mapped_column(ForeignKey("stamp_cards.id"))
    count: Mapped[int]  # stamps added (negative: taken back), a promotion's bonus included
    # Of `count`, stamps a happy hour added: the daily cap counts what staff gave only.
    bonus: Mapped[int] = mapped_column(default=0, server_default="0")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    # An undo is a negative event pointing at the one it takes back; unique: undone once.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stamp_events.id"), unique=True)
    created_at: Mapped[datetime]


Index("ix_stamp_events_customer_created", StampEvent.customer_id, StampEvent.created_at)
