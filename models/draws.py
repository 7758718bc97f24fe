"""Prize draws (bot/loyalty/draws.py): the draw, its numbered tickets and its winners."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import str_enum


class DrawStatus(enum.StrEnum):
    OPEN = "open"
    DRAWN = "drawn"
    CANCELLED = "cancelled"


class DrawEntryKind(enum.StrEnum):
    PURCHASE = "purchase"  # a ticket for each purchase of at least `threshold` minor units
    POINTS = "points"  # a ticket for `threshold` points, bought in the chat


class PrizeDraw(Base):
    __tablename__ = "prize_draws"

    id: Mapped[int] = mapped_column(primary_key=True)
    prize: Mapped[str] = mapped_column(String(200))
    winners: Mapped[int]
    entry: Mapped[DrawEntryKind] = mapped_column(str_enum(DrawEntryKind))
    threshold: Mapped[int]
    cap: Mapped[int]  # tickets per person, at most
    opens_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    commitment: Mapped[str] = mapped_column(String(64))
    # Secret until the draw: shown to nobody while the status is open.
    seed: Mapped[str] = mapped_column(String(64))
    status: Mapped[DrawStatus] = mapped_column(str_enum(DrawStatus))
    drawn_at: Mapped[datetime | None]
    prize_days: Mapped[int]  # how long a winner's code is good for at the counter
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))


Index("ix_prize_draws_status_closes", PrizeDraw.status, PrizeDraw.closes_at)


class DrawTicket(Base):
    __tablename__ = "draw_tickets"
    __table_args__ = (
        UniqueConstraint("draw_id", "number"),
        UniqueConstraint("draw_id", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("prize_draws.id"))
    number: Mapped[int]
    code: Mapped[str] = mapped_column(String(8))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    entrant: Mapped[int]
    # A purchase's ticket: "purchase:<ledger entry>"; a bought one: the request's key.
    key: Mapped[str] = mapped_column(String(160), unique=True)
    # The points paid for a bought ticket, given back if the draw is cancelled.
    ledger_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    created_at: Mapped[datetime]


Index("ix_draw_tickets_draw_customer", DrawTicket.draw_id, DrawTicket.customer_id)


class DrawWinner(Base):
    __tablename__ = "draw_winners"

    draw_id: Mapped[int] = mapped_column(ForeignKey("prize_draws.id"), primary_key=True)
    place: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("draw_tickets.id"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    redemption_id: Mapped[int] = mapped_column(ForeignKey("redemptions.id"))
