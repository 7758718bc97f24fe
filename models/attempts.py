"""Wrong codes typed (a link code, a redemption code, an offer's code): counted per person
and kind of code, so guessing slows down and owners hear about it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class FailedAttempt(Base):
    __tablename__ = "failed_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "staff:12" for a staff member at the till, "telegram:777001" for a chat identity.
    who: Mapped[str] = mapped_column(String(96))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]


Index("ix_failed_attempts_who_kind_at", FailedAttempt.who, FailedAttempt.kind, FailedAttempt.at)
