"""Offers the owner writes once and sends (or just shows in /offers) while they run."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.enums import str_enum


class OfferBonus(enum.StrEnum):
    NONE = "none"
    MULTIPLIER = "multiplier"  # purchases earn `bonus_value` times the points while it runs
    POINTS = "points"  # `bonus_value` points, once per customer, when staff take the code


class Offer(Base):
    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    # {"sw": "..."}: the owner writes at least one; the others read it with a note.
    texts: Mapped[dict[str, str]] = mapped_column(JSON)
    image: Mapped[bytes | None] = mapped_column(LargeBinary)
    bonus: Mapped[OfferBonus] = mapped_column(str_enum(OfferBonus))
    bonus_value: Mapped[int] = mapped_column(default=0)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]
